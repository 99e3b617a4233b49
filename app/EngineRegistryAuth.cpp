// SPDX-License-Identifier: Apache-2.0
#include "EngineRegistryAuth.h"

#include "credentials/RegistryCredential.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Wharf {

QByteArray EngineRegistryAuth::encode(const RegistryCredential &credential)
{
    if (credential.isEmpty())
        return {};
    QJsonObject auth;
    if (credential.isIdentityToken()) {
        auth.insert(u"identitytoken"_s, credential.secret);
    } else {
        auth.insert(u"username"_s, credential.username);
        auth.insert(u"password"_s, credential.secret);
    }
    // Docker Hub's key is the old index URL; every other registry is named by host[:port].
    auth.insert(u"serveraddress"_s, RegistryCredential::dockerServerAddress(credential.registry));
    // Padding kept: the Docker 20.10 daemon decodes with base64.URLEncoding, which wants it.
    return QJsonDocument(auth)
        .toJson(QJsonDocument::Compact)
        .toBase64(QByteArray::Base64UrlEncoding);
}

} // namespace Wharf
