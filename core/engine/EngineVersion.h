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

    static Result<EngineVersion> fromJson(const QByteArray &json);

    // Compares "1.41"-style versions numerically: <0, 0, >0.
    static int compareApiVersions(const QString &a, const QString &b);
};

} // namespace Wharf
