// SPDX-License-Identifier: Apache-2.0
// The registry list in QSettings: defaults on first use only, add/remove/rename with
// normalisation, per-registry options, signals, persistence, and a hand-edited (hostile)
// settings file.
#include "credentials/RegistryAccounts.h"

#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Wharf;

class tst_RegistryAccounts : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_counter = 0;

    QString freshIni() { return m_dir.filePath(u"settings-%1.ini"_s.arg(++m_counter)); }

private Q_SLOTS:
    void defaultsOnFirstUseOnly()
    {
        const QString path = freshIni();
        {
            QSettings settings(path, QSettings::IniFormat);
            RegistryAccounts accounts(&settings);
            QCOMPARE(accounts.registries(), RegistryAccounts::defaultRegistries());
            QCOMPARE(accounts.registries(),
                (QStringList {
                    u"docker.io"_s, u"gitlab-registry.cern.ch"_s, u"registry.cern.ch"_s }));
            for (const QString &registry : accounts.registries())
                QVERIFY(accounts.remove(registry));
            QVERIFY(accounts.registries().isEmpty());
        }
        // The user emptied the list: it stays empty, the defaults do not come back.
        QSettings settings(path, QSettings::IniFormat);
        RegistryAccounts accounts(&settings);
        QVERIFY(accounts.registries().isEmpty());
    }

    void addNormalises_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("name");
        QTest::newRow("plain") << u"harbor.example.org"_s << u"harbor.example.org"_s;
        QTest::newRow("url") << u"https://Harbor.Example.org:8443/v2/"_s
                             << u"harbor.example.org:8443"_s;
        QTest::newRow("hub alias") << u"index.docker.io"_s << QString(); // already there: docker.io
        QTest::newRow("loopback") << u"http://127.0.0.1:5000"_s << u"127.0.0.1:5000"_s;
        QTest::newRow("ipv6") << u"[::1]:5000"_s << u"[::1]:5000"_s;
    }

    void addNormalises()
    {
        QFETCH(QString, typed);
        QFETCH(QString, name);
        QSettings settings(freshIni(), QSettings::IniFormat);
        RegistryAccounts accounts(&settings);
        QSignalSpy changed(&accounts, &RegistryAccounts::registriesChanged);
        const Result<QString> added = accounts.add(typed);
        if (name.isEmpty()) {
            QVERIFY(!added);
            QCOMPARE(added.error().code(), ErrorCode::Conflict);
            QCOMPARE(changed.size(), 0);
            return;
        }
        QVERIFY(added);
        QCOMPARE(*added, name);
        QCOMPARE(accounts.registries().constLast(), name);
        QVERIFY(accounts.contains(typed));
        QCOMPARE(changed.size(), 1);
    }

    void addRefuses_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::newRow("empty") << QString();
        QTest::newRow("spaces") << u"   "_s;
        QTest::newRow("repository path") << u"gitlab-registry.cern.ch/cms/analysis"_s;
        QTest::newRow("inner space") << u"my registry.org"_s;
        QTest::newRow("control") << u"a\u0007.org"_s;
        QTest::newRow("too long") << (QString(300, u'a') + u".org"_s);
    }

    void addRefuses()
    {
        QFETCH(QString, typed);
        QSettings settings(freshIni(), QSettings::IniFormat);
        RegistryAccounts accounts(&settings);
        const QStringList before = accounts.registries();
        const Result<QString> added = accounts.add(typed);
        QVERIFY(!added);
        QCOMPARE(added.error().code(), ErrorCode::InvalidConfiguration);
        QCOMPARE(accounts.registries(), before);
    }

    void optionsPersist()
    {
        const QString path = freshIni();
        {
            QSettings settings(path, QSettings::IniFormat);
            RegistryAccounts accounts(&settings);
            QSignalSpy changed(&accounts, &RegistryAccounts::accountChanged);
            QVERIFY(accounts.add(u"localhost:5000"_s));
            QVERIFY(accounts.setUsername(u"localhost:5000"_s, u"alice"_s));
            QVERIFY(accounts.setInsecure(u"localhost:5000"_s, true));
            QVERIFY(accounts.setCaFile(u"localhost:5000"_s, u"/etc/ssl/my-ca.pem"_s));
            QVERIFY(accounts.setRepositories(u"gitlab-registry.cern.ch"_s,
                { u"cms/analysis"_s, u" cms/analysis "_s, u""_s, u"atlas/x"_s }));
            QVERIFY(accounts.addRepository(u"gitlab-registry.cern.ch"_s, u"lhcb/y"_s));
            QVERIFY(accounts.removeRepository(u"gitlab-registry.cern.ch"_s, u"atlas/x"_s));
            QVERIFY(accounts.setSavedInKeychain(u"localhost:5000"_s, true));
            QVERIFY(!accounts.setUsername(u"unknown.example"_s, u"x"_s));
            QCOMPARE(changed.size(), 7);
            QCOMPARE(changed.constFirst().constFirst().toString(), u"localhost:5000"_s);
            // Setting the same value again is no change.
            QVERIFY(accounts.setInsecure(u"localhost:5000"_s, true));
            QCOMPARE(changed.size(), 7);
        }
        QSettings settings(path, QSettings::IniFormat);
        RegistryAccounts accounts(&settings);
        const auto account = accounts.account(u"http://LOCALHOST:5000/"_s);
        QVERIFY(account);
        QCOMPARE(account->username, u"alice"_s);
        QVERIFY(account->insecure);
        QCOMPARE(account->caFile, u"/etc/ssl/my-ca.pem"_s);
        QVERIFY(account->savedInKeychain);
        QCOMPARE(accounts.repositories(u"gitlab-registry.cern.ch"_s),
            (QStringList { u"cms/analysis"_s, u"lhcb/y"_s }));
        QVERIFY(!accounts.insecure(u"docker.io"_s));
        QVERIFY(accounts.username(u"docker.io"_s).isEmpty());
    }

    void renameKeepsOptionsAndPlace()
    {
        QSettings settings(freshIni(), QSettings::IniFormat);
        RegistryAccounts accounts(&settings);
        QVERIFY(accounts.setUsername(u"registry.cern.ch"_s, u"bob"_s));
        QVERIFY(accounts.setInsecure(u"registry.cern.ch"_s, true));
        QSignalSpy renamed(&accounts, &RegistryAccounts::accountRenamed);
        QSignalSpy listChanged(&accounts, &RegistryAccounts::registriesChanged);
        const Result<QString> result
            = accounts.rename(u"registry.cern.ch"_s, u"https://Harbor.cern.ch/"_s);
        QVERIFY(result);
        QCOMPARE(*result, u"harbor.cern.ch"_s);
        QCOMPARE(accounts.registries(),
            (QStringList { u"docker.io"_s, u"gitlab-registry.cern.ch"_s, u"harbor.cern.ch"_s }));
        QCOMPARE(accounts.username(u"harbor.cern.ch"_s), u"bob"_s);
        QVERIFY(accounts.insecure(u"harbor.cern.ch"_s));
        QVERIFY(!accounts.contains(u"registry.cern.ch"_s));
        QCOMPARE(renamed.size(), 1);
        QCOMPARE(renamed.constFirst().at(0).toString(), u"registry.cern.ch"_s);
        QCOMPARE(renamed.constFirst().at(1).toString(), u"harbor.cern.ch"_s);
        QCOMPARE(listChanged.size(), 1);

        QCOMPARE(accounts.rename(u"harbor.cern.ch"_s, u"docker.io"_s).error().code(),
            ErrorCode::Conflict);
        QCOMPARE(accounts.rename(u"nowhere.example"_s, u"x.example"_s).error().code(),
            ErrorCode::NotFound);
        QCOMPARE(accounts.rename(u"harbor.cern.ch"_s, u"a/b"_s).error().code(),
            ErrorCode::InvalidConfiguration);
        QCOMPARE(listChanged.size(), 1);
    }

    void hostileSettingsFile()
    {
        const QString path = freshIni();
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[Registries]\n"
                   "initialised=true\n"
                   "accounts\\size=7\n"
                   "accounts\\1\\registry=https://Good.Example/v2/\n"
                   "accounts\\1\\username=alice\n"
                   "accounts\\1\\insecure=maybe\n"
                   "accounts\\2\\registry=good.example\n" // duplicate
                   "accounts\\3\\registry=\n" // empty
                   "accounts\\4\\registry=has space.example\n"
                   "accounts\\5\\registry=@Variant(\\0\\0\\0\\x7f\\0\\0\\0\\x18garbage)\n"
                   "accounts\\6\\registry=other.example\n"
                   "accounts\\6\\repositories=single/repo\n"
                   "accounts\\9\\registry=beyond.size\n"
                   "password=should never be read or written by Wharf\n");
        file.close();
        QSettings settings(path, QSettings::IniFormat);
        RegistryAccounts accounts(&settings);
        QCOMPARE(accounts.registries(), (QStringList { u"good.example"_s, u"other.example"_s }));
        QCOMPARE(accounts.username(u"good.example"_s), u"alice"_s);
        QVERIFY(!accounts.insecure(u"good.example"_s));
        QCOMPARE(accounts.repositories(u"other.example"_s), QStringList { u"single/repo"_s });
    }

    void reloadSeesOtherWriters()
    {
        const QString path = freshIni();
        QSettings first(path, QSettings::IniFormat);
        RegistryAccounts a(&first);
        QSettings second(path, QSettings::IniFormat);
        RegistryAccounts b(&second);
        QVERIFY(a.add(u"new.example"_s));
        QVERIFY(a.setUsername(u"new.example"_s, u"u"_s));
        QSignalSpy listChanged(&b, &RegistryAccounts::registriesChanged);
        b.reload();
        QVERIFY(b.contains(u"new.example"_s));
        QCOMPARE(b.username(u"new.example"_s), u"u"_s);
        QCOMPARE(listChanged.size(), 1);
    }

    void neverAnySecretKey()
    {
        const QString path = freshIni();
        {
            QSettings settings(path, QSettings::IniFormat);
            RegistryAccounts accounts(&settings);
            QVERIFY(accounts.setUsername(u"docker.io"_s, u"alice"_s));
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll().toLower();
        QVERIFY(!content.contains("password"));
        QVERIFY(!content.contains("secret"));
        QVERIFY(!content.contains("token"));
    }
};

QTEST_GUILESS_MAIN(tst_RegistryAccounts)
#include "tst_registryaccounts.moc"
