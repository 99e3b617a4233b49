// SPDX-License-Identifier: Apache-2.0
// Wharf's icon theme (IconTheme): every icon name the sources use is drawn, at 16 and 24 px,
// with dark strokes on a light palette and light strokes on a dark one; a palette change at
// run time switches the theme; a system theme still wins for the names it has.
#include "IconTheme.h"
#include "MainWindow.h"
#include "RegistryServices.h"
#include "ReviewScreenshot.h"
#include "credentials/SessionSecretStore.h"
#include "engine/DiscoveryEnvironment.h"
#include "engine/EngineManager.h"

#include <QApplication>
#include <QDirIterator>
#include <QFile>
#include <QIcon>
#include <QListWidget>
#include <QPalette>
#include <QRegularExpression>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QToolBar>
#include <QVBoxLayout>
#include <algorithm>
#include <cstdlib>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Wharf;

namespace {

QPalette palette(bool dark)
{
    QPalette palette;
    const QColor light(0xef, 0xf0, 0xf1);
    const QColor ink(0x23, 0x26, 0x29);
    for (const auto role : { QPalette::Window, QPalette::Base, QPalette::Button })
        palette.setColor(role, dark ? ink : light);
    for (const auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        palette.setColor(role, dark ? light : ink);
    return palette;
}

// The mean lightness of the pixels an icon covers (alpha >= 200); -1 when it covers none.
int inkLightness(const QPixmap &pixmap)
{
    const QImage image = pixmap.toImage().convertToFormat(QImage::Format_ARGB32);
    qint64 sum = 0;
    qint64 count = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor colour = image.pixelColor(x, y);
            if (colour.alpha() >= 200) {
                sum += colour.lightness();
                ++count;
            }
        }
    }
    return count == 0 ? -1 : int(sum / count);
}

// The mean lightness of what a grabbed widget draws on its background (the most common
// lightness): pixels that differ from it by more than 100; -1 when none do.
int inkOnBackground(const QPixmap &grab)
{
    const QImage image = grab.toImage().convertToFormat(QImage::Format_ARGB32);
    QList<int> histogram(256, 0);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x)
            ++histogram[image.pixelColor(x, y).lightness()];
    }
    const auto background
        = int(std::max_element(histogram.cbegin(), histogram.cend()) - histogram.cbegin());
    qint64 sum = 0;
    qint64 count = 0;
    for (int lightness = 0; lightness < 256; ++lightness) {
        if (std::abs(lightness - background) > 100) {
            sum += qint64(lightness) * histogram.at(lightness);
            count += histogram.at(lightness);
        }
    }
    return count == 0 ? -1 : int(sum / count);
}

// The icon names in app/: the string literals in every QIcon::fromTheme(), addPage() (the
// sidebar's and the Settings dialog's) and themed() (the registry tree) call, up to its ';'.
QStringList namesUsedInSources()
{
    const QString appDir = qEnvironmentVariable("WHARF_TEST_SOURCE_DIR") + u"/../app"_s;
    static const QRegularExpression call(u"\\b(?:fromTheme|addPage|themed)\\s*\\(([^;]*)"_s);
    static const QRegularExpression literal(
        u"(?:u\"|QStringLiteral\\(\")([a-z][a-z0-9]*(?:-[a-z0-9]+)*)\""_s);
    QStringList names;
    QDirIterator files(appDir, { u"*.cpp"_s, u"*.h"_s }, QDir::Files, QDirIterator::Subdirectories);
    while (files.hasNext()) {
        QFile file(files.next());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QString text = QString::fromUtf8(file.readAll());
        for (auto calls = call.globalMatch(text); calls.hasNext();) {
            const QString arguments = calls.next().captured(1);
            for (auto literals = literal.globalMatch(arguments); literals.hasNext();)
                names.append(literals.next().captured(1));
        }
    }
    names.sort();
    names.removeDuplicates();
    return names;
}

// The built-in SVG of `name` in `variant`, empty when there is none.
QByteArray themeFile(const QString &variant, const QString &name)
{
    QDirIterator files(IconTheme::searchPath() + u'/' + variant, { name + u".svg"_s }, QDir::Files,
        QDirIterator::Subdirectories);
    if (!files.hasNext())
        return {};
    QFile file(files.next());
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A sidebar and a toolbar as the main window has them, for the review screenshots.
std::unique_ptr<QWidget> sampleWindow()
{
    auto window = std::make_unique<QWidget>();
    auto *layout = new QVBoxLayout(window.get());
    auto *toolBar = new QToolBar(window.get());
    for (const QString &name :
        { u"download"_s, u"utilities-terminal"_s, u"edit-delete"_s, u"edit-copy"_s, u"list-add"_s,
            u"dialog-password"_s, u"system-log-out"_s, u"configure"_s })
        toolBar->addAction(QIcon::fromTheme(name), name);
    layout->addWidget(toolBar);
    auto *sidebar = new QListWidget(window.get());
    for (const QString &name :
        { u"images"_s, u"network-server"_s, u"folder-remote"_s, u"utilities-terminal"_s,
            u"help-faq"_s, u"dialog-warning"_s, u"dialog-error"_s, u"dialog-information"_s })
        (new QListWidgetItem(QIcon::fromTheme(name), name, sidebar))->setSizeHint(QSize(0, 36));
    layout->addWidget(sidebar);
    window->resize(360, 360);
    return window;
}

} // namespace

