// SPDX-License-Identifier: Apache-2.0
// CheckResultModel: groups in CheckGroup order with their checks below, live updates from
// fake results and from a CheckRunner as dataChanged (never a reset once the list is set),
// the roles the views read, all under QAbstractItemModelTester.
#include "diagnostics/CheckRunner.h"
#include "diagnostics/DiagnosticCheck.h"
#include "models/CheckResultModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace Wharf;

namespace {

using Info = CheckResultModel::CheckInfo;

CheckResult fakeResult(const Info &info, CheckStatus status, const QString &summary)
{
    CheckResult result;
    result.id = info.id;
    result.group = info.group;
    result.title = info.title;
    result.status = status;
    result.summary = summary;
    result.evidence = {u"/evidence/of/"_s + info.id + u": 1"_s};
    result.fixSteps = {u"Do this first."_s, u"Then that."_s};
    result.fixCommands = {{u"sudo"_s, u"fix"_s, info.id}};
    result.catalogueId = u"catalogue-"_s + info.id;
    return result;
}

// Display order mixes groups on purpose: the model groups them.
QList<Info> fakeChecks()
{
    return {
        {u"selinux"_s, CheckGroup::HostSecurity, u"SELinux mode"_s},
        {u"cvmfs-repositories"_s, CheckGroup::Cvmfs, u"CVMFS repositories answer"_s},
        {u"dev-fuse"_s, CheckGroup::Cvmfs, u"/dev/fuse"_s},
        {u"architecture"_s, CheckGroup::Host, u"Architecture"_s},
    };
}

// A check that answers after a delay with a fixed status.
class TimedCheck : public DiagnosticCheck
{
    Q_OBJECT

public:
    TimedCheck(QString id, CheckGroup group, int delayMs, CheckStatus status)
        : m_id(std::move(id))
        , m_group(group)
        , m_delayMs(delayMs)
        , m_status(status)
    { }
    QString id() const override { return m_id; }
    CheckGroup group() const override { return m_group; }
    QString title() const override { return u"Timed "_s + m_id; }

protected:
    void run() override
    {
        QTimer::singleShot(m_delayMs, this, [this] { finish(makeResult(m_status, u"answered"_s)); });
    }

private:
    QString m_id;
    CheckGroup m_group;
    int m_delayMs;
    CheckStatus m_status;
};

} // namespace

