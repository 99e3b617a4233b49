// SPDX-License-Identifier: Apache-2.0
#include "RegistryConnections.h"

#include "RegistryClient.h"
#include "RegistryHost.h"

namespace Wharf {

RegistryConnections::RegistryConnections(QObject *parent)
    : QObject(parent)
{
}

RegistryConnections::~RegistryConnections() = default;

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
