// SPDX-License-Identifier: Apache-2.0
#include "ErrorExplanationView.h"

#include "DialogLabels.h"
#include "TroubleshootingLauncher.h"

#include "base/Error.h"
#include "base/ShellQuote.h"
#include "diagnostics/ErrorCatalogue.h"
#include "diagnostics/ErrorReport.h"

#include <QApplication>
#include <QClipboard>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

QString userName()
{
    return qEnvironmentVariable("USER", qEnvironmentVariable("LOGNAME"));
}

QLabel *boldLabel(const QString &text, QWidget *parent, const QString &objectName)
{
    QLabel *label = DialogLabels::selectable(parent, objectName);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    label->setText(text);
    return label;
}

} // namespace

ErrorExplanationView::ErrorExplanationView(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QVBoxLayout(this))
{
    setObjectName(u"errorExplanationView"_s);
    m_layout->setContentsMargins(0, 0, 0, 0);
    hide();
}

void ErrorExplanationView::explain(const Error &error, const QString &context)
{
    m_matches = ErrorCatalogue::builtIn().match(error);
    m_text = error.details().isEmpty() ? error.message() : error.message() + u'\n' + error.details();
    m_context = context;
    rebuild();
}

void ErrorExplanationView::explainText(const QString &text, const QString &context)
{
    m_matches = ErrorCatalogue::builtIn().match(text);
    m_text = text;
    m_context = context;
    rebuild();
}

void ErrorExplanationView::clear()
{
    m_matches.clear();
    m_text.clear();
    m_context.clear();
    rebuild();
}

QString ErrorExplanationView::report() const
{
    return ErrorReport::markdown(m_context, m_text, m_matches);
}

std::optional<Symptom> ErrorExplanationView::symptom() const
{
    return m_matches.isEmpty() ? std::nullopt : m_matches.constFirst().entry.symptom();
}

void ErrorExplanationView::troubleshoot()
{
    const std::optional<Symptom> preselected = symptom();
    Q_EMIT troubleshootRequested(preselected);
    if (TroubleshootingLauncher *launcher = TroubleshootingLauncher::forWidget(this))
        launcher->requestWizard(preselected);
}

