// SPDX-License-Identifier: Apache-2.0
// The live image list against the real engines: the first listing, events applied row by row,
// "in use" from containers, the cache, and an engine that dies and comes back.
#include "EngineRequest.h"
#include "PrivatePodman.h"
#include "ProbedEngine.h"
#include "TestServices.h"
#include "engine/Engine.h"
#include "engine/EngineCall.h"
#include "engine/EngineClient.h"
#include "models/ImageInventory.h"
#include "models/ImageListCache.h"
#include "models/ImageListModel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Wharf;
using Wharf::Test::TestServices;

namespace {

QStringList referencesOf(const ImageListModel &model, const QString &engineId)
{
    QStringList refs;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        if (index.data(ImageListModel::EngineIdRole).toString() == engineId)
            refs.append(index.data(ImageListModel::ReferenceRole).toString());
    }
    return refs;
}

bool rowInUse(const ImageListModel &model, const QString &engineId, const QString &reference)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        if (index.data(ImageListModel::EngineIdRole).toString() == engineId
            && index.data(ImageListModel::ReferenceRole).toString() == reference)
            return index.data(ImageListModel::InUseRole).toBool();
    }
    return false;
}

// Synchronous helpers for test set-up only.
Result<HttpResponse> sendAndWait(EngineClient *client, HttpRequest request)
{
    return Test::EngineRequest::sendAndWait(client, std::move(request));
}

