// SPDX-License-Identifier: Apache-2.0
#include "ContainerExecPlanner.h"

#include "EngineRunPlanner.h"
#include "LaunchRequest.h"
#include "LaunchRequestValidator.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Wharf::ContainerExecPlanner)
};

Error invalid(const QString &message, const QString &field)
{
    return Error(ErrorCode::InvalidConfiguration, message, field);
}

// What every plan starts with: the program, the engine address, after checking both.
Result<LaunchPlan> basePlan(EngineKind engine, const QString &engineHost, const QString &container)
{
    if (auto host = LaunchRequestValidator::checkEngineHost(engineHost); !host)
        return host.error();
    if (auto name = LaunchRequestValidator::checkContainerName(container, u"container"_s); !name)
        return name.error();
    LaunchPlan plan;
    plan.program = LaunchRequest::engineProgram(engine);
    plan.arguments = LaunchRequest::engineGlobalArguments(engine, engineHost);
    return plan;
}

} // namespace

Result<LaunchPlan> ContainerExecPlanner::shellPlan(EngineKind engine, const QString &engineHost,
    const QString &container, const QString &shell, const QString &workingDirectory)
{
    static const QStringList shells { u"bash"_s, u"zsh"_s, u"sh"_s };
    if (!shells.contains(shell)) {
        return invalid(
            Tr::tr("\"%1\" is not a shell Wharf can start. Choose bash, zsh or sh.").arg(shell),
            u"shell"_s);
    }
    if (!workingDirectory.isEmpty()
        && (!workingDirectory.startsWith(u'/') || workingDirectory.contains(QChar(u'\0')))) {
        return invalid(
            Tr::tr("\"%1\" cannot be the working directory in the container: it must be an "
                   "absolute path.")
                .arg(workingDirectory),
            u"workingDirectory"_s);
    }
    Result<LaunchPlan> plan = basePlan(engine, engineHost, container);
    if (!plan)
        return plan;
    plan->arguments << u"exec"_s << u"-it"_s;
    if (!workingDirectory.isEmpty())
        plan->arguments << u"-w"_s << workingDirectory;
    plan->arguments << container << EngineRunPlanner::interactiveShellArguments(shell);
    return plan;
}

Result<LaunchPlan> ContainerExecPlanner::logsPlan(
    EngineKind engine, const QString &engineHost, const QString &container, int tail)
{
    Result<LaunchPlan> plan = basePlan(engine, engineHost, container);
    if (!plan)
        return plan;
    plan->arguments << u"logs"_s << u"--follow"_s << u"--tail"_s
                    << (tail < 0 ? u"all"_s : QString::number(tail)) << container;
    return plan;
}

} // namespace Wharf
