// SPDX-License-Identifier: Apache-2.0
#include "CheckProgressWidget.h"

#include "diagnostics/CheckRunner.h"

#include <QHBoxLayout>
#include <QProgressBar>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Wharf {

CheckProgressWidget::CheckProgressWidget(QWidget *parent)
    : QWidget(parent)
    , m_bar(new QProgressBar(this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setObjectName(u"checkProgressWidget"_s);
    setAccessibleName(tr("Progress of the checks"));
    m_bar->setObjectName(u"checkProgressBar"_s);
    m_bar->setAccessibleName(tr("Progress of the checks"));
    m_bar->setTextVisible(true);
    m_bar->setMinimumWidth(220);
    m_cancel->setObjectName(u"cancelChecksButton"_s);
    m_cancel->setToolTip(tr("Stop the checks that are still running"));
    m_cancel->setAccessibleName(tr("Cancel the checks"));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_bar, 1);
    layout->addWidget(m_cancel);
    refresh();
}

void CheckProgressWidget::attach(CheckRunner *runner)
{
    if (m_runner)
        m_runner->disconnect(this);
    m_cancel->disconnect(this);
    m_runner = runner;
    if (runner) {
        connect(runner, &CheckRunner::checkStarted, this, &CheckProgressWidget::refresh);
        connect(runner, &CheckRunner::checkFinished, this, &CheckProgressWidget::refresh);
        connect(runner, &CheckRunner::finished, this, &CheckProgressWidget::refresh);
        connect(m_cancel, &QPushButton::clicked, runner, &CheckRunner::cancel);
    }
    refresh();
}

void CheckProgressWidget::setHidesWhenIdle(bool hides)
{
    m_hidesWhenIdle = hides;
    refresh();
}

QString CheckProgressWidget::text() const
{
    const int total = m_runner ? int(m_runner->checks().size()) : 0;
    const int done = m_runner ? m_runner->finishedCount() : 0;
    // Two source texts: tr() picks plural forms only from a loaded translation.
    //: Progress of the diagnostic checks: "3 of 11 checks done"
    return (total == 1 ? tr("%1 of %n check done", nullptr, total) : tr("%1 of %n checks done", nullptr, total))
        .arg(done);
}

void CheckProgressWidget::refresh()
{
    const bool running = m_runner && m_runner->isRunning();
    const int total = m_runner ? int(m_runner->checks().size()) : 0;
    m_bar->setRange(0, qMax(total, 1));
    m_bar->setValue(m_runner ? m_runner->finishedCount() : 0);
    m_bar->setFormat(text());
    m_bar->setAccessibleDescription(text());
    m_cancel->setEnabled(running);
    setVisible(running || !m_hidesWhenIdle);
}

} // namespace Wharf