void tagAndWait(EngineClient *client, const QString &image, const QString &repo, const QString &tag)
{
    bool done = false;
    QObject context;
    client->tagImage(image, repo, tag, &context, [&](const Result<void> &r) {
        QVERIFY2(r.ok(), qPrintable(r.ok() ? QString() : r.error().toString()));
        done = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
}

void removeAndWait(EngineClient *client, const QString &image, bool force = false)
{
    bool done = false;
    QObject context;
    client->removeImage(image, force, &context, [&](const Result<void> &) { done = true; });
    QTRY_VERIFY_WITH_TIMEOUT(done, 30000);
}

} // namespace

class tst_ImageInventory : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        WHARF_REQUIRE_DOCKER();
        WHARF_REQUIRE_PODMAN();
    }

    void listsBothEnginesAndFollowsEvents_data()
    {
        QTest::addColumn<bool>("podman");
        QTest::newRow("docker") << false;
        QTest::newRow("podman") << true;
    }

    void listsBothEnginesAndFollowsEvents()
    {
        QFETCH(bool, podman);
        const EngineEndpoint endpoint = podman ? TestServices::podmanEndpoint() : TestServices::dockerEndpoint();
        auto engine = Wharf::Test::probedEngine(endpoint);
        QCOMPARE(engine->state(), Engine::State::Ready);

        ImageListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        ImageInventory inventory(&model, nullptr);
        QSignalSpy listed(&inventory, &ImageInventory::refreshFinished);
        inventory.addEngine(engine.get());
        QVERIFY(listed.wait(30000));
        const QString id = engine->id();
        QStringList refs = referencesOf(model, id);
        QVERIFY2(refs.contains(u"localhost/test/busybox:1"_s), qPrintable(refs.join(u", "_s)));
        QVERIFY(refs.contains(u"localhost/test/busybox:2"_s));
        QVERIFY(refs.contains(u"localhost/test/other:latest"_s));
        QVERIFY(!model.isEngineRefreshing(id));

        // A tag made behind Wharf's back arrives through the event stream.
        const QString tag = u"live-%1"_s.arg(QDateTime::currentMSecsSinceEpoch());
        tagAndWait(engine->client(), u"localhost/test/busybox:1"_s, u"localhost/test/events"_s, tag);
        QTRY_VERIFY_WITH_TIMEOUT(referencesOf(model, id).contains(u"localhost/test/events:"_s + tag), 15000);

        // ... and so does its removal.
        removeAndWait(engine->client(), u"localhost/test/events:"_s + tag);
        QTRY_VERIFY_WITH_TIMEOUT(!referencesOf(model, id).contains(u"localhost/test/events:"_s + tag), 15000);

        // A container makes its image "in use".
        HttpRequest create;
        create.method = "POST";
        create.target = "/containers/create";
        create.headers.append(qMakePair("Content-Type"_ba, "application/json"_ba));
        create.body = QJsonDocument(QJsonObject{{u"Image"_s, u"localhost/test/other:latest"_s},
                                                {u"Cmd"_s, QJsonArray{u"true"_s}},
                                                {u"HostConfig"_s, QJsonObject{{u"NetworkMode"_s, u"none"_s}}}})
                          .toJson(QJsonDocument::Compact);
        const Result<HttpResponse> created = sendAndWait(engine->client(), create);
        QVERIFY(created.ok());
        QCOMPARE(created->status, 201);
        const QString containerId = QJsonDocument::fromJson(created->body).object().value(u"Id"_s).toString();
        QTRY_VERIFY_WITH_TIMEOUT(rowInUse(model, id, u"localhost/test/other:latest"_s), 15000);

        HttpRequest remove;
        remove.method = "DELETE";
        remove.target = "/containers/" + containerId.toLatin1() + "?force=1";
        QVERIFY(sendAndWait(engine->client(), remove).ok());
        QTRY_VERIFY_WITH_TIMEOUT(!rowInUse(model, id, u"localhost/test/other:latest"_s), 15000);
    }

    void cacheShowsTheLastKnownListAtOnce()
    {
        QTemporaryDir cacheDir;
        auto engine = Wharf::Test::probedEngine(TestServices::dockerEndpoint());
        {
            ImageListModel model;
            ImageListCache cache(cacheDir.path());
            ImageInventory inventory(&model, &cache);
            inventory.setCacheSaveDelay(0);
            QSignalSpy listed(&inventory, &ImageInventory::refreshFinished);
            inventory.addEngine(engine.get());
            QVERIFY(listed.wait(30000));
        }
        ImageListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        ImageListCache cache(cacheDir.path());
        ImageInventory inventory(&model, &cache);
        inventory.loadCache();
        // Before any engine is asked: the rows are there, marked as refreshing.
        QVERIFY(referencesOf(model, engine->id()).contains(u"localhost/test/busybox:1"_s));
        QVERIFY(model.isEngineRefreshing(engine->id()));
        QVERIFY(inventory.listedAt(engine->id()).isValid());

        // Engines that discovery no longer finds are dropped.
        inventory.forgetEnginesOtherThan({});
        QCOMPARE(model.rowCount(), 0);
    }

    void engineThatDiesAndComesBack()
    {
        Test::PrivatePodman podman;
        WHARF_REQUIRE_SERVICE(podman.missingReason());
        QVERIFY2(podman.seed().isEmpty(), qPrintable(podman.lastOutput()));
        QVERIFY(podman.startService());

        // Another engine that stays up: it must not be disturbed.
        auto docker = Wharf::Test::probedEngine(TestServices::dockerEndpoint());
        auto engine = Wharf::Test::probedEngine(EngineEndpoint::unixSocket(podman.socketPath()));
        QCOMPARE(engine->state(), Engine::State::Ready);

        ImageListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        ImageInventory inventory(&model, nullptr);
        inventory.setEventBackoff(200, 1000);
        QSignalSpy listed(&inventory, &ImageInventory::refreshFinished);
        QSignalSpy failed(&inventory, &ImageInventory::engineFailed);
        inventory.addEngine(docker.get());
        inventory.addEngine(engine.get());
        QTRY_VERIFY_WITH_TIMEOUT(listed.size() >= 2, 30000);
        QVERIFY(referencesOf(model, engine->id()).contains(u"localhost/private/busybox:1"_s));
        const int dockerRows = model.rowCountForEngine(docker->id());
        QVERIFY(dockerRows > 0);

        podman.killService();
        QVERIFY(failed.wait(15000));
        QCOMPARE(failed.last().at(0).toString(), engine->id());
        // Its rows stay, marked stale; the other engine's rows are untouched.
        QVERIFY(referencesOf(model, engine->id()).contains(u"localhost/private/busybox:1"_s));
        QVERIFY(model.isEngineRefreshing(engine->id()));
        QVERIFY(!model.isEngineRefreshing(docker->id()));
        QCOMPARE(model.rowCountForEngine(docker->id()), dockerRows);
        QCOMPARE(engine->state(), Engine::State::Unreachable);

        // While it is down, an image appears in its storage; after the restart the
        // resynchronisation shows it.
        QCOMPARE(podman.run({u"tag"_s, u"localhost/private/busybox:1"_s, u"localhost/private/while-down:1"_s}), 0);
        QVERIFY(podman.startService());
        QTRY_VERIFY_WITH_TIMEOUT(referencesOf(model, engine->id()).contains(u"localhost/private/while-down:1"_s), 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isEngineRefreshing(engine->id()), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(engine->state(), Engine::State::Ready, 10000);
    }
};

QTEST_GUILESS_MAIN(tst_ImageInventory)
#include "tst_imageinventory.moc"
