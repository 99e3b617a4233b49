// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/Result.h"

#include <QString>
#include <QUrl>

namespace Wharf {

// A registry as the user names it ("docker.io", "gitlab-registry.cern.ch", "localhost:5000",
// "[::1]:5000") and where its API lives. Parsing accepts what people paste: a scheme, a
// trailing "/", "/v1/" or "/v2/", upper case, and Docker Hub's other names
// (index.docker.io, registry-1.docker.io, registry.hub.docker.com), and normalises them.
// The host grammar is the one image references use (ImageReference), so that every
// registry Wharf lists can also appear in a reference: a name without a dot or a port
// ("myregistry") is refused, because Docker would read it as a Docker Hub namespace.
class RegistryHost
{
public:
    RegistryHost() = default;

    static Result<RegistryHost> parse(const QString &text);
    static RegistryHost dockerHub();

    bool isNull() const { return m_name.isEmpty(); }
    // The normalised name: "docker.io", "host:5000". This is the key in settings, the
    // keychain and the image references.
    QString name() const { return m_name; }
    // Where the distribution API answers: "registry-1.docker.io" for Docker Hub.
    QString apiAuthority() const;
    QUrl apiBaseUrl(const QString &scheme) const;
    bool isDockerHub() const;
    // localhost, 127.0.0.0/8 and ::1: Docker lets these use plain HTTP without opting in.
    bool isLoopback() const;
    // The key Docker's config.json and credential helpers use for this registry:
    // "https://index.docker.io/v1/" for Docker Hub, the name otherwise.
    QString dockerConfigKey() const;

    bool operator==(const RegistryHost &) const = default;

private:
    explicit RegistryHost(QString name) : m_name(std::move(name)) {}
    QString hostPart() const;

    QString m_name;
};

} // namespace Wharf
