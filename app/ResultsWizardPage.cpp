// SPDX-License-Identifier: Apache-2.0
#include "ResultsWizardPage.h"

#include "CheckDetailsView.h"
#include "CheckProgressWidget.h"
#include "DialogLabels.h"
#include "DiagnosticsExport.h"
#include "MessageBanner.h"
#include "TroubleshootingWizard.h"
#include "diagnostics/CheckRunner.h"

#include <QApplication>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace Wharf {

ResultsWizardPage::ResultsWizardPage(TroubleshootingWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_bannerArea(new MessageBannerArea(this))
    , m_scroll(new QScrollArea(this))
    , m_progress(new CheckProgressWidget(this))
    , m_rerun(new QPushButton(tr("&Re-run"), this))
    , m_copyReport(new QPushButton(tr("&Copy Report"), this))
    , m_saveBundle(new QPushButton(tr("&Save Diagnostics Bundle…"), this))
{
    setObjectName(u"resultsWizardPage"_s);
    setTitle(tr("What Wharf found"));
    setFinalPage(true);

    m_scroll->setObjectName(u"resultsScrollArea"_s);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setFocusPolicy(Qt::NoFocus); // Tab goes through the labels and buttons inside

    m_rerun->setObjectName(u"rerunButton"_s);
    m_rerun->setToolTip(tr("Run the same checks again, after you tried a fix"));
    m_copyReport->setObjectName(u"copyReportButton"_s);
    m_copyReport->setToolTip(tr("Copy the results as Markdown (secrets removed), to paste into a ticket"));
    m_saveBundle->setObjectName(u"saveBundleButton"_s);
    m_saveBundle->setToolTip(tr("Save the results, the engines, the settings and the recent log in one file "
                                "to attach to a ticket; secrets are removed"));
    // None of these may take Return from the wizard's Finish button.
    for (QPushButton *button : {m_rerun, m_copyReport, m_saveBundle})
        button->setAutoDefault(false);
    connect(m_rerun, &QPushButton::clicked, this, &ResultsWizardPage::rerun);
    connect(m_copyReport, &QPushButton::clicked, this, &ResultsWizardPage::copyReport);
    connect(m_saveBundle, &QPushButton::clicked, this, [this] {
        DiagnosticsExport::chooseBundlePath(this, [this](const QString &path) { saveBundle(path); });
    });

    m_progress->attach(wizard->runner());
    connect(wizard->runner(), &CheckRunner::checkStarted, this, &ResultsWizardPage::updateButtons);
    connect(wizard->runner(), &CheckRunner::finished, this, [this] {
        if (m_wizard->currentPage() == this)
            rebuild();
    });

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_rerun);
    buttons->addWidget(m_progress, 1);
    buttons->addStretch();
    buttons->addWidget(m_copyReport);
    buttons->addWidget(m_saveBundle);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_bannerArea);
    layout->addWidget(m_scroll, 1);
    layout->addLayout(buttons);
}

void ResultsWizardPage::initializePage()
{
    rebuild();
}

