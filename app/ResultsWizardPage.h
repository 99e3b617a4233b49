// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "MessageBannerArea.h"

#include "diagnostics/CheckResult.h"

#include <QList>
#include <QWizardPage>

class QLabel;
class QPushButton;
class QScrollArea;
class QVBoxLayout;

namespace Wharf {

class CheckDetailsView;
class CheckProgressWidget;
class MessageBanner;
class TroubleshootingWizard;

// The wizard's last page: what Wharf found. Failures first, then warnings, each with its
// evidence, its fix and the commands to copy; the checks that passed or do not apply in one
// line each. Re-run (in place), Copy Report, Save Diagnostics Bundle.
class ResultsWizardPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit ResultsWizardPage(TroubleshootingWizard *wizard);

    void initializePage() override;

    // The problems shown in detail, in the order shown (failed, then warnings).
    const QList<CheckResult> &shownResults() const { return m_shown; }
    QList<CheckDetailsView *> detailViews() const { return m_views; }

    void rerun();
    void copyReport();
    // Writes the diagnostics bundle to path; a banner on this page says how it went.
    bool saveBundle(const QString &path);
    QList<MessageBanner *> banners() const { return m_bannerArea->banners(); }
    MessageBannerArea *bannerArea() const { return m_bannerArea; }

private:
    void rebuild();
    void updateButtons();

    TroubleshootingWizard *m_wizard;
    MessageBannerArea *m_bannerArea;
    QScrollArea *m_scroll;
    CheckProgressWidget *m_progress;
    QPushButton *m_rerun;
    QPushButton *m_copyReport;
    QPushButton *m_saveBundle;
    QList<CheckResult> m_shown;
    QList<CheckDetailsView *> m_views;
};

} // namespace Wharf
