// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QDialog>
#include <QList>
#include <QPair>
#include <QString>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace Wharf {

class EngineManager;

// Help ▸ About: what Wharf is, its license, and the versions of everything it runs with (Qt,
// QtKeychain, libarchive, each engine), with a Copy button that puts them on the clipboard as
// plain text for a bug report.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // One row per engine: its name ("Docker", "Podman (rootless)") and version ("20.10.24").
    void setEngineVersions(const QList<QPair<QString, QString>> &nameAndVersion);
    // The rows for setEngineVersions() from what the manager knows now: a ready engine's
    // version and API, "not answering" or "still being probed" otherwise.
    static QList<QPair<QString, QString>> engineVersions(const EngineManager *manager);

    // Every version as "name: version" lines, what Copy puts on the clipboard.
    QString versionsText() const;

private:
    void rebuild();
    void copyVersions();

    QList<QPair<QString, QString>> m_engines;
    QTreeWidget *m_versions;
    QPushButton *m_copyButton;
    QLabel *m_copiedLabel;
};

} // namespace Wharf
