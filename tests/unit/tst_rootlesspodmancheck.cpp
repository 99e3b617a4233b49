// SPDX-License-Identifier: Apache-2.0
// RootlessPodmanCheck against prepared roots: subordinate ids present or not, newuidmap and
// newgidmap setuid, with file capabilities (real setcap) or neither, user namespaces on or off.
#include "DiagnosticsFixtures.h"
#include "diagnostics/RootlessPodmanCheck.h"

#include <QProcess>
#include <QTest>
#include <QtEndian>
#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace Wharf;
using namespace Wharf::Test;

namespace {

bool setuidRoot(const DiagnosticsRoot &root, const QString &logical)
{
    return ::chmod(QFile::encodeName(root.path(logical)).constData(), 04755) == 0;
}

// A root where alice can run rootless Podman.
void prepareGoodRoot(const DiagnosticsRoot &root)
{
    QVERIFY(root.script(u"/usr/bin/podman"_s, "exit 0"));
    QVERIFY(root.write(u"/etc/subuid"_s, "bob:165536:65536\nalice:100000:65536\n"));
    QVERIFY(root.write(u"/etc/subgid"_s, "alice:100000:65536\n"));
    QVERIFY(root.script(u"/usr/bin/newuidmap"_s, "exit 0"));
    QVERIFY(root.script(u"/usr/bin/newgidmap"_s, "exit 0"));
    QVERIFY(setuidRoot(root, u"/usr/bin/newuidmap"_s));
    QVERIFY(setuidRoot(root, u"/usr/bin/newgidmap"_s));
    QVERIFY(root.write(u"/proc/sys/user/max_user_namespaces"_s, "15000\n"));
}

// vfs_cap_data v2 with the given permitted bits and the effective flag.
QByteArray capabilityData(quint32 permitted, bool effective, quint32 revision = 0x02000000)
{
    QByteArray data(revision == 0x03000000 ? 24 : 20, '\0');
    qToLittleEndian<quint32>(revision | (effective ? 1U : 0U), data.data());
    qToLittleEndian<quint32>(permitted, data.data() + 4);
    return data;
}

} // namespace

