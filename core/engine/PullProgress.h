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
    // message sets error() (the first one is kept), and so does a lone {"message": ...}
    // (the error body Docker sends when a pull fails before it starts).
    // The "id" of a "Pulling from <repo>" message is a tag, not a layer; so is an id that
    // repeats the status (Podman's import stream): neither becomes a layer.
    bool apply(const QByteArray &jsonLine);

    const QList<Layer> &layers() const { return m_layers; }
    QString lastStatus() const { return m_lastStatus; } // last status without a layer id
                                                        // (or a {"stream": ...} text)
    QString digest() const { return m_digest; }         // from "Digest: sha256:..."
    bool hasError() const { return m_error.code() != ErrorCode::None; }
    const Error &error() const { return m_error; }

    // Overall progress in [0, 1] of the layers this pull downloads ("Already exists" ones
    // are no work): byte-weighted over layers with a known total, a layer without one
    // counting as a layer of average size (as done or not); when no layer has a total
    // (Podman), the share of done layers. -1 when nothing is known yet.
    double fraction() const;
    qint64 bytesDone() const;
    qint64 bytesTotal() const;

private:
    Layer &layer(const QString &id);

    QList<Layer> m_layers;
    QString m_lastStatus;
    QString m_digest;
    Error m_error;
};

} // namespace Wharf
