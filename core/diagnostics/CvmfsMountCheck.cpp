// SPDX-License-Identifier: Apache-2.0
#include "CvmfsMountCheck.h"

#include "PathProbe.h"
#include "base/LogCategories.h"

#include <QRegularExpression>
#include <QTimer>
#include <cerrno>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

enum class Problem {
    None,
    Hung,
    Missing,
    Empty,
    NotConnected,
    SymlinkLoop,
    NotDirectory,
    OtherError
};

Problem problemOf(const PathProbeResult &result)
{
    if (!result.answered)
        return Problem::Hung;
    if (!result.failedCall.isEmpty()) {
        switch (result.errorNumber) {
        case ENOENT: return Problem::Missing;
        case ENOTCONN: return Problem::NotConnected;
        case ELOOP: return Problem::SymlinkLoop;
        default: return Problem::OtherError;
        }
    }
    if (!result.exists)
        return Problem::Missing;
    if (!result.isDirectory)
        return Problem::NotDirectory;
    if (result.entryCount == 0)
        return Problem::Empty;
    return Problem::None;
}

int seconds(std::chrono::milliseconds timeout)
{
    return int(std::chrono::ceil<std::chrono::seconds>(timeout).count());
}

} // namespace

CvmfsMountCheck::CvmfsMountCheck(QObject *parent)
    : DiagnosticCheck(parent)
    , m_repositories(defaultRepositories())
{ }

CvmfsMountCheck::~CvmfsMountCheck() = default;

QString CvmfsMountCheck::id() const
{
    return u"cvmfs-repositories"_s;
}

QString CvmfsMountCheck::title() const
{
    return tr("/cvmfs and its repositories");
}

QStringList CvmfsMountCheck::defaultRepositories()
{
    return { u"cms.cern.ch"_s, u"unpacked.cern.ch"_s };
}

bool CvmfsMountCheck::isValidRepositoryName(const QString &name)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"_s);
    return pattern.match(name).hasMatch() && !name.contains(u".."_s);
}

void CvmfsMountCheck::setRepositories(const QStringList &repositories)
{
    m_repositories.clear();
    for (const QString &name : repositories) {
        if (isValidRepositoryName(name) && !m_repositories.contains(name))
            m_repositories.append(name);
    }
}

void CvmfsMountCheck::run()
{
    const HostEnvironment &env = environment();
    if (env.os == HostEnvironment::Os::Windows) {
        finish(makeResult(CheckStatus::NotApplicable,
            tr("Windows has no /cvmfs; containers get CVMFS from a Linux engine or an image that "
               "mounts it itself.")));
        return;
    }
    abandon();
    QStringList paths { u"/cvmfs"_s };
    for (const QString &repository : std::as_const(m_repositories))
        paths.append(u"/cvmfs/"_s + repository);
    m_answers = QList<std::optional<PathProbeResult>>(paths.size());
    for (qsizetype i = 0; i < paths.size(); ++i) {
        auto *probe = new PathProbe(paths.at(i), env.hostPath(paths.at(i)), this);
        connect(probe, &PathProbe::finished, this,
            [this, i](const PathProbeResult &result) { onAnswer(i, result); });
        m_probes.append(probe);
    }
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &CvmfsMountCheck::evaluate);
    m_timer->start(m_timeout);
    for (PathProbe *probe : std::as_const(m_probes))
        probe->start(env.probeHook);
}

void CvmfsMountCheck::abandon()
{
    // Deleting a probe detaches it from its worker; a worker stuck in the kernel stays stuck
    // on its own thread and its late answer is dropped.
    qDeleteAll(m_probes);
    m_probes.clear();
    delete m_timer;
    m_timer = nullptr;
}

void CvmfsMountCheck::onAnswer(qsizetype index, const PathProbeResult &result)
{
    if (index >= m_answers.size() || m_answers.at(index))
        return;
    m_answers[index] = result;
    for (const std::optional<PathProbeResult> &answer : std::as_const(m_answers)) {
        if (!answer)
            return;
    }
    evaluate();
}

QString CvmfsMountCheck::describe(const PathProbeResult &result) const
{
    if (!result.answered)
        return tr("%1: no answer within %2 s").arg(result.path).arg(seconds(m_timeout));
    if (!result.failedCall.isEmpty())
        return tr("%1: %2 failed: %3").arg(result.path, result.failedCall, result.errorText);
    if (!result.isDirectory)
        return tr("%1: exists but is not a directory").arg(result.path);
    if (result.entryCount == 0)
        return tr("%1: empty directory (answered in %2 ms)").arg(result.path).arg(result.elapsedMs);
    QString entries = result.entries.mid(0, 5).join(u", "_s);
    if (result.entryCount > 5)
        entries += u", ..."_s;
    const QString count = result.entryCount > PathProbeResult::MaxEntries
        ? tr("more than %1").arg(PathProbeResult::MaxEntries)
        : QString::number(result.entryCount);
    return tr("%1: directory, entries: %2 (%3), answered in %4 ms")
        .arg(result.path, count, entries)
        .arg(result.elapsedMs);
}

