// SPDX-License-Identifier: Apache-2.0
#include "EndpointDiscovery.h"

#include "base/LogCategories.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

// A class scope lupdate understands, so the context it records is the one used at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Wharf::EndpointDiscovery)
};

// Small JSON files only: a docker config or context meta.json is a few hundred bytes; a huge
// file there is not one we should read on the way to the first window.
constexpr qint64 MaxConfigFileSize = 1024 * 1024;

Result<QJsonObject> readJsonObject(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(ErrorCode::InvalidConfiguration, Tr::tr("Cannot read %1.").arg(QDir::toNativeSeparators(path)),
                     file.errorString());
    if (file.size() > MaxConfigFileSize)
        return Error(ErrorCode::InvalidConfiguration,
                     Tr::tr("%1 is too large to be a docker configuration file.").arg(QDir::toNativeSeparators(path)));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject())
        return Error(ErrorCode::InvalidConfiguration,
                     Tr::tr("%1 is not valid JSON.").arg(QDir::toNativeSeparators(path)), parseError.errorString());
    return doc.object();
}

// A socket found twice (a symlink, /var/run and /run) counts once; the first origin wins.
QList<EndpointCandidate> withoutDuplicates(QList<EndpointCandidate> candidates)
{
    QList<EndpointCandidate> unique;
    QSet<QString> seen;
    for (EndpointCandidate &candidate : candidates) {
        const QString key = candidate.endpoint.identity();
        if (seen.contains(key)) {
            qCDebug(lcDiscovery) << "already found:" << candidate.endpoint.toUrl();
            continue;
        }
        seen.insert(key);
        qCDebug(lcDiscovery) << "candidate" << candidate.endpoint.toUrl() << "from" << candidate.describeOrigin();
        unique.append(std::move(candidate));
    }
    return unique;
}

} // namespace

EndpointDiscovery::EndpointDiscovery(DiscoveryEnvironment environment)
    : m_env(std::move(environment))
{
}

