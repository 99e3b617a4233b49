// SPDX-License-Identifier: Apache-2.0
// KeychainSecretStore against a REAL keyring: gnome-keyring's Secret Service on the private
// session bus of the `keyring` fixture (tests/support/keyring.sh). Round trip, the entry as
// `secret-tool` sees it, no secret in any file, the callback contract; and the mapping of
// QtKeychain's errors (pure, runs without a keyring).
#include "KeyringFixtures.h"
#include "credentials/KeychainSecretStore.h"

#include <QTest>
#include <optional>
#include <qt6keychain/keychain.h>

using namespace Qt::StringLiterals;
using namespace Wharf;
using namespace Wharf::Test;

class tst_KeychainSecretStore : public QObject
{
    Q_OBJECT

private:
    template<typename T, typename Start> Result<T> await(Start start)
    {
        std::optional<Result<T>> answer;
        int calls = 0;
        start([&](Result<T> result) {
            ++calls;
            answer = std::move(result);
        });
        if (answer.has_value())
            qFatal("keychain callback called synchronously");
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 30000))
            return Error(ErrorCode::Timeout, u"test: the keychain gave no answer in 30 s"_s);
        QTest::qWait(0);
        if (calls != 1)
            qFatal("keychain callback called more than once");
        return *answer;
    }

