// SPDX-License-Identifier: Apache-2.0
#include "SessionSecretStore.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

// Overwrites the characters before the string is released, so a secret does not linger in
// freed memory longer than needed (best effort: copies made elsewhere are not ours).
void scrub(QString &secret)
{
    if (!secret.isEmpty() && !secret.isDetached())
        return; // shared with a caller's copy: clearing ours would not touch theirs
    secret.fill(u'\0');
    secret.clear();
}

} // namespace

SessionSecretStore::SessionSecretStore(QObject *parent)
    : SecretStore(parent)
{ }

SessionSecretStore::~SessionSecretStore()
{
    clear();
}

void SessionSecretStore::read(const QString &registry, const QString &username, ReadCallback done)
{
    const auto it = m_secrets.constFind(entryKey(registry, username));
    if (it == m_secrets.cend()) {
        Error error(ErrorCode::NotFound,
            tr("No password for %1 (user %2) is kept for this session.").arg(registry, username));
        answerLater([done = std::move(done), error] { done(error); });
        return;
    }
    answerLater([done = std::move(done), secret = it.value()] { done(secret); });
}

void SessionSecretStore::write(
    const QString &registry, const QString &username, const QString &secret, DoneCallback done)
{
    QString &slot = m_secrets[entryKey(registry, username)];
    scrub(slot);
    slot = secret;
    answerLater([done = std::move(done)] { done({}); });
}

void SessionSecretStore::remove(const QString &registry, const QString &username, DoneCallback done)
{
    const auto it = m_secrets.find(entryKey(registry, username));
    if (it != m_secrets.end()) {
        scrub(it.value());
        m_secrets.erase(it);
    }
    answerLater([done = std::move(done)] { done({}); });
}

void SessionSecretStore::clear()
{
    for (QString &secret : m_secrets)
        scrub(secret);
    m_secrets.clear();
}

} // namespace Wharf
