// SPDX-License-Identifier: Apache-2.0
#include "LaunchDialog.h"

#include "DialogLabels.h"
#include "TableEditor.h"
#include "WharfSettings.h"
#include "base/HostAccess.h"
#include "launch/LaunchPlanner.h"
#include "launch/LaunchRequestJson.h"

#include <QApplication>
#include <QButtonGroup>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLoggingCategory>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QScreen>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QStandardPaths>
#include <QSysInfo>
#include <QTableWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <memory>

#ifdef Q_OS_UNIX
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

Q_LOGGING_CATEGORY(lcLaunchDialog, "wharf.launch", QtInfoMsg)

const QString kSettingsGroup = u"launchDialog"_s;
const QString kLastChoices = u"lastChoices"_s;
const QString kExtraRepositories = u"extraRepositories"_s;

// The repositories people touch most, in the order the CMS and ATLAS documentation names them.
const QStringList kKnownRepositories{u"cms.cern.ch"_s,       u"cms-ib.cern.ch"_s, u"grid.cern.ch"_s,
                                     u"sft.cern.ch"_s,       u"unpacked.cern.ch"_s, u"atlas.cern.ch"_s,
                                     u"lhcb.cern.ch"_s,      u"alice.cern.ch"_s};

enum BindColumn { BindSourceColumn, BindTargetColumn, BindReadOnlyColumn };
enum VariableColumn { VariableNameColumn, VariableValueColumn };

// Rows a person has typed something into: a row just added and left empty is not a request.
QList<int> usedRows(const TableEditor *editor, int textColumns)
{
    QList<int> rows;
    for (int row = 0; row < editor->rowCount(); ++row) {
        bool used = false;
        for (int column = 0; column < textColumns; ++column)
            used = used || !editor->text(row, column).trimmed().isEmpty();
        if (used)
            rows << row;
    }
    return rows;
}

QColor invalidBase(const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Base).lightness() < 128;
    return dark ? QColor(110, 30, 30) : QColor(255, 220, 220);
}

QString expandHome(const QString &path)
{
    if (path == u"~"_s)
        return QDir::homePath();
    if (path.startsWith(u"~/"_s))
        return QDir::homePath() + path.mid(1);
    return path;
}

// The words as QProcess::splitCommand() reads them back: a word with a blank or a quote is
// put in double quotes, a quote in it tripled.
QString joinCommand(const QStringList &words)
{
    QStringList quoted;
    for (const QString &word : words) {
        bool plain = !word.isEmpty();
        for (const QChar c : word)
            plain = plain && !c.isSpace() && c != u'"';
        quoted << (plain ? word : u'"' + QString(word).replace(u"\""_s, u"\"\"\""_s) + u'"');
    }
    return quoted.join(u' ');
}

} // namespace

LaunchDialog::LaunchDialog(const QList<EngineChoice> &engines, QSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_facts(localHostFacts())
{
    setObjectName(u"launchDialog"_s);
    setWindowTitle(tr("Launch a Shell"));
    setModal(false);
    setSizeGripEnabled(true);

    // Left: the options, scrolling when Advanced is open on a small screen.
    auto *options = new QWidget;
    options->setObjectName(u"optionsPanel"_s);
    buildOptions(options);
    m_optionsArea = new QScrollArea(this);
    m_optionsArea->setObjectName(u"optionsScrollArea"_s);
    m_optionsArea->setWidget(options);
    m_optionsArea->setWidgetResizable(true);
    m_optionsArea->setFrameShape(QFrame::NoFrame);
    m_optionsArea->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_optionsArea->setFocusPolicy(Qt::NoFocus);

    // Right: the plan.
    QWidget *planPanel = buildPlanPanel();

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(u"launchSplitter"_s);
    splitter->addWidget(m_optionsArea);
    splitter->addWidget(planPanel);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    // Buttons: Copy Command (and its confirmation) on the left, Cancel and Launch on the right.
    m_copyButton = new QPushButton(tr("C&opy Command"), this);
    m_copyButton->setObjectName(u"copyCommandButton"_s);
    m_copyButton->setAccessibleName(tr("Copy Command"));
    m_copyButton->setToolTip(tr("Copy the command to run it in a terminal of your own; passwords "
                                "are left as placeholders"));
    m_copyButton->setAutoDefault(false);
    m_copiedLabel = new QLabel(this);
    m_copiedLabel->setObjectName(u"copiedLabel"_s);
    m_copiedLabel->setAccessibleName(tr("Copy confirmation"));
    m_copiedTimer = new QTimer(this);
    m_copiedTimer->setSingleShot(true);
    m_copiedTimer->setInterval(2500);
    connect(m_copiedTimer, &QTimer::timeout, m_copiedLabel, &QLabel::clear);

    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(u"buttonBox"_s);
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(u"cancelButton"_s);
    m_cancelButton->setAccessibleName(tr("Cancel"));
    m_cancelButton->setAutoDefault(false);
    m_launchButton = buttons->addButton(tr("&Launch"), QDialogButtonBox::AcceptRole);
    m_launchButton->setObjectName(u"launchButton"_s);
    m_launchButton->setAccessibleName(tr("Launch"));
    m_launchButton->setDefault(true);
    connect(m_cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_launchButton, &QPushButton::clicked, this, &LaunchDialog::launch);
    connect(m_copyButton, &QPushButton::clicked, this, &LaunchDialog::copyCommand);

    auto *buttonRow = new QHBoxLayout;
    buttonRow->addWidget(m_copyButton);
    buttonRow->addWidget(m_copiedLabel, 1);
    buttonRow->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addLayout(buttonRow);

    m_engines = engines;
    rebuildEngineCombo(QString());
    // The defaults, then the last choices over them.
    LaunchRequest defaults;
    defaults.workingFolder = QDir::homePath();
    defaults.cvmfsRepositories = {u"cms.cern.ch"_s};
    fill(defaults, false);
    m_advancedButton->setChecked(false);
    loadChoices();

    // Keyboard order = reading order: the options top to bottom, the plan, then the buttons.
    QWidget *previous = nullptr;
    QList<QWidget *> chain{m_imageEdit, m_releaseCombo};
    for (const StrategyRow &row : std::as_const(m_strategyRows))
        chain << row.radio;
    chain << m_repositoryList << m_repositoryEdit << m_addRepositoryButton << m_engineCombo << m_folderEdit
          << m_browseButton << m_commandEdit << m_advancedButton << m_shellCombo << m_runAsUserCheck
          << m_keepCheck << m_nameEdit << m_platformCombo << m_environmentEditor->table()
          << m_environmentEditor->addButton() << m_environmentEditor->removeButton() << m_bindsEditor->table()
          << m_bindsEditor->addButton() << m_bindsEditor->removeButton() << m_x11Check << m_kerberosCheck
          << m_registryUserEdit << m_commandView << m_notesView << m_copyButton << m_cancelButton
          << m_launchButton;
    for (QWidget *widget : std::as_const(chain)) {
        if (previous)
            QWidget::setTabOrder(previous, widget);
        previous = widget;
    }

    updateStrategyRows();
    updateVisibility();
    replan();

    // Wide enough for the options and a readable command, tall enough for the options without
    // scrolling when there is room, never taller than the screen (a 768-pixel laptop too).
    const int scrollBar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_optionsArea) + 2;
    const int optionsWidth = std::max(options->minimumSizeHint().width() + 24, fontMetrics().averageCharWidth() * 98);
    m_optionsArea->setMinimumWidth(options->minimumSizeHint().width() + scrollBar);
    const int planWidth = std::max(planPanel->minimumSizeHint().width(), fontMetrics().averageCharWidth() * 66);
    options->layout()->activate();
    const int optionsHeight = options->layout()->hasHeightForWidth()
        ? options->layout()->totalHeightForWidth(optionsWidth)
        : options->sizeHint().height();
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1366, 768);
    const QMargins margins = layout->contentsMargins();
    const int width = std::min(optionsWidth + scrollBar + planWidth + splitter->handleWidth() + margins.left()
                                   + margins.right(),
                               available.width() - 40);
    const int height = std::min(optionsHeight + buttonRow->sizeHint().height() + layout->spacing() + margins.top()
                                    + margins.bottom() + 16,
                                available.height() - 80);
    resize(width, height);
    splitter->setSizes({optionsWidth + scrollBar, planWidth});
    m_imageEdit->setFocus();
}

