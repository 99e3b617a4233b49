// SPDX-License-Identifier: Apache-2.0
// The live container list against the real engines: the first listing, containers created,
// started, stopped and removed behind Wharf's back arriving through /events, the uptime, the
// automounter mark, and an engine that dies and comes back. QAbstractItemModelTester watches
// every change.
#include "EngineRequest.h"
#include "PrivatePodman.h"
#include "ProbedEngine.h"
#include "TestServices.h"
#include "engine/Engine.h"
#include "engine/EngineClient.h"
#include "launch/LaunchRequest.h"
#include "models/ContainerListModel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Wharf;
using Wharf::Test::TestServices;

namespace {

constexpr int WaitMs = 20000;

QString uniqueName(const QString &prefix)
{
    return prefix + u"-%1"_s.arg(QRandomGenerator::global()->generate(), 8, 16, QChar(u'0'));
}

// Synchronous helpers for the test's own set-up; the code under test never waits.
Result<HttpResponse> sendAndWait(EngineClient *client, const QByteArray &method, const QByteArray &target,
                                 const QJsonObject &body = {})
{
    return Test::EngineRequest::sendAndWait(client, method, target, body);
}

// A container of the seeded busybox image, with no network (there is no bridge here).
QString createContainer(EngineClient *client, const QString &name,
    const QString &image = u"localhost/test/busybox:1"_s, const QJsonObject &labels = {},
    const QJsonArray &binds = {})
{
    QJsonObject hostConfig { { u"NetworkMode"_s, u"none"_s } };
    if (!binds.isEmpty())
        hostConfig.insert(u"Binds"_s, binds);
    const auto created
        = sendAndWait(client, "POST", "/containers/create?name="_ba + name.toLatin1(),
            QJsonObject { { u"Image"_s, image }, { u"Cmd"_s, QJsonArray { u"sleep"_s, u"300"_s } },
                { u"Labels"_s, labels }, { u"HostConfig"_s, hostConfig } });
    if (!created || created->status != 201) {
        qWarning() << "cannot create" << name
                   << (created ? created->body : created.error().toString().toUtf8());
        return {};
    }
    return QJsonDocument::fromJson(created->body).object().value(u"Id"_s).toString();
}

bool startContainer(EngineClient *client, const QString &id)
{
    const auto started
        = sendAndWait(client, "POST", "/containers/"_ba + id.toLatin1() + "/start"_ba);
    return started && started->status < 300;
}

void removeContainer(EngineClient *client, const QString &id)
{
    if (!id.isEmpty())
        (void)sendAndWait(client, "DELETE", "/containers/"_ba + id.toLatin1() + "?force=1"_ba);
}

QVariant cell(const ContainerListModel &model, const QString &engineId, const QString &id,
    int column, int role = Qt::DisplayRole)
{
    const int row = model.rowOf(engineId, id);
    return row < 0 ? QVariant() : model.index(row, column).data(role);
}

ContainerSummary summary(const QString &id, const QString &name, const QString &image,
    const QString &state = u"running"_s)
{
    ContainerSummary c;
    c.id = id;
    c.names = { name };
    c.image = image;
    c.state = state;
    c.status = state == u"running"_s ? u"Up 2 minutes"_s : u"Exited (3) 1 minute ago"_s;
    return c;
}

} // namespace

