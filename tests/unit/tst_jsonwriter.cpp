// SPDX-License-Identifier: Apache-2.0
// JsonWriter: what it writes is JSON that QJsonDocument reads back to the same values,
// whatever the strings hold, indented by four spaces a level.
#include "base/JsonWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using Wharf::JsonWriter;

class tst_JsonWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hostileStringsRoundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("plain") << u"busybox:latest"_s;
        QTest::newRow("quotes and backslashes") << u"a\"b\\c\\\"d"_s;
        QTest::newRow("control characters") << u"line\nnext\r\ttab\b\f"_s;
        QString low;
        for (char16_t c = 0; c < 0x20; ++c)
            low += QChar(c);
        QTest::newRow("every control character") << low;
        QTest::newRow("NUL inside") << QStringView(u"a\0b", 3).toString();
        QTest::newRow("non-ASCII") << u"Größe 検証 émoji 😀"_s;
        QTest::newRow("DEL and C1") << u"\u007f\u0085\u2028\u2029"_s;
        QTest::newRow("looks like JSON") << u"\"}, {\"injected\": true"_s;
        QTest::newRow("long") << QString(100000, u'x') + u'"';
    }

    void hostileStringsRoundTrip()
    {
        QFETCH(QString, text);
        JsonWriter json;
        json.beginObject();
        json.key(text);
        json.value(text);
        json.key(u"list");
        json.value(QStringList{text, text});
        json.endObject();
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json.data(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.object().value(text).toString(), text);
        QCOMPARE(doc.object().value(u"list"_s).toArray().at(1).toString(), text);
    }

    void loneSurrogateBecomesReplacementCharacter()
    {
        JsonWriter json;
        json.beginArray();
        json.value(QStringView(u"a\xD800z"));
        json.endArray();
        const QJsonDocument doc = QJsonDocument::fromJson(json.data());
        QVERIFY(doc.isArray());
        QCOMPARE(doc.array().at(0).toString().size(), 3);
    }

    void valueOrNull()
    {
        JsonWriter json;
        json.beginArray();
        json.valueOrNull(u"");
        json.valueOrNull(u"alice");
        json.endArray();
        QCOMPARE(QJsonDocument::fromJson(json.data()).array(), (QJsonArray{QJsonValue::Null, u"alice"_s}));
    }

    void layoutIsIndented()
    {
        JsonWriter json;
        json.beginArray();
        json.beginObject();
        json.key(u"a");
        json.value(qint64(-42));
        json.key(u"b");
        json.value(true);
        json.key(u"c");
        json.nullValue();
        json.key(u"d");
        json.beginObject();
        json.endObject();
        json.key(u"e");
        json.value(QStringList{});
        json.key(u"f");
        json.value(QStringList{u"x"_s});
        json.endObject();
        json.endArray();

        const QJsonArray expected{QJsonObject{{u"a"_s, -42}, {u"b"_s, true}, {u"c"_s, QJsonValue::Null},
                                              {u"d"_s, QJsonObject{}}, {u"e"_s, QJsonArray{}},
                                              {u"f"_s, QJsonArray{u"x"_s}}}};
        QCOMPARE(QJsonDocument::fromJson(json.data()).array(), expected);
        // Four spaces a level like QJsonDocument::Indented; empty containers stay on one line.
        QCOMPARE(json.data(), "[\n    {\n        \"a\": -42,\n        \"b\": true,\n        \"c\": null,\n"
                              "        \"d\": {},\n        \"e\": [],\n        \"f\": [\n            \"x\"\n"
                              "        ]\n    }\n]\n"_ba);
    }

    void emptyArray()
    {
        JsonWriter json;
        json.beginArray();
        json.endArray();
        QCOMPARE(json.data(), "[]\n"_ba);
    }

    void unbalancedEndIsIgnored()
    {
        JsonWriter json;
        json.endObject();
        json.endArray();
        QVERIFY(json.data().isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_JsonWriter)
#include "tst_jsonwriter.moc"
