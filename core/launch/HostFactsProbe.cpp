// SPDX-License-Identifier: Apache-2.0
#include "HostFactsProbe.h"

#include "ExpendableTask.h"
#include "diagnostics/MountInfo.h"
#include "diagnostics/PathProbe.h"

#include <QDir>
#include <QTimer>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Wharf {

// What the file part reads under the environment's root, on its worker.
struct HostFactsProbe::FileFacts
{
    bool x11SocketDirectoryExists = false;
    QString kerberosCache;
    bool selinuxEnforcing = false;
    bool appArmorEnabled = false;
    QByteArray mountInfo;
};

namespace {

HostFacts::Os factsOs(HostEnvironment::Os os)
{
    switch (os) {
    case HostEnvironment::Os::MacOs: return HostFacts::Os::MacOs;
    case HostEnvironment::Os::Windows: return HostFacts::Os::Windows;
    case HostEnvironment::Os::Linux:
    case HostEnvironment::Os::Other: return HostFacts::Os::Linux; // the BSDs: the closest conventions
    }
    return HostFacts::Os::Linux;
}

// The ticket cache of a DIR: collection: its "primary" file names the current cache file.
QString directoryCollectionCache(const HostEnvironment &environment, const QString &directory)
{
    if (!directory.startsWith(u'/'))
        return {};
    const Result<QByteArray> primary = environment.readFile(directory + u"/primary"_s, 4096);
    if (!primary)
        return {};
    const QString name = QString::fromUtf8(primary->trimmed());
    if (name.isEmpty() || name.contains(u'/') || name.contains(QChar(0)))
        return {};
    return QDir::cleanPath(directory + u'/' + name);
}

} // namespace

HostFactsProbe::HostFactsProbe(HostEnvironment environment, QObject *parent)
    : QObject(parent), m_environment(std::move(environment)), m_groupId(::getgid())
{
}

HostFactsProbe::~HostFactsProbe()
{
    cancel();
}

HostFacts HostFactsProbe::environmentFacts(const HostEnvironment &environment, uint groupId, bool dockerDesktop)
{
    HostFacts facts;
    facts.os = factsOs(environment.os);
    facts.dockerDesktop = dockerDesktop;
    if (!environment.cpuArchitecture.isEmpty())
        facts.architecture = HostFacts::ociArchitecture(environment.cpuArchitecture);
    facts.userId = environment.userId;
    facts.groupId = groupId;
    facts.userName = environment.userName;
    facts.display = environment.environment.value(u"DISPLAY"_s);
    return facts;
}

QString HostFactsProbe::kerberosCacheFile(const QString &krb5ccname)
{
    QString value = krb5ccname.trimmed();
    if (value.startsWith(u"FILE:"_s))
        value = value.mid(5);
    // Anything else with a "TYPE:" prefix lives in the kernel or a daemon (KEYRING:, KCM:,
    // MEMORY:, API:) or is a collection (DIR:): no single file to mount.
    if (!value.startsWith(u'/') || value.contains(QChar(0)))
        return {};
    return QDir::cleanPath(value);
}

QString HostFactsProbe::apptainerCacheDirectory(const HostEnvironment &environment, HostFacts::ApptainerProgram program)
{
    for (const QString &variable : {u"APPTAINER_CACHEDIR"_s, u"SINGULARITY_CACHEDIR"_s}) {
        const QString value = environment.environment.value(variable);
        if (!value.isEmpty())
            return value;
    }
    return environment.homePath(program == HostFacts::ApptainerProgram::Singularity ? u".singularity/cache"_s
                                                                                    : u".apptainer/cache"_s);
}

bool HostFactsProbe::isOnAfs(const QString &path, const MountInfo &mounts)
{
    if (path.isEmpty())
        return false;
    if (MountInfo::isSameOrBelow(path, u"/afs"_s))
        return true;
    // OpenAFS and the in-kernel kAFS both say "afs"; no stat(): the path itself may hang.
    const MountInfoEntry *holder = mounts.mountHolding(path);
    return holder && (holder->fsType == u"afs"_s || holder->fsType == u"openafs"_s);
}

