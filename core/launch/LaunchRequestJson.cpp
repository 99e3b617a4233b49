// SPDX-License-Identifier: Apache-2.0
#include "LaunchRequestJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonValue>

#include <optional>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Wharf::LaunchRequestJson)
};

QString engineName(EngineKind kind)
{
    switch (kind) {
    case EngineKind::Docker: return u"docker"_s;
    case EngineKind::Podman: return u"podman"_s;
    }
    return {};
}

QJsonArray stringArray(const QStringList &list)
{
    QJsonArray array;
    for (const QString &text : list)
        array.append(text);
    return array;
}

// Reads fields of one object. The first problem is kept and every later read does nothing,
// so the caller reads everything and checks once.
class Reader
{
public:
    Reader(const QJsonObject &object, QString path, std::optional<Error> *error)
        : m_object(object), m_path(std::move(path)), m_error(error)
    {
    }

    void string(const QString &key, QString &out)
    {
        const QJsonValue value = field(key);
        if (value.isUndefined())
            return;
        if (!value.isString()) {
            fail(key, Tr::tr("text"));
            return;
        }
        if (auto text = checkedString(value.toString(), name(key)))
            out = *text;
    }

    void boolean(const QString &key, bool &out)
    {
        const QJsonValue value = field(key);
        if (value.isUndefined())
            return;
        if (!value.isBool()) {
            fail(key, Tr::tr("true or false"));
            return;
        }
        out = value.toBool();
    }

    void stringList(const QString &key, QStringList &out)
    {
        const std::optional<QJsonArray> array = list(key);
        if (!array)
            return;
        QStringList texts;
        for (qsizetype i = 0; i < array->size(); ++i) {
            const QJsonValue value = array->at(i);
            const QString itemName = u"%1[%2]"_s.arg(name(key)).arg(i);
            if (!value.isString()) {
                failNamed(itemName, Tr::tr("text"));
                return;
            }
            const std::optional<QString> text = checkedString(value.toString(), itemName);
            if (!text)
                return;
            texts.append(*text);
        }
        out = texts;
    }

    // An array of objects, each handed to `read` with a Reader of its own.
    template<typename Item, typename ReadItem>
    void objectList(const QString &key, QList<Item> &out, ReadItem read)
    {
        const std::optional<QJsonArray> array = list(key);
        if (!array)
            return;
        QList<Item> items;
        for (qsizetype i = 0; i < array->size(); ++i) {
            const QJsonValue value = array->at(i);
            const QString itemName = u"%1[%2]"_s.arg(name(key)).arg(i);
            if (!value.isObject()) {
                failNamed(itemName, Tr::tr("an object"));
                return;
            }
            Reader itemReader(value.toObject(), itemName, m_error);
            Item item;
            read(itemReader, item);
            if (failed())
                return;
            items.append(item);
        }
        out = items;
    }

    // A nested object, or nothing when the key is missing (or after a failure).
    std::optional<Reader> object(const QString &key)
    {
        const QJsonValue value = field(key);
        if (value.isUndefined())
            return std::nullopt;
        if (!value.isObject()) {
            fail(key, Tr::tr("an object"));
            return std::nullopt;
        }
        return Reader(value.toObject(), name(key), m_error);
    }

    QJsonValue field(const QString &key) const
    {
        if (failed())
            return QJsonValue(QJsonValue::Undefined);
        return m_object.value(key);
    }

    QString name(const QString &key) const { return m_path.isEmpty() ? key : m_path + u'.' + key; }

    void fail(const QString &key, const QString &expected) { failNamed(name(key), expected); }

    void failNamed(const QString &field, const QString &expected)
    {
        //: %1 is a key of the stored JSON ("binds[0].source"), %2 what it should be ("text").
        setError(Tr::tr("A saved launch cannot be read: \"%1\" is not %2.").arg(field, expected), field);
    }

    void setError(const QString &message, const QString &field)
    {
        if (!failed())
            *m_error = Error(ErrorCode::ParseError, message, field);
    }

