// SPDX-License-Identifier: Apache-2.0
#include "launch/TerminalDetector.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Wharf::TerminalDetector;
using Wharf::TerminalEmulator;
using Kind = TerminalEmulator::Kind;

namespace {

// A folder of executable stubs standing in for installed terminals.
class FakeBin
{
public:
    explicit FakeBin(const QStringList &names, bool executable = true)
    {
        for (const QString &name : names) {
            QFile file(m_dir.filePath(name));
            file.open(QIODevice::WriteOnly);
            file.write("#!/bin/sh\nexit 0\n");
            file.close();
            file.setPermissions(executable ? QFileDevice::ReadOwner | QFileDevice::ExeOwner : QFileDevice::ReadOwner);
        }
    }
    QString path() const { return m_dir.path(); }
    QString file(const QString &name) const { return m_dir.filePath(name); }

private:
    QTemporaryDir m_dir;
};

QProcessEnvironment environment(const QString &path, const QString &terminal = {})
{
    QProcessEnvironment env;
    env.insert(u"PATH"_s, path);
    if (!terminal.isEmpty())
        env.insert(u"TERMINAL"_s, terminal);
    return env;
}

} // namespace

class TestTerminalDetector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Issue 5's order: the first installed one wins.
    void order_data()
    {
        QTest::addColumn<QStringList>("installed");
        QTest::addColumn<QString>("expected");
        QTest::newRow("xterm only") << QStringList{u"xterm"_s} << u"xterm"_s;
        QTest::newRow("xdg first") << QStringList{u"xterm"_s, u"konsole"_s, u"xdg-terminal-exec"_s} << u"xdg-terminal-exec"_s;
        QTest::newRow("konsole before gnome") << QStringList{u"gnome-terminal"_s, u"konsole"_s} << u"konsole"_s;
        QTest::newRow("gnome before kgx") << QStringList{u"kgx"_s, u"gnome-terminal"_s} << u"gnome-terminal"_s;
        QTest::newRow("kgx before xfce") << QStringList{u"xfce4-terminal"_s, u"kgx"_s} << u"kgx"_s;
        QTest::newRow("xfce before tilix") << QStringList{u"tilix"_s, u"xfce4-terminal"_s} << u"xfce4-terminal"_s;
        QTest::newRow("tilix before kitty") << QStringList{u"kitty"_s, u"tilix"_s} << u"tilix"_s;
        QTest::newRow("kitty before alacritty") << QStringList{u"alacritty"_s, u"kitty"_s} << u"kitty"_s;
        QTest::newRow("alacritty before wezterm") << QStringList{u"wezterm"_s, u"alacritty"_s} << u"alacritty"_s;
        QTest::newRow("wezterm before foot") << QStringList{u"foot"_s, u"wezterm"_s} << u"wezterm"_s;
        QTest::newRow("foot before xterm") << QStringList{u"xterm"_s, u"foot"_s} << u"foot"_s;
        QTest::newRow("xterm before alternative") << QStringList{u"x-terminal-emulator"_s, u"xterm"_s} << u"xterm"_s;
        QTest::newRow("alternative last") << QStringList{u"x-terminal-emulator"_s} << u"x-terminal-emulator"_s;
    }
    void order()
    {
        QFETCH(QStringList, installed);
        QFETCH(QString, expected);
        FakeBin bin(installed);
        const auto terminal = TerminalDetector(environment(bin.path()), TerminalDetector::Platform::Linux).detect();
        QVERIFY(terminal.ok());
        QCOMPARE(terminal->id(), expected);
        QCOMPARE(terminal->executable(), bin.file(expected));
    }

    void availableListsAllInOrder()
    {
        FakeBin bin({u"xterm"_s, u"kitty"_s, u"konsole"_s});
        const auto found = TerminalDetector(environment(bin.path()), TerminalDetector::Platform::Linux).available();
        QStringList ids;
        for (const TerminalEmulator &terminal : found)
            ids << terminal.id();
        QCOMPARE(ids, (QStringList{u"konsole"_s, u"kitty"_s, u"xterm"_s}));
    }

    void searchesEveryPathEntry()
    {
        FakeBin first({u"xterm"_s});
        FakeBin second({u"konsole"_s});
        const auto terminal = TerminalDetector(environment(u"/nonexistent:"_s + first.path() + u"::"_s + second.path()),
                                               TerminalDetector::Platform::Linux)
                                  .detect();
        QVERIFY(terminal.ok());
        QCOMPARE(terminal->kind(), Kind::Konsole);
    }

    void ignoresFilesThatAreNotExecutable()
    {
        FakeBin notExecutable({u"konsole"_s}, false);
        FakeBin bin({u"xterm"_s});
        const auto terminal = TerminalDetector(environment(notExecutable.path() + u':' + bin.path()),
                                               TerminalDetector::Platform::Linux)
                                  .detect();
        QVERIFY(terminal.ok());
        QCOMPARE(terminal->kind(), Kind::Xterm);
    }

    void terminalVariable()
    {
        FakeBin bin({u"myterm"_s, u"konsole"_s});
        // By name on the PATH, after xdg-terminal-exec and before konsole.
        auto terminal = TerminalDetector(environment(bin.path(), u"myterm"_s), TerminalDetector::Platform::Linux).detect();
        QVERIFY(terminal.ok());
        QCOMPARE(terminal->kind(), Kind::EnvTerminal);
        QCOMPARE(terminal->executable(), bin.file(u"myterm"_s));
        // By full path.
        terminal = TerminalDetector(environment(u"/nonexistent"_s, bin.file(u"myterm"_s)), TerminalDetector::Platform::Linux).detect();
        QVERIFY(terminal.ok());
        QCOMPARE(terminal->executable(), bin.file(u"myterm"_s));
        // Not installed: skipped.
        terminal = TerminalDetector(environment(bin.path(), u"missingterm"_s), TerminalDetector::Platform::Linux).detect();
        QVERIFY(terminal.ok());
        QCOMPARE(terminal->kind(), Kind::Konsole);
        // A value with arguments is not split into a program and options.
        terminal = TerminalDetector(environment(bin.path(), u"myterm --foo"_s), TerminalDetector::Platform::Linux).detect();
        QVERIFY(terminal.ok());
        QCOMPARE(terminal->kind(), Kind::Konsole);
    }

    void userChoiceComesFirst()
    {
        FakeBin bin({u"xterm"_s, u"konsole"_s});
        const auto terminal = TerminalDetector(environment(bin.path()), TerminalDetector::Platform::Linux).detect(u"xterm"_s);
        QVERIFY(terminal.ok());
        QCOMPARE(terminal->kind(), Kind::Xterm);
    }

    void userChoiceMissingIsAnError()
    {
        FakeBin bin({u"xterm"_s});
        const auto terminal = TerminalDetector(environment(bin.path()), TerminalDetector::Platform::Linux).detect(u"kitty"_s);
        QVERIFY(!terminal.ok());
        QCOMPARE(terminal.error().code(), Wharf::ErrorCode::ProgramNotFound);
        QVERIFY(terminal.error().message().contains(u"kitty"_s));
        const auto unknown = TerminalDetector(environment(bin.path()), TerminalDetector::Platform::Linux).detect(u"nonsense"_s);
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().code(), Wharf::ErrorCode::InvalidConfiguration);
    }

    void noneFoundSaysWhatWasSearchedAndHowToInstall()
    {
        FakeBin empty({});
        const auto terminal = TerminalDetector(environment(empty.path()), TerminalDetector::Platform::Linux).detect();
        QVERIFY(!terminal.ok());
        QCOMPARE(terminal.error().code(), Wharf::ErrorCode::ProgramNotFound);
        const QString message = terminal.error().message();
        for (const QString &name : {u"xdg-terminal-exec"_s, u"$TERMINAL"_s, u"konsole"_s, u"gnome-terminal"_s, u"kgx"_s,
                                    u"xfce4-terminal"_s, u"tilix"_s, u"kitty"_s, u"alacritty"_s, u"wezterm"_s,
                                    u"foot"_s, u"xterm"_s, u"x-terminal-emulator"_s})
            QVERIFY2(message.contains(name), qPrintable(name));
        QVERIFY(message.contains(u"apt install xterm"_s));
        QVERIFY(!TerminalDetector(QProcessEnvironment(), TerminalDetector::Platform::Linux).detect().ok());
    }

    // A launch with secrets skips terminals that would drop the environment.
    void environmentNeedSkipsTerminalsThatDropIt()
    {
        FakeBin bin({u"kgx"_s, u"xterm"_s});
        TerminalDetector detector(environment(bin.path()), TerminalDetector::Platform::Linux);
        QCOMPARE(detector.detect().value().kind(), Kind::Kgx);
        QCOMPARE(detector.detect({}, true).value().kind(), Kind::Xterm);
        const auto chosen = detector.detect(u"kgx"_s, true);
        QVERIFY(!chosen.ok());
        QCOMPARE(chosen.error().code(), Wharf::ErrorCode::InvalidConfiguration);
        FakeBin onlyKgx({u"kgx"_s});
        const auto none = TerminalDetector(environment(onlyKgx.path()), TerminalDetector::Platform::Linux).detect({}, true);
        QVERIFY(!none.ok());
        QVERIFY(none.error().message().contains(u"environment"_s));
    }

    void macOS()
    {
        QTemporaryDir applications;
        TerminalDetector detector(environment(u"/usr/bin"_s), TerminalDetector::Platform::MacOS);
        detector.setApplicationsDirectory(applications.path());
        QCOMPARE(detector.detect().value().kind(), Kind::MacTerminal);
        QVERIFY(QDir(applications.path()).mkdir(u"iTerm.app"_s));
        QCOMPARE(detector.detect().value().kind(), Kind::ITerm2);
        QCOMPARE(detector.detect(u"macos-terminal"_s).value().kind(), Kind::MacTerminal);
        QCOMPARE(detector.detect().value().executable(), u"/usr/bin/osascript"_s);
    }

    void windows()
    {
        FakeBin bin({u"wt.exe"_s, u"xterm"_s});
        TerminalDetector detector(environment(bin.path()), TerminalDetector::Platform::Windows);
        QCOMPARE(detector.detect().value().kind(), Kind::WindowsTerminal);
        QCOMPARE(detector.available().size(), 1);
        FakeBin empty({});
        const auto none = TerminalDetector(environment(empty.path()), TerminalDetector::Platform::Windows).detect();
        QVERIFY(!none.ok());
        QVERIFY(none.error().message().contains(u"wt.exe"_s));
    }
};

QTEST_GUILESS_MAIN(TestTerminalDetector)
#include "tst_terminaldetector.moc"
