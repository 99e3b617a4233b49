// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "diagnostics/CheckResult.h"

#include <QWidget>
#include <optional>

class QLabel;
class QVBoxLayout;

namespace Wharf {

// One diagnostic check as the user reads it: its status (icon and word), what was found,
// the evidence, how to fix it (numbered steps), the exact commands with a Copy button each,
// and the known-error catalogue's entry when the finding has one. The Troubleshooting page
// shows the selected check here; the wizard's results page shows one per problem.
class CheckDetailsView : public QWidget
{
    Q_OBJECT

public:
    explicit CheckDetailsView(QWidget *parent = nullptr);

    void setResult(const CheckResult &result);
    // A check without a result yet: its title and what it is doing ("Running…").
    void setPending(const QString &title, const QString &stateText);
    // Nothing to show: a hint instead ("Select a check ...").
    void setPlaceholder(const QString &text);

    const std::optional<CheckResult> &result() const { return m_result; }
    // The shell command lines offered for copying, in order.
    QStringList commandLines() const { return m_commandLines; }

private:
    void showHeader(const QIcon &icon, const QString &title, const QString &status);
    void clearCommands();
    void addCommandRow(const QString &line);
    void showCatalogueEntry(const QString &id);

    std::optional<CheckResult> m_result;
    QStringList m_commandLines;
    QLabel *m_placeholder;
    QWidget *m_header;
    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_status;
    QLabel *m_summary;
    QLabel *m_evidenceHeading;
    QLabel *m_evidence;
    QLabel *m_fixHeading;
    QLabel *m_fixSteps;
    QWidget *m_commands;
    QVBoxLayout *m_commandsLayout;
    QLabel *m_catalogueTitle;
    QLabel *m_catalogueCause;
    QLabel *m_links;
};

} // namespace Wharf
