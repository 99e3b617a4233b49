// SPDX-License-Identifier: Apache-2.0
#include "TroubleshootingPage.h"

#include "DesktopNotifier.h"
#include "CheckDetailsView.h"
#include "CheckProgressWidget.h"
#include "CheckStatusDelegate.h"
#include "DialogLabels.h"
#include "MessageBanner.h"
#include "TroubleshootingWizard.h"
#include "diagnostics/CheckRunner.h"
#include "diagnostics/DiagnosticSuite.h"
#include "models/CheckResultModel.h"

#include <QAction>
#include <utility>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Wharf {

TroubleshootingPage::TroubleshootingPage(QWidget *parent)
    : QWidget(parent)
    , m_runner(new CheckRunner(this))
    , m_model(new CheckResultModel(this))
    , m_summary(DialogLabels::selectable(this, u"summaryLabel"_s))
    , m_copyButton(new QPushButton(tr("Copy Report"), this))
    , m_bundleButton(new QPushButton(tr("Save Diagnostics Bundle…"), this))
    , m_wizardButton(new QPushButton(tr("Start the Wizard…"), this))
    , m_runButton(new QPushButton(tr("Run Checks"), this))
    , m_progress(new CheckProgressWidget(this))
    , m_bannerArea(new MessageBannerArea(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_tree(new QTreeView(this))
    , m_details(new CheckDetailsView(this))
{
    setObjectName(u"troubleshootingPage"_s);
    setAccessibleName(tr("Troubleshooting"));
    m_model->attach(m_runner);

    m_runAction = new QAction(style()->standardIcon(QStyle::SP_BrowserReload), tr("Run Checks"), this);
    m_runAction->setObjectName(u"runChecksAction"_s);
    m_runAction->setShortcut(QKeySequence(Qt::Key_F5));
    m_runAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_runAction, &QAction::triggered, this, &TroubleshootingPage::runChecks);
    m_cancelAction = new QAction(tr("Cancel"), this);
    m_cancelAction->setObjectName(u"cancelChecksAction"_s);
    m_cancelAction->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(m_cancelAction, &QAction::triggered, this, &TroubleshootingPage::cancelChecks);
    addActions({m_runAction, m_cancelAction});

    // Toolbar: what the last run found ... Copy, Save, Wizard, Run Checks (the primary action).
    m_summary->setText(tr("Wharf checks this computer for what usually breaks containers with CVMFS: the "
                          "engines, /cvmfs, FUSE, SELinux, Docker Desktop, Apptainer."));
    m_summary->setAccessibleName(tr("Summary of the checks"));
    m_copyButton->setObjectName(u"copyReportButton"_s);
    m_copyButton->setToolTip(tr("Copy the results as Markdown (secrets removed), to paste into a ticket"));
    connect(m_copyButton, &QPushButton::clicked, this, &TroubleshootingPage::copyReport);
    m_bundleButton->setObjectName(u"saveBundleButton"_s);
    m_bundleButton->setToolTip(tr("Save the results, the engines, the settings and the recent log in one file "
                                  "to attach to a ticket; secrets are removed"));
    connect(m_bundleButton, &QPushButton::clicked, this, &TroubleshootingPage::chooseBundleFile);
    m_wizardButton->setObjectName(u"startWizardButton"_s);
    m_wizardButton->setToolTip(tr("Say what goes wrong and run the checks that matter for it"));
    connect(m_wizardButton, &QPushButton::clicked, this, [this] { startWizard(); });
    m_runButton->setObjectName(u"runChecksButton"_s);
    m_runButton->setIcon(m_runAction->icon());
    m_runButton->setToolTip(tr("Run every check again (F5)"));
    connect(m_runButton, &QPushButton::clicked, m_runAction, &QAction::trigger);
    m_progress->attach(m_runner);
    m_progress->cancelButton()->setToolTip(tr("Stop the checks that are still running (Esc)"));

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_summary, 1);
    toolbar->addSpacing(12);
    toolbar->addWidget(m_copyButton, 0, Qt::AlignTop);
    toolbar->addWidget(m_bundleButton, 0, Qt::AlignTop);
    toolbar->addWidget(m_wizardButton, 0, Qt::AlignTop);
    toolbar->addWidget(m_runButton, 0, Qt::AlignTop);

    // The checks, grouped.
    m_tree->setObjectName(u"checksTreeView"_s);
    m_tree->setAccessibleName(tr("Checks"));
    m_tree->setModel(m_model);
    m_tree->setItemDelegate(new CheckStatusDelegate(m_tree));
    m_tree->setUniformRowHeights(true);
    m_tree->setAllColumnsShowFocus(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setColumnWidth(CheckResultModel::TitleColumn, 260);
    m_tree->setColumnWidth(CheckResultModel::StatusColumn, 130);
    connect(m_model, &QAbstractItemModel::modelReset, m_tree, [this] {
        m_tree->expandAll();
        // The titles whole; the summary takes the rest (its tooltip has all of it).
        m_tree->resizeColumnToContents(CheckResultModel::TitleColumn);
        m_tree->setColumnWidth(CheckResultModel::TitleColumn, m_tree->columnWidth(CheckResultModel::TitleColumn) + 16);
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &TroubleshootingPage::updateDetails);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const QModelIndex current = m_tree->currentIndex();
                if (current.isValid() && current.parent() == topLeft.parent() && current.row() >= topLeft.row()
                    && current.row() <= bottomRight.row())
                    updateDetails();
            });

    auto *detailsScroll = new QScrollArea(this);
    detailsScroll->setObjectName(u"detailsScrollArea"_s);
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setWidget(m_details);
    detailsScroll->setFocusPolicy(Qt::NoFocus); // Tab goes into the labels and Copy buttons

    m_splitter->setObjectName(u"troubleshootingSplitter"_s);
    m_splitter->addWidget(m_tree);
    m_splitter->addWidget(detailsScroll);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    m_splitter->setSizes({640, 440});
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(toolbar);
    layout->addWidget(m_progress);
    layout->addWidget(m_bannerArea);
    layout->addWidget(m_splitter, 1);

    connect(m_runner, &CheckRunner::checkStarted, this, &TroubleshootingPage::updateActions);
    connect(m_runner, &CheckRunner::finished, this, &TroubleshootingPage::onFinished);
    updateActions();
}

