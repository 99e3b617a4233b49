// SPDX-License-Identifier: Apache-2.0
#include "EngineEndpoint.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Wharf::EngineEndpoint)
};

Error invalid(const QString &url, const QString &message)
{
    return Error(ErrorCode::InvalidConfiguration, message, url);
}

// sockaddr_un::sun_path holds 108 bytes including the terminating NUL.
constexpr qsizetype MaxUnixSocketPath = 107;

// "host" or "[v6]" as it appears in a URL or a Host header.
QString hostForUrl(const QString &host)
{
    return host.contains(u':') ? u'[' + host + u']' : host;
}

} // namespace

EngineEndpoint EngineEndpoint::unixSocket(const QString &path)
{
    EngineEndpoint endpoint;
    endpoint.m_transport = Transport::Unix;
    endpoint.m_socketPath = path;
    return endpoint;
}

EngineEndpoint EngineEndpoint::tcp(const QString &host, quint16 port)
{
    EngineEndpoint endpoint;
    endpoint.m_transport = Transport::Tcp;
    endpoint.m_host = host;
    endpoint.m_port = port;
    return endpoint;
}

EngineEndpoint EngineEndpoint::tls(
    const QString &host, quint16 port, const QString &certDirectory, bool verifyPeer)
{
    EngineEndpoint endpoint;
    endpoint.m_transport = Transport::Tls;
    endpoint.m_host = host;
    endpoint.m_port = port;
    endpoint.m_certDirectory = certDirectory;
    endpoint.m_verifyPeer = verifyPeer;
    return endpoint;
}

Result<EngineEndpoint> EngineEndpoint::fromUrl(
    const QString &url, const QString &certDirectory, bool tlsVerify)
{
    const QString text = url.trimmed();
    if (text.isEmpty())
        return invalid(url,
            Tr::tr("The engine address is empty. Use unix:///path/to/docker.sock or "
                   "tcp://host:port."));

    // A bare absolute path is what people paste from `ls`; take it as a unix socket.
    if (text.startsWith(u'/')) {
        if (text.toUtf8().size() > MaxUnixSocketPath)
            return invalid(url,
                Tr::tr("The socket path \"%1\" is too long for a unix socket (at most 107 bytes).")
                    .arg(text));
        return unixSocket(QDir::cleanPath(text));
    }

    const qsizetype schemeEnd = text.indexOf(u"://"_s);
    if (schemeEnd <= 0)
        return invalid(url,
            Tr::tr("\"%1\" is not an engine address. Use unix:///path/to/docker.sock or "
                   "tcp://host:port.")
                .arg(text));
    const QString scheme = text.left(schemeEnd).toLower();
    const QString rest = text.mid(schemeEnd + 3);

    if (scheme == u"unix") {
        if (!rest.startsWith(u'/'))
            return invalid(url,
                Tr::tr("\"%1\" does not name an absolute socket path. Write it as "
                       "unix:///path/to/docker.sock (three slashes).")
                    .arg(text));
        if (rest.contains(u'?') || rest.contains(u'#'))
            return invalid(url,
                Tr::tr("\"%1\" has a query or fragment, which a socket path cannot have.")
                    .arg(text));
        if (rest.toUtf8().size() > MaxUnixSocketPath)
            return invalid(url,
                Tr::tr("The socket path \"%1\" is too long for a unix socket (at most 107 bytes).")
                    .arg(rest));
        return unixSocket(QDir::cleanPath(rest));
    }
    if (scheme == u"ssh") {
        return invalid(url,
            Tr::tr(
                "Wharf cannot reach an engine over ssh:// (\"%1\"). Forward the remote socket to a "
                "local one, "
                "for example `ssh -nNT -L /tmp/remote-docker.sock:/var/run/docker.sock user@host`, "
                "and use unix:///tmp/remote-docker.sock.")
                .arg(text));
    }
    if (scheme == u"npipe") {
        return invalid(url,
            Tr::tr("Wharf cannot use the Windows named pipe \"%1\": named pipes exist only on "
                   "Windows. "
                   "Use a unix socket (unix:///var/run/docker.sock) or tcp://host:port.")
                .arg(text));
    }
    if (scheme == u"fd") {
        return invalid(url,
            Tr::tr("\"%1\" is a systemd socket-activation address, which only the engine itself "
                   "can use. "
                   "Point Wharf at the engine's socket instead (unix:///var/run/docker.sock).")
                .arg(text));
    }
    if (scheme != u"tcp" && scheme != u"http" && scheme != u"https") {
        return invalid(url,
            Tr::tr("Wharf does not know the scheme \"%1\" in \"%2\". Use unix://, tcp://, http:// "
                   "or https://.")
                .arg(scheme, text));
    }

    const QUrl parsed(text, QUrl::StrictMode);
    if (!parsed.isValid() || parsed.host().isEmpty())
        return invalid(url,
            Tr::tr("\"%1\" is not a valid engine address: it needs a host, as in tcp://host:2376.")
                .arg(text));
    if (!parsed.userInfo().isEmpty() || parsed.hasQuery() || parsed.hasFragment()
        || !(parsed.path().isEmpty() || parsed.path() == u"/")) {
        return invalid(url,
            Tr::tr("\"%1\" is not a valid engine address: only a host and a port are allowed, as "
                   "in tcp://host:2376.")
                .arg(text));
    }

    const bool useTls
        = scheme == u"https" || (scheme == u"tcp" && (tlsVerify || !certDirectory.isEmpty()));
    // Defaults as the docker CLI has them: 2375 plain, 2376 TLS; http(s) URLs use theirs.
    int defaultPort = useTls ? 2376 : 2375;
    if (scheme == u"http")
        defaultPort = 80;
    else if (scheme == u"https")
        defaultPort = 443;
    const int port = parsed.port(defaultPort);
    if (port <= 0 || port > 65535)
        return invalid(url, Tr::tr("\"%1\" has an invalid port.").arg(text));

    const QString host = parsed.host();
    if (useTls)
        return tls(host, quint16(port), certDirectory, tlsVerify || scheme == u"https");
    return tcp(host, quint16(port));
}

bool EngineEndpoint::isValid() const
{
    switch (m_transport) {
    case Transport::Unix: return !m_socketPath.isEmpty();
    case Transport::Tcp:
    case Transport::Tls: return !m_host.isEmpty() && m_port != 0;
    }
    return false;
}

QString EngineEndpoint::toUrl() const
{
    switch (m_transport) {
    case Transport::Unix: return u"unix://"_s + m_socketPath;
    case Transport::Tcp:
    case Transport::Tls:
        // As DOCKER_HOST writes it; TLS is a property of the endpoint, not of the URL.
        return u"tcp://"_s + hostForUrl(m_host) + u':' + QString::number(m_port);
    }
    return {};
}

QString EngineEndpoint::identity() const
{
    switch (m_transport) {
    case Transport::Unix: {
        // /var/run is usually a symlink to /run: the same socket must give the same key.
        const QString canonical = QFileInfo(m_socketPath).canonicalFilePath();
        return u"unix://"_s + (canonical.isEmpty() ? QDir::cleanPath(m_socketPath) : canonical);
    }
    case Transport::Tcp:
    case Transport::Tls:
        return u"tcp://"_s + hostForUrl(m_host.toLower()) + u':' + QString::number(m_port);
    }
    return {};
}

} // namespace Wharf
