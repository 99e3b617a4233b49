// SPDX-License-Identifier: Apache-2.0
#include "LaunchRequest.h"

using namespace Qt::StringLiterals;

namespace Wharf {

QString LaunchRequest::engineProgram(EngineKind kind)
{
    switch (kind) {
    case EngineKind::Docker: return u"docker"_s;
    case EngineKind::Podman: return u"podman"_s;
    }
    return {};
}

QStringList LaunchRequest::engineGlobalArguments(EngineKind kind, const QString &host)
{
    if (host.isEmpty())
        return {};
    switch (kind) {
    case EngineKind::Docker: return {u"--host"_s, host};
    case EngineKind::Podman: return {u"--remote"_s, u"--url"_s, host};
    }
    return {};
}

QString LaunchRequest::strategyLabel()
{
    return u"wharf.strategy"_s;
}

} // namespace Wharf
