// SPDX-License-Identifier: Apache-2.0
#include "CmsswPlanner.h"

#include "ApptainerPlanner.h"
#include "base/ShellQuote.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Wharf::CmsswPlanner)
};

// Characters the wrapper's unquoted expansion of its options would act on.
bool splitsInWrapper(const QString &path)
{
    for (const QChar c : path) {
        if (c.isSpace() || c == u'*' || c == u'?' || c == u'[')
            return true;
    }
    return false;
}

VoidResult checkWrapperPath(const QString &path, const QString &what, const QString &field)
{
    if (splitsInWrapper(path)) {
        return Error(ErrorCode::InvalidConfiguration,
                     Tr::tr("%1 \"%2\" contains a blank or one of * ? [. The cmssw-elN wrappers "
                            "split and expand their options, so they cannot mount it. Use a folder "
                            "whose path has none of them, or another strategy.")
                         .arg(what, path),
                     field);
    }
    return {};
}

VoidResult checkCommandWord(const QString &word, qsizetype index)
{
    for (const QChar c : word) {
        if (c == u'\'' || c.unicode() < 0x20 || c.unicode() >= 0x7f) {
            return Error(ErrorCode::InvalidConfiguration,
                         Tr::tr("The command word \"%1\" contains a quote ('), a line break or a "
                                "non-ASCII character, which the cmssw-elN wrappers cannot pass on "
                                "intact. Put the command in a script in the working folder and run "
                                "the script.")
                             .arg(word),
                         u"command[%1]"_s.arg(index));
        }
    }
    return {};
}

} // namespace

Result<LaunchPlan> CmsswPlanner::plan(const LaunchRequest &request, const HostFacts &facts)
{
    if (auto folder = checkWrapperPath(request.workingFolder, Tr::tr("The working folder"), u"workingFolder"_s);
        !folder)
        return folder.error();
    if (auto root = checkWrapperPath(request.cvmfsRoot, Tr::tr("The CVMFS folder"), u"cvmfsRoot"_s); !root)
        return root.error();
    for (qsizetype i = 0; i < request.binds.size(); ++i) {
        const BindMount &bind = request.binds.at(i);
        if (auto source = checkWrapperPath(bind.source, Tr::tr("The folder to mount"),
                                           u"binds[%1].source"_s.arg(i));
            !source)
            return source.error();
        if (auto target = checkWrapperPath(bind.effectiveTarget(), Tr::tr("The path inside the container"),
                                           u"binds[%1].target"_s.arg(i));
            !target)
            return target.error();
    }
    for (qsizetype i = 0; i < request.command.size(); ++i) {
        if (auto word = checkCommandWord(request.command.at(i), i); !word)
            return word.error();
    }
    if (request.command.size() == 1 && ShellQuote::quote(request.command.first()) != request.command.first()) {
        return Error(ErrorCode::InvalidConfiguration,
                     Tr::tr("The cmssw-elN wrappers run a one-word command as shell code, so \"%1\" "
                            "would not run as one program. Give the program and its arguments as "
                            "separate words.")
                         .arg(request.command.first()),
                     u"command[0]"_s);
    }

    LaunchPlan plan;
    plan.program = request.cvmfsRoot + u"/cms.cern.ch/common/cmssw-"_s + request.cmsswRelease;
    plan.workingDirectory = request.workingFolder;

    // The wrapper guesses the CVMFS folder from its own path's first component ("/cvmfs").
    if (request.cvmfsRoot != u"/cvmfs"_s)
        plan.arguments << u"--cvmfs-mount"_s << request.cvmfsRoot;
    plan.arguments << u"-B"_s << request.workingFolder;
    for (const BindMount &bind : request.binds)
        plan.arguments << u"-B"_s << ApptainerPlanner::bindSpec(bind.source, bind.effectiveTarget(), bind.readOnly);
    if (!request.command.isEmpty())
        plan.arguments << u"--command-to-run"_s << request.command;

    // apptainer exec passes the environment through unless told otherwise.
    plan.environment = request.environment;

    const QString apptainer = ApptainerPlanner::programName(facts);
    plan.preconditions << LaunchPrecondition{LaunchPrecondition::Kind::ProgramFound, apptainer,
                                             Tr::tr("Apptainer (or Singularity) is installed: the "
                                                    "cmssw-elN wrappers run it.")};
    QStringList repositories{u"cms.cern.ch"_s, u"unpacked.cern.ch"_s};
    for (const QString &repository : request.cvmfsRepositories) {
        if (!repositories.contains(repository))
            repositories << repository;
    }
    for (const QString &repository : std::as_const(repositories)) {
        plan.preconditions << LaunchPrecondition{LaunchPrecondition::Kind::RepositoryAnswers,
                                                 request.cvmfsRoot + u'/' + repository,
                                                 Tr::tr("The CVMFS repository %1 answers.").arg(repository)};
    }
    plan.preconditions << LaunchPrecondition{LaunchPrecondition::Kind::PathExists, plan.program,
                                             Tr::tr("The CMS wrapper %1 exists.").arg(plan.program)};

    if (!request.platform.isEmpty()) {
        plan.warnings << Tr::tr("The platform %1 is ignored: the cmssw-elN wrappers pick the image "
                                "for this computer's own architecture.")
                             .arg(request.platform);
    }
    if (request.shell != u"bash"_s) {
        plan.warnings << Tr::tr("The cmssw-elN wrappers always start bash; the shell %1 is not used.")
                             .arg(request.shell);
    }
    return plan;
}

} // namespace Wharf
