// SPDX-License-Identifier: Apache-2.0
// Redactor: every kind of secret Wharf may meet in a report or a log goes, the text around it
// stays; hostile input (huge, NULs, unterminated quotes, many secrets per line) stays fast and
// leaks nothing.
#include "diagnostics/Redactor.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Wharf;

class tst_Redactor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redacts_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("secret"); // must be gone
        QTest::addColumn<QString>("kept"); // must stay

        QTest::newRow("key=value")
            << u"password=hunter2 user=alice"_s << u"hunter2"_s << u"user=alice"_s;
        QTest::newRow("env variable")
            << u"DOCKER_PASSWORD=s3cr3t!\n"_s << u"s3cr3t!"_s << u"DOCKER_PASSWORD="_s;
        QTest::newRow("spaces around =") << u"password = two words"_s << u"words"_s << u"password = "_s;
        QTest::newRow("prose with a colon")
            << u"registry token: abc def ghi\nnext line"_s << u"def ghi"_s << u"next line"_s;
        QTest::newRow("yaml") << u"registry:\n  password: \"p@ss word\"\n  user: bob"_s
                              << u"p@ss word"_s << u"user: bob"_s;
        QTest::newRow("single quotes") << u"secret='a b c'"_s << u"a b c"_s << u"secret="_s;
        QTest::newRow("query string")
            << u"GET /token?account=alice&access_token=abc123def&scope=pull"_s << u"abc123def"_s
            << u"scope=pull"_s;
        QTest::newRow("case") << u"PassWord: Tr0ub4dor"_s << u"Tr0ub4dor"_s << u"PassWord"_s;
        QTest::newRow("api key") << u"api_key=AKIA1234567890"_s << u"AKIA1234567890"_s
                                 << u"api_key"_s;
        QTest::newRow("authorization basic") << u"Authorization: Basic YWxpY2U6aHVudGVyMg=="_s
                                             << u"YWxpY2U6aHVudGVyMg=="_s << u"Authorization:"_s;
        QTest::newRow("authorization bearer") << u"> authorization: Bearer abc.def.ghi123"_s
                                              << u"abc.def.ghi123"_s << u"authorization"_s;
        QTest::newRow("proxy authorization") << u"Proxy-Authorization: Basic Zm9vOmJhcg=="_s
                                             << u"Zm9vOmJhcg=="_s << u"Proxy-Authorization"_s;
        QTest::newRow("registry auth header")
            << u"X-Registry-Auth: eyJ1c2VybmFtZSI6ImEifQ"_s << u"eyJ1c2VybmFtZSI6ImEifQ"_s
            << u"X-Registry-Auth"_s;
        QTest::newRow("bearer in text") << u"sent Bearer 9f8e7d6c5b4a3 to the registry"_s
                                        << u"9f8e7d6c5b4a3"_s << u"to the registry"_s;
        QTest::newRow("docker config auth")
            << u"{\"auths\":{\"https://index.docker.io/v1/\":{\"auth\":\"YWxpY2U6aHVudGVyMg==\"}}}"_s
            << u"YWxpY2U6aHVudGVyMg=="_s << u"index.docker.io"_s;
        QTest::newRow("json password")
            << u"{\"username\": \"alice\", \"password\": \"hun\\\"ter2\"}"_s << u"ter2"_s
            << u"\"username\": \"alice\""_s;
        QTest::newRow("json identity token")
            << u"{\"identitytoken\":\"tok-123-xyz\"}"_s << u"tok-123-xyz"_s << u"identitytoken"_s;
        QTest::newRow("json Secret (credential helper)")
            << u"{\"ServerURL\":\"https://r.example\",\"Username\":\"alice\",\"Secret\":\"pa55\"}"_s
            << u"pa55"_s << u"https://r.example"_s;
        QTest::newRow("json unterminated")
            << u"{\"password\": \"abcdef"_s << u"abcdef"_s << u"password"_s;
        QTest::newRow("url credentials") << u"pull https://alice:hunter2@registry.example/v2/"_s
                                         << u"hunter2"_s << u"https://alice:"_s;
        QTest::newRow("cli --password")
            << u"docker login --username alice --password hunter2 r.example"_s << u"hunter2"_s
            << u"r.example"_s;
        QTest::newRow("cli --password=")
            << u"podman login --password=hunter2 r.example"_s << u"hunter2"_s << u"podman login"_s;
        QTest::newRow("cli login -p") << u"docker login -u alice -p hunter2 registry.example"_s
                                      << u"hunter2"_s << u"registry.example"_s;
        QTest::newRow("jwt")
            << u"token eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJhbGljZSJ9.c2lnbmF0dXJl here"_s
            << u"eyJzdWIiOiJhbGljZSJ9"_s << u"here"_s;
        QTest::newRow("github token") << u"using ghp_abcdefghijklmnopqrstuvwxyz0123456789 now"_s
                                      << u"ghp_abcdefghijklmnopqrstuvwxyz0123456789"_s << u"now"_s;
        QTest::newRow("gitlab token")
            << u"glpat-AbCdEfGhIjKlMnOpQrSt"_s << u"AbCdEfGhIjKlMnOpQrSt"_s << QString();
        QTest::newRow("docker hub token")
            << u"dckr_pat_1234567890abcdef"_s << u"1234567890abcdef"_s << QString();
        QTest::newRow("several on a line")
            << u"password=one token=two secret=three"_s << u"two"_s << u"token="_s;
        QTest::newRow("home path stays") << u"/home/alice/.docker/config.json: token=abc123"_s
                                         << u"abc123"_s << u"/home/alice/.docker/config.json"_s;
    }

    void redacts()
    {
        QFETCH(QString, input);
        QFETCH(QString, secret);
        QFETCH(QString, kept);
        const QString output = Redactor().redact(input);
        QVERIFY2(!output.contains(secret), qPrintable(output));
        QVERIFY2(output.contains(Redactor::Placeholder), qPrintable(output));
        if (!kept.isEmpty())
            QVERIFY2(output.contains(kept), qPrintable(output));
    }

    void severalSecretsAllGo()
    {
        const QString output = Redactor().redact(u"password=one token=two secret=three"_s);
        QVERIFY(!output.contains(u"one"_s));
        QVERIFY(!output.contains(u"two"_s));
        QVERIFY(!output.contains(u"three"_s));
    }

    void leavesOrdinaryTextAlone_data()
    {
        QTest::addColumn<QString>("input");
        QTest::newRow("prose")
            << u"The Docker socket /var/run/docker.sock is not readable by alice."_s;
        QTest::newRow("password-stdin")
            << u"docker login --password-stdin --username alice r.example"_s;
        QTest::newRow("bearer realm")
            << u"Www-Authenticate: Bearer realm=\"https://auth.docker.io/token\",service=\"registry.docker.io\""_s;
        QTest::newRow("bearer word") << u"Bearer authentication failed"_s;
        QTest::newRow("author label") << u"{\"author\": \"CMS Offline\"}"_s;
        QTest::newRow("bypass") << u"bypass=1"_s;
        QTest::newRow("mountinfo")
            << u"40 27 0:35 / /cvmfs rw,relatime shared:21 - autofs /etc/auto.cvmfs rw"_s;
        QTest::newRow("check evidence") << u"/proc/sys/user/max_user_namespaces: 15000"_s;
        QTest::newRow("port option") << u"docker run -p 8080:80 image"_s;
        QTest::newRow("empty") << QString();
    }

    void leavesOrdinaryTextAlone()
    {
        QFETCH(QString, input);
        QCOMPARE(Redactor().redact(input), input);
    }

    void knownSecrets()
    {
        Redactor redactor;
        redactor.addSecret(u"correct horse battery staple"_s);
        redactor.addSecret(u"abc"_s); // too short: would blank ordinary words
        redactor.addSecret(u"horse"_s); // contained in the longer one
        const QString output
            = redactor.redact(u"typed correct horse battery staple, then horse; abc stays"_s);
        QVERIFY(!output.contains(u"correct horse"_s));
        QVERIFY(!output.contains(u"horse"_s));
        QVERIFY(output.contains(u"abc stays"_s));
        QCOMPARE(redactor.redact(QStringList { u"a horse"_s, u"b"_s }),
            (QStringList { u"a [REDACTED]"_s, u"b"_s }));
    }

    void hostileInput_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("secret");
        QTest::newRow("embedded NUL before") << (u"x\0y password=hunter2"_s) << u"hunter2"_s;
        QTest::newRow("NUL inside the value") << (u"password=hun\0ter2"_s) << u"ter2"_s;
        QTest::newRow("unterminated double quote")
            << u"password=\"hunter2 and more"_s << u"hunter2"_s;
        QTest::newRow("unterminated single quote") << u"secret='hunter2"_s << u"hunter2"_s;
        QTest::newRow("json escaped backslash")
            << u"{\"auth\":\"abc\\\\\",\"x\":\"y\"}"_s << u"abc"_s;
        QTest::newRow("many quotes")
            << (u"\"password\": \""_s + QString(50000, u'"')) << u"never-there"_s;
        QTest::newRow("unicode") << u"пароль password=пароль123 ✓"_s << u"пароль123"_s;
        QTest::newRow("crlf") << u"Authorization: Basic Zm9vOmJhcg==\r\nHost: x\r\n"_s
                              << u"Zm9vOmJhcg=="_s;
    }

    void hostileInput()
    {
        QFETCH(QString, input);
        QFETCH(QString, secret);
        const QString output = Redactor().redact(input);
        QVERIFY2(!output.contains(secret), qPrintable(output.left(200)));
    }

    void hugeInputIsFastAndComplete()
    {
        // 4 MB without a newline, secrets at both ends and in the middle, plus pathological runs
        // of the characters the patterns look for.
        QString input = u"password=first "_s;
        input += QString(1000000, u'a') + u" Bearer 1"_s + QString(500000, u'b');
        input += u" \"token\": \""_s + QString(500000, u'\\') + u"\" "_s;
        input += u" token=middle "_s + QString(1000000, u'=') + QString(1000000, u':');
        input += u" secret=last"_s;
        QElapsedTimer timer;
        timer.start();
        const QString output = Redactor().redact(input);
        QVERIFY2(timer.elapsed() < 20000, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!output.contains(u"first"_s));
        QVERIFY(!output.contains(u"middle"_s));
        QVERIFY(!output.contains(u"last"_s));
    }

    void manyLinesWithSecrets()
    {
        QStringList lines;
        for (int i = 0; i < 20000; ++i)
            lines.append(u"line %1 password=secret%1 user=u%1"_s.arg(i));
        const QString output = Redactor().redact(lines.join(u'\n'));
        QVERIFY(!output.contains(u"secret1"_s));
        QCOMPARE(output.count(Redactor::Placeholder), 20000);
    }
};

QTEST_GUILESS_MAIN(tst_Redactor)
#include "tst_redactor.moc"
