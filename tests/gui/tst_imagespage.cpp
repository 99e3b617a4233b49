// SPDX-License-Identifier: Apache-2.0
// The main window and its Images page, driven with QTest under the offscreen platform,
// against the real Docker and Podman engines of the fixture.
#include "ConfirmationDialog.h"
#include "EngineStatusBar.h"
#include "ImageDetailsPanel.h"
#include "ImagesPage.h"
#include "MainWindow.h"
#include "MessageBanner.h"
#include "TestServices.h"
#include "engine/Engine.h"
#include "engine/EngineClient.h"
#include "engine/EngineManager.h"
#include "models/ImageFilterProxyModel.h"
#include "models/ImageInventory.h"
#include "models/ImageListModel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace Qt::StringLiterals;
using namespace Wharf;
using Wharf::Test::TestServices;

namespace {

QStringList visibleReferences(const QAbstractItemModel *model, const QString &engineName = {})
{
    QStringList refs;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (!engineName.isEmpty()
            && model->index(row, ImageListModel::EngineColumn).data().toString() != engineName)
            continue;
        refs.append(model->index(row, 0).data(ImageListModel::ReferenceRole).toString());
    }
    return refs;
}

int rowOf(const QAbstractItemModel *model, const QString &reference, const QString &engineName)
{
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(ImageListModel::ReferenceRole).toString() == reference
            && model->index(row, ImageListModel::EngineColumn).data().toString() == engineName)
            return row;
    }
    return -1;
}

} // namespace