LaunchDialog::~LaunchDialog()
{
    // The children go after this destructor: an editor closing then must not call back into
    // a dialog that is no longer one.
    const QList<QObject *> children = findChildren<QObject *>();
    for (QObject *object : children)
        object->disconnect(this);
}

bool LaunchDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_repositoryEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            addTypedRepository();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void LaunchDialog::addFormRow(QGridLayout *grid, int row, const QString &label, QWidget *field, QWidget *labelBuddy,
                              Qt::Alignment alignment)
{
    QLabel *text = DialogLabels::formLabel(label, labelBuddy ? labelBuddy : field, this, Qt::AlignVCenter);
    grid->addWidget(text, row, 0, Qt::AlignTop);
    grid->addWidget(field, row, 1, alignment);
    m_rowLabels.insert(field, text);
}

void LaunchDialog::setRowVisible(QWidget *field, bool visible)
{
    field->setVisible(visible);
    if (QLabel *label = m_rowLabels.value(field))
        label->setVisible(visible);
}

void LaunchDialog::buildOptions(QWidget *options)
{
    auto *grid = new QGridLayout;
    grid->setColumnStretch(1, 1);
    int row = 0;

    m_imageEdit = new QLineEdit(options);
    m_imageEdit->setObjectName(u"imageLineEdit"_s);
    m_imageEdit->setAccessibleName(tr("Image"));
    m_imageEdit->setPlaceholderText(tr("cmscloud/al9-cms, or a folder of unpacked.cern.ch for Apptainer"));
    m_imageEdit->setClearButtonEnabled(true);
    m_imageEdit->setMinimumWidth(fontMetrics().averageCharWidth() * 48);
    connect(m_imageEdit, &QLineEdit::textChanged, this, [this] {
        updateVisibility(); // an Apptainer image path needs no registry user
        replan();
    });
    addFormRow(grid, row++, tr("&Image:"), m_imageEdit);

    m_releaseCombo = new QComboBox(options);
    m_releaseCombo->setObjectName(u"cmsswReleaseComboBox"_s);
    m_releaseCombo->setAccessibleName(tr("CMS wrapper"));
    //: The cmssw-elN wrappers: the operating system the CMSSW release needs.
    m_releaseCombo->addItem(tr("cmssw-el9 (AlmaLinux 9)"), u"el9"_s);
    m_releaseCombo->addItem(tr("cmssw-el8 (AlmaLinux 8)"), u"el8"_s);
    m_releaseCombo->addItem(tr("cmssw-el7 (CentOS 7)"), u"el7"_s);
    m_releaseCombo->setToolTip(tr("The wrapper picks the image for the operating system your CMSSW "
                                  "release was built for"));
    connect(m_releaseCombo, &QComboBox::currentIndexChanged, this, &LaunchDialog::replan);
    addFormRow(grid, row++, tr("&Wrapper:"), m_releaseCombo, nullptr, Qt::AlignLeft);

    // How the container gets CVMFS: one radio button per strategy, with a line under each
    // that says what it does or why it cannot work here.
    m_strategyBox = new QWidget(options);
    m_strategyBox->setObjectName(u"strategyBox"_s);
    m_strategyBox->setAccessibleName(tr("How the container gets CVMFS"));
    auto *strategyLayout = new QGridLayout(m_strategyBox);
    strategyLayout->setContentsMargins(0, 0, 0, 0);
    strategyLayout->setVerticalSpacing(0);
    m_strategyGroup = new QButtonGroup(this);
    const int indent = style()->pixelMetric(QStyle::PM_ExclusiveIndicatorWidth)
        + style()->pixelMetric(QStyle::PM_RadioButtonLabelSpacing);
    int strategyRow = 0;
    for (const LaunchStrategy strategy : allLaunchStrategies()) {
        auto *radio = new QRadioButton(launchStrategyDisplayName(strategy), m_strategyBox);
        radio->setObjectName(launchStrategyName(strategy) + u"StrategyRadioButton"_s);
        radio->setAccessibleName(launchStrategyDisplayName(strategy));
        m_strategyGroup->addButton(radio, int(strategy));
        QLabel *note = DialogLabels::selectable(m_strategyBox, launchStrategyName(strategy) + u"StrategyNoteLabel"_s);
        note->setTextInteractionFlags(Qt::NoTextInteraction);
        note->setContentsMargins(indent, 0, 0, 4);
        note->setForegroundRole(QPalette::PlaceholderText);
        QFont small = note->font();
        small.setPointSizeF(small.pointSizeF() * 0.92);
        note->setFont(small);
        strategyLayout->addWidget(radio, strategyRow++, 0);
        strategyLayout->addWidget(note, strategyRow++, 0);
        m_strategyRows.append({strategy, radio, note});
    }
    m_strategyGroup->button(int(LaunchStrategy::HostMount))->setChecked(true);
    connect(m_strategyGroup, &QButtonGroup::idToggled, this, [this](int, bool checked) {
        if (!checked)
            return;
        updateStrategyRows();
        updateVisibility();
        replan();
    });
    //: How the container gets the CVMFS software repositories.
    addFormRow(grid, row++, tr("CVMFS:"), m_strategyBox, m_strategyGroup->checkedButton());

    // The repositories to touch first (autofs mounts them then): a compact checkable list.
    m_repositoryBox = new QWidget(options);
    auto *repositoryLayout = new QGridLayout(m_repositoryBox);
    repositoryLayout->setContentsMargins(0, 0, 0, 0);
    m_repositoryList = new QListWidget(m_repositoryBox);
    m_repositoryList->setObjectName(u"repositoriesListWidget"_s);
    m_repositoryList->setAccessibleName(tr("CVMFS repositories to mount first"));
    m_repositoryList->setToolTip(tr("Ticked repositories are opened before the start, so that autofs "
                                    "mounts them and the container finds them there. Space ticks."));
    m_repositoryList->setFlow(QListView::LeftToRight);
    m_repositoryList->setWrapping(true);
    m_repositoryList->setResizeMode(QListView::Adjust);
        const int itemHeight = fontMetrics().height() + 6;
    m_repositoryList->setFixedHeight(3 * itemHeight + 2 * m_repositoryList->frameWidth() + 4);
    connect(m_repositoryList, &QListWidget::itemChanged, this, &LaunchDialog::replan);
    m_repositoryEdit = new QLineEdit(m_repositoryBox);
    m_repositoryEdit->setObjectName(u"repositoryLineEdit"_s);
    m_repositoryEdit->setAccessibleName(tr("Another repository"));
    m_repositoryEdit->setPlaceholderText(tr("another, e.g. cvmfs-config.cern.ch"));
    m_repositoryEdit->installEventFilter(this); // Return adds the repository, it does not launch
    m_addRepositoryButton = new QPushButton(tr("A&dd"), m_repositoryBox);
    m_addRepositoryButton->setObjectName(u"addRepositoryButton"_s);
    m_addRepositoryButton->setAccessibleName(tr("Add repository"));
    m_addRepositoryButton->setAutoDefault(false);
    m_addRepositoryButton->setEnabled(false);
    connect(m_repositoryEdit, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_addRepositoryButton->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_addRepositoryButton, &QPushButton::clicked, this, &LaunchDialog::addTypedRepository);
    repositoryLayout->addWidget(m_repositoryList, 0, 0, 1, 2);
    repositoryLayout->addWidget(m_repositoryEdit, 1, 0);
    repositoryLayout->addWidget(m_addRepositoryButton, 1, 1);
    for (const QString &name : kKnownRepositories)
        addRepository(name, name == u"cms.cern.ch"_s);
    for (const QString &name : WharfSettings(m_settings).cvmfsRepositories()) {
        if (!kKnownRepositories.contains(name))
            addRepository(name, false); // the user's own, from the settings
    }
    addFormRow(grid, row++, tr("&Repositories:"), m_repositoryBox, m_repositoryList);

    m_engineCombo = new QComboBox(options);
    m_engineCombo->setObjectName(u"engineComboBox"_s);
    m_engineCombo->setAccessibleName(tr("Engine"));
    m_engineCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_engineCombo, &QComboBox::currentIndexChanged, this, &LaunchDialog::replan);
    addFormRow(grid, row++, tr("&Engine:"), m_engineCombo, nullptr, Qt::AlignLeft);

    m_folderBox = new QWidget(options);
    auto *folderLayout = new QHBoxLayout(m_folderBox);
    folderLayout->setContentsMargins(0, 0, 0, 0);
    m_folderEdit = new QLineEdit(m_folderBox);
    m_folderEdit->setObjectName(u"workingFolderLineEdit"_s);
    m_folderEdit->setAccessibleName(tr("Working folder"));
    m_folderEdit->setToolTip(tr("Shown in the container at the same path, and the shell starts there"));
    connect(m_folderEdit, &QLineEdit::textChanged, this, &LaunchDialog::replan);
    m_browseButton = new QPushButton(tr("&Browse…"), m_folderBox);
    m_browseButton->setObjectName(u"browseButton"_s);
    m_browseButton->setAccessibleName(tr("Choose the working folder"));
    m_browseButton->setAutoDefault(false);
    connect(m_browseButton, &QPushButton::clicked, this, &LaunchDialog::chooseFolder);
    folderLayout->addWidget(m_folderEdit, 1);
    folderLayout->addWidget(m_browseButton);
    addFormRow(grid, row++, tr("&Work in:"), m_folderBox, m_folderEdit);

    m_commandEdit = new QLineEdit(options);
    m_commandEdit->setObjectName(u"commandLineEdit"_s);
    m_commandEdit->setAccessibleName(tr("Command"));
    m_commandEdit->setPlaceholderText(tr("Empty: an interactive shell"));
    m_commandEdit->setToolTip(tr("A program and its arguments, split like a shell does (quotes group "
                                 "words); no shell runs it"));
    connect(m_commandEdit, &QLineEdit::textChanged, this, &LaunchDialog::replan);
    addFormRow(grid, row++, tr("Co&mmand:"), m_commandEdit);

    m_advancedButton = new QToolButton(options);
    m_advancedButton->setObjectName(u"advancedToolButton"_s);
    //: Expands the rarely used options.
    m_advancedButton->setText(tr("&Advanced: shell, user, container, environment, folders, graphics, Kerberos"));
    m_advancedButton->setAccessibleName(tr("Advanced options"));
    m_advancedButton->setCheckable(true);
    m_advancedButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_advancedButton->setArrowType(Qt::RightArrow);
    m_advancedButton->setAutoRaise(true);
    m_advancedButton->setFocusPolicy(Qt::StrongFocus);
    m_advancedPanel = buildAdvanced();
    m_advancedPanel->setParent(options);
    m_advancedPanel->hide();
    connect(m_advancedButton, &QToolButton::toggled, this, [this](bool open) {
        m_advancedButton->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_advancedPanel->setVisible(open);
        updateVisibility();
        if (open) {
            QTimer::singleShot(0, this, [this] { m_optionsArea->ensureWidgetVisible(m_advancedPanel, 0, 0); });
        }
    });

    // One label column for the short form and Advanced, so that their fields line up and do
    // not move when a row is hidden.
    int labelWidth = 0;
    for (const QLabel *label : std::as_const(m_rowLabels))
        labelWidth = std::max(labelWidth, label->sizeHint().width());
    grid->setColumnMinimumWidth(0, labelWidth);
    if (auto *advancedGrid = qobject_cast<QGridLayout *>(m_advancedPanel->layout()))
        advancedGrid->setColumnMinimumWidth(0, labelWidth);

    auto *layout = new QVBoxLayout(options);
    layout->setContentsMargins(0, 0, 6, 0);
    layout->addLayout(grid);
    layout->addWidget(m_advancedButton, 0, Qt::AlignLeft);
    layout->addWidget(m_advancedPanel);
    layout->addStretch(1);
}

