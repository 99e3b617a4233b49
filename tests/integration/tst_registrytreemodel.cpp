// SPDX-License-Identifier: Apache-2.0
// RegistryTreeModel over the real registry of the test services, and over a scripted one
// that refuses its catalog (as GitLab does), always under QAbstractItemModelTester.
#include "MisbehavingEngineServer.h"
#include "TestServices.h"
#include "models/RegistryTreeModel.h"
#include "registry/RegistryConnections.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Wharf;
using namespace Wharf::Test;

namespace {

using Kind = RegistryTreeModel::Kind;
using State = RegistryTreeModel::State;

QStringList childNames(const QAbstractItemModel &model, const QModelIndex &parent, Kind kind)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        if (index.data(RegistryTreeModel::KindRole).toInt() == int(kind))
            names.append(index.data().toString());
    }
    return names;
}

State stateOf(const QModelIndex &index)
{
    return State(index.data(RegistryTreeModel::StateRole).toInt());
}

QString messageUnder(const QAbstractItemModel &model, const QModelIndex &parent)
{
    const QModelIndex first = model.index(0, 0, parent);
    return first.data(RegistryTreeModel::KindRole).toInt() == int(Kind::Message) ? first.data().toString() : QString();
}

} // namespace

class TestRegistryTreeModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void browsesRealRegistry();
    void browsesLargeCatalog();
    void closedCatalogShowsManualRepositories();
    void dockerHubListsTheNamespacesInUse();
    void failureIsExplainedUnderTheRow();
    void cancelAllStopsLoads();
    void registriesComeAndGo();
};

// The tester walks the whole tree and fetches every level on every change, so it gets the
// small registry (Basic auth, one repository); the 1,200-repository catalog is checked below
// without it.
void TestRegistryTreeModel::browsesRealRegistry()
{
    WHARF_REQUIRE_BASIC_REGISTRY();
    const QString registry = TestServices::basicRegistryAddress();
    RegistryConnections connections;
    int lookups = 0;
    connections.setCredentialLookup([&lookups](const QString &, std::function<void(RegistryConnections::Credential)> answer) {
        ++lookups;
        answer({ TestServices::registryUser(), TestServices::registryPassword() });
    });
    RegistryTreeModel model(&connections);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRegistries({ registry });
    const QModelIndex registryIndex = model.registryIndex(registry);
    QVERIFY(registryIndex.isValid());
    QVERIFY(model.hasChildren(registryIndex));

    QSignalSpy activity(&model, &RegistryTreeModel::activityChanged);
    // The tester may have fetched already (it walks the tree); then it is loading.
    if (model.canFetchMore(registryIndex))
        model.fetchMore(registryIndex);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(model.registryIndex(registry)), State::Loaded, 30000);
    QVERIFY(childNames(model, model.registryIndex(registry), Kind::Repository).contains(u"private/busybox"_s));
    QVERIFY(messageUnder(model, model.registryIndex(registry)).isEmpty());
    QCOMPARE(lookups, 1); // one client, shared by every level

    const QModelIndex repository = model.repositoryIndex(registry, u"private/busybox"_s);
    QCOMPARE(repository.data(RegistryTreeModel::ReferenceRole).toString(), registry + u"/private/busybox"_s);
    if (model.canFetchMore(repository))
        model.fetchMore(repository);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(model.repositoryIndex(registry, u"private/busybox"_s)), State::Loaded, 15000);
    const QModelIndex loaded = model.repositoryIndex(registry, u"private/busybox"_s);
    QCOMPARE(childNames(model, loaded, Kind::Tag), QStringList{ u"1"_s });
    QCOMPARE(loaded.siblingAtColumn(RegistryTreeModel::InfoColumn).data().toString(), u"1 tag"_s);

    const QModelIndex tag = model.index(0, 0, loaded);
    QCOMPARE(tag.data(RegistryTreeModel::ReferenceRole).toString(), registry + u"/private/busybox:1"_s);
    model.fetchDetails(tag);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(tag), State::Loaded, 15000);
    const TagDetails details = tag.data(RegistryTreeModel::DetailsRole).value<TagDetails>();
    QVERIFY(details.digest.startsWith(u"sha256:"_s));
    QVERIFY(details.compressedSize > 0);
    QVERIFY(!tag.siblingAtColumn(RegistryTreeModel::SizeColumn).data().toString().isEmpty());
    QVERIFY(!tag.siblingAtColumn(RegistryTreeModel::InfoColumn).data().toString().isEmpty());
    QCOMPARE(model.activeLoads(), 0);
    QVERIFY(activity.size() >= 2);

    // Reload forgets and loads again.
    model.reload(loaded);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(model.repositoryIndex(registry, u"private/busybox"_s)), State::Loaded, 15000);
}

