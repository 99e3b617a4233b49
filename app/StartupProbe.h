// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QObject>
#include <QSet>

class QTableView;

namespace Wharf {

class EngineManager;
class ImageInventory;

// For the benchmark (tests/bench), switched on by WHARF_BENCH=1: prints when the first rows
// were painted (wall clock, so the caller can measure from the moment it started the process)
// and, once every engine has been listed, the resident memory with that many rows; then quits
// when WHARF_BENCH_QUIT=1. Inert otherwise.
class StartupProbe : public QObject
{
    Q_OBJECT

public:
    StartupProbe(QTableView *table, EngineManager *engines, ImageInventory *inventory, QObject *parent = nullptr);
    static bool enabled();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reportWhenListed(const QString &engineId);

    QTableView *m_table;
    EngineManager *m_engines;
    ImageInventory *m_inventory;
    QSet<QString> m_listed;
    bool m_painted = false;
    bool m_reported = false;
};

} // namespace Wharf
