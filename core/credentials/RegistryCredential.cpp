// SPDX-License-Identifier: Apache-2.0
#include "RegistryCredential.h"

using namespace Qt::StringLiterals;

namespace Wharf {

QString RegistryCredential::normaliseRegistry(const QString &serverAddress)
{
    QString name = serverAddress.trimmed();
    for (const QString &scheme : { u"https://"_s, u"http://"_s }) {
        if (name.startsWith(scheme, Qt::CaseInsensitive)) {
            name.remove(0, scheme.size());
            break;
        }
    }
    const qsizetype slash = name.indexOf(u'/');
    if (slash >= 0)
        name.truncate(slash);
    name = name.toLower();
    if (name == u"index.docker.io"_s || name == u"registry-1.docker.io"_s
        || name == u"registry.hub.docker.com"_s)
        return u"docker.io"_s;
    for (const QChar c : std::as_const(name)) {
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return {};
    }
    return name;
}

QString RegistryCredential::dockerServerAddress(const QString &registry)
{
    const QString name = normaliseRegistry(registry);
    return name == u"docker.io"_s ? u"https://index.docker.io/v1/"_s : name;
}

bool RegistryCredential::hasControlCharacters(QStringView text)
{
    for (const QChar c : text) {
        if (c.category() == QChar::Other_Control)
            return true;
    }
    return false;
}

} // namespace Wharf
