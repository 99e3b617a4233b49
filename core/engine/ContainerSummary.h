// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Wharf {

// One entry of GET /containers/json?all=1: enough to know which images are in use.
struct ContainerSummary
{
    QString id;
    QStringList names;
    QString image;      // as the user named it
    QString imageId;    // "sha256:..."
    QString state;      // running, exited, created, ...
    QString status;     // "Up 3 minutes"
    QDateTime created;
    QMap<QString, QString> labels;

    static Result<QList<ContainerSummary>> listFromJson(const QByteArray &json);
};

} // namespace Wharf
