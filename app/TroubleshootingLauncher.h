// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "diagnostics/Symptom.h"

#include <QObject>
#include <optional>

class QWidget;

namespace Wharf {

// The way from any error message to the troubleshooting wizard. The main window owns one
// (a child of the window) and opens the wizard when it asks; a widget deep in a page or
// dialog finds it through its parents with forWidget(), so it needs no main window.
class TroubleshootingLauncher : public QObject
{
    Q_OBJECT

public:
    explicit TroubleshootingLauncher(QObject *parent = nullptr);

    // The launcher of widget's window: a direct child of the widget or of one of its parents
    // (a dialog's parent included); nullptr when there is none (a widget on its own, in a test).
    static TroubleshootingLauncher *forWidget(const QWidget *widget);

    // Asks for the wizard, with symptom preselected when there is one.
    void requestWizard(std::optional<Wharf::Symptom> symptom = std::nullopt);

Q_SIGNALS:
    void wizardRequested(std::optional<Wharf::Symptom> symptom);
};

} // namespace Wharf
