// SPDX-License-Identifier: Apache-2.0
#include "LaunchPreconditionChecker.h"

#include "ExpendableTask.h"
#include "diagnostics/DockerDesktopSettings.h"
#include "diagnostics/ErrorCatalogue.h"
#include "diagnostics/MountInfo.h"
#include "diagnostics/PathProbe.h"
#include "engine/EngineClient.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTimer>

#include <cerrno>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

// What lstat() said, carried from the worker.
struct LstatAnswer
{
    int errorNumber = 0; // 0: it exists
    mode_t mode = 0;
};

// What the File Sharing check read, carried from the worker.
struct SharingAnswer
{
    QString settingsFile;  // empty: none of the candidates exists
    QString readError;     // the file exists but cannot be read or parsed
    QStringList directories;
    bool listInFile = false;
    bool supported = true; // false: this system has no File Sharing list (Windows)
};

// What the mount table said, carried from the worker.
struct MountTableAnswer
{
    QByteArray content;
    QString readError;
};

QString seconds(int milliseconds)
{
    return QString::number(milliseconds / 1000.0, 'g', 3);
}

QString fileType(mode_t mode)
{
    if (S_ISDIR(mode))
        return LaunchPreconditionChecker::tr("directory");
    if (S_ISREG(mode))
        return LaunchPreconditionChecker::tr("file");
    if (S_ISLNK(mode))
        return LaunchPreconditionChecker::tr("symbolic link");
    if (S_ISCHR(mode))
        return LaunchPreconditionChecker::tr("character device");
    if (S_ISSOCK(mode))
        return LaunchPreconditionChecker::tr("socket");
    return LaunchPreconditionChecker::tr("special file");
}

QString lastComponent(const QString &path)
{
    return QFileInfo(path).fileName();
}

} // namespace

LaunchPreconditionChecker::LaunchPreconditionChecker(HostEnvironment environment, QObject *parent)
    : QObject(parent), m_environment(std::move(environment))
{
}

LaunchPreconditionChecker::~LaunchPreconditionChecker()
{
    cancel();
}

void LaunchPreconditionChecker::setEngineClient(EngineClient *client)
{
    m_client = client;
}

const ErrorCatalogue &LaunchPreconditionChecker::catalogue() const
{
    return m_catalogue ? *m_catalogue : ErrorCatalogue::builtIn();
}

void LaunchPreconditionChecker::start(const QList<LaunchPrecondition> &preconditions)
{
    cancel();
    m_slots.clear();
    for (const LaunchPrecondition &precondition : preconditions)
        m_slots.append(Slot{precondition, std::nullopt, {}, {}, nullptr});
    m_pending = int(m_slots.size());
    m_running = true;
    m_clock.start();
    const quint64 generation = m_generation;
    // Later, so no signal comes from within start() (not even for an empty list).
    QTimer::singleShot(0, this, [this, generation] {
        if (generation != m_generation || !m_running)
            return;
        if (m_slots.isEmpty()) {
            m_running = false;
            Q_EMIT finished({});
            return;
        }
        for (int index = 0; index < m_slots.size() && generation == m_generation; ++index)
            startOne(index);
    });
}

void LaunchPreconditionChecker::startOne(int index)
{
    Slot &slot = m_slots[index];
    slot.timer = new QTimer(this);
    slot.timer->setSingleShot(true);
    connect(slot.timer, &QTimer::timeout, this, [this, index, generation = m_generation] {
        if (generation == m_generation)
            timeOut(index);
    });
    slot.timer->start(m_timeoutMilliseconds);
    switch (slot.precondition.kind) {
    case LaunchPrecondition::Kind::PathExists: checkPathExists(index); break;
    case LaunchPrecondition::Kind::RepositoryAnswers: checkRepository(index); break;
    case LaunchPrecondition::Kind::SharedMount: checkSharedMount(index); break;
    case LaunchPrecondition::Kind::ContainerRunning: checkContainerRunning(index); break;
    case LaunchPrecondition::Kind::FileSharingIncludes: checkFileSharing(index); break;
    case LaunchPrecondition::Kind::ProgramFound: checkProgram(index); break;
    }
}

void LaunchPreconditionChecker::adoptCatalogueFix(PreconditionResult &result, const QString &catalogueId) const
{
    const KnownError *entry = catalogue().entry(catalogueId);
    if (!entry)
        return;
    result.catalogueId = catalogueId;
    for (const QString &step : entry->fixSteps()) {
        if (!result.fixSteps.contains(step))
            result.fixSteps.append(step);
    }
}

