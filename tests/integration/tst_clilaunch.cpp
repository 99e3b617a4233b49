// SPDX-License-Identifier: Apache-2.0
// `wharf launch` through the binary: usage errors, hostile input refused before anything runs,
// --print giving a line that a POSIX shell splits back into exactly the plan's words, and real
// launches on the fixture's dockerd and podman, where a folder of this test stands in for
// /cvmfs (no CVMFS client can run here).
#include "TestServices.h"
#include "WharfProcess.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/mount.h>

using namespace Qt::StringLiterals;
using Wharf::Test::TestServices;

namespace {

using Run = Wharf::Test::WharfProcess::Outcome;

// The words a POSIX shell makes of `line` (eval'd as arguments of `set --`): what pasting the
// printed command into a terminal would run.
QStringList shellWords(const QString &line)
{
    QProcess shell;
    shell.start(u"/bin/sh"_s, {u"-c"_s, u"eval \"set -- $1\"; printf '%s\\0' \"$@\""_s, u"sh"_s, line});
    if (!shell.waitForFinished(10000) || shell.exitCode() != 0)
        return {u"<sh failed: "_s + QString::fromLocal8Bit(shell.readAllStandardError()) + u'>'};
    QByteArray out = shell.readAllStandardOutput();
    if (out.endsWith('\0'))
        out.chop(1);
    QStringList words;
    for (const QByteArray &word : out.split('\0'))
        words << QString::fromLocal8Bit(word);
    return words;
}

} // namespace

