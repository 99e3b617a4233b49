// SPDX-License-Identifier: Apache-2.0
#include "registry/RegistryListing.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Wharf::Test {

namespace {

enum class Kind { Catalog, Tags, DockerHub };

Result<RegistryListing> parse(Kind kind, const QByteArray &body)
{
    switch (kind) {
    case Kind::Catalog:
        return RegistryListing::parseCatalog(body);
    case Kind::Tags:
        return RegistryListing::parseTags(body);
    case Kind::DockerHub:
        return RegistryListing::parseDockerHubRepositories(body);
    }
    return RegistryListing::parseCatalog(body);
}

// JSON string members for names with characters that must not survive a listing.
const QByteArray HostileNames = "\"nul\\u0000byte\", \"esc\\u001b[2Jape\", \"new\\nline\", \"tab\\tbed\", "
                                 "\"del\\u007f\", \"c1\\u0085next\", \"csi\\u009b31m\", \"bidi\\u202eevil\", "
                                 "\"zero\\u200bwidth\", \"\""_ba;

QByteArray hubPage(const QByteArray &next, const QByteArray &results = "[{\"namespace\":\"cern\",\"name\":\"root\"}]"_ba)
{
    return "{\"count\":1,\"next\":" + next + ",\"previous\":null,\"results\":" + results + "}";
}

} // namespace