// ---- PathExists ---------------------------------------------------------------------------

void LaunchPreconditionChecker::checkPathExists(int index)
{
    const LaunchPrecondition precondition = m_slots.at(index).precondition;
    auto *task = new ExpendableTask(this);
    m_slots[index].worker = task;
    const QByteArray hostPath = QFile::encodeName(m_environment.hostPath(precondition.subject));
    task->start<LstatAnswer>(
        [hostPath] {
            struct stat info
            {
            };
            LstatAnswer answer;
            // lstat: a dangling link or an automount trigger counts as there, and is not followed.
            if (::lstat(hostPath.constData(), &info) != 0)
                answer.errorNumber = errno;
            else
                answer.mode = info.st_mode;
            return answer;
        },
        [this, index, generation = m_generation, precondition](const LstatAnswer &answer) {
            if (generation != m_generation)
                return;
            PreconditionResult result;
            result.precondition = precondition;
            const QString path = precondition.subject;
            if (answer.errorNumber == 0) {
                result.status = PreconditionResult::Status::Ok;
                result.summary = tr("%1 exists.").arg(path);
                result.evidence << tr("lstat %1: %2").arg(path, fileType(answer.mode));
                report(index, result);
                return;
            }
            const QString reason = qt_error_string(answer.errorNumber);
            result.status = PreconditionResult::Status::Failed;
            result.summary = answer.errorNumber == ENOENT ? tr("%1 does not exist.").arg(path)
                                                          : tr("%1 cannot be looked at: %2").arg(path, reason);
            // The catalogue knows the paths that matter ("/cvmfs...: No such file or
            // directory", "stat /dev/fuse: no such file or directory", dead FUSE mounts).
            const QString evidence = u"lstat %1: %2"_s.arg(path, reason);
            result.evidence << evidence;
            const QList<CatalogueMatch> matches = catalogue().match(evidence);
            if (!matches.isEmpty()) {
                adoptCatalogueFix(result, matches.first().entry.id());
            } else {
                result.fixSteps << tr("Make %1 exist (%2), or change the launch option that names it.")
                                       .arg(path, precondition.description);
            }
            report(index, result);
        });
}

// ---- RepositoryAnswers --------------------------------------------------------------------

void LaunchPreconditionChecker::checkRepository(int index)
{
    const LaunchPrecondition precondition = m_slots.at(index).precondition;
    auto *probe = new PathProbe(precondition.subject, m_environment.hostPath(precondition.subject), this);
    m_slots[index].worker = probe;
    connect(probe, &PathProbe::finished, this,
            [this, index, generation = m_generation, precondition](const PathProbeResult &answer) {
                if (generation == m_generation)
                    report(index, repositoryResult(precondition, answer));
            });
    probe->start(m_environment.probeHook);
}

PreconditionResult LaunchPreconditionChecker::repositoryResult(const LaunchPrecondition &precondition,
                                                               const PathProbeResult &probe) const
{
    PreconditionResult result;
    result.precondition = precondition;
    const QString path = precondition.subject;
    const QString repository = lastComponent(path);
    if (probe.exists && probe.isDirectory && probe.failedCall.isEmpty() && probe.entryCount > 0) {
        result.status = PreconditionResult::Status::Ok;
        result.summary = tr("%1 answers.").arg(path);
        result.evidence << tr("%1: directory, not empty, answered in %2 ms").arg(path).arg(probe.elapsedMs);
        return result;
    }
    result.status = PreconditionResult::Status::Failed;
    const QString probeCommand = u"cvmfs_config probe %1"_s.arg(repository);
    const QString notMounted =
        tr("Check that the repository is configured and can be reached: `%1` (the name must be in "
           "CVMFS_REPOSITORIES in /etc/cvmfs/default.local). If CVMFS comes from the automounter "
           "container, check that it runs.")
            .arg(probeCommand);
    if (!probe.failedCall.isEmpty()) {
        const QString evidence = u"%1 %2: %3"_s.arg(probe.failedCall, path, probe.errorText);
        result.evidence << evidence;
        result.summary = probe.errorNumber == ENOENT ? tr("%1 does not exist: the repository is not mounted.").arg(path)
                                                     : tr("%1 cannot be read: %2").arg(path, probe.errorText);
        // "Transport endpoint is not connected", "Too many levels of symbolic links", ...
        const QList<CatalogueMatch> matches = catalogue().match(evidence);
        if (!matches.isEmpty()) {
            adoptCatalogueFix(result, matches.first().entry.id());
            if (probe.errorNumber == ENOTCONN)
                result.fixCommands << QStringList{u"sudo"_s, u"umount"_s, path};
        } else {
            result.fixSteps << notMounted;
            result.fixCommands << QStringList{u"cvmfs_config"_s, u"probe"_s, repository};
            if (probe.errorNumber == ENOENT)
                adoptCatalogueFix(result, u"cvmfs-path-missing"_s);
        }
        return result;
    }
    if (!probe.isDirectory) {
        result.summary = tr("%1 is not a directory, so it is no CVMFS repository.").arg(path);
        result.evidence << tr("%1: not a directory").arg(path);
        result.fixSteps << tr("Check the CVMFS folder in the launch options and the repository name (%1).")
                               .arg(repository);
        return result;
    }
    // An empty mount point: autofs did not (or could not) mount the repository.
    result.summary = tr("%1 is empty: the repository is not mounted.").arg(path);
    result.evidence << tr("%1: empty directory (answered in %2 ms)").arg(path).arg(probe.elapsedMs);
    result.fixSteps << notMounted;
    result.fixCommands << QStringList{u"cvmfs_config"_s, u"probe"_s, repository};
    adoptCatalogueFix(result, u"cvmfs-path-missing"_s);
    return result;
}

