// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/Result.h"

#include <QString>

namespace Wharf {

// Where an engine listens: a unix socket, plain TCP, or TCP with TLS (client certificates
// from DOCKER_CERT_PATH: ca.pem, cert.pem, key.pem).
class EngineEndpoint
{
public:
    enum class Transport { Unix, Tcp, Tls };

    EngineEndpoint() = default;
    static EngineEndpoint unixSocket(const QString &path);
    static EngineEndpoint tcp(const QString &host, quint16 port);
    static EngineEndpoint tls(const QString &host, quint16 port, const QString &certDirectory,
                              bool verifyPeer = true);

    // Parses "unix:///path", "tcp://host:port" (tls when tlsVerify or a cert directory is
    // given, as the docker CLI does with DOCKER_TLS_VERIFY / DOCKER_CERT_PATH), "https://",
    // "http://". ssh:// and npipe:// get an InvalidConfiguration error that says why.
    static Result<EngineEndpoint> fromUrl(const QString &url, const QString &certDirectory = {},
                                          bool tlsVerify = false);

    Transport transport() const { return m_transport; }
    QString socketPath() const { return m_socketPath; }
    QString host() const { return m_host; }
    quint16 port() const { return m_port; }
    QString certDirectory() const { return m_certDirectory; }
    bool verifyPeer() const { return m_verifyPeer; }
    bool isValid() const;

    // "unix:///run/podman/podman.sock", "tcp://host:2376"
    QString toUrl() const;
    // Same engine, same key: unix sockets by their canonical path (symlinks resolved), so a
    // socket found twice counts once.
    QString identity() const;

    bool operator==(const EngineEndpoint &) const = default;

private:
    Transport m_transport = Transport::Unix;
    QString m_socketPath;
    QString m_host;
    quint16 m_port = 0;
    QString m_certDirectory;
    bool m_verifyPeer = true;
};

} // namespace Wharf
