// SPDX-License-Identifier: Apache-2.0
#include "CredentialExporter.h"

#include "CredentialHelperClient.h"
#include "DockerConfigFile.h"
#include "PodmanAuthFile.h"
#include "base/LogCategories.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QLoggingCategory>
#include <memory>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

using Target = CredentialExporter::Target;
using Plan = CredentialExporter::Plan;

const QString CredHelpersKey = u"credHelpers"_s;
const QString AuthsKey = u"auths"_s;

// The helper of the desktop's own keychain, as Docker Desktop and the docker-credential-helpers
// project name them.
QString defaultHelperName()
{
#if defined(Q_OS_MACOS)
    return u"osxkeychain"_s;
#elif defined(Q_OS_WIN)
    return u"wincred"_s;
#else
    return u"secretservice"_s;
#endif
}

bool keepsLoginsInKeychain(const QString &helper)
{
    return helper == u"secretservice"_s || helper == u"osxkeychain"_s || helper == u"wincred"_s
        || helper == u"desktop"_s;
}

// Where to get a helper Wharf would configure; empty for helpers it does not know.
QString installHint(const QString &helper)
{
    if (helper == u"secretservice"_s)
        return CredentialExporter::tr(
            "On Debian and Ubuntu it comes with the package golang-docker-credential-helpers; on "
            "other systems install docker-credential-helpers (docker-credential-secretservice) "
            "from the distribution or from the docker-credential-helpers project.");
    if (helper == u"osxkeychain"_s)
        return CredentialExporter::tr(
            "It comes with Docker Desktop, or with Homebrew's docker-credential-helper package.");
    if (helper == u"wincred"_s)
        return CredentialExporter::tr("It comes with Docker Desktop, or from the "
                                      "docker-credential-helpers project's releases.");
    return {};
}

std::unique_ptr<AuthConfigFile> makeFile(Target target)
{
    if (target == Target::Docker)
        return std::make_unique<DockerConfigFile>();
    return std::make_unique<PodmanAuthFile>();
}

QString fileKind(Target target)
{
    return target == Target::Docker ? CredentialExporter::tr("Docker's configuration file")
                                    : CredentialExporter::tr("Podman's auth file");
}

// The file to write. Podman: $REGISTRY_AUTH_FILE when set, else the persistent
// $XDG_CONFIG_HOME/containers/auth.json, never the $XDG_RUNTIME_DIR one `podman login`
// writes by default: that one is wiped at logout, and the helper entry must outlive it.
QString targetFile(Target target, const QProcessEnvironment &environment)
{
    if (target == Target::Docker)
        return DockerConfigFile::defaultPath(environment);
    if (!environment.value(u"REGISTRY_AUTH_FILE"_s).isEmpty())
        return PodmanAuthFile::defaultPath(environment);
    QProcessEnvironment persistent = environment;
    persistent.remove(u"XDG_RUNTIME_DIR"_s);
    return PodmanAuthFile::defaultPath(persistent);
}

// The credHelpers key and the helper's ServerURL the tool uses for a registry: Docker looks
// both up by its server address ("https://index.docker.io/v1/" for Docker Hub), Podman
// (containers/image) by the registry name, exactly, neither normalising.
QString helperKey(Target target, const QString &registry)
{
    return target == Target::Docker ? RegistryCredential::dockerServerAddress(registry) : registry;
}

QString sameFile(const QString &path)
{
    const QString resolved = QFileInfo(path).canonicalFilePath();
    return resolved.isEmpty() ? QDir::cleanPath(QFileInfo(path).absoluteFilePath()) : resolved;
}

// "~/.docker/config.json" rather than the whole home path, as users write it.
QString shownPath(const QString &path, const QProcessEnvironment &environment)
{
    QString home = environment.value(u"HOME"_s);
    if (home.isEmpty())
        home = QDir::homePath();
    home = QDir::cleanPath(home);
    const QString clean = QDir::cleanPath(path);
    if (home.size() > 1 && clean.startsWith(home + u'/'))
        return QDir::toNativeSeparators(u"~"_s + clean.mid(home.size()));
    return QDir::toNativeSeparators(clean);
}

