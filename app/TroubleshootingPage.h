// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "MessageBannerArea.h"

#include "DiagnosticsExport.h"
#include "diagnostics/DiagnosticOptions.h"
#include "diagnostics/DiagnosticReport.h"
#include "diagnostics/HostEnvironment.h"
#include "diagnostics/Symptom.h"

#include <QPointer>
#include <QWidget>
#include <chrono>
#include <optional>

class QAction;
class QLabel;
class QPushButton;
class QSplitter;
class QTreeView;
class QVBoxLayout;

namespace Wharf {

class CheckDetailsView;
class CheckProgressWidget;
class CheckResultModel;
class CheckRunner;
class MessageBanner;
class TroubleshootingWizard;

// The Troubleshooting page: every diagnostic check, grouped (Engines, CVMFS, Host security,
// ...), with its status; the selected check's evidence, fix and commands beside it. Run
// Checks (F5), Start the Wizard, Copy Report, Save Diagnostics Bundle.
//
// The checks run when the page is first shown or when asked, never at start-up, and never
// on the GUI thread's time: the runner's checks answer asynchronously.
class TroubleshootingPage : public QWidget
{
    Q_OBJECT

public:
    explicit TroubleshootingPage(QWidget *parent = nullptr);
    ~TroubleshootingPage() override;

    // What the checks read; the real computer (HostEnvironment::fromSystem) when not set.
    void setEnvironment(const HostEnvironment &environment);
    HostEnvironment environment() const;
    // Options for the next run (and for wizards opened from here).
    void setOptions(const DiagnosticOptions &options);
    void setCheckTimeout(std::chrono::milliseconds timeout);
    void setEngineLinesProvider(DiagnosticsExport::EngineLinesProvider provider);

    CheckRunner *runner() const { return m_runner; }
    CheckResultModel *model() const { return m_model; }
    QTreeView *treeView() const { return m_tree; }
    CheckDetailsView *detailsView() const { return m_details; }
    CheckProgressWidget *progressWidget() const { return m_progress; }
    QAction *runAction() const { return m_runAction; }
    QList<MessageBanner *> banners() const { return m_bannerArea->banners(); }
    MessageBannerArea *bannerArea() const { return m_bannerArea; }
    // The wizard opened from here, while it is open.
    TroubleshootingWizard *wizard() const;
    // Whether the checks ran (or run) at least once.
    bool hasRun() const { return m_hasRun; }

    DiagnosticReport report() const;

public Q_SLOTS:
    void runChecks();
    // Runs the checks and then selects the check `checkId` ("selinux"), to show its result.
    void runChecksAndShow(const QString &checkId);
    void cancelChecks();
    void copyReport();
    // Asks where to save, then saveBundle().
    void chooseBundleFile();
    // Writes the diagnostics bundle to path; a banner says where, or what went wrong.
    bool saveBundle(const QString &path);
    // Opens the wizard (or brings the open one back) with symptom preselected.
    TroubleshootingWizard *startWizard(std::optional<Wharf::Symptom> symptom = std::nullopt);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void updateDetails();
    void updateActions();
    void onFinished();

    mutable std::optional<HostEnvironment> m_environment;
    DiagnosticOptions m_options;
    bool m_checksStale = true; // the runner's checks were made with other options
    DiagnosticsExport::EngineLinesProvider m_engineLines;
    CheckRunner *m_runner;
    CheckResultModel *m_model;
    QLabel *m_summary;
    QPushButton *m_copyButton;
    QPushButton *m_bundleButton;
    QPushButton *m_wizardButton;
    QPushButton *m_runButton;
    CheckProgressWidget *m_progress;
    MessageBannerArea *m_bannerArea;
    QSplitter *m_splitter;
    QTreeView *m_tree;
    CheckDetailsView *m_details;
    QAction *m_runAction;
    QAction *m_cancelAction;
    QPointer<TroubleshootingWizard> m_wizard;
    bool m_hasRun = false;
    QString m_checkToShow;
};

} // namespace Wharf
