// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "MessageBanner.h"
#include "MessageBannerArea.h"
#include "base/Error.h"
#include "launch/AutomounterSettings.h"

#include <QPointer>
#include <QProcessEnvironment>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSplitter;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace Wharf {

class ContainerDetailsPanel;
class ContainerFilterProxyModel;
class ContainerListModel;
class ContainerLogView;
class Engine;
class EngineManager;
class NoEngineWidget;
class TerminalSession;
struct ContainerSummary;

// Every container of every engine, running and stopped, live from the engines' events: its
// image, the strategy Wharf started it with, state, uptime and mounts. Acts on the selection:
// another terminal into a running container (`exec` with the user's shell), its log
// (followed, in a window of its own), stop, remove (confirmed). The cvmfs-automounter's
// container is marked, and Remove refuses it: removing it takes /cvmfs away from every
// analysis container, so that takes its own, explicit command (context menu).
class ContainersPage : public QWidget
{
    Q_OBJECT

public:
    // How Open Terminal runs: the terminal emulator and the `wharf` binary that wraps the
    // command (TerminalSession).
    struct TerminalOptions
    {
        QString wharfBinary; // empty: this program (applicationFilePath)
        QString preferredTerminal; // TerminalEmulator id from the settings; empty: automatic
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        QString shell
            = QStringLiteral("bash"); // bash, zsh or sh (falls back to sh in the container)
        bool waitForEnterOnFailure = true; // false in tests
    };

    ContainersPage(
        EngineManager *engines, const AutomounterSettings &automounter, QWidget *parent = nullptr);
    ~ContainersPage() override;

    void setAutomounterSettings(const AutomounterSettings &settings);
    void setTerminalOptions(const TerminalOptions &options) { m_terminalOptions = options; }
    const TerminalOptions &terminalOptions() const { return m_terminalOptions; }
    // Seconds a stopping container gets before it is killed (default 10, as docker stop).
    void setStopTimeout(int seconds) { m_stopTimeoutSeconds = seconds; }

    ContainerListModel *model() const { return m_model; }
    ContainerFilterProxyModel *proxyModel() const { return m_proxy; }
    QTableView *tableView() const { return m_table; }
    ContainerDetailsPanel *detailsPanel() const { return m_details; }
    MessageBannerArea *bannerArea() const { return m_bannerArea; }
    QList<MessageBanner *> banners() const { return m_bannerArea->banners(); }
    // The log windows open now.
    QList<ContainerLogView *> logViews() const;
    // Whether the empty state ("No containers yet") is what the page shows.
    bool isShowingEmptyState() const;

    QAction *openTerminalAction() const { return m_terminalAction; }
    QAction *logsAction() const { return m_logsAction; }
    QAction *startAction() const { return m_startAction; }
    QAction *stopAction() const { return m_stopAction; }
    QAction *removeAction() const { return m_removeAction; }
    QAction *removeAutomounterAction() const { return m_removeAutomounterAction; }
    QAction *refreshAction() const { return m_refreshAction; }
    QAction *copyNameAction() const { return m_copyAction; }

    void saveState() const;
    void restoreState();

public Q_SLOTS:
    void openTerminalInSelected();
    void showLogsOfSelected();
    void startSelected();
    void stopSelected();
    void removeSelected();
    // The cvmfs-automounter, on purpose: a confirmation that says what it breaks.
    void removeSelectedAutomounter();
    void refresh();

Q_SIGNALS:
    // "Launch one from the Images page": the window shows that page.
    void imagesPageRequested();
    // A terminal opened into a container (tests wait on it).
    void terminalStarted(const QString &engineId, const QString &containerId);
    // A stop or remove the page asked for ended (ok or not).
    void operationFinished(const QString &containerId, bool ok);

private:
    struct Selected
    {
        QString engineId;
        QString id;
        QString name;
        bool running = false;
        bool automounter = false;
    };

    QList<Selected> selectedRows() const;
    void addEngine(Engine *engine);
    void updateActions();
    void updateDetails();
    void updateEmptyState();
    void showContextMenu(const QPoint &position);
    void removeContainers(const QList<Selected> &rows);
    void reportFailure(const QString &title, const Error &error);
    void startTerminal(Engine *engine, const Selected &row);

    EngineManager *m_engines;
    ContainerListModel *m_model;
    ContainerFilterProxyModel *m_proxy;
    TerminalOptions m_terminalOptions;
    int m_stopTimeoutSeconds = 10;
    QLineEdit *m_filter;
    QCheckBox *m_showStopped;
    QComboBox *m_engineFilter;
    QToolButton *m_refreshButton;
    QPushButton *m_logsButton;
    QPushButton *m_terminalButton;
    MessageBannerArea *m_bannerArea;
    QStackedWidget *m_stack;
    QSplitter *m_splitter;
    QTableView *m_table;
    ContainerDetailsPanel *m_details;
    QWidget *m_emptyState;
    QLabel *m_emptyLabel;
    NoEngineWidget *m_noEngine;
    QAction *m_terminalAction;
    QAction *m_logsAction;
    QAction *m_startAction;
    QAction *m_stopAction;
    QAction *m_removeAction;
    QAction *m_removeAutomounterAction;
    QAction *m_refreshAction;
    QAction *m_filterAction;
    QAction *m_copyAction;
};

} // namespace Wharf