// ---- SharedMount --------------------------------------------------------------------------

void LaunchPreconditionChecker::checkSharedMount(int index)
{
    const LaunchPrecondition precondition = m_slots.at(index).precondition;
    auto *task = new ExpendableTask(this);
    m_slots[index].worker = task;
    task->start<MountTableAnswer>(
        [environment = m_environment] {
            MountTableAnswer answer;
            const Result<QByteArray> content = environment.readFile(u"/proc/self/mountinfo"_s, 8 * 1024 * 1024);
            if (content)
                answer.content = *content;
            else
                answer.readError = content.error().message();
            return answer;
        },
        [this, index, generation = m_generation, precondition](const MountTableAnswer &answer) {
            if (generation != m_generation)
                return;
            PreconditionResult result;
            result.precondition = precondition;
            const QString path = QDir::cleanPath(precondition.subject);
            const QString table = u"/proc/self/mountinfo"_s;
            const QStringList bindCommand{u"sudo"_s, u"mount"_s, u"--bind"_s, path, path};
            const QStringList shareCommand{u"sudo"_s, u"mount"_s, u"--make-rshared"_s, path};
            const QString makeShared =
                tr("Make %1 a shared mount of its own: `sudo mount --bind %1 %1`, then `sudo mount "
                   "--make-rshared %1` (again after each reboot, or as a systemd mount unit).")
                    .arg(path);
            result.status = PreconditionResult::Status::Failed;
            if (!answer.readError.isEmpty()) {
                result.summary = tr("The mount table cannot be read, so whether %1 is shared is not known.").arg(path);
                result.evidence << tr("%1: %2").arg(table, answer.readError);
                result.fixSteps << tr("Look yourself: `findmnt -o TARGET,PROPAGATION %1`.").arg(path);
                result.fixCommands << QStringList{u"findmnt"_s, u"-o"_s, u"TARGET,PROPAGATION"_s, path};
                report(index, result);
                return;
            }
            const MountInfo mounts = MountInfo::parse(answer.content);
            const MountInfoEntry *holder = mounts.mountHolding(path);
            if (!holder) {
                result.summary = tr("No mount holds %1 in the mount table.").arg(path);
                result.evidence << tr("%1: %n mounts, none holds the path", nullptr, int(mounts.entries().size()))
                                       .arg(table);
                result.fixSteps << makeShared;
                result.fixCommands << bindCommand << shareCommand;
                adoptCatalogueFix(result, u"mount-not-shared"_s);
                report(index, result);
                return;
            }
            const bool ownMount = holder->mountPoint == path;
            result.evidence << (ownMount ? tr("%1: a mount point (%2), propagation %3")
                                               .arg(path, holder->fsType, holder->propagation())
                                         : tr("%1: on the mount %2 (%3), propagation %4")
                                               .arg(path, holder->mountPoint, holder->fsType, holder->propagation()));
            // What the engines need for "-v PATH:...:rshared": the mount holding the path
            // propagates. A mount point of its own is the documented set-up; a shared parent
            // (systemd makes / shared) works the same.
            if (holder->isShared()) {
                result.status = PreconditionResult::Status::Ok;
                result.summary = ownMount ? tr("%1 is a shared mount.").arg(path)
                                          : tr("%1 is on the shared mount %2.").arg(path, holder->mountPoint);
                report(index, result);
                return;
            }
            result.summary = tr("%1 is not on a shared mount (%2 holds it, propagation %3): mounts made below it "
                                "do not reach other containers.")
                                 .arg(path, holder->mountPoint, holder->propagation());
            result.fixSteps << makeShared;
            result.fixCommands << bindCommand << shareCommand;
            adoptCatalogueFix(result, u"mount-not-shared"_s);
            report(index, result);
        });
}

