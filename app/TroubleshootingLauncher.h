// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "diagnostics/Symptom.h"

#include <QObject>
#include <QString>
#include <optional>

class QWidget;

namespace Wharf {

// The way from any error message to the troubleshooting wizard and to the remedies the
// known-error catalogue offers (open a settings page, start the automounter, run a check
// again). The main window owns one (a child of the window) and acts when it asks; a widget
// deep in a page or dialog finds it through its parents with forWidget(), so it needs no main
// window.
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
    // The catalogue's one-click actions: "engines", "registries", ... (KnownErrorAction::page).
    void requestSettings(const QString &page);
    void requestAutomounterStart();
    // A diagnostic check's id ("selinux"): run the checks and show that one.
    void requestCheck(const QString &checkId);

Q_SIGNALS:
    void wizardRequested(std::optional<Wharf::Symptom> symptom);
    void settingsRequested(const QString &page);
    void automounterStartRequested();
    void checkRequested(const QString &checkId);
};

} // namespace Wharf
