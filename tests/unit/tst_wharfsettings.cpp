// SPDX-License-Identifier: Apache-2.0
// WharfSettings over a temporary INI file: defaults, round trips, and hostile hand-edited files
// (relative paths, "/", control characters, huge values and lists, wrong types, a proxy with
// a password), each of which must fall back to the default instead of reaching a plan.
#include "WharfSettings.h"

#include "unpacked/UnpackedLayout.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Wharf;

namespace {

// Writes `ini` as the settings file and returns its path.
QString writeIni(const QTemporaryDir &dir, const QByteArray &ini)
{
    const QString path = dir.filePath(u"wharf.ini"_s);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return {};
    file.write(ini);
    return path;
}

} // namespace

class tst_WharfSettings : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults()
    {
        QTemporaryDir dir;
        QSettings ini(dir.filePath(u"empty.ini"_s), QSettings::IniFormat);
        const WharfSettings settings(&ini);
        QCOMPARE(settings.engineHost(), QString());
        QCOMPARE(settings.language(), QString());
        QCOMPARE(settings.terminalId(), QString());
        QCOMPARE(settings.cvmfsRoot(), u"/cvmfs"_s);
        QCOMPARE(settings.automounter(), AutomounterSettings());
        QCOMPARE(settings.unpackedRoots(), QStringList{UnpackedLayout::defaultRoot()});
        QCOMPARE(settings.proxy(), QString());
    }

    void roundTrip()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"wharf.ini"_s);
        AutomounterSettings automounter;
        automounter.image = u"registry.example.org/cvmfs/automounter:2"_s;
        automounter.containerName = u"my-cvmfs"_s;
        automounter.mountRoot = u"/srv/shared-mounts/"_s;
        {
            QSettings ini(path, QSettings::IniFormat);
            WharfSettings settings(&ini);
            settings.setEngineHost(u"  tcp://build.example.org:2376 "_s);
            settings.setLanguage(u"fr"_s);
            settings.setTerminalId(u"konsole"_s);
            settings.setCvmfsRoot(u"/opt/cvmfs/"_s);
            settings.setAutomounter(automounter);
            settings.setUnpackedRoots({u"/data/unpacked"_s, u"/cvmfs/unpacked.cern.ch"_s, u"/data/unpacked/"_s});
            settings.setProxy(u"http://proxy.example.org:8080"_s);
        }
        QSettings ini(path, QSettings::IniFormat);
        const WharfSettings settings(&ini);
        QCOMPARE(settings.engineHost(), u"tcp://build.example.org:2376"_s);
        QCOMPARE(settings.language(), u"fr"_s);
        QCOMPARE(settings.terminalId(), u"konsole"_s);
        QCOMPARE(settings.cvmfsRoot(), u"/opt/cvmfs"_s);
        automounter.mountRoot = u"/srv/shared-mounts"_s;
        QCOMPARE(settings.automounter(), automounter);
        QCOMPARE(settings.unpackedRoots(), (QStringList{u"/data/unpacked"_s, u"/cvmfs/unpacked.cern.ch"_s}));
        QCOMPARE(settings.proxy(), u"http://proxy.example.org:8080"_s);
    }

    // A value equal to its default, or empty, leaves no key: a later release may change it.
    void defaultsAreNotWritten()
    {
        QTemporaryDir dir;
        QSettings ini(dir.filePath(u"wharf.ini"_s), QSettings::IniFormat);
        WharfSettings settings(&ini);
        settings.setEngineHost(u"unix:///run/x.sock"_s);
        settings.setCvmfsRoot(u"/opt/cvmfs"_s);
        settings.setUnpackedRoots({u"/data"_s});
        settings.setProxy(u"http://proxy.example.org:8080"_s);
        QVERIFY(!ini.allKeys().isEmpty());

        settings.setEngineHost(u"   "_s);
        settings.setLanguage(QString());
        settings.setTerminalId(QString());
        settings.setCvmfsRoot(u"/cvmfs/"_s);
        settings.setAutomounter(AutomounterSettings());
        settings.setUnpackedRoots({UnpackedLayout::defaultRoot()});
        settings.setProxy(QString());
        QCOMPARE(ini.allKeys(), QStringList());
        settings.setUnpackedRoots({});
        QCOMPARE(ini.allKeys(), QStringList());
    }

    void hostileDirectory_data()
    {
        QTest::addColumn<QByteArray>("value"); // as written in the INI file
        QTest::newRow("relative") << "cvmfs"_ba;
        QTest::newRow("dot relative") << "./cvmfs"_ba;
        QTest::newRow("root") << "/"_ba;
        QTest::newRow("double slash") << "//"_ba;
        QTest::newRow("climbs to root") << "/cvmfs/.."_ba;
        QTest::newRow("colon") << "/cv:mfs"_ba;
        QTest::newRow("comma") << "\"/cv,mfs\""_ba;
        QTest::newRow("newline") << "/cvmfs\\nx"_ba;
        QTest::newRow("tab") << "/cv\\tmfs"_ba;
        QTest::newRow("escape") << "/cv\\x1bmfs"_ba;
        QTest::newRow("NUL") << "/cv\\0mfs"_ba;
        QTest::newRow("huge") << "/" + QByteArray(100000, 'a');
        QTest::newRow("list") << "/a, /b"_ba;
        QTest::newRow("variant") << "@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\x1\\x1)"_ba;
        QTest::newRow("byte array garbage") << "@ByteArray(\\xff\\xfe)"_ba;
        QTest::newRow("empty") << ""_ba;
        QTest::newRow("garbage escapes") << "\\x\\u\\"_ba;
    }

    void hostileDirectory()
    {
        QFETCH(QByteArray, value);
        QTemporaryDir dir;
        const QString path = writeIni(dir, "[launch]\ncvmfsRoot=" + value + "\n[automounter]\nmountRoot=" + value
                                               + "\n[unpacked]\nroots=" + value + "\n");
        QSettings ini(path, QSettings::IniFormat);
        const WharfSettings settings(&ini);
        QCOMPARE(settings.cvmfsRoot(), WharfSettings::defaultCvmfsRoot());
        QCOMPARE(settings.automounter(), AutomounterSettings());
        if (value == "/a, /b"_ba) // a list is what the roots are
            QCOMPARE(settings.unpackedRoots(), (QStringList{u"/a"_s, u"/b"_s}));
        else
            QCOMPARE(settings.unpackedRoots(), QStringList{UnpackedLayout::defaultRoot()});
    }

    void checkDirectory_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("absolute") << u"/cvmfs"_s << true;
        QTest::newRow("trailing slash") << u"/cvmfs/"_s << true;
        QTest::newRow("blank inside") << u"/my cvmfs"_s << true;
        QTest::newRow("unicode") << u"/données/cvmfs"_s << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("relative") << u"cvmfs"_s << false;
        QTest::newRow("home tilde") << u"~/cvmfs"_s << false;
        QTest::newRow("root") << u"/"_s << false;
        QTest::newRow("root by dots") << u"/a/../"_s << false;
        QTest::newRow("colon") << u"/a:b"_s << false;
        QTest::newRow("comma") << u"/a,b"_s << false;
        QTest::newRow("NUL") << QString(u"/a\0b"_s) << false;
        QTest::newRow("newline") << u"/a\nb"_s << false;
        QTest::newRow("DEL") << u"/a\u007fb"_s << false;
        QTest::newRow("huge") << QString(u'/') + QString(5000, u'a') << false;
    }

    void checkDirectory()
    {
        QFETCH(QString, path);
        QFETCH(bool, accepted);
        const VoidResult result = WharfSettings::checkDirectory(path, u"The CVMFS mount point"_s);
        QCOMPARE(result.ok(), accepted);
        if (!accepted) {
            QVERIFY(!result.error().message().isEmpty());
            QVERIFY2(result.error().message().contains(u"CVMFS mount point"_s), qPrintable(result.error().message()));
        }
    }

    void hugeRootList()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"wharf.ini"_s);
        {
            QSettings ini(path, QSettings::IniFormat);
            QStringList roots;
            for (int i = 0; i < 100000; ++i)
                roots << u"/data/%1"_s.arg(i % 1000);
            ini.setValue(u"unpacked/roots"_s, roots);
        }
        QSettings ini(path, QSettings::IniFormat);
        const QStringList roots = WharfSettings(&ini).unpackedRoots();
        QCOMPARE(roots.size(), 32);
        QCOMPARE(roots.first(), u"/data/0"_s);
        QCOMPARE(roots.last(), u"/data/31"_s);
    }

    void rootListSkipsBadEntries()
    {
        QTemporaryDir dir;
        QSettings ini(dir.filePath(u"wharf.ini"_s), QSettings::IniFormat);
        ini.setValue(u"unpacked/roots"_s,
                     QStringList{u"relative"_s, u"/"_s, u"/ok"_s, QString(), u"/a:b"_s, u"/ok/"_s, u"/x\ny"_s, u"/two"_s});
        QCOMPARE(WharfSettings(&ini).unpackedRoots(), (QStringList{u"/ok"_s, u"/two"_s}));
        ini.setValue(u"unpacked/roots"_s, 42);
        QCOMPARE(WharfSettings(&ini).unpackedRoots(), QStringList{UnpackedLayout::defaultRoot()});
        ini.setValue(u"unpacked/roots"_s, u"/single"_s);
        QCOMPARE(WharfSettings(&ini).unpackedRoots(), QStringList{u"/single"_s});
    }

    // The CVMFS repositories (issue 7, Settings): hostile entries are skipped, defaults are not
    // written, the list is bounded.
    void cvmfsRepositories()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"wharf.ini"_s);
        QSettings ini(path, QSettings::IniFormat);
        WharfSettings settings(&ini);
        QCOMPARE(settings.cvmfsRepositories(), (QStringList{u"cms.cern.ch"_s, u"unpacked.cern.ch"_s}));
        settings.setCvmfsRepositories({u" atlas.cern.ch "_s, u"cms.cern.ch"_s, u"atlas.cern.ch"_s, u"../etc"_s, QString()});
        QCOMPARE(settings.cvmfsRepositories(), (QStringList{u"atlas.cern.ch"_s, u"cms.cern.ch"_s}));
        settings.setCvmfsRepositories(WharfSettings::defaultCvmfsRepositories());
        QVERIFY(!ini.contains(u"cvmfs/repositories"_s));

        ini.setValue(u"cvmfs/repositories"_s, QStringList{u"a/b"_s, u"x\ny"_s, u"-rf"_s, u"$(id)"_s, u"sft.cern.ch"_s,
                                                           QString(300, u'a'), u"sft.cern.ch"_s});
        QCOMPARE(settings.cvmfsRepositories(), QStringList{u"sft.cern.ch"_s});
        ini.setValue(u"cvmfs/repositories"_s, 42);
        QCOMPARE(settings.cvmfsRepositories(), WharfSettings::defaultCvmfsRepositories());
        QStringList many;
        for (int i = 0; i < 10000; ++i)
            many << u"r%1.cern.ch"_s.arg(i);
        ini.setValue(u"cvmfs/repositories"_s, many);
        QCOMPARE(settings.cvmfsRepositories().size(), 32);
        QVERIFY(!WharfSettings::checkRepository(u"cms.cern.ch/common"_s));
        QVERIFY(!WharfSettings::checkRepository(u"cms.cern.ch/common"_s).error().message().isEmpty());
        QVERIFY(WharfSettings::checkRepository(u"cms-ib.cern.ch"_s));
    }

    void hostileAutomounter_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("value");
        QTest::newRow("image garbage") << u"automounter/image"_s << u"NOT AN IMAGE!"_s;
        QTest::newRow("image newline") << u"automounter/image"_s << u"busybox\n--privileged"_s;
        QTest::newRow("image option") << u"automounter/image"_s << u"--privileged"_s;
        QTest::newRow("image huge") << u"automounter/image"_s << QString(100000, u'a');
        QTest::newRow("name one character") << u"automounter/containerName"_s << u"a"_s;
        QTest::newRow("name option") << u"automounter/containerName"_s << u"-rm"_s;
        QTest::newRow("name blank") << u"automounter/containerName"_s << u"my cvmfs"_s;
        QTest::newRow("name control") << u"automounter/containerName"_s << u"cv\u0007mfs"_s;
        QTest::newRow("root relative") << u"automounter/mountRoot"_s << u"shared"_s;
        QTest::newRow("root slash") << u"automounter/mountRoot"_s << u"/"_s;
    }

    // One bad value makes the whole automounter fall back: a half-custom one would not run.
    void hostileAutomounter()
    {
        QFETCH(QString, key);
        QFETCH(QString, value);
        QTemporaryDir dir;
        QSettings ini(dir.filePath(u"wharf.ini"_s), QSettings::IniFormat);
        ini.setValue(u"automounter/image"_s, u"registry.example.org/automounter:1"_s);
        ini.setValue(u"automounter/containerName"_s, u"mine"_s);
        ini.setValue(u"automounter/mountRoot"_s, u"/srv/mounts"_s);
        QCOMPARE(WharfSettings(&ini).automounter().containerName, u"mine"_s);
        ini.setValue(key, value);
        if (key == u"automounter/mountRoot"_s) {
            // The mount root is Wharf's own choice, not the image's: it falls back alone.
            const AutomounterSettings automounter = WharfSettings(&ini).automounter();
            QCOMPARE(automounter.mountRoot, AutomounterSettings().mountRoot);
            QCOMPARE(automounter.containerName, u"mine"_s);
            return;
        }
        QCOMPARE(WharfSettings(&ini).automounter(), AutomounterSettings());
    }

    void proxy_data()
    {
        QTest::addColumn<QString>("proxy");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("empty") << QString() << true;
        QTest::newRow("http") << u"http://proxy.example.org:8080"_s << true;
        QTest::newRow("https") << u"https://proxy.example.org"_s << true;
        QTest::newRow("socks5") << u"socks5://127.0.0.1:1080"_s << true;
        QTest::newRow("trailing slash") << u"http://proxy.example.org:8080/"_s << true;
        QTest::newRow("user only") << u"http://alice@proxy.example.org:8080"_s << true;
        QTest::newRow("password") << u"http://alice:s3cret@proxy.example.org:8080"_s << false;
        QTest::newRow("empty user, password") << u"http://:s3cret@proxy.example.org:8080"_s << false;
        QTest::newRow("no scheme") << u"proxy.example.org:8080"_s << false;
        QTest::newRow("ftp") << u"ftp://proxy.example.org"_s << false;
        QTest::newRow("no host") << u"http://"_s << false;
        QTest::newRow("path") << u"http://proxy.example.org/pac.js"_s << false;
        QTest::newRow("blank") << u"http://proxy example.org"_s << false;
        QTest::newRow("newline") << u"http://proxy.example.org\n:8080"_s << false;
        QTest::newRow("NUL") << QString(u"http://proxy\0.example.org"_s) << false;
        QTest::newRow("garbage") << u"%%%"_s << false;
        QTest::newRow("huge") << u"http://"_s + QString(100000, u'a') + u".org"_s << false;
    }

    void proxy()
    {
        QFETCH(QString, proxy);
        QFETCH(bool, accepted);
        QCOMPARE(WharfSettings::checkProxy(proxy).ok(), accepted);
        // A hand-edited file: what is refused reads as "the system's proxy".
        QTemporaryDir dir;
        QSettings ini(dir.filePath(u"wharf.ini"_s), QSettings::IniFormat);
        ini.setValue(u"network/proxy"_s, proxy);
        QCOMPARE(WharfSettings(&ini).proxy(), accepted ? proxy : QString());
    }

    // A password must never reach the settings file, even when a caller passes one.
    void proxyPasswordIsNeverWritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"wharf.ini"_s);
        {
            QSettings ini(path, QSettings::IniFormat);
            WharfSettings settings(&ini);
            settings.setProxy(u"http://proxy.example.org:8080"_s);
            settings.setProxy(u"http://alice:s3cret@proxy.example.org:8080"_s);
            QCOMPARE(settings.proxy(), u"http://proxy.example.org:8080"_s);
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("s3cret"));
        QVERIFY(WharfSettings::checkProxy(u"http://alice:s3cret@proxy.example.org:8080"_s)
                    .error()
                    .message()
                    .contains(u"password"_s));
    }

    void engineHost_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("empty") << QString() << true;
        QTest::newRow("unix") << u"unix:///run/user/1000/podman/podman.sock"_s << true;
        QTest::newRow("tcp") << u"tcp://build.example.org:2376"_s << true;
        QTest::newRow("ssh") << u"ssh://alice@build.example.org"_s << true;
        QTest::newRow("bare path") << u"/run/docker.sock"_s << false;
        QTest::newRow("http") << u"http://build.example.org"_s << false;
        QTest::newRow("newline") << u"tcp://a:1\n--privileged"_s << false;
        QTest::newRow("NUL") << QString(u"unix:///a\0b"_s) << false;
        QTest::newRow("garbage") << u"!!!"_s << false;
    }

    void engineHost()
    {
        QFETCH(QString, host);
        QFETCH(bool, accepted);
        QCOMPARE(WharfSettings::checkEngineHost(host).ok(), accepted);
        QTemporaryDir dir;
        QSettings ini(dir.filePath(u"wharf.ini"_s), QSettings::IniFormat);
        ini.setValue(u"engines/host"_s, host);
        QCOMPARE(WharfSettings(&ini).engineHost(), accepted ? host : QString());
    }

    void words_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("plain") << u"konsole"_s << true;
        QTest::newRow("dash and dot") << u"x-terminal.emulator_2"_s << true;
        QTest::newRow("blank") << u"xterm -e sh"_s << false;
        QTest::newRow("semicolon") << u"xterm;rm"_s << false;
        QTest::newRow("slash") << u"../../etc/passwd"_s << false;
        QTest::newRow("newline") << u"fr\n"_s << false;
        QTest::newRow("escape") << u"fr\u001b[31m"_s << false;
        QTest::newRow("huge") << QString(100000, u'a') << false;
    }

    // The language and the terminal id are short words.
    void words()
    {
        QFETCH(QString, value);
        QFETCH(bool, accepted);
        QTemporaryDir dir;
        QSettings ini(dir.filePath(u"wharf.ini"_s), QSettings::IniFormat);
        ini.setValue(u"ui/language"_s, value);
        ini.setValue(u"launch/terminal"_s, value);
        const WharfSettings settings(&ini);
        QCOMPARE(settings.language(), accepted ? value : QString());
        QCOMPARE(settings.terminalId(), accepted ? value : QString());
    }

    // Types a hand-edited file may hold: lists, numbers, QVariant blobs.
    void wrongTypes()
    {
        QTemporaryDir dir;
        const QString path = writeIni(dir,
                                      "[engines]\nhost=unix:///a, unix:///b\n"
                                      "[ui]\nlanguage=fr, de\n"
                                      "[launch]\nterminal=42\ncvmfsRoot=@Rect(1 2 3 4)\n"
                                      "[network]\nproxy=@Size(1 2)\n"
                                      "[unpacked]\nroots=@Variant(\\0\\0\\0\\x2\\0\\0\\0\\x5)\n");
        QSettings ini(path, QSettings::IniFormat);
        const WharfSettings settings(&ini);
        QCOMPARE(settings.engineHost(), QString());
        QCOMPARE(settings.language(), QString());
        QCOMPARE(settings.terminalId(), u"42"_s); // a word, if an odd one: detection ignores unknown ids
        QCOMPARE(settings.cvmfsRoot(), WharfSettings::defaultCvmfsRoot());
        QCOMPARE(settings.proxy(), QString());
        QCOMPARE(settings.unpackedRoots(), QStringList{UnpackedLayout::defaultRoot()});
    }
};

QTEST_GUILESS_MAIN(tst_WharfSettings)
#include "tst_wharfsettings.moc"
