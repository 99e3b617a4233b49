// SPDX-License-Identifier: Apache-2.0
#include "CredentialImporter.h"

#include "CredentialHelperClient.h"
#include "DockerConfigFile.h"
#include "PodmanAuthFile.h"

#include <QFileInfo>
#include <QMap>
#include <QPointer>
#include <QSet>
#include <memory>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

// The scan in progress: one slot of logins per source, in the order they are listed, so
// answers from helpers that arrive in any order still come out in a stable order.
struct ScanState
{
    QList<QList<ImportableLogin>> perSource;
    CredentialImporter::Scan result;
    int pending = 0;
    std::function<void(CredentialImporter::Scan)> done;

    qsizetype newSlot()
    {
        perSource.emplaceBack();
        return perSource.size() - 1;
    }
    void finishIfDone()
    {
        if (pending > 0 || !done)
            return;
        for (const QList<ImportableLogin> &logins : std::as_const(perSource))
            result.logins.append(logins);
        auto finish = std::move(done);
        done = nullptr;
        finish(std::move(result));
    }
};

QString canonical(const QString &path)
{
    const QString resolved = QFileInfo(path).canonicalFilePath();
    return resolved.isEmpty() ? QFileInfo(path).absoluteFilePath() : resolved;
}

} // namespace

CredentialImporter::CredentialImporter(QObject *parent)
    : CredentialImporter(QProcessEnvironment::systemEnvironment(), parent)
{ }

CredentialImporter::CredentialImporter(const QProcessEnvironment &environment, QObject *parent)
    : QObject(parent)
    , m_environment(environment)
    , m_helperTimeout(CredentialHelperClient::DefaultTimeout)
{ }

CredentialImporter::~CredentialImporter() = default;

void CredentialImporter::scan(std::function<void(Scan)> done)
{
    auto state = std::make_shared<ScanState>();
    state->done = std::move(done);
    // Held until every source has been read, so the answer is never given synchronously.
    ++state->pending;

    QSet<QString> seenFiles;
    const auto readFile = [&](AuthConfigFile &file, const QString &path,
                              ImportableLogin::Source source) {
        if (seenFiles.contains(canonical(path)))
            return;
        seenFiles.insert(canonical(path));
        const Result<void> loaded = file.load(path);
        if (!loaded) {
            state->result.problems.append(loaded.error());
            return;
        }
        if (!file.exists())
            return;
        for (const QString &problem : file.problems())
            state->result.problems.append(Error(ErrorCode::CredentialsError, problem, path));

        const qsizetype fileSlot = state->newSlot();
        for (const AuthConfigFile::Entry &entry : file.entries()) {
            ImportableLogin login;
            login.source = source;
            login.registry = entry.credential.registry;
            login.username = entry.credential.username;
            login.location = path;
            login.serverUrl = entry.key;
            state->perSource[fileSlot].append(login);
        }

        // Helpers: credsStore lists everything it holds; a credHelpers helper only the
        // registries assigned to it.
        QMap<QString, QStringList> registriesByHelper; // helper -> registries (empty: all)
        if (!file.credsStore().isEmpty())
            registriesByHelper[file.credsStore()];
        const QMap<QString, QString> assigned = file.credHelpers();
        for (auto it = assigned.constBegin(); it != assigned.constEnd(); ++it) {
            if (it.value() != file.credsStore())
                registriesByHelper[it.value()].append(it.key());
        }
        for (auto it = registriesByHelper.constBegin(); it != registriesByHelper.constEnd(); ++it) {
            const QString helper = it.key();
            const QStringList registries = it.value();
            const qsizetype helperSlot = state->newSlot();
            auto *client = new CredentialHelperClient(helper, m_environment, this);
            client->setTimeout(m_helperTimeout);
            ++state->pending;
            client->list([state, client, helper, registries, path, helperSlot](
                             Result<QMap<QString, QString>> listed) {
                client->deleteLater();
                QSet<QString> found;
                const auto makeLogin
                    = [&](const QString &serverUrl, const QString &registry, const QString &user) {
                          ImportableLogin login;
                          login.source = ImportableLogin::Source::CredentialHelper;
                          login.registry = registry;
                          login.username = user;
                          login.location = path;
                          login.helper = helper;
                          login.serverUrl = serverUrl;
                          return login;
                      };
                if (listed) {
                    for (auto login = listed->constBegin(); login != listed->constEnd(); ++login) {
                        const QString registry = RegistryCredential::normaliseRegistry(login.key());
                        if (registry.isEmpty()
                            || (!registries.isEmpty() && !registries.contains(registry)))
                            continue;
                        found.insert(registry);
                        state->perSource[helperSlot].append(
                            makeLogin(login.key(), registry, login.value()));
                    }
                } else {
                    state->result.problems.append(listed.error());
                }
                // A helper that cannot list (or lists nothing for an assigned registry) may
                // still answer "get" for it, with the registry as Docker passes it.
                const bool helperMissing = !listed
                    && (listed.error().code() == ErrorCode::ProgramNotFound
                        || listed.error().code() == ErrorCode::InvalidConfiguration);
                if (!helperMissing) {
                    for (const QString &registry : registries) {
                        if (!found.contains(registry)) {
                            state->perSource[helperSlot].append(makeLogin(
                                RegistryCredential::dockerServerAddress(registry), registry, {}));
                        }
                    }
                }
                --state->pending;
                state->finishIfDone();
            });
        }
    };

    DockerConfigFile docker;
    readFile(docker, DockerConfigFile::defaultPath(m_environment),
        ImportableLogin::Source::DockerConfig);
    for (const QString &path : PodmanAuthFile::podmanPaths(m_environment)) {
        PodmanAuthFile podman;
        readFile(podman, path, ImportableLogin::Source::PodmanAuthFile);
    }

    QMetaObject::invokeMethod(
        this,
        [state] {
            --state->pending;
            state->finishIfDone();
        },
        Qt::QueuedConnection);
}