class tst_RootlessPodmanCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void allPrerequisitesAreOk()
    {
        DiagnosticsRoot root;
        prepareGoodRoot(root);
        RootlessPodmanCheck check;
        const CheckResult result = runCheck(check, root.environment());
        QCOMPARE(result.id, u"podman-rootless"_s);
        QCOMPARE(result.group, CheckGroup::Engines);
        QCOMPARE(result.status, CheckStatus::Ok);
        QVERIFY(anyContains(result.evidence, u"/etc/subuid line 2: alice:100000:65536"_s));
        QVERIFY(anyContains(result.evidence, u"/usr/bin/newuidmap: setuid root"_s));
        QVERIFY(anyContains(result.evidence, u"/proc/sys/user/max_user_namespaces: 15000"_s));
    }

    void missingSubuidEntryFails()
    {
        DiagnosticsRoot root;
        prepareGoodRoot(root);
        QVERIFY(root.write(u"/etc/subuid"_s, "bob:165536:65536\n"));
        RootlessPodmanCheck check;
        const CheckResult result = runCheck(check, root.environment());
        QCOMPARE(result.status, CheckStatus::Failed);
        QVERIFY(anyContains(result.evidence, u"/etc/subuid: no range for alice (uid 1000)"_s));
        QVERIFY(
            result.fixCommands.contains(QStringList { u"sudo"_s, u"usermod"_s, u"--add-subuids"_s,
                u"100000-165535"_s, u"--add-subgids"_s, u"100000-165535"_s, u"alice"_s }));
        QVERIFY(
            result.fixCommands.contains(QStringList { u"podman"_s, u"system"_s, u"migrate"_s }));
        QCOMPARE(result.catalogueId, u"newuidmap-failed"_s);
    }

    void missingSubgidFileFails()
    {
        DiagnosticsRoot root;
        prepareGoodRoot(root);
        QVERIFY(QFile::remove(root.path(u"/etc/subgid"_s)));
        RootlessPodmanCheck check;
        const CheckResult result = runCheck(check, root.environment());
        QCOMPARE(result.status, CheckStatus::Failed);
        QVERIFY(anyContains(result.evidence, u"/etc/subgid: No such file or directory"_s));
    }

    void entryByUidCounts()
    {
        DiagnosticsRoot root;
        prepareGoodRoot(root);
        QVERIFY(root.write(u"/etc/subuid"_s, "1000:100000:65536\n"));
        QVERIFY(root.write(u"/etc/subgid"_s, "1000:100000:65536\n"));
        RootlessPodmanCheck check;
        QCOMPARE(runCheck(check, root.environment()).status, CheckStatus::Ok);
    }

    void userNamespacesOffFails_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("zero") << QByteArray("0\n");
        QTest::newRow("garbage") << QByteArray("lots");
        QTest::newRow("negative") << QByteArray("-5");
        QTest::newRow("empty") << QByteArray();
    }

    void userNamespacesOffFails()
    {
        QFETCH(QByteArray, value);
        DiagnosticsRoot root;
        prepareGoodRoot(root);
        QVERIFY(root.write(u"/proc/sys/user/max_user_namespaces"_s, value));
        RootlessPodmanCheck check;
        const CheckResult result = runCheck(check, root.environment());
        QCOMPARE(result.status, CheckStatus::Failed);
        QVERIFY(result.fixCommands.contains(
            QStringList { u"sudo"_s, u"sysctl"_s, u"-w"_s, u"user.max_user_namespaces=15000"_s }));
        QCOMPARE(result.catalogueId, u"user-namespaces-disabled"_s);
    }

    void unknownUserNamespacesIsAWarning()
    {
        DiagnosticsRoot root;
        prepareGoodRoot(root);
        QVERIFY(QFile::remove(root.path(u"/proc/sys/user/max_user_namespaces"_s)));
        RootlessPodmanCheck check;
        QCOMPARE(runCheck(check, root.environment()).status, CheckStatus::Warning);
    }

    void idMapperWithoutPrivilegeFails()
    {
        DiagnosticsRoot root;
        prepareGoodRoot(root);
        QVERIFY(
            ::chmod(QFile::encodeName(root.path(u"/usr/bin/newuidmap"_s)).constData(), 0755) == 0);
        RootlessPodmanCheck check;
        const CheckResult result = runCheck(check, root.environment());
        QCOMPARE(result.status, CheckStatus::Failed);
        QVERIFY(anyContains(
            result.evidence, u"/usr/bin/newuidmap: neither setuid root nor file capabilities"_s));
        QVERIFY(result.fixCommands.contains(
            QStringList { u"sudo"_s, u"setcap"_s, u"cap_setuid+ep"_s, u"/usr/bin/newuidmap"_s }));
    }

    void idMapperWithFileCapabilitiesIsOk()
    {
        DiagnosticsRoot root;
        prepareGoodRoot(root);
        const QString uidmap = root.path(u"/usr/bin/newuidmap"_s);
        QVERIFY(::chmod(QFile::encodeName(uidmap).constData(), 0755) == 0);
        QProcess setcap;
        setcap.start(u"setcap"_s, { u"cap_setuid+ep"_s, uidmap });
        if (!setcap.waitForFinished(10000) || setcap.exitStatus() != QProcess::NormalExit
            || setcap.exitCode() != 0)
            QSKIP("setcap is not available or this filesystem keeps no file capabilities");
        RootlessPodmanCheck check;
        const CheckResult result = runCheck(check, root.environment());
        QCOMPARE(result.status, CheckStatus::Ok);
        QVERIFY(
            anyContains(result.evidence, u"/usr/bin/newuidmap: file capability cap_setuid+ep"_s));

        // The wrong capability does not count.
        setcap.start(u"setcap"_s, { u"cap_setgid+ep"_s, uidmap });
        QVERIFY(setcap.waitForFinished(10000));
        QCOMPARE(runCheck(check, root.environment()).status, CheckStatus::Failed);
    }

    void idMappersMissingFail()
    {
        DiagnosticsRoot root;
        prepareGoodRoot(root);
        QVERIFY(QFile::remove(root.path(u"/usr/bin/newuidmap"_s)));
        QVERIFY(QFile::remove(root.path(u"/usr/bin/newgidmap"_s)));
        RootlessPodmanCheck check;
        const CheckResult result = runCheck(check, root.environment());
        QCOMPARE(result.status, CheckStatus::Failed);
        QVERIFY(anyContains(result.evidence, u"newuidmap: not installed"_s));
        QVERIFY(anyContains(result.fixSteps, u"apt-get install uidmap"_s));
    }

    void notApplicableCases()
    {
        DiagnosticsRoot root;
        prepareGoodRoot(root);
        RootlessPodmanCheck check;
        HostEnvironment asRoot = root.environment();
        asRoot.userId = 0;
        asRoot.userName = u"root"_s;
        QCOMPARE(runCheck(check, asRoot).status, CheckStatus::NotApplicable);
        HostEnvironment mac = root.environment();
        mac.os = HostEnvironment::Os::MacOs;
        QCOMPARE(runCheck(check, mac).status, CheckStatus::NotApplicable);
        QVERIFY(QFile::remove(root.path(u"/usr/bin/podman"_s)));
        const CheckResult noPodman = runCheck(check, root.environment());
        QCOMPARE(noPodman.status, CheckStatus::NotApplicable);
        QVERIFY(noPodman.summary.contains(u"not installed"_s));
    }

    void capabilityDecoding_data()
    {
        QTest::addColumn<QByteArray>("xattr");
        QTest::addColumn<int>("capability");
        QTest::addColumn<int>("expected"); // -1 not a capability set, 0 not granted, 1 granted
        QTest::newRow("setuid ep v2") << capabilityData(1U << 7, true) << 7 << 1;
        QTest::newRow("setuid ep v3") << capabilityData(1U << 7, true, 0x03000000) << 7 << 1;
        QTest::newRow("setuid p only") << capabilityData(1U << 7, false) << 7 << 0;
        QTest::newRow("setgid asked for setuid") << capabilityData(1U << 6, true) << 7 << 0;
        QTest::newRow("setgid") << capabilityData(1U << 6, true) << 6 << 1;
        QTest::newRow("empty") << QByteArray() << 7 << -1;
        QTest::newRow("truncated") << capabilityData(1U << 7, true).left(12) << 7 << -1;
        QTest::newRow("v2 with v3 size")
            << capabilityData(1U << 7, true).append(4, '\0') << 7 << -1;
        QTest::newRow("unknown revision") << capabilityData(1U << 7, true, 0x07000000) << 7 << -1;
        QTest::newRow("garbage") << QByteArray(20, '\xff') << 7 << -1;
        QTest::newRow("capability out of range") << capabilityData(~0U, true) << 99 << -1;
    }

    void capabilityDecoding()
    {
        QFETCH(QByteArray, xattr);
        QFETCH(int, capability);
        QFETCH(int, expected);
        const std::optional<bool> granted
            = RootlessPodmanCheck::capabilityGranted(xattr, capability);
        QCOMPARE(granted ? int(*granted) : -1, expected);
    }
};

QTEST_GUILESS_MAIN(tst_RootlessPodmanCheck)
#include "tst_rootlesspodmancheck.moc"
