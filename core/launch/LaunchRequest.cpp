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

} // namespace Wharf
