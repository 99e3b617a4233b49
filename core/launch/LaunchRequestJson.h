// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "LaunchRequest.h"
#include "base/Result.h"

#include <QByteArray>
#include <QJsonObject>

namespace Wharf {

// A LaunchRequest as a JSON object, for recent launches (and for the CLI and tests):
//   {"version": 1, "strategy": "host", "engine": "docker", "image": "...", ...}
// Every field of LaunchRequest is written; on reading, a missing field keeps the
// LaunchRequest default and an unknown key is ignored (a newer Wharf may add fields without
// a new version). A value of the wrong type, a string with a NUL, an unknown strategy or
// engine, a list longer than any launch needs or a version this Wharf does not know is a
// ParseError whose details name the key ("binds[2].readOnly"): a stored launch is never
// half-read. The request holds no secret, and so neither does its JSON.
class LaunchRequestJson
{
public:
    static constexpr int Version = 1;
    // Limits on what is read, far above what a person types, so that a damaged or hostile
    // settings file cannot make Wharf build huge requests.
    static constexpr qsizetype MaximumListSize = 256;
    static constexpr qsizetype MaximumStringSize = 16 * 1024;
    static constexpr qsizetype MaximumDocumentSize = 1024 * 1024;

    static QJsonObject toJson(const LaunchRequest &request);
    static Result<LaunchRequest> fromJson(const QJsonObject &object);

    // Compact UTF-8 JSON text, and back (a document that is not one JSON object is refused).
    static QByteArray toBytes(const LaunchRequest &request);
    static Result<LaunchRequest> fromBytes(const QByteArray &json);
};

} // namespace Wharf
