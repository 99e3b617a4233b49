// SPDX-License-Identifier: Apache-2.0
#include "StartupProbe.h"

#include "engine/Engine.h"
#include "engine/EngineManager.h"
#include "models/ImageInventory.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QEvent>
#include <QFile>
#include <QTableView>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

qint64 statusKilobytes(const QByteArray &field)
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

} // namespace

bool StartupProbe::enabled()
{
    return qEnvironmentVariableIntValue("WHARF_BENCH") == 1;
}

StartupProbe::StartupProbe(QTableView *table, EngineManager *engines, ImageInventory *inventory, QObject *parent)
    : QObject(parent)
    , m_table(table)
    , m_engines(engines)
    , m_inventory(inventory)
{
    m_table->viewport()->installEventFilter(this);
    connect(m_inventory, &ImageInventory::refreshFinished, this, &StartupProbe::reportWhenListed);
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_painted && event->type() == QEvent::Paint && m_table->model()->rowCount() > 0) {
        m_painted = true;
        std::printf("first-paint-epoch-ms=%lld rows=%d\n", static_cast<long long>(QDateTime::currentMSecsSinceEpoch()),
                    m_table->model()->rowCount());
        std::fflush(stdout);
    }
    return QObject::eventFilter(watched, event);
}

void StartupProbe::reportWhenListed(const QString &engineId)
{
    m_listed.insert(engineId);
    if (m_reported || !m_engines->isFinished())
        return;
    for (const Engine *engine : m_engines->engines()) {
        if (engine->state() == Engine::State::Ready && !m_listed.contains(engine->id()))
            return;
    }
    m_reported = true;
    // Let the view lay out and paint the new rows before measuring.
    QTimer::singleShot(500, this, [this] {
        std::printf("listed rows=%d rss-kb=%lld peak-rss-kb=%lld\n", m_table->model()->rowCount(),
                    statusKilobytes("VmRSS:"), statusKilobytes("VmHWM:"));
        std::fflush(stdout);
        if (qEnvironmentVariableIntValue("WHARF_BENCH_QUIT") == 1)
            QCoreApplication::quit();
    });
}

} // namespace Wharf