class TestRegistryListing : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void valid_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("names");

        auto row = [](const char *name, Kind kind, const QByteArray &body, const QStringList &names) {
            QTest::newRow(name) << int(kind) << body << names;
        };

        // Catalog.
        row("catalog", Kind::Catalog, "{\"repositories\":[\"cms/analysis\",\"atlas/athena\",\"busybox\"]}"_ba,
            { u"cms/analysis"_s, u"atlas/athena"_s, u"busybox"_s });
        row("catalog empty", Kind::Catalog, "{\"repositories\":[]}"_ba, {});
        row("catalog null", Kind::Catalog, "{\"repositories\":null}"_ba, {});
        row("catalog missing", Kind::Catalog, "{}"_ba, {});
        row("catalog extra members", Kind::Catalog, "{\"repositories\":[\"a\"],\"next\":\"x\",\"n\":5}"_ba, { u"a"_s });
        row("catalog order and duplicates kept", Kind::Catalog, "{\"repositories\":[\"b\",\"a\",\"b\"]}"_ba,
            { u"b"_s, u"a"_s, u"b"_s });
        row("catalog non-strings dropped", Kind::Catalog,
            "{\"repositories\":[1,null,true,\"a\",{\"name\":\"x\"},[\"y\"],2.5,\"b\"]}"_ba, { u"a"_s, u"b"_s });
        row("catalog hostile names dropped", Kind::Catalog,
            "{\"repositories\":[\"ok\"," + HostileNames + ",\"fine/too\"]}", { u"ok"_s, u"fine/too"_s });
        row("catalog 255 kept, 256 dropped", Kind::Catalog,
            "{\"repositories\":[\"" + QByteArray(255, 'a') + "\",\"" + QByteArray(256, 'b') + "\"]}",
            { QString(255, u'a') });
        row("catalog unicode kept", Kind::Catalog, "{\"repositories\":[\"caf\\u00e9\",\"\\ud83d\\udc33\"]}"_ba,
            { u"café"_s, u"\U0001F433"_s });
        row("catalog blanks around", Kind::Catalog, " \n{\"repositories\":[\"a\"]}\n "_ba, { u"a"_s });

        // Tags.
        row("tags", Kind::Tags, "{\"name\":\"cms/analysis\",\"tags\":[\"latest\",\"1.0\",\"v1.10\"]}"_ba,
            { u"latest"_s, u"1.0"_s, u"v1.10"_s });
        row("tags null (all deleted)", Kind::Tags, "{\"name\":\"cms/analysis\",\"tags\":null}"_ba, {});
        row("tags empty", Kind::Tags, "{\"name\":\"cms/analysis\",\"tags\":[]}"_ba, {});
        row("tags without name", Kind::Tags, "{\"tags\":[\"1\"]}"_ba, { u"1"_s });
        row("tags name of wrong type", Kind::Tags, "{\"name\":42,\"tags\":[\"1\"]}"_ba, { u"1"_s });
        row("tags non-strings dropped", Kind::Tags, "{\"tags\":[1,\"a\",null,{},[],false,\"b\"]}"_ba,
            { u"a"_s, u"b"_s });
        row("tags hostile names dropped", Kind::Tags, "{\"tags\":[\"1.0\"," + HostileNames + ",\"2.0\"]}",
            { u"1.0"_s, u"2.0"_s });

        // Docker Hub's repository listing.
        row("hub", Kind::DockerHub,
            hubPage("null"_ba,
                    "[{\"namespace\":\"cern\",\"name\":\"root\",\"star_count\":3},"
                    "{\"name\":\"geant4\",\"namespace\":\"cern\"}]"_ba),
            { u"cern/root"_s, u"cern/geant4"_s });
        row("hub empty", Kind::DockerHub, hubPage("null"_ba, "[]"_ba), {});
        row("hub without namespace", Kind::DockerHub, hubPage("null"_ba, "[{\"name\":\"busybox\"}]"_ba),
            { u"busybox"_s });
        row("hub entries of wrong types", Kind::DockerHub,
            hubPage("null"_ba, "[1,\"cern/root\",null,[],{\"namespace\":\"cern\"},{\"namespace\":\"cern\",\"name\":5},"
                               "{\"namespace\":7,\"name\":\"x\"},{\"namespace\":\"cern\",\"name\":\"ok\"}]"_ba),
            { u"x"_s, u"cern/ok"_s });
        row("hub hostile names dropped", Kind::DockerHub,
            hubPage("null"_ba, "[{\"namespace\":\"cern\",\"name\":\"a\\u0000b\"},{\"namespace\":\"c\\u001bern\",\"name\":\"b\"},"
                               "{\"namespace\":\"cern\",\"name\":\"c\\u009bd\"},{\"namespace\":\"cern\",\"name\":\"ok\"}]"_ba),
            { u"cern/ok"_s });
        row("hub too long dropped", Kind::DockerHub,
            hubPage("null"_ba, "[{\"namespace\":\"cern\",\"name\":\"" + QByteArray(251, 'a')
                                   + "\"},{\"namespace\":\"cern\",\"name\":\"" + QByteArray(250, 'b') + "\"}]"),
            { u"cern/"_s + QString(250, u'b') });
    }

    void valid()
    {
        QFETCH(int, kind);
        QFETCH(QByteArray, body);
        QFETCH(QStringList, names);

        const Result<RegistryListing> listing = parse(Kind(kind), body);
        QVERIFY2(listing.ok(), qPrintable(listing.ok() ? QString() : listing.error().toString()));
        QCOMPARE(listing->names, names);
        QVERIFY(listing->next.isEmpty());
    }

    void invalid_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QByteArray>("body");

        auto all = [](const char *name, const QByteArray &body) {
            QTest::newRow(QByteArray(QByteArray(name) + " (catalog)").constData()) << int(Kind::Catalog) << body;
            QTest::newRow(QByteArray(QByteArray(name) + " (tags)").constData()) << int(Kind::Tags) << body;
            QTest::newRow(QByteArray(QByteArray(name) + " (hub)").constData()) << int(Kind::DockerHub) << body;
        };
        auto row = [](const char *name, Kind kind, const QByteArray &body) { QTest::newRow(name) << int(kind) << body; };

        all("empty", QByteArray());
        all("blank", " \r\n"_ba);
        all("html", "<html><body>502 Bad Gateway</body></html>"_ba);
        all("json null", "null"_ba);
        all("json string", "\"repositories\""_ba);
        all("json number", "1"_ba);
        all("json array", "[\"a\",\"b\"]"_ba);
        all("truncated", "{\"repositories\":[\"a\",\"b"_ba);
        all("truncated after comma", "{\"tags\":[\"a\","_ba);
        all("missing brace", "{\"results\":[]"_ba);
        all("trailing garbage", "{\"repositories\":[]} {}"_ba);
        all("NUL after object", QByteArray("{}\0", 3));
        all("NUL inside", QByteArray("{\"tags\":[\0]}", 12));
        all("invalid utf-8", "{\"tags\":[\"\xff\"]}"_ba);
        all("deep nesting", QByteArray(100000, '['));
        all("random bytes", QByteArray("\x8b\x1f\x00\x08\xff\xfe\x00\x01", 8));

        row("catalog string", Kind::Catalog, "{\"repositories\":\"a\"}"_ba);
        row("catalog object", Kind::Catalog, "{\"repositories\":{\"a\":1}}"_ba);
        row("catalog number", Kind::Catalog, "{\"repositories\":3}"_ba);
        row("catalog bool", Kind::Catalog, "{\"repositories\":false}"_ba);
        row("tags missing", Kind::Tags, "{\"name\":\"cms/analysis\"}"_ba);
        row("tags string", Kind::Tags, "{\"name\":\"x\",\"tags\":\"latest\"}"_ba);
        row("tags object", Kind::Tags, "{\"name\":\"x\",\"tags\":{\"latest\":1}}"_ba);
        row("tags number", Kind::Tags, "{\"tags\":0}"_ba);
        row("hub results missing", Kind::DockerHub, "{\"count\":0,\"next\":null}"_ba);
        row("hub results null", Kind::DockerHub, "{\"results\":null}"_ba);
        row("hub results object", Kind::DockerHub, "{\"results\":{\"name\":\"x\"}}"_ba);
        row("hub results string", Kind::DockerHub, "{\"results\":\"cern/root\"}"_ba);
    }

    void invalid()
    {
        QFETCH(int, kind);
        QFETCH(QByteArray, body);

        const Result<RegistryListing> listing = parse(Kind(kind), body);
        QVERIFY2(!listing.ok(), qPrintable(listing.ok() ? listing->names.join(u',') : QString()));
        QCOMPARE(listing.error().code(), ErrorCode::ParseError);
        QVERIFY(!listing.error().message().isEmpty());
        QVERIFY(!listing.error().details().isEmpty());
        QVERIFY(listing.error().details().size() < 500);
    }

    void dockerHubNext_data()
    {
        QTest::addColumn<QByteArray>("next"); // the JSON value
        QTest::addColumn<QString>("expected"); // empty: not followed

        const QString page2 = u"https://hub.docker.com/v2/repositories/cern/?page=2&page_size=100"_s;
        QTest::newRow("docker hub") << QByteArray("\"" + page2.toUtf8() + "\"") << page2;
        QTest::newRow("upper-case host") << "\"https://HUB.DOCKER.COM/v2/repositories/cern/?page=2\""_ba
                                         << u"https://hub.docker.com/v2/repositories/cern/?page=2"_s;
        QTest::newRow("null") << "null"_ba << QString();
        QTest::newRow("empty") << "\"\""_ba << QString();
        QTest::newRow("number") << "2"_ba << QString();
        QTest::newRow("object") << "{\"url\":\"https://hub.docker.com/v2/\"}"_ba << QString();
        QTest::newRow("plain http") << "\"http://hub.docker.com/v2/repositories/cern/?page=2\""_ba << QString();
        QTest::newRow("other host") << "\"https://evil.example.org/v2/repositories/cern/?page=2\""_ba << QString();
        QTest::newRow("registry host") << "\"https://registry-1.docker.io/v2/_catalog\""_ba << QString();
        QTest::newRow("suffix host") << "\"https://hub.docker.com.evil.example.org/v2/\""_ba << QString();
        QTest::newRow("prefix host") << "\"https://evilhub.docker.com/v2/\""_ba << QString();
        QTest::newRow("user info trick") << "\"https://hub.docker.com@evil.example.org/v2/\""_ba << QString();
        QTest::newRow("other port") << "\"https://hub.docker.com:8443/v2/repositories/cern/?page=2\""_ba << QString();
        QTest::newRow("user info") << "\"https://u:p@hub.docker.com/v2/repositories/cern/?page=2\""_ba << QString();
        QTest::newRow("relative") << "\"/v2/repositories/cern/?page=2\""_ba << QString();
        QTest::newRow("scheme-relative") << "\"//evil.example.org/v2/\""_ba << QString();
        QTest::newRow("file") << "\"file:///etc/passwd\""_ba << QString();
        QTest::newRow("javascript") << "\"javascript:alert(1)\""_ba << QString();
        QTest::newRow("no host") << "\"https:///v2/\""_ba << QString();
        QTest::newRow("garbage") << "\"::::\""_ba << QString();
    }

    void dockerHubNext()
    {
        QFETCH(QByteArray, next);
        QFETCH(QString, expected);

        const Result<RegistryListing> listing = RegistryListing::parseDockerHubRepositories(hubPage(next));
        QVERIFY2(listing.ok(), qPrintable(listing.ok() ? QString() : listing.error().toString()));
        QCOMPARE(listing->names, QStringList{ u"cern/root"_s });
        if (expected.isEmpty()) {
            QVERIFY2(listing->next.isEmpty(), qPrintable(listing->next.toString()));
        } else {
            QCOMPARE(listing->next, QUrl(expected));
            QCOMPARE(listing->next.scheme(), u"https"_s);
            QCOMPARE(listing->next.host(), u"hub.docker.com"_s);
        }
    }

    // The catalog and tag lists of the other endpoints never carry a next page in the body.
    void noNextOutsideDockerHub()
    {
        const QByteArray body = "{\"repositories\":[\"a\"],\"tags\":[\"1\"],\"next\":\"https://hub.docker.com/v2/\"}"_ba;
        QVERIFY(RegistryListing::parseCatalog(body)->next.isEmpty());
        QVERIFY(RegistryListing::parseTags(body)->next.isEmpty());
    }

    void huge_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("catalog") << int(Kind::Catalog);
        QTest::newRow("tags") << int(Kind::Tags);
        QTest::newRow("hub") << int(Kind::DockerHub);
    }

    // 100,000 names parse completely and quickly.
    void huge()
    {
        QFETCH(int, kind);

        constexpr int Count = 100000;
        QByteArray items;
        items.reserve(Count * 48);
        for (int i = 0; i < Count; ++i) {
            if (i)
                items += ',';
            const QByteArray name = "group-" + QByteArray::number(i % 97) + "/repository-" + QByteArray::number(i);
            if (Kind(kind) == Kind::DockerHub)
                items += "{\"namespace\":\"cern\",\"name\":\"" + name.mid(name.indexOf('/') + 1) + "\"}";
            else
                items += QByteArray("\"" + name + "\"");
        }
        QByteArray body;
        if (Kind(kind) == Kind::Catalog)
            body = "{\"repositories\":[" + items + "]}";
        else if (Kind(kind) == Kind::Tags)
            body = "{\"name\":\"x\",\"tags\":[" + items + "]}";
        else
            body = hubPage("null"_ba, "[" + items + "]");

        QElapsedTimer timer;
        timer.start();
        const Result<RegistryListing> listing = parse(Kind(kind), body);
        const qint64 elapsed = timer.elapsed();
        QVERIFY(listing.ok());
        QCOMPARE(listing->names.size(), qsizetype(Count));
        QVERIFY(listing->names.first().endsWith(u"repository-0"_s));
        QVERIFY(listing->names.last().endsWith(u"repository-99999"_s));
        QVERIFY2(elapsed < 10000, qPrintable(QString::number(elapsed)));

        // The same list cut anywhere is an error, never a partial list.
        for (const qsizetype cut : { body.size() - 1, body.size() / 2, qsizetype(1) }) {
            const Result<RegistryListing> truncated = parse(Kind(kind), body.left(cut));
            QVERIFY2(!truncated.ok(), qPrintable(QString::number(cut)));
            QCOMPARE(truncated.error().code(), ErrorCode::ParseError);
        }
    }

    void tooLarge()
    {
        // Beyond 64 MiB the reply is refused without parsing.
        const QByteArray body = "{\"repositories\":[],\"padding\":\""_ba + QByteArray(64 * 1024 * 1024, 'p') + "\"}";
        const Result<RegistryListing> listing = RegistryListing::parseCatalog(body);
        QVERIFY(!listing.ok());
        QCOMPARE(listing.error().code(), ErrorCode::ParseError);
    }
};

} // namespace Wharf::Test

QTEST_GUILESS_MAIN(Wharf::Test::TestRegistryListing)
#include "tst_registrylisting.moc"
