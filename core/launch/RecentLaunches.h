// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "LaunchRequest.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>

class QSettings;

namespace Wharf {

// The last launches, to repeat one in one click: at most MaximumCount distinct requests,
// most recent first; launching one again moves it to the top. Kept in QSettings (array
// "recentLaunches", each entry the request as LaunchRequestJson text and the time in
// ISO 8601 UTC), written and synced at once, so every window and the command line see the
// same list. An entry that cannot be read (a damaged file, a newer Wharf) is left out with a
// log line and disappears with the next write. No secret is stored: LaunchRequest has none.
class RecentLaunches : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaximumCount = 10;

    struct Entry
    {
        LaunchRequest request;
        QString title; // see title()
        QDateTime time; // UTC; invalid when the stored time could not be read
    };

    // `settings` is not owned and must outlive this object; tests pass a temporary INI file.
    // `homeDirectory` is written as "~" in titles.
    explicit RecentLaunches(QSettings *settings, const QString &homeDirectory = {}, QObject *parent = nullptr);
    ~RecentLaunches() override;

    // Read from the settings each time, so that another window's launches show too.
    QList<Entry> entries() const;
    // Records a launch at `time` (now when invalid): on top, an equal earlier one removed,
    // the oldest dropped beyond MaximumCount.
    void add(const LaunchRequest &request, const QDateTime &time = {});
    void remove(const LaunchRequest &request);
    void clear();

    // For menus: "cmscloud/al9-cms · CVMFS from this computer · ~/analysis", with the
    // command after another " · " when there is one.
    static QString title(const LaunchRequest &request, const QString &homeDirectory);

Q_SIGNALS:
    void changed();

private:
    void write(const QList<Entry> &entries);

    QSettings *m_settings;
    QString m_homeDirectory;
};

} // namespace Wharf