// True when "auths" holds something secret for the registry under any of its keys, readable
// or not: a malformed "auth" may still be a password.
bool hasClearLogin(const AuthConfigFile &file, const QString &registry)
{
    const QJsonObject auths = file.toJson().value(AuthsKey).toObject();
    for (auto it = auths.constBegin(); it != auths.constEnd(); ++it) {
        if (RegistryCredential::normaliseRegistry(it.key()) != registry || !it.value().isObject())
            continue;
        const QJsonObject entry = it.value().toObject();
        for (const QString &field :
            { u"auth"_s, u"password"_s, u"identitytoken"_s, u"registrytoken"_s }) {
            const QJsonValue value = entry.value(field);
            if (!value.isUndefined() && !value.isNull()
                && !(value.isString() && value.toString().isEmpty()))
                return true;
        }
    }
    return false;
}

// What Podman reads before `plan.file` that would win over it (containers/image looks at
// each file in turn, its credHelpers entry first, then its "auths"): a sentence for the
// description, or empty.
QString podmanShadowing(const Plan &plan, const QProcessEnvironment &environment)
{
    const QString target = sameFile(plan.file);
    const QString docker = sameFile(DockerConfigFile::defaultPath(environment));
    for (const QString &path : PodmanAuthFile::searchPaths(environment)) {
        const QString candidate = sameFile(path);
        if (candidate == target || candidate == docker)
            break;
        PodmanAuthFile earlier;
        const QString shown = shownPath(path, environment);
        if (const Result<void> loaded = earlier.load(path); !loaded) {
            return CredentialExporter::tr(
                "Podman reads %1 first and cannot read it, so it will fail before it gets to "
                "this file: fix or remove %1.")
                .arg(shown);
        }
        if (!earlier.exists())
            continue;
        const QJsonValue helper
            = earlier.toJson().value(CredHelpersKey).toObject().value(plan.registry);
        if (helper.isString() && !helper.toString().isEmpty()) {
            if (helper.toString() == plan.helper)
                return {};
            return CredentialExporter::tr(
                "But Podman reads %1 first, which sends logins for %2 to docker-credential-%3: "
                "Podman will use that one.")
                .arg(shown, plan.registry, helper.toString().left(100));
        }
        if (earlier.entry(plan.registry)) {
            return CredentialExporter::tr(
                "But Podman reads %1 first, which holds a login for %2 in clear: Podman will use "
                "that one until you remove it (podman logout --authfile %1 %2).")
                .arg(shown, plan.registry);
        }
    }
    return {};
}

