// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "RegistryAccount.h"
#include "base/Result.h"

#include <QList>
#include <QObject>
#include <optional>

class QSettings;

namespace Wharf {

// The user's registries and, per registry, the username and connection options, kept in
// QSettings (group "Registries"). It NEVER stores a secret: those go to a SecretStore
// through CredentialStore.
//
// On first use (the settings have never held a list) the list starts with
// defaultRegistries(); a list the user emptied stays empty. Every change is written and
// synced at once, so the command line and the GUI see the same list. Registry names are
// normalised (RegistryCredential::normaliseRegistry) and unique.
class RegistryAccounts : public QObject
{
    Q_OBJECT

public:
    // `settings` is not owned and must outlive this object; tests pass a temporary INI file.
    explicit RegistryAccounts(QSettings *settings, QObject *parent = nullptr);
    ~RegistryAccounts() override;

    static QStringList defaultRegistries();
    // The registry name `text` stands for ("https://Host:5000/v2/" is "host:5000"), or
    // InvalidConfiguration for an empty name, a repository path or spaces.
    static Result<QString> checkName(const QString &text);

    QStringList registries() const;
    QList<RegistryAccount> accounts() const { return m_accounts; }
    bool contains(const QString &registry) const;
    std::optional<RegistryAccount> account(const QString &registry) const;

    // Adds a registry (normalised; "https://Host:5000/v2/" is "host:5000") at the end of the
    // list and returns its name. InvalidConfiguration for an empty name, a path or spaces;
    // Conflict when it is already in the list.
    Result<QString> add(const QString &registry);
    // False when the registry is not in the list.
    bool remove(const QString &registry);
    // Renames in place, keeping the options and the position. The secret is not moved: that
    // is CredentialStore::renameRegistry's job.
    Result<QString> rename(const QString &from, const QString &to);

    // Setters return false when the registry is not in the list (add it first).
    QString username(const QString &registry) const;
    bool setUsername(const QString &registry, const QString &username);
    bool insecure(const QString &registry) const;
    bool setInsecure(const QString &registry, bool insecure);
    QString caFile(const QString &registry) const;
    bool setCaFile(const QString &registry, const QString &path);
    QStringList repositories(const QString &registry) const;
    bool setRepositories(const QString &registry, const QStringList &repositories);
    bool addRepository(const QString &registry, const QString &repository);
    bool removeRepository(const QString &registry, const QString &repository);
    bool savedInKeychain(const QString &registry) const;
    bool setSavedInKeychain(const QString &registry, bool saved);

    // Reads the settings again (another process may have changed them).
    void reload();

Q_SIGNALS:
    // The list itself changed: a registry was added, removed or renamed.
    void registriesChanged();
    // Something about one registry changed (username, options, repositories).
    void accountChanged(const QString &registry);
    void accountRenamed(const QString &from, const QString &to);

private:
    qsizetype indexOf(const QString &registry) const;
    RegistryAccount *find(const QString &registry);
    template<typename Member, typename Value>
    bool set(const QString &registry, Member member, const Value &value);
    void load();
    void save();

    QSettings *m_settings;
    QList<RegistryAccount> m_accounts;
};

} // namespace Wharf
