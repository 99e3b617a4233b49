// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "engine/ContainerDetails.h"
#include "engine/ContainerSummary.h"

#include <QPointer>
#include <QWidget>
#include <optional>

class QTextBrowser;

namespace Wharf {

class Engine;
class EngineCall;

// The right side of the Containers page: what the list knows about the selected container at
// once (name, image, state, mounts, ports, labels), then what inspecting it adds (started,
// finished and exit code, command, working directory, user, restart policy). The
// cvmfs-automounter is said to be one, and what removing it would do. Everything can be
// selected and copied; the environment is never shown (it may hold a secret).
class ContainerDetailsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit ContainerDetailsPanel(QWidget *parent = nullptr);
    ~ContainerDetailsPanel() override;

    // Shows `container` of `engine` and inspects it; an inspection still in flight is dropped.
    void showContainer(Engine *engine, const ContainerSummary &container, bool automounter);
    // Back to the placeholder.
    void clear();

    QString containerId() const { return m_container.id; }
    // The inspection of the container shown, once it answered.
    const ContainerDetails *details() const { return m_details ? &*m_details : nullptr; }
    QString html() const;

    // The readable view (HTML, everything from the engine escaped). Public for tests.
    static QString detailsHtml(const ContainerSummary &container, const ContainerDetails *details,
        const QString &engineName, bool automounter);

Q_SIGNALS:
    // The inspection of containerId ended (ok: it answered).
    void inspected(const QString &containerId, bool ok);

private:
    void render();

    QTextBrowser *m_browser;
    QPointer<Engine> m_engine;
    QString m_engineName;
    ContainerSummary m_container;
    bool m_automounter = false;
    std::optional<ContainerDetails> m_details;
    QString m_inspectError;
    QPointer<EngineCall> m_call;
    // Callbacks carry the generation they were started with: an older inspection's answer
    // (a cancel reports synchronously) changes nothing.
    quint64 m_generation = 0;
};

} // namespace Wharf