// Reads the tool's file into `file` and works out the plan. Runs nothing.
Result<Plan> makePlan(Target target, const QString &registry,
    const QProcessEnvironment &environment, AuthConfigFile &file)
{
    const QString name = RegistryCredential::normaliseRegistry(registry);
    if (name.isEmpty() || RegistryCredential::hasControlCharacters(registry)) {
        return Error(ErrorCode::InvalidReference,
            CredentialExporter::tr("“%1” is not a registry address (HOST or HOST:PORT).")
                .arg(registry.left(100)));
    }
    Plan plan;
    plan.target = target;
    plan.registry = name;
    plan.file = targetFile(target, environment);
    if (const Result<void> loaded = file.load(plan.file); !loaded)
        return loaded.error();

    const QString what = fileKind(target);
    const QString shown = shownPath(plan.file, environment);
    const QString key = helperKey(target, name);
    const QJsonValue assigned = file.toJson().value(CredHelpersKey).toObject().value(key);
    if (!assigned.isUndefined() && !assigned.isNull() && !assigned.isString()) {
        return Error(ErrorCode::ParseError,
            CredentialExporter::tr("In %1 %2, the credHelpers entry for %3 is not a helper name. "
                                   "Fix the file; Wharf does not change it.")
                .arg(what, shown, name),
            plan.file);
    }
    QString helper = assigned.toString();
    // Docker falls back to credsStore; Podman (containers/image) ignores credsStore.
    if (helper.isEmpty() && target == Target::Docker)
        helper = file.credsStore();

    if (!helper.isEmpty()) {
        if (!CredentialHelperClient::isValidHelperName(helper)) {
            return Error(ErrorCode::CredentialsError,
                CredentialExporter::tr(
                    "%1 %2 names “%3” as the credential helper for %4, which is not a helper name "
                    "(only letters, digits, “.”, “_” and “-”). Fix the file; Wharf does not use "
                    "it.")
                    .arg(what, shown, helper.left(100), name),
                plan.file);
        }
        CredentialHelperClient client(helper, environment);
        if (client.findProgram().isEmpty()) {
            QString message = CredentialExporter::tr(
                "%1 %2 sends logins for %3 to %4, which is not installed (not on the PATH). "
                "Install it, or remove it from the file. Wharf does not write the secret in "
                "clear instead.")
                                  .arg(what, shown, name, client.programName());
            if (const QString hint = installHint(helper); !hint.isEmpty())
                message += u' ' + hint;
            return Error(ErrorCode::CredentialsError, message, client.programName());
        }
        plan.helper = helper;
        plan.addsHelperEntry = false;
    } else {
        const QString fallback = defaultHelperName();
        CredentialHelperClient client(fallback, environment);
        if (client.findProgram().isEmpty()) {
            QString message = CredentialExporter::tr(
                "%1 %2 names no credential helper for %3, and %4, which keeps logins in the "
                "system keychain, is not installed (not on the PATH). Wharf does not write the "
                "secret in clear: install the helper and try again.")
                                  .arg(what, shown, name, client.programName());
            if (const QString hint = installHint(fallback); !hint.isEmpty())
                message += u' ' + hint;
            return Error(ErrorCode::CredentialsError, message, client.programName());
        }
        plan.helper = fallback;
        plan.addsHelperEntry = true;
    }
    plan.replacesClearLogin = hasClearLogin(file, name);

    const QString program = u"docker-credential-"_s + plan.helper;
    if (plan.addsHelperEntry) {
        plan.description = keepsLoginsInKeychain(plan.helper)
            ? CredentialExporter::tr("%1 %2 will send logins for %3 to %4, which keeps them in "
                                     "the system keychain.")
                  .arg(what, shown, name, program)
            : CredentialExporter::tr("%1 %2 will send logins for %3 to %4.")
                  .arg(what, shown, name, program);
    } else {
        plan.description = keepsLoginsInKeychain(plan.helper)
            ? CredentialExporter::tr("%1 %2 already sends logins for %3 to %4: the login will be "
                                     "stored there, in the system keychain.")
                  .arg(what, shown, name, program)
            : CredentialExporter::tr(
                "%1 %2 already sends logins for %3 to %4: the login will be stored there.")
                  .arg(what, shown, name, program);
    }
    if (plan.replacesClearLogin) {
        plan.description += u' '
            + CredentialExporter::tr(
                "The password the file now holds in clear for %1 will be removed from it.")
                  .arg(name);
    }
    if (target == Target::Podman) {
        if (const QString shadow = podmanShadowing(plan, environment); !shadow.isEmpty())
            plan.description += u' ' + shadow;
    }
    return plan;
}

} // namespace

CredentialExporter::CredentialExporter(QObject *parent)
    : CredentialExporter(QProcessEnvironment::systemEnvironment(), parent)
{ }

CredentialExporter::CredentialExporter(const QProcessEnvironment &environment, QObject *parent)
    : QObject(parent)
    , m_environment(environment)
    , m_helperTimeout(CredentialHelperClient::DefaultTimeout)
{ }

CredentialExporter::~CredentialExporter() = default;

QString CredentialExporter::targetName(Target target)
{
    switch (target) {
    case Target::Docker: return u"Docker"_s;
    case Target::Podman: return u"Podman"_s;
    }
    return {};
}

Result<CredentialExporter::Plan> CredentialExporter::plan(
    Target target, const QString &registry) const
{
    const std::unique_ptr<AuthConfigFile> file = makeFile(target);
    return makePlan(target, registry, m_environment, *file);
}

