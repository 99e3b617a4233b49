// SPDX-License-Identifier: Apache-2.0
// The docker-credential-* protocol client against fake helpers (the real
// docker-credential-secretservice is in tests/integration): the protocol, the secret only on
// stdin, and helpers that print garbage, hang, crash, fail or flood; the output parsers.
#include "AwaitResult.h"
#include "CredentialHelperFixtures.h"
#include "credentials/CredentialHelperClient.h"

#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>
#include <csignal>
#include <optional>
#include <sys/types.h>

using namespace Qt::StringLiterals;
using namespace Wharf;
using namespace Wharf::Test;

namespace {

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class tst_CredentialHelperClient : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(writeHelperScript(m_dir.path(), u"fake"_s, fileStoreHelperBody()));
        QVERIFY(writeHelperScript(
            m_dir.path(), u"garbage"_s, "cat >/dev/null\necho 'this is { not json'\n"));
        QVERIFY(writeHelperScript(m_dir.path(), u"wrongtypes"_s,
            "cat >/dev/null\necho '{\"ServerURL\":1,\"Username\":[],\"Secret\":{}}'\n"));
        QVERIFY(writeHelperScript(
            m_dir.path(), u"hang"_s, "echo $$ > \"$(dirname \"$0\")/hang.pid\"\nexec sleep 60\n"));
        QVERIFY(writeHelperScript(m_dir.path(), u"echoes"_s,
            "input=$(cat)\necho \"error storing credentials: $input\"\nexit 1\n"));
        QVERIFY(writeHelperScript(m_dir.path(), u"stderronly"_s,
            "cat >/dev/null\necho 'keyring is locked' >&2\nexit 3\n"));
        QVERIFY(writeHelperScript(m_dir.path(), u"crash"_s, "cat >/dev/null\nkill -SEGV $$\n"));
        QVERIFY(writeHelperScript(
            m_dir.path(), u"flood"_s, "cat >/dev/null\nhead -c 3000000 /dev/zero | tr '\\0' a\n"));
        QVERIFY(writeHelperScript(m_dir.path(), u"notexecutable"_s, "echo hi\n", false));
        QVERIFY(writeHelperScript(m_dir.path(), u"emptylist"_s, "cat >/dev/null\n"));
        // Found and executable, but exec() fails: the interpreter does not exist.
        QFile badInterpreter(m_dir.filePath(u"docker-credential-badinterpreter"_s));
        QVERIFY(badInterpreter.open(QIODevice::WriteOnly));
        badInterpreter.write("#!/nonexistent/interpreter\necho hi\n");
        badInterpreter.close();
        QVERIFY(badInterpreter.setPermissions(
            QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner));
    }

    void protocolRoundTrip()
    {
        CredentialHelperClient client(u"fake"_s, helperEnvironment(m_dir.path()));
        QCOMPARE(client.programName(), u"docker-credential-fake"_s);
        QCOMPARE(client.findProgram(), m_dir.filePath(u"docker-credential-fake"_s));

        const RegistryCredential login(u"127.0.0.1:5000"_s, u"alice"_s, u"top-secret-1"_s);
        Result<void> stored = awaitResult<void>(
            [&](auto done) { client.store(u"https://127.0.0.1:5000"_s, login, done); });
        QVERIFY2(stored.ok(), qPrintable(stored.ok() ? QString() : stored.error().toString()));

        // The secret went on stdin as the protocol's JSON, never into the arguments.
        const QByteArray stdinStore = readFile(m_dir.filePath(u"stdin-store.log"_s));
        QVERIFY(stdinStore.contains("\"Secret\":\"top-secret-1\""));
        QVERIFY(stdinStore.contains("\"ServerURL\":\"https://127.0.0.1:5000\""));
        QVERIFY(!readFile(m_dir.filePath(u"args.log"_s)).contains("top-secret"));

        Result<QMap<QString, QString>> listed
            = awaitResult<QMap<QString, QString>>([&](auto done) { client.list(done); });
        QVERIFY(listed);
        QCOMPARE(listed->value(u"https://127.0.0.1:5000"_s), u"alice"_s);

        Result<RegistryCredential> got = awaitResult<RegistryCredential>(
            [&](auto done) { client.get(u"https://127.0.0.1:5000"_s, done); });
        QVERIFY(got);
        QCOMPARE(got->registry, u"127.0.0.1:5000"_s);
        QCOMPARE(got->username, u"alice"_s);
        QCOMPARE(got->secret, u"top-secret-1"_s);
        QCOMPARE(
            readFile(m_dir.filePath(u"stdin-get.log"_s)), QByteArray("https://127.0.0.1:5000"));

        Result<void> erased
            = awaitResult<void>([&](auto done) { client.erase(u"https://127.0.0.1:5000"_s, done); });
        QVERIFY(erased);
        got = awaitResult<RegistryCredential>(
            [&](auto done) { client.get(u"https://127.0.0.1:5000"_s, done); });
        QVERIFY(!got);
        QCOMPARE(got.error().code(), ErrorCode::NotFound);

        // Docker Hub goes under Docker's key.
        stored = awaitResult<void>([&](auto done) {
            client.store(RegistryCredential(u"docker.io"_s, u"hubuser"_s, u"hubpw"_s), done);
        });
        QVERIFY(stored);
        got = awaitResult<RegistryCredential>(
            [&](auto done) { client.get(u"https://index.docker.io/v1/"_s, done); });
        QVERIFY(got);
        QCOMPARE(got->registry, u"docker.io"_s);
        QVERIFY(!readFile(m_dir.filePath(u"args.log"_s)).contains("hubpw"));
        const QStringList actions = QString::fromUtf8(readFile(m_dir.filePath(u"args.log"_s)))
                                        .split(u'\n', Qt::SkipEmptyParts);
        for (const QString &action : actions)
            QVERIFY2((QStringList { u"get"_s, u"store"_s, u"erase"_s, u"list"_s }).contains(action),
                qPrintable(action));
    }

    void failures_data()
    {
        QTest::addColumn<QString>("helper");
        QTest::addColumn<QString>("action");
        QTest::addColumn<int>("code");
        QTest::newRow("garbage get") << u"garbage"_s << u"get"_s << int(ErrorCode::ParseError);
        QTest::newRow("garbage list") << u"garbage"_s << u"list"_s << int(ErrorCode::ParseError);
        QTest::newRow("wrong types get")
            << u"wrongtypes"_s << u"get"_s << int(ErrorCode::ParseError);
        QTest::newRow("stderr only")
            << u"stderronly"_s << u"get"_s << int(ErrorCode::CredentialsError);
        QTest::newRow("crash") << u"crash"_s << u"get"_s << int(ErrorCode::ProcessFailed);
        QTest::newRow("flood") << u"flood"_s << u"get"_s << int(ErrorCode::ParseError);
        QTest::newRow("bad interpreter")
            << u"badinterpreter"_s << u"get"_s << int(ErrorCode::ProcessFailed);
        QTest::newRow("not installed")
            << u"nosuchhelper"_s << u"get"_s << int(ErrorCode::ProgramNotFound);
        QTest::newRow("not executable")
            << u"notexecutable"_s << u"list"_s << int(ErrorCode::ProgramNotFound);
        QTest::newRow("path in name")
            << u"../../bin/sh"_s << u"get"_s << int(ErrorCode::InvalidConfiguration);
        QTest::newRow("option as name")
            << u"-rf"_s << u"list"_s << int(ErrorCode::InvalidConfiguration);
        QTest::newRow("space in name")
            << u"a b"_s << u"get"_s << int(ErrorCode::InvalidConfiguration);
        QTest::newRow("empty name")
            << QString() << u"get"_s << int(ErrorCode::InvalidConfiguration);
    }

    void failures()
    {
        QFETCH(QString, helper);
        QFETCH(QString, action);
        QFETCH(int, code);
        CredentialHelperClient client(helper, helperEnvironment(m_dir.path()));
        std::optional<Error> error;
        if (action == u"get"_s) {
            const Result<RegistryCredential> got
                = awaitResult<RegistryCredential>([&](auto done) { client.get(u"a.example"_s, done); });
            if (!got)
                error = got.error();
        } else {
            const Result<QMap<QString, QString>> listed
                = awaitResult<QMap<QString, QString>>([&](auto done) { client.list(done); });
            if (!listed)
                error = listed.error();
        }
        QVERIFY(error);
        QCOMPARE(int(error->code()), code);
        QVERIFY(!error->message().isEmpty());
    }

    void secretScrubbedFromHelperOutput()
    {
        // A helper that echoes its input back in its error: the secret must not reach the
        // error text.
        CredentialHelperClient client(u"echoes"_s, helperEnvironment(m_dir.path()));
        const Result<void> stored = awaitResult<void>([&](auto done) {
            client.store(RegistryCredential(u"a.example"_s, u"u"_s, u"do-not-show-me"_s), done);
        });
        QVERIFY(!stored);
        QCOMPARE(stored.error().code(), ErrorCode::CredentialsError);
        QVERIFY2(!stored.error().toString().contains(u"do-not-show-me"_s),
            qPrintable(stored.error().toString()));
        QVERIFY(stored.error().details().contains(u"***"_s));
    }

    void hangingHelperTimesOutAndIsKilled()
    {
        QFile::remove(m_dir.filePath(u"hang.pid"_s));
        CredentialHelperClient client(u"hang"_s, helperEnvironment(m_dir.path()));
        client.setTimeout(std::chrono::milliseconds(700));
        QElapsedTimer timer;
        timer.start();
        const Result<RegistryCredential> got
            = awaitResult<RegistryCredential>([&](auto done) { client.get(u"a.example"_s, done); });
        QVERIFY(!got);
        QCOMPARE(got.error().code(), ErrorCode::Timeout);
        QVERIFY(timer.elapsed() < 10000);
        const pid_t pid = readFile(m_dir.filePath(u"hang.pid"_s)).trimmed().toInt();
        QVERIFY(pid > 0);
        QTRY_VERIFY_WITH_TIMEOUT(::kill(pid, 0) != 0, 10000);
    }

    void destroyedClientNeverAnswers()
    {
        QFile::remove(m_dir.filePath(u"hang.pid"_s));
        bool called = false;
        auto *client = new CredentialHelperClient(u"hang"_s, helperEnvironment(m_dir.path()));
        client->get(u"a.example"_s, [&](Result<RegistryCredential>) { called = true; });
        QTRY_VERIFY(QFile::exists(m_dir.filePath(u"hang.pid"_s)));
        QTRY_VERIFY(!readFile(m_dir.filePath(u"hang.pid"_s)).trimmed().isEmpty());
        const pid_t pid = readFile(m_dir.filePath(u"hang.pid"_s)).trimmed().toInt();
        QElapsedTimer timer;
        timer.start();
        delete client; // must not wait for the helper
        QVERIFY(timer.elapsed() < 2000);
        QTRY_VERIFY_WITH_TIMEOUT(::kill(pid, 0) != 0, 10000);
        QTest::qWait(100);
        QVERIFY(!called);

        // Validation errors are answered later too, and dropped with the client.
        auto *other = new CredentialHelperClient(u"no/such"_s, helperEnvironment(m_dir.path()));
        other->list([&](Result<QMap<QString, QString>>) { called = true; });
        delete other;
        QTest::qWait(50);
        QVERIFY(!called);
    }

    void emptyListIsEmpty()
    {
        CredentialHelperClient client(u"emptylist"_s, helperEnvironment(m_dir.path()));
        const auto listed = awaitResult<QMap<QString, QString>>([&](auto done) { client.list(done); });
        QVERIFY(listed);
        QVERIFY(listed->isEmpty());
    }

    void invalidArgumentsAnsweredLater()
    {
        CredentialHelperClient client(u"fake"_s, helperEnvironment(m_dir.path()));
        Result<RegistryCredential> got
            = awaitResult<RegistryCredential>([&](auto done) { client.get(QString(), done); });
        QCOMPARE(got.error().code(), ErrorCode::InvalidConfiguration);
        got = awaitResult<RegistryCredential>(
            [&](auto done) { client.get(u"a.example\nb.example"_s, done); });
        QCOMPARE(got.error().code(), ErrorCode::InvalidConfiguration);
        const Result<void> stored = awaitResult<void>([&](auto done) {
            client.store(RegistryCredential(u"a.example"_s, u"u"_s, QString()), done);
        });
        QCOMPARE(stored.error().code(), ErrorCode::CredentialsError);
    }

    void parseGetOutput_data()
    {
        QTest::addColumn<QByteArray>("output");
        QTest::addColumn<int>("code"); // 0: ok
        QTest::addColumn<QString>("registry");
        QTest::addColumn<QString>("username");
        QTest::addColumn<QString>("secret");
        QTest::newRow("secretservice") << QByteArray(
            "{\"ServerURL\":\"https://127.0.0.1:5000\",\"Username\":\"alice\",\"Secret\":\"pw\"}")
                                       << 0 << u"127.0.0.1:5000"_s << u"alice"_s << u"pw"_s;
        QTest::newRow("trailing newline")
            << QByteArray("{\"ServerURL\":\"h.example\",\"Username\":\"u\",\"Secret\":\"s\"}\n")
            << 0 << u"h.example"_s << u"u"_s << u"s"_s;
        QTest::newRow("no ServerURL") << QByteArray(R"({"Username":"u","Secret":"s"})") << 0
                                      << u"asked.example"_s << u"u"_s << u"s"_s;
        QTest::newRow("identity token")
            << QByteArray(R"({"ServerURL":"h.example","Username":"<token>","Secret":"r"})") << 0
            << u"h.example"_s << u"<token>"_s << u"r"_s;
        QTest::newRow("empty login")
            << QByteArray(R"({"ServerURL":"h.example","Username":"","Secret":""})")
            << int(ErrorCode::NotFound) << QString() << QString() << QString();
        QTest::newRow("no secret")
            << QByteArray(R"({"Username":"u"})") << int(ErrorCode::ParseError) << QString()
            << QString() << QString();
        QTest::newRow("garbage") << QByteArray("garbage") << int(ErrorCode::ParseError) << QString()
                                 << QString() << QString();
        QTest::newRow("empty") << QByteArray() << int(ErrorCode::ParseError) << QString()
                               << QString() << QString();
        QTest::newRow("array") << QByteArray("[]") << int(ErrorCode::ParseError) << QString()
                               << QString() << QString();
        QTest::newRow("truncated")
            << QByteArray("{\"ServerURL\":\"h\",\"Username\":\"u\",\"Secret\":\"s")
            << int(ErrorCode::ParseError) << QString() << QString() << QString();
        QTest::newRow("wrong types")
            << QByteArray(R"({"ServerURL":"h.example","Username":1,"Secret":"s"})")
            << int(ErrorCode::ParseError) << QString() << QString() << QString();
        QTest::newRow("NUL in secret")
            << QByteArray(R"({"ServerURL":"h.example","Username":"u","Secret":"a\u0000b"})")
            << int(ErrorCode::ParseError) << QString() << QString() << QString();
        QTest::newRow("control in user")
            << QByteArray(R"({"ServerURL":"h.example","Username":"u\n","Secret":"s"})")
            << int(ErrorCode::ParseError) << QString() << QString() << QString();
        QTest::newRow("embedded NUL byte")
            << QByteArray("{\"Username\":\"u\"\0,\"Secret\":\"s\"}", 30)
            << int(ErrorCode::ParseError) << QString() << QString() << QString();
    }

    void parseGetOutput()
    {
        QFETCH(QByteArray, output);
        QFETCH(int, code);
        QFETCH(QString, registry);
        QFETCH(QString, username);
        QFETCH(QString, secret);
        const Result<RegistryCredential> parsed
            = CredentialHelperClient::parseGetOutput(output, u"asked.example"_s);
        if (code != 0) {
            QVERIFY(!parsed);
            QCOMPARE(int(parsed.error().code()), code);
            // Whatever the output, the details never quote it.
            QVERIFY(!parsed.error().details().contains(u"\"s"_s));
            return;
        }
        QVERIFY(parsed);
        QCOMPARE(parsed->registry, registry);
        QCOMPARE(parsed->username, username);
        QCOMPARE(parsed->secret, secret);
    }

    void parseListOutput_data()
    {
        QTest::addColumn<QByteArray>("output");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<int>("size");
        QTest::newRow("two") << QByteArray(
            "{\"https://a.example\":\"alice\",\"b.example:5000\":\"bob\"}")
                             << true << 2;
        QTest::newRow("empty object") << QByteArray("{}") << true << 0;
        QTest::newRow("nothing") << QByteArray("\n") << true << 0;
        QTest::newRow("wrong value types skipped")
            << QByteArray(R"({"a.example":"u","b.example":1,"c.example":null})") << true << 1;
        QTest::newRow("control characters in key skipped")
            << QByteArray(R"({"a\nb":"u","":"v"})") << true << 0;
        QTest::newRow("garbage") << QByteArray("nope") << false << 0;
        QTest::newRow("array") << QByteArray(R"(["a.example"])") << false << 0;
        QTest::newRow("huge") << QByteArray(1024 * 1024 + 1, '{') << false << 0;
    }

    void parseListOutput()
    {
        QFETCH(QByteArray, output);
        QFETCH(bool, ok);
        QFETCH(int, size);
        const Result<QMap<QString, QString>> parsed
            = CredentialHelperClient::parseListOutput(output);
        QCOMPARE(parsed.ok(), ok);
        if (ok)
            QCOMPARE(parsed->size(), size);
        else
            QCOMPARE(parsed.error().code(), ErrorCode::ParseError);
    }

    void helperNames_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<bool>("valid");
        QTest::newRow("secretservice") << u"secretservice"_s << true;
        QTest::newRow("ecr-login") << u"ecr-login"_s << true;
        QTest::newRow("gcloud") << u"gcloud"_s << true;
        QTest::newRow("dots") << u"desktop.exe"_s << true;
        QTest::newRow("empty") << QString() << false;
        QTest::newRow("slash") << u"a/b"_s << false;
        QTest::newRow("dot dot") << u".."_s << false;
        QTest::newRow("leading dash") << u"-h"_s << false;
        QTest::newRow("space") << u"a b"_s << false;
        QTest::newRow("semicolon") << u"a;rm"_s << false;
        QTest::newRow("non-ascii") << u"pässe"_s << false;
        QTest::newRow("too long") << QString(65, u'a') << false;
    }

    void helperNames()
    {
        QFETCH(QString, name);
        QFETCH(bool, valid);
        QCOMPARE(CredentialHelperClient::isValidHelperName(name), valid);
    }
};

QTEST_GUILESS_MAIN(tst_CredentialHelperClient)
#include "tst_credentialhelperclient.moc"