class tst_CliLaunch : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QString m_cvmfs;       // the stand-in /cvmfs, a shared mount (rslave needs one)
    bool m_mounted = false;

    Run wharf(const QStringList &arguments, const QMap<QString, QString> &variables = {},
              const QString &workingDirectory = {})
    {
        QProcessEnvironment env = Wharf::Test::WharfProcess::isolatedEnvironment(m_home.path());
        for (auto it = variables.cbegin(); it != variables.cend(); ++it)
            env.insert(it.key(), it.value());
        Wharf::Test::WharfProcess wharf(env);
        wharf.setWorkingDirectory(workingDirectory.isEmpty() ? m_home.path() : workingDirectory);
        return wharf.run(QStringList{u"launch"_s} + arguments);
    }

    QMap<QString, QString> bothEngines() const
    {
        return {{u"DOCKER_HOST"_s, TestServices::dockerEndpoint().toUrl()},
                {u"CONTAINER_HOST"_s, TestServices::podmanEndpoint().toUrl()}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY2(!qEnvironmentVariable("WHARF_BINARY").isEmpty(), "WHARF_BINARY names the wharf executable");
        m_cvmfs = m_home.path() + u"/cvmfs"_s;
        QVERIFY(QDir().mkpath(m_cvmfs + u"/cms.cern.ch"_s));
        QFile marker(m_cvmfs + u"/cms.cern.ch/marker"_s);
        QVERIFY(marker.open(QIODevice::WriteOnly));
        marker.write("cvmfs-marker-42\n");
        marker.close();
        // Like the real /cvmfs on a systemd host: a mount point with shared propagation, so
        // the engines accept ":rslave" (they refuse it for a folder on a private mount).
        const QByteArray path = QFile::encodeName(m_cvmfs);
        m_mounted = ::mount(path.constData(), path.constData(), nullptr, MS_BIND, nullptr) == 0
            && ::mount(nullptr, path.constData(), nullptr, MS_SHARED | MS_REC, nullptr) == 0;
    }

    void cleanupTestCase()
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_cvmfs).constData(), MNT_DETACH);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("message");
        QTest::newRow("no image") << QStringList{u"--print"_s} << "no image given"_ba;
        QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s, u"busybox"_s} << "--frobnicate"_ba;
        QTest::newRow("missing value") << QStringList{u"busybox"_s, u"--workdir"_s} << "--workdir"_ba;
        QTest::newRow("bad strategy") << QStringList{u"--strategy"_s, u"magic"_s, u"busybox"_s} << "magic"_ba;
        QTest::newRow("command without --") << QStringList{u"busybox"_s, u"ls"_s} << "--"_ba;
        QTest::newRow("bad env") << QStringList{u"--env"_s, u"=x"_s, u"busybox"_s} << "NAME=VALUE"_ba;
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, message);
        const Run run = wharf(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(message), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }

    // Each is refused with a message, exit 2, and nothing runs: the engines are not even
    // asked, and the marker a successful injection would write never appears.
    void hostileInputRefused_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const QString marker = m_home.path() + u"/injected"_s;
        QTest::newRow("command in image") << QStringList{u"busybox;touch "_s + marker};
        QTest::newRow("substitution in image") << QStringList{u"$(touch "_s + marker + u")"_s};
        QTest::newRow("option as image") << QStringList{u"-v/:/host"_s};
        QTest::newRow("newline in image") << QStringList{u"busybox\ntouch"_s};
        QTest::newRow("workdir with ':'") << QStringList{u"--workdir"_s, u"/tmp/a:/etc"_s, u"busybox"_s};
        QTest::newRow("bind with ','") << QStringList{u"--bind"_s, u"/data,readonly"_s, u"busybox"_s};
        QTest::newRow("variable name") << QStringList{u"--env"_s, u"A;B=1"_s, u"busybox"_s};
        QTest::newRow("shell") << QStringList{u"--shell"_s, u"bash -c id"_s, u"busybox"_s};
        QTest::newRow("container name") << QStringList{u"--name"_s, u"--privileged"_s, u"busybox"_s};
    }

    void hostileInputRefused()
    {
        QFETCH(QStringList, arguments);
        const Run run = wharf(arguments, bothEngines());
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.startsWith("wharf launch: "), run.err.constData());
        QVERIFY(!run.err.contains("does not answer"));
        QVERIFY(!QFile::exists(m_home.path() + u"/injected"_s));
    }

    // Pasting the printed line runs exactly the plan's words, however hostile the arguments.
    void printedCommandSplitsBackExactly()
    {
        const QString folder = m_home.path() + u"/it's a \"folder\" $(x)"_s;
        QVERIFY(QDir().mkpath(folder));
        const QString image = u"/cvmfs/unpacked.cern.ch/registry.hub.docker.com/cmssw/el9:x86_64"_s;
        const QStringList command{u"echo"_s, u"a b"_s, u"$(id)"_s, u"'q'"_s, u";"_s, u"-x"_s, u"line\nbreak"_s};
        const Run run = wharf(QStringList{u"--print"_s, u"--strategy"_s, u"apptainer"_s, u"--env"_s, u"V=x y;z"_s,
                                          image, u"--"_s}
                                  + command,
                              {}, folder);
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QString line = QString::fromLocal8Bit(run.out).trimmed();
        const QStringList words = shellWords(line);
        // The variable reaches the container through Apptainer's own APPTAINERENV_ prefix.
        QCOMPARE(words.mid(0, 4), (QStringList{u"env"_s, u"APPTAINERENV_V=x y;z"_s, u"apptainer"_s, u"exec"_s}));
        QVERIFY2(words.contains(folder), qPrintable(line));
        QCOMPARE(words.mid(words.indexOf(image)), QStringList{image} + command);
    }

    // Without an engine the command is still shown, for the kind asked, with a warning.
    void printWithoutEngine()
    {
        const Run run = wharf({u"--print"_s, u"--engine"_s, u"podman"_s, u"busybox"_s},
                              {{u"DOCKER_HOST"_s, u"unix://"_s + m_home.path() + u"/none.sock"_s}});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.startsWith("podman run --rm "), run.out.constData());
        QVERIFY(run.out.contains(" docker.io/library/busybox "));
        QVERIFY(run.err.contains("warning: "));
    }

    void printNamesTheEngine_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::addColumn<QStringList>("prefix");
        QTest::newRow("docker") << u"docker"_s
                                << QStringList{u"docker"_s, u"--host"_s, TestServices::dockerEndpoint().toUrl(), u"run"_s};
        QTest::newRow("podman") << u"podman"_s
                                << QStringList{u"podman"_s, u"--remote"_s, u"--url"_s,
                                               TestServices::podmanEndpoint().toUrl(), u"run"_s};
    }

    // The printed command starts the container on the engine Wharf found, not on the CLI's
    // default one.
    void printNamesTheEngine()
    {
        WHARF_REQUIRE_DOCKER();
        WHARF_REQUIRE_PODMAN();
        QFETCH(QString, engine);
        QFETCH(QStringList, prefix);
        const Run run = wharf({u"--print"_s, u"--engine"_s, engine, u"localhost/test/busybox:1"_s}, bothEngines());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QStringList words = shellWords(QString::fromLocal8Bit(run.out).trimmed());
        QCOMPARE(words.mid(0, prefix.size()), prefix);
        QVERIFY(words.contains(u"wharf.strategy=host"_s));
    }

    // A precondition that does not hold stops the launch before the engine is asked to run.
    void failedPreconditionRunsNothing()
    {
        WHARF_REQUIRE_DOCKER();
        const QString missing = m_home.path() + u"/no-cvmfs"_s;
        const Run run = wharf({u"--engine"_s, u"docker"_s, u"--cvmfs-root"_s, missing, u"localhost/test/busybox:1"_s,
                               u"--"_s, u"touch"_s, m_home.path() + u"/ran"_s},
                              bothEngines());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(missing.toUtf8()), run.err.constData());
        QVERIFY(!QFile::exists(m_home.path() + u"/ran"_s));
    }

    void runsOnTheEngine_data()
    {
        QTest::addColumn<QString>("engine");
        QTest::newRow("docker") << u"docker"_s;
        QTest::newRow("podman") << u"podman"_s;
    }

    // The real thing: the container reads the marker through the host mount, and its output
    // and exit status are this command's own (exec, no wrapper left behind).
    void runsOnTheEngine()
    {
        WHARF_REQUIRE_DOCKER();
        WHARF_REQUIRE_PODMAN();
        QVERIFY2(m_mounted, "the stand-in /cvmfs must be a shared mount (the test runs as root)");
        QFETCH(QString, engine);
        const Run run = wharf({u"--engine"_s, engine, u"--cvmfs-root"_s, m_cvmfs, u"--repo"_s, u"cms.cern.ch"_s,
                               u"localhost/test/busybox:1"_s, u"--"_s, u"cat"_s, u"/cvmfs/cms.cern.ch/marker"_s},
                              bothEngines());
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.out, "cvmfs-marker-42\n"_ba);

        const Run failing = wharf({u"--engine"_s, engine, u"--cvmfs-root"_s, m_cvmfs, u"localhost/test/busybox:1"_s,
                                   u"--"_s, u"sh"_s, u"-c"_s, u"exit 7"_s},
                                  bothEngines());
        QCOMPARE(failing.exitCode, 7);
    }
};

QTEST_GUILESS_MAIN(tst_CliLaunch)
#include "tst_clilaunch.moc"
