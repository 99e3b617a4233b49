// SPDX-License-Identifier: Apache-2.0
// Every page of the main window by keyboard (issue 7, Accessibility): from the sidebar, Tab
// walks the whole focus chain and comes back; focus lands only on visible, enabled widgets,
// each with an accessible name; every control of the page is reached; Shift+Tab walks the
// same chain backwards; and with a large font no label is cut. The pages are taken from the
// sidebar, so a page added there is covered without changing this test. A banner at the top
// of a page is reached where it shows, not after the whole page. The walking and checking is
// FocusChainWalker's (tests/support/gui), shared with tst_dialogkeyboardwalk.
#include "EngineRequest.h"
#include "DiagnosticsFixtures.h"
#include "FocusChainWalker.h"
#include "ImagesPage.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "MessageBannerArea.h"
#include "RegistryServices.h"
#include "TestServices.h"
#include "TroubleshootingPage.h"
#include "base/Error.h"
#include "credentials/SessionSecretStore.h"
#include "diagnostics/CheckRunner.h"
#include "engine/DiscoveryEnvironment.h"
#include "engine/EngineClient.h"
#include "engine/EngineManager.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Wharf;
using namespace Wharf::Test;
using namespace std::chrono_literals;

namespace {

// One running container, so that the Containers page shows its table and details: made with
// a client of the test's own, before the window.
class RunningContainer
{
public:
    explicit RunningContainer(const EngineEndpoint &endpoint)
        : m_client(std::make_unique<EngineClient>(endpoint))
    {
        m_client->setApiVersion(u"1.41"_s);
        const QByteArray name = "wharf-keyboardwalk-" + QByteArray::number(QRandomGenerator::global()->generate(), 16);
        const QJsonObject body{{u"Image"_s, u"localhost/test/busybox:1"_s},
                               {u"Cmd"_s, QJsonArray{u"sleep"_s, u"300"_s}},
                               {u"Labels"_s, QJsonObject{{u"wharf.strategy"_s, u"host"_s}}},
                               {u"HostConfig"_s, QJsonObject{{u"NetworkMode"_s, u"none"_s}}}};
        const auto created = send("POST", "/containers/create?name="_ba + name, body);
        if (!created || created->status != 201)
            return;
        m_id = QJsonDocument::fromJson(created->body).object().value(u"Id"_s).toString().toLatin1();
        const auto started = send("POST", "/containers/"_ba + m_id + "/start"_ba);
        if (!started || started->status >= 300)
            m_started = false;
        else
            m_started = true;
    }
    ~RunningContainer()
    {
        if (!m_id.isEmpty())
            (void)send("DELETE", "/containers/"_ba + m_id + "?force=1"_ba);
    }
    bool isRunning() const { return m_started; }

private:
    Result<HttpResponse> send(const QByteArray &method, const QByteArray &target, const QJsonObject &body = {})
    {
        return EngineRequest::sendAndWait(m_client.get(), method, target, body);
    }

    std::unique_ptr<EngineClient> m_client;
    QByteArray m_id;
    bool m_started = false;
};

} // namespace

