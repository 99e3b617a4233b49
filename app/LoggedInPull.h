// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>

#include <functional>

class QWidget;

namespace Wharf {

class Engine;
class PullDialog;
class RegistryServices;

// Opens the pull dialog for a reference of one of the user's registries with the saved login
// of that registry: the secret is read from the keychain for this pull only and lives in the
// dialog while it is open. Without a login, or when it cannot be read, the pull goes
// anonymously (and `warn` says why in the second case). For the Registries page's Pull and
// for launching a registry tag that the engine does not have yet.
class LoggedInPull
{
public:
    using Opened = std::function<void(PullDialog *dialog)>;
    using Warn = std::function<void(const QString &title, const QString &body, const QString &details)>;

    // `opened` gets the shown dialog (to connect pulled()); nothing is called when `parent`
    // is gone by the time the keychain answers.
    static void open(RegistryServices *services, const QList<Engine *> &engines, Engine *preferred,
                     const QString &reference, const QString &registry, QWidget *parent, Opened opened, Warn warn);
};

} // namespace Wharf