QWidget *LaunchDialog::buildAdvanced()
{
    auto *panel = new QWidget;
    panel->setObjectName(u"advancedPanel"_s);
    auto *grid = new QGridLayout(panel);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->setColumnStretch(1, 1);
    int row = 0;

    m_shellCombo = new QComboBox(panel);
    m_shellCombo->setObjectName(u"shellComboBox"_s);
    m_shellCombo->setAccessibleName(tr("Shell"));
    m_shellCombo->addItems({u"bash"_s, u"zsh"_s, u"sh"_s});
    m_shellCombo->setToolTip(tr("When the image lacks it, sh starts instead"));
    connect(m_shellCombo, &QComboBox::currentIndexChanged, this, &LaunchDialog::replan);
    addFormRow(grid, row++, tr("&Shell:"), m_shellCombo, nullptr, Qt::AlignLeft);

    m_runAsUserCheck = new QCheckBox(tr("Run as &me (my user and group ID, so files I create stay mine)"), panel);
    m_runAsUserCheck->setObjectName(u"runAsUserCheckBox"_s);
    m_runAsUserCheck->setAccessibleName(tr("Run as me"));
    connect(m_runAsUserCheck, &QCheckBox::toggled, this, &LaunchDialog::replan);
    grid->addWidget(m_runAsUserCheck, row++, 1);

    m_keepCheck = new QCheckBox(tr("&Keep the container after the shell exits"), panel);
    m_keepCheck->setObjectName(u"keepContainerCheckBox"_s);
    m_keepCheck->setAccessibleName(tr("Keep the container"));
    connect(m_keepCheck, &QCheckBox::toggled, this, &LaunchDialog::replan);
    grid->addWidget(m_keepCheck, row++, 1);

    m_nameEdit = new QLineEdit(panel);
    m_nameEdit->setObjectName(u"containerNameLineEdit"_s);
    m_nameEdit->setAccessibleName(tr("Container name"));
    m_nameEdit->setPlaceholderText(tr("Empty: the engine picks one"));
    connect(m_nameEdit, &QLineEdit::textChanged, this, &LaunchDialog::replan);
    addFormRow(grid, row++, tr("Container &name:"), m_nameEdit);

    m_platformCombo = new QComboBox(panel);
    m_platformCombo->setObjectName(u"platformComboBox"_s);
    m_platformCombo->setAccessibleName(tr("Platform"));
    m_platformCombo->addItem(tr("This computer's own"), QString());
    m_platformCombo->addItem(u"linux/amd64"_s, u"linux/amd64"_s);
    m_platformCombo->addItem(u"linux/arm64"_s, u"linux/arm64"_s);
    m_platformCombo->setToolTip(tr("Another architecture than this computer's runs emulated, several "
                                   "times slower"));
    connect(m_platformCombo, &QComboBox::currentIndexChanged, this, &LaunchDialog::replan);
    addFormRow(grid, row++, tr("&Platform:"), m_platformCombo, nullptr, Qt::AlignLeft);

    m_environmentEditor = new TableEditor({{tr("Name"), false, {}}, {tr("Value"), false, {}}}, tr("Environment variables"),
                                          tr("Add &Variable"), tr("Remove Variable"), panel);
    m_environmentEditor->setObjectName(u"environmentEditor"_s);
    m_environmentEditor->table()->setObjectName(u"environmentTableWidget"_s);
    connect(m_environmentEditor, &TableEditor::changed, this, &LaunchDialog::replan);
    addFormRow(grid, row++, tr("En&vironment:"), m_environmentEditor, m_environmentEditor->table());

    m_bindsEditor = new TableEditor({{tr("On this computer"), false, tr("The folder (or file) to show in the container")},
                                     {tr("In the container"), false,
                                      tr("Where the container sees it; empty: at the same path")},
                                     {tr("Read-only"), true, tr("The container can read it but not change it")}},
                                    tr("Extra folders"), tr("Add &Folder"), tr("Remove Folder"), panel);
    m_bindsEditor->setObjectName(u"bindsEditor"_s);
    m_bindsEditor->table()->setObjectName(u"bindsTableWidget"_s);
    connect(m_bindsEditor, &TableEditor::changed, this, &LaunchDialog::replan);
    addFormRow(grid, row++, tr("E&xtra folders:"), m_bindsEditor, m_bindsEditor->table());

    m_x11Check = new QCheckBox(tr("&Graphical programs (X11: ROOT's TBrowser, …)"), panel);
    m_x11Check->setObjectName(u"x11CheckBox"_s);
    m_x11Check->setAccessibleName(tr("Graphical programs"));
    connect(m_x11Check, &QCheckBox::toggled, this, &LaunchDialog::replan);
    grid->addWidget(m_x11Check, row++, 1);

    m_kerberosCheck = new QCheckBox(tr("Kerberos &ticket (for EOS and AFS)"), panel);
    m_kerberosCheck->setObjectName(u"kerberosCheckBox"_s);
    m_kerberosCheck->setAccessibleName(tr("Kerberos ticket"));
    connect(m_kerberosCheck, &QCheckBox::toggled, this, &LaunchDialog::replan);
    grid->addWidget(m_kerberosCheck, row++, 1);

    m_registryUserEdit = new QLineEdit(panel);
    m_registryUserEdit->setObjectName(u"registryUserLineEdit"_s);
    m_registryUserEdit->setAccessibleName(tr("Registry user name"));
    m_registryUserEdit->setPlaceholderText(tr("Empty: pull anonymously"));
    m_registryUserEdit->setToolTip(tr("Apptainer pulls the image as this user; the password is taken "
                                      "from the keychain when it runs, never written in the command"));
    connect(m_registryUserEdit, &QLineEdit::textChanged, this, &LaunchDialog::replan);
    addFormRow(grid, row++, tr("Registry &user:"), m_registryUserEdit);
    return panel;
}

