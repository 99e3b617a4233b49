// SPDX-License-Identifier: Apache-2.0
// HostAccess (issue 7, Flatpak): reading /.flatpak-info (hostile files included), the
// flatpak-spawn vector built for a host command, the environment a prepared QProcess carries
// to the host, and program lookup in the host's files as the sandbox sees them.
#include "base/HostAccess.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Wharf::HostAccess;

namespace {

void writeExecutable(const QString &path, bool executable = true)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("#!/bin/sh\n");
    file.close();
    if (executable)
        file.setPermissions(file.permissions() | QFileDevice::ExeOwner);
}

} // namespace

class tst_HostAccess : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseFlatpakInfo_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("appId"); // empty: an error

        QTest::newRow("flatpak's own") << "[Application]\nname=cern.wharf.Wharf\nruntime=runtime/org.kde.Platform/x86_64/6.10\n\n"
                                          "[Instance]\ninstance-id=123\nflatpak-version=1.14.4\n"_ba
                                       << u"cern.wharf.Wharf"_s;
        QTest::newRow("crlf and spaces") << "\r\n[Application]\r\n name = org.example.App \r\n"_ba << u"org.example.App"_s;
        QTest::newRow("comments first") << "# written by flatpak\n; again\n[Application]\nname=a.b.c\n"_ba << u"a.b.c"_s;
        QTest::newRow("name in another section") << "[Instance]\nname=cern.wharf.Wharf\n"_ba << QString();
        QTest::newRow("no name") << "[Application]\nruntime=x\n"_ba << QString();
        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("two elements") << "[Application]\nname=wharf.app\n"_ba << QString();
        QTest::newRow("empty element") << "[Application]\nname=cern..Wharf\n"_ba << QString();
        QTest::newRow("digit first") << "[Application]\nname=cern.1wharf.App\n"_ba << QString();
        QTest::newRow("shell characters") << "[Application]\nname=cern.wharf.$(reboot)\n"_ba << QString();
        QTest::newRow("path") << "[Application]\nname=../../etc/passwd\n"_ba << QString();
        QTest::newRow("embedded NUL") << QByteArray("[Application]\nname=a.b.c\0x\n", 26) << QString();
        QTest::newRow("unterminated section") << "[Application\nname=a.b.c\n"_ba << QString();
        QTest::newRow("binary garbage") << QByteArray(4096, '\xff') << QString();
        QTest::newRow("huge") << "[Application]\nname=a.b.c\n"_ba + QByteArray(100 * 1024, 'x') << QString();
        QTest::newRow("id too long") << "[Application]\nname=a.b."_ba + QByteArray(300, 'c') + "\n"_ba << QString();
        QTest::newRow("name= prefix key") << "[Application]\nnamex=a.b.c\n"_ba << QString();
    }
    void parseFlatpakInfo()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, appId);
        const auto parsed = HostAccess::parseFlatpakInfo(content);
        if (appId.isEmpty()) {
            QVERIFY(!parsed.ok());
            QVERIFY(!parsed.error().message().isEmpty());
        } else {
            QVERIFY2(parsed.ok(), qPrintable(parsed.ok() ? QString() : parsed.error().message()));
            QCOMPARE(*parsed, appId);
        }
    }

    void detect()
    {
        QTemporaryDir dir;
        QVERIFY(!HostAccess::detect(dir.filePath(u"missing"_s)).isSandboxed());

        QFile info(dir.filePath(u"flatpak-info"_s));
        QVERIFY(info.open(QIODevice::WriteOnly));
        info.write("[Application]\nname=org.example.Other\n");
        info.close();
        const HostAccess found = HostAccess::detect(info.fileName());
        QVERIFY(found.isSandboxed());
        QCOMPARE(found.appId(), u"org.example.Other"_s);

        // An unreadable id is still a sandbox: host programs must go through flatpak-spawn.
        QVERIFY(info.open(QIODevice::WriteOnly | QIODevice::Truncate));
        info.write("garbage");
        info.close();
        const HostAccess broken = HostAccess::detect(info.fileName());
        QVERIFY(broken.isSandboxed());
        QCOMPARE(broken.appId(), u"cern.wharf.Wharf"_s);
    }

    void hostCommandOutsideIsTheCommand()
    {
        const HostAccess none;
        const QStringList argv{u"/usr/bin/podman"_s, u"ps"_s, u"--all"_s};
        QCOMPARE(none.hostCommand(argv, {{u"A"_s, u"1"_s}}, u"/tmp"_s), argv);
        QCOMPARE(none.selfCommand(u"/usr/bin/wharf"_s), QStringList{u"/usr/bin/wharf"_s});
    }

    void hostCommandInsideGoesThroughFlatpakSpawn()
    {
        const HostAccess sandbox = HostAccess::flatpak(u"cern.wharf.Wharf"_s, u"/usr/bin/flatpak-spawn"_s, u"/run/host"_s);
        QVERIFY(sandbox.isSandboxed());
        const QStringList command = sandbox.hostCommand({u"/usr/bin/podman"_s, u"run"_s, u"--rm"_s, u"it's"_s},
                                                        {{u"LC_ALL"_s, u"C"_s}, {u"EMPTY"_s, QString()}}, u"/home/u/analysis"_s);
        const QStringList expected{u"/usr/bin/flatpak-spawn"_s, u"--host"_s,      u"--watch-bus"_s,
                                   u"--directory=/home/u/analysis"_s, u"--env=LC_ALL=C"_s, u"--env=EMPTY="_s,
                                   u"/usr/bin/podman"_s, u"run"_s, u"--rm"_s, u"it's"_s};
        QCOMPARE(command, expected);

        // No directory: the home folder, which the host has too (the sandbox's own may not exist there).
        const QStringList bare = sandbox.hostCommand({u"podman"_s});
        QCOMPARE(bare.at(3), u"--directory="_s + QDir::homePath());
        QCOMPARE(bare.last(), u"podman"_s);
        // A program that looks like an option would be read as one by flatpak-spawn.
        QCOMPARE(sandbox.hostCommand({u"-rf"_s}).last(), u"./-rf"_s);
        QVERIFY(sandbox.hostCommand({}).isEmpty());
    }

    void prepareCarriesOnlyWhatDiffers()
    {
        const HostAccess sandbox = HostAccess::flatpak(u"cern.wharf.Wharf"_s, u"/stand-in/flatpak-spawn"_s, u"/run/host"_s);
        const QProcessEnvironment own = QProcessEnvironment::systemEnvironment();
        QProcessEnvironment environment = own;
        environment.insert(u"LC_ALL"_s, u"C"_s);
        environment.insert(u"WHARF_TEST_ADDED"_s, u"a value with spaces"_s);
        environment.insert(u"DOCKER_HOST"_s, u"unix:///run/user/1000/docker.sock"_s);

        QProcess process;
        process.setProgram(u"/usr/bin/docker"_s);
        process.setArguments({u"info"_s});
        process.setProcessEnvironment(environment);
        process.setWorkingDirectory(u"/srv/data"_s);
        sandbox.prepare(process);

        QCOMPARE(process.program(), u"/stand-in/flatpak-spawn"_s);
        const QStringList arguments = process.arguments();
        QCOMPARE(arguments.mid(0, 3), (QStringList{u"--host"_s, u"--watch-bus"_s, u"--directory=/srv/data"_s}));
        QVERIFY(arguments.contains(u"--env=WHARF_TEST_ADDED=a value with spaces"_s));
        QVERIFY(arguments.contains(u"--env=DOCKER_HOST=unix:///run/user/1000/docker.sock"_s));
        if (own.value(u"LC_ALL"_s) != u"C"_s)
            QVERIFY(arguments.contains(u"--env=LC_ALL=C"_s));
        // The sandbox's own variables stay in the sandbox: PATH there is /app/bin:/usr/bin.
        if (own.contains(u"PATH"_s))
            QVERIFY(!arguments.contains(u"--env=PATH="_s + own.value(u"PATH"_s)));
        QCOMPARE(arguments.mid(arguments.size() - 2), (QStringList{u"/usr/bin/docker"_s, u"info"_s}));
        // flatpak-spawn itself runs in the sandbox, as this process does.
        QCOMPARE(process.workingDirectory(), QString());
        QCOMPARE(process.processEnvironment().value(u"WHARF_TEST_ADDED"_s), QString());

        // Outside a sandbox nothing changes.
        QProcess plain;
        plain.setProgram(u"/usr/bin/docker"_s);
        plain.setArguments({u"info"_s});
        HostAccess().prepare(plain);
        QCOMPARE(plain.program(), u"/usr/bin/docker"_s);
        QCOMPARE(plain.arguments(), QStringList{u"info"_s});
    }

    void findProgramInTheHostsFiles()
    {
        QTemporaryDir host;
        writeExecutable(host.filePath(u"usr/bin/podman"_s));
        writeExecutable(host.filePath(u"usr/local/bin/apptainer"_s));
        writeExecutable(host.filePath(u"usr/bin/notes"_s), false);
        writeExecutable(host.filePath(u"app/bin/docker"_s));
        writeExecutable(host.filePath(u"opt/tools/xterm"_s));

        const HostAccess sandbox = HostAccess::flatpak(u"cern.wharf.Wharf"_s, u"/usr/bin/flatpak-spawn"_s, host.path() + u'/');
        const QStringList sandboxPath{u"/app/bin"_s, u"/usr/bin"_s};
        // The host path, without the prefix the sandbox sees it under.
        QCOMPARE(sandbox.findProgram(u"podman"_s, sandboxPath), u"/usr/bin/podman"_s);
        // The host's standard directories are searched though the sandbox's PATH lacks them.
        QCOMPARE(sandbox.findProgram(u"apptainer"_s, sandboxPath), u"/usr/local/bin/apptainer"_s);
        // The sandbox's own programs are not the host's.
        QCOMPARE(sandbox.findProgram(u"docker"_s, sandboxPath), QString());
        QCOMPARE(sandbox.findProgram(u"notes"_s, sandboxPath), QString());
        // Other directories given are looked at on the host.
        QCOMPARE(sandbox.findProgram(u"xterm"_s, {u"/opt/tools"_s}), u"/opt/tools/xterm"_s);
        QCOMPARE(sandbox.findProgram(u"/usr/bin/podman"_s, {}), u"/usr/bin/podman"_s);
        QCOMPARE(sandbox.findProgram(u"/usr/bin/notes"_s, {}), QString());
        // Hostile names never leave the directories.
        QCOMPARE(sandbox.findProgram(u"../bin/podman"_s, sandboxPath), QString());
        QCOMPARE(sandbox.findProgram(QString(), sandboxPath), QString());
        QCOMPARE(sandbox.selfCommand(u"/app/bin/wharf"_s).mid(1),
                 (QStringList{u"run"_s, u"--command=wharf"_s, u"cern.wharf.Wharf"_s}));

        // Under a prepared tree: relative and /cvmfs directories are skipped.
        QCOMPARE(HostAccess::findProgramUnder(host.path(), u"podman"_s, {u"usr/bin"_s, u"/cvmfs/x/bin"_s}), QString());
        QCOMPARE(HostAccess::findProgramUnder(host.path(), u"podman"_s, {u"/usr/bin"_s}), host.filePath(u"usr/bin/podman"_s));
    }

    void sharedTemporaryDirectory()
    {
        QCOMPARE(HostAccess().sharedTemporaryDirectory(), QDir::tempPath());
        const QString shared = HostAccess::flatpak(u"cern.wharf.Wharf"_s).sharedTemporaryDirectory();
        QVERIFY2(shared.endsWith(u"/app/cern.wharf.Wharf"_s), qPrintable(shared));
    }
};

QTEST_GUILESS_MAIN(tst_HostAccess)
#include "tst_hostaccess.moc"