class tst_KeyboardWalk : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<DiagnosticsRoot> m_root;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<SessionSecretStore> m_keychain; // stands in for the system keychain
    std::unique_ptr<SessionSecretStore> m_session;
    std::unique_ptr<RegistryServices> m_services;
    std::unique_ptr<RunningContainer> m_container;
    std::unique_ptr<MainWindow> m_window;
    QFont m_font;

    QListWidget *sidebar() const { return m_window->findChild<QListWidget *>(u"sidebarListWidget"_s); }

    QStackedWidget *pages() const
    {
        const auto stacks = sidebar()->parentWidget()->findChildren<QStackedWidget *>(Qt::FindDirectChildrenOnly);
        return stacks.isEmpty() ? nullptr : stacks.first();
    }

    void addPageRows()
    {
        QTest::addColumn<int>("row");
        QListWidget *list = sidebar();
        QVERIFY(list);
        QVERIFY(list->count() > 0);
        for (int row = 0; row < list->count(); ++row)
            QTest::newRow(qPrintable(list->item(row)->text())) << row;
    }

    // Shows page `row` with focus on the sidebar, once the page settled.
    void selectPage(int row)
    {
        QListWidget *list = sidebar();
        list->setCurrentRow(row);
        QCOMPARE(pages()->currentIndex(), row);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        list->setFocus(Qt::OtherFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(list));
        // Pages that load when shown: let them (the checks, the lists).
        TroubleshootingPage *troubleshooting = m_window->troubleshootingPage();
        if (pages()->currentWidget() == troubleshooting)
            QTRY_VERIFY_WITH_TIMEOUT(troubleshooting->hasRun() && !troubleshooting->runner()->isRunning(), 30000);
        // A row chosen in each list, so that the details beside it show their controls too.
        const QList<QAbstractItemView *> views = pages()->currentWidget()->findChildren<QAbstractItemView *>();
        for (QAbstractItemView *view : views) {
            if (!FocusChainWalker::isControl(view) || !view->model() || view->model()->rowCount() == 0 || view->currentIndex().isValid())
                continue;
            // In a tree, the first item that has no (loaded) children: a group says little.
            QModelIndex first = view->model()->index(0, 0);
            while (view->model()->rowCount(first) > 0)
                first = view->model()->index(0, 0, first);
            view->setCurrentIndex(first);
        }
        QTest::qWait(500);
        list->setFocus(Qt::OtherFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(list));
    }

