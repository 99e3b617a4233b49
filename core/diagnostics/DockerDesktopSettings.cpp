// SPDX-License-Identifier: Apache-2.0
#include "DockerDesktopSettings.h"

#include "MountInfo.h"

#include <QCoreApplication>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Wharf {

Result<DockerDesktopSettings> DockerDesktopSettings::parse(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error(ErrorCode::ParseError,
            QCoreApplication::translate(
                "Wharf::DockerDesktopSettings", "The settings file is not valid JSON."),
            u"%1 at offset %2"_s.arg(parseError.errorString()).arg(parseError.offset));
    }
    if (!document.isObject()) {
        return Error(ErrorCode::ParseError,
            QCoreApplication::translate(
                "Wharf::DockerDesktopSettings", "The settings file does not hold a JSON object."));
    }
    DockerDesktopSettings settings;
    const QJsonObject object = document.object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        if (it.key().compare(u"filesharingDirectories"_s, Qt::CaseInsensitive) != 0)
            continue;
        if (!it.value().isArray()) {
            return Error(ErrorCode::ParseError,
                QCoreApplication::translate("Wharf::DockerDesktopSettings",
                    "The File Sharing list in the settings file is not a list."),
                it.key());
        }
        QStringList directories;
        const QJsonArray array = it.value().toArray();
        for (const QJsonValue &value : array) {
            // A NUL cannot be in a path: such an entry is damage, not a folder.
            if (value.isString() && !value.toString().isEmpty()
                && !value.toString().contains(QChar(0)))
                directories.append(value.toString());
            else
                ++settings.m_skipped;
        }
        settings.m_directories = directories;
        break;
    }
    return settings;
}

QStringList DockerDesktopSettings::candidateFiles(HostEnvironment::Os os, const QString &home)
{
    switch (os) {
    case HostEnvironment::Os::MacOs:
        return { QDir::cleanPath(
                     home + u"/Library/Group Containers/group.com.docker/settings-store.json"_s),
            QDir::cleanPath(home + u"/Library/Group Containers/group.com.docker/settings.json"_s) };
    case HostEnvironment::Os::Linux:
        return { QDir::cleanPath(home + u"/.docker/desktop/settings-store.json"_s),
            QDir::cleanPath(home + u"/.docker/desktop/settings.json"_s) };
    case HostEnvironment::Os::Windows:
    case HostEnvironment::Os::Other: return {};
    }
    return {};
}

QStringList DockerDesktopSettings::defaultFileSharingDirectories(
    HostEnvironment::Os os, const QString &home)
{
    switch (os) {
    case HostEnvironment::Os::MacOs:
        return { u"/Users"_s, u"/Volumes"_s, u"/private"_s, u"/tmp"_s, u"/var/folders"_s };
    case HostEnvironment::Os::Linux: return { home };
    case HostEnvironment::Os::Windows:
    case HostEnvironment::Os::Other: return {};
    }
    return {};
}

QString DockerDesktopSettings::coveringEntry(const QStringList &directories, const QString &path)
{
    for (const QString &directory : directories) {
        if (directory.startsWith(u'/') && MountInfo::isSameOrBelow(path, directory))
            return directory;
    }
    return {};
}

} // namespace Wharf
