// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "DiagnosticReport.h"
#include "Redactor.h"
#include "base/Result.h"

#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariant>

class QSettings;

namespace Wharf {

// "Save diagnostics bundle": one .tar.gz a user can attach to a ticket, with everything a
// helper asks for first. It holds, under wharf-diagnostics/:
//   README.txt   what the bundle is, when it was made, that secrets were removed
//   report.md    the checks as Markdown (DiagnosticReport::toMarkdown)
//   report.json  the same as JSON (DiagnosticReport::toJson)
//   engines.txt  one line per engine: kind, version, API, endpoint, state
//   settings.txt every setting as "key = value"
//   log.txt      recent log lines (RecentLog)
// Every text passes through the given Redactor and the report's own; values of settings
// whose key looks secret are replaced before that, so they never depend on a pattern.
class DiagnosticsBundle
{
public:
    struct Contents
    {
        DiagnosticReport report = DiagnosticReport(); // so that Contents{} works (explicit constructor)
        QStringList engineLines; // "Docker 20.10.24 API 1.41 at unix:///run/docker.sock: answers"
        QList<QPair<QString, QVariant>> settings;
        QStringList logLines;
        QDateTime createdAt; // when the bundle was made; invalid: now
    };

    static inline constexpr QStringView Folder = u"wharf-diagnostics";

    // True for setting keys whose values are secrets (password, token, secret, auth,
    // credential, ... in any part of the key, any case).
    static bool isSecretKey(const QString &key);
    // Every key and its value, sorted by key; secret values already [REDACTED].
    static QList<QPair<QString, QVariant>> readSettings(const QSettings &settings);
    // The names of the files in a bundle, folder included, in the order they are written.
    static QStringList fileNames();
    // Writes the bundle to path (replaced only when everything was written).
    static VoidResult write(const QString &path, const Contents &contents, const Redactor &redactor);
    // "wharf-diagnostics-20261127-120000.tar.gz", from now as given (local time for a user).
    static QString suggestedFileName(const QDateTime &now);
};

} // namespace Wharf
