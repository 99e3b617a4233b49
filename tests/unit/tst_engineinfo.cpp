// SPDX-License-Identifier: Apache-2.0
// EngineInfo::fromJson: real /info replies of Docker and Podman, and hostile ones.
#include "engine/EngineInfo.h"

#include <QTest>

using namespace Qt::StringLiterals;
using Wharf::EngineInfo;
using Wharf::ErrorCode;

class tst_EngineInfo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void docker()
    {
        const auto info = EngineInfo::fromJson(
            "{\"ID\":\"x\",\"Containers\":0,\"Driver\":\"overlay2\",\"NCPU\":2,\"MemTotal\":25165824000, \"DockerRootDir\":\"/var/lib/docker\",\"Name\":\"lxplus\",\"OperatingSystem\":\"Debian GNU/Linux 12 (bookworm)\", \"SecurityOptions\":[\"name=apparmor\",\"name=seccomp,profile=default\",\"name=cgroupns\"]}"_ba);
        QVERIFY(info);
        QCOMPARE(info->rootDirectory, u"/var/lib/docker"_s);
        QCOMPARE(info->storageDriver, u"overlay2"_s);
        QCOMPARE(info->cpuCount, 2);
        QCOMPARE(info->memoryBytes, 25165824000LL);
        QVERIFY(!info->isRootless());
        QVERIFY(!info->hasSelinux());
        QVERIFY(!info->isDockerDesktop());
    }

    void rootlessPodmanWithSelinux()
    {
        const auto info = EngineInfo::fromJson(
            "{\"DockerRootDir\":\"/home/u/.local/share/containers/storage\",\"Driver\":\"overlay\", \"SecurityOptions\":[\"name=selinux\",\"name=rootless\",\"name=seccomp,profile=default\"]}"_ba);
        QVERIFY(info);
        QVERIFY(info->isRootless());
        QVERIFY(info->hasSelinux());
    }

    void dockerDesktop()
    {
        const auto info = EngineInfo::fromJson("{\"OperatingSystem\":\"Docker Desktop\",\"DockerRootDir\":\"/var/lib/docker\"}"_ba);
        QVERIFY(info);
        QVERIFY(info->isDockerDesktop());
    }

    void oldEnginesListBareOptionNames()
    {
        const auto info = EngineInfo::fromJson("{\"SecurityOptions\":[\"apparmor\",\"selinux\"]}"_ba);
        QVERIFY(info);
        QVERIFY(info->hasSelinux());
    }

    void hostile_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("parses");
        QTest::newRow("empty") << QByteArray() << false;
        QTest::newRow("garbage") << "\x01\x02garbage"_ba << false;
        QTest::newRow("array") << "[]"_ba << false;
        QTest::newRow("truncated") << "{\"DockerRootDir\":\"/var/lib/do"_ba << false;
        QTest::newRow("NUL in a string") << QByteArray("{\"Name\":\"a\0b\"}", 14) << true; // Qt reads it; no harm
        QTest::newRow("wrong types") << "{\"DockerRootDir\":42,\"NCPU\":\"two\",\"MemTotal\":-5,\"SecurityOptions\":\"x\"}"_ba << true;
        QTest::newRow("huge numbers") << "{\"NCPU\":1e300,\"MemTotal\":1e300}"_ba << true;
        QTest::newRow("nested garbage") << "{\"SecurityOptions\":[1,null,{\"a\":1},[\"x\"]]}"_ba << true;
        QTest::newRow("empty object") << "{}"_ba << true;
    }

    void hostile()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, parses);
        const auto info = EngineInfo::fromJson(json);
        QCOMPARE(bool(info), parses);
        if (!info) {
            QCOMPARE(info.error().code(), ErrorCode::ParseError);
            return;
        }
        QVERIFY(info->cpuCount >= 0);
        QVERIFY(info->memoryBytes >= 0);
        QVERIFY(info->rootDirectory.isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_EngineInfo)
#include "tst_engineinfo.moc"
