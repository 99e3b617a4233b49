// SPDX-License-Identifier: Apache-2.0
// `apptainer --version` / `singularity --version` output: parsing (real banners and hostile
// output), the login command of each version, and which versions are too old.
#include "diagnostics/ApptainerVersion.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Wharf;

class tst_ApptainerVersion : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("output");
        QTest::addColumn<QString>("program");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("flavour");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("login");
        QTest::addColumn<bool>("outdated");
        const QStringList registryLogin { u"registry"_s, u"login"_s, u"--username"_s, u"USER"_s,
            u"docker://REG"_s };
        const QStringList remoteLogin { u"remote"_s, u"login"_s, u"--username"_s, u"USER"_s,
            u"docker://REG"_s };
        QTest::newRow("apptainer 1.2 (el9)")
            << QByteArray("apptainer version 1.2.5-1.el9\n") << u"apptainer"_s << true
            << u"Apptainer"_s << u"1.2.5-1.el9"_s << registryLogin << false;
        QTest::newRow("apptainer 1.1")
            << QByteArray("apptainer version 1.1.9-1.el8\n") << u"apptainer"_s << true
            << u"Apptainer"_s << u"1.1.9-1.el8"_s << remoteLogin << false;
        QTest::newRow("apptainer 1.3 through singularity link")
            << QByteArray("apptainer version 1.3.4\n") << u"singularity"_s << true << u"Apptainer"_s
            << u"1.3.4"_s << registryLogin << false;
        QTest::newRow("singularity-ce 3.11")
            << QByteArray("singularity-ce version 3.11.4-jammy\n") << u"singularity"_s << true
            << u"SingularityCE"_s << u"3.11.4-jammy"_s << remoteLogin << false;
        QTest::newRow("singularity-ce 4.1")
            << QByteArray("singularity-ce version 4.1.0\n") << u"singularity"_s << true
            << u"SingularityCE"_s << u"4.1.0"_s << registryLogin << false;
        QTest::newRow("singularity 3.8 (el7)")
            << QByteArray("singularity version 3.8.7-1.el7\n") << u"singularity"_s << true
            << u"Singularity"_s << u"3.8.7-1.el7"_s << remoteLogin << false;
        QTest::newRow("singularity 3.5 is old")
            << QByteArray("singularity version 3.5.3\n") << u"singularity"_s << true
            << u"Singularity"_s << u"3.5.3"_s << QStringList() << true;
        QTest::newRow("singularity 2 bare")
            << QByteArray("2.6.1-dist\n") << u"singularity"_s << true << u"Singularity"_s
            << u"2.6.1-dist"_s << QStringList() << true;
        QTest::newRow("two-part version")
            << QByteArray("apptainer version 1.2\n") << u"apptainer"_s << true << u"Apptainer"_s
            << u"1.2"_s << registryLogin << false;
        QTest::newRow("warning line first")
            << QByteArray("WARNING: something odd\napptainer version 1.2.5\n") << u"apptainer"_s
            << true << u"Apptainer"_s << u"1.2.5"_s << registryLogin << false;
        QTest::newRow("crlf") << QByteArray("apptainer version 1.2.5\r\n") << u"apptainer"_s << true
                              << u"Apptainer"_s << u"1.2.5"_s << registryLogin << false;
        QTest::newRow("empty") << QByteArray() << u"apptainer"_s << false << QString() << QString()
                               << QStringList() << false;
        QTest::newRow("usage text")
            << QByteArray("Usage:\n  apptainer [global options...]\n") << u"apptainer"_s << false
            << QString() << QString() << QStringList() << false;
        QTest::newRow("no number") << QByteArray("apptainer version unknown\n") << u"apptainer"_s
                                   << false << QString() << QString() << QStringList() << false;
        QTest::newRow("nul") << QByteArray("apptainer version 1.\0002.3\n", 25) << u"apptainer"_s
                             << false << QString() << QString() << QStringList() << false;
        QTest::newRow("huge numbers")
            << QByteArray("apptainer version 99999999999.1\n") << u"apptainer"_s << false
            << QString() << QString() << QStringList() << false;
        QTest::newRow("huge output") << QByteArray(10 * 1024 * 1024, 'x') << u"apptainer"_s << false
                                     << QString() << QString() << QStringList() << false;
        QTest::newRow("version beyond the first 4 KiB")
            << (QByteArray(8192, '\n') + "apptainer version 1.2.5\n") << u"apptainer"_s << false
            << QString() << QString() << QStringList() << false;
    }

    void parse()
    {
        QFETCH(QByteArray, output);
        QFETCH(QString, program);
        QFETCH(bool, ok);
        QFETCH(QString, flavour);
        QFETCH(QString, text);
        QFETCH(QStringList, login);
        QFETCH(bool, outdated);
        const std::optional<ApptainerVersion> version = ApptainerVersion::parse(output, program);
        QCOMPARE(version.has_value(), ok);
        if (!ok)
            return;
        QCOMPARE(version->flavourName(), flavour);
        QCOMPARE(version->text(), text);
        QCOMPARE(version->isOutdated(), outdated);
        const QStringList command = version->loginCommand(program, u"USER"_s, u"REG"_s);
        if (login.isEmpty())
            QVERIFY(command.isEmpty());
        else
            QCOMPARE(command, QStringList { program } + login);
    }

    void registryWithScheme()
    {
        const auto version = ApptainerVersion::parse("apptainer version 1.2.5\n", u"apptainer"_s);
        QVERIFY(version);
        QCOMPARE(version->loginCommand(u"apptainer"_s, u"alice"_s, u"oras://reg.example"_s).last(),
            u"oras://reg.example"_s);
        QCOMPARE(version->major(), 1);
        QCOMPARE(version->minor(), 2);
        QCOMPARE(version->patch(), 5);
    }
};

QTEST_GUILESS_MAIN(tst_ApptainerVersion)
#include "tst_apptainerversion.moc"
