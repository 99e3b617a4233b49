// SPDX-License-Identifier: Apache-2.0
#include "CredentialFixtures.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Wharf::Test {

bool CredentialFixtures::writeFile(const QString &path, const QByteArray &content)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(content) == content.size();
}

QByteArray CredentialFixtures::readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QByteArray CredentialFixtures::authEntry(const QString &user, const QString &secret)
{
    return "{\"auth\":\"" + (user + u':' + secret).toUtf8().toBase64() + "\"}";
}

bool CredentialFixtures::storeInFakeHelper(const QString &helperDir, const QString &serverUrl, const QString &user,
                                           const QString &secret)
{
    // The helper's file name for a server URL: what filestore.sh makes of it.
    QString key = serverUrl;
    for (QChar &c : key) {
        if (!(c.isLetterOrNumber() || c == u'.' || c == u'-'))
            c = u'_';
    }
    return writeFile(helperDir + u"/store/"_s + key, (user + u'\n' + secret + u'\n' + serverUrl + u'\n').toUtf8());
}

} // namespace Wharf::Test
