// SPDX-License-Identifier: Apache-2.0
#include "ImageConfigSummary.h"

#include "base/JsonFields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Wharf {

Result<ImageConfigSummary> ImageConfigSummary::parse(const QByteArray &body)
{
    if (body.size() > MaxBodyBytes) {
        return Error(ErrorCode::ParseError,
                     QCoreApplication::translate("Wharf::ImageConfigSummary",
                                                 "The image's configuration is larger than 8 MiB, far "
                                                 "more than an image needs. Wharf did not read it."),
                     u"%1 bytes"_s.arg(body.size()));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error(ErrorCode::ParseError,
                     QCoreApplication::translate("Wharf::ImageConfigSummary",
                                                 "The registry sent an image configuration that is not "
                                                 "valid JSON. The reply may have been cut off; try "
                                                 "again."),
                     parseError.errorString() + u" at offset "_s + QString::number(parseError.offset));
    }
    if (!document.isObject()) {
        return Error(ErrorCode::ParseError,
                     QCoreApplication::translate("Wharf::ImageConfigSummary",
                                                 "The registry sent an image configuration that is not "
                                                 "a JSON object, so it is not an image's configuration. "
                                                 "The image may be an artifact rather than a container "
                                                 "image."),
                     u"not a JSON object"_s);
    }
    const QJsonObject root = document.object();

    ImageConfigSummary summary;
    summary.m_null = false;
    const QJsonValue created = root.value("created"_L1);
    if (created.isString())
        summary.m_created = JsonFields::parseRfc3339(created.toString());
    summary.m_os = JsonFields::string(root, u"os");
    summary.m_architecture = JsonFields::string(root, u"architecture");
    summary.m_variant = JsonFields::string(root, u"variant");
    summary.m_osVersion = JsonFields::string(root, u"os.version");
    summary.m_author = JsonFields::string(root, u"author");

    // null or absent for an image built FROM scratch with nothing set.
    const QJsonObject config = root.value("config"_L1).toObject();
    summary.m_labels = JsonFields::stringMap(config.value("Labels"_L1));
    // A lone string is a one-element list: Docker's StrSlice reads it that way too.
    summary.m_environment = JsonFields::stringList(config.value("Env"_L1));
    summary.m_entrypoint = JsonFields::stringList(config.value("Entrypoint"_L1));
    summary.m_command = JsonFields::stringList(config.value("Cmd"_L1));
    summary.m_workingDirectory = JsonFields::string(config, u"WorkingDir");
    summary.m_user = JsonFields::string(config, u"User");

    const QJsonValue history = root.value("history"_L1);
    if (history.isArray()) {
        const qsizetype count = history.toArray().size();
        summary.m_historyCount = static_cast<int>(std::min<qsizetype>(count, std::numeric_limits<int>::max()));
    }
    return summary;
}

} // namespace Wharf
