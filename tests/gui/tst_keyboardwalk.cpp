// SPDX-License-Identifier: Apache-2.0
// Every page of the main window by keyboard (issue 7, Accessibility): from the sidebar, Tab
// walks the whole focus chain and comes back; focus lands only on visible, enabled widgets,
// each with an accessible name; every control of the page is reached; Shift+Tab walks the
// same chain backwards; and with a large font no label is cut. The pages are taken from the
// sidebar, so a page added there is covered without changing this test.
#include "DiagnosticsFixtures.h"
#include "MainWindow.h"
#include "RegistryServices.h"
#include "TestServices.h"
#include "TroubleshootingPage.h"
#include "credentials/SessionSecretStore.h"
#include "diagnostics/CheckRunner.h"
#include "engine/DiscoveryEnvironment.h"
#include "engine/EngineClient.h"
#include "engine/EngineManager.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTextEdit>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Wharf;
using namespace Wharf::Test;
using namespace std::chrono_literals;

namespace {

// Enough for any page: a page with more stops than this is a keyboard user's nightmare anyway.
constexpr int MaxSteps = 200;
// A text browser or a label moves through its links with Tab before it lets focus go.
constexpr int MaxStepsInsideLinks = 50;

// "QLineEdit 'filterLineEdit' in ImagesPage 'imagesPage'": enough to find the widget.
QString describe(const QWidget *widget)
{
    if (!widget)
        return u"(no widget)"_s;
    QString text = QString::fromLatin1(widget->metaObject()->className());
    if (!widget->objectName().isEmpty())
        text += u" '"_s + widget->objectName() + u'\'';
    for (const QWidget *parent = widget->parentWidget(); parent; parent = parent->parentWidget()) {
        if (!parent->objectName().isEmpty()) {
            text += u" in "_s + QString::fromLatin1(parent->metaObject()->className()) + u" '"_s
                + parent->objectName() + u'\'';
            break;
        }
    }
    return text;
}

// The name a screen reader says: the widget's own, its buddy label's, its button text.
QString accessibleName(QWidget *widget)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    QString name = iface ? iface->text(QAccessible::Name).trimmed() : QString();
    // Line edits of combo boxes and spin boxes speak for their owner.
    if (name.isEmpty() && widget->parentWidget()
        && (qobject_cast<QComboBox *>(widget->parentWidget())
            || qobject_cast<QAbstractSpinBox *>(widget->parentWidget())))
        return accessibleName(widget->parentWidget());
    return name;
}

// Whether a user can see the widget: shown, with some size, all of its parents too.
bool isShowing(const QWidget *widget)
{
    if (!widget->isVisible())
        return false;
    for (const QWidget *w = widget; w && !w->isWindow(); w = w->parentWidget()) {
        if (w->width() <= 0 || w->height() <= 0)
            return false;
    }
    return true;
}

// The controls a keyboard user must be able to reach: buttons, edits, views, choosers that
// are showing and enabled. Parts of other controls (scroll bars, header views, a combo's
// line edit, a tab bar's scroll buttons) belong to their owner.
bool isControl(QWidget *widget)
{
    if (!isShowing(widget) || !widget->isEnabled())
        return false;
    if (qobject_cast<QScrollBar *>(widget) || qobject_cast<QHeaderView *>(widget))
        return false;
    QWidget *parent = widget->parentWidget();
    if (parent
        && (qobject_cast<QComboBox *>(parent) || qobject_cast<QAbstractSpinBox *>(parent)
            || qobject_cast<QTabBar *>(parent) || qobject_cast<QAbstractItemView *>(parent->parentWidget())))
        return false; // inner parts, and editors open in a view
    return qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget)
        || qobject_cast<QComboBox *>(widget) || qobject_cast<QAbstractItemView *>(widget)
        || qobject_cast<QAbstractSpinBox *>(widget) || qobject_cast<QAbstractSlider *>(widget)
        || qobject_cast<QTextEdit *>(widget) || qobject_cast<QPlainTextEdit *>(widget)
        || qobject_cast<QTabBar *>(widget);
}