QWidget *LaunchDialog::buildPlanPanel()
{
    auto *panel = new QWidget(this);
    panel->setObjectName(u"planPanel"_s);

    //: Heading of the plan: the exact command, what to know, what is checked.
    auto *heading = new QLabel(tr("What Launch runs"), panel);
    QFont bold = heading->font();
    bold.setBold(true);
    heading->setFont(bold);

    m_errorLabel = DialogLabels::selectable(panel, u"planErrorLabel"_s);
    m_errorLabel->setAccessibleName(tr("Problem"));
    DialogLabels::setErrorTone(m_errorLabel, true);
    m_errorLabel->hide();

    m_commandView = new QPlainTextEdit(panel);
    m_commandView->setObjectName(u"planTextEdit"_s);
    m_commandView->setAccessibleName(tr("The command Launch runs"));
    m_commandView->setReadOnly(true);
    m_commandView->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_commandView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_commandView->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_commandView->setWordWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_commandView->setTabChangesFocus(true);
    const QFontMetrics mono(m_commandView->font());
    m_commandView->setMinimumWidth(mono.averageCharWidth() * 44);
    m_commandView->setMinimumHeight(mono.lineSpacing() * 5);

    m_notesView = new QTextBrowser(panel);
    m_notesView->setObjectName(u"planNotesBrowser"_s);
    m_notesView->setAccessibleName(tr("Warnings and checks"));
    m_notesView->setOpenLinks(false);
    m_notesView->setTabChangesFocus(true);
    m_notesView->setFrameShape(QFrame::NoFrame);
    m_notesView->viewport()->setAutoFillBackground(false);

    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addWidget(heading);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_commandView, 2);
    layout->addWidget(m_notesView, 3);
    return panel;
}

