// SPDX-License-Identifier: Apache-2.0
// `wharf unpacked list|recipe` through the binary: a fixture tree in the real layout (relative
// links into .flat, hidden trees, variant links, broken links, names that are not UTF-8), the
// filter, JSON, missing roots explained, a FUSE file system whose readdir hangs (named on
// standard error, the command still ends, SIGTERM stops it), and recipe lines for valid and
// hostile references.
#include "HangingFuseMount.h"
#include "TestServices.h"
#include "UnpackedFixture.h"
#include "WharfProcess.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <memory>
#include <unistd.h>

using namespace Qt::StringLiterals;
using Wharf::Test::UnpackedFixture;

namespace {

using Run = Wharf::Test::WharfProcess::Outcome;

struct Line
{
    QString reference;
    QString path;
    QString synced;
    QString runnable;
};

QList<Line> parseLines(const QByteArray &out)
{
    QList<Line> lines;
    for (const QByteArray &raw : out.split('\n')) {
        if (raw.isEmpty())
            continue;
        const QList<QByteArray> cells = raw.split('\t');
        if (cells.size() != 4)
            return { { u"<bad line: "_s + QString::fromUtf8(raw) + u'>', {}, {}, {} } };
        lines.append({ QString::fromUtf8(cells[0]), QString::fromUtf8(cells[1]), QString::fromUtf8(cells[2]),
            QString::fromUtf8(cells[3]) });
    }
    return lines;
}

const Line *findPath(const QList<Line> &lines, const QString &path)
{
    for (const Line &line : lines) {
        if (line.path == path)
            return &line;
    }
    return nullptr;
}

} // namespace

