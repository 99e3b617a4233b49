// SPDX-License-Identifier: Apache-2.0
#include "EngineKind.h"

using namespace Qt::StringLiterals;

namespace Wharf {

QString engineKindName(EngineKind kind)
{
    switch (kind) {
    case EngineKind::Docker: return u"Docker"_s;
    case EngineKind::Podman: return u"Podman"_s;
    }
    return {};
}

} // namespace Wharf
