// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "diagnostics/CatalogueMatch.h"
#include "diagnostics/Symptom.h"

#include <QWidget>
#include <optional>

class QLabel;
class QVBoxLayout;

namespace Wharf {

class Error;

// "What went wrong / How to fix it" for one failure, inline where it happened: the first
// matching entry of the known-error catalogue (title, cause, numbered steps, the commands to
// copy, links), the other possible causes by title, "Copy Report" and "Troubleshoot…". A
// failure the catalogue does not know is shown verbatim, with "Copy Report" so it can be
// reported. "Troubleshoot…" asks the window's TroubleshootingLauncher for the wizard, with
// the entry's symptom preselected.
class ErrorExplanationView : public QWidget
{
    Q_OBJECT

public:
    explicit ErrorExplanationView(QWidget *parent = nullptr);

    // context: one line saying what was being done ("Pulling busybox into Docker").
    void explain(const Error &error, const QString &context = {});
    void explainText(const QString &text, const QString &context = {});
    void clear();
    // Whether an unknown failure's text is shown here; off where the host already shows it.
    void setShowsUnknownText(bool shows) { m_showsUnknownText = shows; }

    // The catalogue entries shown, best first (empty: an unknown failure).
    const QList<CatalogueMatch> &matches() const { return m_matches; }
    // What "Copy Report" puts on the clipboard (redacted Markdown).
    QString report() const;
    // The symptom of the best matching entry, for the troubleshooting wizard (none when the
    // entry names none, or the failure is unknown).
    std::optional<Symptom> symptom() const;

    // What "Troubleshoot…" does: troubleshootRequested(), and the wizard through the
    // TroubleshootingLauncher of this widget's window when there is one.
    void troubleshoot();

Q_SIGNALS:
    void troubleshootRequested(std::optional<Wharf::Symptom> symptom);

private:
    void rebuild();
    void addCommandRow(const QStringList &command);
    // Buttons for the catalogue's window actions (settings, automounter, a check), asked of
    // the window's TroubleshootingLauncher.
    void addRemedyButtons(const QList<KnownErrorAction> &actions);

    QList<CatalogueMatch> m_matches;
    QString m_text;
    QString m_context;
    bool m_showsUnknownText = true;
    QVBoxLayout *m_layout;
};

} // namespace Wharf
