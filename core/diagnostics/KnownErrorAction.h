// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/Result.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

namespace Wharf {

// A safe one-click action offered with a known error. Nothing here runs anything: a command
// is an argument vector to show and copy (never a shell string), the other kinds name what
// the GUI should open or re-run.
class KnownErrorAction
{
public:
    enum class Kind {
        CopyCommand, // "copy-command": show `command` and copy it
        OpenSettings, // "open-settings": open Wharf's settings at `page`
        StartAutomounter, // "start-automounter": start the CVMFS automounter container
        RerunCheck, // "rerun-check": run the diagnostic check `check` again
    };

    // An element of a command equal to this stands for the user's login name; the catalogue
    // says so in the entry's fix text. commandFor() fills it in.
    static QString userPlaceholder();

    // Reads one action of the catalogue: {"kind", "label", and "command" (array of strings),
    // "page" or "check" as the kind needs}. Strict: wrong types and unknown kinds are errors
    // whose message says what is wrong (the caller adds which entry).
    static Result<KnownErrorAction> fromJson(const QJsonValue &value);
    // The same shape back, for `wharf explain --json` and reports.
    QJsonObject toJson() const;

    static QString kindName(Kind kind);

    Kind kind() const { return m_kind; }
    const QString &label() const { return m_label; }
    // CopyCommand: the argument vector as written in the catalogue (may hold the placeholder).
    const QStringList &command() const { return m_command; }
    // The command with every placeholder element replaced by userName (unchanged when
    // userName is empty).
    QStringList commandFor(const QString &userName) const;
    // OpenSettings: the settings page ("engines", "registries", "cvmfs", ...).
    const QString &page() const { return m_page; }
    // RerunCheck: the id of the diagnostic check.
    const QString &check() const { return m_check; }

    bool operator==(const KnownErrorAction &other) const = default;

private:
    Kind m_kind = Kind::CopyCommand;
    QString m_label;
    QStringList m_command;
    QString m_page;
    QString m_check;
};

} // namespace Wharf