class tst_CliUnpacked : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    QTemporaryDir m_dir;
    QString m_root;
    std::unique_ptr<UnpackedFixture> m_fixture;
    Wharf::Test::HangingFuseMount m_fuse;
    QString m_mountpoint;

    Run wharf(const QStringList &arguments, int timeoutMs = 60000)
    {
        Wharf::Test::WharfProcess process(Wharf::Test::WharfProcess::isolatedEnvironment(m_home.path()));
        process.setWorkingDirectory(m_home.path());
        process.setTimeout(timeoutMs);
        return process.run(QStringList { u"unpacked"_s } + arguments);
    }

    void startFuse()
    {
        WHARF_REQUIRE_SERVICE(Wharf::Test::HangingFuseMount::missingReason());
        m_mountpoint = m_dir.filePath(u"hanging"_s);
        const QString mounted = m_fuse.mount(m_mountpoint);
        QVERIFY2(mounted.isEmpty(), qPrintable(mounted));
    }

    void stopFuse() { m_fuse.unmount(); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        QVERIFY(m_dir.isValid());
        QVERIFY2(QFile::exists(Wharf::Test::WharfProcess::binary()), "WHARF_BINARY is not set or missing");
        m_root = m_dir.filePath(u"unpacked.cern.ch"_s);
        m_fixture = std::make_unique<UnpackedFixture>(m_root);
        m_fixture->buildTypical();
    }

    void cleanup() { stopFuse(); }

    void listsEveryNameOfTheTree()
    {
        const Run run = wharf({ u"list"_s, u"--root"_s, m_root });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY2(run.err.isEmpty(), run.err.constData());
        const QList<Line> lines = parseLines(run.out);
        QCOMPARE(lines.size(), UnpackedFixture::Typical::Tags);

        const Line *el8 = findPath(lines, m_root + u"/registry.hub.docker.com/cmssw/el8:x86_64"_s);
        QVERIFY2(el8, run.out.constData());
        QCOMPARE(el8->reference, u"docker.io/cmssw/el8:x86_64"_s);
        QCOMPARE(el8->synced, u"2024-05-01T12:00:00Z"_s);
        QCOMPARE(el8->runnable, u"runnable"_s);
        QCOMPARE(findPath(lines, m_root + u"/host.example.org:5005/group/notrunnable:1"_s)->runnable, u"not-runnable"_s);
        QCOMPARE(findPath(lines, m_root + u"/gitlab-registry.cern.ch/broken/gone:1"_s)->runnable, u"broken-link"_s);
        QCOMPARE(findPath(lines, m_root + u"/gitlab-registry.cern.ch/outside/escape:1"_s)->runnable, u"outside-root"_s);
        QCOMPARE(findPath(lines, m_root + u"/docker.io/user/multi:latest"_s)->runnable, u"runnable"_s);
        QCOMPARE(findPath(lines, m_root + u"/registry.hub.docker.com/inplace/old:1"_s)->runnable, u"runnable"_s);
        // Hidden trees, the FIFO, files and the top-level link are not images.
        QVERIFY(!run.out.contains("/.flat"));
        QVERIFY(!run.out.contains("podmanStore"));
        QVERIFY(!run.out.contains("pipe:1"));
        QVERIFY(!run.out.contains("README.md"));

        // The name that is not UTF-8: escaped, and the output is clean UTF-8 without control
        // characters but the separators.
        QVERIFY2(findPath(lines, m_root + u"/gitlab-registry.cern.ch/weird/caf\\xe9-\\xff:1"_s), run.out.constData());
        QVERIFY(QString::fromUtf8(run.out).toUtf8() == run.out);
        for (const char c : run.out)
            QVERIFY2(uchar(c) >= 0x20 || c == '\t' || c == '\n', run.out.constData());

        // Sorted by reference, then path.
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const Line &a = lines.at(i - 1);
            const Line &b = lines.at(i);
            QVERIFY2(a.reference < b.reference || (a.reference == b.reference && a.path < b.path),
                qPrintable(a.reference + u" / "_s + b.reference));
        }
    }

    void noCheckSkipsTheTargets()
    {
        const Run run = wharf({ u"list"_s, u"--root="_s + m_root, u"--no-check"_s });
        QCOMPARE(run.exitCode, 0);
        const QList<Line> lines = parseLines(run.out);
        QCOMPARE(lines.size(), UnpackedFixture::Typical::Tags);
        QCOMPARE(findPath(lines, m_root + u"/registry.hub.docker.com/cmssw/el8:x86_64"_s)->runnable, u"unchecked"_s);
    }

    void filterMatchesLikeThePage_data()
    {
        QTest::addColumn<QString>("filter");
        QTest::addColumn<QStringList>("expected"); // paths below the root
        QTest::newRow("two words, any case") << u"CMSSW el8"_s
                                             << QStringList { u"registry.hub.docker.com/cmssw/el8"_s,
                                                    u"registry.hub.docker.com/cmssw/el8:latest"_s,
                                                    u"registry.hub.docker.com/cmssw/el8:x86_64"_s };
        QTest::newRow("a host") << u"host.example.org"_s << QStringList { u"host.example.org:5005/group/notrunnable:1"_s };
        QTest::newRow("deep namespace") << u"b/c/d"_s << QStringList { u"gitlab-registry.cern.ch/a/b/c/d/deep-image:1.0"_s };
        QTest::newRow("nothing") << u"no-such-image"_s << QStringList {};
    }

    void filterMatchesLikeThePage()
    {
        QFETCH(QString, filter);
        QFETCH(QStringList, expected);
        const Run run = wharf({ u"list"_s, u"--root"_s, m_root, u"--filter"_s, filter });
        QCOMPARE(run.exitCode, 0);
        QStringList paths;
        for (const Line &line : parseLines(run.out))
            paths.append(line.path.mid(m_root.size() + 1));
        paths.sort();
        QCOMPARE(paths, expected);
        if (expected.isEmpty())
            QVERIFY2(run.err.contains("no image matches \"no-such-image\""), run.err.constData());
    }

    void jsonHasStableFields()
    {
        const Run run = wharf({ u"list"_s, u"--root"_s, m_root, u"--json"_s });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(run.out, &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(document.isArray());
        const QJsonArray array = document.array();
        QCOMPARE(array.size(), UnpackedFixture::Typical::Tags);
        QHash<QString, QJsonObject> byPath;
        for (const QJsonValue &value : array) {
            const QJsonObject object = value.toObject();
            for (const QString &field : { u"reference"_s, u"publicName"_s, u"path"_s, u"root"_s, u"target"_s, u"imageId"_s,
                     u"synced"_s, u"runnable"_s, u"state"_s, u"architectures"_s, u"defaultArchitecture"_s })
                QVERIFY2(object.contains(field), qPrintable(field));
            byPath.insert(object.value(u"path"_s).toString(), object);
        }
        const QJsonObject el8 = byPath.value(m_root + u"/registry.hub.docker.com/cmssw/el8:x86_64"_s);
        QCOMPARE(el8.value(u"reference"_s).toString(), u"docker.io/cmssw/el8:x86_64"_s);
        QCOMPARE(el8.value(u"publicName"_s).toString(), u"registry.hub.docker.com/cmssw/el8:x86_64"_s);
        QCOMPARE(el8.value(u"root"_s).toString(), m_root);
        QVERIFY(el8.value(u"target"_s).toString().startsWith(u".flat/"_s));
        QVERIFY(el8.value(u"imageId"_s).toString().startsWith(u"sha256:"_s));
        QCOMPARE(el8.value(u"synced"_s).toString(), u"2024-05-01T12:00:00Z"_s);
        QCOMPARE(el8.value(u"runnable"_s), QJsonValue(true));
        QCOMPARE(el8.value(u"state"_s).toString(), u"runnable"_s);
        const QJsonObject multi = byPath.value(m_root + u"/docker.io/user/multi:latest"_s);
        QCOMPARE(multi.value(u"architectures"_s).toArray(), (QJsonArray { u"amd64"_s, u"arm64"_s }));
        QCOMPARE(multi.value(u"defaultArchitecture"_s).toString(), u"amd64"_s);
        const QJsonObject broken = byPath.value(m_root + u"/gitlab-registry.cern.ch/broken/gone:1"_s);
        QCOMPARE(broken.value(u"runnable"_s), QJsonValue(false));
        QCOMPARE(broken.value(u"state"_s).toString(), u"broken-link"_s);
    }

    void rootsComeFromTheSettings()
    {
        {
            QSettings settings(m_home.filePath(u".config/Wharf/wharf.conf"_s), QSettings::IniFormat);
            settings.setValue(u"unpacked/roots"_s, QStringList { m_root });
        }
        const Run run = wharf({ u"list"_s, u"--filter"_s, u"centos"_s });
        QFile::remove(m_home.filePath(u".config/Wharf/wharf.conf"_s));
        QVERIFY2(run.exitCode == 0, run.err.constData());
        const QList<Line> lines = parseLines(run.out);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(lines.first().path, m_root + u"/registry.hub.docker.com/library/centos:centos7"_s);
    }

    void missingRootsAreExplained_data()
    {
        QTest::addColumn<QString>("root");
        QTest::addColumn<QString>("cvmfsBase");
        QTest::addColumn<QString>("expected");
        const QString base = m_dir.filePath(u"cvmfs"_s);
        QTest::newRow("no CVMFS") << base + u"-absent/unpacked.cern.ch"_s << base + u"-absent"_s
                                  << u"CVMFS is not installed on this computer"_s;
        QTest::newRow("not mounted") << base + u"/unpacked.cern.ch"_s << base << u"cvmfs_config probe unpacked.cern.ch"_s;
        QTest::newRow("plain folder") << m_dir.filePath(u"nowhere"_s) << QString() << u"does not exist"_s;
    }

    void missingRootsAreExplained()
    {
        QFETCH(QString, root);
        QFETCH(QString, cvmfsBase);
        QFETCH(QString, expected);
        QVERIFY(QDir().mkpath(m_dir.filePath(u"cvmfs"_s)));
        QStringList arguments { u"list"_s, u"--root"_s, root };
        if (!cvmfsBase.isEmpty())
            arguments << u"--cvmfs-root"_s << cvmfsBase;
        const Run run = wharf(arguments);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains(expected.toUtf8()), run.err.constData());
        QVERIFY2(run.err.contains("incomplete"), run.err.constData());
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no subcommand") << QStringList {};
        QTest::newRow("unknown subcommand") << QStringList { u"frobnicate"_s };
        QTest::newRow("unknown option") << QStringList { u"list"_s, u"--bogus"_s };
        QTest::newRow("root without value") << QStringList { u"list"_s, u"--root"_s };
        QTest::newRow("bad timeout") << QStringList { u"list"_s, u"--timeout"_s, u"soon"_s };
        QTest::newRow("recipe without reference") << QStringList { u"recipe"_s };
        QTest::newRow("recipe with two") << QStringList { u"recipe"_s, u"docker.io/a/b:1"_s, u"docker.io/a/c:1"_s };
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const Run run = wharf(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY(run.out.isEmpty());
        QVERIFY2(run.err.contains("Usage: wharf unpacked"), run.err.constData());
    }

    void help()
    {
        const Run run = wharf({ u"--help"_s });
        QCOMPARE(run.exitCode, 0);
        QVERIFY(run.out.contains("REFERENCE"));
        QVERIFY(run.out.contains("--filter TEXT"));
        const Run top = Wharf::Test::WharfProcess(Wharf::Test::WharfProcess::isolatedEnvironment(m_home.path())).run({ u"--help"_s });
        QVERIFY(top.out.contains("unpacked list"));
        QVERIFY(top.out.contains("unpacked recipe REFERENCE"));
    }

    // The FUSE file system: hang.example.org never answers, denied.example.org is EACCES.
    void hangingDirectoryIsNamedAndSkipped()
    {
        startFuse();
        QElapsedTimer timer;
        timer.start();
        const Run run = wharf({ u"list"_s, u"--root"_s, m_mountpoint, u"--timeout"_s, u"1"_s }, 30000);
        QVERIFY2(timer.elapsed() < 15000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains((m_mountpoint + u"/hang.example.org"_s).toUtf8()), run.err.constData());
        QVERIFY2(run.err.contains("Permission denied reading"), run.err.constData());
        QVERIFY2(run.err.contains("folders that could not be read: 2."), run.err.constData());
        const QList<Line> lines = parseLines(run.out);
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines.first().reference, u"ok.example.org/ns/image:1"_s);
        QCOMPARE(lines.first().synced, u"2024-05-01T12:00:00Z"_s);
    }

    void sigtermStopsAHangingWalk()
    {
        startFuse();
        QProcess process;
        process.setProcessEnvironment(Wharf::Test::WharfProcess::isolatedEnvironment(m_home.path()));
        process.start(Wharf::Test::WharfProcess::binary(),
            { u"unpacked"_s, u"list"_s, u"--root"_s, m_mountpoint, u"--timeout"_s, u"600"_s });
        QVERIFY(process.waitForStarted(10000));
        // Blocked in hang.example.org by now (the rest of the tree answers at once).
        QVERIFY(!process.waitForFinished(1500));
        QElapsedTimer timer;
        timer.start();
        process.terminate();
        QVERIFY2(process.waitForFinished(5000), "wharf did not stop on SIGTERM");
        QVERIFY2(timer.elapsed() < 3000, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 128 + SIGTERM);
        QVERIFY(process.readAllStandardOutput().isEmpty());
        QVERIFY(process.readAllStandardError().contains("stopped"));
    }

    void recipeLine_data()
    {
        QTest::addColumn<QString>("reference");
        QTest::addColumn<QByteArray>("line");
        QTest::newRow("docker hub") << u"docker.io/library/centos:centos7"_s
                                    << "    - 'https://registry.hub.docker.com/library/centos:centos7'\n"_ba;
        QTest::newRow("wildcard") << u"gitlab-registry.cern.ch/atlas/analysisbase:21.2.1*"_s
                                  << "    - 'https://gitlab-registry.cern.ch/atlas/analysisbase:21.2.1*'\n"_ba;
        QTest::newRow("after --") << u"--"_s << QByteArray();
    }

    void recipeLine()
    {
        QFETCH(QString, reference);
        QFETCH(QByteArray, line);
        if (line.isEmpty()) {
            // "--" ends the options: the reference after it is taken as such.
            const Run run = wharf({ u"recipe"_s, u"--"_s, u"docker.io/library/centos:centos7"_s });
            QCOMPARE(run.exitCode, 0);
            QCOMPARE(run.out, "    - 'https://registry.hub.docker.com/library/centos:centos7'\n"_ba);
            return;
        }
        const Run run = wharf({ u"recipe"_s, reference });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QCOMPARE(run.out, line);
        QVERIFY2(run.err.contains("merge request"), run.err.constData());
        QVERIFY(run.err.contains("15 minutes"));
        QVERIFY(run.err.contains("https://gitlab.cern.ch/unpacked/sync"));
    }

    void recipeJson()
    {
        const Run run = wharf({ u"recipe"_s, u"--json"_s, u"gitlab-registry.cern.ch/atlas/analysisbase:21.2.1*"_s });
        QVERIFY2(run.exitCode == 0, run.err.constData());
        QVERIFY(run.err.isEmpty());
        QJsonParseError error;
        const QJsonObject object = QJsonDocument::fromJson(run.out, &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(object.value(u"line"_s).toString(), u"    - 'https://gitlab-registry.cern.ch/atlas/analysisbase:21.2.1*'"_s);
        QCOMPARE(object.value(u"input"_s).toString(), u"https://gitlab-registry.cern.ch/atlas/analysisbase:21.2.1*"_s);
        QCOMPARE(object.value(u"wildcard"_s), QJsonValue(true));
        QVERIFY(object.value(u"expectedPath"_s).toString().startsWith(u"/cvmfs/unpacked.cern.ch/gitlab-registry.cern.ch/"_s));
        QVERIFY(object.value(u"explanation"_s).toString().contains(u"15 minutes"_s));
        QVERIFY(object.value(u"notes"_s).isArray());
    }

    void recipeRefusesHostileInput_data()
    {
        QTest::addColumn<QStringList>("arguments");
        const auto ref = [](const QString &text) { return QStringList { u"recipe"_s, text }; };
        QTest::newRow("private registry") << ref(u"localhost:5000/team/image:1"_s);
        QTest::newRow("private address") << ref(u"192.168.1.10/team/image:1"_s);
        QTest::newRow("space") << ref(u"docker.io/library/centos:centos7 extra"_s);
        QTest::newRow("single quote") << ref(u"docker.io/library/centos:c'7"_s);
        QTest::newRow("double quote") << ref(u"docker.io/library/\"centos\":7"_s);
        QTest::newRow("command substitution") << ref(u"docker.io/library/$(reboot):1"_s);
        QTest::newRow("backticks") << ref(u"docker.io/library/`id`:1"_s);
        QTest::newRow("semicolon") << ref(u"docker.io/library/centos:7;rm -rf ~"_s);
        QTest::newRow("newline") << ref(u"docker.io/library/centos:7\n    - 'https://evil.example.org/x:1'"_s);
        QTest::newRow("leading dash") << ref(u"-rf"_s);
        QTest::newRow("leading dash after --") << QStringList { u"recipe"_s, u"--"_s, u"-rf"_s };
        QTest::newRow("empty") << ref(QString());
        QTest::newRow("huge") << ref(u"docker.io/library/"_s + QString(5000, u'a') + u":1"_s);
        QTest::newRow("plain http") << ref(u"http://gitlab-registry.cern.ch/a/b:1"_s);
    }

    void recipeRefusesHostileInput()
    {
        QFETCH(QStringList, arguments);
        const Run run = wharf(arguments);
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.out.isEmpty(), run.out.constData());
        QVERIFY2(run.err.startsWith("wharf unpacked recipe: "), run.err.constData());
        // The message is one clean paragraph: no raw control characters echoed back.
        for (const char c : run.err)
            QVERIFY2(uchar(c) >= 0x20 || c == '\n', run.err.constData());
    }
};

QTEST_GUILESS_MAIN(tst_CliUnpacked)
#include "tst_cliunpacked.moc"
