// SPDX-License-Identifier: Apache-2.0
#include "RegistryFixtures.h"
#include "registry/ImageConfigSummary.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Wharf::Test {

using namespace RegistryFixtures;

class TestImageConfigSummary : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ociConfig()
    {
        const Result<ImageConfigSummary> summary = ImageConfigSummary::parse(OciConfig);
        QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().toString()));
        QVERIFY(!summary->isNull());
        QCOMPARE(summary->created(), QDateTime(QDate(2024, 1, 31), QTime(12, 34, 56, 123), Qt::UTC));
        QCOMPARE(summary->created().timeSpec(), Qt::UTC);
        QCOMPARE(summary->os(), u"linux"_s);
        QCOMPARE(summary->architecture(), u"arm64"_s);
        QCOMPARE(summary->variant(), u"v8"_s);
        QCOMPARE(summary->author(), u"CMS Offline and Computing <cms-offline@cern.ch>"_s);
        QCOMPARE(summary->labels(),
                 (QMap<QString, QString>{{u"org.opencontainers.image.source"_s, u"https://gitlab.cern.ch/cms-cloud/cmssw-docker"_s},
                                         {u"org.opencontainers.image.version"_s, u"13.3.0"_s},
                                         {u"empty"_s, QString()}}));
        QCOMPARE(summary->environment(),
                 (QStringList{u"PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"_s,
                              u"CMSSW_VERSION=CMSSW_13_3_0"_s}));
        QCOMPARE(summary->entrypoint(), (QStringList{u"/bin/bash"_s, u"-l"_s, u"-c"_s}));
        QCOMPARE(summary->command(), QStringList{u"cmsRun"_s});
        QCOMPARE(summary->workingDirectory(), u"/home/cmsusr"_s);
        QCOMPARE(summary->user(), u"cmsusr"_s);
        QCOMPARE(summary->historyCount(), 3);
    }

    void dockerConfig()
    {
        const Result<ImageConfigSummary> summary = ImageConfigSummary::parse(DockerConfig);
        QVERIFY(summary.ok());
        QCOMPARE(summary->created(), QDateTime(QDate(2023, 7, 18), QTime(21, 19, 33, 655), Qt::UTC));
        QCOMPARE(summary->os(), u"linux"_s);
        QCOMPARE(summary->architecture(), u"amd64"_s);
        QCOMPARE(summary->variant(), QString());
        QCOMPARE(summary->author(), QString());
        // config.Labels (null), not container_config's.
        QVERIFY(summary->labels().isEmpty());
        QCOMPARE(summary->command(), QStringList{u"sh"_s});
        QVERIFY(summary->entrypoint().isEmpty());
        QCOMPARE(summary->workingDirectory(), QString());
        QCOMPARE(summary->historyCount(), 1);
    }

    void created_data()
    {
        QTest::addColumn<QByteArray>("json"); // the value of "created"
        QTest::addColumn<QDateTime>("expected");

        const QDateTime noon(QDate(2024, 1, 31), QTime(12, 0), Qt::UTC);
        QTest::newRow("Z") << "\"2024-01-31T12:00:00Z\""_ba << noon;
        QTest::newRow("lower case") << "\"2024-01-31t12:00:00z\""_ba << noon;
        QTest::newRow("nanoseconds") << "\"2024-01-31T12:00:00.999999999Z\""_ba << noon.addMSecs(999);
        QTest::newRow("one fraction digit") << "\"2024-01-31T12:00:00.5Z\""_ba << noon.addMSecs(500);
        QTest::newRow("positive offset") << "\"2024-01-31T14:00:00+02:00\""_ba << noon;
        QTest::newRow("negative offset") << "\"2024-01-31T07:30:00-04:30\""_ba << noon;
        QTest::newRow("offset across the date") << "\"2024-02-01T01:00:00+13:00\""_ba << noon;
        QTest::newRow("epoch + 1 (reproducible builds)") << "\"1970-01-01T00:00:01Z\""_ba
                                                         << QDateTime::fromSecsSinceEpoch(1, Qt::UTC);
        // Invalid, never an error.
        QTest::newRow("absent") << QByteArray() << QDateTime();
        QTest::newRow("Go zero time") << "\"0001-01-01T00:00:00Z\""_ba << QDateTime();
        QTest::newRow("garbage") << "\"yesterday\""_ba << QDateTime();
        QTest::newRow("empty") << "\"\""_ba << QDateTime();
        QTest::newRow("no zone") << "\"2024-01-31T12:00:00\""_ba << QDateTime();
        QTest::newRow("date only") << "\"2024-01-31\""_ba << QDateTime();
        QTest::newRow("month 13") << "\"2024-13-01T00:00:00Z\""_ba << QDateTime();
        QTest::newRow("February 30") << "\"2024-02-30T00:00:00Z\""_ba << QDateTime();
        QTest::newRow("trailing text") << "\"2024-01-31T12:00:00Zjunk\""_ba << QDateTime();
        QTest::newRow("NUL") << "\"2024-01-31T12:00:00Z\\u0000\""_ba << QDateTime();
        QTest::newRow("overlong fraction") << QByteArray("\"2024-01-31T12:00:00." + QByteArray(100000, '1') + "Z\"")
                                           << noon.addMSecs(111);
        QTest::newRow("number") << "1706702400"_ba << QDateTime();
        QTest::newRow("null") << "null"_ba << QDateTime();
        QTest::newRow("object") << "{}"_ba << QDateTime();
    }

    void created()
    {
        QFETCH(QByteArray, json);
        QFETCH(QDateTime, expected);
        const QByteArray body = json.isEmpty() ? "{}"_ba : QByteArray("{\"created\":" + json + "}");
        const Result<ImageConfigSummary> summary = ImageConfigSummary::parse(body);
        QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().toString()));
        QCOMPARE(summary->created().isValid(), expected.isValid());
        if (expected.isValid()) {
            QCOMPARE(summary->created(), expected);
            QCOMPARE(summary->created().timeSpec(), Qt::UTC);
        }
    }

    // Descriptive fields of the wrong type are left empty; the config is still shown.
    void wrongTypes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("os");
        QTest::addColumn<QStringList>("env");
        QTest::addColumn<QStringList>("cmd");
        QTest::addColumn<int>("labels");
        QTest::addColumn<int>("history");

        QTest::newRow("empty object") << "{}"_ba << QString() << QStringList() << QStringList() << 0 << 0;
        QTest::newRow("os is a number") << "{\"os\":5}"_ba << QString() << QStringList() << QStringList() << 0 << 0;
        QTest::newRow("config is a string") << "{\"os\":\"linux\",\"config\":\"x\"}"_ba << u"linux"_s << QStringList()
                                            << QStringList() << 0 << 0;
        QTest::newRow("config is null") << "{\"config\":null}"_ba << QString() << QStringList() << QStringList() << 0
                                        << 0;
        QTest::newRow("Env is an object") << "{\"config\":{\"Env\":{\"A\":\"b\"}}}"_ba << QString() << QStringList()
                                          << QStringList() << 0 << 0;
        QTest::newRow("Env with non-strings") << "{\"config\":{\"Env\":[\"A=1\",2,null,{\"x\":1},\"B=2\"]}}"_ba << QString()
                                              << QStringList{u"A=1"_s, u"B=2"_s} << QStringList() << 0 << 0;
        QTest::newRow("Cmd is a string") << "{\"config\":{\"Cmd\":\"sh -c true\"}}"_ba << QString() << QStringList()
                                         << QStringList{u"sh -c true"_s} << 0 << 0;
        QTest::newRow("Cmd is a number") << "{\"config\":{\"Cmd\":5}}"_ba << QString() << QStringList()
                                         << QStringList() << 0 << 0;
        QTest::newRow("Labels is an array") << "{\"config\":{\"Labels\":[\"a\",\"b\"]}}"_ba << QString() << QStringList()
                                            << QStringList() << 0 << 0;
        QTest::newRow("Labels all non-strings") << "{\"config\":{\"Labels\":{\"a\":1,\"b\":true,\"c\":null,\"d\":[]}}}"_ba
                                                << QString() << QStringList() << QStringList() << 0 << 0;
        QTest::newRow("history is an object") << "{\"history\":{\"a\":1}}"_ba << QString() << QStringList()
                                              << QStringList() << 0 << 0;
        QTest::newRow("history of anything") << "{\"history\":[1,\"x\",null,{}]}"_ba << QString() << QStringList()
                                             << QStringList() << 0 << 4;
        QTest::newRow("NUL inside a string") << "{\"os\":\"lin\\u0000ux\"}"_ba << u"lin\0ux"_s << QStringList()
                                             << QStringList() << 0 << 0;
        {
            const QByteArray longValue(1024 * 1024, 'v');
            QTest::newRow("overlong label")
                << QByteArray("{\"config\":{\"Labels\":{\"a\":\"" + longValue + "\"}}}") << QString() << QStringList()
                << QStringList() << 1 << 0;
        }
    }

    void wrongTypes()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, os);
        QFETCH(QStringList, env);
        QFETCH(QStringList, cmd);
        QFETCH(int, labels);
        QFETCH(int, history);
        const Result<ImageConfigSummary> summary = ImageConfigSummary::parse(body);
        QVERIFY2(summary.ok(), qPrintable(summary.ok() ? QString() : summary.error().toString()));
        QCOMPARE(summary->os(), os);
        QCOMPARE(summary->environment(), env);
        QCOMPARE(summary->command(), cmd);
        QCOMPARE(summary->labels().size(), labels);
        QCOMPARE(summary->historyCount(), history);
        QVERIFY(!summary->created().isValid());
    }

    void invalid_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("garbage") << "\x89PNG\r\n\x1a\n"_ba;
        QTest::newRow("HTML") << "<html>Bad Gateway</html>"_ba;
        QTest::newRow("truncated") << OciConfig.left(OciConfig.size() / 2);
        QTest::newRow("array") << "[1,2]"_ba;
        QTest::newRow("string") << "\"config\""_ba;
        QTest::newRow("raw NUL") << QByteArray("{\"os\":\"linux\"\0}", 15);
        QTest::newRow("deep nesting") << QByteArray(QByteArray(50000, '[') + QByteArray(50000, ']'));
        QTest::newRow("over 8 MiB")
            << QByteArray("{\"os\":\"linux\",\"pad\":\"" + QByteArray(ImageConfigSummary::MaxBodyBytes, 'x') + "\"}");
    }

    void invalid()
    {
        QFETCH(QByteArray, body);
        const Result<ImageConfigSummary> summary = ImageConfigSummary::parse(body);
        QVERIFY(!summary.ok());
        QCOMPARE(summary.error().code(), ErrorCode::ParseError);
        QVERIFY(!summary.error().message().isEmpty());
        QVERIFY(summary.error().details().size() < 500);
    }

    void truncatedAndDamaged()
    {
        const QByteArray whole = OciConfig.trimmed();
        for (qsizetype length = 0; length < whole.size(); ++length)
            QVERIFY(!ImageConfigSummary::parse(whole.left(length)).ok());
        QRandomGenerator random(3339);
        for (int round = 0; round < 3000; ++round) {
            QByteArray damaged = whole;
            for (int n = 0; n < 3; ++n)
                damaged[random.bounded(static_cast<int>(damaged.size()))] = static_cast<char>(random.bounded(256));
            const Result<ImageConfigSummary> summary = ImageConfigSummary::parse(damaged);
            if (summary.ok() && summary->created().isValid())
                QCOMPARE(summary->created().timeSpec(), Qt::UTC);
        }
    }

    void defaultIsNull()
    {
        const ImageConfigSummary summary;
        QVERIFY(summary.isNull());
        QVERIFY(!summary.created().isValid());
        QCOMPARE(summary.historyCount(), 0);
    }
};

} // namespace Wharf::Test

QTEST_GUILESS_MAIN(Wharf::Test::TestImageConfigSummary)
#include "tst_imageconfigsummary.moc"
