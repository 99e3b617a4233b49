// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "SecretStore.h"

#include <QHash>

namespace Wharf {

// Secrets in memory only, for "use for this session only" when there is no keychain (or the
// user does not want one). Gone when the store is destroyed; never written anywhere.
class SessionSecretStore : public SecretStore
{
    Q_OBJECT

public:
    explicit SessionSecretStore(QObject *parent = nullptr);
    ~SessionSecretStore() override;

    void read(const QString &registry, const QString &username, ReadCallback done) override;
    void write(const QString &registry, const QString &username, const QString &secret,
        DoneCallback done) override;
    void remove(const QString &registry, const QString &username, DoneCallback done) override;

    // Forgets every secret at once (at logout of the whole session, in tests).
    void clear();
    qsizetype size() const { return m_secrets.size(); }

private:
    QHash<QString, QString> m_secrets; // entryKey -> secret
};

} // namespace Wharf
