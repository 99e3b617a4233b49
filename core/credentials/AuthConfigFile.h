// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "RegistryCredential.h"
#include "base/Result.h"

#include <QFileDevice>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace Wharf {

// The "auths" file format Docker's config.json and Podman's auth.json share:
//   { "auths": { "KEY": { "auth": base64("user:password") | "username"+"password",
//                         "identitytoken": "..." } },
//     "credsStore": "secretservice", "credHelpers": { "KEY": "pass" }, ...every other key }
// Keys are read as Docker reads them ("https://index.docker.io/v1/" is docker.io,
// "https://host/v2/" is host). Loading never trusts the file: it is bounded in size,
// must be a JSON object, and entries that cannot be read are skipped and listed in
// problems(), without their contents. Saving writes through QSaveFile (all or nothing),
// keeps every key Wharf does not know and the file's permissions (0600 for a new file).
// Wharf writes these files only when the user asks; reading never changes them.
class AuthConfigFile
{
public:
    static constexpr qint64 MaxFileSize = 1024 * 1024;

    AuthConfigFile() = default;

    // One login found in "auths".
    struct Entry
    {
        QString key; // the key exactly as in the file
        RegistryCredential credential; // registry normalised from the key
    };

    // Reads `path`. A missing file is not an error: the result is an empty file that save()
    // would create. CredentialsError when the file cannot be read, is not a regular file or
    // is larger than MaxFileSize; ParseError when it is not a JSON object or "auths",
    // "credHelpers" or "credsStore" have the wrong type.
    Result<void> load(const QString &path);
    // The same for bytes (tests, or a file read elsewhere); `path` only names it in errors.
    Result<void> parse(const QByteArray &json, const QString &path = {});

    QString path() const { return m_path; }
    bool exists() const { return m_exists; }

    // Logins that could be read, in file order of the keys.
    QList<Entry> entries() const;
    // The login for a registry (any key that normalises to it), if one can be read.
    std::optional<Entry> entry(const QString &registry) const;
    // Why some entries were skipped ("the entry for host has no “:” in “auth”"); never the
    // secret itself.
    QStringList problems() const { return m_problems; }

    // "credsStore": the helper Docker uses for every registry without a credHelpers entry.
    QString credsStore() const;
    // "credHelpers", keys normalised: registry -> helper name.
    QMap<QString, QString> credHelpers() const;
    // The helper that holds the login for `registry` (credHelpers first, then credsStore),
    // or empty when logins live in "auths".
    QString helperFor(const QString &registry) const;

    // Sets the login for credential.registry: an existing key for that registry is reused,
    // else Docker's key (dockerServerAddress). Other members of the entry are kept.
    void setAuth(const RegistryCredential &credential);
    // Removes every key for `registry`; false when there was none.
    bool removeAuth(const QString &registry);
    // Sets "credHelpers": { key: helper }, the key exactly as given: Docker looks a helper up
    // by its server address (RegistryCredential::dockerServerAddress), Podman by the registry
    // name, neither normalises. Other keys are left alone. An empty `helper` removes the key
    // (and an emptied "credHelpers"). False when nothing changed.
    bool setCredentialHelper(const QString &key, const QString &helper);

    // Writes to path() (or `path` when given). Creates the directory (0700) when missing.
    // Refused (CredentialsError) after a failed load or parse: the file's other contents are
    // unknown then, and writing would lose them.
    Result<void> save(const QString &path = {});

    // The whole document as it would be saved.
    QJsonObject toJson() const { return m_root; }

protected:
    // `description` names the kind of file in messages ("Docker's configuration file").
    explicit AuthConfigFile(QString description)
        : m_description(std::move(description))
    { }

private:
    Result<void> parseDocument(const QByteArray &json, const QString &path);
    std::optional<Entry> readEntry(
        const QString &key, const QJsonValue &value, QString *problem) const;

    QString m_description;
    QString m_path;
    bool m_exists = false;
    bool m_unreadable = false;
    QJsonObject m_root;
    QStringList m_problems;
    std::optional<QFileDevice::Permissions> m_permissions;
};

} // namespace Wharf
