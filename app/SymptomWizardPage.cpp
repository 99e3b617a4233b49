// SPDX-License-Identifier: Apache-2.0
#include "SymptomWizardPage.h"

#include "DialogLabels.h"
#include "diagnostics/DiagnosticCheck.h"
#include "diagnostics/DiagnosticSuite.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>
#include <QWizard>
#include <memory>

using namespace Qt::StringLiterals;

namespace Wharf {

SymptomWizardPage::SymptomWizardPage(QWidget *parent)
    : QWizardPage(parent)
    , m_list(new QListWidget(this))
    , m_checks(DialogLabels::selectable(this, u"symptomChecksLabel"_s))
{
    setObjectName(u"symptomWizardPage"_s);
    setTitle(tr("What is wrong?"));
    setSubTitle(tr("Pick what you see. Wharf then checks this computer for what usually causes it; "
                   "nothing is changed."));

    auto *prompt = new QLabel(tr("&What happens:"), this);
    prompt->setBuddy(m_list);
    m_list->setObjectName(u"symptomListWidget"_s);
    m_list->setAccessibleName(tr("What is wrong"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    const int rowHeight = m_list->fontMetrics().height() + 14;
    for (const Symptom symptom : allSymptoms()) {
        auto *item = new QListWidgetItem(symptomTitle(symptom), m_list);
        item->setData(Qt::UserRole, int(symptom));
        item->setSizeHint(QSize(0, rowHeight));
    }
    m_list->setFixedHeight(rowHeight * m_list->count() + 2 * m_list->frameWidth() + 4);
    connect(m_list, &QListWidget::itemSelectionChanged, this, [this] {
        updateChecksLabel();
        Q_EMIT completeChanged();
    });
    // A double click chooses; Return reaches the wizard's default button (Next) by itself.
    connect(m_list, &QListWidget::itemDoubleClicked, this, [this] {
        if (wizard())
            wizard()->next();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(prompt);
    layout->addWidget(m_list);
    layout->addSpacing(6);
    layout->addWidget(m_checks);
    layout->addStretch(1);
    updateChecksLabel();
}

std::optional<Symptom> SymptomWizardPage::symptom() const
{
    const QList<QListWidgetItem *> selected = m_list->selectedItems();
    if (selected.isEmpty())
        return std::nullopt;
    return Symptom(selected.constFirst()->data(Qt::UserRole).toInt());
}

void SymptomWizardPage::setSymptom(std::optional<Symptom> symptom)
{
    if (!symptom) {
        m_list->clearSelection();
        return;
    }
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toInt() == int(*symptom)) {
            m_list->setCurrentRow(row, QItemSelectionModel::ClearAndSelect);
            return;
        }
    }
}

bool SymptomWizardPage::isComplete() const
{
    return symptom().has_value();
}

void SymptomWizardPage::updateChecksLabel()
{
    const std::optional<Symptom> chosen = symptom();
    if (!chosen) {
        m_checks->setText(tr("Choose one with the arrow keys or the mouse, then Next."));
        return;
    }
    QStringList titles;
    for (const QString &id : DiagnosticSuite::checkIdsFor(chosen)) {
        const std::unique_ptr<DiagnosticCheck> check(DiagnosticSuite::create(id));
        if (check)
            titles.append(check->title());
    }
    m_checks->setText(tr("Wharf will check: %1.").arg(titles.join(tr(", "))));
}

} // namespace Wharf
