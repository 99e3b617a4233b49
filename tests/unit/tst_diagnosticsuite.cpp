// SPDX-License-Identifier: Apache-2.0
// DiagnosticSuite and Symptom: every check can be built, symptoms pick subsets in display
// order, ids round-trip, aliases resolve.
#include "diagnostics/CvmfsMountCheck.h"
#include "diagnostics/DiagnosticCheck.h"
#include "diagnostics/DiagnosticSuite.h"

#include <QTest>
#include <memory>

using namespace Qt::StringLiterals;
using namespace Wharf;

class tst_DiagnosticSuite : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void symptomIds()
    {
        QCOMPARE(allSymptoms().size(), 6);
        for (const Symptom symptom : allSymptoms()) {
            QCOMPARE(symptomFromId(symptomId(symptom)), symptom);
            QVERIFY(!symptomTitle(symptom).isEmpty());
        }
        QCOMPARE(symptomId(Symptom::CvmfsMissing), u"cvmfs-missing"_s);
        QCOMPARE(symptomId(Symptom::LoginFails), u"login-fails"_s);
        QVERIFY(!symptomFromId(u"CVMFS-MISSING"_s));
        QVERIFY(!symptomFromId(QString()));
        QVERIFY(!symptomFromId(u"cvmfs-missing "_s));
    }

    void everyCheckCanBeBuilt()
    {
        const QStringList ids = DiagnosticSuite::allCheckIds();
        QVERIFY(ids.size() >= 9); // the engine checks join later
        QCOMPARE(QSet<QString>(ids.cbegin(), ids.cend()).size(), ids.size());
        int lastGroup = -1;
        for (const QString &id : ids) {
            std::unique_ptr<DiagnosticCheck> check(DiagnosticSuite::create(id));
            QVERIFY2(check, qPrintable(id));
            QCOMPARE(check->id(), id);
            QVERIFY(!check->title().isEmpty());
            // Listed in the order of the sections.
            const int group = int(allCheckGroups().indexOf(check->group()));
            QVERIFY2(group >= lastGroup, qPrintable(id));
            lastGroup = group;
        }
        QVERIFY(!DiagnosticSuite::create(u"no-such-check"_s));
    }

    void catalogueIdsResolve()
    {
        // The ids the known-error catalogue's "rerun-check" actions name.
        for (const QString &id : { u"selinux"_s, u"docker-desktop-file-sharing"_s,
                 u"mount-propagation"_s, u"cvmfs-present"_s, u"cvmfs-repositories"_s, u"dev-fuse"_s,
                 u"apptainer"_s, u"user-namespaces"_s, u"podman-rootless"_s, u"architecture"_s,
                 u"cvmfs-client"_s }) {
            std::unique_ptr<DiagnosticCheck> check(DiagnosticSuite::create(id));
            QVERIFY2(check, qPrintable(id));
            QCOMPARE(check->id(), DiagnosticSuite::canonicalCheckId(id));
        }
    }

    void symptomsPickSubsets()
    {
        const QStringList all = DiagnosticSuite::allCheckIds();
        QCOMPARE(DiagnosticSuite::checkIdsFor(std::nullopt), all);
        QCOMPARE(DiagnosticSuite::checkIdsFor(Symptom::Other), all);
        for (const Symptom symptom : allSymptoms()) {
            const QStringList ids = DiagnosticSuite::checkIdsFor(symptom);
            QVERIFY(!ids.isEmpty());
            qsizetype last = -1;
            for (const QString &id : ids) {
                const qsizetype position = all.indexOf(id);
                QVERIFY(position > last); // a subset, in display order
                last = position;
            }
        }
        const QStringList cvmfs = DiagnosticSuite::checkIdsFor(Symptom::CvmfsMissing);
        for (const QString &id : { u"cvmfs-repositories"_s, u"cvmfs-client"_s, u"dev-fuse"_s,
                 u"mount-propagation"_s, u"selinux"_s, u"docker-desktop-file-sharing"_s })
            QVERIFY2(cvmfs.contains(id), qPrintable(id));
        QVERIFY(!cvmfs.contains(u"architecture"_s));
        QVERIFY(DiagnosticSuite::checkIdsFor(Symptom::PullFails).contains(u"architecture"_s));
        QVERIFY(DiagnosticSuite::checkIdsFor(Symptom::LoginFails).contains(u"apptainer"_s));
        QVERIFY(DiagnosticSuite::checkIdsFor(Symptom::LoginFails).contains(u"registries"_s));
        QVERIFY(DiagnosticSuite::checkIdsFor(Symptom::PullFails).contains(u"registries"_s));
        QVERIFY(DiagnosticSuite::checkIdsFor(Symptom::PermissionDenied).contains(u"selinux"_s));
    }

    void createForAndOptions()
    {
        QObject parent;
        DiagnosticOptions options;
        options.cvmfsRepositories = { u"sft.cern.ch"_s };
        options.repositoryTimeout = std::chrono::milliseconds(1234);
        const QList<DiagnosticCheck *> checks
            = DiagnosticSuite::createFor(Symptom::CvmfsMissing, options, &parent);
        QCOMPARE(checks.size(), DiagnosticSuite::checkIdsFor(Symptom::CvmfsMissing).size());
        for (DiagnosticCheck *check : checks)
            QCOMPARE(check->parent(), &parent);
        auto *cvmfs = qobject_cast<CvmfsMountCheck *>(checks.first());
        QVERIFY(cvmfs);
        QCOMPARE(cvmfs->repositories(), QStringList { u"sft.cern.ch"_s });
        QCOMPARE(cvmfs->repositoryTimeout(), std::chrono::milliseconds(1234));
        std::unique_ptr<DiagnosticCheck> plain(DiagnosticSuite::create(u"cvmfs-repositories"_s));
        QCOMPARE(qobject_cast<CvmfsMountCheck *>(plain.get())->repositories(),
            CvmfsMountCheck::defaultRepositories());
    }
};

QTEST_GUILESS_MAIN(tst_DiagnosticSuite)
#include "tst_diagnosticsuite.moc"
