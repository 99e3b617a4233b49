// SPDX-License-Identifier: Apache-2.0
// The Containers page, driven with QTest under the offscreen platform, against the real
// Docker and Podman engines of the fixture; Open Terminal runs the real `wharf
// run-in-terminal` in xterm on a private Xvfb.
#include "EngineRequest.h"
#include "ConfirmationDialog.h"
#include "ContainerDetailsPanel.h"
#include "ContainerLogView.h"
#include "ContainersPage.h"
#include "MessageBanner.h"
#include "PrivatePodman.h"
#include "ReviewScreenshot.h"
#include "TestServices.h"
#include "engine/Engine.h"
#include "engine/EngineClient.h"
#include "engine/EngineManager.h"
#include "models/ContainerFilterProxyModel.h"
#include "models/ContainerListModel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Wharf;
using Wharf::Test::EngineRequest;
using Wharf::Test::TestServices;

namespace {

constexpr int WaitMs = 20000;

QString uniqueName(const QString &prefix)
{
    return prefix + u"-%1"_s.arg(QRandomGenerator::global()->generate(), 8, 16, QChar(u'0'));
}

// A client of the test's own for set-up: the page's calls are what is under test.
struct Fixture
{
    std::unique_ptr<EngineClient> client;

    explicit Fixture(const EngineEndpoint &endpoint)
        : client(std::make_unique<EngineClient>(endpoint))
    {
        client->setApiVersion(u"1.41"_s);
    }

    Result<HttpResponse> send(const QByteArray &method, const QByteArray &target, const QJsonObject &body = {})
    {
        return EngineRequest::sendAndWait(client.get(), method, target, body);
    }

    // A busybox container with no network; started unless asked not to. Empty on failure.
    QString run(const QString &name, const QString &script, bool start = true,
        const QStringList &binds = {}, const QString &strategy = u"host"_s)
    {
        QJsonObject hostConfig { { u"NetworkMode"_s, u"none"_s } };
        if (!binds.isEmpty())
            hostConfig.insert(u"Binds"_s, QJsonArray::fromStringList(binds));
        QJsonObject labels;
        if (!strategy.isEmpty())
            labels.insert(u"wharf.strategy"_s, strategy);
        const auto created = send("POST", "/containers/create?name="_ba + name.toLatin1(),
            QJsonObject { { u"Image"_s, u"localhost/test/busybox:1"_s },
                { u"Cmd"_s, QJsonArray { u"sh"_s, u"-c"_s, script } }, { u"Labels"_s, labels },
                { u"HostConfig"_s, hostConfig } });
        if (!created || created->status != 201)
            return {};
        const QString id
            = QJsonDocument::fromJson(created->body).object().value(u"Id"_s).toString();
        if (start) {
            const auto started = send("POST", "/containers/"_ba + id.toLatin1() + "/start"_ba);
            if (!started || started->status >= 300) {
                qWarning() << "cannot start" << name << (started ? started->body : QByteArray());
                remove(id);
                return {};
            }
        }
        return id;
    }

    void remove(const QString &id)
    {
        if (!id.isEmpty())
            (void)send("DELETE", "/containers/"_ba + id.toLatin1() + "?force=1"_ba);
    }

    bool exists(const QString &id)
    {
        const auto inspected = send("GET", "/containers/"_ba + id.toLatin1() + "/json"_ba);
        return inspected && inspected->status == 200;
    }

    QJsonObject inspect(const QString &id)
    {
        const auto inspected = send("GET", "/containers/"_ba + id.toLatin1() + "/json"_ba);
        return inspected && inspected->status == 200
            ? QJsonDocument::fromJson(inspected->body).object()
            : QJsonObject();
    }
};

} // namespace

