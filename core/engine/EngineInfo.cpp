// SPDX-License-Identifier: Apache-2.0
#include "EngineInfo.h"

#include "base/JsonFields.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <limits>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

bool hasSecurityOption(const QStringList &options, QStringView name)
{
    for (const QString &option : options) {
        const QStringList parts = option.split(u',');
        for (const QString &part : parts) {
            if (part == u"name="_s + name || part == name) // old engines list bare names
                return true;
        }
    }
    return false;
}

} // namespace

bool EngineInfo::isRootless() const
{
    return hasSecurityOption(securityOptions, u"rootless");
}

bool EngineInfo::hasSelinux() const
{
    return hasSecurityOption(securityOptions, u"selinux");
}

bool EngineInfo::isDockerDesktop() const
{
    return operatingSystem.contains(u"Docker Desktop"_s, Qt::CaseInsensitive);
}

Result<EngineInfo> EngineInfo::fromJson(const QByteArray &json)
{
    const QString what = QCoreApplication::translate("Wharf::EngineInfo", "the engine information");
    Result<QJsonDocument> document = JsonFields::parseDocument(json, what);
    if (!document)
        return document.error();
    if (!document->isObject()) {
        return Error(ErrorCode::ParseError,
                     QCoreApplication::translate("Wharf::EngineInfo",
                                                 "The engine's information is not a JSON object."),
                     JsonFields::excerpt(json));
    }
    const QJsonObject object = document->object();
    EngineInfo info;
    info.name = JsonFields::string(object, u"Name");
    info.operatingSystem = JsonFields::string(object, u"OperatingSystem");
    info.rootDirectory = JsonFields::string(object, u"DockerRootDir");
    info.storageDriver = JsonFields::string(object, u"Driver");
    info.securityOptions = JsonFields::stringList(object.value(u"SecurityOptions"));
    info.cpuCount = int(JsonFields::integer(object.value(u"NCPU"), 0, 0, 1 << 20));
    info.memoryBytes = JsonFields::integer(object.value(u"MemTotal"), 0, 0, std::numeric_limits<qint64>::max());
    return info;
}

} // namespace Wharf
