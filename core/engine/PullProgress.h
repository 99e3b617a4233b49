// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/Error.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace Wharf {

// The state of an image pull, folded from the engine's JSON message stream
// ({"status":"Downloading","progressDetail":{"current":..,"total":..},"id":"<layer>"}).
class PullProgress
{
public:
    struct Layer
    {
        QString id;
        QString status;     // last status text ("Downloading", "Pull complete", ...)
        qint64 current = 0;
        qint64 total = 0;   // 0 when unknown
        bool done = false;  // "Pull complete", "Already exists", "Download complete" ...
    };

    // Applies one JSON message (one line of the stream). Returns false if the line is not
    // a JSON object; the state is unchanged then. An {"error": ...} or {"errorDetail": ...}
    // message sets error().
    bool apply(const QByteArray &jsonLine);

    const QList<Layer> &layers() const { return m_layers; }
    QString lastStatus() const { return m_lastStatus; } // last status without a layer id
    bool hasError() const { return m_error.code() != ErrorCode::None; }
    const Error &error() const { return m_error; }

    // Overall progress in [0, 1] over layers with a known total; -1 when nothing is known.
    double fraction() const;
    qint64 bytesDone() const;
    qint64 bytesTotal() const;

private:
    QList<Layer> m_layers;
    QString m_lastStatus;
    Error m_error;
};

} // namespace Wharf
