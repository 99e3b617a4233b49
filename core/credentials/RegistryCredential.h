// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace Wharf {

// A login for one registry: who (username) and the password or token (secret). A value that
// lives only as long as a request needs it: it has no debug operator and no serialisation, so
// the secret cannot reach a log or a settings file by accident.
class RegistryCredential
{
public:
    // Docker's convention (docker-credential-helpers, config.json "identitytoken"): this
    // username says the secret is an OAuth2 refresh token, not a password.
    static constexpr QStringView IdentityTokenUsername = u"<token>";

    RegistryCredential() = default;
    RegistryCredential(QString registryName, QString user, QString secretText)
        : registry(std::move(registryName))
        , username(std::move(user))
        , secret(std::move(secretText))
    { }

    QString registry; // normalised "host[:port]"; Docker Hub is "docker.io"
    QString username;
    QString secret;

    bool isEmpty() const { return username.isEmpty() && secret.isEmpty(); }
    bool isIdentityToken() const { return username == IdentityTokenUsername; }

    // The registry a docker config key, credential-helper ServerURL or typed address names,
    // as Docker reads it (its ConvertToHostname): the scheme and any path are dropped
    // ("https://host:5000/v2/" -> "host:5000"), the host is lower-cased, and Docker Hub's
    // names ("https://index.docker.io/v1/", "registry-1.docker.io", ...) become "docker.io".
    // Empty when nothing host-like is left. Lenient on purpose: it reads what other tools
    // wrote; RegistryHost::parse is the strict check for what the user types.
    static QString normaliseRegistry(const QString &serverAddress);
    // The key Docker uses for a registry in config.json and with credential helpers:
    // "https://index.docker.io/v1/" for Docker Hub, the registry name otherwise.
    static QString dockerServerAddress(const QString &registry);
    // True when the text has a character that cannot travel through the keychain or a
    // credential helper intact (NUL, other control characters).
    static bool hasControlCharacters(QStringView text);

    bool operator==(const RegistryCredential &) const = default;
};

} // namespace Wharf