private Q_SLOTS:
    void translateError_data()
    {
        QTest::addColumn<int>("keychainError");
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("code");
        const int unavailable = int(ErrorCode::KeychainUnavailable);
        QTest::newRow("not found")
            << int(QKeychain::EntryNotFound) << u"Entry not found"_s << int(ErrorCode::NotFound);
        QTest::newRow("no backend") << int(QKeychain::NoBackendAvailable)
                                    << u"No keychain service available"_s << unavailable;
        QTest::newRow("not implemented")
            << int(QKeychain::NotImplemented) << QString() << unavailable;
        QTest::newRow("locked") << int(QKeychain::AccessDenied)
                                << u"Cannot get secret of a locked object"_s << unavailable;
        QTest::newRow("denied by user")
            << int(QKeychain::AccessDeniedByUser) << QString() << unavailable;
        QTest::newRow("no X11 to autolaunch")
            << int(QKeychain::OtherError) << u"Cannot autolaunch D-Bus without X11 $DISPLAY"_s
            << unavailable;
        QTest::newRow("dead socket")
            << int(QKeychain::OtherError) << u"Could not connect: No such file or directory"_s
            << unavailable;
        QTest::newRow("refused socket")
            << int(QKeychain::OtherError) << u"Could not connect: Connection refused"_s
            << unavailable;
        QTest::newRow("no secret service")
            << int(QKeychain::OtherError)
            << u"The name org.freedesktop.secrets was not provided by any .service files"_s
            << unavailable;
        QTest::newRow("service unknown")
            << int(QKeychain::OtherError)
            << u"GDBus.Error:org.freedesktop.DBus.Error.ServiceUnknown: The name is not activatable"_s
            << unavailable;
        QTest::newRow("no libsecret")
            << int(QKeychain::OtherError) << u"Unknown error"_s << unavailable;
        QTest::newRow("other") << int(QKeychain::OtherError) << u"The collection is read-only"_s
                               << int(ErrorCode::CredentialsError);
        QTest::newRow("could not delete")
            << int(QKeychain::CouldNotDeleteEntry) << u"nope"_s << int(ErrorCode::CredentialsError);
    }

    void translateError()
    {
        QFETCH(int, keychainError);
        QFETCH(QString, text);
        QFETCH(int, code);
        const Error error = KeychainSecretStore::translateError(
            keychainError, text, KeychainSecretStore::Operation::Write, u"h.example"_s);
        QCOMPARE(int(error.code()), code);
        QCOMPARE(error.details(), text);
        QVERIFY(!error.message().isEmpty());
        if (keychainError == int(QKeychain::NoBackendAvailable) || text.contains(u"autolaunch"_s)) {
            QCOMPARE(error.message(),
                u"No keychain is available: no Secret Service answers on the session bus. Wharf "
                u"can keep the "
                "password for this session only."_s);
        }
    }

    void roundTripSeenBySecretTool()
    {
        WHARF_REQUIRE_KEYRING();
        KeychainSecretStore store;
        const QString registry = u"127.0.0.1:5000"_s;
        const QString secret = uniqueSecret();

        Result<void> written
            = await<void>([&](auto done) { store.write(registry, u"alice"_s, secret, done); });
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().toString()));

        Result<QString> read
            = await<QString>([&](auto done) { store.read(registry, u"alice"_s, done); });
        QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().toString()));
        QCOMPARE(*read, secret);

        // The keyring itself holds it, under Wharf's service name and the entry's key.
        const SecretToolOutput search = secretTool({ u"search"_s, u"--all"_s, u"server"_s,
            KeychainSecretStore::ServiceName.toString(), u"user"_s, u"127.0.0.1:5000/alice"_s });
        QVERIFY(search.ran);
        QVERIFY2(search.output.contains(secret), qPrintable(search.output));
        QVERIFY(search.output.contains(u"Wharf registry logins"_s));
        const SecretToolOutput lookup = secretTool({ u"lookup"_s, u"server"_s,
            KeychainSecretStore::ServiceName.toString(), u"user"_s, u"127.0.0.1:5000/alice"_s });
        QCOMPARE(lookup.output.trimmed(), secret);

        // ...and no file in the private HOME, config, cache or data folders has it in clear
        // (the keyring file is encrypted).
        const QStringList leaks = filesContaining(privateUserDirectories(), secret.toUtf8());
        QVERIFY2(leaks.isEmpty(), qPrintable(leaks.join(u", "_s)));

        Result<void> removed
            = await<void>([&](auto done) { store.remove(registry, u"alice"_s, done); });
        QVERIFY(removed.ok());
        read = await<QString>([&](auto done) { store.read(registry, u"alice"_s, done); });
        QVERIFY(!read);
        QCOMPARE(read.error().code(), ErrorCode::NotFound);
        QVERIFY(!read.error().toString().contains(secret));
        const SecretToolOutput after = secretTool({ u"search"_s, u"--all"_s, u"server"_s,
            KeychainSecretStore::ServiceName.toString(), u"user"_s, u"127.0.0.1:5000/alice"_s });
        QVERIFY(!after.output.contains(secret));
    }

    void overwriteAndUnusualSecrets_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::newRow("unicode") << u"pässwörd-ü€😀"_s;
        QTest::newRow("spaces and quotes") << u"  a \"quoted\" 'secret' \\ with spaces  "_s;
        QTest::newRow("newline") << u"line1\nline2"_s;
        QTest::newRow("gitlab token") << u"glpat-AbCdEfGhIjKlMnOpQrSt"_s;
        QTest::newRow("long jwt") << QString(4096, u'x');
    }

    void overwriteAndUnusualSecrets()
    {
        WHARF_REQUIRE_KEYRING();
        QFETCH(QString, secret);
        KeychainSecretStore store;
        QVERIFY(await<void>([&](auto done) {
            store.write(u"h.example"_s, u"bob"_s, u"first"_s, done);
        }).ok());
        QVERIFY(await<void>([&](auto done) {
            store.write(u"h.example"_s, u"bob"_s, secret, done);
        }).ok());
        const Result<QString> read
            = await<QString>([&](auto done) { store.read(u"h.example"_s, u"bob"_s, done); });
        QVERIFY(read);
        QCOMPARE(*read, secret);
        QVERIFY(await<void>([&](auto done) { store.remove(u"h.example"_s, u"bob"_s, done); }).ok());
    }

    void refusedBeforeTheKeychain()
    {
        // No keyring needed: refused before any job starts, still answered later.
        KeychainSecretStore store;
        Result<void> written = await<void>(
            [&](auto done) { store.write(u"h.example"_s, u"bob"_s, QString(u"a\0b"_s), done); });
        QVERIFY(!written);
        QCOMPARE(written.error().code(), ErrorCode::CredentialsError);
        written = await<void>([&](auto done) { store.write(QString(), u"bob"_s, u"s"_s, done); });
        QCOMPARE(written.error().code(), ErrorCode::CredentialsError);
        const Result<QString> read
            = await<QString>([&](auto done) { store.read(u"h.example"_s, u"a\nb"_s, done); });
        QCOMPARE(read.error().code(), ErrorCode::CredentialsError);
    }

    void missingEntry()
    {
        WHARF_REQUIRE_KEYRING();
        KeychainSecretStore store;
        const Result<QString> read
            = await<QString>([&](auto done) { store.read(u"never.example"_s, u"nobody"_s, done); });
        QVERIFY(!read);
        QCOMPARE(read.error().code(), ErrorCode::NotFound);
        // Removing what is not there succeeds.
        QVERIFY(await<void>([&](auto done) {
            store.remove(u"never.example"_s, u"nobody"_s, done);
        }).ok());
    }

    void separateServicesDoNotMix()
    {
        WHARF_REQUIRE_KEYRING();
        KeychainSecretStore wharf;
        KeychainSecretStore other(u"Wharf test other service"_s);
        QVERIFY(await<void>([&](auto done) {
            other.write(u"h.example"_s, u"u"_s, u"other"_s, done);
        }).ok());
        const Result<QString> read
            = await<QString>([&](auto done) { wharf.read(u"h.example"_s, u"u"_s, done); });
        QCOMPARE(read.error().code(), ErrorCode::NotFound);
        QVERIFY(await<void>([&](auto done) { other.remove(u"h.example"_s, u"u"_s, done); }).ok());
    }

    void manyAtOnceEachAnsweredOnce()
    {
        WHARF_REQUIRE_KEYRING();
        KeychainSecretStore store;
        constexpr int Count = 15;
        QList<int> calls(Count, 0);
        QList<bool> ok(Count, false);
        for (int i = 0; i < Count; ++i) {
            store.write(u"many.example"_s, u"user%1"_s.arg(i), u"secret-%1"_s.arg(i),
                [&calls, &ok, i](Result<void> r) {
                    ++calls[i];
                    ok[i] = r.ok();
                });
        }
        QTRY_VERIFY_WITH_TIMEOUT(
            std::all_of(calls.cbegin(), calls.cend(), [](int n) { return n > 0; }), 60000);
        QTest::qWait(50);
        QVERIFY(std::all_of(calls.cbegin(), calls.cend(), [](int n) { return n == 1; }));
        QVERIFY(std::all_of(ok.cbegin(), ok.cend(), [](bool b) { return b; }));
        for (int i = 0; i < Count; ++i) {
            const Result<QString> read = await<QString>(
                [&](auto done) { store.read(u"many.example"_s, u"user%1"_s.arg(i), done); });
            QCOMPARE(read.valueOr(QString()), u"secret-%1"_s.arg(i));
            QVERIFY(await<void>([&](auto done) {
                store.remove(u"many.example"_s, u"user%1"_s.arg(i), done);
            }).ok());
        }
    }

    void destroyedStoreNeverAnswers()
    {
        WHARF_REQUIRE_KEYRING();
        bool called = false;
        auto *store = new KeychainSecretStore;
        store->write(u"gone.example"_s, u"u"_s, u"s"_s, [&](Result<void>) { called = true; });
        store->read(u"gone.example"_s, u"u"_s, [&](Result<QString>) { called = true; });
        delete store; // the jobs run on and delete themselves; nobody is told
        QTest::qWait(1000);
        QVERIFY(!called);
        // The keychain's job queue is not stuck behind them.
        KeychainSecretStore next;
        const Result<QString> read
            = await<QString>([&](auto done) { next.read(u"gone.example"_s, u"u"_s, done); });
        QVERIFY(read);
        QCOMPARE(*read, u"s"_s);
        QVERIFY(await<void>([&](auto done) { next.remove(u"gone.example"_s, u"u"_s, done); }).ok());
    }
};

QTEST_GUILESS_MAIN(tst_KeychainSecretStore)
#include "tst_keychainsecretstore.moc"