// ---- ContainerRunning ---------------------------------------------------------------------

void LaunchPreconditionChecker::checkContainerRunning(int index)
{
    const LaunchPrecondition precondition = m_slots.at(index).precondition;
    const QString name = precondition.subject;
    if (!m_client) {
        PreconditionResult result;
        result.precondition = precondition;
        result.summary = tr("No engine is connected, so whether the container \"%1\" runs is not known.").arg(name);
        result.evidence << tr("no engine to ask");
        result.fixSteps << tr("Start Docker or Podman and pick it for the launch.");
        report(index, result);
        return;
    }
    const quint64 generation = m_generation;
    m_slots[index].call = m_client->listContainers(
        this, [this, index, generation, precondition, name](const Result<QList<ContainerSummary>> &containers) {
            if (generation != m_generation || index >= m_slots.size() || m_slots.at(index).result)
                return;
            PreconditionResult result;
            result.precondition = precondition;
            result.status = PreconditionResult::Status::Failed;
            if (!containers) {
                const Error &error = containers.error();
                result.summary = tr("The engine could not list its containers: %1").arg(error.message());
                result.evidence << error.toString();
                const QList<CatalogueMatch> matches = catalogue().match(error);
                if (!matches.isEmpty())
                    adoptCatalogueFix(result, matches.first().entry.id());
                else
                    result.fixSteps << tr("Check that the engine runs (the engine line at the bottom of Wharf's window), then try again.");
                report(index, result);
                return;
            }
            const ContainerSummary *found = nullptr;
            for (const ContainerSummary &container : *containers) {
                if (container.names.contains(name)) {
                    found = &container;
                    break;
                }
            }
            if (found && found->state == u"running"_s) {
                result.status = PreconditionResult::Status::Ok;
                result.summary = tr("The container \"%1\" is running.").arg(name);
                result.evidence << tr("container %1 (%2, image %3): %4")
                                       .arg(name, found->id.left(12), found->image, found->status);
                report(index, result);
                return;
            }
            if (found) {
                result.summary = tr("The container \"%1\" exists but is %2.").arg(name, found->state);
                result.evidence << tr("container %1 (%2, image %3): %4")
                                       .arg(name, found->id.left(12), found->image, found->status);
                result.fixSteps << tr("Start it again (`docker start %1` or `podman start %1`), then launch "
                                      "again. If it keeps stopping, its logs say why (`docker logs %1`).")
                                       .arg(name);
            } else {
                result.summary = tr("There is no container \"%1\" on this engine.").arg(name);
                result.evidence << tr("%n containers, none named %1", nullptr, int(containers->size())).arg(name);
                result.fixSteps << tr("Start the container \"%1\", then launch again. If it is the "
                                      "cvmfs-automounter, Wharf starts it for you after you confirm its "
                                      "privileges.")
                                       .arg(name);
            }
            report(index, result);
        });
}

// ---- FileSharingIncludes ------------------------------------------------------------------

