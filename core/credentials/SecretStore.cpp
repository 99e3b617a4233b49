// SPDX-License-Identifier: Apache-2.0
#include "SecretStore.h"

using namespace Qt::StringLiterals;

namespace Wharf {

SecretStore::SecretStore(QObject *parent)
    : QObject(parent)
{ }

SecretStore::~SecretStore() = default;

QString SecretStore::entryKey(const QString &registry, const QString &username)
{
    return registry + u'/' + username;
}

void SecretStore::answerLater(std::function<void()> answer)
{
    // Queued with `this` as context: dropped if the store is destroyed first.
    QMetaObject::invokeMethod(this, std::move(answer), Qt::QueuedConnection);
}

} // namespace Wharf