void ErrorExplanationView::rebuild()
{
    while (QLayoutItem *item = m_layout->takeAt(0)) {
        if (QWidget *widget = item->widget())
            widget->deleteLater();
        else if (QLayout *layout = item->layout()) {
            while (QLayoutItem *inner = layout->takeAt(0)) {
                if (inner->widget())
                    inner->widget()->deleteLater();
                delete inner;
            }
        }
        delete item;
    }
    if (m_text.isEmpty() && m_matches.isEmpty()) {
        hide();
        return;
    }

    if (m_matches.isEmpty()) {
        if (m_showsUnknownText) {
            m_layout->addWidget(boldLabel(tr("Wharf does not know this error yet. What the program said:"),
                                          this, u"unknownErrorLabel"_s));
            QLabel *verbatim = DialogLabels::selectable(this, u"verbatimErrorLabel"_s);
            verbatim->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
            verbatim->setText(m_text);
            verbatim->setAccessibleName(tr("Error text"));
            m_layout->addWidget(verbatim);
        } else {
            QLabel *unknown = DialogLabels::selectable(this, u"unknownErrorLabel"_s);
            unknown->setText(tr("Wharf does not know this error yet: copy the report to ask for help."));
            m_layout->addWidget(unknown);
        }
    } else {
        const KnownError &entry = m_matches.constFirst().entry;
        QLabel *title = boldLabel(tr("What went wrong: %1").arg(entry.title()), this, u"whatWentWrongLabel"_s);
        m_layout->addWidget(title);
        QLabel *cause = DialogLabels::selectable(this, u"causeLabel"_s);
        cause->setText(entry.cause());
        m_layout->addWidget(cause);
        m_layout->addWidget(boldLabel(tr("How to fix it:"), this, u"howToFixLabel"_s));
        QStringList steps;
        int number = 0;
        for (const QString &step : entry.fixSteps())
            steps << u"%1. %2"_s.arg(++number).arg(step);
        QLabel *fix = DialogLabels::selectable(this, u"fixStepsLabel"_s);
        fix->setText(steps.join(u'\n'));
        fix->setAccessibleName(tr("How to fix it"));
        m_layout->addWidget(fix);
        QList<KnownErrorAction> remedies;
        for (const KnownErrorAction &action : entry.actions()) {
            if (action.kind() == KnownErrorAction::Kind::CopyCommand)
                addCommandRow(action.commandFor(userName()));
            else
                remedies << action;
        }
        addRemedyButtons(remedies);
        if (!entry.links().isEmpty()) {
            QStringList anchors;
            for (const KnownErrorLink &link : entry.links())
                anchors << u"<a href=\"%1\">%2</a>"_s.arg(link.url.toHtmlEscaped(), link.title.toHtmlEscaped());
            auto *links = new QLabel(tr("Read more: %1").arg(anchors.join(u" · "_s)), this);
            links->setObjectName(u"linksLabel"_s);
            links->setTextFormat(Qt::RichText);
            links->setOpenExternalLinks(true);
            links->setWordWrap(true);
            links->setTextInteractionFlags(Qt::TextBrowserInteraction);
            m_layout->addWidget(links);
        }
        if (m_matches.size() > 1) {
            QStringList others;
            for (qsizetype i = 1; i < m_matches.size() && i < 4; ++i)
                others << m_matches.at(i).entry.title();
            QLabel *alternatives = DialogLabels::selectable(this, u"otherCausesLabel"_s);
            alternatives->setText(tr("Other possible causes: %1").arg(others.join(u"; "_s)));
            m_layout->addWidget(alternatives);
        }
    }

    auto *buttons = new QHBoxLayout;
    auto *copyReport = new QPushButton(tr("Copy Report"), this);
    copyReport->setObjectName(u"copyReportButton"_s);
    copyReport->setToolTip(tr("Copy the error and its explanation as Markdown, secrets removed"));
    connect(copyReport, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(report()); });
    buttons->addWidget(copyReport);
    auto *troubleshootButton = new QPushButton(tr("Troubleshoot…"), this);
    troubleshootButton->setObjectName(u"troubleshootButton"_s);
    troubleshootButton->setToolTip(tr("Open the troubleshooting wizard, which checks this computer for the usual "
                                      "causes of this kind of failure"));
    connect(troubleshootButton, &QPushButton::clicked, this, &ErrorExplanationView::troubleshoot);
    buttons->addWidget(troubleshootButton);
    buttons->addStretch();
    m_layout->addLayout(buttons);
    show();
}

void ErrorExplanationView::addRemedyButtons(const QList<KnownErrorAction> &actions)
{
    if (actions.isEmpty())
        return;
    auto *row = new QHBoxLayout;
    for (const KnownErrorAction &action : actions) {
        auto *button = new QPushButton(action.label(), this);
        button->setObjectName(u"remedyButton"_s);
        connect(button, &QPushButton::clicked, this, [this, action, button] {
            TroubleshootingLauncher *launcher = TroubleshootingLauncher::forWidget(this);
            if (!launcher) {
                // A view on its own (no window around it) has nobody to ask.
                button->setEnabled(false);
                return;
            }
            switch (action.kind()) {
            case KnownErrorAction::Kind::OpenSettings: launcher->requestSettings(action.page()); break;
            case KnownErrorAction::Kind::StartAutomounter: launcher->requestAutomounterStart(); break;
            case KnownErrorAction::Kind::RerunCheck: launcher->requestCheck(action.check()); break;
            case KnownErrorAction::Kind::CopyCommand: break;
            }
        });
        row->addWidget(button);
    }
    row->addStretch();
    m_layout->addLayout(row);
}

void ErrorExplanationView::addCommandRow(const QStringList &command)
{
    const QString line = ShellQuote::join(command);
    auto *row = new QHBoxLayout;
    QLabel *label = DialogLabels::selectable(this, u"commandLabel"_s);
    label->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    label->setText(line);
    label->setAccessibleName(tr("Command"));
    auto *copy = new QPushButton(tr("Copy"), this);
    copy->setObjectName(u"copyCommandButton"_s);
    copy->setAccessibleName(tr("Copy command %1").arg(line));
    connect(copy, &QPushButton::clicked, this, [line] { QApplication::clipboard()->setText(line); });
    row->addWidget(label, 1);
    row->addWidget(copy, 0, Qt::AlignTop);
    m_layout->addLayout(row);
}

} // namespace Wharf