    bool failed() const { return m_error->has_value(); }

private:
    std::optional<QJsonArray> list(const QString &key)
    {
        const QJsonValue value = field(key);
        if (value.isUndefined())
            return std::nullopt;
        if (!value.isArray()) {
            fail(key, Tr::tr("a list"));
            return std::nullopt;
        }
        const QJsonArray array = value.toArray();
        if (array.size() > LaunchRequestJson::MaximumListSize) {
            setError(Tr::tr("A saved launch cannot be read: \"%1\" has %2 entries, more than the %3 "
                            "a launch can have.")
                         .arg(name(key))
                         .arg(array.size())
                         .arg(LaunchRequestJson::MaximumListSize),
                     name(key));
            return std::nullopt;
        }
        return array;
    }

    std::optional<QString> checkedString(const QString &text, const QString &field)
    {
        if (text.size() > LaunchRequestJson::MaximumStringSize) {
            setError(Tr::tr("A saved launch cannot be read: \"%1\" is longer than any launch needs.")
                         .arg(field),
                     field);
            return std::nullopt;
        }
        // No program argument can hold a NUL, so no stored launch has one: it is damage.
        if (text.contains(QChar(u'\0'))) {
            setError(Tr::tr("A saved launch cannot be read: \"%1\" contains a NUL character.").arg(field),
                     field);
            return std::nullopt;
        }
        return text;
    }

    QJsonObject m_object;
    QString m_path;
    std::optional<Error> *m_error;
};

} // namespace

QJsonObject LaunchRequestJson::toJson(const LaunchRequest &request)
{
    QJsonArray binds;
    for (const BindMount &bind : request.binds) {
        binds.append(QJsonObject{{u"source"_s, bind.source},
                                 {u"target"_s, bind.target},
                                 {u"readOnly"_s, bind.readOnly}});
    }
    QJsonArray environment;
    for (const EnvironmentVariable &variable : request.environment)
        environment.append(QJsonObject{{u"name"_s, variable.name}, {u"value"_s, variable.value}});
    const QJsonObject automounter{{u"mountRoot"_s, request.automounter.mountRoot},
                                  {u"image"_s, request.automounter.image},
                                  {u"containerName"_s, request.automounter.containerName}};
    return QJsonObject{
        {u"version"_s, Version},
        {u"strategy"_s, launchStrategyName(request.strategy)},
        {u"engine"_s, engineName(request.engine)},
        {u"engineHost"_s, request.engineHost},
        {u"image"_s, request.image},
        {u"workingFolder"_s, request.workingFolder},
        {u"binds"_s, binds},
        {u"runAsUser"_s, request.runAsUser},
        {u"shell"_s, request.shell},
        {u"environment"_s, environment},
        {u"platform"_s, request.platform},
        {u"keepContainer"_s, request.keepContainer},
        {u"pseudoTerminal"_s, request.pseudoTerminal},
        {u"containerName"_s, request.containerName},
        {u"cvmfsRoot"_s, request.cvmfsRoot},
        {u"cvmfsRepositories"_s, stringArray(request.cvmfsRepositories)},
        {u"automounter"_s, automounter},
        {u"forwardX11"_s, request.forwardX11},
        {u"forwardKerberos"_s, request.forwardKerberos},
        {u"cmsswRelease"_s, request.cmsswRelease},
        {u"command"_s, stringArray(request.command)},
        {u"registryUsername"_s, request.registryUsername},
    };
}