void CvmfsMountCheck::evaluate()
{
    if (!isRunning())
        return;
    QList<PathProbeResult> answers;
    for (qsizetype i = 0; i < m_answers.size(); ++i) {
        if (m_answers.at(i)) {
            answers.append(*m_answers.at(i));
        } else {
            PathProbeResult hung;
            hung.path = m_probes.value(i) ? m_probes.at(i)->logicalPath() : QString();
            answers.append(hung);
            qCWarning(lcDiagnostics)
                << "no answer from" << hung.path << "within" << m_timeout.count() << "ms";
        }
    }
    // Late answers must not arrive any more; hung workers stay behind, detached.
    for (PathProbe *probe : std::as_const(m_probes)) {
        probe->disconnect(this);
        probe->deleteLater();
    }
    m_probes.clear();
    if (m_timer) {
        m_timer->stop();
        m_timer->deleteLater();
        m_timer = nullptr;
    }

    QStringList evidence;
    for (const PathProbeResult &answer : std::as_const(answers))
        evidence.append(describe(answer));

    const PathProbeResult &root = answers.first();
    const Problem rootProblem = problemOf(root);
    if (rootProblem == Problem::Missing) {
        CheckResult result = makeResult(CheckStatus::Failed,
            tr("CVMFS is not mounted on this computer: /cvmfs does not exist."));
        result.evidence = { describe(root) };
        result.fixSteps = {
            tr("Install the CVMFS client on this computer (host mount): the packages `cvmfs` and "
               "`cvmfs-config-default` from the CernVM repository, then `sudo cvmfs_config setup`. "
               "On a laptop "
               "outside CERN put `CVMFS_HTTP_PROXY=DIRECT` in /etc/cvmfs/default.local, then check "
               "with "
               "`cvmfs_config probe`."),
            tr("Or, on Linux without installing anything: use the CVMFS automounter container, "
               "which mounts "
               "/cvmfs for the other containers (Wharf can start it; it needs extra privileges)."),
            tr("Or use an image that mounts CVMFS itself (it needs `--cap-add SYS_ADMIN --device "
               "/dev/fuse`), "
               "or run an image from /cvmfs/unpacked.cern.ch on a computer that has CVMFS "
               "(lxplus)."),
        };
        result.fixCommands
            = { { u"sudo"_s, u"cvmfs_config"_s, u"setup"_s }, { u"cvmfs_config"_s, u"probe"_s } };
        result.catalogueId = u"cvmfs-path-missing"_s;
        finish(result);
        return;
    }
    if (rootProblem != Problem::None && rootProblem != Problem::Empty) {
        // /cvmfs itself is broken: the repositories below it say nothing more.
        CheckResult result = makeResult(CheckStatus::Failed,
            rootProblem == Problem::Hung ? tr("/cvmfs does not answer.")
                                         : tr("/cvmfs cannot be read."));
        result.evidence = { describe(root) };
        result.fixSteps
            = { tr("Restart the automounter: `sudo systemctl restart autofs`, then look again with "
                   "`ls /cvmfs/cms.cern.ch`."),
                  tr("If /cvmfs is the automounter container's mount, restart that container.") };
        result.fixCommands = { { u"sudo"_s, u"systemctl"_s, u"restart"_s, u"autofs"_s } };
        if (rootProblem == Problem::NotConnected)
            result.catalogueId = u"cvmfs-transport-endpoint"_s;
        finish(result);
        return;
    }

    QStringList good;
    QStringList bad;
    QList<Problem> problems;
    QStringList badPaths;
    for (qsizetype i = 1; i < answers.size(); ++i) {
        const PathProbeResult &answer = answers.at(i);
        const QString repository = m_repositories.value(i - 1);
        const Problem problem = problemOf(answer);
        if (problem == Problem::None) {
            good.append(repository);
            continue;
        }
        if (!problems.contains(problem))
            problems.append(problem);
        badPaths.append(answer.path);
        switch (problem) {
        case Problem::Hung:
            bad.append(tr("%1 (no answer within %2 s)").arg(repository).arg(seconds(m_timeout)));
            break;
        case Problem::Missing: bad.append(tr("%1 (does not exist)").arg(repository)); break;
        case Problem::Empty: bad.append(tr("%1 (empty: not mounted)").arg(repository)); break;
        case Problem::NotConnected:
            bad.append(tr("%1 (its CVMFS client died)").arg(repository));
            break;
        case Problem::SymlinkLoop:
            bad.append(tr("%1 (too many levels of symbolic links)").arg(repository));
            break;
        case Problem::NotDirectory: bad.append(tr("%1 (not a directory)").arg(repository)); break;
        case Problem::OtherError:
            bad.append(tr("%1 (%2)").arg(repository, answer.errorText));
            break;
        case Problem::None: break;
        }
    }

    if (bad.isEmpty()) {
        CheckResult result = makeResult(CheckStatus::Ok,
            m_repositories.isEmpty() ? tr("/cvmfs is present (no repository chosen to look at).")
                                     : tr("/cvmfs answers: %1.").arg(good.join(u", "_s)));
        result.evidence = evidence;
        finish(result);
        return;
    }

    CheckResult result = makeResult(CheckStatus::Failed,
        (bad.size() == 1 ? tr("A CVMFS repository does not answer: %1.")
                         : tr("CVMFS repositories do not answer: %1."))
            .arg(bad.join(u", "_s)));
    result.evidence = evidence;
    const QString repository = badPaths.first().mid(7); // "/cvmfs/" stripped
    if (problems.contains(Problem::NotConnected)) {
        result.fixSteps.append(
            tr("The CVMFS client of that repository died (\"Transport endpoint is not "
               "connected\"): `sudo umount %1` so autofs mounts it again on the next access, "
               "then restart the containers that use it. If it happens again: "
               "`sudo cvmfs_config wipecache`.")
                .arg(badPaths.first()));
        result.fixCommands.append({ u"sudo"_s, u"umount"_s, badPaths.first() });
        result.fixCommands.append({ u"sudo"_s, u"cvmfs_config"_s, u"wipecache"_s });
        result.catalogueId = u"cvmfs-transport-endpoint"_s;
    }
    if (problems.contains(Problem::SymlinkLoop)) {
        result.fixSteps.append(
            tr("\"Too many levels of symbolic links\": /cvmfs is managed by autofs and was bound "
               "without propagation. Bind it with `-v /cvmfs:/cvmfs:rslave`, or run "
               "`ls /cvmfs/%1` on the host before starting the container.")
                .arg(repository));
        if (result.catalogueId.isEmpty())
            result.catalogueId = u"cvmfs-too-many-symlinks"_s;
    }
    if (problems.contains(Problem::Hung)) {
        result.fixSteps.append(
            tr("A repository that hangs cannot reach its servers: check the proxy "
               "(`CVMFS_HTTP_PROXY` in /etc/cvmfs/default.local; `DIRECT` on a laptop outside "
               "CERN), then `cvmfs_config probe %1`. If it stays stuck: `sudo cvmfs_config "
               "reload`, or `sudo systemctl restart autofs`.")
                .arg(repository));
        result.fixCommands.append({ u"cvmfs_config"_s, u"probe"_s, repository });
    }
    if (problems.contains(Problem::Missing) || problems.contains(Problem::Empty)) {
        result.fixSteps.append(
            tr("A repository that does not exist or is empty is not mounted: check that it is "
               "configured (`cvmfs_config showconfig %1`; the name must be in "
               "`CVMFS_REPOSITORIES` in /etc/cvmfs/default.local) and try "
               "`cvmfs_config probe %1`.")
                .arg(repository));
        result.fixSteps.append(
            tr("If /cvmfs comes from the automounter container, check that it runs "
               "(`docker ps --filter name=cvmfs`), and bind /cvmfs into containers with "
               ":rslave so repositories mounted later show up."));
        if (!problems.contains(Problem::Hung))
            result.fixCommands.append({ u"cvmfs_config"_s, u"probe"_s, repository });
        if (result.catalogueId.isEmpty())
            result.catalogueId = u"cvmfs-path-missing"_s;
    }
    if (problems.contains(Problem::NotDirectory) || problems.contains(Problem::OtherError)) {
        result.fixSteps.append(
            tr("Look at the repository on the host with `cvmfs_config probe %1` and "
               "`cvmfs_config stat -v %1`; the CVMFS log is in syslog (`journalctl -t cvmfs2`).")
                .arg(repository));
        if (!result.fixCommands.contains(QStringList { u"cvmfs_config"_s, u"probe"_s, repository }))
            result.fixCommands.append({ u"cvmfs_config"_s, u"probe"_s, repository });
    }
    finish(result);
}

} // namespace Wharf