void LaunchPreconditionChecker::checkFileSharing(int index)
{
    const LaunchPrecondition precondition = m_slots.at(index).precondition;
    auto *task = new ExpendableTask(this);
    m_slots[index].worker = task;
    task->start<SharingAnswer>(
        [os = m_environment.os, home = m_environment.homeDirectory] {
            SharingAnswer answer;
            const QStringList candidates = DockerDesktopSettings::candidateFiles(os, home);
            if (candidates.isEmpty()) {
                answer.supported = false;
                return answer;
            }
            for (const QString &candidate : candidates) {
                if (QFileInfo::exists(candidate)) {
                    answer.settingsFile = candidate;
                    break;
                }
            }
            if (answer.settingsFile.isEmpty()) {
                answer.directories = DockerDesktopSettings::defaultFileSharingDirectories(os, home);
                return answer;
            }
            QFile file(answer.settingsFile);
            if (!file.open(QIODevice::ReadOnly)) {
                answer.readError = file.errorString();
                return answer;
            }
            const Result<DockerDesktopSettings> settings = DockerDesktopSettings::parse(file.read(4 * 1024 * 1024));
            if (!settings) {
                answer.readError = settings.error().message();
            } else if (settings->fileSharingDirectories()) {
                answer.directories = *settings->fileSharingDirectories();
                answer.listInFile = true;
            } else {
                answer.directories = DockerDesktopSettings::defaultFileSharingDirectories(os, home);
            }
            return answer;
        },
        [this, index, generation = m_generation, precondition](const SharingAnswer &answer) {
            if (generation != m_generation)
                return;
            PreconditionResult result;
            result.precondition = precondition;
            const QString path = precondition.subject;
            const QString menu = tr("Docker Desktop > Settings > Resources > File sharing");
            if (!answer.supported) {
                // Windows shares drives through WSL 2: nothing to check.
                result.status = PreconditionResult::Status::Ok;
                result.summary = tr("Docker Desktop on this system has no File Sharing list to check.");
                result.evidence << tr("no File Sharing list on this system");
                report(index, result);
                return;
            }
            if (!answer.readError.isEmpty()) {
                result.status = PreconditionResult::Status::Failed;
                result.summary = tr("Docker Desktop's settings cannot be read, so whether it shares %1 is not known.")
                                     .arg(path);
                result.evidence << tr("%1: %2").arg(answer.settingsFile, answer.readError);
                result.fixSteps << tr("Open %1 and check that %2 is listed; add it, then Apply & restart.")
                                       .arg(menu, path);
                result.catalogueId = u"docker-desktop-mounts-denied"_s;
                report(index, result);
                return;
            }
            result.evidence << (answer.settingsFile.isEmpty()
                                    ? tr("no Docker Desktop settings file: its default File Sharing list applies: %1")
                                          .arg(answer.directories.join(u", "_s))
                                    : answer.listInFile ? tr("%1: File Sharing list: %2")
                                                              .arg(answer.settingsFile, answer.directories.join(u", "_s))
                                                        : tr("%1: no File Sharing list; the default applies: %2")
                                                              .arg(answer.settingsFile, answer.directories.join(u", "_s)));
            const QString entry = DockerDesktopSettings::coveringEntry(answer.directories, path);
            if (!entry.isEmpty()) {
                result.status = PreconditionResult::Status::Ok;
                result.summary = tr("Docker Desktop shares %1 (through %2).").arg(path, entry);
                report(index, result);
                return;
            }
            result.status = PreconditionResult::Status::Failed;
            result.summary = tr("Docker Desktop does not share %1 with its virtual machine: the container would fail "
                                "with \"Mounts denied\".")
                                 .arg(path);
            adoptCatalogueFix(result, u"docker-desktop-mounts-denied"_s);
            if (result.catalogueId.isEmpty())
                result.fixSteps << tr("Open %1, add %2 with the + button, then Apply & restart.").arg(menu, path);
            report(index, result);
        });
}

// ---- ProgramFound -------------------------------------------------------------------------

void LaunchPreconditionChecker::checkProgram(int index)
{
    const LaunchPrecondition precondition = m_slots.at(index).precondition;
    auto *task = new ExpendableTask(this);
    m_slots[index].worker = task;
    task->start<QString>(
        [environment = m_environment, name = precondition.subject] {
            return environment.logicalPath(environment.findProgram(name));
        },
        [this, index, generation = m_generation, precondition](const QString &found) {
            if (generation != m_generation)
                return;
            PreconditionResult result;
            result.precondition = precondition;
            const QString name = precondition.subject;
            if (!found.isEmpty()) {
                result.status = PreconditionResult::Status::Ok;
                result.summary = tr("%1 is installed.").arg(name);
                result.evidence << tr("%1: %2").arg(name, found);
                report(index, result);
                return;
            }
            result.status = PreconditionResult::Status::Failed;
            result.summary = tr("%1 is not installed (not found on the PATH).").arg(name);
            result.evidence << tr("%1: not found in PATH=%2").arg(name, m_environment.environment.value(u"PATH"_s));
            // "docker: command not found" and "apptainer: command not found" have entries.
            const QList<CatalogueMatch> matches = catalogue().match(u"%1: command not found"_s.arg(name));
            if (!matches.isEmpty())
                adoptCatalogueFix(result, matches.first().entry.id());
            else
                result.fixSteps << tr("Install %1, or choose another way to get CVMFS for this launch.").arg(name);
            report(index, result);
        });
}

