// SPDX-License-Identifier: Apache-2.0
// `wharf diagnose` as a user runs it: the real binary against a prepared filesystem tree
// (WHARF_DIAGNOSE_ROOT), exit codes, the JSON and the text output.
#include "WharfProcess.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>
#include <sys/sysmacros.h>

using namespace Qt::StringLiterals;

namespace {

using Run = Wharf::Test::WharfProcess::Outcome;

QJsonObject checkById(const QJsonObject &report, const QString &id)
{
    const QJsonArray checks = report.value(u"checks"_s).toArray();
    for (const QJsonValue &check : checks) {
        if (check.toObject().value(u"id"_s).toString() == id)
            return check.toObject();
    }
    return {};
}

} // namespace

class tst_CliDiagnose : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString root() const { return m_dir.path() + u"/root"_s; }
    QString home() const { return m_dir.path() + u"/home"_s; }

    bool write(const QString &logical, const QByteArray &content, bool executable = false) const
    {
        const QString path = root() + logical;
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(content) != content.size())
            return false;
        file.close();
        return !executable
            || QFile::setPermissions(
                path, QFile::permissions(path) | QFile::ExeOwner | QFile::ExeOther);
    }

    Run wharf(const QStringList &arguments, bool withRoot = true) const
    {
        QProcessEnvironment env = Wharf::Test::WharfProcess::isolatedEnvironment(home());
        env.insert(u"PATH"_s, u"/usr/bin:/bin"_s);
        if (withRoot)
            env.insert(u"WHARF_DIAGNOSE_ROOT"_s, root());
        Wharf::Test::WharfProcess wharf(env);
        wharf.setWorkingDirectory(home());
        return wharf.run(QStringList{u"diagnose"_s} + arguments);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(!qEnvironmentVariable("WHARF_BINARY").isEmpty(),
            "WHARF_BINARY names the wharf executable");
        QVERIFY(QDir().mkpath(home()));
        // A healthy Linux computer with CVMFS, Apptainer, SELinux enforcing.
        QVERIFY(write(u"/sys/fs/selinux/enforce"_s, "1\n"));
        QVERIFY(write(u"/proc/filesystems"_s, "nodev\tsysfs\nnodev\tfuse\n\text4\n"));
        QVERIFY(write(u"/proc/self/mountinfo"_s,
            "27 1 254:1 / / rw,relatime shared:1 - ext4 /dev/vda1 rw\n"
            "40 27 0:35 / /cvmfs rw,relatime shared:21 - autofs /etc/auto.cvmfs rw\n"));
        QVERIFY(write(u"/cvmfs/cms.cern.ch/README"_s, "cms\n"));
        QVERIFY(write(u"/cvmfs/unpacked.cern.ch/registry.hub.docker.com/.keep"_s, ""));
        QVERIFY(write(u"/usr/bin/cvmfs_config"_s, "#!/bin/sh\nexit 0\n", true));
        QVERIFY(write(
            u"/usr/bin/apptainer"_s, "#!/bin/sh\necho 'apptainer version 1.2.5-1.el9'\n", true));
        QVERIFY(QDir().mkpath(root() + u"/dev"_s));
        const QByteArray fuse = QFile::encodeName(root() + u"/dev/fuse"_s);
        if (::mknod(fuse.constData(), S_IFCHR | 0666, makedev(1, 3)) != 0)
            QVERIFY(QFile::link(u"/dev/null"_s, root() + u"/dev/fuse"_s));
    }

    void healthyTreeExitsZero()
    {
        const Run run = wharf({ u"--json"_s });
        QJsonParseError error;
        const QJsonObject report = QJsonDocument::fromJson(run.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        // Checks added later (the engine checks, and the registry check, which asks the default
        // registries on the network) may fail here, where no engine runs and the network may be
        // closed: for them only the exit code's agreement with the summary is asserted.
        const int failed = report.value(u"summary"_s).toObject().value(u"failed"_s).toInt();
        QCOMPARE(run.exitCode, failed > 0 ? 1 : 0);
        QVERIFY(report.value(u"checks"_s).toArray().size() >= 9);
        QVERIFY(report.value(u"symptom"_s).isNull());
        QCOMPARE(checkById(report, u"selinux"_s).value(u"status"_s).toString(), u"warning"_s);
        QCOMPARE(checkById(report, u"dev-fuse"_s).value(u"status"_s).toString(), u"ok"_s);
        QCOMPARE(checkById(report, u"cvmfs-repositories"_s).value(u"status"_s).toString(), u"ok"_s);
        QCOMPARE(checkById(report, u"cvmfs-client"_s).value(u"status"_s).toString(), u"ok"_s);
        QCOMPARE(checkById(report, u"mount-propagation"_s).value(u"status"_s).toString(), u"ok"_s);
        QCOMPARE(checkById(report, u"apptainer"_s).value(u"status"_s).toString(), u"ok"_s);
        QCOMPARE(checkById(report, u"docker-desktop-file-sharing"_s).value(u"status"_s).toString(),
            u"not-applicable"_s);
        QCOMPARE(checkById(report, u"architecture"_s).value(u"group"_s).toString(), u"host"_s);
        const QJsonArray evidence = checkById(report, u"selinux"_s).value(u"evidence"_s).toArray();
        QCOMPARE(evidence.first().toString(), u"/sys/fs/selinux/enforce: 1 (enforcing)"_s);
        for (const QJsonValue &check : report.value(u"checks"_s).toArray()) {
            const QJsonObject object = check.toObject();
            const QString id = object.value(u"id"_s).toString();
            if (!id.startsWith(u"engine"_s) && id != u"registries"_s)
                QVERIFY2(object.value(u"status"_s).toString() != u"failed"_s,
                    qPrintable(object.value(u"id"_s).toString()));
        }
    }

    void textOutput()
    {
        const Run run = wharf({});
        QVERIFY(run.exitCode == 0 || run.exitCode == 1);
        const QString text = QString::fromUtf8(run.out);
        QVERIFY2(text.contains(u"\nCVMFS\n"_s), run.out.constData());
        QVERIFY(text.contains(u"\nHost security\n"_s));
        QVERIFY(text.contains(u"[WARNING]"_s));
        QVERIFY(text.contains(u"SELinux mode: SELinux is enforcing"_s));
        QVERIFY(text.contains(u"How to fix it:"_s));
        QVERIFY(text.contains(u"$ sudo setenforce 0"_s));
        QVERIFY(text.contains(u"/cvmfs answers: cms.cern.ch, unpacked.cern.ch."_s));
        QVERIFY(text.contains(u"\nSummary: "_s));
    }

    void symptomPicksTheChecks()
    {
        const Run run = wharf({ u"--symptom"_s, u"cvmfs-missing"_s, u"--json"_s });
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        QCOMPARE(report.value(u"symptom"_s).toString(), u"cvmfs-missing"_s);
        QVERIFY(report.value(u"checks"_s).toArray().size() >= 6);
        QVERIFY(!checkById(report, u"cvmfs-repositories"_s).isEmpty());
        QVERIFY(checkById(report, u"architecture"_s).isEmpty());
        QVERIFY(checkById(report, u"apptainer"_s).isEmpty());
        const Run equals = wharf({ u"--symptom=pull-fails"_s, u"--json"_s });
        QVERIFY(
            !checkById(QJsonDocument::fromJson(equals.out).object(), u"architecture"_s).isEmpty());
    }

    void aFailedCheckExitsOne()
    {
        QVERIFY(QFile::remove(root() + u"/dev/fuse"_s));
        QVERIFY(QFile::remove(root() + u"/cvmfs/cms.cern.ch/README"_s));
        const Run run = wharf({ u"--json"_s });
        QFile::link(u"/dev/null"_s, root() + u"/dev/fuse"_s);
        write(u"/cvmfs/cms.cern.ch/README"_s, "cms\n");
        QCOMPARE(run.exitCode, 1);
        const QJsonObject report = QJsonDocument::fromJson(run.out).object();
        QVERIFY(report.value(u"summary"_s).toObject().value(u"failed"_s).toInt() >= 2);
        const QJsonObject fuse = checkById(report, u"dev-fuse"_s);
        QCOMPARE(fuse.value(u"status"_s).toString(), u"failed"_s);
        QCOMPARE(fuse.value(u"fixCommands"_s).toArray().first().toArray(),
            QJsonArray({ u"sudo"_s, u"modprobe"_s, u"fuse"_s }));
        QCOMPARE(fuse.value(u"catalogueId"_s).toString(), u"host-dev-fuse-missing"_s);
        const QJsonObject cvmfs = checkById(report, u"cvmfs-repositories"_s);
        QCOMPARE(cvmfs.value(u"status"_s).toString(), u"failed"_s);
        QVERIFY(
            cvmfs.value(u"summary"_s).toString().contains(u"cms.cern.ch (empty: not mounted)"_s));
    }

    void missingCvmfsAltogether()
    {
        QTemporaryDir empty;
        QVERIFY(empty.isValid());
        QProcessEnvironment env = Wharf::Test::WharfProcess::isolatedEnvironment(home());
        env.insert(u"PATH"_s, u"/usr/bin:/bin"_s);
        env.insert(u"WHARF_DIAGNOSE_ROOT"_s, empty.path());
        const Run run = Wharf::Test::WharfProcess(env).run({ u"diagnose"_s, u"--symptom"_s, u"cvmfs-missing"_s });
        QCOMPARE(run.exitCode, 1);
        const QString text = QString::fromUtf8(run.out);
        QVERIFY(text.contains(u"CVMFS is not mounted on this computer: /cvmfs does not exist."_s));
        QVERIFY(text.contains(u"$ sudo cvmfs_config setup"_s));
        QVERIFY(text.contains(u"This computer has no /dev/fuse"_s));
    }

    void usageErrorsExitTwo()
    {
        const Run unknownSymptom = wharf({ u"--symptom"_s, u"its-broken"_s });
        QCOMPARE(unknownSymptom.exitCode, 2);
        QVERIFY(unknownSymptom.err.contains("its-broken"));
        QVERIFY(unknownSymptom.err.contains(
            "cvmfs-missing, permission-denied, pull-fails, container-exits, login-fails, other"));
        QVERIFY(unknownSymptom.out.isEmpty());
        QCOMPARE(wharf({ u"--symptom"_s }).exitCode, 2);
        const Run unknownOption = wharf({ u"--frobnicate"_s });
        QCOMPARE(unknownOption.exitCode, 2);
        QVERIFY(unknownOption.err.contains("Usage: wharf diagnose"));
        const Run help = wharf({ u"--help"_s });
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("--symptom"));
    }

    void listedInTheMainHelp()
    {
        QProcess process;
        process.start(qEnvironmentVariable("WHARF_BINARY"), { u"--help"_s });
        QVERIFY(process.waitForFinished(30000));
        QVERIFY(process.readAllStandardOutput().contains("diagnose [--symptom SYMPTOM] [--json]"));
    }
};

QTEST_GUILESS_MAIN(tst_CliDiagnose)
#include "tst_clidiagnose.moc"