class tst_ContainersPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<EngineManager> m_engines;
    std::unique_ptr<ContainersPage> m_page;

    QAbstractItemModel *view() const { return m_page->tableView()->model(); }

    // The view row of a container, or -1.
    int viewRow(const QString &id) const
    {
        for (int row = 0; row < view()->rowCount(); ++row) {
            if (view()->index(row, 0).data(ContainerListModel::ContainerIdRole).toString() == id)
                return row;
        }
        return -1;
    }

    void select(const QString &id)
    {
        const int row = viewRow(id);
        QVERIFY(row >= 0);
        QTableView *table = m_page->tableView();
        table->setFocus();
        table->selectionModel()->setCurrentIndex(
            view()->index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }

    Engine *engineNamed(const QString &name) const
    {
        for (Engine *engine : m_engines->engines()) {
            if (engine->displayName() == name)
                return engine;
        }
        return nullptr;
    }

    void makePage(const AutomounterSettings &settings = {})
    {
        DiscoveryEnvironment env;
        env.homeDirectory = m_dir.path() + u"/home"_s;
        env.systemRoot = m_dir.path() + u"/root"_s;
        env.environment.insert(u"DOCKER_HOST"_s, TestServices::dockerEndpoint().toUrl());
        env.environment.insert(u"CONTAINER_HOST"_s, TestServices::podmanEndpoint().toUrl());
        m_engines = std::make_unique<EngineManager>(env);
        m_page = std::make_unique<ContainersPage>(m_engines.get(), settings);
        m_page->resize(1280, 620);
        m_page->show();
        m_engines->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_engines->isFinished(), WaitMs);
        QVERIFY(engineNamed(u"Docker"_s) && engineNamed(u"Podman"_s));
        QTRY_VERIFY_WITH_TIMEOUT(m_page->model()->hasListed(engineNamed(u"Docker"_s)->id())
                && m_page->model()->hasListed(engineNamed(u"Podman"_s)->id()),
            WaitMs);
    }

