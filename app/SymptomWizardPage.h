// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "diagnostics/Symptom.h"

#include <QWizardPage>
#include <optional>

class QLabel;
class QListWidget;

namespace Wharf {

// The wizard's first page: what the user sees going wrong, in their words ("I can't see
// /cvmfs"), and which checks that will run.
class SymptomWizardPage : public QWizardPage
{
    Q_OBJECT

public:
    explicit SymptomWizardPage(QWidget *parent = nullptr);

    std::optional<Symptom> symptom() const;
    void setSymptom(std::optional<Wharf::Symptom> symptom);
    QListWidget *listWidget() const { return m_list; }

    bool isComplete() const override;

private:
    void updateChecksLabel();

    QListWidget *m_list;
    QLabel *m_checks;
};

} // namespace Wharf
