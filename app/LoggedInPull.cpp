// SPDX-License-Identifier: Apache-2.0
#include "LoggedInPull.h"

#include "EngineRegistryAuth.h"
#include "PullDialog.h"
#include "RegistryServices.h"
#include "credentials/CredentialStore.h"
#include "engine/Engine.h"

#include <QCoreApplication>
#include <QPointer>
#include <QWidget>

namespace Wharf {

namespace {

// A class scope lupdate understands, so the context it records is the one used at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Wharf::LoggedInPull)
};

} // namespace

void LoggedInPull::open(RegistryServices *services, const QList<Engine *> &engines, Engine *preferred,
                        const QString &reference, const QString &registry, QWidget *parent, Opened opened, Warn warn)
{
    const QPointer<QWidget> owner(parent);
    QList<QPointer<Engine>> candidates;
    for (Engine *engine : engines)
        candidates << engine;
    const QPointer<Engine> chosen(preferred);
    auto show = [owner, candidates, chosen, reference, opened](const QString &registryName, const QString &user,
                                                               const QByteArray &auth) {
        if (!owner)
            return;
        QList<Engine *> alive;
        for (const QPointer<Engine> &engine : candidates) {
            if (engine)
                alive << engine.data();
        }
        auto *dialog = new PullDialog(alive, chosen.data(), owner);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setReference(reference);
        dialog->setRegistryLogin(registryName, user, auth);
        if (opened)
            opened(dialog);
        dialog->show();
    };
    if (!services || !services->isLoggedIn(registry)) {
        show(registry, QString(), QByteArray());
        return;
    }
    services->credentials()->credential(registry, [owner, registry, show, warn](Result<RegistryCredential> found) {
        if (!owner)
            return;
        if (!found) {
            if (found.error().code() != ErrorCode::NotFound && warn) {
                warn(Tr::tr("Pulling without your login for %1").arg(registry),
                     Tr::tr("%1 The pull goes without credentials; a private image will be refused.")
                         .arg(found.error().message()),
                     found.error().details());
            }
            show(registry, QString(), QByteArray());
            return;
        }
        show(registry, found->username, EngineRegistryAuth::encode(*found));
    });
}

} // namespace Wharf