QString EndpointDiscovery::contextDirectoryName(const QString &contextName)
{
    return QString::fromLatin1(QCryptographicHash::hash(contextName.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString EndpointDiscovery::dockerConfigDirectory() const
{
    const QString fromEnv = m_env.environment.value(u"DOCKER_CONFIG"_s);
    if (!fromEnv.isEmpty())
        return fromEnv;
    return m_env.homeDirectory + u"/.docker"_s;
}

EndpointDiscovery::Outcome EndpointDiscovery::discover() const
{
    Outcome outcome;
    const QProcessEnvironment &env = m_env.environment;

    auto addFromUrl = [&](const QString &url, EndpointOrigin origin, const QString &detail,
                          const QString &certDir, bool tlsVerify) {
        Result<EngineEndpoint> endpoint = EngineEndpoint::fromUrl(url, certDir, tlsVerify);
        if (!endpoint) {
            outcome.errors.append(Error(ErrorCode::InvalidConfiguration,
                                        Tr::tr("%1 is set to \"%2\", which Wharf cannot use: %3")
                                            .arg(detail, url, endpoint.error().message()),
                                        endpoint.error().details()));
            return;
        }
        EndpointCandidate candidate;
        candidate.endpoint = *endpoint;
        candidate.origin = origin;
        candidate.originDetail = detail;
        candidate.explicitChoice = true;
        outcome.candidates.append(std::move(candidate));
    };

    if (!m_env.explicitHost.trimmed().isEmpty())
        addFromUrl(m_env.explicitHost.trimmed(), EndpointOrigin::Setting, Tr::tr("The engine setting"), {}, false);

    const QString dockerHost = env.value(u"DOCKER_HOST"_s).trimmed();
    if (!dockerHost.isEmpty()) {
        const bool tlsVerify = !env.value(u"DOCKER_TLS_VERIFY"_s).isEmpty();
        QString certDir = env.value(u"DOCKER_CERT_PATH"_s);
        if (certDir.isEmpty() && tlsVerify)
            certDir = dockerConfigDirectory();
        addFromUrl(dockerHost, EndpointOrigin::DockerHost, u"DOCKER_HOST"_s, certDir, tlsVerify);
    }

    addDockerContext(outcome);

    const QString containerHost = env.value(u"CONTAINER_HOST"_s).trimmed();
    if (!containerHost.isEmpty())
        addFromUrl(containerHost, EndpointOrigin::ContainerHost, u"CONTAINER_HOST"_s, {}, false);

    addWellKnownSockets(outcome);
    outcome.candidates = withoutDuplicates(std::move(outcome.candidates));
    return outcome;
}

void EndpointDiscovery::addDockerContext(Outcome &outcome) const
{
    const QProcessEnvironment &env = m_env.environment;
    QString contextName = env.value(u"DOCKER_CONTEXT"_s).trimmed();
    const bool fromEnvironment = !contextName.isEmpty();
    const QString configDir = dockerConfigDirectory();

    if (!fromEnvironment) {
        const QString configPath = configDir + u"/config.json"_s;
        if (!QFileInfo::exists(configPath))
            return;
        Result<QJsonObject> config = readJsonObject(configPath);
        if (!config) {
            // A broken config.json is worth a warning, not an error: docker itself would fail
            // too, but the user did not ask Wharf for a context.
            qCWarning(lcDiscovery) << config.error().toString();
            return;
        }
        contextName = config->value(u"currentContext"_s).toString().trimmed();
    }
    if (contextName.isEmpty() || contextName == u"default"_s)
        return;

    const QString hashed = contextDirectoryName(contextName);
    const QString metaPath = configDir + u"/contexts/meta/"_s + hashed + u"/meta.json"_s;
    auto contextError = [&](const QString &why, const QString &details = {}) {
        const QString origin = fromEnvironment ? u"DOCKER_CONTEXT"_s : Tr::tr("the current docker context");
        outcome.errors.append(Error(ErrorCode::InvalidConfiguration,
                                    Tr::tr("%1 names the docker context \"%2\", but %3 "
                                           "Run \"docker context ls\" to see the contexts, "
                                           "or \"docker context use default\".")
                                        .arg(origin, contextName, why),
                                    details));
    };
    if (!QFileInfo::exists(metaPath)) {
        contextError(Tr::tr("it does not exist (no %1).").arg(QDir::toNativeSeparators(metaPath)));
        return;
    }
    Result<QJsonObject> meta = readJsonObject(metaPath);
    if (!meta) {
        contextError(Tr::tr("its description cannot be read."), meta.error().toString());
        return;
    }
    const QJsonObject docker = meta->value(u"Endpoints"_s).toObject().value(u"docker"_s).toObject();
    const QString host = docker.value(u"Host"_s).toString().trimmed();
    if (host.isEmpty()) {
        contextError(Tr::tr("it has no Docker endpoint."));
        return;
    }
    const QString tlsDir = configDir + u"/contexts/tls/"_s + hashed + u"/docker"_s;
    const bool hasTls = QFileInfo::exists(tlsDir + u"/cert.pem"_s) || QFileInfo::exists(tlsDir + u"/ca.pem"_s);
    const bool skipVerify = docker.value(u"SkipTLSVerify"_s).toBool();
    Result<EngineEndpoint> endpoint = EngineEndpoint::fromUrl(host, hasTls ? tlsDir : QString(), hasTls);
    if (!endpoint) {
        contextError(Tr::tr("its endpoint \"%1\" cannot be used: %2").arg(host, endpoint.error().message()));
        return;
    }
    EngineEndpoint ep = *endpoint;
    if (ep.transport() == EngineEndpoint::Transport::Tls && skipVerify)
        ep = EngineEndpoint::tls(ep.host(), ep.port(), ep.certDirectory(), false);

    EndpointCandidate candidate;
    candidate.endpoint = ep;
    candidate.origin = EndpointOrigin::DockerContext;
    candidate.originDetail = contextName;
    candidate.explicitChoice = true;
    outcome.candidates.append(std::move(candidate));
}

void EndpointDiscovery::addWellKnownSockets(Outcome &outcome) const
{
    const QString home = m_env.homeDirectory;
    const QString runtimeDir = m_env.environment.value(u"XDG_RUNTIME_DIR"_s);
    const QString root = m_env.systemRoot;

    struct WellKnown
    {
        QString path;
        QString product;
    };
    QList<WellKnown> paths;
    paths.append({root + u"/var/run/docker.sock"_s, u"Docker"_s});
    if (!runtimeDir.isEmpty())
        paths.append({runtimeDir + u"/docker.sock"_s, Tr::tr("rootless Docker")});
    if (!home.isEmpty()) {
        paths.append({home + u"/.docker/run/docker.sock"_s, u"Docker Desktop"_s});
        paths.append({home + u"/.docker/desktop/docker.sock"_s, u"Docker Desktop"_s});
        paths.append({home + u"/.colima/default/docker.sock"_s, u"Colima"_s});
        paths.append({home + u"/.orbstack/run/docker.sock"_s, u"OrbStack"_s});
        paths.append({home + u"/.rd/docker.sock"_s, u"Rancher Desktop"_s});
    }
    if (!runtimeDir.isEmpty())
        paths.append({runtimeDir + u"/podman/podman.sock"_s, u"Podman"_s});
    paths.append({root + u"/run/podman/podman.sock"_s, Tr::tr("Podman (system)")});

    for (const WellKnown &wk : std::as_const(paths)) {
        // QFileInfo::exists follows symlinks; a dangling link is not a candidate.
        if (!QFileInfo::exists(wk.path))
            continue;
        EndpointCandidate candidate;
        candidate.endpoint = EngineEndpoint::unixSocket(wk.path);
        candidate.origin = EndpointOrigin::WellKnownSocket;
        candidate.originDetail = QDir::toNativeSeparators(wk.path);
        candidate.productHint = wk.product;
        outcome.candidates.append(std::move(candidate));
    }
}

} // namespace Wharf
