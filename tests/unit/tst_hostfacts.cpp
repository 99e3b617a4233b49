// SPDX-License-Identifier: Apache-2.0
#include "launch/HostFacts.h"

#include <QTest>

using namespace Qt::StringLiterals;

namespace Wharf::Test {

class TestHostFacts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void ociArchitecture_data()
    {
        QTest::addColumn<QString>("cpu");
        QTest::addColumn<QString>("expected");
        QTest::newRow("x86_64") << u"x86_64"_s << u"amd64"_s;
        QTest::newRow("amd64") << u"amd64"_s << u"amd64"_s;
        QTest::newRow("aarch64") << u"aarch64"_s << u"arm64"_s;
        QTest::newRow("arm64 (QSysInfo on a Mac)") << u"arm64"_s << u"arm64"_s;
        QTest::newRow("i686") << u"i686"_s << u"386"_s;
        QTest::newRow("armv7l") << u"armv7l"_s << u"arm"_s;
        QTest::newRow("upper case, padded") << u" X86_64 "_s << u"amd64"_s;
        QTest::newRow("unknown kept") << u"ppc64le"_s << u"ppc64le"_s;
        QTest::newRow("empty") << QString() << QString();
    }

    void ociArchitecture()
    {
        QFETCH(QString, cpu);
        QFETCH(QString, expected);
        QCOMPARE(HostFacts::ociArchitecture(cpu), expected);
    }

    void scratchDirectory()
    {
        HostFacts facts;
        facts.userId = 1234;
        QCOMPARE(facts.scratchDirectory(), u"/tmp/1234"_s);
        facts.userName = u"alice"_s;
        QCOMPARE(facts.scratchDirectory(), u"/tmp/alice"_s);
        facts.localScratchDirectory = u"/scratch/alice"_s;
        QCOMPARE(facts.scratchDirectory(), u"/scratch/alice"_s);
    }

    void nativeLinuxEngine()
    {
        HostFacts facts;
        QVERIFY(facts.nativeLinuxEngine());
        facts.dockerDesktop = true;
        QVERIFY(!facts.nativeLinuxEngine());
        facts.dockerDesktop = false;
        facts.os = HostFacts::Os::MacOs;
        QVERIFY(!facts.nativeLinuxEngine());
    }
};

} // namespace Wharf::Test

QTEST_GUILESS_MAIN(Wharf::Test::TestHostFacts)
#include "tst_hostfacts.moc"