HostFactsProbe::FileFacts HostFactsProbe::readFileFacts(const HostEnvironment &environment)
{
    FileFacts files;
    files.x11SocketDirectoryExists = environment.pathExists(u"/tmp/.X11-unix"_s);

    const QString variable = environment.environment.value(u"KRB5CCNAME"_s).trimmed();
    QString cache;
    if (variable.isEmpty())
        cache = u"/tmp/krb5cc_%1"_s.arg(environment.userId); // MIT Kerberos' default
    else if (variable.startsWith(u"DIR:"_s))
        cache = directoryCollectionCache(environment, QDir::cleanPath(variable.mid(4)));
    else
        cache = kerberosCacheFile(variable);
    // Only a cache that exists: binding a missing file makes the engine create a directory.
    if (!cache.isEmpty() && environment.pathExists(cache))
        files.kerberosCache = cache;

    if (const Result<QByteArray> enforce = environment.readFile(u"/sys/fs/selinux/enforce"_s, 64); enforce)
        files.selinuxEnforcing = enforce->trimmed() == "1";
    if (const Result<QByteArray> enabled = environment.readFile(u"/sys/module/apparmor/parameters/enabled"_s, 64);
        enabled)
        files.appArmorEnabled = enabled->trimmed().startsWith('Y');
    if (const Result<QByteArray> mounts = environment.readFile(u"/proc/self/mountinfo"_s, 8 * 1024 * 1024); mounts)
        files.mountInfo = *mounts;
    return files;
}

void HostFactsProbe::applyFileFacts(const FileFacts &files)
{
    m_facts.x11SocketDirectoryExists = files.x11SocketDirectoryExists;
    m_facts.kerberosCache = files.kerberosCache;
    m_facts.selinuxEnforcing = files.selinuxEnforcing;
    m_facts.appArmorEnabled = files.appArmorEnabled;
    m_mountInfo = files.mountInfo;
}

void HostFactsProbe::start()
{
    if (m_started)
        return;
    m_started = true;
    m_running = true;
    m_facts = environmentFacts(m_environment, m_groupId, m_dockerDesktop);
    m_pending = AfsPart | EosPart | PathPart | FilePart;

    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &HostFactsProbe::finish);
    m_timer->start(m_timeoutMilliseconds);

    const auto probePath = [this](const QString &logical, Part part, bool HostFacts::*field) {
        auto *probe = new PathProbe(logical, m_environment.hostPath(logical), this);
        m_workers.append(probe);
        connect(probe, &PathProbe::finished, this, [this, part, field](const PathProbeResult &result) {
            m_facts.*field = result.answered && result.exists;
            partDone(part);
        });
        probe->start(m_environment.probeHook);
    };
    probePath(u"/afs"_s, AfsPart, &HostFacts::afsExists);
    probePath(u"/eos"_s, EosPart, &HostFacts::eosExists);

    auto *programs = new ExpendableTask(this);
    m_workers.append(programs);
    programs->start<HostFacts::ApptainerProgram>(
        [environment = m_environment] {
            if (!environment.findProgram(u"apptainer"_s).isEmpty())
                return HostFacts::ApptainerProgram::Apptainer;
            if (!environment.findProgram(u"singularity"_s).isEmpty())
                return HostFacts::ApptainerProgram::Singularity;
            return HostFacts::ApptainerProgram::None;
        },
        [this](const HostFacts::ApptainerProgram &program) {
            m_facts.apptainer = program;
            partDone(PathPart);
        });

    auto *files = new ExpendableTask(this);
    m_workers.append(files);
    files->start<FileFacts>([environment = m_environment] { return readFileFacts(environment); },
                            [this](const FileFacts &found) {
                                applyFileFacts(found);
                                partDone(FilePart);
                            });
}

void HostFactsProbe::partDone(Part part)
{
    if (!m_running)
        return;
    m_pending &= ~part;
    if (m_pending == 0)
        finish();
}

void HostFactsProbe::finish()
{
    if (!m_running)
        return;
    m_facts.apptainerCacheDirectory = apptainerCacheDirectory(m_environment, m_facts.apptainer);
    m_facts.apptainerCacheOnAfs = isOnAfs(m_facts.apptainerCacheDirectory, MountInfo::parse(m_mountInfo));
    cancel();
    Q_EMIT finished(m_facts);
}

void HostFactsProbe::cancel()
{
    m_running = false;
    if (m_timer)
        m_timer->stop();
    // Deleting a probe or task detaches it from its worker: a late answer is dropped. Later,
    // because this may run inside one of their own signals.
    for (const QPointer<QObject> &worker : std::as_const(m_workers)) {
        if (worker) {
            worker->disconnect(this);
            worker->deleteLater();
        }
    }
    m_workers.clear();
}

QStringList HostFactsProbe::unanswered() const
{
    QStringList parts;
    if (m_pending & AfsPart)
        parts << u"/afs"_s;
    if (m_pending & EosPart)
        parts << u"/eos"_s;
    if (m_pending & PathPart)
        parts << u"PATH"_s;
    if (m_pending & FilePart)
        parts << u"files"_s;
    return parts;
}

} // namespace Wharf
