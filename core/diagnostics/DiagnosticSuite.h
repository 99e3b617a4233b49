// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "DiagnosticOptions.h"
#include "Symptom.h"

#include <QList>
#include <QStringList>
#include <optional>

class QObject;

namespace Wharf {

class DiagnosticCheck;

// The registry of diagnostic checks: which exist, in what order they are shown, and which
// matter for each symptom. The wizard, the Troubleshooting page and `wharf diagnose` build
// their lists here.
//
// Adding a check (the engine checks: reachability, socket group, disk space go into the
// Engines group): give it an id, add it to the table in DiagnosticSuite.cpp (id, factory,
// symptoms) and nothing else changes.
class DiagnosticSuite
{
public:
    using Options = DiagnosticOptions;

    // Every check id, in display order.
    static QStringList allCheckIds();
    // The ids that matter for a symptom, in display order; every check for Other or none.
    static QStringList checkIdsFor(std::optional<Symptom> symptom);
    // Ids other code used before they were settled ("cvmfs-present") mapped to today's.
    static QString canonicalCheckId(const QString &id);
    // A new check by id (aliases accepted), or nullptr for an unknown id.
    static DiagnosticCheck *create(
        const QString &id, const Options &options = {}, QObject *parent = nullptr);
    // New checks for a symptom (every check for Other or none), in display order.
    static QList<DiagnosticCheck *> createFor(
        std::optional<Symptom> symptom, const Options &options = {}, QObject *parent = nullptr);
};

} // namespace Wharf
