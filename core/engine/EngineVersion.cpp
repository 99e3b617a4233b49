// SPDX-License-Identifier: Apache-2.0
#include "EngineVersion.h"

#include "base/JsonFields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

// The digits a version component starts with, without leading zeros ("007rc" -> "7").
QStringView leadingNumber(QStringView component)
{
    qsizetype end = 0;
    while (end < component.size() && component[end] >= u'0' && component[end] <= u'9')
        ++end;
    QStringView digits = component.first(end);
    while (digits.size() > 1 && digits.front() == u'0')
        digits = digits.sliced(1);
    return digits.isEmpty() ? QStringView(u"0") : digits;
}

int compareNumbers(QStringView a, QStringView b)
{
    // Equal-length digit strings compare like numbers; a longer one is bigger.
    if (a.size() != b.size())
        return a.size() < b.size() ? -1 : 1;
    const int c = a.compare(b);
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

} // namespace

int EngineVersion::compareApiVersions(const QString &a, const QString &b)
{
    auto components = [](const QString &text) {
        QStringView view = QStringView(text).trimmed();
        if (view.startsWith(u'v') || view.startsWith(u'V'))
            view = view.sliced(1);
        return view.split(u'.');
    };
    const QList<QStringView> left = components(a);
    const QList<QStringView> right = components(b);
    const qsizetype count = std::max(left.size(), right.size());
    for (qsizetype i = 0; i < count; ++i) {
        const QStringView x = i < left.size() ? leadingNumber(left[i]) : QStringView(u"0");
        const QStringView y = i < right.size() ? leadingNumber(right[i]) : QStringView(u"0");
        if (const int c = compareNumbers(x, y); c != 0)
            return c;
    }
    return 0;
}

Result<EngineVersion> EngineVersion::fromJson(const QByteArray &json)
{
    const QString what = QCoreApplication::translate("Wharf::EngineVersion", "the version information");
    Result<QJsonDocument> document = JsonFields::parseDocument(json, what);
    if (!document)
        return document.error();
    if (!document->isObject()) {
        return Error(ErrorCode::ParseError,
                     QCoreApplication::translate("Wharf::EngineVersion",
                                                 "The engine's version information is not a JSON "
                                                 "object. The endpoint may not be a "
                                                 "Docker-compatible engine."),
                     JsonFields::excerpt(json));
    }
    const QJsonObject object = document->object();

    EngineVersion version;
    version.version = JsonFields::string(object, u"Version");
    version.apiVersion = JsonFields::string(object, u"ApiVersion");
    version.minApiVersion = JsonFields::string(object, u"MinAPIVersion");
    version.os = JsonFields::string(object, u"Os");
    version.arch = JsonFields::string(object, u"Arch");
    version.kernelVersion = JsonFields::string(object, u"KernelVersion");

    // Components: Podman names itself here. The Docker "Engine" component repeats the top
    // level and fills its gaps (never the Podman one: its APIVersion is the libpod API, not
    // the Docker API the compat endpoint speaks).
    const QJsonArray components = object.value(u"Components").toArray();
    for (const QJsonValue &value : components) {
        const QJsonObject component = value.toObject();
        const QString name = JsonFields::string(component, u"Name");
        if (name == u"Podman Engine"_s) {
            version.podmanComponent = true;
            continue;
        }
        if (name != u"Engine"_s)
            continue;
        const QJsonObject details = component.value(u"Details").toObject();
        auto fill = [](QString &field, const QString &fallback) {
            if (field.isEmpty())
                field = fallback;
        };
        fill(version.version, JsonFields::string(component, u"Version"));
        fill(version.apiVersion, JsonFields::string(details, u"ApiVersion"));
        fill(version.minApiVersion, JsonFields::string(details, u"MinAPIVersion"));
        fill(version.os, JsonFields::string(details, u"Os"));
        fill(version.arch, JsonFields::string(details, u"Arch"));
        fill(version.kernelVersion, JsonFields::string(details, u"KernelVersion"));
    }

    if (version.apiVersion.trimmed().isEmpty()) {
        const QString engineMessage = JsonFields::string(object, u"message");
        return Error(ErrorCode::ParseError,
                     QCoreApplication::translate("Wharf::EngineVersion",
                                                 "The engine's version information does not say "
                                                 "which API version it speaks. The endpoint may "
                                                 "not be a Docker-compatible engine."),
                     engineMessage.isEmpty() ? JsonFields::excerpt(json) : engineMessage);
    }
    return version;
}

} // namespace Wharf
