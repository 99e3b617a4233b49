// SPDX-License-Identifier: Apache-2.0
// The /proc/self/mountinfo parser: real samples (shared, slave, private, unbindable), escapes,
// and hostile input (garbage, truncated lines, missing separator, NULs, huge lines).
#include "diagnostics/MountInfo.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Wharf;

namespace {

// From a Debian 12 host with the CVMFS client (autofs on /cvmfs, one repository mounted).
const QByteArray debianHost
    = "22 27 0:21 / /sys rw,nosuid,nodev,noexec,relatime shared:7 - sysfs sysfs rw\n"
      "23 27 0:22 / /proc rw,nosuid,nodev,noexec,relatime shared:12 - proc proc rw\n"
      "27 1 254:1 / / rw,relatime shared:1 - ext4 /dev/vda1 rw,errors=remount-ro\n"
      "40 27 0:35 / /cvmfs rw,relatime shared:21 - autofs /etc/auto.cvmfs "
      "rw,fd=5,pgrp=1234,timeout=300,minproto=5,maxproto=5,indirect\n"
      "312 40 0:60 / /cvmfs/cms.cern.ch ro,nosuid,nodev,relatime shared:160 - fuse cvmfs2 "
      "ro,user_id=0,group_id=0,default_permissions,allow_other\n";

} // namespace