TroubleshootingPage::~TroubleshootingPage()
{
    // The runner deletes its checks when it goes, and the model, attached to it, resets: with
    // the children deleted in creation order that would reach this object's slots after its
    // own destructor ran. The model goes first, while this object is whole.
    delete m_model;
}

void TroubleshootingPage::setEnvironment(const HostEnvironment &environment)
{
    m_environment = environment;
}

HostEnvironment TroubleshootingPage::environment() const
{
    if (!m_environment)
        m_environment = HostEnvironment::fromSystem();
    return *m_environment;
}

void TroubleshootingPage::setOptions(const DiagnosticOptions &options)
{
    m_options = options;
    m_checksStale = true;
}

void TroubleshootingPage::setCheckTimeout(std::chrono::milliseconds timeout)
{
    m_runner->setTimeout(timeout);
}

void TroubleshootingPage::setEngineLinesProvider(DiagnosticsExport::EngineLinesProvider provider)
{
    m_engineLines = std::move(provider);
}

TroubleshootingWizard *TroubleshootingPage::wizard() const
{
    return m_wizard;
}

DiagnosticReport TroubleshootingPage::report() const
{
    return DiagnosticsExport::report(m_runner->results(), std::nullopt, environment());
}

void TroubleshootingPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The first look at the page starts the checks; nothing runs before (not at start-up).
    if (!m_hasRun)
        runChecks();
}

void TroubleshootingPage::runChecks()
{
    if (m_runner->isRunning())
        return;
    if (m_checksStale) {
        m_runner->setChecks(DiagnosticSuite::createFor(std::nullopt, m_options));
        m_model->refreshChecks();
        m_checksStale = false;
    }
    m_hasRun = true;
    m_summary->setText(tr("Checking this computer…"));
    m_runner->start(environment());
    updateActions();
}

void TroubleshootingPage::cancelChecks()
{
    m_runner->cancel();
}

void TroubleshootingPage::copyReport()
{
    DiagnosticsExport::copyToClipboard(report());
}

void TroubleshootingPage::chooseBundleFile()
{
    DiagnosticsExport::chooseBundlePath(this, [this](const QString &path) { saveBundle(path); });
}

bool TroubleshootingPage::saveBundle(const QString &path)
{
    const VoidResult result = DiagnosticsExport::writeBundle(path, report(), m_engineLines);
    DiagnosticsExport::showBundleBanner(m_bannerArea, result, path);
    return result.ok();
}