void ResultsWizardPage::rebuild()
{
    const QList<CheckResult> results = m_wizard->runner()->results();
    const DiagnosticReport report = m_wizard->report();
    setSubTitle(report.results().isEmpty() ? tr("No check has answered.")
                                           : tr("%1. Problems first, each with how to fix it.").arg(report.summaryLine()));

    // Failures, then warnings; within each, the order of the checks.
    m_shown.clear();
    for (const CheckResult &result : results) {
        if (result.status == CheckStatus::Failed || result.status == CheckStatus::Warning)
            m_shown.append(result);
    }
    std::stable_sort(m_shown.begin(), m_shown.end(), [](const CheckResult &a, const CheckResult &b) {
        return checkStatusSeverity(a.status) > checkStatusSeverity(b.status);
    });

    // A new content widget each time: the old one, and the views in it, go at once.
    m_views.clear();
    auto *content = new QWidget;
    content->setObjectName(u"resultsContentWidget"_s);
    auto *layout = new QVBoxLayout(content);
    if (m_shown.isEmpty()) {
        QLabel *none = DialogLabels::selectable(content, u"noProblemLabel"_s);
        none->setText(tr("Wharf found no problem here. If it still goes wrong, copy the report or save the "
                         "diagnostics bundle and ask for help: they show what was checked."));
        layout->addWidget(none);
    }
    for (const CheckResult &result : std::as_const(m_shown)) {
        auto *frame = new QFrame(content);
        frame->setObjectName(u"resultFrame"_s);
        frame->setFrameShape(QFrame::StyledPanel);
        auto *frameLayout = new QVBoxLayout(frame);
        frameLayout->setContentsMargins(4, 4, 4, 4);
        auto *view = new CheckDetailsView(frame);
        view->setResult(result);
        view->setAccessibleName(tr("%1: %2").arg(checkStatusLabel(result.status), result.title));
        frameLayout->addWidget(view);
        layout->addWidget(frame);
        m_views.append(view);
    }
    const auto titlesWith = [&results](CheckStatus status) {
        QStringList titles;
        for (const CheckResult &result : results) {
            if (result.status == status)
                titles.append(result.title);
        }
        return titles;
    };
    const struct
    {
        CheckStatus status;
        QString text;
        QString objectName;
    } others[] = {
        {CheckStatus::Cancelled, tr("Cancelled before they answered: %1."), u"cancelledChecksLabel"_s},
        {CheckStatus::Ok, tr("No problem: %1."), u"passedChecksLabel"_s},
        {CheckStatus::NotApplicable, tr("Not applicable on this computer: %1."), u"notApplicableChecksLabel"_s},
    };
    for (const auto &other : others) {
        const QStringList titles = titlesWith(other.status);
        if (titles.isEmpty())
            continue;
        QLabel *label = DialogLabels::selectable(content, other.objectName);
        label->setText(other.text.arg(titles.join(tr(", "))));
        layout->addWidget(label);
    }
    layout->addStretch(1);
    delete m_scroll->takeWidget();
    m_scroll->setWidget(content);
    updateButtons();

    // The new content is made last, so Tab would reach it after the wizard's buttons: put its
    // links and buttons where it shows, right before Re-run.
    QWidget *previous = m_rerun->previousInFocusChain();
    while (previous != m_rerun && (content->isAncestorOf(previous) || !(previous->focusPolicy() & Qt::TabFocus)))
        previous = previous->previousInFocusChain();
    QList<QWidget *> stops;
    const QList<QWidget *> children = content->findChildren<QWidget *>();
    for (QWidget *child : children) {
        if ((child->focusPolicy() & Qt::TabFocus) && !child->focusProxy())
            stops.append(child);
    }
    if (previous != m_rerun) {
        for (QWidget *stop : std::as_const(stops)) {
            setTabOrder(previous, stop);
            previous = stop;
        }
    }
    stops << m_rerun << m_copyReport << m_saveBundle;
    // Reaching this page with Next (hidden now) or rebuilding under the focus leaves no focus:
    // give it to the first result, once shown.
    QTimer::singleShot(0, this, [this, stops = QList<QPointer<QWidget>>(stops.cbegin(), stops.cend())] {
        const QWidget *focus = QApplication::focusWidget();
        if (!isVisible() || (focus && focus->isVisible() && window()->isAncestorOf(focus)))
            return;
        for (const QPointer<QWidget> &stop : stops) {
            if (stop && stop->isVisible() && stop->isEnabled()) {
                stop->setFocus(Qt::TabFocusReason);
                return;
            }
        }
    });
}

void ResultsWizardPage::updateButtons()
{
    const bool running = m_wizard->runner()->isRunning();
    m_rerun->setEnabled(!running);
    m_copyReport->setEnabled(!running);
    m_saveBundle->setEnabled(!running);
}

void ResultsWizardPage::rerun()
{
    m_wizard->startChecks();
    updateButtons();
}

void ResultsWizardPage::copyReport()
{
    DiagnosticsExport::copyToClipboard(m_wizard->report());
}

bool ResultsWizardPage::saveBundle(const QString &path)
{
    const VoidResult result = DiagnosticsExport::writeBundle(path, m_wizard->report(), m_wizard->engineLinesProvider());
    DiagnosticsExport::showBundleBanner(m_bannerArea, result, path);
    return result.ok();
}

} // namespace Wharf