Result<LaunchRequest> LaunchRequestJson::fromJson(const QJsonObject &object)
{
    std::optional<Error> error;
    Reader reader(object, QString(), &error);

    const QJsonValue version = object.value(u"version"_s);
    if (!version.isDouble() || version.toDouble() != Version) {
        if (version.isDouble() && version.toDouble() > Version) {
            return Error(ErrorCode::ParseError,
                         Tr::tr("A saved launch cannot be read: it was written by a newer version of "
                                "Wharf."),
                         u"version"_s);
        }
        return Error(ErrorCode::ParseError,
                     Tr::tr("A saved launch cannot be read: it has no version Wharf knows."), u"version"_s);
    }

    LaunchRequest request;
    QString strategy;
    reader.string(u"strategy"_s, strategy);
    if (!reader.failed()) {
        const std::optional<LaunchStrategy> known = launchStrategyFromName(strategy);
        if (!known) {
            reader.setError(Tr::tr("A saved launch cannot be read: \"%1\" is not a launch strategy.")
                                .arg(strategy.left(64)),
                            u"strategy"_s);
        } else {
            request.strategy = *known;
        }
    }

    QString engine = engineName(request.engine);
    reader.string(u"engine"_s, engine);
    if (!reader.failed()) {
        if (engine == engineName(EngineKind::Docker)) {
            request.engine = EngineKind::Docker;
        } else if (engine == engineName(EngineKind::Podman)) {
            request.engine = EngineKind::Podman;
        } else {
            reader.setError(Tr::tr("A saved launch cannot be read: \"%1\" is not an engine (docker or "
                                   "podman).")
                                .arg(engine.left(64)),
                            u"engine"_s);
        }
    }

    reader.string(u"engineHost"_s, request.engineHost);
    reader.string(u"image"_s, request.image);
    reader.string(u"workingFolder"_s, request.workingFolder);
    reader.objectList(u"binds"_s, request.binds, [](Reader &item, BindMount &bind) {
        item.string(u"source"_s, bind.source);
        item.string(u"target"_s, bind.target);
        item.boolean(u"readOnly"_s, bind.readOnly);
    });
    reader.boolean(u"runAsUser"_s, request.runAsUser);
    reader.string(u"shell"_s, request.shell);
    reader.objectList(u"environment"_s, request.environment, [](Reader &item, EnvironmentVariable &variable) {
        item.string(u"name"_s, variable.name);
        item.string(u"value"_s, variable.value);
    });
    reader.string(u"platform"_s, request.platform);
    reader.boolean(u"keepContainer"_s, request.keepContainer);
    reader.boolean(u"pseudoTerminal"_s, request.pseudoTerminal);
    reader.string(u"containerName"_s, request.containerName);
    reader.string(u"cvmfsRoot"_s, request.cvmfsRoot);
    reader.stringList(u"cvmfsRepositories"_s, request.cvmfsRepositories);
    if (std::optional<Reader> automounter = reader.object(u"automounter"_s)) {
        automounter->string(u"mountRoot"_s, request.automounter.mountRoot);
        automounter->string(u"image"_s, request.automounter.image);
        automounter->string(u"containerName"_s, request.automounter.containerName);
    }
    reader.boolean(u"forwardX11"_s, request.forwardX11);
    reader.boolean(u"forwardKerberos"_s, request.forwardKerberos);
    reader.string(u"cmsswRelease"_s, request.cmsswRelease);
    reader.stringList(u"command"_s, request.command);
    reader.string(u"registryUsername"_s, request.registryUsername);

    if (error)
        return *error;
    return request;
}

QByteArray LaunchRequestJson::toBytes(const LaunchRequest &request)
{
    return QJsonDocument(toJson(request)).toJson(QJsonDocument::Compact);
}

Result<LaunchRequest> LaunchRequestJson::fromBytes(const QByteArray &json)
{
    if (json.size() > MaximumDocumentSize) {
        return Error(ErrorCode::ParseError,
                     Tr::tr("A saved launch cannot be read: it is larger than any launch needs."),
                     u"%1 bytes"_s.arg(json.size()));
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error(ErrorCode::ParseError, Tr::tr("A saved launch cannot be read: it is not valid JSON."),
                     u"%1 at offset %2"_s.arg(parseError.errorString()).arg(parseError.offset));
    }
    if (!document.isObject()) {
        return Error(ErrorCode::ParseError,
                     Tr::tr("A saved launch cannot be read: it is not a JSON object."), QString());
    }
    return fromJson(document.object());
}

} // namespace Wharf