void TestRegistryTreeModel::browsesLargeCatalog()
{
    WHARF_REQUIRE_REGISTRY();
    const QString registry = TestServices::registryAddress();
    RegistryConnections connections;
    RegistryTreeModel model(&connections);
    model.setRegistries({ registry });
    model.fetchMore(model.registryIndex(registry));
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(model.registryIndex(registry)), State::Loaded, 60000);
    const QStringList repositories = childNames(model, model.registryIndex(registry), Kind::Repository);
    QVERIFY(repositories.size() >= TestServices::ManyRepositories);
    QVERIFY(repositories.contains(TestServices::manyRepository(TestServices::ManyRepositories - 1)));
    QVERIFY(repositories.contains(u"test/busybox"_s));

    // Tags newest version first; every tag's details with bounded concurrency.
    const QModelIndex repository = model.repositoryIndex(registry, TestServices::ManyTagsRepository);
    model.fetchMore(repository);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(model.repositoryIndex(registry, TestServices::ManyTagsRepository)),
                              State::Loaded, 30000);
    const QModelIndex loaded = model.repositoryIndex(registry, TestServices::ManyTagsRepository);
    const QStringList tags = childNames(model, loaded, Kind::Tag);
    QCOMPARE(tags.size(), TestServices::ManyTags);
    // "t-000".."t-399" are not versions: natural order.
    QCOMPARE(tags.constFirst(), TestServices::manyTag(0));
    QCOMPARE(tags.constLast(), TestServices::manyTag(TestServices::ManyTags - 1));
    model.fetchAllDetails(loaded);
    QTRY_COMPARE_WITH_TIMEOUT(model.activeLoads(), 0, 60000);
    for (int row = 0; row < model.rowCount(loaded); ++row)
        QCOMPARE(stateOf(model.index(row, 0, loaded)), State::Loaded);
    // Details say when each was made (one day apart, t-000 first).
    const TagDetails oldest = model.index(0, 0, loaded).data(RegistryTreeModel::DetailsRole).value<TagDetails>();
    const TagDetails newest =
        model.index(model.rowCount(loaded) - 1, 0, loaded).data(RegistryTreeModel::DetailsRole).value<TagDetails>();
    QVERIFY(newest.config.created() > oldest.config.created());

    // A multi-platform index lists its platforms.
    const QModelIndex multi = model.repositoryIndex(registry, TestServices::MultiPlatformRepository);
    model.fetchMore(multi);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(model.repositoryIndex(registry, TestServices::MultiPlatformRepository)),
                              State::Loaded, 30000);
    const QModelIndex multiLoaded = model.repositoryIndex(registry, TestServices::MultiPlatformRepository);
    const int row = int(childNames(model, multiLoaded, Kind::Tag).indexOf(u"1"_s));
    QVERIFY(row >= 0);
    const QModelIndex index = model.index(row, 0, multiLoaded);
    model.fetchDetails(index);
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(index), State::Loaded, 15000);
    const QString platforms = index.siblingAtColumn(RegistryTreeModel::InfoColumn).data().toString();
    QVERIFY2(platforms.contains(u"linux/amd64"_s) && platforms.contains(u"linux/arm64/v8"_s), qPrintable(platforms));
    QVERIFY2(!platforms.contains(u"unknown"_s), qPrintable(platforms));
}

void TestRegistryTreeModel::closedCatalogShowsManualRepositories()
{
    MisbehavingEngineServer server;
    QVERIFY(server.listenTcp());
    server.on("/v2/_catalog", MisbehavingEngineServer::reply(
                                  401, "{\"errors\":[{\"code\":\"UNAUTHORIZED\",\"message\":\"authentication required\"}]}",
                                  "application/json", "WWW-Authenticate: Basic realm=\"GitLab\"\r\n"));
    const QString registry = u"127.0.0.1:"_s + QString::number(server.endpoint().port());
    RegistryConnections connections;
    RegistryTreeModel model(&connections);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRegistries({ registry });
    model.setManualRepositories(registry, { u"cms/analysis"_s });
    model.fetchMore(model.registryIndex(registry));
    QTRY_VERIFY_WITH_TIMEOUT(stateOf(model.registryIndex(registry)) != State::Loading, 10000);
    QVERIFY2(stateOf(model.registryIndex(registry)) == State::ListingClosed,
             qPrintable(messageUnder(model, model.registryIndex(registry))));
    const QModelIndex index = model.registryIndex(registry);
    QCOMPARE(childNames(model, index, Kind::Repository), QStringList{ u"cms/analysis"_s });
    const QString message = messageUnder(model, index);
    QVERIFY2(message.contains(u"Add Repository"_s) || message.contains(u"Log in"_s), qPrintable(message));
    QVERIFY(model.repositoryIndex(registry, u"cms/analysis"_s).data(RegistryTreeModel::ManualRole).toBool());

    // A path added later appears at once; one removed goes.
    model.setManualRepositories(registry, { u"cms/analysis"_s, u"cms/other"_s });
    QVERIFY(model.repositoryIndex(registry, u"cms/other"_s).isValid());
    model.setManualRepositories(registry, { u"cms/other"_s });
    QVERIFY(!model.repositoryIndex(registry, u"cms/analysis"_s).isValid());
    QVERIFY(model.repositoryIndex(registry, u"cms/other"_s).isValid());
}

