// SPDX-License-Identifier: Apache-2.0
// HostFactsProbe on prepared roots: what each file, variable and program on the PATH turns
// into, the Kerberos cache forms, AFS found by path and by the mount table, a computer that
// has none of it, and a hung /afs that costs the timeout, not the answer.
#include "DiagnosticsFixtures.h"
#include "diagnostics/MountInfo.h"
#include "launch/HostFactsProbe.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Wharf::Test {

namespace {

// Runs a probe to its end; the facts, or default ones (and a failed test) when none came.
HostFacts probe(const HostEnvironment &environment, QStringList *unanswered = nullptr, int timeoutMs = 3000)
{
    HostFactsProbe probe(environment);
    probe.setGroupId(1001);
    probe.setTimeout(timeoutMs);
    QSignalSpy finished(&probe, &HostFactsProbe::finished);
    probe.start();
    if (!finished.isEmpty()) {
        qWarning("finished() came from within start()");
        return {};
    }
    if (!finished.wait(timeoutMs + 5000) || finished.size() != 1) {
        qWarning("the probe gave no facts");
        return {};
    }
    if (unanswered)
        *unanswered = probe.unanswered();
    return finished.first().first().value<HostFacts>();
}

QByteArray mountLine(int id, const QString &mountPoint, const QByteArray &fsType, const QByteArray &propagation = "shared:1")
{
    return QByteArray::number(id) + " 1 0:" + QByteArray::number(id) + " / " + QFile::encodeName(mountPoint)
        + " rw,relatime " + propagation + " - " + fsType + " source rw\n";
}

} // namespace