class tst_ImagesPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MainWindow> m_window;

    ImagesPage *page() const { return m_window->imagesPage(); }
    QAbstractItemModel *view() const { return page()->tableView()->model(); }

    Engine *engineNamed(const QString &name) const
    {
        for (Engine *engine : m_window->engineManager()->engines()) {
            if (engine->displayName() == name)
                return engine;
        }
        return nullptr;
    }

    // The window over the engines env finds, with its cache in a folder of its own.
    void openWindow(const DiscoveryEnvironment &env, const QString &cacheName)
    {
        auto *engines = new EngineManager(env);
        MainWindow::Options options;
        options.startEmbeddedPodman = false;
        options.cacheDirectory = m_dir.path() + u'/' + cacheName;
        m_window = std::make_unique<MainWindow>(engines, options);
        engines->setParent(m_window.get());
        m_window->show();
    }

    void selectRow(int row)
    {
        QTableView *table = page()->tableView();
        table->setFocus();
        table->selectionModel()->setCurrentIndex(view()->index(row, 0),
                                                 QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }

private Q_SLOTS:
    void initTestCase()
    {
        WHARF_REQUIRE_DOCKER();
        WHARF_REQUIRE_PODMAN();
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        ConfirmationDialog::setPresetAnswer(true);
    }

    void init()
    {
        DiscoveryEnvironment env;
        env.homeDirectory = m_dir.path() + u"/home"_s;
        env.systemRoot = m_dir.path() + u"/root"_s;
        env.environment.insert(u"DOCKER_HOST"_s, TestServices::dockerEndpoint().toUrl());
        env.environment.insert(u"CONTAINER_HOST"_s, TestServices::podmanEndpoint().toUrl());
        openWindow(env, u"cache"_s);
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->engineManager()->isFinished(), 20000);
        // Both engines listed.
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(view(), u"localhost/test/busybox:1"_s, u"Docker"_s) >= 0, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(view(), u"localhost/test/busybox:1"_s, u"Podman"_s) >= 0, 20000);
    }

    void cleanup()
    {
        m_window.reset();
    }

    // An engine named by DOCKER_HOST that does not answer gets one message, the window's,
    // with its whole fix list; not a second "stopped answering" for an engine that never
    // answered and has no saved images.
    void explicitHostThatNeverAnsweredHasOneBanner()
    {
        m_window.reset();
        DiscoveryEnvironment env;
        env.homeDirectory = m_dir.path() + u"/home-silent"_s;
        env.systemRoot = m_dir.path() + u"/root-silent"_s;
        env.environment.insert(u"DOCKER_HOST"_s, u"unix://"_s + m_dir.path() + u"/nothing-here.sock"_s);
        openWindow(env, u"cache-silent"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_window->engineManager()->isFinished(), 20000);
        const auto titles = [this] {
            QStringList shown;
            for (const MessageBanner *banner : page()->banners())
                shown.append(banner->title());
            return shown;
        };
        QTRY_COMPARE_WITH_TIMEOUT(titles(), QStringList{u"An engine you chose cannot be used"_s}, 10000);
        QTest::qWait(1500); // the inventory's listing attempt fails meanwhile: still one
        QCOMPARE(titles(), QStringList{u"An engine you chose cannot be used"_s});
    }

    void modelsPassTheTester()
    {
        QAbstractItemModelTester proxyTester(view(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QTest::keyClicks(page()->findChild<QLineEdit *>(u"filterLineEdit"_s), u"busy"_s);
        page()->findChild<QCheckBox *>(u"showDanglingCheckBox"_s)->setChecked(true);
        page()->tableView()->sortByColumn(ImageListModel::SizeColumn, Qt::AscendingOrder);
    }

    void bothEnginesSideBySide()
    {
        const QStringList docker = visibleReferences(view(), u"Docker"_s);
        const QStringList podman = visibleReferences(view(), u"Podman"_s);
        for (const QString &seeded : TestServices::seededImages()) {
            QVERIFY2(docker.contains(seeded), qPrintable(seeded));
            QVERIFY2(podman.contains(seeded), qPrintable(seeded));
        }
        EngineStatusBar *status = m_window->engineStatusBar();
        QVERIFY(status->engineText(engineNamed(u"Docker"_s)->id()).contains(u"DOCKER_HOST"_s));
        QVERIFY(status->engineText(engineNamed(u"Podman"_s)->id()).contains(u"CONTAINER_HOST"_s));
    }

    void filterAndDangling()
    {
        auto *filter = page()->findChild<QLineEdit *>(u"filterLineEdit"_s);
        // Ctrl+F puts the cursor in the filter.
        page()->tableView()->setFocus();
        QTest::keySequence(page()->tableView(), QKeySequence::Find);
        QVERIFY(filter->hasFocus());
        QTest::keyClicks(filter, u"other"_s);
        QTRY_VERIFY(view()->rowCount() > 0);
        for (const QString &ref : visibleReferences(view()))
            QVERIFY2(ref.contains(u"other"_s), qPrintable(ref));
        filter->clear();

        const int tagged = view()->rowCount();
        auto *dangling = page()->findChild<QCheckBox *>(u"showDanglingCheckBox"_s);
        QVERIFY(!dangling->isChecked());
        dangling->setChecked(true);
        // The fixture seeded one untagged image into each engine.
        QVERIFY(view()->rowCount() >= tagged + 2);
        dangling->setChecked(false);
        QCOMPARE(view()->rowCount(), tagged);
    }

    void sortByEveryColumn()
    {
        for (int column = 0; column < ImageListModel::ColumnCount; ++column) {
            page()->tableView()->sortByColumn(column, Qt::AscendingOrder);
            page()->tableView()->sortByColumn(column, Qt::DescendingOrder);
        }
        page()->tableView()->sortByColumn(ImageListModel::SizeColumn, Qt::AscendingOrder);
        qint64 previous = -1;
        for (int row = 0; row < view()->rowCount(); ++row) {
            const qint64 size = view()->index(row, ImageListModel::SizeColumn).data(ImageListModel::RawValueRole).toLongLong();
            QVERIFY(size >= previous);
            previous = size;
        }
    }

    void selectShowsDetailsAndCopies()
    {
        const int row = rowOf(view(), u"localhost/test/other:latest"_s, u"Podman"_s);
        QVERIFY(row >= 0);
        selectRow(row);
        const QString id = view()->index(row, 0).data(ImageListModel::ImageIdRole).toString();
        QTRY_VERIFY_WITH_TIMEOUT(page()->detailsPanel()->findChild<QWidget *>() != nullptr, 5000);
        QTRY_VERIFY_WITH_TIMEOUT(page()->detailsPanel()->grab().width() > 0, 5000);
        QTest::keySequence(page()->tableView(), QKeySequence::Copy);
        QCOMPARE(QApplication::clipboard()->text(), u"localhost/test/other:latest"_s);
        QVERIFY(!id.isEmpty());
    }

    // Launch… (Ctrl+L, the toolbar, the context menu) asks the window for a launch of the one
    // selected image: by repo:tag, or by ID when it has no tag.
    void launchAsksForTheSelectedImage()
    {
        Engine *docker = engineNamed(u"Docker"_s);
        QVERIFY(docker);
        QSignalSpy launch(page(), &ImagesPage::launchRequested);
        page()->tableView()->clearSelection();
        QVERIFY(!page()->launchAction()->isEnabled());
        selectRow(rowOf(view(), u"localhost/test/busybox:1"_s, u"Docker"_s));
        QVERIFY(page()->launchAction()->isEnabled());
        QTest::keyClick(page()->tableView(), Qt::Key_L, Qt::ControlModifier);
        QCOMPARE(launch.size(), 1);
        QCOMPARE(launch.at(0).at(0).toString(), docker->id());
        QCOMPARE(launch.at(0).at(1).toString(), u"localhost/test/busybox:1"_s);

        page()->findChild<QCheckBox *>(u"showDanglingCheckBox"_s)->setChecked(true);
        int dangling = -1;
        for (int row = 0; row < view()->rowCount() && dangling < 0; ++row) {
            const QModelIndex index = view()->index(row, 0);
            if (index.data(ImageListModel::DanglingRole).toBool()
                && index.siblingAtColumn(ImageListModel::EngineColumn).data().toString() == u"Docker"_s)
                dangling = row;
        }
        QVERIFY(dangling >= 0);
        selectRow(dangling);
        QTest::mouseClick(page()->findChild<QPushButton *>(u"launchButton"_s), Qt::LeftButton);
        QCOMPARE(launch.size(), 2);
        QCOMPARE(launch.at(1).at(1).toString(), view()->index(dangling, 0).data(ImageListModel::ImageIdRole).toString());
        QVERIFY(launch.at(1).at(1).toString().startsWith(u"sha256:"_s));

        // Two images: no launch.
        page()->tableView()->selectAll();
        QVERIFY(!page()->launchAction()->isEnabled());
        page()->launchSelected();
        QCOMPARE(launch.size(), 2);
    }

    void liveEventsAndRemove()
    {
        Engine *docker = engineNamed(u"Docker"_s);
        QVERIFY(docker);
        const QString tag = u"gui-%1"_s.arg(QDateTime::currentMSecsSinceEpoch());
        const QString reference = u"localhost/test/gui:"_s + tag;
        bool tagged = false;
        docker->client()->tagImage(u"localhost/test/busybox:1"_s, u"localhost/test/gui"_s, tag, this,
                                   [&](const Result<void> &r) { tagged = r.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(tagged, 10000);
        // Applied from the event stream, without a refresh.
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(view(), reference, u"Docker"_s) >= 0, 10000);

        selectRow(rowOf(view(), reference, u"Docker"_s));
        QVERIFY(page()->removeAction()->isEnabled());
        QTest::keyClick(page()->tableView(), Qt::Key_Delete);
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(view(), reference, u"Docker"_s) < 0, 10000);
        QVERIFY(ConfirmationDialog::lastQuestion().contains(reference)); // names what goes
        // The image itself keeps its other tags.
        QVERIFY(rowOf(view(), u"localhost/test/busybox:1"_s, u"Docker"_s) >= 0);
    }

    void removingAnImageInUseExplains()
    {
        // An image with a single name, and a container created from it: Docker refuses to
        // remove it (409) unless forced. (With a second name it would just untag.)
        Engine *docker = engineNamed(u"Docker"_s);
        QVERIFY(docker);
        auto send = [&](QByteArray method, QByteArray target, QJsonObject body = {}) {
            HttpRequest request;
            request.method = method;
            request.target = target;
            if (!body.isEmpty()) {
                request.headers.append(qMakePair("Content-Type"_ba, "application/json"_ba));
                request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
            }
            std::optional<Result<HttpResponse>> reply;
            docker->client()->send(request, this, [&](const Result<HttpResponse> &r) { reply = r; });
            QElapsedTimer timer;
            timer.start();
            while (!reply && timer.elapsed() < 10000)
                QTest::qWait(20);
            return reply ? QJsonDocument::fromJson(reply->ok() ? (*reply)->body : QByteArray()).object() : QJsonObject();
        };
        const QJsonObject containerSpec{{u"Cmd"_s, QJsonArray{u"true"_s}},
                                        {u"HostConfig"_s, QJsonObject{{u"NetworkMode"_s, u"none"_s}}}};
        QJsonObject fromOther = containerSpec;
        fromOther.insert(u"Image"_s, u"localhost/test/other:latest"_s);
        const QString base = send("POST", "/containers/create", fromOther).value(u"Id"_s).toString();
        QVERIFY(!base.isEmpty());
        const QString tag = u"inuse-%1"_s.arg(QDateTime::currentMSecsSinceEpoch());
        const QString reference = u"localhost/test/inuse:"_s + tag;
        QVERIFY(!send("POST", "/commit?container=" + base.toLatin1() + "&repo=localhost/test/inuse&tag=" + tag.toLatin1())
                     .value(u"Id"_s).toString().isEmpty());
        QJsonObject fromCommit = containerSpec;
        fromCommit.insert(u"Image"_s, reference);
        const QString user = send("POST", "/containers/create", fromCommit).value(u"Id"_s).toString();
        QVERIFY(!user.isEmpty());

        QTRY_VERIFY_WITH_TIMEOUT(rowOf(view(), reference, u"Docker"_s) >= 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(view()->index(rowOf(view(), reference, u"Docker"_s), ImageListModel::InUseColumn)
                                     .data(ImageListModel::InUseRole).toBool(), 10000);
        selectRow(rowOf(view(), reference, u"Docker"_s));
        page()->removeSelected(false);
        QTRY_VERIFY_WITH_TIMEOUT(!page()->banners().isEmpty(), 10000);
        const MessageBanner *banner = page()->banners().last();
        QVERIFY2(banner->title().contains(u"in use"_s), qPrintable(banner->title()));
        QVERIFY(rowOf(view(), reference, u"Docker"_s) >= 0);

        send("DELETE", "/containers/" + user.toLatin1() + "?force=1");
        send("DELETE", "/containers/" + base.toLatin1() + "?force=1");
        send("DELETE", "/images/" + QUrl::toPercentEncoding(reference) + "?force=1");
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(view(), reference, u"Docker"_s) < 0, 10000);
    }

    void keyboardOnly()
    {
        // Tab reaches the filter, the table and the Pull button; every one has a name.
        QWidget *start = page()->findChild<QLineEdit *>(u"filterLineEdit"_s);
        start->setFocus();
        QSet<QWidget *> visited;
        QWidget *current = start;
        for (int i = 0; i < 20; ++i) {
            visited.insert(current);
            QVERIFY2(!current->accessibleName().isEmpty() || !current->property("text").toString().isEmpty(),
                     qPrintable(current->objectName()));
            current = current->nextInFocusChain();
            while (current && (!current->isVisible() || current->focusPolicy() == Qt::NoFocus))
                current = current->nextInFocusChain();
            if (!current || current == start)
                break;
        }
        QVERIFY(visited.contains(page()->tableView()));
    }
};

QTEST_MAIN(tst_ImagesPage)
#include "tst_imagespage.moc"