class tst_ContainerListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Without an engine: the rows, the diffing and the marks, under the model tester.
    void rowsFromListings()
    {
        ContainerListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setClock([] { return QDateTime(QDate(2026, 1, 1), QTime(12, 0), Qt::UTC); });
        QList<ContainerSummary> docker { summary(u"a"_s, u"alpha"_s, u"busybox:1"_s),
            summary(u"b"_s, u"cvmfs"_s, u"gitlab-registry.cern.ch/vcs/cvmfs-automounter:master"_s),
            summary(u"c"_s, u"gamma"_s, u"sha256:0123456789abcdef0123"_s, u"exited"_s) };
        docker[0].labels.insert(LaunchRequest::strategyLabel(), u"host"_s);
        docker[0].mounts
            = { ContainerMount { u"bind"_s, {}, u"/cvmfs"_s, u"/cvmfs"_s, {}, false, u"rslave"_s },
                  ContainerMount { u"bind"_s, {}, u"/home/a b"_s, u"/home/a b"_s, {}, true, {} } };
        model.setEngineContainers(u"d"_s, u"Docker"_s, docker);
        model.setEngineContainers(
            u"p"_s, u"Podman"_s, { summary(u"x"_s, u"xray"_s, u"busybox:1"_s) });
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(0, ContainerListModel::NameColumn).data().toString(), u"alpha"_s);
        QCOMPARE(
            model.index(0, ContainerListModel::StrategyColumn).data().toString(), u"Host mount"_s);
        QCOMPARE(model.index(0, ContainerListModel::MountsColumn).data().toString(),
            u"/cvmfs, /home/a b"_s);
        QCOMPARE(model.index(0, ContainerListModel::MountsColumn).data(Qt::ToolTipRole).toString(),
            u"/cvmfs → /cvmfs (read-only, rslave)\n/home/a b → /home/a b (read-write)"_s);
        QCOMPARE(
            model.index(0, ContainerListModel::UptimeColumn).data().toString(), u"2 minutes"_s);
        QVERIFY(!model.isAutomounterAt(0));
        QVERIFY(model.isAutomounterAt(1));
        QCOMPARE(model.index(1, ContainerListModel::StrategyColumn).data().toString(),
            u"cvmfs-automounter"_s);
        QCOMPARE(
            model.index(2, ContainerListModel::ImageColumn).data().toString(), u"0123456789ab"_s);
        QCOMPARE(
            model.index(2, ContainerListModel::StateColumn).data().toString(), u"Exited (3)"_s);
        QCOMPARE(model.index(2, ContainerListModel::UptimeColumn).data().toString(), QString());
        QCOMPARE(model.index(3, ContainerListModel::EngineColumn).data().toString(), u"Podman"_s);

        // Uptime from the inspected start time.
        model.setStartedAt(u"d"_s, u"a"_s, QDateTime(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC));
        QCOMPARE(model.index(0, ContainerListModel::UptimeColumn).data().toString(), u"3 hours"_s);
        QCOMPARE(model.index(0, ContainerListModel::UptimeColumn)
                     .data(ContainerListModel::RawValueRole)
                     .toLongLong(),
            3 * 3600);

        // A new listing: one gone, one changed, one new; the survivors keep their place.
        docker.removeAt(1);
        docker[0].state = u"exited"_s;
        docker[0].status = u"Exited (0) 1 second ago"_s;
        docker.prepend(summary(u"n"_s, u"new"_s, u"busybox:1"_s));
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.setEngineContainers(u"d"_s, u"Docker"_s, docker);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.rowOf(u"d"_s, u"a"_s), 0);
        QCOMPARE(model.rowOf(u"d"_s, u"c"_s), 1);
        QCOMPARE(model.rowOf(u"d"_s, u"n"_s), 2);
        QCOMPARE(model.rowOf(u"p"_s, u"x"_s), 3);
        QVERIFY(!model.startedAtOf(0).isValid()); // it stopped
        QCOMPARE(
            model.index(0, ContainerListModel::StateColumn).data().toString(), u"Exited (0)"_s);

        // The automounter by its settings: another name, or the image's repository.
        AutomounterSettings settings;
        settings.containerName = u"gamma"_s;
        settings.image
            = u"docker.io/library/busybox:other"_s; // busybox:1 is docker.io/library/busybox
        model.setAutomounterSettings(settings);
        QVERIFY(model.isAutomounterAt(0));
        QVERIFY(model.isAutomounterAt(1)); // named gamma
        QVERIFY(model.isAutomounterAt(2));
        QVERIFY(model.isAutomounterAt(3));
        model.setAutomounterSettings(AutomounterSettings {});
        for (int row = 0; row < model.rowCount(); ++row)
            QVERIFY(!model.isAutomounterAt(row));

        // Hostile listings: duplicate ids become one row, an empty listing clears the block.
        model.setEngineContainers(u"p"_s, u"Podman"_s,
            { summary(u"x"_s, u"xray"_s, u"i"_s), summary(u"x"_s, u"dup"_s, u"i"_s) });
        QCOMPARE(model.rowCount(), 4);
        model.setEngineContainers(u"p"_s, u"Podman"_s, {});
        QCOMPARE(model.rowCount(), 3);
        model.setEngineRefreshing(u"d"_s, true);
        QVERIFY(model.index(0, 0).data(ContainerListModel::RefreshingRole).toBool());
        model.removeEngine(u"d"_s);
        QCOMPARE(model.rowCount(), 0);
    }

    void uptimeText_data()
    {
        QTest::addColumn<qint64>("seconds");
        QTest::addColumn<QString>("text");
        QTest::newRow("0") << qint64(0) << u"0 seconds"_s;
        QTest::newRow("1") << qint64(1) << u"1 second"_s;
        QTest::newRow("59") << qint64(59) << u"59 seconds"_s;
        QTest::newRow("60") << qint64(60) << u"1 minute"_s;
        QTest::newRow("3599") << qint64(3599) << u"59 minutes"_s;
        QTest::newRow("1h") << qint64(3600) << u"1 hour"_s;
        QTest::newRow("47h") << qint64(47 * 3600 + 59) << u"47 hours"_s;
        QTest::newRow("2d") << qint64(48 * 3600) << u"2 days"_s;
        QTest::newRow("400 days") << qint64(400) * 86400 << u"400 days"_s;
    }

    void uptimeText()
    {
        QFETCH(qint64, seconds);
        QTEST(ContainerListModel::uptimeText(seconds), "text");
    }

    void live_data()
    {
        QTest::addColumn<bool>("podman");
        QTest::newRow("docker") << false;
        QTest::newRow("podman") << true;
    }

    // A container made behind Wharf's back appears, starts, stops and goes, through /events.
    void live()
    {
        QFETCH(bool, podman);
        if (podman)
            WHARF_REQUIRE_PODMAN();
        else
            WHARF_REQUIRE_DOCKER();
        auto engine = Wharf::Test::probedEngine(
            podman ? TestServices::podmanEndpoint() : TestServices::dockerEndpoint());
        QCOMPARE(engine->state(), Engine::State::Ready);
        const QString engineId = engine->id();
        EngineClient *client = engine->client();

        ContainerListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setRefetchDelay(50);
        QSignalSpy listed(&model, &ContainerListModel::refreshFinished);
        model.addEngine(engine.get());
        QVERIFY(listed.wait(WaitMs));
        QVERIFY(model.hasListed(engineId));
        QCOMPARE(model.lastError(engineId).code(), ErrorCode::None);

        QTemporaryDir folder;
        const QString name = uniqueName(u"wharf-live"_s);
        const QString id = createContainer(client, name, u"localhost/test/busybox:1"_s,
            QJsonObject { { LaunchRequest::strategyLabel(), u"host"_s } },
            QJsonArray { QString(folder.path() + u":/work:ro"_s) });
        QVERIFY(!id.isEmpty());
        auto cleanup = qScopeGuard([&] { removeContainer(client, id); });

        QTRY_VERIFY_WITH_TIMEOUT(model.rowOf(engineId, id) >= 0, WaitMs);
        QCOMPARE(cell(model, engineId, id, ContainerListModel::NameColumn).toString(), name);
        QCOMPARE(cell(model, engineId, id, ContainerListModel::StateColumn,
                     ContainerListModel::StateRole)
                     .toString(),
            u"created"_s);
        QCOMPARE(cell(model, engineId, id, ContainerListModel::StrategyColumn).toString(),
            u"Host mount"_s);
        QCOMPARE(cell(model, engineId, id, ContainerListModel::ImageColumn).toString(),
            u"localhost/test/busybox:1"_s);
        QCOMPARE(
            cell(model, engineId, id, ContainerListModel::MountsColumn).toString(), u"/work"_s);
        QVERIFY(cell(model, engineId, id, ContainerListModel::MountsColumn, Qt::ToolTipRole)
                    .toString()
                    .contains(folder.path() + u" → /work (read-only"_s));

        QVERIFY(startContainer(client, id));
        QTRY_VERIFY_WITH_TIMEOUT(
            cell(model, engineId, id, 0, ContainerListModel::RunningRole).toBool(), WaitMs);
        // Inspected for its start time: the uptime counts from there.
        QTRY_VERIFY_WITH_TIMEOUT(model.startedAtOf(model.rowOf(engineId, id)).isValid(), WaitMs);
        const qint64 uptime = cell(
            model, engineId, id, ContainerListModel::UptimeColumn, ContainerListModel::RawValueRole)
                                  .toLongLong();
        QVERIFY2(uptime >= 0 && uptime < 120, qPrintable(QString::number(uptime)));
        QVERIFY(cell(model, engineId, id, ContainerListModel::UptimeColumn)
                    .toString()
                    .contains(u"second"_s));

        bool stopped = false;
        client->stopContainer(id, 1, this, [&](const Result<void> &r) {
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
            stopped = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(stopped, WaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(
            cell(model, engineId, id, 0, ContainerListModel::StateRole).toString(), u"exited"_s,
            WaitMs);
        QCOMPARE(cell(model, engineId, id, ContainerListModel::UptimeColumn).toString(), QString());

        bool removed = false;
        client->removeContainer(id, false, this, [&](const Result<void> &r) {
            QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
            removed = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(removed, WaitMs);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowOf(engineId, id), -1, WaitMs);
    }

    // The automounter's container is marked, by name and by image, on a real engine.
    void automounterMarked()
    {
        WHARF_REQUIRE_DOCKER();
        auto engine = Wharf::Test::probedEngine(TestServices::dockerEndpoint());
        EngineClient *client = engine->client();
        const QString byName = uniqueName(u"wharf-am"_s);
        const QString nameId = createContainer(client, byName);
        const QString imageId = createContainer(
            client, uniqueName(u"wharf-other"_s), u"localhost/test/other:latest"_s);
        auto cleanup = qScopeGuard([&] {
            removeContainer(client, nameId);
            removeContainer(client, imageId);
        });
        QVERIFY(!nameId.isEmpty() && !imageId.isEmpty());

        ContainerListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        AutomounterSettings settings;
        settings.containerName = byName;
        settings.image = u"localhost/test/other:master"_s; // same repository, another tag
        model.setAutomounterSettings(settings);
        QSignalSpy listed(&model, &ContainerListModel::refreshFinished);
        model.addEngine(engine.get());
        QVERIFY(listed.wait(WaitMs));
        const QString engineId = engine->id();
        QVERIFY(cell(model, engineId, nameId, 0, ContainerListModel::AutomounterRole).toBool());
        QVERIFY(cell(model, engineId, imageId, 0, ContainerListModel::AutomounterRole).toBool());
        QVERIFY(cell(model, engineId, nameId, 0, Qt::ToolTipRole).toString().contains(u"/cvmfs"_s));

        // Other settings: no longer the automounter.
        model.setAutomounterSettings(AutomounterSettings {});
        QVERIFY(!cell(model, engineId, nameId, 0, ContainerListModel::AutomounterRole).toBool());
        QVERIFY(!cell(model, engineId, imageId, 0, ContainerListModel::AutomounterRole).toBool());
    }

    // The engine dies: its rows stay, marked; it comes back: they are confirmed again.
    void engineThatDiesAndComesBack()
    {
        Test::PrivatePodman podman;
        WHARF_REQUIRE_SERVICE(podman.missingReason());
        QVERIFY2(podman.seed().isEmpty(), qPrintable(podman.lastOutput()));
        QCOMPARE(podman.run({ u"create"_s, u"--network"_s, u"none"_s, u"--name"_s, u"kept"_s,
                     u"localhost/private/busybox:1"_s, u"true"_s }),
            0);
        QVERIFY(podman.startService());
        auto engine = Wharf::Test::probedEngine(EngineEndpoint::unixSocket(podman.socketPath()));
        QCOMPARE(engine->state(), Engine::State::Ready);
        const QString engineId = engine->id();

        ContainerListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.setEventBackoff(200, 1000);
        QSignalSpy failed(&model, &ContainerListModel::engineFailed);
        QSignalSpy listed(&model, &ContainerListModel::refreshFinished);
        model.addEngine(engine.get());
        QVERIFY(listed.wait(WaitMs));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ContainerListModel::NameColumn).data().toString(), u"kept"_s);

        podman.killService();
        QVERIFY(failed.wait(WaitMs));
        QCOMPARE(failed.last().at(0).toString(), engineId);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.index(0, 0).data(ContainerListModel::RefreshingRole).toBool());
        QVERIFY(model.lastError(engineId).code() != ErrorCode::None);

        // Made while it was down: the resynchronisation after the restart shows it.
        QCOMPARE(podman.run({ u"create"_s, u"--network"_s, u"none"_s, u"--name"_s, u"while-down"_s,
                     u"localhost/private/busybox:1"_s, u"true"_s }),
            0);
        QVERIFY(podman.startService());
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 2, WaitMs);
        QTRY_VERIFY_WITH_TIMEOUT(
            !model.index(0, 0).data(ContainerListModel::RefreshingRole).toBool(), WaitMs);
        QCOMPARE(model.lastError(engineId).code(), ErrorCode::None);
    }
};

QTEST_GUILESS_MAIN(tst_ContainerListModel)
#include "tst_containerlistmodel.moc"