class tst_IconTheme : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init() { QApplication::setPalette(palette(false)); }

    void cleanup() { QApplication::setPalette(palette(false)); }

    void offscreenHasNoSystemTheme()
    {
        // What the test relies on (QT_QPA_PLATFORM=offscreen): no theme at all. Qt 6.4 on X11
        // without a desktop says "hicolor", which IconTheme treats the same.
        QVERIFY2(QIcon::themeName().isEmpty() || QIcon::themeName() == u"hicolor"_s,
            qPrintable(QIcon::themeName()));
        IconTheme theme(qApp);
        QVERIFY(theme.isPrimary());
        QCOMPARE(QIcon::themeName(), u"wharf-light"_s);
        QVERIFY(QIcon::themeSearchPaths().contains(IconTheme::searchPath()));
    }

    void sourcesUseOnlyDrawnNames()
    {
        const QStringList used = namesUsedInSources();
        // The scan found the calls (the sidebar's pages among them), not nothing.
        QVERIFY2(used.size() >= 25, qPrintable(used.join(u' ')));
        QVERIFY(used.contains(u"images"_s));
        QVERIFY(used.contains(u"help-faq"_s));
        const QStringList drawn = IconTheme::iconNames();
        QStringList missing;
        for (const QString &name : used) {
            if (!drawn.contains(name))
                missing.append(name);
        }
        QVERIFY2(missing.isEmpty(),
            qPrintable(u"not drawn in resources/icons/theme: "_s + missing.join(u", "_s)));
        for (const QString &name : drawn) {
            if (!used.contains(name))
                qInfo("drawn but not used in app/: %s", qPrintable(name));
        }
    }

    void everyNameResolves_data()
    {
        QTest::addColumn<QString>("name");
        QStringList names = namesUsedInSources() + IconTheme::iconNames();
        names.sort();
        names.removeDuplicates();
        for (const QString &name : std::as_const(names))
            QTest::newRow(qPrintable(name)) << name;
    }

    void everyNameResolves()
    {
        QFETCH(QString, name);
        IconTheme theme(qApp);
        const QIcon icon = QIcon::fromTheme(name);
        QVERIFY(!icon.isNull());
        for (const int extent : { 16, 24 }) {
            const QPixmap pixmap = icon.pixmap(extent);
            QCOMPARE(pixmap.size(), QSize(extent, extent));
            QVERIFY2(inkLightness(pixmap) >= 0, "the icon draws nothing");
        }
    }

    void paletteGivesContrast_data()
    {
        QTest::addColumn<QString>("name");
        for (const QString &name : IconTheme::iconNames()) {
            // The message icons (warning, error, information) keep their own colours.
            if (themeFile(u"wharf-light"_s, name).contains("#232629"))
                QTest::newRow(qPrintable(name)) << name;
        }
    }

    void paletteGivesContrast()
    {
        QFETCH(QString, name);
        {
            IconTheme theme(qApp);
            QCOMPARE(theme.variant(), u"wharf-light"_s);
            const int lightness = inkLightness(QIcon::fromTheme(name).pixmap(24));
            QVERIFY2(lightness >= 0 && lightness < 90, qPrintable(QString::number(lightness)));
        }
        QApplication::setPalette(palette(true));
        IconTheme theme(qApp);
        QCOMPARE(theme.variant(), u"wharf-dark"_s);
        const int lightness = inkLightness(QIcon::fromTheme(name).pixmap(24));
        QVERIFY2(lightness > 170, qPrintable(QString::number(lightness)));
    }

    void switchesWithThePalette()
    {
        IconTheme theme(qApp);
        const QIcon icon = QIcon::fromTheme(u"images"_s); // made before the switch, kept
        QVERIFY(inkLightness(icon.pixmap(16)) < 90);
        const auto window = sampleWindow();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        Test::saveReviewScreenshot(window.get(), u"icontheme-light"_s);
        auto *toolBar = window->findChild<QToolBar *>();
        QWidget *toolButton = toolBar->widgetForAction(toolBar->actions().constFirst());
        QVERIFY(toolButton);
        const int before = inkOnBackground(toolButton->grab());
        QVERIFY2(before >= 0 && before < 90, qPrintable(QString::number(before)));

        QApplication::setPalette(palette(true));
        QCOMPARE(theme.variant(), u"wharf-dark"_s);
        QCOMPARE(QIcon::themeName(), u"wharf-dark"_s);
        QVERIFY2(inkLightness(icon.pixmap(16)) > 170, "an icon made earlier follows the theme");
        // The widgets repaint with the new icons (the whole button: its background is dark now).
        QTRY_VERIFY2(inkOnBackground(toolButton->grab()) > 170,
            qPrintable(QString::number(inkOnBackground(toolButton->grab()))));
        Test::saveReviewScreenshot(window.get(), u"icontheme-dark"_s);

        QApplication::setPalette(palette(false));
        QCOMPARE(QIcon::themeName(), u"wharf-light"_s);
        QVERIFY(inkLightness(icon.pixmap(16)) < 90);
    }

    void sidebarPagesHaveTheirOwnIcons()
    {
        // The real window, with no engine (a private, empty system root) and private settings.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        IconTheme theme(qApp);
        QSettings settings(dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        SessionSecretStore keychain;
        SessionSecretStore session;
        RegistryServices registries(&settings, &keychain, &session);
        DiscoveryEnvironment env;
        env.homeDirectory = dir.path() + u"/home"_s;
        env.systemRoot = dir.path() + u"/root"_s;
        auto *engines = new EngineManager(env);
        MainWindow::Options options;
        options.startEmbeddedPodman = false;
        options.cacheDirectory = dir.path() + u"/cache"_s;
        options.registries = &registries;
        MainWindow window(engines, options);
        engines->setParent(&window);
        window.resize(1000, 640);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        auto *sidebar = window.findChild<QListWidget *>();
        QVERIFY(sidebar);
        QVERIFY(sidebar->count() >= 5);
        const QImage appIcon = QIcon(u":/wharf/icons/cern.wharf.Wharf.svg"_s).pixmap(16).toImage();
        QList<QImage> seen;
        for (int row = 0; row < sidebar->count(); ++row) {
            const QIcon icon = sidebar->item(row)->icon();
            QVERIFY2(!icon.isNull(), qPrintable(sidebar->item(row)->text()));
            const QImage image = icon.pixmap(16).toImage();
            QVERIFY2(image != appIcon, "a page shows the application icon");
            QVERIFY2(!seen.contains(image), "two pages share an icon");
            seen.append(image);
        }
        QTest::qWait(200);
        Test::saveReviewScreenshot(&window, u"icontheme-window-light"_s);
        QApplication::setPalette(palette(true));
        QCOMPARE(theme.variant(), u"wharf-dark"_s);
        QTest::qWait(200);
        Test::saveReviewScreenshot(&window, u"icontheme-window-dark"_s);
    }

    void fallsBackBehindASystemTheme()
    {
        // A system theme with one icon of its own, a red edit-copy, and "Inherits=hicolor"
        // like Breeze and Adwaita.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QVERIFY(QDir(dir.path()).mkpath(u"system/actions"_s));
        QFile index(dir.filePath(u"system/index.theme"_s));
        QVERIFY(index.open(QIODevice::WriteOnly));
        index.write("[Icon Theme]\nName=system\nInherits=hicolor\nDirectories=actions\n\n"
                    "[actions]\nSize=16\nMinSize=8\nMaxSize=512\nType=Scalable\nContext=Actions\n");
        index.close();
        QFile svg(dir.filePath(u"system/actions/edit-copy.svg"_s));
        QVERIFY(svg.open(QIODevice::WriteOnly));
        svg.write("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"16\" height=\"16\" "
                  "viewBox=\"0 0 16 16\">"
                  "<rect width=\"16\" height=\"16\" fill=\"#ff0000\"/></svg>");
        svg.close();
        const QStringList searchPaths = QIcon::themeSearchPaths();
        QIcon::setThemeSearchPaths(searchPaths + QStringList { dir.path() });
        QIcon::setThemeName(u"system"_s);
        {
            IconTheme theme(qApp);
            QVERIFY(!theme.isPrimary());
            QCOMPARE(QIcon::themeName(), u"system"_s);
            QCOMPARE(QIcon::fallbackThemeName(), u"wharf-light"_s);
            const QIcon own = QIcon::fromTheme(u"edit-copy"_s);
            const QIcon ours = QIcon::fromTheme(u"images"_s);
            QCOMPARE(own.pixmap(16).toImage().pixelColor(8, 8), QColor(Qt::red));
            QVERIFY(inkLightness(ours.pixmap(16)) < 90);

            QApplication::setPalette(palette(true));
            QCOMPARE(QIcon::fallbackThemeName(), u"wharf-dark"_s);
            QCOMPARE(own.pixmap(16).toImage().pixelColor(8, 8), QColor(Qt::red));
            QVERIFY2(inkLightness(ours.pixmap(16)) > 170, "the fallback follows the palette too");
        }
        QIcon::setThemeName(QString());
        QIcon::setThemeSearchPaths(searchPaths);
    }
};

QTEST_MAIN(tst_IconTheme)
#include "tst_icontheme.moc"
