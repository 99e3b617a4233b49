// SPDX-License-Identifier: Apache-2.0
#include "DiagnosticsExport.h"

#include "MessageBannerArea.h"

#include "MessageBanner.h"
#include "base/RecentLog.h"
#include "diagnostics/DiagnosticsBundle.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

const char *const BundleBannerProperty = "wharfBundleBanner";

} // namespace

DiagnosticReport DiagnosticsExport::report(const QList<CheckResult> &results, std::optional<Symptom> symptom,
                                           const HostEnvironment &environment)
{
    DiagnosticReport report(results);
    report.setSymptom(symptom);
    report.setGeneratedAt(environment.now());
    report.setHost(HostEnvironment::osName(environment.os), environment.cpuArchitecture);
    return report;
}

void DiagnosticsExport::copyToClipboard(const DiagnosticReport &report)
{
    QApplication::clipboard()->setText(report.toMarkdown());
}

VoidResult DiagnosticsExport::writeBundle(const QString &path, const DiagnosticReport &report,
                                          const EngineLinesProvider &engineLines)
{
    DiagnosticsBundle::Contents contents;
    contents.report = report;
    if (engineLines)
        contents.engineLines = engineLines();
    contents.settings = DiagnosticsBundle::readSettings(QSettings());
    contents.logLines = RecentLog::lines();
    return DiagnosticsBundle::write(path, contents, report.redactor());
}

void DiagnosticsExport::chooseBundlePath(QWidget *parent, std::function<void(const QString &path)> accepted)
{
    const QString suggested = QDir::home().filePath(DiagnosticsBundle::suggestedFileName(QDateTime::currentDateTime()));
    auto *dialog = new QFileDialog(parent, tr("Save Diagnostics Bundle"), suggested,
                                   tr("Compressed archives (*.tar.gz);;All files (*)"));
    dialog->setObjectName(u"bundleFileDialog"_s);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // open(), not exec(): the window stays live while the user chooses.
    QObject::connect(dialog, &QFileDialog::fileSelected, parent,
                     [accepted = std::move(accepted)](const QString &path) {
                         if (!path.isEmpty())
                             accepted(path);
                     });
    dialog->open();
}

MessageBanner *DiagnosticsExport::bundleBanner(const VoidResult &result, const QString &path, QWidget *parent)
{
    const QString shown = QDir::toNativeSeparators(path);
    MessageBanner *banner = nullptr;
    if (result) {
        banner = new MessageBanner(MessageBanner::Kind::Information, tr("Diagnostics bundle saved"),
                                   tr("Saved as %1. Attach it to your ticket or message; passwords and tokens "
                                      "were removed from it.")
                                       .arg(shown),
                                   parent);
        const QString folder = QFileInfo(path).absolutePath();
        banner->addAction(tr("Open Folder"), [folder] { QDesktopServices::openUrl(QUrl::fromLocalFile(folder)); });
    } else {
        const QString title = tr("Cannot save the diagnostics bundle as %1").arg(shown);
        // The error's message already says what to do (another folder, free space).
        banner = new MessageBanner(MessageBanner::Kind::Error, title, result.error().message(), parent);
        banner->setDetails(result.error().details());
        banner->explain(result.error(), title);
    }
    banner->setObjectName(u"bundleMessageBanner"_s);
    banner->setProperty(BundleBannerProperty, true);
    return banner;
}

bool DiagnosticsExport::isBundleBanner(const MessageBanner *banner)
{
    return banner && banner->property(BundleBannerProperty).toBool();
}

void DiagnosticsExport::showBundleBanner(MessageBannerArea *area, const VoidResult &result, const QString &path)
{
    for (MessageBanner *banner : area->banners()) {
        if (isBundleBanner(banner))
            area->remove(banner);
    }
    area->add(bundleBanner(result, path, area));
}

} // namespace Wharf