HostFacts LaunchDialog::localHostFacts()
{
    HostFacts facts;
#if defined(Q_OS_MACOS)
    facts.os = HostFacts::Os::MacOs;
    facts.dockerDesktop = true;
#elif defined(Q_OS_WIN)
    facts.os = HostFacts::Os::Windows;
    facts.dockerDesktop = true;
#endif
    facts.architecture = HostFacts::ociArchitecture(QSysInfo::currentCpuArchitecture());
#ifdef Q_OS_UNIX
    facts.userId = ::getuid();
    facts.groupId = ::getgid();
#endif
    facts.userName = qEnvironmentVariable("USER");
    facts.display = qEnvironmentVariable("DISPLAY");
    facts.x11SocketDirectoryExists = QFileInfo::exists(u"/tmp/.X11-unix"_s);
    QString cache = qEnvironmentVariable("KRB5CCNAME");
    if (cache.startsWith(u"FILE:"_s))
        cache = cache.mid(5);
    // KEYRING:, KCM:, DIR:... are not files a container can be given.
    facts.kerberosCache = cache.startsWith(u'/') ? cache : QString();
    const QStringList path = qEnvironmentVariable("PATH").split(u':', Qt::SkipEmptyParts);
    if (!HostAccess::current().findProgram(u"apptainer"_s, path).isEmpty())
        facts.apptainer = HostFacts::ApptainerProgram::Apptainer;
    else if (!HostAccess::current().findProgram(u"singularity"_s, path).isEmpty())
        facts.apptainer = HostFacts::ApptainerProgram::Singularity;
    return facts;
}

// --- Engines, repositories, folder ---------------------------------------------------------

void LaunchDialog::setEngines(const QList<EngineChoice> &engines)
{
    const QString current = engineId();
    m_engines = engines;
    rebuildEngineCombo(current);
    replan();
}

void LaunchDialog::rebuildEngineCombo(const QString &preferredId)
{
    const QSignalBlocker blocker(m_engineCombo);
    m_engineCombo->clear();
    if (m_engines.isEmpty()) {
        // No engine found: the commands' own defaults still make a plan to copy.
        m_engineCombo->addItem(tr("docker (its default engine)"), QString());
        m_engineCombo->setItemData(0, int(EngineKind::Docker), Qt::UserRole + 1);
        m_engineCombo->addItem(tr("podman (its default engine)"), QString());
        m_engineCombo->setItemData(1, int(EngineKind::Podman), Qt::UserRole + 1);
        return;
    }
    for (const EngineChoice &engine : std::as_const(m_engines)) {
        m_engineCombo->addItem(engine.displayName, engine.id);
        m_engineCombo->setItemData(m_engineCombo->count() - 1, int(engine.kind), Qt::UserRole + 1);
        if (!engine.engineHost.isEmpty())
            m_engineCombo->setItemData(m_engineCombo->count() - 1, engine.engineHost, Qt::ToolTipRole);
    }
    const int index = m_engineCombo->findData(preferredId);
    m_engineCombo->setCurrentIndex(index >= 0 ? index : 0);
}

void LaunchDialog::setEngine(const QString &engineId)
{
    const int index = m_engineCombo->findData(engineId);
    if (index >= 0)
        m_engineCombo->setCurrentIndex(index);
}

QString LaunchDialog::engineId() const
{
    return m_engineCombo->currentData().toString();
}

const LaunchDialog::EngineChoice *LaunchDialog::currentEngine() const
{
    const int index = m_engineCombo->currentIndex();
    if (m_engines.isEmpty() || index < 0 || index >= m_engines.size())
        return nullptr;
    return &m_engines.at(index);
}

void LaunchDialog::addRepository(const QString &name, bool checked)
{
    for (int row = 0; row < m_repositoryList->count(); ++row) {
        QListWidgetItem *item = m_repositoryList->item(row);
        if (item->text() == name) {
            item->setCheckState(checked ? Qt::Checked : item->checkState());
            return;
        }
    }
    auto *item = new QListWidgetItem(name);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    m_repositoryList->addItem(item);
    // Columns as wide as the widest name, so that none is cut and they line up.
    const int indicator = style()->pixelMetric(QStyle::PM_IndicatorWidth) + 2 * style()->pixelMetric(QStyle::PM_FocusFrameHMargin);
    int widest = m_repositoryList->gridSize().width();
    widest = std::max(widest, m_repositoryList->fontMetrics().horizontalAdvance(name) + indicator + 14);
    m_repositoryList->setGridSize(QSize(widest, m_repositoryList->fontMetrics().height() + 6));
}

void LaunchDialog::addTypedRepository()
{
    const QString name = m_repositoryEdit->text().trimmed();
    if (name.isEmpty())
        return;
    {
        const QSignalBlocker blocker(m_repositoryList);
        addRepository(name, true);
    }
    m_repositoryEdit->clear();
    replan();
}

void LaunchDialog::setRepositories(const QStringList &checked)
{
    const QSignalBlocker blocker(m_repositoryList);
    for (int row = 0; row < m_repositoryList->count(); ++row)
        m_repositoryList->item(row)->setCheckState(Qt::Unchecked);
    for (const QString &name : checked)
        addRepository(name, true);
}

void LaunchDialog::chooseFolder()
{
    // open(), not exec(): no nested event loop.
    const QString start = expandHome(m_folderEdit->text().trimmed());
    auto *dialog = new QFileDialog(this, tr("Choose the Folder to Work In"),
                                   start.startsWith(u'/') ? start : QDir::homePath());
    dialog->setObjectName(u"folderFileDialog"_s);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this,
            [this](const QString &folder) { m_folderEdit->setText(QDir::cleanPath(folder)); });
    dialog->open();
}

// --- Request in and out ---------------------------------------------------------------------