class TestHostFactsProbe : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void environmentFacts()
    {
        HostEnvironment env;
        env.os = HostEnvironment::Os::MacOs;
        env.cpuArchitecture = u"arm64"_s;
        env.userId = 501;
        env.userName = u"bob"_s;
        env.environment.insert(u"DISPLAY"_s, u":0"_s);
        const HostFacts facts = HostFactsProbe::environmentFacts(env, 20, true);
        QCOMPARE(facts.os, HostFacts::Os::MacOs);
        QCOMPARE(facts.architecture, u"arm64"_s);
        QCOMPARE(facts.userId, 501u);
        QCOMPARE(facts.groupId, 20u);
        QCOMPARE(facts.userName, u"bob"_s);
        QCOMPARE(facts.display, u":0"_s);
        QVERIFY(facts.dockerDesktop);
        QVERIFY(!facts.nativeLinuxEngine());

        env.os = HostEnvironment::Os::Other;
        env.cpuArchitecture = u"x86_64"_s;
        env.environment = QProcessEnvironment();
        const HostFacts other = HostFactsProbe::environmentFacts(env, 0, false);
        QCOMPARE(other.os, HostFacts::Os::Linux);
        QCOMPARE(other.architecture, u"amd64"_s);
        QVERIFY(other.display.isEmpty());
        QVERIFY(!other.dockerDesktop);
    }

    void kerberosCacheFile_data()
    {
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("expected");
        QTest::newRow("FILE: prefix") << u"FILE:/tmp/krb5cc_1000"_s << u"/tmp/krb5cc_1000"_s;
        QTest::newRow("plain path") << u"/tmp/krb5cc_1000_xyz"_s << u"/tmp/krb5cc_1000_xyz"_s;
        QTest::newRow("cleaned") << u"FILE:/tmp/./x/../krb5cc"_s << u"/tmp/krb5cc"_s;
        QTest::newRow("padded") << u"  FILE:/tmp/krb5cc_1  "_s << u"/tmp/krb5cc_1"_s;
        QTest::newRow("KEYRING") << u"KEYRING:persistent:1000"_s << QString();
        QTest::newRow("KCM") << u"KCM:"_s << QString();
        QTest::newRow("MEMORY") << u"MEMORY:x"_s << QString();
        QTest::newRow("API (macOS)") << u"API:ABCD-1234"_s << QString();
        QTest::newRow("DIR (resolved by the probe)") << u"DIR:/run/user/1000/krb5cc"_s << QString();
        QTest::newRow("relative FILE") << u"FILE:krb5cc"_s << QString();
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("FILE: alone") << u"FILE:"_s << QString();
        QTest::newRow("embedded NUL") << u"FILE:/tmp/a\0b"_s << QString();
        QTest::newRow("lower-case prefix is no prefix") << u"file:/tmp/krb5cc"_s << QString();
    }

    void kerberosCacheFile()
    {
        QFETCH(QString, variable);
        QFETCH(QString, expected);
        QCOMPARE(HostFactsProbe::kerberosCacheFile(variable), expected);
    }

    void isOnAfs_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("mountinfo");
        QTest::addColumn<bool>("expected");
        const QByteArray table = mountLine(20, u"/"_s, "ext4") + mountLine(30, u"/afs"_s, "afs")
            + mountLine(31, u"/home/alice"_s, "afs") + mountLine(32, u"/home/alice/local"_s, "ext4")
            + mountLine(33, u"/eos"_s, "fuse.eosxd") + "garbage line\n" + QByteArray("\0\0\0", 3) + "\n";
        QTest::newRow("below /afs, no table") << u"/afs/cern.ch/user/a/alice/.apptainer/cache"_s << QByteArray()
                                               << true;
        QTest::newRow("/afs itself") << u"/afs"_s << table << true;
        QTest::newRow("/afsx is not /afs") << u"/afsx/cache"_s << QByteArray() << false;
        QTest::newRow("home mounted from AFS") << u"/home/alice/.apptainer/cache"_s << table << true;
        QTest::newRow("local mount inside it") << u"/home/alice/local/cache"_s << table << false;
        QTest::newRow("root file system") << u"/tmp/alice/cache"_s << table << false;
        QTest::newRow("EOS is not AFS") << u"/eos/user/a/alice/cache"_s << table << false;
        QTest::newRow("openafs type") << u"/srv/x"_s << mountLine(5, u"/srv"_s, "openafs") << true;
        QTest::newRow("empty path") << QString() << table << false;
        QTest::newRow("garbage table") << u"/home/alice"_s << QByteArray("\x01\x02 not a table\n- - -") << false;
    }

    void isOnAfs()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, mountinfo);
        QFETCH(bool, expected);
        QCOMPARE(HostFactsProbe::isOnAfs(path, MountInfo::parse(mountinfo)), expected);
    }

    void apptainerCacheDirectory()
    {
        HostEnvironment env;
        env.homeDirectory = u"/home/alice"_s;
        QCOMPARE(HostFactsProbe::apptainerCacheDirectory(env, HostFacts::ApptainerProgram::Apptainer),
                 u"/home/alice/.apptainer/cache"_s);
        QCOMPARE(HostFactsProbe::apptainerCacheDirectory(env, HostFacts::ApptainerProgram::None),
                 u"/home/alice/.apptainer/cache"_s);
        QCOMPARE(HostFactsProbe::apptainerCacheDirectory(env, HostFacts::ApptainerProgram::Singularity),
                 u"/home/alice/.singularity/cache"_s);
        env.environment.insert(u"SINGULARITY_CACHEDIR"_s, u"/scratch/s"_s);
        QCOMPARE(HostFactsProbe::apptainerCacheDirectory(env, HostFacts::ApptainerProgram::Apptainer), u"/scratch/s"_s);
        env.environment.insert(u"APPTAINER_CACHEDIR"_s, u"/scratch/a"_s);
        QCOMPARE(HostFactsProbe::apptainerCacheDirectory(env, HostFacts::ApptainerProgram::Singularity),
                 u"/scratch/a"_s);
    }

    // Everything there: SELinux enforcing, AppArmor on, X11 socket folder, a ticket cache in
    // the default place, apptainer on the PATH, /afs and /eos, and a home on AFS.
    void everythingPresent()
    {
        DiagnosticsRoot root;
        QVERIFY(root.isValid());
        QVERIFY(root.write(u"/sys/fs/selinux/enforce"_s, "1\n"));
        QVERIFY(root.write(u"/sys/module/apparmor/parameters/enabled"_s, "Y\n"));
        QVERIFY(root.mkdir(u"/tmp/.X11-unix"_s));
        QVERIFY(root.write(u"/tmp/krb5cc_1000"_s, "ticket"));
        QVERIFY(root.script(u"/usr/bin/apptainer"_s, "exit 0"));
        QVERIFY(root.mkdir(u"/afs/cern.ch"_s));
        QVERIFY(root.mkdir(u"/eos/user"_s));
        // The home directory is an AFS mount (mount points in the table are the real paths).
        QVERIFY(root.write(u"/proc/self/mountinfo"_s, mountLine(20, u"/"_s, "ext4") + mountLine(40, root.home(), "afs")));
        HostEnvironment env = root.environment();
        env.environment.insert(u"DISPLAY"_s, u":1"_s);

        const HostFacts facts = probe(env);
        QCOMPARE(facts.os, HostFacts::Os::Linux);
        QCOMPARE(facts.architecture, u"amd64"_s);
        QCOMPARE(facts.userId, 1000u);
        QCOMPARE(facts.groupId, 1001u);
        QCOMPARE(facts.userName, u"alice"_s);
        QCOMPARE(facts.display, u":1"_s);
        QVERIFY(facts.x11SocketDirectoryExists);
        QCOMPARE(facts.kerberosCache, u"/tmp/krb5cc_1000"_s); // the logical path, as a plan mounts it
        QVERIFY(facts.afsExists);
        QVERIFY(facts.eosExists);
        QCOMPARE(facts.apptainer, HostFacts::ApptainerProgram::Apptainer);
        QCOMPARE(facts.apptainerCacheDirectory, root.home() + u"/.apptainer/cache"_s);
        QVERIFY(facts.apptainerCacheOnAfs);
        QVERIFY(facts.selinuxEnforcing);
        QVERIFY(facts.appArmorEnabled);
        QVERIFY(!facts.dockerDesktop);
    }

    // A bare root: nothing of it, and nothing invented.
    void nothingPresent()
    {
        DiagnosticsRoot root;
        QVERIFY(root.isValid());
        QStringList unanswered{u"not set"_s};
        const HostFacts facts = probe(root.environment(), &unanswered);
        QVERIFY(unanswered.isEmpty());
        QVERIFY(facts.display.isEmpty());
        QVERIFY(!facts.x11SocketDirectoryExists);
        QVERIFY(facts.kerberosCache.isEmpty());
        QVERIFY(!facts.afsExists);
        QVERIFY(!facts.eosExists);
        QCOMPARE(facts.apptainer, HostFacts::ApptainerProgram::None);
        QCOMPARE(facts.apptainerCacheDirectory, root.home() + u"/.apptainer/cache"_s);
        QVERIFY(!facts.apptainerCacheOnAfs);
        QVERIFY(!facts.selinuxEnforcing);
        QVERIFY(!facts.appArmorEnabled);
    }

    void selinuxAndAppArmorOff()
    {
        DiagnosticsRoot root;
        QVERIFY(root.write(u"/sys/fs/selinux/enforce"_s, "0\n"));
        QVERIFY(root.write(u"/sys/module/apparmor/parameters/enabled"_s, "N\n"));
        const HostFacts facts = probe(root.environment());
        QVERIFY(!facts.selinuxEnforcing);
        QVERIFY(!facts.appArmorEnabled);
    }

    // Singularity only, with its cache set below /afs by the variable.
    void singularityWithCacheOnAfs()
    {
        DiagnosticsRoot root;
        QVERIFY(root.script(u"/opt/sing/bin/singularity"_s, "exit 0"));
        HostEnvironment env = root.environment();
        env.environment.insert(u"PATH"_s, u"relative/bin:/cvmfs/sft.cern.ch/bin:/opt/sing/bin:/usr/bin"_s);
        env.environment.insert(u"SINGULARITY_CACHEDIR"_s, u"/afs/cern.ch/user/a/alice/sing"_s);
        const HostFacts facts = probe(env);
        QCOMPARE(facts.apptainer, HostFacts::ApptainerProgram::Singularity);
        QCOMPARE(facts.apptainerCacheDirectory, u"/afs/cern.ch/user/a/alice/sing"_s);
        QVERIFY(facts.apptainerCacheOnAfs);
    }

    void kerberosForms_data()
    {
        QTest::addColumn<QString>("variable"); // KRB5CCNAME; "<unset>" for none
        QTest::addColumn<QStringList>("files");
        QTest::addColumn<QString>("expected");
        const QString unset = u"<unset>"_s;
        QTest::newRow("FILE: that exists") << u"FILE:/run/user/1000/krb5cc_x"_s
                                          << QStringList{u"/run/user/1000/krb5cc_x"_s} << u"/run/user/1000/krb5cc_x"_s;
        QTest::newRow("FILE: that does not exist") << u"FILE:/run/user/1000/krb5cc_x"_s << QStringList{} << QString();
        QTest::newRow("plain path") << u"/tmp/tkt"_s << QStringList{u"/tmp/tkt"_s} << u"/tmp/tkt"_s;
        QTest::newRow("unset: the default file") << unset << QStringList{u"/tmp/krb5cc_1000"_s}
                                                 << u"/tmp/krb5cc_1000"_s;
        QTest::newRow("unset, no default file") << unset << QStringList{} << QString();
        // The variable names the active cache: a stale default file is not it.
        QTest::newRow("KEYRING despite a default file") << u"KEYRING:persistent:1000"_s
                                                        << QStringList{u"/tmp/krb5cc_1000"_s} << QString();
        QTest::newRow("KCM") << u"KCM:"_s << QStringList{u"/tmp/krb5cc_1000"_s} << QString();
        QTest::newRow("DIR: collection") << u"DIR:/run/user/1000/krb5cc"_s
                                         << QStringList{u"/run/user/1000/krb5cc/primary=tkt4F2a\n"_s,
                                                        u"/run/user/1000/krb5cc/tkt4F2a"_s}
                                         << u"/run/user/1000/krb5cc/tkt4F2a"_s;
        QTest::newRow("DIR: primary names a path") << u"DIR:/run/user/1000/krb5cc"_s
                                                   << QStringList{u"/run/user/1000/krb5cc/primary=../../etc/x"_s,
                                                                  u"/run/user/1000/etc/x"_s}
                                                   << QString();
        QTest::newRow("DIR: without primary") << u"DIR:/run/user/1000/krb5cc"_s
                                              << QStringList{u"/run/user/1000/krb5cc/tkt1"_s} << QString();
    }

    // KRB5CCNAME in its forms, against files under the root ("PATH=content" writes content).
    void kerberosForms()
    {
        QFETCH(QString, variable);
        QFETCH(QStringList, files);
        QFETCH(QString, expected);
        DiagnosticsRoot root;
        for (const QString &file : files) {
            const qsizetype equals = file.indexOf(u'=');
            QVERIFY(equals < 0 ? root.write(file, "ticket") : root.write(file.left(equals), file.mid(equals + 1).toUtf8()));
        }
        HostEnvironment env = root.environment();
        if (variable != u"<unset>"_s)
            env.environment.insert(u"KRB5CCNAME"_s, variable);
        QCOMPARE(probe(env).kerberosCache, expected);
    }

    void dockerDesktopAsGiven()
    {
        DiagnosticsRoot root;
        HostFactsProbe probe(root.environment());
        probe.setDockerDesktop(true);
        QSignalSpy finished(&probe, &HostFactsProbe::finished);
        probe.start();
        QVERIFY(finished.wait(5000));
        QVERIFY(finished.first().first().value<HostFacts>().dockerDesktop);
        QVERIFY(probe.facts().dockerDesktop);
        probe.start(); // once only
        QTest::qWait(50);
        QCOMPARE(finished.size(), 1);
    }

    // A hung /afs and /eos (every filesystem probe blocks): the facts come at the timeout, with
    // what answered, and name what did not; the event loop ran all along.
    void hungNetworkFileSystems()
    {
        DiagnosticsRoot root;
        QVERIFY(root.mkdir(u"/afs"_s));
        QVERIFY(root.mkdir(u"/eos"_s));
        QVERIFY(root.write(u"/sys/fs/selinux/enforce"_s, "1"));
        QVERIFY(root.script(u"/usr/bin/apptainer"_s, "exit 0"));
        HungProbes hung;
        HostEnvironment env = root.environment();
        env.probeHook = hung.hook();

        HostFactsProbe probe(env);
        probe.setTimeout(700);
        QSignalSpy finished(&probe, &HostFactsProbe::finished);
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(50);
        QElapsedTimer clock;
        clock.start();
        probe.start();
        QVERIFY(finished.wait(5000));
        QVERIFY2(clock.elapsed() >= 600 && clock.elapsed() < 3000, qPrintable(QString::number(clock.elapsed())));
        QVERIFY2(ticks >= 8, qPrintable(QString::number(ticks))); // the loop stayed live
        const HostFacts facts = finished.first().first().value<HostFacts>();
        QVERIFY(!facts.afsExists);
        QVERIFY(!facts.eosExists);
        QVERIFY(facts.selinuxEnforcing);
        QCOMPARE(facts.apptainer, HostFacts::ApptainerProgram::Apptainer);
        QCOMPARE(probe.unanswered(), (QStringList{u"/afs"_s, u"/eos"_s}));
        QVERIFY(!probe.isRunning());
    }

    // Deleted or cancelled while a probe hangs: nothing comes, nothing crashes.
    void cancelledWhileHung()
    {
        DiagnosticsRoot root;
        QVERIFY(root.mkdir(u"/afs"_s));
        HungProbes hung;
        HostEnvironment env = root.environment();
        env.probeHook = hung.hook();
        auto *probe = new HostFactsProbe(env);
        QSignalSpy finished(probe, &HostFactsProbe::finished);
        probe->start();
        QTest::qWait(100);
        probe->cancel();
        QVERIFY(!probe->isRunning());
        QTest::qWait(100);
        QCOMPARE(finished.size(), 0);
        delete probe;
        hung.released->store(true);
        QTest::qWait(100);
    }

    // The real computer: whatever it has, an answer comes in time.
    void realSystem()
    {
        HostFactsProbe probe(HostEnvironment::fromSystem());
        QSignalSpy finished(&probe, &HostFactsProbe::finished);
        probe.start();
        QVERIFY(finished.wait(HostFactsProbe::DefaultTimeoutMilliseconds + 2000));
        const HostFacts facts = probe.facts();
        QCOMPARE(facts.userId, uint(::getuid()));
        QCOMPARE(facts.groupId, uint(::getgid()));
        QVERIFY(!facts.architecture.isEmpty());
    }
};

} // namespace Wharf::Test

QTEST_GUILESS_MAIN(Wharf::Test::TestHostFactsProbe)
#include "tst_hostfactsprobe.moc"
