// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "HostEnvironment.h"
#include "base/Result.h"

#include <QByteArray>
#include <QStringList>
#include <optional>

namespace Wharf {

// What Wharf reads from Docker Desktop's settings file: the File Sharing list.
// Docker Desktop keeps it as `filesharingDirectories` in settings.json (older versions) or
// `FilesharingDirectories` in settings-store.json (newer ones), under
// ~/Library/Group Containers/group.com.docker/ on macOS and ~/.docker/desktop/ on Linux.
class DockerDesktopSettings
{
public:
    // Fails (ParseError) on broken JSON, a top level that is not an object, or a sharing
    // list that is not an array. Entries that are not strings are skipped and counted.
    static Result<DockerDesktopSettings> parse(const QByteArray &json);

    // The shared directories, or nullopt when the file does not set them (Docker Desktop
    // then uses defaultFileSharingDirectories()).
    const std::optional<QStringList> &fileSharingDirectories() const { return m_directories; }
    int skippedEntries() const { return m_skipped; }

    // The settings files to look at for os, newest format first (home-relative paths
    // expanded with home). Empty for systems without a Docker Desktop file sharing list.
    static QStringList candidateFiles(HostEnvironment::Os os, const QString &home);
    // What Docker Desktop shares when the list is not in the file.
    static QStringList defaultFileSharingDirectories(HostEnvironment::Os os, const QString &home);
    // The entry of directories that covers path (path itself or a parent, by whole
    // components: "/cvmfs" covers "/cvmfs/cms.cern.ch", not "/cvmfs2"), or empty.
    static QString coveringEntry(const QStringList &directories, const QString &path);

private:
    std::optional<QStringList> m_directories;
    int m_skipped = 0;
};

} // namespace Wharf