void LaunchDialog::setImage(const QString &image)
{
    m_imageEdit->setText(image);
    m_imageEdit->setCursorPosition(0); // the registry and name, rather than the tag
}

void LaunchDialog::setStrategy(LaunchStrategy strategy)
{
    if (QAbstractButton *button = m_strategyGroup->button(int(strategy)))
        button->setChecked(true);
}

void LaunchDialog::setCvmfsRoot(const QString &root)
{
    m_base.cvmfsRoot = root;
    replan();
}

void LaunchDialog::setAutomounterSettings(const AutomounterSettings &settings)
{
    m_base.automounter = settings;
    replan();
}

void LaunchDialog::setHostFacts(const HostFacts &facts)
{
    m_facts = facts;
    updateStrategyRows();
    updateVisibility();
    replan();
}

void LaunchDialog::setRequest(const LaunchRequest &request)
{
    fill(request, true);
}

void LaunchDialog::fill(const LaunchRequest &request, bool includeOneOffs)
{
    m_filling = true;
    if (includeOneOffs) {
        m_base = request;
        m_imageEdit->setText(request.image);
        m_imageEdit->setCursorPosition(0);
        m_nameEdit->setText(request.containerName);
        m_commandEdit->setText(joinCommand(request.command));
        m_registryUserEdit->setText(request.registryUsername);
        // The engine of that kind at that address, else the first of that kind.
        int match = -1;
        for (int i = 0; i < m_engines.size() && match < 0; ++i) {
            if (m_engines.at(i).kind == request.engine && m_engines.at(i).engineHost == request.engineHost)
                match = i;
        }
        for (int i = 0; i < m_engineCombo->count() && match < 0; ++i) {
            if (EngineKind(m_engineCombo->itemData(i, Qt::UserRole + 1).toInt()) == request.engine)
                match = i;
        }
        if (match >= 0)
            m_engineCombo->setCurrentIndex(match);
    }
    if (QAbstractButton *button = m_strategyGroup->button(int(request.strategy)))
        button->setChecked(true);
    if (!request.workingFolder.isEmpty())
        m_folderEdit->setText(request.workingFolder);
    setRepositories(request.cvmfsRepositories);

    const auto selectData = [](QComboBox *combo, const QString &value, const QString &text) {
        int index = combo->findData(value);
        if (index < 0)
            index = combo->findText(value);
        if (index < 0) { // not one of ours: shown as it is, so the planner can say what is wrong
            combo->addItem(text.isEmpty() ? value : text, value);
            index = combo->count() - 1;
        }
        combo->setCurrentIndex(index);
    };
    selectData(m_shellCombo, request.shell, request.shell);
    selectData(m_platformCombo, request.platform, request.platform);
    selectData(m_releaseCombo, request.cmsswRelease, u"cmssw-"_s + request.cmsswRelease);
    m_runAsUserCheck->setChecked(request.runAsUser);
    m_keepCheck->setChecked(request.keepContainer);
    m_x11Check->setChecked(request.forwardX11);
    m_kerberosCheck->setChecked(request.forwardKerberos);

    {
        const QSignalBlocker environmentBlocker(m_environmentEditor);
        m_environmentEditor->clear();
        for (const EnvironmentVariable &variable : request.environment)
            m_environmentEditor->appendRow({variable.name, variable.value});
    }
    {
        const QSignalBlocker bindsBlocker(m_bindsEditor);
        m_bindsEditor->clear();
        for (const BindMount &bind : request.binds)
            m_bindsEditor->appendRow({bind.source, bind.target}, {bind.readOnly});
    }
    // Options that differ from the defaults are shown, not hidden behind Advanced.
    const LaunchRequest defaults;
    if (request.shell != defaults.shell || request.runAsUser != defaults.runAsUser
        || request.keepContainer != defaults.keepContainer || !request.containerName.isEmpty()
        || !request.platform.isEmpty() || !request.environment.isEmpty() || !request.binds.isEmpty()
        || request.forwardX11 || request.forwardKerberos || !request.registryUsername.isEmpty())
        m_advancedButton->setChecked(true);
    m_filling = false;
    updateStrategyRows();
    updateVisibility();
    replan();
}

LaunchStrategy LaunchDialog::currentStrategy() const
{
    const int id = m_strategyGroup->checkedId();
    return id >= 0 ? LaunchStrategy(id) : LaunchStrategy::HostMount;
}

LaunchRequest LaunchDialog::request() const
{
    return collect(true);
}

LaunchRequest LaunchDialog::collect(bool forLaunch) const
{
    LaunchRequest request = m_base;
    request.strategy = currentStrategy();
    if (const EngineChoice *engine = currentEngine()) {
        request.engine = engine->kind;
        request.engineHost = engine->engineHost;
    } else {
        request.engine = EngineKind(m_engineCombo->currentData(Qt::UserRole + 1).toInt());
        request.engineHost.clear();
    }
    request.image = m_imageEdit->text().trimmed();
    request.workingFolder = expandHome(m_folderEdit->text().trimmed());
    request.cmsswRelease = m_releaseCombo->currentData().toString();
    request.cvmfsRepositories.clear();
    for (int row = 0; row < m_repositoryList->count(); ++row) {
        if (m_repositoryList->item(row)->checkState() == Qt::Checked)
            request.cvmfsRepositories << m_repositoryList->item(row)->text();
    }
    request.shell = m_shellCombo->currentData().isValid() ? m_shellCombo->currentData().toString()
                                                           : m_shellCombo->currentText();
    request.runAsUser = m_runAsUserCheck->isChecked();
    request.keepContainer = m_keepCheck->isChecked();
    request.containerName = m_nameEdit->text().trimmed();
    request.platform = m_platformCombo->currentData().toString();
    request.forwardX11 = m_x11Check->isChecked();
    request.forwardKerberos = m_kerberosCheck->isChecked();
    request.command = QProcess::splitCommand(m_commandEdit->text());
    request.registryUsername = m_registryUserEdit->text().trimmed();
    request.environment.clear();
    for (const int row : usedRows(m_environmentEditor, 2)) {
        request.environment << EnvironmentVariable{m_environmentEditor->text(row, VariableNameColumn).trimmed(),
                                                   m_environmentEditor->text(row, VariableValueColumn)};
    }
    request.binds.clear();
    for (const int row : usedRows(m_bindsEditor, 2)) {
        request.binds << BindMount{expandHome(m_bindsEditor->text(row, BindSourceColumn).trimmed()),
                                   m_bindsEditor->text(row, BindTargetColumn).trimmed(),
                                   m_bindsEditor->isChecked(row, BindReadOnlyColumn)};
    }
    if (!forLaunch)
        return request;

    // What the chosen strategy does not use is left at its default, so that a hidden option
    // changes nothing (and warns about nothing).
    const LaunchRequest defaults;
    if (!launchStrategyUsesEngine(request.strategy)) {
        request.platform.clear();
        request.keepContainer = defaults.keepContainer;
        request.containerName.clear();
        request.forwardX11 = false;
        request.forwardKerberos = false;
        request.runAsUser = defaults.runAsUser;
        request.engine = defaults.engine;
        request.engineHost.clear();
    }
    if (request.strategy == LaunchStrategy::Cmssw) {
        request.image.clear();
        request.shell = defaults.shell;
    } else {
        request.cmsswRelease = defaults.cmsswRelease;
    }
    if (request.strategy == LaunchStrategy::Fuse)
        request.cvmfsRepositories.clear(); // the image mounts CVMFS itself
    if (request.strategy != LaunchStrategy::Apptainer || request.image.startsWith(u'/'))
        request.registryUsername.clear();
    return request;
}

