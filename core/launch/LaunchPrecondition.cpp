// SPDX-License-Identifier: Apache-2.0
#include "LaunchPrecondition.h"

using namespace Qt::StringLiterals;

namespace Wharf {

QString LaunchPrecondition::kindName(Kind kind)
{
    switch (kind) {
    case Kind::PathExists: return u"path-exists"_s;
    case Kind::RepositoryAnswers: return u"repository-answers"_s;
    case Kind::SharedMount: return u"shared-mount"_s;
    case Kind::ContainerRunning: return u"container-running"_s;
    case Kind::FileSharingIncludes: return u"file-sharing-includes"_s;
    case Kind::ProgramFound: return u"program-found"_s;
    }
    return {};
}

} // namespace Wharf
