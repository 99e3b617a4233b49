// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QPointer>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QTimer;

namespace Wharf {

class Engine;
class ImageInventory;

// The status line: one entry per engine ("● Docker 20.10.24 · DOCKER_HOST"), its state as a
// coloured dot and words, the endpoint and the reason it fails in the tooltip, and a note
// when listing takes longer than usual ("Podman is still listing images, 4 s").
class EngineStatusBar : public QWidget
{
    Q_OBJECT

public:
    EngineStatusBar(ImageInventory *inventory, QWidget *parent = nullptr);

    void addEngine(Engine *engine);
    void setDiscovering(bool discovering);
    void setNote(const QString &note);
    // The text of an engine's entry (tests and accessibility).
    QString engineText(const QString &engineId) const;

private:
    void updateEngine(Engine *engine);
    void updateSlowNote();

    ImageInventory *m_inventory;
    QHBoxLayout *m_layout;
    QLabel *m_discovering;
    QLabel *m_note;
    QLabel *m_slow;
    QTimer *m_slowTimer;
    QHash<QString, QLabel *> m_labels;
    QList<QPointer<Engine>> m_engines;
};

} // namespace Wharf
