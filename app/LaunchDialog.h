// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/Result.h"
#include "engine/EngineKind.h"
#include "launch/HostFacts.h"
#include "launch/LaunchPlan.h"
#include "launch/LaunchRequest.h"

#include <QDialog>
#include <QHash>
#include <QList>

class QAbstractButton;
class QButtonGroup;
class QCheckBox;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QSettings;
class QTextBrowser;
class QTimer;
class QToolButton;

namespace Wharf {

class TableEditor;

// The launch dialog (issue 5, UX.md "the heart"): the options on the left, the live plan on
// the right. Every change plans again (LaunchPlanner is pure and fast) and shows the exact
// command, the warnings and what will be checked before the start; a choice the planner
// refuses shows its message, marks the field and disables Launch. Copy Command copies the
// shell line (secrets as placeholders). Launch emits launchRequested() and closes: the window
// runs the request, this dialog starts nothing.
//
// Non-modal. The last choices (strategy, folder, repositories, advanced options; not the
// image, command or container name) are kept in the settings when Launch is pressed and
// offered the next time.
class LaunchDialog : public QDialog
{
    Q_OBJECT

public:
    // An engine the window has, to run the container on.
    struct EngineChoice
    {
        QString id;          // Engine::id()
        QString displayName; // "Docker 20.10.24"
        EngineKind kind = EngineKind::Docker;
        QString engineHost;  // LaunchRequest::engineHost (engineCliHost())
    };

    // `engines` may be empty: the docker and podman commands' own defaults are offered then.
    // `settings` is not owned and must outlive the dialog; null: the application's QSettings.
    explicit LaunchDialog(const QList<EngineChoice> &engines, QSettings *settings = nullptr,
                          QWidget *parent = nullptr);
    ~LaunchDialog() override;

    // The engines to choose from; the current one stays chosen when it is still there.
    void setEngines(const QList<EngineChoice> &engines);
    void setEngine(const QString &engineId);
    QString engineId() const;
    void setImage(const QString &image);
    // Picks a strategy (an unpacked.cern.ch directory: Apptainer).
    void setStrategy(LaunchStrategy strategy);
    // Where CVMFS is on this computer and how the automounter is set up (from the settings):
    // not edited here, but part of every plan.
    void setCvmfsRoot(const QString &root);
    void setAutomounterSettings(const AutomounterSettings &settings);
    // Plans again with what the window found out about this computer.
    void setHostFacts(const HostFacts &facts);
    HostFacts hostFacts() const { return m_facts; }
    // Fills every option from a request (repeating a recent launch). The engine is the one
    // whose kind and address match, else the first of that kind.
    void setRequest(const LaunchRequest &request);

    // What Launch would emit now, and its plan (or why there is none).
    LaunchRequest request() const;
    const Result<LaunchPlan> &plan() const { return m_plan; }

    // This computer as far as it can be told at once, without a probe: operating system,
    // architecture, uid/gid, DISPLAY, the X11 socket folder, the Kerberos cache named by
    // KRB5CCNAME, apptainer or singularity on the PATH. No /afs or /eos look-up (either can
    // hang); the window's probe fills those in.
    static HostFacts localHostFacts();

Q_SIGNALS:
    void launchRequested(const Wharf::LaunchRequest &request);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct StrategyRow
    {
        LaunchStrategy strategy;
        QAbstractButton *radio = nullptr;
        QLabel *note = nullptr;
    };

    void buildOptions(QWidget *options);
    QWidget *buildAdvanced();
    QWidget *buildPlanPanel();
    void addFormRow(QGridLayout *grid, int row, const QString &label, QWidget *field, QWidget *labelBuddy = nullptr,
                    Qt::Alignment alignment = {});
    void setRowVisible(QWidget *field, bool visible);

    void fill(const LaunchRequest &request, bool includeOneOffs);
    LaunchRequest collect(bool forLaunch) const;
    LaunchStrategy currentStrategy() const;
    const EngineChoice *currentEngine() const;
    void rebuildEngineCombo(const QString &preferredId);
    void setRepositories(const QStringList &checked);
    void addRepository(const QString &name, bool checked);
    void addTypedRepository();
    void chooseFolder();

    void replan();
    void updateStrategyRows();
    void updateVisibility();
    void showPlan();
    void markField(const QString &field, const QString &message);
    void clearMarks();
    void copyCommand();
    void launch();
    void loadChoices();
    void saveChoices() const;

    QSettings *m_settings;
    QList<EngineChoice> m_engines;
    HostFacts m_facts;
    LaunchRequest m_base; // what the dialog does not edit: CVMFS root, automounter, terminal
    Result<LaunchPlan> m_plan = Error();
    bool m_filling = false;

    QScrollArea *m_optionsArea = nullptr;
    QLineEdit *m_imageEdit = nullptr;
    QComboBox *m_releaseCombo = nullptr;
    QButtonGroup *m_strategyGroup = nullptr;
    QWidget *m_strategyBox = nullptr;
    QList<StrategyRow> m_strategyRows;
    QComboBox *m_engineCombo = nullptr;
    QListWidget *m_repositoryList = nullptr;
    QLineEdit *m_repositoryEdit = nullptr;
    QPushButton *m_addRepositoryButton = nullptr;
    QWidget *m_repositoryBox = nullptr;
    QLineEdit *m_folderEdit = nullptr;
    QPushButton *m_browseButton = nullptr;
    QWidget *m_folderBox = nullptr;
    QLineEdit *m_commandEdit = nullptr;
    QToolButton *m_advancedButton = nullptr;
    QWidget *m_advancedPanel = nullptr;
    QComboBox *m_shellCombo = nullptr;
    QCheckBox *m_runAsUserCheck = nullptr;
    QCheckBox *m_keepCheck = nullptr;
    QLineEdit *m_nameEdit = nullptr;
    QComboBox *m_platformCombo = nullptr;
    TableEditor *m_environmentEditor = nullptr;
    TableEditor *m_bindsEditor = nullptr;
    QCheckBox *m_x11Check = nullptr;
    QCheckBox *m_kerberosCheck = nullptr;
    QLineEdit *m_registryUserEdit = nullptr;

    QLabel *m_errorLabel = nullptr;
    QPlainTextEdit *m_commandView = nullptr;
    QTextBrowser *m_notesView = nullptr;
    QPushButton *m_copyButton = nullptr;
    QLabel *m_copiedLabel = nullptr;
    QTimer *m_copiedTimer = nullptr;
    QPushButton *m_launchButton = nullptr;
    QPushButton *m_cancelButton = nullptr;

    QHash<QWidget *, QLabel *> m_rowLabels; // a form field -> its label
    QWidget *m_markedWidget = nullptr;
};

} // namespace Wharf