// --- The plan ---------------------------------------------------------------------------------

void LaunchDialog::replan()
{
    if (m_filling)
        return;
    m_plan = LaunchPlanner::plan(request(), m_facts);
    showPlan();
}

void LaunchDialog::showPlan()
{
    clearMarks();
    if (!m_plan) {
        m_errorLabel->setText(m_plan.error().message());
        m_errorLabel->show();
        m_commandView->clear();
        m_commandView->setPlaceholderText(tr("No command yet: correct the marked option."));
        m_notesView->clear();
        m_launchButton->setEnabled(false);
        m_copyButton->setEnabled(false);
        markField(m_plan.error().details(), m_plan.error().message());
        return;
    }
    m_errorLabel->hide();
    m_errorLabel->clear();
    const LaunchPlan &plan = *m_plan;
    if (m_commandView->toPlainText() != plan.commandLine())
        m_commandView->setPlainText(plan.commandLine());

    QString html;
    if (!plan.warnings.isEmpty()) {
        html += u"<p><b>"_s + tr("Before you launch").toHtmlEscaped() + u"</b></p>"_s;
        for (const QString &warning : plan.warnings)
            html += u"<p>"_s + warning.toHtmlEscaped() + u"</p>"_s;
    }
    if (!plan.preconditions.isEmpty()) {
        html += u"<p><b>"_s + tr("Checked before it starts").toHtmlEscaped() + u"</b></p><ul>"_s;
        for (const LaunchPrecondition &precondition : plan.preconditions)
            html += u"<li>"_s + precondition.description.toHtmlEscaped() + u"</li>"_s;
        html += u"</ul>"_s;
    }
    m_notesView->setHtml(html);
    m_launchButton->setEnabled(true);
    m_copyButton->setEnabled(true);
}

void LaunchDialog::clearMarks()
{
    if (m_bindsEditor)
        m_bindsEditor->markCell(-1, -1, QString());
    if (m_environmentEditor)
        m_environmentEditor->markCell(-1, -1, QString());
    for (const StrategyRow &row : std::as_const(m_strategyRows))
        row.note->setProperty("invalid", false);
    if (!m_markedWidget)
        return;
    m_markedWidget->setProperty("invalid", false);
    m_markedWidget->setPalette(QPalette());
    m_markedWidget->setAccessibleDescription(QString());
    if (QLabel *label = m_rowLabels.value(m_markedWidget))
        DialogLabels::setErrorTone(label, false);
    m_markedWidget = nullptr;
    updateStrategyRows(); // a strategy note may have carried the error
}

void LaunchDialog::markField(const QString &field, const QString &message)
{
    static const QRegularExpression pattern(u"^([A-Za-z]+)(?:\\[(\\d+)\\])?(?:\\.([A-Za-z]+))?$"_s);
    const QRegularExpressionMatch match = pattern.match(field);
    if (!match.hasMatch())
        return; // the CVMFS root, the automounter settings: not edited here; the message says it
    const QString name = match.captured(1);
    const int index = match.captured(2).isEmpty() ? -1 : match.captured(2).toInt();
    const QString part = match.captured(3);

    QWidget *widget = nullptr;
    QWidget *formField = nullptr; // the widget whose row label says it too
    if (name == u"image"_s) {
        widget = m_imageEdit;
    } else if (name == u"workingFolder"_s) {
        widget = m_folderEdit;
        formField = m_folderBox;
    } else if (name == u"command"_s) {
        widget = m_commandEdit;
    } else if (name == u"containerName"_s) {
        widget = m_nameEdit;
    } else if (name == u"registryUsername"_s) {
        widget = m_registryUserEdit;
    } else if (name == u"shell"_s) {
        widget = m_shellCombo;
    } else if (name == u"platform"_s) {
        widget = m_platformCombo;
    } else if (name == u"cmsswRelease"_s) {
        widget = m_releaseCombo;
    } else if (name == u"engine"_s || name == u"engineHost"_s) {
        widget = m_engineCombo;
    } else if (name == u"cvmfsRepositories"_s) {
        widget = m_repositoryList;
        formField = m_repositoryBox;
        int seen = -1;
        for (int row = 0; row < m_repositoryList->count(); ++row) {
            if (m_repositoryList->item(row)->checkState() == Qt::Checked && ++seen == index) {
                m_repositoryList->setCurrentRow(row);
                break;
            }
        }
    } else if (name == u"binds"_s || name == u"environment"_s) {
        TableEditor *editor = name == u"binds"_s ? m_bindsEditor : m_environmentEditor;
        const QList<int> rows = usedRows(editor, 2);
        if (index >= 0 && index < rows.size()) {
            const int column = name == u"binds"_s
                ? int(part == u"target"_s ? BindTargetColumn : BindSourceColumn)
                : int(part == u"value"_s ? VariableValueColumn : VariableNameColumn);
            editor->markCell(rows.at(index), column, message);
        }
        widget = editor;
    } else if (name == u"strategy"_s) {
        for (const StrategyRow &row : std::as_const(m_strategyRows)) {
            if (row.strategy == currentStrategy()) {
                row.note->setProperty("invalid", true);
                DialogLabels::setErrorTone(row.note, true);
            }
        }
        widget = m_strategyBox;
    }
    if (!widget)
        return;
    m_markedWidget = widget;
    widget->setProperty("invalid", true);
    widget->setAccessibleDescription(message);
    if (widget != m_strategyBox && !qobject_cast<TableEditor *>(widget)) {
        QPalette palette = widget->palette();
        palette.setColor(QPalette::Base, invalidBase(palette));
        widget->setPalette(palette);
    }
    if (QLabel *label = m_rowLabels.value(formField ? formField : widget))
        DialogLabels::setErrorTone(label, true);
    // A problem in a closed Advanced section is shown, not hidden.
    if (m_advancedPanel->isAncestorOf(widget) && !m_advancedButton->isChecked())
        m_advancedButton->setChecked(true);
}

