// SPDX-License-Identifier: Apache-2.0
#include "CheckDetailsView.h"

#include "CheckStatusIcons.h"
#include "DialogLabels.h"
#include "base/ShellQuote.h"
#include "diagnostics/ErrorCatalogue.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

QLabel *heading(const QString &text, QWidget *parent, const QString &objectName)
{
    auto *label = new QLabel(text, parent);
    label->setObjectName(objectName);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    return label;
}

} // namespace

CheckDetailsView::CheckDetailsView(QWidget *parent)
    : QWidget(parent)
    , m_placeholder(DialogLabels::selectable(this, u"placeholderLabel"_s))
    , m_header(new QWidget(this))
    , m_icon(new QLabel(m_header))
    , m_title(DialogLabels::selectable(m_header, u"checkTitleLabel"_s))
    , m_status(new QLabel(m_header))
    , m_summary(DialogLabels::selectable(this, u"checkSummaryLabel"_s))
    , m_evidenceHeading(heading(tr("What Wharf found"), this, u"evidenceHeadingLabel"_s))
    , m_evidence(DialogLabels::selectable(this, u"evidenceLabel"_s))
    , m_fixHeading(heading(tr("How to fix it"), this, u"fixHeadingLabel"_s))
    , m_fixSteps(DialogLabels::selectable(this, u"fixStepsLabel"_s))
    , m_commands(new QWidget(this))
    , m_commandsLayout(new QVBoxLayout(m_commands))
    , m_catalogueTitle(heading(QString(), this, u"catalogueTitleLabel"_s))
    , m_catalogueCause(DialogLabels::selectable(this, u"catalogueCauseLabel"_s))
    , m_links(new QLabel(this))
{
    setObjectName(u"checkDetailsView"_s);
    setAccessibleName(tr("Details of the check"));

    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setAccessibleName(tr("Check"));
    m_status->setObjectName(u"checkStatusLabel"_s);
    m_status->setAccessibleName(tr("Status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAccessibleName(tr("What was found"));
    m_evidence->setAccessibleName(tr("Evidence"));
    m_fixSteps->setAccessibleName(tr("How to fix it"));
    m_catalogueCause->setAccessibleName(tr("Why it happens"));
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_icon->setAlignment(Qt::AlignTop);

    auto *headerText = new QVBoxLayout;
    headerText->setSpacing(2);
    headerText->addWidget(m_title);
    headerText->addWidget(m_status);
    auto *headerLayout = new QHBoxLayout(m_header);
    headerLayout->setContentsMargins(0, 0, 0, 0);
    headerLayout->addWidget(m_icon, 0, Qt::AlignTop);
    headerLayout->addLayout(headerText, 1);

    m_commandsLayout->setContentsMargins(0, 0, 0, 0);
    m_links->setObjectName(u"linksLabel"_s);
    m_links->setTextFormat(Qt::RichText);
    m_links->setOpenExternalLinks(true);
    m_links->setWordWrap(true);
    m_links->setTextInteractionFlags(Qt::TextBrowserInteraction);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_placeholder);
    layout->addWidget(m_header);
    layout->addWidget(m_summary);
    layout->addSpacing(4);
    layout->addWidget(m_evidenceHeading);
    layout->addWidget(m_evidence);
    layout->addSpacing(4);
    layout->addWidget(m_fixHeading);
    layout->addWidget(m_fixSteps);
    layout->addWidget(m_commands);
    layout->addSpacing(4);
    layout->addWidget(m_catalogueTitle);
    layout->addWidget(m_catalogueCause);
    layout->addWidget(m_links);
    layout->addStretch(1);

    setPlaceholder(tr("Select a check to see what it found and how to fix it."));
}

void CheckDetailsView::setResult(const CheckResult &result)
{
    m_result = result;
    m_placeholder->hide();
    const QIcon icon = CheckStatusIcons::icon(result.status, style());
    showHeader(icon, result.title, checkStatusLabel(result.status));
    m_summary->setText(result.summary);
    m_summary->setVisible(!result.summary.isEmpty());

    QStringList evidence;
    for (const QString &line : result.evidence)
        evidence << u"• "_s + line;
    m_evidence->setText(evidence.join(u'\n'));
    m_evidenceHeading->setVisible(!evidence.isEmpty());
    m_evidence->setVisible(!evidence.isEmpty());

    QStringList steps;
    int number = 0;
    for (const QString &step : result.fixSteps)
        steps << u"%1. %2"_s.arg(++number).arg(step);
    m_fixSteps->setText(steps.join(u'\n'));
    const bool hasFix = !steps.isEmpty() || !result.fixCommands.isEmpty();
    m_fixHeading->setVisible(hasFix);
    m_fixSteps->setVisible(!steps.isEmpty());

    clearCommands();
    for (const QStringList &command : result.fixCommands) {
        if (!command.isEmpty())
            addCommandRow(ShellQuote::join(command));
    }
    m_commands->setVisible(!m_commandLines.isEmpty());
    showCatalogueEntry(result.catalogueId);
}

void CheckDetailsView::setPending(const QString &title, const QString &stateText)
{
    m_result.reset();
    m_placeholder->hide();
    showHeader(QIcon(), title, stateText);
    const QList<QWidget *> body{m_summary, m_evidenceHeading, m_evidence, m_fixHeading, m_fixSteps,
                                m_commands, m_catalogueTitle, m_catalogueCause, m_links};
    for (QWidget *widget : body)
        widget->hide();
    clearCommands();
}

void CheckDetailsView::setPlaceholder(const QString &text)
{
    setPending(QString(), QString());
    m_header->hide();
    m_placeholder->setText(text);
    m_placeholder->show();
}

void CheckDetailsView::showHeader(const QIcon &icon, const QString &title, const QString &status)
{
    const int extent = style()->pixelMetric(QStyle::PM_LargeIconSize);
    m_icon->setPixmap(icon.isNull() ? QPixmap() : icon.pixmap(extent, extent));
    m_icon->setVisible(!icon.isNull());
    m_title->setText(title);
    m_status->setText(status);
    m_header->show();
}

void CheckDetailsView::clearCommands()
{
    m_commandLines.clear();
    while (QLayoutItem *item = m_commandsLayout->takeAt(0)) {
        if (QLayout *row = item->layout()) {
            while (QLayoutItem *inner = row->takeAt(0)) {
                delete inner->widget();
                delete inner;
            }
        }
        delete item->widget();
        delete item;
    }
}

void CheckDetailsView::addCommandRow(const QString &line)
{
    m_commandLines.append(line);
    auto *row = new QHBoxLayout;
    QLabel *label = DialogLabels::selectable(m_commands, u"commandLabel"_s);
    label->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    label->setText(line);
    label->setAccessibleName(tr("Command"));
    auto *copy = new QPushButton(tr("Copy"), m_commands);
    copy->setObjectName(u"copyCommandButton"_s);
    copy->setAccessibleName(tr("Copy command %1").arg(line));
    copy->setToolTip(tr("Copy this command, to paste it into a terminal"));
    connect(copy, &QPushButton::clicked, this, [line] { QApplication::clipboard()->setText(line); });
    row->addWidget(label, 1);
    row->addWidget(copy, 0, Qt::AlignTop);
    m_commandsLayout->addLayout(row);
}

void CheckDetailsView::showCatalogueEntry(const QString &id)
{
    const KnownError *entry = id.isEmpty() ? nullptr : ErrorCatalogue::builtIn().entry(id);
    m_catalogueTitle->setVisible(entry);
    m_catalogueCause->setVisible(entry);
    m_links->setVisible(entry && !entry->links().isEmpty());
    if (!entry)
        return;
    m_catalogueTitle->setText(tr("Known problem: %1").arg(entry->title()));
    m_catalogueCause->setText(entry->cause());
    QStringList anchors;
    for (const KnownErrorLink &link : entry->links())
        anchors << u"<a href=\"%1\">%2</a>"_s.arg(link.url.toHtmlEscaped(), link.title.toHtmlEscaped());
    m_links->setText(tr("Read more: %1").arg(anchors.join(u" · "_s)));
}

} // namespace Wharf
