// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/Result.h"
#include "diagnostics/CheckResult.h"
#include "diagnostics/DiagnosticReport.h"
#include "diagnostics/HostEnvironment.h"
#include "diagnostics/Symptom.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>
#include <functional>
#include <optional>

class QWidget;

namespace Wharf {

class MessageBanner;
class MessageBannerArea;

// What leaves Wharf from the Troubleshooting page and the wizard: the report (Markdown on the
// clipboard) and the diagnostics bundle (a .tar.gz with the report, the engines, the redacted
// settings and the recent log), and the banner that says how saving went.
class DiagnosticsExport
{
    Q_DECLARE_TR_FUNCTIONS(Wharf::DiagnosticsExport)

public:
    // One line per engine ("Docker 20.10.24 API 1.41 at unix:///run/docker.sock: answers").
    using EngineLinesProvider = std::function<QStringList()>;

    static DiagnosticReport report(const QList<CheckResult> &results, std::optional<Symptom> symptom,
                                   const HostEnvironment &environment);
    // The report as Markdown, secrets removed, on the clipboard.
    static void copyToClipboard(const DiagnosticReport &report);
    // Writes the bundle: the report, the engine lines, every setting (secrets removed) and
    // the recent log lines.
    static VoidResult writeBundle(const QString &path, const DiagnosticReport &report,
                                  const EngineLinesProvider &engineLines);
    // Asks where to save the bundle (a file dialog in the home folder with a dated name)
    // without a nested event loop; accepted(path) runs once the user chose a file.
    static void chooseBundlePath(QWidget *parent, std::function<void(const QString &path)> accepted);
    // "Diagnostics bundle saved" naming the file, or the error with its explanation.
    static MessageBanner *bundleBanner(const VoidResult &result, const QString &path, QWidget *parent);
    // The banners bundleBanner() made, so a new one replaces the last.
    static bool isBundleBanner(const MessageBanner *banner);
    // Puts bundleBanner() into area in place of the last one.
    static void showBundleBanner(MessageBannerArea *area, const VoidResult &result, const QString &path);
};

} // namespace Wharf
