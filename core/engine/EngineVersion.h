// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "EngineKind.h"
#include "base/Result.h"

#include <QByteArray>
#include <QString>

namespace Wharf {

// GET /version. Podman answers with Components that include "Podman Engine".
struct EngineVersion
{
    QString version;        // product version: "20.10.24", "4.3.1"
    QString apiVersion;     // "1.41"
    QString minApiVersion;  // "1.12"
    QString os;
    QString arch;
    QString kernelVersion;
    bool podmanComponent = false; // a "Podman Engine" component is listed

    // A reply without an API version (top level, else the "Engine" component) is a
    // ParseError: negotiation cannot go on without it.
    static Result<EngineVersion> fromJson(const QByteArray &json);

    // Compares "1.41"-style versions numerically, component by component ("1.9" < "1.10";
    // a missing component counts as 0, so "1.41" == "1.41.0"): <0, 0, >0. Each component is
    // its leading digits (any length, no overflow); text after them is ignored.
    static int compareApiVersions(const QString &a, const QString &b);

    EngineKind kind() const { return podmanComponent ? EngineKind::Podman : EngineKind::Docker; }
    bool operator==(const EngineVersion &) const = default;
};

} // namespace Wharf
