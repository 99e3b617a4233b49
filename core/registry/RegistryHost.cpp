// SPDX-License-Identifier: Apache-2.0
#include "RegistryHost.h"

#include "ImageReference.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Wharf::RegistryHost)
};

bool isDockerHubAlias(const QString &name)
{
    return name == u"docker.io"_s || name == u"index.docker.io"_s || name == u"registry-1.docker.io"_s
        || name == u"registry.hub.docker.com"_s;
}

// What was typed, as a message may show it: without "user:password@" (a pasted URL may carry
// a secret), and with invisible characters (NUL, escape sequences, bidi overrides) made
// visible, so the message cannot mangle a label, a log or a terminal.
QString shown(const QString &text)
{
    static const QRegularExpression userInfo(u"^([A-Za-z][A-Za-z0-9+.-]*://)?.*@"_s,
                                             QRegularExpression::DotMatchesEverythingOption);
    QString visible = text.trimmed();
    visible.replace(userInfo, u"\\1…@"_s);
    visible.truncate(200);
    for (QChar &c : visible) {
        if (!c.isPrint())
            c = QChar::ReplacementCharacter;
    }
    return visible;
}

Error invalid(const QString &text, const QString &reason)
{
    return Error(ErrorCode::InvalidReference,
                 Tr::tr("“%1” is not a registry address: %2.").arg(shown(text), reason), reason);
}

} // namespace

RegistryHost RegistryHost::dockerHub()
{
    return RegistryHost(ImageReference::defaultDomain());
}

Result<RegistryHost> RegistryHost::parse(const QString &text)
{
    QString name = text.trimmed();
    if (name.isEmpty())
        return invalid(text, Tr::tr("it is empty"));
    if (name.size() > 255)
        return invalid(text, Tr::tr("it is longer than 255 characters"));
    for (const QString &scheme : { u"https://"_s, u"http://"_s }) {
        if (name.startsWith(scheme, Qt::CaseInsensitive)) {
            name.remove(0, scheme.size());
            break;
        }
    }
    // A pasted API URL: "host/v2/", "https://index.docker.io/v1/".
    for (const QString &suffix : { u"/v1/"_s, u"/v2/"_s, u"/v1"_s, u"/v2"_s, u"/"_s }) {
        if (name.endsWith(suffix)) {
            name.chop(suffix.size());
            break;
        }
    }
    name = name.toLower();
    if (name.isEmpty())
        return invalid(text, Tr::tr("it has no host name"));
    if (name.contains(u'/')) {
        return invalid(text, Tr::tr("a registry is a host name with an optional port; "
                                    "“/” starts a repository path"));
    }
    if (isDockerHubAlias(name))
        return dockerHub();
    if (name != u"localhost"_s && !name.contains(u'.') && !name.contains(u':')) {
        return invalid(text, Tr::tr("without a dot or a port (registry.example.org, myhost:5000), "
                                    "Docker would read it as a Docker Hub user"));
    }
    // The same host grammar as image references: parse "host/x" and keep the host.
    const Result<ImageReference> reference = ImageReference::parse(name + u"/x"_s);
    if (!reference)
        return invalid(text, reference.error().details());
    if (reference->domain() != name)
        return invalid(text, Tr::tr("it is not a host name"));
    const qsizetype colon = name.lastIndexOf(u':');
    if (colon > 0 && name.indexOf(u']') < colon) {
        bool ok = false;
        const int port = name.mid(colon + 1).toInt(&ok);
        if (!ok || port < 1 || port > 65535)
            return invalid(text, Tr::tr("the port must be between 1 and 65535"));
    }
    return RegistryHost(name);
}

QString RegistryHost::hostPart() const
{
    if (m_name.startsWith(u'[')) {
        const qsizetype close = m_name.indexOf(u']');
        return m_name.mid(1, close - 1);
    }
    const qsizetype colon = m_name.lastIndexOf(u':');
    return colon < 0 ? m_name : m_name.left(colon);
}

QString RegistryHost::apiAuthority() const
{
    return isDockerHub() ? u"registry-1.docker.io"_s : m_name;
}

QUrl RegistryHost::apiBaseUrl(const QString &scheme) const
{
    return QUrl(scheme + u"://"_s + apiAuthority());
}

bool RegistryHost::isDockerHub() const
{
    return m_name == ImageReference::defaultDomain();
}

bool RegistryHost::isLoopback() const
{
    const QString host = hostPart();
    if (host == u"localhost"_s)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

QString RegistryHost::dockerConfigKey() const
{
    return isDockerHub() ? u"https://index.docker.io/v1/"_s : m_name;
}

} // namespace Wharf