void CredentialImporter::fetch(
    const ImportableLogin &login, std::function<void(Result<RegistryCredential>)> done)
{
    if (login.source == ImportableLogin::Source::CredentialHelper) {
        auto *client = new CredentialHelperClient(login.helper, m_environment, this);
        client->setTimeout(m_helperTimeout);
        client->get(login.serverUrl,
            [client, login, done = std::move(done)](Result<RegistryCredential> found) {
                client->deleteLater();
                if (found)
                    found->registry = login.registry;
                done(std::move(found));
            });
        return;
    }

    std::unique_ptr<AuthConfigFile> file;
    if (login.source == ImportableLogin::Source::DockerConfig)
        file = std::make_unique<DockerConfigFile>();
    else
        file = std::make_unique<PodmanAuthFile>();
    Result<RegistryCredential> result = Error(ErrorCode::NotFound,
        tr("%1 no longer holds a login for %2.").arg(login.location, login.registry));
    if (const Result<void> loaded = file->load(login.location); !loaded) {
        result = loaded.error();
    } else {
        std::optional<AuthConfigFile::Entry> entry;
        for (AuthConfigFile::Entry &candidate : file->entries()) {
            if (candidate.key == login.serverUrl)
                entry = std::move(candidate);
        }
        if (!entry)
            entry = file->entry(login.registry);
        if (entry)
            result = entry->credential;
    }
    QMetaObject::invokeMethod(
        this, [done = std::move(done), result = std::move(result)] { done(result); },
        Qt::QueuedConnection);
}

void CredentialImporter::importInto(const ImportableLogin &login, CredentialStore *store,
    CredentialStore::PersistMode mode, std::function<void(Result<void>)> done)
{
    QPointer<CredentialStore> target(store);
    fetch(login, [target, mode, done = std::move(done)](Result<RegistryCredential> found) mutable {
        if (!found) {
            done(found.error());
            return;
        }
        if (!target)
            return;
        target->login(*found, mode, std::move(done));
    });
}

} // namespace Wharf
