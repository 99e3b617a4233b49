// SPDX-License-Identifier: Apache-2.0
#include "RegistryConnections.h"

#include "RegistryClient.h"
#include "RegistryHost.h"
#include "credentials/CredentialStore.h"
#include "credentials/RegistryAccounts.h"

namespace Wharf {

RegistryConnections::RegistryConnections(QObject *parent)
    : QObject(parent)
{
}

RegistryConnections::~RegistryConnections() = default;

void RegistryConnections::useAccounts(RegistryAccounts *accounts, CredentialStore *credentials,
                                      std::function<void(const QString &, const Error &)> unreadable)
{
    const QPointer<RegistryAccounts> knownAccounts(accounts);
    const QPointer<CredentialStore> store(credentials);
    m_credentials = [knownAccounts, store, unreadable](const QString &registry, std::function<void(Credential)> answer) {
        if (!knownAccounts || !store || knownAccounts->username(registry).isEmpty()) {
            answer({});
            return;
        }
        store->credential(registry, [registry, answer, unreadable](Result<RegistryCredential> found) {
            if (found) {
                answer({ found->username, found->secret });
                return;
            }
            // Not logged in is the normal case; anything else the user must hear about.
            if (found.error().code() != ErrorCode::NotFound && unreadable)
                unreadable(registry, found.error());
            answer({});
        });
    };
    m_options = [knownAccounts](const QString &registry) {
        return knownAccounts ? optionsFrom(*knownAccounts, registry) : RegistryOptions();
    };
}

RegistryOptions RegistryConnections::optionsFrom(const RegistryAccounts &accounts, const QString &registry)
{
    RegistryOptions options;
    options.insecure = accounts.insecure(registry);
    options.caFile = accounts.caFile(registry);
    return options;
}

RegistryClient *RegistryConnections::existingClient(const QString &registry) const
{
    return m_clients.value(registry).data();
}

void RegistryConnections::withClient(const QString &registry, QObject *context,
                                     std::function<void(Result<RegistryClient *>)> done)
{
    QPointer<QObject> guard(context);
    const bool guarded = context != nullptr;
    auto answer = [guard, guarded, done = std::move(done)](Result<RegistryClient *> result) {
        if (guarded && !guard)
            return;
        done(result);
    };
    const Result<RegistryHost> host = RegistryHost::parse(registry);
    if (!host) {
        QMetaObject::invokeMethod(this, [answer, error = host.error()] { answer(error); }, Qt::QueuedConnection);
        return;
    }
    const QString name = host->name();
    if (RegistryClient *client = m_clients.value(name)) {
        QMetaObject::invokeMethod(this, [answer, client = QPointer<RegistryClient>(client), name] {
            if (client)
                answer(client.data());
            else
                answer(Error(ErrorCode::Cancelled, tr("The connection to %1 was reset.").arg(name)));
        }, Qt::QueuedConnection);
        return;
    }
    const quint64 generation = m_generation;
    QPointer<RegistryConnections> self(this);
    auto make = [self, generation, name, host = *host, answer](Credential credential) {
        if (!self)
            return;
        // Another request may have made it meanwhile: share it. A reset while the
        // credential was looked up means the answer may be stale: look it up again.
        RegistryClient *client = self->m_clients.value(name);
        if (!client && self->m_generation != generation) {
            self->withClient(name, nullptr, answer);
            return;
        }
        if (!client) {
            client = new RegistryClient(host, self->m_options ? self->m_options(name) : RegistryOptions{}, self);
            client->setCredential(credential.username, credential.secret);
            self->m_clients.insert(name, client);
        }
        QMetaObject::invokeMethod(self, [answer, client = QPointer<RegistryClient>(client), name] {
            if (client)
                answer(client.data());
            else
                answer(Error(ErrorCode::Cancelled, tr("The connection to %1 was reset.").arg(name)));
        }, Qt::QueuedConnection);
    };
    if (m_credentials)
        m_credentials(name, make);
    else
        make({});
}

void RegistryConnections::reset(const QString &registry)
{
    const Result<RegistryHost> host = RegistryHost::parse(registry);
    const QString name = host ? host->name() : registry;
    ++m_generation;
    if (QPointer<RegistryClient> client = m_clients.take(name))
        client->deleteLater();
    Q_EMIT clientReset(name);
}

void RegistryConnections::resetAll()
{
    const QStringList names = m_clients.keys();
    for (const QString &name : names)
        reset(name);
}

} // namespace Wharf
