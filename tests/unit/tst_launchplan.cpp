// SPDX-License-Identifier: Apache-2.0
#include "launch/LaunchPlan.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Wharf::Test {

namespace {

struct ShellRun
{
    int exitCode = -1;
    QByteArrayList words; // NUL-separated standard output
    QByteArray standardError;
};

// Pastes the line into sh, as a user would, with `environment` as the user's shell environment.
ShellRun runInShell(const QString &line, const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment())
{
    ShellRun run;
    const QString sh = QStandardPaths::findExecutable(u"sh"_s);
    if (sh.isEmpty())
        return run;
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(sh, {u"-c"_s, line});
    if (!process.waitForFinished(10000))
        return run;
    run.exitCode = process.exitCode();
    run.standardError = process.readAllStandardError();
    QByteArray output = process.readAllStandardOutput();
    if (output.endsWith('\0'))
        output.chop(1);
    run.words = output.isEmpty() ? QByteArrayList() : output.split('\0');
    return run;
}

QStringList decoded(const QByteArrayList &words)
{
    QStringList result;
    for (const QByteArray &word : words)
        result << QString::fromUtf8(word);
    return result;
}

} // namespace

class TestLaunchPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void commandLine_data()
    {
        QTest::addColumn<LaunchPlan>("plan");
        QTest::addColumn<QString>("expected");

        LaunchPlan plain;
        plain.program = u"docker"_s;
        plain.arguments = {u"run"_s, u"--rm"_s, u"-it"_s, u"-v"_s, u"/cvmfs:/cvmfs:rslave"_s, u"busybox"_s, u"sh"_s};
        QTest::newRow("plain") << plain << u"docker run --rm -it -v /cvmfs:/cvmfs:rslave busybox sh"_s;

        LaunchPlan quoted = plain;
        quoted.arguments = {u"run"_s, u"-e"_s, u"A=it's $(x)"_s, u"busybox"_s};
        QTest::newRow("quoted argument") << quoted << u"docker run -e 'A=it'\\''s $(x)' busybox"_s;

        LaunchPlan withEnvironment;
        withEnvironment.program = u"apptainer"_s;
        withEnvironment.arguments = {u"shell"_s, u"docker://docker.io/library/busybox"_s};
        withEnvironment.environment = {{u"APPTAINER_DOCKER_USERNAME"_s, u"alice"_s},
                                       {u"APPTAINERENV_X"_s, u"a b"_s}};
        withEnvironment.secretEnvironment = {u"APPTAINER_DOCKER_PASSWORD"_s};
        QTest::newRow("environment and secret")
            << withEnvironment
            << u"env APPTAINER_DOCKER_USERNAME=alice 'APPTAINERENV_X=a b' "
               "\"APPTAINER_DOCKER_PASSWORD=${APPTAINER_DOCKER_PASSWORD:?export APPTAINER_DOCKER_PASSWORD first}\" "
               "apptainer shell docker://docker.io/library/busybox"_s;

        LaunchPlan inFolder;
        inFolder.program = u"/cvmfs/cms.cern.ch/common/cmssw-el9"_s;
        inFolder.arguments = {u"-B"_s, u"/home/alice/ana"_s};
        inFolder.workingDirectory = u"/home/alice/ana"_s;
        QTest::newRow("working directory")
            << inFolder << u"cd /home/alice/ana && /cvmfs/cms.cern.ch/common/cmssw-el9 -B /home/alice/ana"_s;
    }

    void commandLine()
    {
        QFETCH(LaunchPlan, plan);
        QFETCH(QString, expected);
        QCOMPARE(plan.commandLine(), expected);
    }

    void argv()
    {
        LaunchPlan plan;
        plan.program = u"podman"_s;
        plan.arguments = {u"run"_s, u"x"_s};
        QCOMPARE(plan.argv(), (QStringList{u"podman"_s, u"run"_s, u"x"_s}));
    }

    // Pasting the line runs exactly the vector, in exactly the environment, from the folder.
    void roundTrip_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QList<EnvironmentVariable>>("environment");
        QTest::newRow("simple") << QStringList{u"a"_s} << QList<EnvironmentVariable>{};
        QTest::newRow("hostile arguments")
            << QStringList{u"$(touch /tmp/wharf-pwned)"_s, u"`id`"_s, u"a;b"_s, u"--rm"_s, u"-"_s, u"'"_s,
                           QString(), u"a\nb"_s, u"*"_s, u"~"_s, u"=ls"_s, u"x=y"_s, u"Grüße 😀"_s, u"\\"_s}
            << QList<EnvironmentVariable>{};
        QTest::newRow("hostile environment")
            << QStringList{u"x"_s}
            << QList<EnvironmentVariable>{{u"A"_s, u"it's $(touch /tmp/wharf-pwned); `id`"_s},
                                          {u"B"_s, u"line\nbreak"_s},
                                          {u"C"_s, QString()},
                                          {u"D_1"_s, u"-i"_s},
                                          {u"E"_s, u"=x=y"_s}};
    }

    void roundTrip()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QList<EnvironmentVariable>, environment);
        if (QStandardPaths::findExecutable(u"sh"_s).isEmpty() || QStandardPaths::findExecutable(u"env"_s).isEmpty())
            QSKIP("no sh or env on the PATH");
        QTemporaryDir base;
        QVERIFY(base.isValid());
        // A folder name a shell would love to misread.
        const QString folder = base.path() + u"/it's a $(dir);`x` & *"_s;
        QVERIFY(QDir().mkpath(folder));

        LaunchPlan plan;
        plan.program = u"printf"_s;
        plan.arguments = QStringList{u"%s\\0"_s} + arguments;
        plan.environment = environment;
        plan.workingDirectory = folder;
        const ShellRun argumentsRun = runInShell(plan.commandLine());
        QCOMPARE(argumentsRun.exitCode, 0);
        QCOMPARE(decoded(argumentsRun.words), arguments);

        // The environment, through GNU env -0 (NUL-separated).
        LaunchPlan environmentPlan = plan;
        environmentPlan.program = u"env"_s;
        environmentPlan.arguments = {u"-0"_s};
        const ShellRun environmentRun = runInShell(environmentPlan.commandLine());
        QCOMPARE(environmentRun.exitCode, 0);
        const QStringList printed = decoded(environmentRun.words);
        for (const EnvironmentVariable &variable : std::as_const(environment))
            QVERIFY2(printed.contains(variable.name + u'=' + variable.value), qPrintable(variable.name));

        // The working folder.
        LaunchPlan folderPlan = plan;
        folderPlan.program = u"sh"_s;
        folderPlan.arguments = {u"-c"_s, u"pwd -P | tr -d '\\n'; printf '\\0'"_s};
        const ShellRun folderRun = runInShell(folderPlan.commandLine());
        QCOMPARE(folderRun.exitCode, 0);
        QCOMPARE(decoded(folderRun.words), QStringList{QDir(folder).canonicalPath()});
        QVERIFY(!QFile::exists(u"/tmp/wharf-pwned"_s));
    }

    void secretComesFromTheUsersShell()
    {
        if (QStandardPaths::findExecutable(u"sh"_s).isEmpty())
            QSKIP("no sh on the PATH");
        const QString secret = u"s3cr'et $(touch /tmp/wharf-pwned) `id`"_s;
        LaunchPlan plan;
        plan.program = u"env"_s;
        plan.arguments = {u"-0"_s};
        plan.environment = {{u"USER_NAME"_s, u"alice"_s}};
        plan.secretEnvironment = {u"WHARF_TEST_PASSWORD"_s};
        const QString line = plan.commandLine();
        QVERIFY(!line.contains(secret));
        QVERIFY(line.contains(LaunchPlan::secretPlaceholder(u"WHARF_TEST_PASSWORD"_s)));

        // Set in the user's shell: the program gets it, unchanged and unexpanded.
        QProcessEnvironment withSecret = QProcessEnvironment::systemEnvironment();
        withSecret.insert(u"WHARF_TEST_PASSWORD"_s, secret);
        const ShellRun run = runInShell(line, withSecret);
        QCOMPARE(run.exitCode, 0);
        QVERIFY(decoded(run.words).contains(u"WHARF_TEST_PASSWORD="_s + secret));
        QVERIFY(!QFile::exists(u"/tmp/wharf-pwned"_s));

        // Not set: the shell stops with the message, and nothing runs.
        QProcessEnvironment without = QProcessEnvironment::systemEnvironment();
        without.remove(u"WHARF_TEST_PASSWORD"_s);
        const ShellRun refused = runInShell(line, without);
        QVERIFY(refused.exitCode != 0);
        QVERIFY(refused.words.isEmpty());
        QVERIFY2(refused.standardError.contains("export WHARF_TEST_PASSWORD first"), refused.standardError.constData());
    }
};

} // namespace Wharf::Test

QTEST_GUILESS_MAIN(Wharf::Test::TestLaunchPlan)
#include "tst_launchplan.moc"