// The widget that takes focus for `widget` (its focus proxy, if any).
QWidget *focusTarget(QWidget *widget)
{
    while (widget->focusProxy())
        widget = widget->focusProxy();
    return widget;
}

struct Walk
{
    QList<QWidget *> stops; // in order, without the sidebar at either end
    QStringList problems;
    bool cameBack = false;
};

// Presses Tab (or Shift+Tab) from `start` until focus is back on it.
Walk walkFrom(QWidget *start, bool forward, const QString &page)
{
    Walk walk;
    QWidget *previous = start;
    int repeats = 0;
    for (int step = 0; step < MaxSteps; ++step) {
        QWidget *current = QApplication::focusWidget();
        if (!current) {
            walk.problems << u"%1: focus was lost after %2"_s.arg(page, describe(previous));
            return walk;
        }
        if (forward)
            QTest::keyClick(current, Qt::Key_Tab);
        else
            QTest::keyClick(current, Qt::Key_Backtab, Qt::ShiftModifier);
        QWidget *next = QApplication::focusWidget();
        if (!next) {
            walk.problems << u"%1: focus was lost after %2"_s.arg(page, describe(current));
            return walk;
        }
        if (next == start) {
            walk.cameBack = true;
            return walk;
        }
        if (next == current) {
            // Only text with links may keep Tab for a while (it moves through its links).
            const bool hasLinks = qobject_cast<QTextBrowser *>(next) || qobject_cast<QLabel *>(next);
            const int allowed = hasLinks ? MaxStepsInsideLinks : 0;
            if (++repeats > allowed) {
                walk.problems << u"%1: %2 keeps the focus (%3 does not leave it)"_s.arg(
                    page, describe(next), forward ? u"Tab"_s : u"Shift+Tab"_s);
                return walk;
            }
            continue;
        }
        repeats = 0;
        if (!isShowing(next) || !next->isEnabled())
            walk.problems << u"%1: focus landed on the %2 %3"_s.arg(
                page, next->isEnabled() ? u"invisible"_s : u"disabled"_s, describe(next));
        walk.stops.append(next);
        previous = next;
    }
    walk.problems << u"%1: %2 did not come back to the sidebar within %3 steps (last: %4)"_s.arg(
        page, forward ? u"Tab"_s : u"Shift+Tab"_s, QString::number(MaxSteps), describe(previous));
    return walk;
}

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
        HttpRequest request;
        request.method = method;
        request.target = target;
        if (!body.isEmpty()) {
            request.headers.append({"Content-Type"_ba, "application/json"_ba});
            request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
        }
        std::optional<Result<HttpResponse>> result;
        QObject context;
        m_client->send(request, &context, [&](const Result<HttpResponse> &answer) { result = answer; });
        QElapsedTimer timer;
        timer.start();
        while (!result && timer.elapsed() < 30000)
            QTest::qWait(20);
        return result ? *result : Result<HttpResponse>(Error(ErrorCode::Timeout, u"no answer"_s));
    }

    std::unique_ptr<EngineClient> m_client;
    QByteArray m_id;
    bool m_started = false;
};