void CredentialExporter::share(
    const Plan &plan, const RegistryCredential &credential, std::function<void(Result<void>)> done)
{
    const auto failLater = [this, &done](const Error &error) {
        QMetaObject::invokeMethod(
            this, [done = std::move(done), error] { done(error); }, Qt::QueuedConnection);
    };
    const QString registry = RegistryCredential::normaliseRegistry(plan.registry);
    if (credential.username.isEmpty() || credential.secret.isEmpty()) {
        failLater(Error(ErrorCode::CredentialsError,
            tr("Wharf has no login for %1 to share with %2: log in first.")
                .arg(registry, targetName(plan.target))));
        return;
    }
    if (!credential.registry.isEmpty()
        && RegistryCredential::normaliseRegistry(credential.registry) != registry) {
        failLater(Error(ErrorCode::InvalidConfiguration,
            tr("The login is for %1, not %2: nothing was shared.")
                .arg(RegistryCredential::normaliseRegistry(credential.registry), registry)));
        return;
    }

    // The file may have changed since the plan was shown: read it again, and go on only if
    // the same helper would get the login.
    const std::unique_ptr<AuthConfigFile> file = makeFile(plan.target);
    Result<Plan> fresh = makePlan(plan.target, plan.registry, m_environment, *file);
    if (!fresh) {
        failLater(fresh.error());
        return;
    }
    if (fresh->file != plan.file || fresh->helper != plan.helper) {
        failLater(Error(ErrorCode::CredentialsError,
            tr("%1 changed since Wharf read it: %2 Look at the change again before sharing.")
                .arg(fileKind(plan.target), fresh->description),
            fresh->file));
        return;
    }
    const Plan current = *fresh;
    const QString key = helperKey(current.target, current.registry);

    // The helper entry first: a file Wharf cannot write stops here, before the secret goes
    // anywhere.
    if (current.addsHelperEntry) {
        file->setCredentialHelper(key, current.helper);
        if (const Result<void> saved = file->save(); !saved) {
            failLater(saved.error());
            return;
        }
    }

    auto *client = new CredentialHelperClient(current.helper, m_environment, this);
    client->setTimeout(m_helperTimeout);
    client->store(key, RegistryCredential(current.registry, credential.username, credential.secret),
        [this, client, current, key, done = std::move(done)](Result<void> stored) {
            client->deleteLater();
            const std::unique_ptr<AuthConfigFile> reread = makeFile(current.target);
            const bool readable = reread->load(current.file).ok();
            if (!stored) {
                // Put the file back as it was, so the tool does not ask a helper that has
                // nothing for the registry (the clear login, if any, still works).
                if (current.addsHelperEntry && readable
                    && reread->toJson().value(CredHelpersKey).toObject().value(key)
                        == QJsonValue(current.helper)) {
                    reread->setCredentialHelper(key, {});
                    (void)reread->save();
                }
                done(Error(stored.error().code(),
                    tr("%1 Nothing was shared with %2.")
                        .arg(stored.error().message(), targetName(current.target)),
                    stored.error().details()));
                return;
            }
            qCInfo(lcRegistry) << "shared the login for" << current.registry << "with"
                               << targetName(current.target) << "through"
                               << QString(u"docker-credential-"_s + current.helper);
            // The helper wins over "auths" anyway; a clear copy left there would keep the
            // secret on disk.
            if (readable && hasClearLogin(*reread, current.registry)) {
                reread->removeAuth(current.registry);
                if (const Result<void> saved = reread->save(); !saved) {
                    done(Error(ErrorCode::CredentialsError,
                        tr("The login for %1 is now kept by docker-credential-%2, but the password "
                           "%3 holds in clear could not be removed from it: %4")
                            .arg(current.registry, current.helper,
                                shownPath(current.file, m_environment), saved.error().message()),
                        current.file));
                    return;
                }
            } else if (!readable && current.replacesClearLogin) {
                done(Error(ErrorCode::CredentialsError,
                    tr("The login for %1 is now kept by docker-credential-%2, but %3 could not "
                       "be read again to remove the password it holds in clear.")
                        .arg(current.registry, current.helper,
                            shownPath(current.file, m_environment)),
                    current.file));
                return;
            }
            done({});
        });
}

} // namespace Wharf