// ---- bookkeeping --------------------------------------------------------------------------

void LaunchPreconditionChecker::timeOut(int index)
{
    if (index >= m_slots.size() || m_slots.at(index).result)
        return;
    const LaunchPrecondition precondition = m_slots.at(index).precondition;
    PreconditionResult result;
    result.precondition = precondition;
    result.status = PreconditionResult::Status::TimedOut;
    const QString wait = seconds(m_timeoutMilliseconds);
    const QString path = precondition.subject;
    switch (precondition.kind) {
    case LaunchPrecondition::Kind::RepositoryAnswers: {
        const QString repository = lastComponent(path);
        result.summary = tr("%1 gave no answer in %2 s: the repository hangs.").arg(path, wait);
        result.evidence << tr("stat and list %1: no answer after %2 s").arg(path, wait);
        result.fixSteps
            << tr("A repository that hangs cannot reach its servers: check the proxy (CVMFS_HTTP_PROXY in "
                  "/etc/cvmfs/default.local; DIRECT on a laptop outside CERN), then `cvmfs_config probe %1`. "
                  "If it stays stuck: `sudo cvmfs_config reload`, or `sudo systemctl restart autofs`.")
                   .arg(repository)
            << tr("If CVMFS comes from the automounter container, restart that container.");
        result.fixCommands << QStringList{u"cvmfs_config"_s, u"probe"_s, repository};
        break;
    }
    case LaunchPrecondition::Kind::ContainerRunning:
        result.summary = tr("The engine gave no answer in %1 s about the container \"%2\".").arg(wait, path);
        result.evidence << tr("list containers: no answer after %1 s").arg(wait);
        result.fixSteps << tr("Check that the engine runs and answers (the engine line at the bottom of Wharf's window), then try again.");
        break;
    case LaunchPrecondition::Kind::PathExists:
    case LaunchPrecondition::Kind::SharedMount:
    case LaunchPrecondition::Kind::FileSharingIncludes:
    case LaunchPrecondition::Kind::ProgramFound:
        result.summary = tr("Checking %1 gave no answer in %2 s: a network file system (AFS, EOS, CVMFS, NFS) may "
                            "hang.")
                             .arg(path, wait);
        result.evidence << tr("%1: no answer after %2 s").arg(path, wait);
        result.fixSteps << tr("Check that the network file systems on this computer answer (`ls` the folders "
                              "on the PATH and in your home), then try again.");
        break;
    }
    report(index, result);
}

void LaunchPreconditionChecker::report(int index, PreconditionResult result)
{
    if (!m_running || index >= m_slots.size() || m_slots.at(index).result)
        return;
    Slot &slot = m_slots[index];
    result.elapsedMs = m_clock.elapsed();
    slot.result = result;
    if (slot.timer) {
        slot.timer->stop();
        slot.timer->deleteLater();
        slot.timer = nullptr;
    }
    // A probe or task still out is abandoned (its late answer is dropped); an engine request
    // is cancelled (its callback then sees the result and returns).
    if (QObject *worker = slot.worker.data()) {
        worker->disconnect(this);
        worker->deleteLater();
    }
    if (EngineCall *call = slot.call.data())
        call->cancel();
    --m_pending;
    const bool last = m_pending == 0;
    if (last)
        m_running = false;
    const QPointer<LaunchPreconditionChecker> guard(this);
    const quint64 generation = m_generation;
    Q_EMIT resultReady(result);
    // Not when a receiver cancelled (or restarted) the checker meanwhile.
    if (guard && last && generation == m_generation)
        Q_EMIT finished(results());
}

QList<PreconditionResult> LaunchPreconditionChecker::results() const
{
    QList<PreconditionResult> list;
    for (const Slot &slot : m_slots) {
        if (slot.result)
            list.append(*slot.result);
    }
    return list;
}

void LaunchPreconditionChecker::cancel()
{
    ++m_generation;
    m_running = false;
    for (Slot &slot : m_slots) {
        if (slot.timer) {
            slot.timer->stop();
            slot.timer->deleteLater();
            slot.timer = nullptr;
        }
        if (QObject *worker = slot.worker.data()) {
            worker->disconnect(this);
            worker->deleteLater();
        }
        if (EngineCall *call = slot.call.data())
            call->cancel();
    }
}

} // namespace Wharf