void LaunchDialog::updateStrategyRows()
{
    const bool onLinux = m_facts.os == HostFacts::Os::Linux;
    const bool apptainerFound = m_facts.apptainer != HostFacts::ApptainerProgram::None;
    const QString apptainer = m_facts.apptainer == HostFacts::ApptainerProgram::Singularity ? u"singularity"_s
                                                                                             : u"apptainer"_s;
    for (const StrategyRow &row : std::as_const(m_strategyRows)) {
        QString note;
        bool possible = true;
        bool caveat = false;
        switch (row.strategy) {
        case LaunchStrategy::HostMount:
            note = m_facts.dockerDesktop
                ? tr("Shares this computer's /cvmfs through Docker Desktop; needs the CVMFS client here.")
                : tr("Binds this computer's /cvmfs into the container; needs the CVMFS client here.");
            break;
        case LaunchStrategy::Automounter:
            if (!m_facts.nativeLinuxEngine()) {
                possible = false;
                note = tr("Not on this computer: needs Docker or Podman running directly on Linux, not "
                          "in Docker Desktop's virtual machine.");
            } else {
                note = tr("A helper container mounts CVMFS for every container; Wharf offers to start it.");
            }
            break;
        case LaunchStrategy::Fuse:
            note = tr("For images that mount CVMFS themselves; the container gets extra privileges.");
            break;
        case LaunchStrategy::Apptainer:
            if (!onLinux) {
                possible = false;
                note = tr("Linux only: Apptainer does not run on macOS or Windows.");
            } else if (!apptainerFound) {
                caveat = true;
                note = tr("Apptainer is not installed here; the command can still be copied.");
            } else {
                note = tr("Runs the image with %1 instead of Docker or Podman, /cvmfs bound in.").arg(apptainer);
            }
            break;
        case LaunchStrategy::Cmssw:
            if (!onLinux) {
                possible = false;
                note = tr("Linux only: the cmssw-elN wrappers run Apptainer.");
            } else if (!apptainerFound) {
                caveat = true;
                note = tr("Needs Apptainer, which is not installed here; the command can still be copied.");
            } else {
                note = tr("CMS's cmssw-el7/8/9 wrappers from /cvmfs/cms.cern.ch: the release's own image.");
            }
            break;
        }
        row.note->setText(note);
        // Impossible here: disabled with its reason (UX.md), unless it is what was asked for.
        row.radio->setEnabled(possible || row.radio->isChecked());
        row.radio->setToolTip(note);
        if (!row.note->property("invalid").toBool()) {
            DialogLabels::setErrorTone(row.note, !possible || caveat);
            row.note->setForegroundRole(!possible || caveat ? QPalette::WindowText : QPalette::PlaceholderText);
        }
    }
}

void LaunchDialog::updateVisibility()
{
    const LaunchStrategy strategy = currentStrategy();
    const bool engine = launchStrategyUsesEngine(strategy);
    const bool cmssw = strategy == LaunchStrategy::Cmssw;
    const bool apptainer = strategy == LaunchStrategy::Apptainer;
    setRowVisible(m_imageEdit, !cmssw);
    setRowVisible(m_releaseCombo, cmssw);
    setRowVisible(m_engineCombo, engine);
    setRowVisible(m_repositoryBox, strategy != LaunchStrategy::Fuse);
    setRowVisible(m_shellCombo, !cmssw);
    setRowVisible(m_nameEdit, engine);
    setRowVisible(m_platformCombo, engine);
    setRowVisible(m_registryUserEdit, apptainer && !m_imageEdit->text().trimmed().startsWith(u'/'));
    m_runAsUserCheck->setVisible(engine);
    // Only a Linux engine takes the user's ids; elsewhere the files belong to the user anyway.
    m_runAsUserCheck->setEnabled(m_facts.os == HostFacts::Os::Linux);
    m_keepCheck->setVisible(engine);
    m_x11Check->setVisible(engine);
    m_kerberosCheck->setVisible(engine);
    m_imageEdit->setPlaceholderText(apptainer ? tr("an image (cmscloud/al9-cms) or a folder of /cvmfs/unpacked.cern.ch")
                                              : tr("cmscloud/al9-cms, gitlab-registry.cern.ch/…:tag"));
}

// --- Actions --------------------------------------------------------------------------------------

void LaunchDialog::copyCommand()
{
    if (!m_plan)
        return;
    QApplication::clipboard()->setText(m_plan->commandLine());
    //: Shown for a moment after Copy Command.
    m_copiedLabel->setText(tr("Copied"));
    m_copiedTimer->start();
}

void LaunchDialog::launch()
{
    if (!m_plan)
        return;
    saveChoices();
    Q_EMIT launchRequested(request());
    accept();
}

void LaunchDialog::loadChoices()
{
    std::unique_ptr<QSettings> own;
    QSettings *settings = m_settings;
    if (!settings) {
        own = std::make_unique<QSettings>();
        settings = own.get();
    }
    settings->beginGroup(kSettingsGroup);
    const QStringList extra = settings->value(kExtraRepositories).toStringList();
    const QVariant stored = settings->value(kLastChoices);
    settings->endGroup();
    for (const QString &name : extra) {
        if (!name.trimmed().isEmpty() && name.size() < 256)
            addRepository(name.trimmed(), false);
    }
    if (!stored.isValid())
        return;
    const Result<LaunchRequest> last = LaunchRequestJson::fromBytes(stored.toString().toUtf8());
    if (!last) {
        qCWarning(lcLaunchDialog).noquote() << "The last launch choices are left out:" << last.error().toString();
        return;
    }
    fill(*last, false);
    m_advancedButton->setChecked(false); // the short form first, whatever was chosen last
}

void LaunchDialog::saveChoices() const
{
    std::unique_ptr<QSettings> own;
    QSettings *settings = m_settings;
    if (!settings) {
        own = std::make_unique<QSettings>();
        settings = own.get();
    }
    // Not the one-offs: the image comes from where the dialog was opened, a command is for one
    // run, and a name can be used by one container only.
    LaunchRequest choices = collect(false);
    choices.image.clear();
    choices.command.clear();
    choices.containerName.clear();
    choices.registryUsername.clear();
    choices.engineHost.clear();
    QStringList extra;
    for (int row = 0; row < m_repositoryList->count(); ++row) {
        const QString name = m_repositoryList->item(row)->text();
        if (!kKnownRepositories.contains(name))
            extra << name;
    }
    settings->beginGroup(kSettingsGroup);
    settings->setValue(kLastChoices, QString::fromUtf8(LaunchRequestJson::toBytes(choices)));
    settings->setValue(kExtraRepositories, extra);
    settings->endGroup();
    settings->sync();
}

} // namespace Wharf
