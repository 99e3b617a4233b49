// SPDX-License-Identifier: Apache-2.0
#include "ApptainerPlanner.h"

#include "registry/ImageReference.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Wharf::ApptainerPlanner)
};

} // namespace

QString ApptainerPlanner::bindSpec(const QString &source, const QString &target, bool readOnly)
{
    // SRC[:DST[:OPTIONS]]: the target must be written out when an option follows.
    if (readOnly)
        return source + u':' + target + u":ro"_s;
    return source == target ? source : source + u':' + target;
}

QString ApptainerPlanner::programName(const HostFacts &facts)
{
    return facts.apptainer == HostFacts::ApptainerProgram::Singularity ? u"singularity"_s : u"apptainer"_s;
}

QString ApptainerPlanner::variablePrefix(const HostFacts &facts)
{
    return facts.apptainer == HostFacts::ApptainerProgram::Singularity ? u"SINGULARITY"_s : u"APPTAINER"_s;
}

Result<LaunchPlan> ApptainerPlanner::plan(const LaunchRequest &request, const HostFacts &facts)
{
    LaunchPlan plan;
    plan.program = programName(facts);
    const QString prefix = variablePrefix(facts);

    const bool localImage = request.image.startsWith(u'/');
    QString image = request.image;
    if (!localImage) {
        const Result<ImageReference> reference = ImageReference::parse(request.image);
        if (!reference)
            return Error(reference.error().code(), reference.error().message(), u"image"_s);
        image = u"docker://"_s + reference->toString();
    }

    if (facts.apptainer == HostFacts::ApptainerProgram::None) {
        plan.preconditions << LaunchPrecondition{LaunchPrecondition::Kind::ProgramFound, plan.program,
                                                 Tr::tr("Apptainer (or Singularity) is installed.")};
    } else {
        plan.preconditions << LaunchPrecondition{LaunchPrecondition::Kind::ProgramFound, plan.program,
                                                 Tr::tr("The %1 command is installed.").arg(plan.program)};
    }

    if (request.command.isEmpty())
        plan.arguments << u"shell"_s << u"--shell"_s << u"/bin/"_s + request.shell;
    else
        plan.arguments << u"exec"_s;

    plan.arguments << u"-B"_s << bindSpec(request.cvmfsRoot, u"/cvmfs"_s, false);
    plan.preconditions << LaunchPrecondition{LaunchPrecondition::Kind::PathExists, request.cvmfsRoot,
                                             Tr::tr("CVMFS is installed on this computer (%1 exists).")
                                                 .arg(request.cvmfsRoot)};
    for (const QString &repository : request.cvmfsRepositories) {
        plan.preconditions << LaunchPrecondition{LaunchPrecondition::Kind::RepositoryAnswers,
                                                 request.cvmfsRoot + u'/' + repository,
                                                 Tr::tr("The CVMFS repository %1 answers.").arg(repository)};
    }
    // Only where they exist: a bind of a missing source stops Apptainer ("mount source ...
    // doesn't exist").
    if (facts.afsExists)
        plan.arguments << u"-B"_s << u"/afs"_s;
    if (facts.eosExists)
        plan.arguments << u"-B"_s << u"/eos"_s;
    plan.arguments << u"-B"_s << request.workingFolder << u"--pwd"_s << request.workingFolder;
    for (const BindMount &bind : request.binds)
        plan.arguments << u"-B"_s << bindSpec(bind.source, bind.effectiveTarget(), bind.readOnly);

    plan.arguments << image << request.command;
    if (localImage) {
        plan.preconditions << LaunchPrecondition{LaunchPrecondition::Kind::PathExists, request.image,
                                                 Tr::tr("The image %1 exists.").arg(request.image)};
    }

    // PREFIXENV_NAME reaches the container as NAME. Not --env: it splits its value at ','.
    for (const EnvironmentVariable &variable : request.environment)
        plan.environment << EnvironmentVariable{prefix + u"ENV_"_s + variable.name, variable.value};

    if (facts.apptainerCacheOnAfs) {
        const QString cache = facts.scratchDirectory() + u'/' + plan.program + u"-cache"_s;
        plan.environment << EnvironmentVariable{prefix + u"_CACHEDIR"_s, cache};
        plan.warnings << Tr::tr("The %1 cache (%2) is on AFS, where image layers are slow to write "
                                "and exhaust the AFS quota. This launch caches in %3 instead "
                                "(%4_CACHEDIR); set it in your shell profile to make it permanent.")
                             .arg(plan.program, facts.apptainerCacheDirectory, cache, prefix);
    }

    if (!localImage && !request.registryUsername.isEmpty()) {
        plan.environment << EnvironmentVariable{prefix + u"_DOCKER_USERNAME"_s, request.registryUsername};
        plan.secretEnvironment << prefix + u"_DOCKER_PASSWORD"_s;
    }

    if (!request.platform.isEmpty()) {
        plan.warnings << Tr::tr("The platform %1 is ignored: %2 runs images for this computer's own "
                                "architecture.")
                             .arg(request.platform, plan.program);
    }
    return plan;
}

} // namespace Wharf