class tst_MountInfo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesARealTable()
    {
        const MountInfo table = MountInfo::parse(debianHost);
        QCOMPARE(table.rejectedLines(), 0);
        QCOMPARE(table.entries().size(), 5);
        const MountInfoEntry &cvmfs = table.entries().at(3);
        QCOMPARE(cvmfs.mountId, 40);
        QCOMPARE(cvmfs.parentId, 27);
        QCOMPARE(cvmfs.device, u"0:35"_s);
        QCOMPARE(cvmfs.root, u"/"_s);
        QCOMPARE(cvmfs.mountPoint, u"/cvmfs"_s);
        QCOMPARE(cvmfs.fsType, u"autofs"_s);
        QCOMPARE(cvmfs.source, u"/etc/auto.cvmfs"_s);
        QCOMPARE(cvmfs.optionalFields, QStringList { u"shared:21"_s });
        QCOMPARE(cvmfs.sharedPeerGroup(), 21);
        QVERIFY(!cvmfs.masterPeerGroup());
        QCOMPARE(cvmfs.propagation(), u"shared:21"_s);
        QVERIFY(cvmfs.superOptions.startsWith(u"rw,fd=5"_s));
    }

    void propagation_data()
    {
        QTest::addColumn<QByteArray>("line");
        QTest::addColumn<QString>("propagation");
        QTest::addColumn<bool>("shared");
        QTest::addColumn<bool>("slave");
        QTest::addColumn<bool>("isPrivate");
        QTest::newRow("shared") << QByteArray("1 0 8:1 / / rw shared:1 - ext4 /dev/sda1 rw")
                                << u"shared:1"_s << true << false << false;
        QTest::newRow("slave") << QByteArray("2 1 8:1 / /cvmfs rw master:5 - autofs auto rw")
                               << u"master:5"_s << false << true << false;
        QTest::newRow("slave with propagate_from")
            << QByteArray("2 1 8:1 / /cvmfs rw master:5 propagate_from:3 - autofs auto rw")
            << u"master:5"_s << false << true << false;
        QTest::newRow("shared and slave")
            << QByteArray("3 1 8:1 / /x rw shared:4 master:2 - tmpfs t rw")
            << u"shared:4 master:2"_s << true << true << false;
        QTest::newRow("private") << QByteArray("4 1 8:1 / / rw - ext4 /dev/sda1 rw") << u"private"_s
                                 << false << false << true;
        QTest::newRow("unbindable") << QByteArray("5 1 8:1 / /u rw unbindable - tmpfs t rw")
                                    << u"unbindable"_s << false << false << false;
        QTest::newRow("unknown future field") << QByteArray("6 1 8:1 / /f rw future:9 - tmpfs t rw")
                                              << u"private"_s << false << false << true;
        QTest::newRow("bad peer group")
            << QByteArray("7 1 8:1 / /g rw shared:x master: - tmpfs t rw") << u"private"_s << false
            << false << true;
    }

    void propagation()
    {
        QFETCH(QByteArray, line);
        QFETCH(QString, propagation);
        QFETCH(bool, shared);
        QFETCH(bool, slave);
        QFETCH(bool, isPrivate);
        const MountInfo table = MountInfo::parse(line);
        QCOMPARE(table.entries().size(), 1);
        const MountInfoEntry &entry = table.entries().first();
        QCOMPARE(entry.propagation(), propagation);
        QCOMPARE(entry.isShared(), shared);
        QCOMPARE(entry.isSlave(), slave);
        QCOMPARE(entry.isPrivate(), isPrivate);
    }

    void escapes_data()
    {
        QTest::addColumn<QByteArray>("field");
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << QByteArray("/cvmfs") << u"/cvmfs"_s;
        QTest::newRow("space") << QByteArray("/mnt/my\\040disk") << u"/mnt/my disk"_s;
        QTest::newRow("tab newline backslash")
            << QByteArray("/a\\011b\\012c\\134d") << u"/a\tb\nc\\d"_s;
        QTest::newRow("truncated escape") << QByteArray("/a\\04") << u"/a\\04"_s;
        QTest::newRow("escape at end") << QByteArray("/a\\") << u"/a\\"_s;
        QTest::newRow("not octal") << QByteArray("/a\\089") << u"/a\\089"_s;
        QTest::newRow("too big") << QByteArray("/a\\477") << u"/a\\477"_s;
        QTest::newRow("nul escape kept") << QByteArray("/a\\000b") << u"/a\\000b"_s;
        QTest::newRow("utf8") << QByteArray("/data/caf\xc3\xa9") << u"/data/café"_s;
    }

    void escapes()
    {
        QFETCH(QByteArray, field);
        QFETCH(QString, text);
        QCOMPARE(MountInfo::unescape(field), text);
    }

    void escapedMountPointInATable()
    {
        const MountInfo table
            = MountInfo::parse("9 1 0:5 / /media/USB\\040Stick rw shared:3 - vfat /dev/sdb1 rw\n");
        QCOMPARE(table.entries().size(), 1);
        QCOMPARE(table.entries().first().mountPoint, u"/media/USB Stick"_s);
        QVERIFY(table.mountHolding(u"/media/USB Stick/data"_s));
    }

    void hostileInput_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("entries");
        QTest::addColumn<int>("rejected");
        QTest::newRow("empty") << QByteArray() << 0 << 0;
        QTest::newRow("only newlines") << QByteArray("\n\n\r\n") << 0 << 0;
        QTest::newRow("garbage") << QByteArray("this is not a mount table\n") << 0 << 1;
        QTest::newRow("binary") << QByteArray("\x01\x02\x03\xff\xfe\n") << 0 << 1;
        QTest::newRow("no separator")
            << QByteArray("1 0 8:1 / / rw shared:1 ext4 /dev/sda1 rw\n") << 0 << 1;
        QTest::newRow("separator too early")
            << QByteArray("1 0 8:1 / - rw ext4 /dev/sda1 rw\n") << 0 << 1;
        QTest::newRow("truncated after separator")
            << QByteArray("1 0 8:1 / / rw - ext4\n") << 0 << 1;
        QTest::newRow("no super options")
            << QByteArray("1 0 8:1 / / rw - ext4 /dev/sda1\n") << 1 << 0;
        QTest::newRow("non-numeric id")
            << QByteArray("x 0 8:1 / / rw - ext4 /dev/sda1 rw\n") << 0 << 1;
        QTest::newRow("negative id")
            << QByteArray("-1 0 8:1 / / rw - ext4 /dev/sda1 rw\n") << 0 << 1;
        QTest::newRow("overflowing id")
            << QByteArray("99999999999999999999 0 8:1 / / rw - ext4 d rw\n") << 0 << 1;
        QTest::newRow("device without colon")
            << QByteArray("1 0 81 / / rw - ext4 /dev/sda1 rw\n") << 0 << 1;
        QTest::newRow("relative mount point")
            << QByteArray("1 0 8:1 / cvmfs rw - ext4 /dev/sda1 rw\n") << 0 << 1;
        QTest::newRow("embedded NUL")
            << QByteArray("1 0 8:1 / /a\0b rw - ext4 d rw\n", 30) << 0 << 1;
        QTest::newRow("truncated table") << debianHost.left(debianHost.size() - 100) << 4 << 1;
        QTest::newRow("crlf and no final newline")
            << QByteArray("1 0 8:1 / / rw shared:1 - ext4 d rw\r\n2 1 0:2 / /x rw - tmpfs t rw")
            << 2 << 0;
        QTest::newRow("good lines survive bad ones") << QByteArray(
            "garbage\n1 0 8:1 / / rw shared:1 - ext4 d rw\n\x00\x01\n2 1 0:2 / /x rw - tmpfs t "
            "rw\n",
            76) << 2 << 2;
        QTest::newRow("huge line") << QByteArray(4 * 1024 * 1024, 'a') << 0 << 1;
        QTest::newRow("huge optional fields")
            << (QByteArray("1 0 8:1 / / rw ") + QByteArray(100000, 'x') + " - ext4 d rw\n") << 1
            << 0;
    }

    void hostileInput()
    {
        QFETCH(QByteArray, content);
        QFETCH(int, entries);
        QFETCH(int, rejected);
        const MountInfo table = MountInfo::parse(content);
        QCOMPARE(table.entries().size(), entries);
        QCOMPARE(table.rejectedLines(), rejected);
    }

    void manyMountsAreFast()
    {
        QByteArray content;
        for (int i = 0; i < 20000; ++i)
            content += "1" + QByteArray::number(i) + " 1 0:1 / /var/lib/docker/overlay2/"
                + QByteArray::number(i) + "/merged rw shared:2 - overlay overlay rw\n";
        QElapsedTimer timer;
        timer.start();
        const MountInfo table = MountInfo::parse(content);
        QCOMPARE(table.entries().size(), 20000);
        QVERIFY(!table.mountHolding(u"/cvmfs"_s));
        QVERIFY(timer.elapsed() < 5000);
    }

    void mountHolding()
    {
        const MountInfo table = MountInfo::parse(debianHost);
        QCOMPARE(table.mountHolding(u"/cvmfs"_s)->mountId, 40);
        QCOMPARE(table.mountHolding(u"/cvmfs/"_s)->mountId, 40);
        QCOMPARE(table.mountHolding(u"/cvmfs/cms.cern.ch/slc7"_s)->mountId, 312);
        QCOMPARE(table.mountHolding(u"/cvmfs/atlas.cern.ch"_s)->mountId, 40);
        QCOMPARE(table.mountHolding(u"/cvmfsx"_s)->mountId, 27); // components, not string prefixes
        QCOMPARE(table.mountHolding(u"/shared-mounts"_s)->mountId, 27);
        QVERIFY(!MountInfo().mountHolding(u"/cvmfs"_s));
        QCOMPARE(table.mountsUnder(u"/cvmfs"_s).size(), 2);
    }

    void laterMountOnTheSamePointWins()
    {
        const MountInfo table = MountInfo::parse("1 0 8:1 / / rw shared:1 - ext4 d rw\n"
                                                 "5 1 0:5 / /cvmfs rw - autofs a rw\n"
                                                 "9 5 0:9 / /cvmfs rw master:3 - tmpfs t rw\n");
        QCOMPARE(table.mountHolding(u"/cvmfs/x"_s)->mountId, 9);
        QCOMPARE(table.mountHolding(u"/cvmfs/x"_s)->propagation(), u"master:3"_s);
    }

    void sameOrBelow_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("parent");
        QTest::addColumn<bool>("below");
        QTest::newRow("same") << u"/cvmfs"_s << u"/cvmfs"_s << true;
        QTest::newRow("child") << u"/cvmfs/a"_s << u"/cvmfs"_s << true;
        QTest::newRow("sibling prefix") << u"/cvmfs2"_s << u"/cvmfs"_s << false;
        QTest::newRow("root") << u"/anything"_s << u"/"_s << true;
        QTest::newRow("trailing slash") << u"/cvmfs/a"_s << u"/cvmfs/"_s << true;
        QTest::newRow("dot dot") << u"/cvmfs/../etc"_s << u"/cvmfs"_s << false;
        QTest::newRow("empty parent") << u"/cvmfs"_s << QString() << false;
        QTest::newRow("relative") << u"cvmfs"_s << u"/"_s << false;
    }

    void sameOrBelow()
    {
        QFETCH(QString, path);
        QFETCH(QString, parent);
        QFETCH(bool, below);
        QCOMPARE(MountInfo::isSameOrBelow(path, parent), below);
    }
};

QTEST_GUILESS_MAIN(tst_MountInfo)
#include "tst_mountinfo.moc"
