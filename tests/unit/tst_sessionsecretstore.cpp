// SPDX-License-Identifier: Apache-2.0
// The memory-only secret store: round trip, NotFound, the callback contract (later, once,
// never after destruction).
#include "credentials/SessionSecretStore.h"

#include <QPointer>
#include <QTest>
#include <optional>

using namespace Qt::StringLiterals;
using namespace Wharf;

class tst_SessionSecretStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        SessionSecretStore store;
        std::optional<Result<void>> written;
        store.write(
            u"registry.cern.ch"_s, u"alice"_s, u"pässwörd"_s, [&](Result<void> r) { written = r; });
        QVERIFY(!written); // never synchronously
        QTRY_VERIFY(written.has_value());
        QVERIFY(written->ok());
        QCOMPARE(store.size(), 1);

        std::optional<Result<QString>> read;
        store.read(u"registry.cern.ch"_s, u"alice"_s, [&](Result<QString> r) { read = r; });
        QVERIFY(!read);
        QTRY_VERIFY(read.has_value());
        QVERIFY(read->ok());
        QCOMPARE(read->value(), u"pässwörd"_s);

        // Another user of the same registry is another entry.
        read.reset();
        store.read(u"registry.cern.ch"_s, u"bob"_s, [&](Result<QString> r) { read = r; });
        QTRY_VERIFY(read.has_value());
        QVERIFY(!read->ok());
        QCOMPARE(read->error().code(), ErrorCode::NotFound);
        QVERIFY(!read->error().message().contains(u"pässwörd"_s));

        std::optional<Result<void>> removed;
        store.remove(u"registry.cern.ch"_s, u"alice"_s, [&](Result<void> r) { removed = r; });
        QVERIFY(!removed);
        QTRY_VERIFY(removed.has_value());
        QVERIFY(removed->ok());
        QCOMPARE(store.size(), 0);

        // Removing what is not there succeeds.
        removed.reset();
        store.remove(u"registry.cern.ch"_s, u"alice"_s, [&](Result<void> r) { removed = r; });
        QTRY_VERIFY(removed.has_value());
        QVERIFY(removed->ok());
    }

    void overwrite()
    {
        SessionSecretStore store;
        int answers = 0;
        store.write(u"a.example"_s, u"u"_s, u"one"_s, [&](Result<void>) { ++answers; });
        store.write(u"a.example"_s, u"u"_s, u"two"_s, [&](Result<void>) { ++answers; });
        std::optional<Result<QString>> read;
        store.read(u"a.example"_s, u"u"_s, [&](Result<QString> r) { read = r; });
        QTRY_VERIFY(read.has_value());
        QCOMPARE(answers, 2);
        QCOMPARE(read->value(), u"two"_s);
    }

    void eachCallbackOnce()
    {
        SessionSecretStore store;
        QList<int> calls(50, 0);
        for (int i = 0; i < calls.size(); ++i)
            store.write(u"a.example"_s, u"user%1"_s.arg(i), u"s%1"_s.arg(i),
                [&calls, i](Result<void>) { ++calls[i]; });
        QTRY_VERIFY(std::all_of(calls.cbegin(), calls.cend(), [](int n) { return n > 0; }));
        QTest::qWait(20);
        QVERIFY(std::all_of(calls.cbegin(), calls.cend(), [](int n) { return n == 1; }));
        QCOMPARE(store.size(), 50);
        store.clear();
        QCOMPARE(store.size(), 0);
    }

    void noAnswerAfterDestruction()
    {
        bool called = false;
        {
            auto *store = new SessionSecretStore;
            store->write(u"a.example"_s, u"u"_s, u"s"_s, [&](Result<void>) { called = true; });
            store->read(u"a.example"_s, u"u"_s, [&](Result<QString>) { called = true; });
            delete store;
        }
        QTest::qWait(50);
        QVERIFY(!called);
    }

    void entryKey()
    {
        QCOMPARE(SecretStore::entryKey(u"host:5000"_s, u"a/b"_s), u"host:5000/a/b"_s);
    }
};

QTEST_GUILESS_MAIN(tst_SessionSecretStore)
#include "tst_sessionsecretstore.moc"
