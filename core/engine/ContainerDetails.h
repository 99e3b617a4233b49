// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "ContainerMount.h"
#include "base/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Wharf {

// The readable part of GET /containers/{id}/json: what the list does not say (when it
// started, how it ended, whether it has a terminal). The environment is left out on purpose:
// it may hold a secret, and nothing Wharf shows needs it.
struct ContainerDetails
{
    QString id;
    QString name; // without the leading "/"
    QString image; // Config.Image: as the user named it
    QString imageId; // "sha256:..."
    QString state; // State.Status: running, exited, created, ...
    bool running = false;
    bool paused = false;
    bool restarting = false;
    int exitCode = 0;
    QString error; // State.Error: why it could not start, if it could not
    QDateTime created;
    QDateTime startedAt; // invalid when it never started
    QDateTime finishedAt; // invalid while it has not stopped yet
    bool tty = false; // Config.Tty: its logs are raw bytes, not a multiplexed stream
    QString workingDirectory;
    QString user;
    QStringList entrypoint;
    QStringList command;
    QString restartPolicy; // "no", "always", "unless-stopped", "on-failure"
    QMap<QString, QString> labels;
    QList<ContainerMount> mounts;

    // A body that is not a JSON object, or has no Id, is a ParseError.
    static Result<ContainerDetails> fromJson(const QByteArray &json);
};

} // namespace Wharf