TroubleshootingWizard *TroubleshootingPage::startWizard(std::optional<Symptom> symptom)
{
    if (m_wizard && !m_wizard->isVisible()) {
        // Closed, and about to be deleted: a new one below.
        m_wizard->disconnect(this);
        m_wizard = nullptr;
    }
    if (m_wizard) {
        // Already open: start over with the new symptom rather than open a second one.
        if (symptom) {
            m_wizard->restart();
            m_wizard->preselectSymptom(symptom);
        }
    } else {
        m_wizard = new TroubleshootingWizard(window());
        m_wizard->setAttribute(Qt::WA_DeleteOnClose);
        if (m_environment)
            m_wizard->setEnvironment(*m_environment);
        m_wizard->setOptions(m_options);
        m_wizard->setCheckTimeout(m_runner->timeout());
        m_wizard->setEngineLinesProvider(m_engineLines);
        m_wizard->preselectSymptom(symptom);
    }
    m_wizard->show();
    m_wizard->raise();
    m_wizard->activateWindow();
    return m_wizard;
}

void TroubleshootingPage::updateDetails()
{
    const QModelIndex current = m_tree->currentIndex();
    const int check = m_model->checkAt(current);
    if (check < 0) {
        if (current.isValid()) {
            const QModelIndex group = current.siblingAtColumn(CheckResultModel::TitleColumn);
            m_details->setPlaceholder(tr("%1: %2. Select one of its checks to see what it found and how to fix it.")
                                          .arg(group.data().toString(),
                                               group.siblingAtColumn(CheckResultModel::SummaryColumn).data().toString()));
        } else {
            m_details->setPlaceholder(tr("Select a check to see what it found and how to fix it."));
        }
        return;
    }
    const QModelIndex row = m_model->indexOfCheck(check);
    if (m_model->state(check) == CheckResultModel::State::Finished) {
        m_details->setResult(row.data(CheckResultModel::ResultRole).value<CheckResult>());
    } else {
        m_details->setPending(row.data().toString(),
                              row.siblingAtColumn(CheckResultModel::StatusColumn).data().toString());
    }
}

void TroubleshootingPage::updateActions()
{
    const bool running = m_runner->isRunning();
    const bool haveResults = !running && !m_runner->results().isEmpty();
    m_runAction->setEnabled(!running);
    m_runButton->setEnabled(!running);
    m_cancelAction->setEnabled(running);
    m_copyButton->setEnabled(haveResults);
    m_bundleButton->setEnabled(!running);
}

void TroubleshootingPage::runChecksAndShow(const QString &checkId)
{
    m_checkToShow = checkId;
    runChecks();
}

void TroubleshootingPage::onFinished()
{
    const DiagnosticReport finished = report();
    m_summary->setText(tr("%1. Checked at %2.")
                           .arg(finished.summaryLine(),
                                QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    DesktopNotifier::notifyIfAway(this, DesktopNotifier::Kind::Information, tr("The checks are done"),
                                  finished.summaryLine());
    updateActions();
    const QString wanted = std::exchange(m_checkToShow, QString());
    for (int i = 0; i < m_model->checkCount() && !wanted.isEmpty(); ++i) {
        if (m_model->indexOfCheck(i).data(CheckResultModel::CheckIdRole).toString() == wanted) {
            m_tree->selectionModel()->setCurrentIndex(m_model->indexOfCheck(i),
                                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            m_tree->scrollTo(m_model->indexOfCheck(i));
        }
    }
    // Point at the first problem when the user has not chosen a row yet.
    if (!m_tree->currentIndex().isValid() || m_model->checkAt(m_tree->currentIndex()) < 0) {
        int first = -1;
        for (int i = 0; i < m_model->checkCount() && first < 0; ++i) {
            const QVariant status = m_model->indexOfCheck(i).data(CheckResultModel::StatusRole);
            if (status.isValid() && CheckStatus(status.toInt()) == CheckStatus::Failed)
                first = i;
        }
        for (int i = 0; i < m_model->checkCount() && first < 0; ++i) {
            const QVariant status = m_model->indexOfCheck(i).data(CheckResultModel::StatusRole);
            if (status.isValid() && CheckStatus(status.toInt()) == CheckStatus::Warning)
                first = i;
        }
        if (first >= 0)
            m_tree->selectionModel()->setCurrentIndex(m_model->indexOfCheck(first),
                                                      QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    }
    updateDetails();
}

} // namespace Wharf
