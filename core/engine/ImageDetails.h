// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Wharf {

// The readable part of GET /images/{name}/json, plus the raw object for the JSON view.
struct ImageDetails
{
    QString id;
    QStringList repoTags;
    QStringList repoDigests;
    QDateTime created;
    qint64 size = 0;
    QStringList entrypoint;
    QStringList cmd;
    QStringList env;          // "NAME=value"
    QMap<QString, QString> labels;
    QString workingDir;
    QString user;
    QString architecture;
    QString os;
    QString variant;
    QStringList layers;       // RootFS.Layers digests
    QString author;
    QJsonObject raw;

    static Result<ImageDetails> fromJson(const QByteArray &json);
};

} // namespace Wharf