// Docker Hub has no catalog; Wharf lists the namespaces of the repositories the user added
// through Docker Hub's web API. Docker Hub cannot be reached from CI, so a scripted server
// answers in its place, with Docker Hub's JSON; a namespace that does not exist (404) does
// not hide the others.
void TestRegistryTreeModel::dockerHubListsTheNamespacesInUse()
{
    MisbehavingEngineServer hub;
    QVERIFY(hub.listenTcp());
    hub.on("/v2/repositories/cmssw/", MisbehavingEngineServer::reply(
        200, "{\"count\":2,\"next\":null,\"results\":[{\"namespace\":\"cmssw\",\"name\":\"el9\"},"
             "{\"namespace\":\"cmssw\",\"name\":\"cc7\"}]}"));
    hub.on("/v2/repositories/nosuchorg/", MisbehavingEngineServer::reply(404, "{\"message\":\"object not found\"}"));
    RegistryConnections connections;
    const QString hubApi = u"http://127.0.0.1:"_s + QString::number(hub.endpoint().port());
    connections.setOptionsLookup([hubApi](const QString &) {
        RegistryOptions options;
        options.dockerHubApi = hubApi;
        return options;
    });
    RegistryTreeModel model(&connections);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QString registry = u"docker.io"_s;
    model.setRegistries({ registry });
    model.setManualRepositories(registry, { u"cmssw/el9"_s, u"nosuchorg/thing"_s });
    model.fetchMore(model.registryIndex(registry));
    QTRY_VERIFY_WITH_TIMEOUT(stateOf(model.registryIndex(registry)) != State::Loading, 10000);
    QVERIFY2(stateOf(model.registryIndex(registry)) == State::Loaded,
             qPrintable(messageUnder(model, model.registryIndex(registry))));
    QStringList names = childNames(model, model.registryIndex(registry), Kind::Repository);
    names.sort();
    QCOMPARE(names, (QStringList{ u"cmssw/cc7"_s, u"cmssw/el9"_s, u"nosuchorg/thing"_s }));
    // The listed one is not marked as added by hand; the added ones stay so.
    QVERIFY(!model.repositoryIndex(registry, u"cmssw/cc7"_s).data(RegistryTreeModel::ManualRole).toBool());
    QVERIFY(model.repositoryIndex(registry, u"nosuchorg/thing"_s).data(RegistryTreeModel::ManualRole).toBool());
}

void TestRegistryTreeModel::failureIsExplainedUnderTheRow()
{
    MisbehavingEngineServer server;
    QVERIFY(server.listenTcp());
    server.on("/v2/_catalog", MisbehavingEngineServer::reply(503, "<html>maintenance</html>", "text/html"));
    const QString registry = u"127.0.0.1:"_s + QString::number(server.endpoint().port());
    RegistryConnections connections;
    RegistryTreeModel model(&connections);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy failed(&model, &RegistryTreeModel::loadFailed);
    model.setRegistries({ registry });
    model.fetchMore(model.registryIndex(registry));
    QTRY_COMPARE_WITH_TIMEOUT(stateOf(model.registryIndex(registry)), State::Failed, 10000);
    QCOMPARE(failed.size(), 1);
    const QModelIndex message = model.index(0, 0, model.registryIndex(registry));
    QCOMPARE(message.data(RegistryTreeModel::ErrorCodeRole).toInt(), int(ErrorCode::ServerError));
    QVERIFY(message.data().toString().contains(registry));
    QVERIFY(!(message.flags() & Qt::ItemIsSelectable));
}

void TestRegistryTreeModel::cancelAllStopsLoads()
{
    MisbehavingEngineServer server;
    QVERIFY(server.listenTcp());
    server.on("", MisbehavingEngineServer::Script{ {}, MisbehavingEngineServer::Ending::KeepOpen });
    const QString registry = u"127.0.0.1:"_s + QString::number(server.endpoint().port());
    RegistryConnections connections;
    RegistryTreeModel model(&connections);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRegistries({ registry });
    model.fetchMore(model.registryIndex(registry));
    QTRY_VERIFY(server.connectionCount() > 0);
    model.cancelAll();
    QCOMPARE(stateOf(model.registryIndex(registry)), State::Failed);
    QCOMPARE(model.activeLoads(), 0);
    QVERIFY(messageUnder(model, model.registryIndex(registry)).contains(u"Cancelled"_s));
}

void TestRegistryTreeModel::registriesComeAndGo()
{
    RegistryConnections connections;
    RegistryTreeModel model(&connections);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setRegistries({ u"a.example.org"_s, u"b.example.org"_s, u"c.example.org"_s });
    QCOMPARE(model.registries(), QStringList({ u"a.example.org"_s, u"b.example.org"_s, u"c.example.org"_s }));
    model.setRegistries({ u"c.example.org"_s, u"a.example.org"_s, u"d.example.org:5000"_s });
    QCOMPARE(model.registries(), QStringList({ u"c.example.org"_s, u"a.example.org"_s, u"d.example.org:5000"_s }));
    model.setRegistries({});
    QCOMPARE(model.rowCount(), 0);
}

QTEST_GUILESS_MAIN(TestRegistryTreeModel)
#include "tst_registrytreemodel.moc"
