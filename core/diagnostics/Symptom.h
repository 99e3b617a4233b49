// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace Wharf {

// What the user says is wrong, the first page of the troubleshooting wizard and
// `wharf diagnose --symptom`. DiagnosticSuite maps each to the checks that matter for it; the
// known-error catalogue uses the same ids.
enum class Symptom { CvmfsMissing, PermissionDenied, PullFails, ContainerExits, LoginFails, Other };

QList<Symptom> allSymptoms();
// "cvmfs-missing", "permission-denied", "pull-fails", "container-exits", "login-fails", "other".
QString symptomId(Symptom symptom);
std::optional<Symptom> symptomFromId(const QString &id);
// Translated, in the user's words ("I can't see /cvmfs").
QString symptomTitle(Symptom symptom);

} // namespace Wharf
