// SPDX-License-Identifier: Apache-2.0
#include "EngineStatusBar.h"

#include "engine/Engine.h"
#include "engine/EngineClient.h"
#include "models/ImageInventory.h"

#include <QDateTime>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

// Listing usually takes well under a second; past this, say that it is still going.
constexpr qint64 SlowListingMs = 1500;

} // namespace

EngineStatusBar::EngineStatusBar(ImageInventory *inventory, QWidget *parent)
    : QWidget(parent)
    , m_inventory(inventory)
    , m_layout(new QHBoxLayout(this))
    , m_discovering(new QLabel(tr("Looking for container engines…"), this))
    , m_note(new QLabel(this))
    , m_slow(new QLabel(this))
    , m_slowTimer(new QTimer(this))
{
    setObjectName(u"engineStatusBar"_s);
    m_layout->setContentsMargins(0, 0, 0, 0);
    m_layout->setSpacing(18);
    m_layout->addWidget(m_discovering);
    m_note->setObjectName(u"statusNoteLabel"_s);
    m_note->setVisible(false);
    m_slow->setObjectName(u"slowListingLabel"_s);
    m_slow->setVisible(false);
    m_layout->addStretch();
    m_layout->addWidget(m_slow);
    m_layout->addWidget(m_note);
    m_slowTimer->setInterval(500);
    connect(m_slowTimer, &QTimer::timeout, this, &EngineStatusBar::updateSlowNote);
    connect(m_inventory, &ImageInventory::refreshStarted, this, [this] { m_slowTimer->start(); });
    connect(m_inventory, &ImageInventory::refreshFinished, this, &EngineStatusBar::updateSlowNote);
}

void EngineStatusBar::setDiscovering(bool discovering)
{
    m_discovering->setVisible(discovering);
}

void EngineStatusBar::setNote(const QString &note)
{
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

QString EngineStatusBar::engineText(const QString &engineId) const
{
    const QLabel *label = m_labels.value(engineId);
    return label ? label->text() : QString();
}

void EngineStatusBar::addEngine(Engine *engine)
{
    auto *label = new QLabel(this);
    label->setObjectName(u"engineStatusLabel"_s);
    label->setTextFormat(Qt::RichText);
    m_layout->insertWidget(m_layout->count() - 3, label);
    m_labels.insert(engine->id(), label);
    m_engines.append(engine);
    connect(engine, &Engine::stateChanged, this, [this, engine] { updateEngine(engine); });
    connect(engine, &QObject::destroyed, label, &QObject::deleteLater);
    connect(m_inventory, &ImageInventory::engineFailed, this, [this, engine](const QString &id) {
        if (id == engine->id())
            updateEngine(engine);
    });
    updateEngine(engine);
}

void EngineStatusBar::updateEngine(Engine *engine)
{
    QLabel *label = m_labels.value(engine->id());
    if (!label)
        return;
    QString colour;
    QString state;
    switch (engine->state()) {
    case Engine::State::Probing:
        colour = u"#9e9e9e"_s;
        state = tr("connecting…");
        break;
    case Engine::State::Ready:
        colour = u"#2e9d4f"_s;
        state = engine->version().version;
        break;
    case Engine::State::Unreachable:
        colour = u"#d9443d"_s;
        state = tr("not answering");
        break;
    }
    const EndpointCandidate &candidate = engine->candidate();
    //: Status line entry: coloured dot, engine name, version or state, how it was found.
    label->setText(tr("<span style=\"color:%1\">●</span> %2 %3 · %4")
                       .arg(colour, engine->displayName().toHtmlEscaped(), state.toHtmlEscaped(),
                            candidate.describeOrigin().toHtmlEscaped()));
    QString tip = tr("%1\nEndpoint: %2\nFound through: %3")
                      .arg(engine->displayName(), candidate.endpoint.toUrl(), candidate.describeOrigin());
    if (engine->state() == Engine::State::Ready)
        tip += tr("\nEngine API %1, round trip %2 ms").arg(engine->client()->apiVersion()).arg(engine->pingInfo().roundTripMs);
    if (engine->state() == Engine::State::Unreachable)
        tip += u"\n"_s + engine->lastError().toString();
    label->setToolTip(tip);
    label->setAccessibleName(tip);
}

void EngineStatusBar::updateSlowNote()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QStringList slow;
    for (const QPointer<Engine> &engine : std::as_const(m_engines)) {
        if (!engine)
            continue;
        const QDateTime started = m_inventory->refreshStartedAt(engine->id());
        if (!started.isValid())
            continue;
        const qint64 elapsed = started.msecsTo(now);
        if (elapsed >= SlowListingMs)
            slow.append(tr("%1 is still listing images, %2 s").arg(engine->displayName()).arg(elapsed / 1000));
    }
    m_slow->setText(slow.join(u" · "_s));
    m_slow->setVisible(!slow.isEmpty());
    bool anyRefreshing = false;
    for (const QPointer<Engine> &engine : std::as_const(m_engines))
        anyRefreshing = anyRefreshing || (engine && m_inventory->isRefreshing(engine->id()));
    if (!anyRefreshing)
        m_slowTimer->stop();
}

} // namespace Wharf
