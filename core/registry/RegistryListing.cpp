// SPDX-License-Identifier: Apache-2.0
#include "RegistryListing.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

constexpr qsizetype maxBodyBytes = 64 * 1024 * 1024;
constexpr qsizetype maxNameLength = 255;

// A class scope lupdate understands, so the context it records is the one used at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Wharf::RegistryListing)
};

Result<QJsonObject> object(const QByteArray &body, const QString &what)
{
    const auto invalid = [&what](const QString &why) {
        return Error(ErrorCode::ParseError, Tr::tr("The registry's %1 is not the JSON a registry sends.").arg(what), why);
    };
    if (body.size() > maxBodyBytes)
        return invalid(u"reply larger than 64 MiB"_s);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return invalid(parseError.errorString() + u" at offset "_s + QString::number(parseError.offset));
    if (!document.isObject())
        return invalid(u"not a JSON object"_s);
    return document.object();
}

bool acceptableName(const QString &name)
{
    if (name.isEmpty() || name.size() > maxNameLength)
        return false;
    for (const QChar c : name) {
        // C0, DEL and C1 controls, and format characters (bidi overrides, zero-width): no
        // registry name has them, and they would garble a tree view or a terminal.
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return false;
    }
    return true;
}

QStringList stringsOf(const QJsonArray &array)
{
    QStringList names;
    names.reserve(array.size());
    for (const QJsonValue &value : array) {
        if (value.isString() && acceptableName(value.toString()))
            names.append(value.toString());
    }
    return names;
}

} // namespace

Result<RegistryListing> RegistryListing::parseCatalog(const QByteArray &body)
{
    const Result<QJsonObject> root = object(body, Tr::tr("repository list"));
    if (!root)
        return root.error();
    const QJsonValue repositories = root->value("repositories"_L1);
    if (!repositories.isArray() && !repositories.isNull() && !repositories.isUndefined()) {
        return Error(ErrorCode::ParseError, Tr::tr("The registry's repository list is not the JSON a registry sends."),
                     u"\"repositories\" is not an array"_s);
    }
    RegistryListing listing;
    listing.names = stringsOf(repositories.toArray());
    return listing;
}

Result<RegistryListing> RegistryListing::parseTags(const QByteArray &body)
{
    const Result<QJsonObject> root = object(body, Tr::tr("tag list"));
    if (!root)
        return root.error();
    // "tags": null is what distribution sends for a repository whose tags were all deleted.
    const QJsonValue tags = root->value("tags"_L1);
    if (!tags.isArray() && !tags.isNull()) {
        return Error(ErrorCode::ParseError, Tr::tr("The registry's tag list is not the JSON a registry sends."),
                     u"\"tags\" is missing or not an array"_s);
    }
    RegistryListing listing;
    listing.names = stringsOf(tags.toArray());
    return listing;
}

Result<RegistryListing> RegistryListing::parseDockerHubRepositories(const QByteArray &body)
{
    const Result<QJsonObject> root = object(body, Tr::tr("repository list"));
    if (!root)
        return root.error();
    const QJsonValue results = root->value("results"_L1);
    if (!results.isArray()) {
        return Error(ErrorCode::ParseError, Tr::tr("Docker Hub's repository list is not the JSON Docker Hub sends."),
                     u"\"results\" is missing or not an array"_s);
    }
    RegistryListing listing;
    for (const QJsonValue &value : results.toArray()) {
        const QJsonObject repository = value.toObject();
        const QString space = repository.value("namespace"_L1).toString();
        const QString name = repository.value("name"_L1).toString();
        const QString full = space.isEmpty() ? name : space + u'/' + name;
        if (!name.isEmpty() && acceptableName(full))
            listing.names.append(full);
    }
    const QUrl next(root->value("next"_L1).toString());
    // Follow only Docker Hub itself, over HTTPS.
    if (next.isValid() && next.scheme() == u"https"_s && next.host() == u"hub.docker.com"_s
        && next.port(443) == 443 && next.userInfo().isEmpty())
        listing.next = next;
    return listing;
}

} // namespace Wharf
