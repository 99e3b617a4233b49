// SPDX-License-Identifier: Apache-2.0
// `wharf explain`, run as the real binary: stdin and file input, --json, exit codes.
#include "WharfProcess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Wharf::Test {

namespace {

using Run = Wharf::Test::WharfProcess::Outcome;

} // namespace

class TestCliExplain : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    Run wharf(const QStringList &arguments, const QByteArray &input = {}, bool closeInput = true)
    {
        QProcessEnvironment env = Wharf::Test::WharfProcess::isolatedEnvironment(m_home.path());
        env.insert(u"USER"_s, u"alice"_s);
        env.insert(u"LANG"_s, u"C.UTF-8"_s);
        Wharf::Test::WharfProcess wharf(env);
        wharf.setInput(input.isEmpty() ? QByteArray() : input, closeInput);
        wharf.setTimeout(30000);
        return wharf.run(QStringList{u"explain"_s} + arguments);
    }

    QString writeFile(const QString &name, const QByteArray &contents)
    {
        const QString path = m_home.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
            return {};
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY2(!qEnvironmentVariable("WHARF_BINARY").isEmpty(), "WHARF_BINARY names the wharf executable");
    }

    void explainsStdin()
    {
        const Run run = wharf({}, "Got permission denied while trying to connect to the Docker daemon socket at "
                                  "unix:///var/run/docker.sock: Get \"http://%2Fvar%2Frun%2Fdocker.sock/v1.24/info\": "
                                  "dial unix /var/run/docker.sock: connect: permission denied\n");
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.out.startsWith("What went wrong: "), run.out.constData());
        QVERIFY(run.out.contains("\nWhy: "));
        QVERIFY(run.out.contains("\nHow to fix it:\n  1. "));
        // The placeholder is filled with the user's name, and the command is shell-quoted.
        QVERIFY2(run.out.contains("Commands: sudo usermod -aG docker alice\n"), run.out.constData());
        QVERIFY(run.out.contains("systemctl --user start podman.socket"));
        QVERIFY(run.out.contains("More: "));
        QVERIFY(run.out.contains("https://docs.docker.com/engine/install/linux-postinstall/"));
    }

    void explainsFileWithSeveralErrors()
    {
        const QString path = writeFile(u"log.txt"_s,
            "\x1b[1;31mError:\x1b[0m short-name \"cmssw/cc7\" did not resolve to an alias and no unqualified-search "
            "registries are defined in \"/etc/containers/registries.conf\"\r\n"
            "ls: cannot access '/cvmfs/cms.cern.ch': No such file or directory\r\n");
        QVERIFY(!path.isEmpty());
        const Run run = wharf({path});
        QVERIFY2(run.exitCode == 0, run.err.constData());
        // Both, the longer excerpt first, separated by a blank line.
        const qsizetype shortName = run.out.indexOf("Podman does not know which registry");
        const qsizetype cvmfs = run.out.indexOf("A CVMFS path does not exist");
        QVERIFY2(shortName >= 0 && cvmfs > shortName, run.out.constData());
        QVERIFY(run.out.contains("\n\nWhat went wrong: "));
    }

    void jsonOutput()
    {
        const Run run = wharf({u"--json"_s}, "docker: Error response from daemon: toomanyrequests: You have reached your "
                                             "pull rate limit.\n");
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(document.isArray());
        const QJsonArray matches = document.array();
        QCOMPARE(matches.size(), 1);
        const QJsonObject match = matches.first().toObject();
        QCOMPARE(match.value(u"id"_s).toString(), u"dockerhub-rate-limit"_s);
        QVERIFY(!match.value(u"title"_s).toString().isEmpty());
        QVERIFY(!match.value(u"cause"_s).toString().isEmpty());
        QVERIFY(!match.value(u"fix"_s).toArray().isEmpty());
        QVERIFY(match.value(u"links"_s).toArray().first().toObject().value(u"url"_s).toString().startsWith(u"https://"_s));
        const QJsonArray actions = match.value(u"actions"_s).toArray();
        QVERIFY(!actions.isEmpty());
        QCOMPARE(actions.first().toObject().value(u"kind"_s).toString(), u"copy-command"_s);
        QCOMPARE(actions.first().toObject().value(u"command"_s).toArray(),
                 (QJsonArray{u"docker"_s, u"login"_s}));
        QVERIFY(match.value(u"excerpt"_s).toString().contains(u"toomanyrequests"_s, Qt::CaseInsensitive)
                || match.value(u"excerpt"_s).toString().contains(u"pull rate limit"_s));

        const Run none = wharf({u"--json"_s}, "all good\n");
        QCOMPARE(none.exitCode, 1);
        QCOMPARE(QJsonDocument::fromJson(none.out).array().size(), 0);
        QVERIFY(QJsonDocument::fromJson(none.out).isArray());
    }

    void unknownTextIsEchoed()
    {
        const QByteArray text = "frobnicator: the flux capacitor is not charged (code 88)\nsecond line\n";
        const Run run = wharf({}, text);
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.out.startsWith("No known error matches this text; it is shown verbatim below so you can report it:\n"),
                 run.out.constData());
        QVERIFY(run.out.endsWith(text));
    }

    void hostileInput()
    {
        // Invalid UTF-8, NULs and 6 MiB of noise before a known message: only the end counts.
        QByteArray noise(6 * 1024 * 1024, 'x');
        noise.append("\xff\xfe\0\0\xc3\n", 6);
        noise.append("Transport endpoint is not connected\n");
        const QString path = writeFile(u"big.log"_s, noise);
        QVERIFY(!path.isEmpty());
        const Run run = wharf({path, u"--json"_s});
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(QJsonDocument::fromJson(run.out).array().first().toObject().value(u"id"_s).toString(),
                 u"cvmfs-transport-endpoint"_s);
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QByteArray>("errorFragment");
        QTest::newRow("unknown option") << QStringList{u"--frobnicate"_s} << "unknown option"_ba;
        QTest::newRow("two files") << QStringList{u"a.txt"_s, u"b.txt"_s} << "one file"_ba;
        QTest::newRow("missing file") << QStringList{u"/nonexistent/wharf-explain.txt"_s} << "cannot read"_ba;
        QTest::newRow("directory") << QStringList{u"/"_s} << "cannot read"_ba;
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QByteArray, errorFragment);
        const Run run = wharf(arguments, "Transport endpoint is not connected\n");
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(errorFragment), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }

    void emptyInputIsAUsageError()
    {
        const Run run = wharf({});
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.err.contains("empty"));
    }

    void help()
    {
        const Run run = wharf({u"--help"_s});
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("wharf explain"));
    }
};

} // namespace Wharf::Test

QTEST_GUILESS_MAIN(Wharf::Test::TestCliExplain)
#include "tst_cliexplain.moc"