class tst_CheckResultModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyModelIsValid()
    {
        CheckResultModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), int(CheckResultModel::ColumnCount));
        QVERIFY(!model.index(0, 0).isValid());
        QVERIFY(model.results().isEmpty());
    }

    void groupsInGroupOrderWithWaitingChecks()
    {
        CheckResultModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setChecks(fakeChecks());
        QCOMPARE(model.rowCount(), 3); // CVMFS, Host security, This computer; empty groups left out
        QCOMPARE(model.index(0, 0).data().toString(), checkGroupTitle(CheckGroup::Cvmfs));
        QCOMPARE(model.index(1, 0).data().toString(), checkGroupTitle(CheckGroup::HostSecurity));
        QCOMPARE(model.index(2, 0).data().toString(), checkGroupTitle(CheckGroup::Host));
        const QModelIndex cvmfs = model.index(0, 0);
        QCOMPARE(model.rowCount(cvmfs), 2);
        QCOMPARE(model.index(0, 0, cvmfs).data().toString(), u"CVMFS repositories answer"_s);
        QCOMPARE(model.index(1, 0, cvmfs).data().toString(), u"/dev/fuse"_s);
        QCOMPARE(model.index(1, 0, cvmfs).data(CheckResultModel::IndexRole).toInt(), 2);
        QCOMPARE(model.index(1, 0, cvmfs).parent(), cvmfs);
        QVERIFY(cvmfs.data(CheckResultModel::IsGroupRole).toBool());
        QVERIFY(!model.index(0, 0, cvmfs).data(CheckResultModel::IsGroupRole).toBool());
        QCOMPARE(model.rowCount(model.index(0, 0, cvmfs)), 0);

        const QModelIndex selinux = model.indexOfCheck(0);
        QCOMPARE(selinux.data(CheckResultModel::CheckIdRole).toString(), u"selinux"_s);
        QCOMPARE(model.checkAt(selinux), 0);
        QCOMPARE(model.checkAt(cvmfs), -1);
        QCOMPARE(selinux.data(CheckResultModel::StateRole).toInt(), int(CheckResultModel::State::Waiting));
        QVERIFY(!selinux.data(CheckResultModel::StatusRole).isValid());
        QCOMPARE(selinux.siblingAtColumn(CheckResultModel::StatusColumn).data().toString(), u"Waiting"_s);
        QCOMPARE(model.finishedCount(), 0);
    }

    void resultsArriveAsDataChangedOnly()
    {
        CheckResultModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QList<Info> checks = fakeChecks();
        model.setChecks(checks);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removes(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);

        model.setRunning(1);
        model.setRunning(2);
        const QModelIndex repositories = model.indexOfCheck(1);
        QCOMPARE(repositories.siblingAtColumn(CheckResultModel::StatusColumn).data().toString(), u"Running…"_s);
        QCOMPARE(model.index(0, 0).data(CheckResultModel::StateRole).toInt(), int(CheckResultModel::State::Running));
        QVERIFY(!changes.isEmpty());
        // The check's row and its group's row, all columns.
        const auto changed = [&changes](const QModelIndex &index) {
            for (const QList<QVariant> &args : std::as_const(changes)) {
                const auto topLeft = args.at(0).value<QModelIndex>();
                const auto bottomRight = args.at(1).value<QModelIndex>();
                if (topLeft.parent() == index.parent() && topLeft.row() <= index.row() && bottomRight.row() >= index.row()
                    && topLeft.column() == 0 && bottomRight.column() == CheckResultModel::ColumnCount - 1)
                    return true;
            }
            return false;
        };
        QVERIFY(changed(repositories));
        QVERIFY(changed(model.index(0, 0)));

        changes.clear();
        model.setResult(1, fakeResult(checks.at(1), CheckStatus::Failed, u"/cvmfs does not exist."_s));
        QVERIFY(changed(repositories));
        QVERIFY(changed(model.index(0, 0)));
        QCOMPARE(repositories.data(CheckResultModel::StatusRole).toInt(), int(CheckStatus::Failed));
        QCOMPARE(repositories.data(CheckResultModel::StateRole).toInt(), int(CheckResultModel::State::Finished));
        QCOMPARE(repositories.siblingAtColumn(CheckResultModel::StatusColumn).data().toString(),
                 checkStatusLabel(CheckStatus::Failed));
        QCOMPARE(repositories.siblingAtColumn(CheckResultModel::SummaryColumn).data().toString(),
                 u"/cvmfs does not exist."_s);
        QCOMPARE(repositories.data(CheckResultModel::EvidenceRole).toStringList(),
                 QStringList{u"/evidence/of/cvmfs-repositories: 1"_s});
        QCOMPARE(repositories.data(CheckResultModel::FixStepsRole).toStringList().size(), 2);
        const QVariantList commands = repositories.data(CheckResultModel::FixCommandsRole).toList();
        QCOMPARE(commands.size(), 1);
        QCOMPARE(commands.first().toStringList(), (QStringList{u"sudo"_s, u"fix"_s, u"cvmfs-repositories"_s}));
        QCOMPARE(repositories.data(CheckResultModel::CatalogueIdRole).toString(), u"catalogue-cvmfs-repositories"_s);
        QCOMPARE(repositories.data(CheckResultModel::ResultRole).value<CheckResult>().summary, u"/cvmfs does not exist."_s);
        // The group is not finished while /dev/fuse runs, but already knows the worst status.
        QCOMPARE(model.index(0, 0).data(CheckResultModel::StateRole).toInt(), int(CheckResultModel::State::Running));
        QCOMPARE(model.index(0, CheckResultModel::SummaryColumn).data().toString(), u"1 of 2 checks done"_s);

        model.setResult(2, fakeResult(checks.at(2), CheckStatus::Warning, u"odd"_s));
        QCOMPARE(model.index(0, 0).data(CheckResultModel::StatusRole).toInt(), int(CheckStatus::Failed));
        QCOMPARE(model.index(0, 0).data(CheckResultModel::StateRole).toInt(), int(CheckResultModel::State::Finished));
        QCOMPARE(model.index(0, CheckResultModel::StatusColumn).data().toString(), checkStatusLabel(CheckStatus::Failed));
        QVERIFY(model.index(0, CheckResultModel::SummaryColumn).data().toString().contains(u"1 failed"_s));

        model.setResult(0, fakeResult(checks.at(0), CheckStatus::Ok, u"fine"_s));
        model.setResult(3, fakeResult(checks.at(3), CheckStatus::NotApplicable, u"n/a"_s));
        QCOMPARE(model.finishedCount(), 4);
        const QList<CheckResult> results = model.results();
        QCOMPARE(results.size(), 4);
        QCOMPARE(results.at(0).id, u"selinux"_s); // the order of setChecks
        QCOMPARE(results.at(1).id, u"cvmfs-repositories"_s);

        // Re-run: back to waiting, same rows.
        model.resetStates();
        QCOMPARE(model.finishedCount(), 0);
        QVERIFY(!repositories.data(CheckResultModel::StatusRole).isValid());
        QVERIFY(repositories.data(CheckResultModel::EvidenceRole).toStringList().isEmpty());

        QCOMPARE(resets.size(), 0);
        QCOMPARE(inserts.size(), 0);
        QCOMPARE(removes.size(), 0);
        QCOMPARE(layouts.size(), 0);
    }

    void sameResultTwiceChangesNothing()
    {
        CheckResultModel model;
        const QList<Info> checks = fakeChecks();
        model.setChecks(checks);
        const CheckResult result = fakeResult(checks.at(0), CheckStatus::Ok, u"fine"_s);
        model.setResult(0, result);
        QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
        model.setResult(0, result);
        model.setResult(-1, result);
        model.setResult(99, result);
        model.setRunning(42);
        QCOMPARE(changes.size(), 0);
    }

    void followsARunner()
    {
        CheckRunner runner;
        runner.setChecks({new TimedCheck(u"late"_s, CheckGroup::Apptainer, 150, CheckStatus::Warning),
                          new TimedCheck(u"early"_s, CheckGroup::Cvmfs, 10, CheckStatus::Failed),
                          new TimedCheck(u"middle"_s, CheckGroup::Cvmfs, 60, CheckStatus::Ok)});
        CheckResultModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.attach(&runner);
        QCOMPARE(model.checkCount(), 3);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, 0).data().toString(), checkGroupTitle(CheckGroup::Cvmfs));
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy finished(&runner, &CheckRunner::finished);

        for (int run = 0; run < 2; ++run) {
            runner.start(HostEnvironment{});
            QCOMPARE(model.state(0), CheckResultModel::State::Running);
            QVERIFY(finished.wait(5000));
            QCOMPARE(model.finishedCount(), 3);
            QCOMPARE(model.indexOfCheck(0).data(CheckResultModel::StatusRole).toInt(), int(CheckStatus::Warning));
            QCOMPARE(model.indexOfCheck(1).data(CheckResultModel::StatusRole).toInt(), int(CheckStatus::Failed));
            finished.clear();
        }
        QCOMPARE(resets.size(), 0);

        // Cancelled checks show as such (the checks begin on the next turn of the event loop).
        runner.start(HostEnvironment{});
        runner.cancel();
        QCOMPARE(model.finishedCount(), 3);
        QCOMPARE(model.indexOfCheck(0).data(CheckResultModel::StatusRole).toInt(), int(CheckStatus::Cancelled));

        // A new list for the runner: refreshChecks() lays the rows out again.
        runner.setChecks({new TimedCheck(u"only"_s, CheckGroup::Host, 0, CheckStatus::Ok)});
        model.refreshChecks();
        QCOMPARE(model.checkCount(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.state(0), CheckResultModel::State::Waiting);
    }

    void attachesToARunnerThatAlreadyRan()
    {
        CheckRunner runner;
        runner.setChecks({new TimedCheck(u"a"_s, CheckGroup::Cvmfs, 0, CheckStatus::Ok),
                          new TimedCheck(u"b"_s, CheckGroup::Cvmfs, 0, CheckStatus::Failed)});
        QSignalSpy finished(&runner, &CheckRunner::finished);
        runner.start(HostEnvironment{});
        QVERIFY(finished.wait(5000));
        CheckResultModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.attach(&runner);
        QCOMPARE(model.finishedCount(), 2);
        QCOMPARE(model.indexOfCheck(1).data(CheckResultModel::StatusRole).toInt(), int(CheckStatus::Failed));
    }
};

QTEST_GUILESS_MAIN(tst_CheckResultModel)
#include "tst_checkresultmodel.moc"
