// SPDX-License-Identifier: Apache-2.0
#include "LaunchPlanner.h"

#include "ApptainerPlanner.h"
#include "CmsswPlanner.h"
#include "EngineRunPlanner.h"
#include "LaunchRequestValidator.h"

#include <QDir>

namespace Wharf {

namespace {

// "/work/./a/../b/" -> "/work/b": the plan shows and mounts one spelling of each path.
LaunchRequest normalised(LaunchRequest request)
{
    auto clean = [](QString &path) {
        if (path.startsWith(u'/'))
            path = QDir::cleanPath(path);
    };
    clean(request.workingFolder);
    clean(request.cvmfsRoot);
    clean(request.automounter.mountRoot);
    for (BindMount &bind : request.binds) {
        clean(bind.source);
        clean(bind.target);
    }
    if (request.strategy == LaunchStrategy::Apptainer)
        clean(request.image);
    return request;
}

} // namespace

Result<LaunchPlan> LaunchPlanner::plan(const LaunchRequest &original, const HostFacts &facts)
{
    const LaunchRequest request = normalised(original);
    if (auto valid = LaunchRequestValidator::validate(request); !valid)
        return valid.error();
    switch (request.strategy) {
    case LaunchStrategy::HostMount:
    case LaunchStrategy::Automounter:
    case LaunchStrategy::Fuse: return EngineRunPlanner::plan(request, facts);
    case LaunchStrategy::Apptainer: return ApptainerPlanner::plan(request, facts);
    case LaunchStrategy::Cmssw: return CmsswPlanner::plan(request, facts);
    }
    return Error(ErrorCode::InvalidConfiguration, QString());
}

Result<LaunchPlan> LaunchPlanner::automounterStartPlan(EngineKind engine, const AutomounterSettings &settings,
                                                       const HostFacts &facts, const QString &engineHost)
{
    AutomounterSettings cleaned = settings;
    if (cleaned.mountRoot.startsWith(u'/'))
        cleaned.mountRoot = QDir::cleanPath(cleaned.mountRoot);
    if (auto host = LaunchRequestValidator::checkEngineHost(engineHost); !host)
        return host.error();
    return EngineRunPlanner::automounterStartPlan(engine, cleaned, facts, engineHost);
}

} // namespace Wharf
