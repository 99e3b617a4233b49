// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QWizardPage>

class QLabel;
class QTreeView;

namespace Wharf {

class CheckProgressWidget;
class TroubleshootingWizard;

// The wizard's second page: the checks for the chosen symptom run, each row going from
// waiting to running to its status; Cancel stops them; Next once all have answered.
class CheckProgressWizardPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit CheckProgressWizardPage(TroubleshootingWizard *wizard);

    void initializePage() override;
    void cleanupPage() override;
    bool isComplete() const override;

    QTreeView *treeView() const { return m_tree; }
    CheckProgressWidget *progressWidget() const { return m_progress; }

private:
    void onFinished();

    TroubleshootingWizard *m_wizard;
    QTreeView *m_tree;
    CheckProgressWidget *m_progress;
    QLabel *m_status;
};

} // namespace Wharf
