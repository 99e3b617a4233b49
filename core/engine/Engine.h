// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "EndpointCandidate.h"
#include "EngineKind.h"
#include "EngineVersion.h"
#include "PingInfo.h"
#include "base/Error.h"

#include <QObject>
#include <QPointer>

namespace Wharf {

class EngineCall;
class EngineClient;

// One container engine Wharf talks to: where it is, how it was found, what it is (Docker or
// Podman, which version) and whether it answers.
class Engine : public QObject
{
    Q_OBJECT

public:
    enum class State { Probing, Ready, Unreachable };
    Q_ENUM(State)

    explicit Engine(EndpointCandidate candidate, QObject *parent = nullptr);
    ~Engine() override;

    // Stable across runs (the endpoint identity): the key of the image cache and the model.
    QString id() const;
    // "Docker", "Podman", "Docker (Colima)", ...
    QString displayName() const;
    EngineKind kind() const { return m_kind; }
    const EndpointCandidate &candidate() const { return m_candidate; }
    EngineClient *client() const { return m_client; }

    State state() const { return m_state; }
    const Error &lastError() const { return m_lastError; }
    const EngineVersion &version() const { return m_version; }
    const PingInfo &pingInfo() const { return m_ping; }

    enum class ProbeDepth {
        Full,     // ping, then /version (OS, architecture, product version)
        PingOnly, // ping alone: enough to list images. Podman takes half a second for
                  // /version (it gathers host facts), which a one-shot command should not pay.
    };

    // Pings the endpoint, negotiates the API version and (Full) reads /version; then Ready or
    // Unreachable (with the reason in lastError()). Emits probeFinished() once.
    void probe(int timeoutMs = 2000, ProbeDepth depth = ProbeDepth::Full);
    // The engine stopped answering (its event stream broke): Unreachable until the next probe.
    void markUnreachable(const Error &error);

    // The newest Engine API this build of Wharf was written against.
    static QString maximumApiVersion();

Q_SIGNALS:
    void stateChanged(Wharf::Engine::State state);
    void probeFinished();

private:
    void setState(State state, const Error &error = {});

    EndpointCandidate m_candidate;
    EngineClient *m_client = nullptr;
    EngineKind m_kind = EngineKind::Docker;
    State m_state = State::Probing;
    Error m_lastError;
    EngineVersion m_version;
    PingInfo m_ping;
    QPointer<EngineCall> m_probeCall;
};

} // namespace Wharf
