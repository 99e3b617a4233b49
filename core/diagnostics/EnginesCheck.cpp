// SPDX-License-Identifier: Apache-2.0
#include "EnginesCheck.h"

#include "engine/Engine.h"
#include "engine/EngineManager.h"

using namespace Qt::StringLiterals;

namespace Wharf {

EnginesCheck::EnginesCheck(const QString &explicitHost, QObject *parent)
    : DiagnosticCheck(parent)
    , m_explicitHost(explicitHost)
{
}

QString EnginesCheck::id() const
{
    return u"engines"_s;
}

QString EnginesCheck::title() const
{
    return tr("Container engines answer");
}

void EnginesCheck::run()
{
    m_manager = new EngineManager(environment().discoveryEnvironment(m_explicitHost), this);
    m_manager->setEmbeddedPodman(std::nullopt); // a check looks; it does not start services
    connect(m_manager, &EngineManager::finished, this, &EnginesCheck::evaluate);
    m_manager->start();
}

void EnginesCheck::abandon()
{
    delete m_manager;
}

void EnginesCheck::evaluate()
{
    QStringList evidence;
    QStringList answering;
    QList<Error> failures;  // the user chose these, or nothing answers: each is a failure
    QList<Error> unreached; // found at a well-known place but not answering
    for (const Engine *engine : m_manager->engines()) {
        const EndpointCandidate &candidate = engine->candidate();
        const QString where = tr("%1 at %2 (%3)").arg(engine->displayName(), candidate.endpoint.toUrl(),
                                                      candidate.describeOrigin());
        if (engine->state() == Engine::State::Ready) {
            answering << engine->displayName();
            const QString version = engine->version().version;
            evidence << tr("%1: answers, version %2, API %3")
                            .arg(where, version.isEmpty() ? tr("unknown") : version, engine->pingInfo().apiVersion);
        } else {
            evidence << tr("%1: %2").arg(where, engine->lastError().message());
            (candidate.explicitChoice ? failures : unreached).append(engine->lastError());
        }
    }
    for (const Error &error : m_manager->errors()) {
        if (!failures.contains(error)) {
            failures.append(error);
            evidence << error.message();
        }
    }

    CheckResult result;
    if (m_manager->engines().isEmpty() && failures.isEmpty()) {
        result = makeResult(CheckStatus::Failed, tr("No container engine found on this computer."));
        evidence << tr("Looked at: the engine setting, DOCKER_HOST, the docker context, CONTAINER_HOST and the "
                       "well-known sockets of Docker, Docker Desktop, Colima, OrbStack, Rancher Desktop and Podman.");
        applyCatalogueFix(result, u"engine-not-installed"_s);
    } else if (!failures.isEmpty() || answering.isEmpty()) {
        const Error &first = failures.isEmpty() ? unreached.constFirst() : failures.constFirst();
        result = makeResult(CheckStatus::Failed, first.message());
        applyCatalogueFix(result, first);
    } else if (!unreached.isEmpty()) {
        result = makeResult(CheckStatus::Warning,
                            (unreached.size() == 1 ? tr("Answering: %1. Another engine found does not answer.")
                                                  : tr("Answering: %1. %n other engines found do not answer.", nullptr,
                                                       int(unreached.size())))
                                .arg(answering.join(u", "_s)));
        applyCatalogueFix(result, unreached.constFirst());
    } else {
        result = makeResult(CheckStatus::Ok, (answering.size() == 1 ? tr("One engine answers: %1")
                                                                        : tr("%n engines answer: %1", nullptr,
                                                                             int(answering.size())))
                                                 .arg(answering.join(u", "_s)));
    }
    result.evidence = evidence;
    m_manager->deleteLater();
    finish(result);
}

} // namespace Wharf