QString list(const QStringList &problems)
{
    return u"\n  "_s + problems.join(u"\n  "_s);
}

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
            if (!isControl(view) || !view->model() || view->model()->rowCount() == 0 || view->currentIndex().isValid())
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
        QStringList problems;

        // (1) Around the chain and back, only on visible and enabled widgets.
        const Walk forward = walkFrom(start, true, page);
        problems << forward.problems;
        QStringList order;
        for (QWidget *stop : forward.stops)
            order << describe(stop);
        qInfo().noquote() << page << "Tab order:" << order.join(u"\n    "_s);

        // (2) Every stop has a name a screen reader can say.
        QSet<QWidget *> reported;
        for (QWidget *stop : forward.stops) {
            if (!reported.contains(stop) && accessibleName(stop).isEmpty()) {
                problems << u"%1: %2 has no accessible name"_s.arg(page, describe(stop));
                reported.insert(stop);
            }
        }

        // (3) Every control of the window as it shows this page is reached: the page's view,
        // its filter, its buttons.
        if (forward.cameBack) {
            const QSet<QWidget *> reached(forward.stops.cbegin(), forward.stops.cend());
            bool viewReached = false;
            const QList<QWidget *> widgets = m_window->findChildren<QWidget *>();
            for (QWidget *widget : widgets) {
                if (widget == start || !isControl(widget))
                    continue;
                const bool wasReached = reached.contains(focusTarget(widget));
                if (!wasReached)
                    problems << u"%1: %2 cannot be reached with Tab"_s.arg(page, describe(widget));
                if (wasReached && qobject_cast<QAbstractItemView *>(widget)
                    && pages()->currentWidget()->isAncestorOf(widget))
                    viewReached = true;
            }
            const QList<QAbstractItemView *> views = pages()->currentWidget()->findChildren<QAbstractItemView *>();
            const bool showsView = std::any_of(views.cbegin(), views.cend(), [](QAbstractItemView *view) { return isControl(view); });
            if (showsView && !viewReached)
                problems << u"%1: the page's list cannot be reached with Tab"_s.arg(page);
        }

        // (4) Shift+Tab walks the same chain backwards.
        if (forward.cameBack) {
            QTRY_COMPARE(QApplication::focusWidget(), start);
            const Walk backward = walkFrom(start, false, page);
            problems << backward.problems;
            if (backward.cameBack) {
                QList<QWidget *> expected(forward.stops.crbegin(), forward.stops.crend());
                if (backward.stops != expected) {
                    QStringList there;
                    QStringList back;
                    for (QWidget *w : expected)
                        there << describe(w);
                    for (QWidget *w : backward.stops)
                        back << describe(w);
                    problems << u"%1: Shift+Tab does not walk the Tab chain backwards:\n    expected %2\n    got      %3"_s
                                    .arg(page, there.join(u" | "_s), back.join(u" | "_s));
                }
            }
        }
        QVERIFY2(problems.isEmpty(), qPrintable(list(problems)));
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
        QStringList problems;

        const QSize minimum = m_window->minimumSizeHint();
        if (minimum.width() > 1600 || minimum.height() > 1200)
            problems << u"%1: with a 20 pt font the window needs at least %2x%3 (more than 1600x1200)"_s.arg(
                page, QString::number(minimum.width()), QString::number(minimum.height()));
        m_window->resize(m_window->size().expandedTo(minimum).boundedTo(QSize(1600, 1200)));
        QTest::qWait(100);

        const QList<QLabel *> labels = pages()->currentWidget()->findChildren<QLabel *>();
        for (QLabel *label : labels) {
            if (!isShowing(label) || label->text().isEmpty() || !label->pixmap().isNull())
                continue;
            const bool cutWide = !label->wordWrap() && label->width() < label->minimumSizeHint().width();
            const bool cutHigh = label->wordWrap() && label->height() < label->heightForWidth(label->width());
            if (cutWide || cutHigh)
                problems << u"%1: with a 20 pt font the label %2 (\"%3\") is cut: %4x%5, needs %6"_s.arg(
                    page, describe(label), label->text().left(40), QString::number(label->width()),
                    QString::number(label->height()),
                    cutWide ? u"width %1"_s.arg(label->minimumSizeHint().width())
                            : u"height %1"_s.arg(label->heightForWidth(label->width())));
        }
        m_window->resize(1260, 760);
        QVERIFY2(problems.isEmpty(), qPrintable(list(problems)));
    }
};

QTEST_MAIN(tst_KeyboardWalk)
#include "tst_keyboardwalk.moc"