private Q_SLOTS:
    void initTestCase()
    {
        WHARF_REQUIRE_DOCKER();
        WHARF_REQUIRE_PODMAN();
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_font = QApplication::font();
        // The checks read a prepared computer, not this one.
        m_root = std::make_unique<DiagnosticsRoot>();
        QVERIFY(m_root->isValid());

        m_container = std::make_unique<RunningContainer>(TestServices::podmanEndpoint());
        QVERIFY2(m_container->isRunning(), "a busybox container for the Containers page");

        m_settings = std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        m_keychain = std::make_unique<SessionSecretStore>();
        m_session = std::make_unique<SessionSecretStore>();
        m_services = std::make_unique<RegistryServices>(m_settings.get(), m_keychain.get(), m_session.get());

        DiscoveryEnvironment env;
        env.homeDirectory = m_dir.path() + u"/home"_s;
        env.systemRoot = m_dir.path() + u"/root"_s;
        env.environment.insert(u"DOCKER_HOST"_s, TestServices::dockerEndpoint().toUrl());
        env.environment.insert(u"CONTAINER_HOST"_s, TestServices::podmanEndpoint().toUrl());
        auto *engines = new EngineManager(env);
        MainWindow::Options options;
        options.startEmbeddedPodman = false;
        options.cacheDirectory = m_dir.path() + u"/cache"_s;
        options.registries = m_services.get();
        m_window = std::make_unique<MainWindow>(engines, options);
        engines->setParent(m_window.get());
        TroubleshootingPage *troubleshooting = m_window->troubleshootingPage();
        troubleshooting->setEnvironment(m_root->environment());
        DiagnosticOptions diagnostics;
        diagnostics.repositoryTimeout = 3s;
        troubleshooting->setOptions(diagnostics);
        troubleshooting->setCheckTimeout(15s);

        m_window->resize(1260, 760);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->engineManager()->isFinished(), 20000);
        QVERIFY(sidebar());
        QVERIFY(pages());
        QCOMPARE(pages()->count(), sidebar()->count());
    }

    void cleanupTestCase()
    {
        QApplication::setFont(m_font);
        m_window.reset();
        m_services.reset();
        m_container.reset();
    }

    void tabWalksEveryPage_data() { addPageRows(); }

    void tabWalksEveryPage()
    {
        QFETCH(int, row);
        selectPage(row);
        const QString page = sidebar()->item(row)->text();
        QWidget *start = sidebar();
        FocusChainWalker walker(page);

        // Around the chain and back, names, every control of the window as it shows this page
        // reached, Shift+Tab backwards.
        const FocusChainWalker::Walk forward = walker.checkCycle(start, m_window.get());

        // The page's own list among them, not only the window's controls.
        if (forward.cameBack) {
            const QList<QAbstractItemView *> views = pages()->currentWidget()->findChildren<QAbstractItemView *>();
            const bool showsView = std::any_of(views.cbegin(), views.cend(),
                [](QAbstractItemView *view) { return FocusChainWalker::isControl(view); });
            const bool viewReached = std::any_of(views.cbegin(), views.cend(), [&forward](QAbstractItemView *view) {
                return FocusChainWalker::isControl(view) && forward.stops.contains(FocusChainWalker::focusTarget(view));
            });
            if (showsView && !viewReached)
                walker.addProblem(u"the page's list cannot be reached with Tab"_s);
        }
        QVERIFY2(walker.problems().isEmpty(), qPrintable(walker.report()));
    }

    // A banner at the top of a page (an engine error, with its remedies, Details and Dismiss)
    // is reached where it shows: after the toolbar above it, before the list below it, its
    // buttons top to bottom and left to right; not last, after everything else on the page.
    void bannerInScreenOrder()
    {
        const int row = pages()->indexOf(m_window->imagesPage());
        QVERIFY(row >= 0);
        selectPage(row);
        MessageBannerArea *area = m_window->imagesPage()->bannerArea();
        // An error the catalogue knows (remedy buttons, Copy Report), with details.
        const Error error(ErrorCode::PermissionDenied, u"Wharf may not use the Docker engine."_s,
            u"dial unix /var/run/docker.sock: connect: permission denied"_s);
        MessageBanner *banner = area->showError(u"Docker is not answering"_s, error);
        banner->addAction(u"Retry"_s, [] {}, true);
        const auto removeBanner = qScopeGuard([area, banner] { area->remove(banner); });
        QTest::qWait(200); // laid out
        QTRY_VERIFY(FocusChainWalker::isShowing(banner));
        sidebar()->setFocus(Qt::OtherFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(sidebar()));

        FocusChainWalker walker(u"Images with a banner"_s);
        const FocusChainWalker::Walk forward = walker.checkCycle(sidebar(), m_window.get());
        if (forward.cameBack)
            walker.checkScreenOrder(forward, banner);
        // Its buttons: all of them reached.
        const QList<QAbstractButton *> buttons = banner->findChildren<QAbstractButton *>();
        QVERIFY(buttons.size() >= 2);
        for (QAbstractButton *button : buttons) {
            if (FocusChainWalker::isControl(button) && !forward.stops.contains(button))
                walker.addProblem(u"%1 in the banner is not reached"_s.arg(FocusChainWalker::describe(button)));
        }
        QVERIFY2(walker.problems().isEmpty(), qPrintable(walker.report()));
    }

    // (5) A large font: the window still fits a common screen, and no label is cut.
    void largeFontFits_data() { addPageRows(); }

    void largeFontFits()
    {
        QFETCH(int, row);
        QFont large = m_font;
        large.setPointSize(20);
        QApplication::setFont(large);
        const auto restore = qScopeGuard([this] { QApplication::setFont(m_font); });
        selectPage(row);
        const QString page = sidebar()->item(row)->text();
        FocusChainWalker walker(page);

        const QSize minimum = m_window->minimumSizeHint();
        if (minimum.width() > 1600 || minimum.height() > 1200)
            walker.addProblem(u"with a 20 pt font the window needs at least %1x%2 (more than 1600x1200)"_s.arg(
                QString::number(minimum.width()), QString::number(minimum.height())));
        m_window->resize(m_window->size().expandedTo(minimum).boundedTo(QSize(1600, 1200)));
        QTest::qWait(100);

        walker.checkLabelsFit(pages()->currentWidget());
        m_window->resize(1260, 760);
        QVERIFY2(walker.problems().isEmpty(), qPrintable(walker.report()));
    }
};

QTEST_MAIN(tst_KeyboardWalk)
#include "tst_keyboardwalk.moc"
