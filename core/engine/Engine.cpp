// SPDX-License-Identifier: Apache-2.0
#include "Engine.h"

#include "EngineCall.h"
#include "EngineClient.h"
#include "base/LogCategories.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Wharf {

Engine::Engine(EndpointCandidate candidate, QObject *parent)
    : QObject(parent)
    , m_candidate(std::move(candidate))
    , m_client(new EngineClient(m_candidate.endpoint, this))
{
    // Until the ping says otherwise, guess from where it was found.
    const QString where = m_candidate.endpoint.toUrl() + m_candidate.productHint;
    if (where.contains(u"podman"_s, Qt::CaseInsensitive))
        m_kind = EngineKind::Podman;
}

Engine::~Engine() = default;

QString Engine::id() const
{
    return m_candidate.endpoint.identity();
}

QString Engine::maximumApiVersion()
{
    return u"1.47"_s;
}

QString Engine::displayName() const
{
    const QString kindName = engineKindName(m_kind);
    QString qualifier;
    switch (m_candidate.origin) {
    case EndpointOrigin::DockerContext:
        qualifier = m_candidate.originDetail;
        break;
    case EndpointOrigin::WellKnownSocket:
        if (!m_candidate.productHint.startsWith(kindName))
            qualifier = m_candidate.productHint;
        break;
    case EndpointOrigin::Setting:
    case EndpointOrigin::DockerHost:
    case EndpointOrigin::ContainerHost:
    case EndpointOrigin::Embedded:
        break;
    }
    if (qualifier.isEmpty())
        return kindName;
    return u"%1 (%2)"_s.arg(kindName, qualifier);
}

void Engine::setState(State state, const Error &error)
{
    m_lastError = error;
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void Engine::markUnreachable(const Error &error)
{
    setState(State::Unreachable, error);
}

void Engine::probe(int timeoutMs, ProbeDepth depth)
{
    if (m_probeCall)
        m_probeCall->cancel();
    setState(State::Probing);
    m_probeCall = m_client->ping(this, [this, depth](const Result<PingInfo> &ping) {
        if (!ping) {
            qCInfo(lcEngine) << m_candidate.endpoint.toUrl() << "does not answer:" << ping.error().toString();
            setState(State::Unreachable, ping.error());
            Q_EMIT probeFinished();
            return;
        }
        m_ping = *ping;
        m_kind = ping->kind;
        // Speak the newest API both sides know, as the docker CLI negotiates it.
        QString api = ping->apiVersion;
        if (api.isEmpty() || EngineVersion::compareApiVersions(api, maximumApiVersion()) > 0)
            api = maximumApiVersion();
        if (EngineVersion::compareApiVersions(api, EngineClient::minimumApiVersion()) < 0) {
            setState(State::Unreachable,
                     Error(ErrorCode::ApiTooOld,
                           QCoreApplication::translate("Wharf::Engine",
                                                       "%1 at %2 speaks Engine API %3; Wharf needs %4 or newer. "
                                                       "Update the engine.")
                               .arg(engineKindName(m_kind), m_candidate.endpoint.toUrl(), api,
                                    EngineClient::minimumApiVersion())));
            Q_EMIT probeFinished();
            return;
        }
        m_client->setApiVersion(api);
        if (depth == ProbeDepth::PingOnly) {
            // Podman names its version in the ping; Docker's stays unknown.
            m_version.version = ping->libpodApiVersion;
            m_version.apiVersion = api;
            setState(State::Ready);
            Q_EMIT probeFinished();
            return;
        }
        m_probeCall = m_client->version(this, [this](const Result<EngineVersion> &version) {
            if (!version) {
                setState(State::Unreachable, version.error());
            } else {
                m_version = *version;
                if (version->podmanComponent)
                    m_kind = EngineKind::Podman;
                qCInfo(lcEngine) << displayName() << m_version.version << "API" << m_client->apiVersion()
                                 << "at" << m_candidate.endpoint.toUrl();
                setState(State::Ready);
            }
            Q_EMIT probeFinished();
        });
    }, timeoutMs);
}

} // namespace Wharf
