// SPDX-License-Identifier: Apache-2.0
#include "CheckProgressWizardPage.h"

#include "CheckProgressWidget.h"
#include "CheckStatusDelegate.h"
#include "DialogLabels.h"
#include "TroubleshootingWizard.h"
#include "diagnostics/CheckRunner.h"
#include "models/CheckResultModel.h"

#include <QAbstractButton>
#include <QHeaderView>
#include <QLabel>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Wharf {

CheckProgressWizardPage::CheckProgressWizardPage(TroubleshootingWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_tree(new QTreeView(this))
    , m_progress(new CheckProgressWidget(this))
    , m_status(DialogLabels::selectable(this, u"progressStatusLabel"_s))
{
    setObjectName(u"checkProgressWizardPage"_s);
    setTitle(tr("Checking this computer"));
    setSubTitle(tr("Each check only reads; a check that hangs (a /cvmfs repository, a program) is given "
                   "up after its time limit."));

    m_tree->setObjectName(u"progressTreeView"_s);
    m_tree->setAccessibleName(tr("Checks"));
    m_tree->setModel(wizard->model());
    m_tree->setItemDelegate(new CheckStatusDelegate(m_tree));
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setRootIsDecorated(false);
    m_tree->setItemsExpandable(false);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->setColumnWidth(CheckResultModel::TitleColumn, 280);
    m_tree->setColumnWidth(CheckResultModel::StatusColumn, 130);
    connect(wizard->model(), &QAbstractItemModel::modelReset, m_tree, [this] {
        m_tree->expandAll();
        m_tree->resizeColumnToContents(CheckResultModel::TitleColumn);
        m_tree->setColumnWidth(CheckResultModel::TitleColumn, m_tree->columnWidth(CheckResultModel::TitleColumn) + 16);
    });

    m_progress->setHidesWhenIdle(false);
    m_progress->attach(wizard->runner());
    connect(wizard->runner(), &CheckRunner::finished, this, &CheckProgressWizardPage::onFinished);
    connect(wizard->runner(), &CheckRunner::checkStarted, this, &QWizardPage::completeChanged);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
}

void CheckProgressWizardPage::initializePage()
{
    m_status->setText(tr("The checks are running. You can cancel them; the results so far are kept."));
    m_wizard->startChecks();
    m_tree->expandAll();
    Q_EMIT completeChanged();
}

void CheckProgressWizardPage::cleanupPage()
{
    // Back to the symptoms: nothing keeps running for a list nobody looks at.
    m_wizard->runner()->cancel();
}

bool CheckProgressWizardPage::isComplete() const
{
    const CheckRunner *runner = m_wizard->runner();
    return !runner->isRunning() && runner->finishedCount() == runner->checks().size()
        && !runner->checks().isEmpty();
}

void CheckProgressWizardPage::onFinished()
{
    const DiagnosticReport report = m_wizard->report();
    m_status->setText(tr("Done: %1. Next shows what to do about each problem.").arg(report.summaryLine()));
    Q_EMIT completeChanged();
    if (m_wizard->currentPage() == this) {
        if (QAbstractButton *next = m_wizard->button(QWizard::NextButton))
            next->setFocus(Qt::OtherFocusReason);
    }
}

} // namespace Wharf