private Q_SLOTS:
    void initTestCase()
    {
        WHARF_REQUIRE_DOCKER();
        WHARF_REQUIRE_PODMAN();
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void cleanup()
    {
        ConfirmationDialog::setPresetAnswer(std::nullopt);
        m_page.reset();
        m_engines.reset();
    }

    // Containers of both engines in one table, live, filtered; details with the mounts.
    void rowsShownLive()
    {
        Fixture docker(TestServices::dockerEndpoint());
        Fixture podman(TestServices::podmanEndpoint());
        // What an analysis container started with the automounter strategy looks like: /cvmfs
        // from the automounter's mount folder, the working folder at the same path. (Without
        // rslave: the temporary folder is no shared mount, and the engine would refuse it.)
        QTemporaryDir folders;
        const QString work = folders.path() + u"/analysis"_s;
        const QString shared = folders.path() + u"/shared-mounts"_s;
        QVERIFY(QDir().mkpath(work) && QDir().mkpath(shared + u"/cvmfs"_s));
        const QString automounterName = uniqueName(u"cvmfs"_s);
        const QString automounter = docker.run(
            automounterName, u"sleep 300"_s, true, { shared + u":/cvmfsmounts"_s }, {});
        const QString running = docker.run(uniqueName(u"wharf-page"_s), u"sleep 300"_s, true,
            { shared + u"/cvmfs:/cvmfs:ro"_s, work + u":"_s + work }, u"automounter"_s);
        const QString stopped = podman.run(uniqueName(u"wharf-page-created"_s), u"true"_s, false);
        auto cleanupContainers = qScopeGuard([&] {
            docker.remove(automounter);
            docker.remove(running);
            podman.remove(stopped);
        });
        QVERIFY(!automounter.isEmpty() && !running.isEmpty() && !stopped.isEmpty());

        AutomounterSettings settings;
        settings.containerName = automounterName;
        makePage(settings);
        QAbstractItemModelTester tester(
            view(), QAbstractItemModelTester::FailureReportingMode::Fatal);
        QTRY_VERIFY_WITH_TIMEOUT(viewRow(running) >= 0 && viewRow(stopped) >= 0, WaitMs);
        QVERIFY(!m_page->isShowingEmptyState());
        const int row = viewRow(running);
        QCOMPARE(
            view()->index(row, ContainerListModel::EngineColumn).data().toString(), u"Docker"_s);
        QCOMPARE(view()->index(row, ContainerListModel::StrategyColumn).data().toString(),
            u"Automounter"_s);
        QCOMPARE(view()->index(row, ContainerListModel::MountsColumn).data().toString(),
            u"/cvmfs, "_s + work);
        QCOMPARE(view()
                     ->index(viewRow(automounter), ContainerListModel::StrategyColumn)
                     .data()
                     .toString(),
            u"cvmfs-automounter"_s);
        QCOMPARE(
            view()->index(row, ContainerListModel::StateColumn).data().toString(), u"Running"_s);
        QCOMPARE(
            view()->index(viewRow(stopped), ContainerListModel::EngineColumn).data().toString(),
            u"Podman"_s);
        // Running first.
        QVERIFY(viewRow(running) < viewRow(stopped));

        // A container started now appears without a refresh.
        const QString later = podman.run(uniqueName(u"wharf-page-later"_s), u"sleep 300"_s);
        auto cleanupLater = qScopeGuard([&] { podman.remove(later); });
        QTRY_VERIFY_WITH_TIMEOUT(viewRow(later) >= 0, WaitMs);

        // The filter: every word must match somewhere.
        QTest::keyClicks(
            m_page->findChild<QLineEdit *>(u"filterLineEdit"_s), u"wharf-page-created"_s);
        QTRY_COMPARE(view()->rowCount(), 1);
        QCOMPARE(viewRow(stopped), 0);
        m_page->findChild<QLineEdit *>(u"filterLineEdit"_s)->clear();
        m_page->proxyModel()->setShowStopped(false);
        QCOMPARE(viewRow(stopped), -1);
        QVERIFY(viewRow(running) >= 0);
        m_page->proxyModel()->setShowStopped(true);

        // The details of the selected container.
        select(running);
        QSignalSpy inspected(m_page->detailsPanel(), &ContainerDetailsPanel::inspected);
        QVERIFY(inspected.wait(WaitMs) || m_page->detailsPanel()->details());
        QTRY_VERIFY(m_page->detailsPanel()->details() != nullptr);
        const QString html = m_page->detailsPanel()->html();
        QVERIFY(html.contains(u"Started"_s));
        QVERIFY(html.contains(u"Mounts"_s));
        QVERIFY(html.contains(u"read-only"_s));
        QVERIFY(html.contains(work.toHtmlEscaped()));
        QVERIFY(m_page->openTerminalAction()->isEnabled());
        QVERIFY(m_page->stopAction()->isEnabled());
        QVERIFY(m_page->removeAction()->isEnabled());
        Wharf::Test::saveReviewScreenshot(m_page.get(), u"containers-page"_s);

        select(stopped);
        QVERIFY(!m_page->openTerminalAction()->isEnabled());
        QVERIFY(!m_page->stopAction()->isEnabled());
        QVERIFY(m_page->logsAction()->isEnabled());
    }

    // Stop, then Remove with the confirmation accepted; a refused confirmation removes nothing.
    void stopAndRemove()
    {
        Fixture docker(TestServices::dockerEndpoint());
        const QString name = uniqueName(u"wharf-stop"_s);
        const QString id = docker.run(name, u"sleep 300"_s);
        auto cleanupContainers = qScopeGuard([&] { docker.remove(id); });
        QVERIFY(!id.isEmpty());
        makePage();
        m_page->setStopTimeout(1);
        QTRY_VERIFY_WITH_TIMEOUT(viewRow(id) >= 0, WaitMs);
        select(id);
        QVERIFY(m_page->stopAction()->isEnabled());

        QSignalSpy finished(m_page.get(), &ContainersPage::operationFinished);
        m_page->stopAction()->trigger();
        QVERIFY(finished.wait(WaitMs));
        QCOMPARE(finished.last().at(1).toBool(), true);
        QTRY_COMPARE_WITH_TIMEOUT(
            view()->index(viewRow(id), 0).data(ContainerListModel::StateRole).toString(),
            u"exited"_s, WaitMs);
        QTRY_VERIFY(!m_page->stopAction()->isEnabled());
        QVERIFY(!m_page->openTerminalAction()->isEnabled());

        // Start brings the stopped container back with its own command; Stop ends it again.
        select(id);
        QVERIFY(m_page->startAction()->isEnabled());
        m_page->startAction()->trigger();
        QVERIFY(finished.wait(WaitMs));
        QCOMPARE(finished.last().at(1).toBool(), true);
        QTRY_COMPARE_WITH_TIMEOUT(
            view()->index(viewRow(id), 0).data(ContainerListModel::StateRole).toString(),
            u"running"_s, WaitMs);
        select(id);
        QTRY_VERIFY(!m_page->startAction()->isEnabled());
        QVERIFY(m_page->stopAction()->isEnabled());
        m_page->stopAction()->trigger();
        QVERIFY(finished.wait(WaitMs));
        QTRY_COMPARE_WITH_TIMEOUT(
            view()->index(viewRow(id), 0).data(ContainerListModel::StateRole).toString(),
            u"exited"_s, WaitMs);

        // Refused: nothing happens.
        ConfirmationDialog::setPresetAnswer(false);
        select(id);
        m_page->removeAction()->trigger();
        QTest::qWait(300);
        QVERIFY(ConfirmationDialog::lastQuestion().contains(name));
        QVERIFY(docker.exists(id));

        // Accepted: the row goes.
        ConfirmationDialog::setPresetAnswer(true);
        m_page->removeAction()->trigger();
        QVERIFY(finished.wait(WaitMs));
        QCOMPARE(finished.last().at(1).toBool(), true);
        QTRY_COMPARE_WITH_TIMEOUT(viewRow(id), -1, WaitMs);
        QVERIFY(!docker.exists(id));
        QVERIFY(m_page->banners().isEmpty());
    }

    // The automounter's container: marked, Remove disabled with the reason; only the explicit
    // Remove Automounter removes it, after its own confirmation.
    void automounterIsProtected()
    {
        Fixture docker(TestServices::dockerEndpoint());
        const QString name = uniqueName(u"wharf-automounter"_s);
        const QString id = docker.run(name, u"sleep 300"_s);
        auto cleanupContainers = qScopeGuard([&] { docker.remove(id); });
        QVERIFY(!id.isEmpty());
        AutomounterSettings settings;
        settings.containerName = name;
        makePage(settings);
        QTRY_VERIFY_WITH_TIMEOUT(viewRow(id) >= 0, WaitMs);
        QCOMPARE(view()->index(viewRow(id), ContainerListModel::StrategyColumn).data().toString(),
            u"cvmfs-automounter"_s);
        QVERIFY(view()->index(viewRow(id), 0).data(ContainerListModel::AutomounterRole).toBool());
        select(id);
        QVERIFY(!m_page->removeAction()->isEnabled());
        QVERIFY(m_page->removeAction()->toolTip().contains(u"/cvmfs"_s));
        QVERIFY(m_page->removeAutomounterAction()->isEnabled());
        QTRY_VERIFY(m_page->detailsPanel()->html().contains(u"cvmfs-automounter"_s));

        // Delete pressed anyway (or the slot called): refused with a message, nothing asked.
        ConfirmationDialog::setPresetAnswer(true);
        const QString before = ConfirmationDialog::lastQuestion();
        m_page->removeSelected();
        QTest::qWait(300);
        QCOMPARE(ConfirmationDialog::lastQuestion(), before);
        QVERIFY(docker.exists(id));
        QVERIFY(!m_page->banners().isEmpty());
        QVERIFY(m_page->banners().last()->body().contains(u"/cvmfs"_s));

        // The explicit command, refused, then accepted.
        ConfirmationDialog::setPresetAnswer(false);
        m_page->removeAutomounterAction()->trigger();
        QTest::qWait(300);
        QVERIFY(ConfirmationDialog::lastQuestion().contains(u"cvmfs-automounter"_s));
        QVERIFY(docker.exists(id));
        ConfirmationDialog::setPresetAnswer(true);
        QSignalSpy finished(m_page.get(), &ContainersPage::operationFinished);
        m_page->removeAutomounterAction()->trigger();
        QVERIFY(finished.wait(WaitMs));
        QTRY_COMPARE_WITH_TIMEOUT(viewRow(id), -1, WaitMs);
        QVERIFY(!docker.exists(id));
    }

    // Logs: a window that follows what the container writes, stderr included; Stop ends it.
    void logsFollow()
    {
        Fixture podman(TestServices::podmanEndpoint());
        const QString id = podman.run(uniqueName(u"wharf-logs"_s),
            u"i=0; while true; do echo line $i; echo oops $i >&2; i=$((i+1)); sleep 0.2; done"_s);
        auto cleanupContainers = qScopeGuard([&] { podman.remove(id); });
        QVERIFY(!id.isEmpty());
        makePage();
        QTRY_VERIFY_WITH_TIMEOUT(viewRow(id) >= 0, WaitMs);
        select(id);
        m_page->logsAction()->trigger();
        QCOMPARE(m_page->logViews().size(), 1);
        ContainerLogView *logView = m_page->logViews().first();
        QVERIFY(logView->isFollowing());
        QTRY_VERIFY_WITH_TIMEOUT(logView->text().contains(u"line 8\n"_s), WaitMs);
        QVERIFY(logView->text().contains(u"oops 8\n"_s));
        Wharf::Test::saveReviewScreenshot(logView, u"containers-log"_s);

        // Logs again on the same container: the same window.
        m_page->logsAction()->trigger();
        QCOMPARE(m_page->logViews().size(), 1);

        QSignalSpy ended(logView, &ContainerLogView::ended);
        logView->findChild<QPushButton *>(u"stopFollowingButton"_s)->click();
        QCOMPARE(ended.size(), 1);
        QVERIFY(!logView->isFollowing());
        const int lines = logView->lineCount();
        QTest::qWait(600);
        QCOMPARE(logView->lineCount(), lines);

        // Closing the window ends it for good.
        QPointer<ContainerLogView> guard(logView);
        logView->close();
        QTRY_VERIFY(guard.isNull());
        QVERIFY(m_page->logViews().isEmpty());
    }

    // Open Terminal: xterm on a private display runs `docker exec -it` through the wrapper.
    void openTerminal()
    {
        const QString wharf = qEnvironmentVariable("WHARF_BINARY");
        if (wharf.isEmpty() || !QFile::exists(wharf))
            WHARF_REQUIRE_SERVICE(u"WHARF_BINARY is not set or not built (build the wharf target)"_s);
        if (QStandardPaths::findExecutable(u"xterm"_s).isEmpty()
            || QStandardPaths::findExecutable(u"Xvfb"_s).isEmpty())
            WHARF_REQUIRE_SERVICE(u"xterm and Xvfb are needed (Debian packages xterm, xvfb)"_s);
        if (QStandardPaths::findExecutable(u"docker"_s).isEmpty())
            WHARF_REQUIRE_SERVICE(u"the docker CLI is needed"_s);
        QProcess xvfb;
        xvfb.start(u"Xvfb"_s,
            { u"-displayfd"_s, u"1"_s, u"-nolisten"_s, u"tcp"_s, u"-screen"_s, u"0"_s,
                u"1024x768x24"_s });
        QVERIFY(xvfb.waitForStarted(10000));
        auto stopXvfb = qScopeGuard([&] {
            xvfb.terminate();
            if (!xvfb.waitForFinished(5000))
                xvfb.kill();
        });
        QTRY_VERIFY_WITH_TIMEOUT(xvfb.canReadLine(), WaitMs);
        const QString display = u":"_s + QString::fromLatin1(xvfb.readLine().trimmed());

        Fixture docker(TestServices::dockerEndpoint());
        const QString id = docker.run(uniqueName(u"wharf-exec"_s), u"sleep 300"_s);
        const QString gone = docker.run(uniqueName(u"wharf-gone"_s), u"sleep 300"_s);
        auto cleanupContainers = qScopeGuard([&] {
            docker.remove(id);
            docker.remove(gone);
        });
        QVERIFY(!id.isEmpty() && !gone.isEmpty());
        makePage();
        ContainersPage::TerminalOptions options;
        options.wharfBinary = wharf;
        options.preferredTerminal = u"xterm"_s;
        options.environment.insert(u"DISPLAY"_s, display);
        options.environment.remove(u"WAYLAND_DISPLAY"_s);
        // The docker CLI with a private configuration: never the user's contexts or logins.
        options.environment.insert(u"DOCKER_CONFIG"_s, m_dir.path() + u"/docker-cli"_s);
        options.shell = u"sh"_s;
        options.waitForEnterOnFailure = false;
        m_page->setTerminalOptions(options);
        QTRY_VERIFY_WITH_TIMEOUT(viewRow(id) >= 0 && viewRow(gone) >= 0, WaitMs);

        select(id);
        QVERIFY(m_page->openTerminalAction()->isEnabled());
        QSignalSpy started(m_page.get(), &ContainersPage::terminalStarted);
        m_page->openTerminalAction()->trigger();
        QVERIFY(started.wait(WaitMs));
        QCOMPARE(started.first().at(1).toString(), id);
        // The shell runs inside the container: the engine lists its exec.
        QTRY_VERIFY_WITH_TIMEOUT(
            !docker.inspect(id).value(u"ExecIDs"_s).toArray().isEmpty(), WaitMs);
        QVERIFY(m_page->banners().isEmpty());

        // A container removed behind the page's back before the list caught up: the engine's
        // refusal is shown in the page, not only in a terminal that closed at once.
        m_page->model()->setRefetchDelay(60000);
        select(gone);
        docker.remove(gone);
        m_page->openTerminalAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->banners().isEmpty(), WaitMs);
        MessageBanner *banner = m_page->banners().last();
        QVERIFY2(
            banner->title().contains(u"Cannot open a terminal"_s), qPrintable(banner->title()));
        QVERIFY2(banner->body().contains(u"No such container"_s, Qt::CaseInsensitive),
            qPrintable(banner->body()));
    }

    // No container anywhere: the page says how to get one.
    void emptyState()
    {
        Test::PrivatePodman podman;
        WHARF_REQUIRE_SERVICE(podman.missingReason());
        QVERIFY(podman.startService());
        DiscoveryEnvironment env;
        env.homeDirectory = m_dir.path() + u"/home-empty"_s;
        env.systemRoot = m_dir.path() + u"/root-empty"_s;
        env.environment.insert(u"CONTAINER_HOST"_s, u"unix://"_s + podman.socketPath());
        m_engines = std::make_unique<EngineManager>(env);
        m_page = std::make_unique<ContainersPage>(m_engines.get(), AutomounterSettings {});
        m_page->resize(1000, 500);
        m_page->show();
        m_engines->start();
        QTRY_VERIFY_WITH_TIMEOUT(m_page->isShowingEmptyState(), WaitMs);
        QSignalSpy images(m_page.get(), &ContainersPage::imagesPageRequested);
        auto *label = m_page->findChild<QLabel *>(u"emptyStateLabel"_s);
        QVERIFY(label->text().contains(u"No containers yet"_s));
        Q_EMIT label->linkActivated(u"images"_s);
        QCOMPARE(images.size(), 1);
        Wharf::Test::saveReviewScreenshot(m_page.get(), u"containers-empty"_s);
    }
};

QTEST_MAIN(tst_ContainersPage)
#include "tst_containerspage.moc"
