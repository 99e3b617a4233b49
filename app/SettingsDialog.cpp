// SPDX-License-Identifier: Apache-2.0
#include "SettingsDialog.h"

#include "DialogLabels.h"
#include "SettingsFieldMark.h"
#include "SettingsListEditor.h"
#include "WharfSettings.h"
#include "launch/LaunchRequestValidator.h"
#include "launch/TerminalDetector.h"
#include "unpacked/UnpackedLayout.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QScreen>
#include <QScrollArea>
#include <QSettings>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

QLabel *noteLabel(const QString &text, const QString &objectName, QWidget *parent)
{
    QLabel *label = DialogLabels::selectable(parent, objectName);
    label->setText(text);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse); // not a Tab stop
    label->setForegroundRole(QPalette::PlaceholderText);
    // A form may give a wrapped label more height than its text takes: keep the text under
    // its field rather than centred in the gap.
    label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    return label;
}

QLabel *headingLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    return label;
}

// A field with its error message under it, as one row of a form.
QVBoxLayout *fieldWithFeedback(QWidget *field, QWidget *feedback)
{
    auto *column = new QVBoxLayout;
    column->setSpacing(2);
    column->addWidget(field);
    column->addWidget(feedback);
    return column;
}

QFormLayout *makeForm()
{
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    return form;
}

// A row with nothing in the label column (a note under a field); no empty label is made.
void addFieldOnlyRow(QFormLayout *form, QWidget *field)
{
    form->setWidget(form->rowCount(), QFormLayout::FieldRole, field);
}

QString errorText(const VoidResult &result)
{
    return result ? QString() : result.error().message();
}

} // namespace

SettingsDialog::SettingsDialog(QSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_ownedSettings(settings ? nullptr : std::make_unique<QSettings>())
    , m_settings(settings ? settings : m_ownedSettings.get())
{
    setObjectName(u"settingsDialog"_s);
    setWindowTitle(tr("Settings"));

    // Created in reading order, so that Tab goes list, page fields, buttons.
    m_sections = new QListWidget(this);
    m_sections->setObjectName(u"sectionList"_s);
    m_sections->setAccessibleName(tr("Sections"));
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_sections->setIconSize(QSize(iconSize, iconSize));
    m_sections->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sections->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(u"pageStack"_s);

    addPage(tr("Engines"), u"network-server"_s, QStyle::SP_ComputerIcon, makeEnginesPage());
    addPage(tr("Terminal"), u"utilities-terminal"_s, QStyle::SP_DesktopIcon, makeTerminalPage());
    addPage(tr("CVMFS"), u"folder-remote"_s, QStyle::SP_DriveNetIcon, makeCvmfsPage());
    addPage(tr("Network"), u"network-workgroup"_s, QStyle::SP_DriveNetIcon, makeNetworkPage());
    addPage(tr("Registries"), u"network-server"_s, QStyle::SP_DriveNetIcon, makeRegistriesPage());
    addPage(tr("Language"), u"preferences-desktop-locale"_s, QStyle::SP_FileDialogInfoView, makeLanguagePage());
    m_pageErrors = QList<int>(m_pages->count(), 0);

    // As narrow as its longest section name allows.
    int widest = 0;
    for (int row = 0; row < m_sections->count(); ++row)
        widest = std::max(widest, m_sections->fontMetrics().horizontalAdvance(m_sections->item(row)->text()));
    m_sections->setFixedWidth(widest + m_sections->iconSize().width() + 6 * m_sections->frameWidth() + 32);
    connect(m_sections, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);
    // A page hidden while the dialog was sized keeps the scroll bar it needed before: at that
    // size it may take room from the page (cutting its right edge) though nothing scrolls.
    connect(m_pages, &QStackedWidget::currentChanged, this, [this](int index) {
        if (auto *area = qobject_cast<QScrollArea *>(m_pages->widget(index))) {
            QEvent relayout(QEvent::LayoutRequest); // lays out its scroll bars again
            QCoreApplication::sendEvent(area, &relayout);
        }
    });

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Apply | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(u"buttonBox"_s);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, [this] { apply(); });

    auto *top = new QHBoxLayout;
    top->addWidget(m_sections);
    top->addWidget(m_pages, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top, 1);
    layout->addWidget(m_buttons);

    load();
    m_sections->setCurrentRow(0);
    validate();
    fitToPages();

    connect(m_engineHostEdit, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_terminalCombo, &QComboBox::currentIndexChanged, this, &SettingsDialog::validate);
    connect(m_terminalCombo, &QComboBox::currentIndexChanged, this, &SettingsDialog::updateTerminalInfo);
    connect(m_cvmfsRootEdit, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_unpackedRoots, &SettingsListEditor::changed, this, &SettingsDialog::validate);
    connect(m_repositories, &SettingsListEditor::changed, this, &SettingsDialog::validate);
    connect(m_automounterImageEdit, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_automounterNameEdit, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_automounterRootEdit, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_proxyEdit, &QLineEdit::textChanged, this, &SettingsDialog::validate);
    connect(m_languageCombo, &QComboBox::currentIndexChanged, this, &SettingsDialog::validate);
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::addPage(const QString &title, const QString &iconName, int fallbackIcon, QWidget *page)
{
    // The dialog grows with the fonts (fitToPages); the scroll area only matters when the screen
    // is too small for that, with large fonts: the page scrolls instead of cutting its text.
    auto *scroll = new QScrollArea;
    scroll->setObjectName(page->objectName() + u"ScrollArea"_s);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes through the page's fields
    scroll->setWidget(page);
    m_pages->addWidget(scroll);

    const QIcon icon = QIcon::fromTheme(iconName, style()->standardIcon(QStyle::StandardPixmap(fallbackIcon)));
    m_pageIcons << icon;
    auto *item = new QListWidgetItem(icon, title, m_sections);
    item->setData(Qt::AccessibleTextRole, title);
}

void SettingsDialog::fitToPages()
{
    // Open large enough for the largest page, its wrapped notes included, so that switching
    // pages never resizes the window.
    QList<QWidget *> pages;
    for (int page = 0; page < m_pages->count(); ++page)
        pages << static_cast<QScrollArea *>(m_pages->widget(page))->widget();
    ensurePolished(); // the style's fonts and margins, which the size hints depend on
    for (QWidget *page : std::as_const(pages))
        page->ensurePolished();
    QSize content;
    for (QWidget *page : std::as_const(pages))
        content.setWidth(std::max(content.width(), page->sizeHint().width()));
    // Wrapped notes need the height they take at that width, which sizeHint() does not know.
    for (QWidget *page : std::as_const(pages)) {
        QLayout *pageLayout = page->layout();
        pageLayout->activate();
        const int pageHeight = pageLayout->hasHeightForWidth() ? pageLayout->totalHeightForWidth(content.width())
                                                                : page->sizeHint().height();
        content.setHeight(std::max(content.height(), pageHeight));
    }
    QLayout *outer = layout();
    const QMargins margins = outer->contentsMargins();
    const int spacing = std::max(outer->spacing(), 0);
    // The slack covers the scroll area's frame and a scroll bar's width, so that a page that fits
    // never shows one (a vertical bar would narrow the page and cut its fields).
    const int slackWidth = fontMetrics().averageCharWidth() * 2 + style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    const int slackHeight = fontMetrics().height() * 2;
    const int sections = std::max(m_sections->width(), m_sections->sizeHint().width());
    const int width = slackWidth + margins.left() + margins.right() + sections + spacing + content.width();
    const int height = slackHeight + margins.top() + margins.bottom() + content.height() + spacing
        + m_buttons->sizeHint().height();
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1024, 768);
    const QSize limit(available.width() * 9 / 10, available.height() * 9 / 10);
    resize(std::min(std::max(width, sizeHint().width()), limit.width()),
           std::min(std::max(height, sizeHint().height()), limit.height()));
    // Then with the real layout: each page gets the stack's whole area; grow by whatever the
    // widest or tallest page still lacks there (the estimate above misses nested margins).
    outer->activate();
    // Room for a vertical scroll bar too: were one needed, the page must not lose its right edge.
    const int scrollBar = style()->pixelMetric(QStyle::PM_ScrollBarExtent);
    int extraWidth = 0;
    for (QWidget *page : std::as_const(pages))
        extraWidth = std::max(extraWidth, page->minimumSizeHint().width() + scrollBar - m_pages->width());
    int extraHeight = 0;
    for (QWidget *page : std::as_const(pages)) {
        QLayout *pageLayout = page->layout();
        const int pageWidth = m_pages->width() + extraWidth;
        // The scroll area never makes a page shorter than its minimum, which its wrapped notes
        // compute at their narrowest: that, not only the height at this width, must fit.
        const int atWidth = pageLayout->hasHeightForWidth() ? pageLayout->totalHeightForWidth(pageWidth)
                                                            : page->sizeHint().height();
        const int needed = std::max(atWidth, page->minimumSizeHint().height());
        extraHeight = std::max(extraHeight, needed - m_pages->height());
    }
    if (extraWidth > 0 || extraHeight > 0)
        resize(std::min(this->width() + std::max(extraWidth, 0), limit.width()),
               std::min(this->height() + std::max(extraHeight, 0), limit.height()));
}

QLineEdit *SettingsDialog::makeLineEdit(const QString &objectName, const QString &accessibleName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setMinimumWidth(fontMetrics().averageCharWidth() * 44);
    return edit;
}

SettingsFieldMark *SettingsDialog::makeMark(QWidget *field, const QString &objectName, QWidget *parent)
{
    return new SettingsFieldMark(field, DialogLabels::selectable(parent, objectName));
}

QWidget *SettingsDialog::makeEnginesPage()
{
    auto *page = new QWidget;
    page->setObjectName(u"enginesPage"_s);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(headingLabel(tr("Engines"), page));
    layout->addWidget(noteLabel(tr("Wharf finds Docker and Podman by itself: DOCKER_HOST, Docker contexts, and the "
                                   "usual sockets of both, for you and for the system. Add an address only for an "
                                   "engine it cannot find, such as one on another machine."),
                                u"enginesNoteLabel"_s, page));

    m_engineHostEdit = makeLineEdit(u"engineHostLineEdit"_s, tr("Additional engine address"), page);
    m_engineHostEdit->setPlaceholderText(tr("None: only the engines found"));
    m_engineHostEdit->setClearButtonEnabled(true);
    m_engineHostEdit->setToolTip(tr("For example unix:///run/user/1000/podman/podman.sock or tcp://build.example.org:2376"));
    m_engineHostMark.reset(makeMark(m_engineHostEdit, u"engineHostFeedbackLabel"_s, page));

    auto *form = makeForm();
    form->addRow(DialogLabels::formLabel(tr("Additional &address:"), m_engineHostEdit, page, Qt::AlignTop),
                 fieldWithFeedback(m_engineHostEdit, m_engineHostMark->label()));
    layout->addLayout(form);
    layout->addWidget(noteLabel(tr("For example unix:///run/user/1000/podman/podman.sock or tcp://build.example.org:2376."),
                                u"engineHostExampleLabel"_s, page));
    layout->addStretch(1);
    return page;
}

QWidget *SettingsDialog::makeTerminalPage()
{
    auto *page = new QWidget;
    page->setObjectName(u"terminalPage"_s);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(headingLabel(tr("Terminal"), page));
    layout->addWidget(noteLabel(tr("The terminal emulator Wharf opens a container's shell in."),
                                u"terminalNoteLabel"_s, page));

    m_terminalCombo = new QComboBox(page);
    m_terminalCombo->setObjectName(u"terminalComboBox"_s);
    m_terminalCombo->setAccessibleName(tr("Terminal emulator"));
    m_terminalCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_terminalInfo = DialogLabels::selectable(page, u"terminalInfoLabel"_s);
    m_terminalInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_terminalInfo->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    //: The terminal choice that lets Wharf pick.
    m_terminalCombo->addItem(tr("Automatic (first found)"), QString());
    // A PATH lookup per terminal: quick, and nothing else is read.
    const TerminalDetector detector(QProcessEnvironment::systemEnvironment());
    for (const TerminalEmulator &terminal : detector.available()) {
        m_terminalCombo->addItem(terminal.displayName(), terminal.id());
        m_terminalCombo->setItemData(m_terminalCombo->count() - 1, terminal.executable(), Qt::ToolTipRole);
    }

    auto *form = makeForm();
    form->addRow(DialogLabels::formLabel(tr("&Terminal:"), m_terminalCombo, page, Qt::AlignVCenter),
                 m_terminalCombo);
    addFieldOnlyRow(form, m_terminalInfo);
    layout->addLayout(form);
    layout->addStretch(1);
    return page;
}

QWidget *SettingsDialog::makeCvmfsPage()
{
    auto *page = new QWidget;
    page->setObjectName(u"cvmfsPage"_s);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(headingLabel(tr("CVMFS"), page));

    m_cvmfsRootEdit = makeLineEdit(u"cvmfsRootLineEdit"_s, tr("CVMFS mount point"), page);
    m_cvmfsRootEdit->setPlaceholderText(WharfSettings::defaultCvmfsRoot());
    m_cvmfsRootMark.reset(makeMark(m_cvmfsRootEdit, u"cvmfsRootFeedbackLabel"_s, page));
    auto *form = makeForm();
    form->addRow(DialogLabels::formLabel(tr("&Mount point:"), m_cvmfsRootEdit, page, Qt::AlignTop),
                 fieldWithFeedback(m_cvmfsRootEdit, m_cvmfsRootMark->label()));
    addFieldOnlyRow(form, noteLabel(tr("Where the CVMFS client mounts the repositories on this computer; "
                                         "Wharf mounts it into the containers it starts."),
                                      u"cvmfsRootNoteLabel"_s, page));
    layout->addLayout(form);

    auto *repositories = new QGroupBox(tr("Repositories"), page);
    repositories->setObjectName(u"repositoriesGroupBox"_s);
    auto *repositoriesLayout = new QVBoxLayout(repositories);
    auto *repositoriesLabel =
        new QLabel(tr("The &repositories you work with: the checks look at them, the Launch dialog offers them."),
                   repositories);
    repositoriesLabel->setWordWrap(true);
    repositoriesLayout->addWidget(repositoriesLabel);
    m_repositories = new SettingsListEditor(tr("CVMFS repositories"), repositories);
    m_repositories->setObjectName(u"repositoriesEditor"_s);
    m_repositories->list()->setObjectName(u"repositoriesList"_s);
    repositoriesLabel->setBuddy(m_repositories->list());
    repositoriesLayout->addWidget(m_repositories);
    m_repositoriesFeedback = DialogLabels::selectable(repositories, u"repositoriesFeedbackLabel"_s);
    m_repositoriesMark = std::make_unique<SettingsFieldMark>(m_repositories->list(), m_repositoriesFeedback);
    repositoriesLayout->addWidget(m_repositoriesFeedback);
    repositoriesLayout->addWidget(
        noteLabel(tr("An empty list means %1.").arg(WharfSettings::defaultCvmfsRepositories().join(u", "_s)),
                  u"repositoriesNoteLabel"_s, repositories));
    layout->addWidget(repositories);

    auto *unpacked = new QGroupBox(tr("unpacked.cern.ch"), page);
    unpacked->setObjectName(u"unpackedGroupBox"_s);
    auto *unpackedLayout = new QVBoxLayout(unpacked);
    auto *rootsLabel = new QLabel(tr("&Folders the unpacked.cern.ch page browses, in order:"), unpacked);
    unpackedLayout->addWidget(rootsLabel);
    m_unpackedRoots = new SettingsListEditor(tr("unpacked.cern.ch folders"), unpacked);
    m_unpackedRoots->setObjectName(u"unpackedRootsEditor"_s);
    m_unpackedRoots->list()->setObjectName(u"unpackedRootsList"_s);
    rootsLabel->setBuddy(m_unpackedRoots->list());
    unpackedLayout->addWidget(m_unpackedRoots);
    m_unpackedRootsFeedback = DialogLabels::selectable(unpacked, u"unpackedRootsFeedbackLabel"_s);
    m_unpackedRootsMark = std::make_unique<SettingsFieldMark>(m_unpackedRoots->list(), m_unpackedRootsFeedback);
    unpackedLayout->addWidget(m_unpackedRootsFeedback);
    unpackedLayout->addWidget(noteLabel(tr("An empty list means %1.").arg(UnpackedLayout::defaultRoot()),
                                        u"unpackedRootsNoteLabel"_s, unpacked));
    layout->addWidget(unpacked);

    auto *automounter = new QGroupBox(tr("Automounter container (Linux)"), page);
    automounter->setObjectName(u"automounterGroupBox"_s);
    auto *automounterLayout = new QVBoxLayout(automounter);
    automounterLayout->addWidget(
        noteLabel(tr("When CVMFS is not installed on this computer, the cvmfs-automounter container can mount "
                     "the repositories instead and share them with the containers Wharf starts. It runs with "
                     "extra privileges, and only when you choose it in Launch."),
                  u"automounterNoteLabel"_s, automounter));
    const AutomounterSettings defaults;
    m_automounterImageEdit = makeLineEdit(u"automounterImageLineEdit"_s, tr("Automounter image"), automounter);
    m_automounterImageEdit->setPlaceholderText(defaults.image);
    m_automounterImageMark.reset(makeMark(m_automounterImageEdit, u"automounterImageFeedbackLabel"_s, automounter));
    m_automounterNameEdit = makeLineEdit(u"automounterNameLineEdit"_s, tr("Automounter container name"), automounter);
    m_automounterNameEdit->setPlaceholderText(defaults.containerName);
    m_automounterNameMark.reset(makeMark(m_automounterNameEdit, u"automounterNameFeedbackLabel"_s, automounter));
    m_automounterRootEdit = makeLineEdit(u"automounterRootLineEdit"_s, tr("Automounter mount folder"), automounter);
    m_automounterRootEdit->setPlaceholderText(defaults.mountRoot);
    m_automounterRootMark.reset(makeMark(m_automounterRootEdit, u"automounterRootFeedbackLabel"_s, automounter));
    auto *automounterForm = makeForm();
    automounterForm->addRow(
        DialogLabels::formLabel(tr("&Image:"), m_automounterImageEdit, automounter, Qt::AlignTop),
        fieldWithFeedback(m_automounterImageEdit, m_automounterImageMark->label()));
    automounterForm->addRow(
        DialogLabels::formLabel(tr("Container &name:"), m_automounterNameEdit, automounter, Qt::AlignTop),
        fieldWithFeedback(m_automounterNameEdit, m_automounterNameMark->label()));
    automounterForm->addRow(
        DialogLabels::formLabel(tr("Mount &folder:"), m_automounterRootEdit, automounter, Qt::AlignTop),
        fieldWithFeedback(m_automounterRootEdit, m_automounterRootMark->label()));
    automounterLayout->addLayout(automounterForm);
    layout->addWidget(automounter);
    layout->addStretch(1);
    return page;
}

QWidget *SettingsDialog::makeNetworkPage()
{
    auto *page = new QWidget;
    page->setObjectName(u"networkPage"_s);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(headingLabel(tr("Network"), page));

    m_proxyEdit = makeLineEdit(u"proxyLineEdit"_s, tr("Proxy for registries"), page);
    m_proxyEdit->setPlaceholderText(tr("None: the system's proxy"));
    m_proxyEdit->setClearButtonEnabled(true);
    m_proxyMark.reset(makeMark(m_proxyEdit, u"proxyFeedbackLabel"_s, page));
    auto *form = makeForm();
    form->addRow(DialogLabels::formLabel(tr("&Proxy:"), m_proxyEdit, page, Qt::AlignTop),
                 fieldWithFeedback(m_proxyEdit, m_proxyMark->label()));
    addFieldOnlyRow(form, noteLabel(tr("Used to reach registries, for example http://proxy.example.org:8080. "
                                         "Leave it empty to use the system's proxy settings. Engines pull "
                                         "through their own proxy settings."),
                                      u"proxyNoteLabel"_s, page));
    layout->addLayout(form);
    layout->addStretch(1);
    return page;
}

QWidget *SettingsDialog::makeRegistriesPage()
{
    auto *page = new QWidget;
    page->setObjectName(u"registriesPage"_s);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(headingLabel(tr("Registries"), page));
    layout->addWidget(noteLabel(tr("Your registries, their logins (kept in the keychain) and their options (a CA "
                                   "file, plain HTTP, the repositories to list) are set on the Registries page, "
                                   "where you browse them."),
                                u"registriesNoteLabel"_s, page));
    auto *listLabel = new QLabel(tr("&Registries Wharf lists:"), page);
    layout->addWidget(listLabel);
    m_registryList = new QListWidget(page);
    m_registryList->setObjectName(u"registryList"_s);
    m_registryList->setAccessibleName(tr("Registries"));
    m_registryList->setSelectionMode(QAbstractItemView::NoSelection);
    listLabel->setBuddy(m_registryList);
    layout->addWidget(m_registryList, 1);
    auto *open = new QPushButton(tr("&Open the Registries Page"), page);
    open->setObjectName(u"openRegistriesPageButton"_s);
    open->setAccessibleName(tr("Open the Registries page"));
    open->setAutoDefault(false);
    connect(open, &QPushButton::clicked, this, &SettingsDialog::registriesPageRequested);
    auto *row = new QHBoxLayout;
    row->addWidget(open);
    row->addStretch(1);
    layout->addLayout(row);
    setRegistries({});
    return page;
}

void SettingsDialog::setRegistries(const QStringList &registries)
{
    m_registryList->clear();
    m_registryList->addItems(registries);
    if (registries.isEmpty())
        m_registryList->addItem(tr("None yet: add one on the Registries page."));
}

QWidget *SettingsDialog::makeLanguagePage()
{
    auto *page = new QWidget;
    page->setObjectName(u"languagePage"_s);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(headingLabel(tr("Language"), page));

    m_languageCombo = new QComboBox(page);
    m_languageCombo->setObjectName(u"languageComboBox"_s);
    m_languageCombo->setAccessibleName(tr("Language"));
    m_languageCombo->addItem(tr("The system's language"), QString());
    // Each language in its own name, so that someone who cannot read the current one finds theirs.
    m_languageCombo->addItem(u"English"_s, u"en"_s);
    m_languageCombo->addItem(u"Français"_s, u"fr"_s);
    m_languageCombo->addItem(u"Deutsch"_s, u"de"_s);
    auto *form = makeForm();
    form->addRow(DialogLabels::formLabel(tr("&Language:"), m_languageCombo, page, Qt::AlignVCenter),
                 m_languageCombo);
    addFieldOnlyRow(form, noteLabel(tr("Takes effect the next time Wharf starts."), u"languageNoteLabel"_s, page));
    layout->addLayout(form);
    layout->addStretch(1);
    return page;
}

void SettingsDialog::load()
{
    const WharfSettings store(m_settings);
    m_loaded.engineHost = store.engineHost();
    m_loaded.terminalId = store.terminalId();
    m_loaded.cvmfsRoot = store.cvmfsRoot();
    m_loaded.cvmfsRepositories = store.cvmfsRepositories();

    m_loaded.unpackedRoots = store.unpackedRoots();
    m_loaded.automounter = store.automounter();
    m_loaded.proxy = store.proxy();
    m_loaded.language = store.language();

    m_engineHostEdit->setText(m_loaded.engineHost);

    int terminal = m_terminalCombo->findData(m_loaded.terminalId);
    if (terminal < 0) {
        // The saved choice is not installed (any more): keep it visible rather than lose it.
        const auto kind = TerminalEmulator::kindForId(m_loaded.terminalId);
        const QString name = kind ? TerminalEmulator(*kind).displayName() : m_loaded.terminalId;
        //: %1 is a terminal emulator's name ("Konsole").
        m_terminalCombo->addItem(tr("%1 (not found on this computer)").arg(name), m_loaded.terminalId);
        terminal = m_terminalCombo->count() - 1;
    }
    m_terminalCombo->setCurrentIndex(terminal);
    updateTerminalInfo();

    m_cvmfsRootEdit->setText(m_loaded.cvmfsRoot);
    m_repositories->setItems(m_loaded.cvmfsRepositories);
    m_unpackedRoots->setItems(m_loaded.unpackedRoots);
    m_automounterImageEdit->setText(m_loaded.automounter.image);
    m_automounterNameEdit->setText(m_loaded.automounter.containerName);
    m_automounterRootEdit->setText(m_loaded.automounter.mountRoot);
    m_proxyEdit->setText(m_loaded.proxy);
    // Show the beginning of long values (the registry of an image), not their end.
    for (QLineEdit *edit : {m_engineHostEdit, m_cvmfsRootEdit, m_automounterImageEdit, m_automounterNameEdit,
                            m_automounterRootEdit, m_proxyEdit})
        edit->setCursorPosition(0);
    const int language = m_languageCombo->findData(m_loaded.language);
    m_languageCombo->setCurrentIndex(language < 0 ? 0 : language);
}

SettingsDialog::Values SettingsDialog::formValues() const
{
    Values values;
    values.engineHost = m_engineHostEdit->text().trimmed();
    values.terminalId = m_terminalCombo->currentData().toString();
    values.cvmfsRoot = m_cvmfsRootEdit->text().trimmed();
    if (values.cvmfsRoot.isEmpty())
        values.cvmfsRoot = WharfSettings::defaultCvmfsRoot();
    for (const QString &repository : m_repositories->items()) {
        if (!repository.trimmed().isEmpty() && !values.cvmfsRepositories.contains(repository.trimmed()))
            values.cvmfsRepositories << repository.trimmed();
    }
    if (values.cvmfsRepositories.isEmpty())
        values.cvmfsRepositories = WharfSettings::defaultCvmfsRepositories();
    for (const QString &root : m_unpackedRoots->items()) {
        if (!root.trimmed().isEmpty())
            values.unpackedRoots << root.trimmed();
    }
    if (values.unpackedRoots.isEmpty())
        values.unpackedRoots << UnpackedLayout::defaultRoot();
    const AutomounterSettings defaults;
    const auto orDefault = [](const QLineEdit *edit, const QString &fallback) {
        const QString text = edit->text().trimmed();
        return text.isEmpty() ? fallback : text;
    };
    values.automounter.image = orDefault(m_automounterImageEdit, defaults.image);
    values.automounter.containerName = orDefault(m_automounterNameEdit, defaults.containerName);
    values.automounter.mountRoot = orDefault(m_automounterRootEdit, defaults.mountRoot);
    values.proxy = m_proxyEdit->text().trimmed();
    values.language = m_languageCombo->currentData().toString();
    return values;
}

void SettingsDialog::validate()
{
    const Values values = formValues();
    std::fill(m_pageErrors.begin(), m_pageErrors.end(), 0);
    const auto mark = [this](SettingsFieldMark *field, Page page, const QString &error) {
        field->setError(error);
        if (!error.isEmpty())
            ++m_pageErrors[int(page)];
    };

    mark(m_engineHostMark.get(), Page::Engines, errorText(WharfSettings::checkEngineHost(values.engineHost)));
    mark(m_cvmfsRootMark.get(), Page::Cvmfs,
         errorText(WharfSettings::checkDirectory(values.cvmfsRoot, tr("The CVMFS mount point"))));

    const QStringList repositories = m_repositories->items();
    int badRepository = -1;
    QString repositoryError;
    for (int row = 0; row < repositories.size() && badRepository < 0; ++row) {
        const QString repository = repositories.at(row).trimmed();
        if (repository.isEmpty())
            continue; // being typed, or dropped when its editor closes
        repositoryError = errorText(WharfSettings::checkRepository(repository));
        if (!repositoryError.isEmpty())
            badRepository = row;
    }
    m_repositories->markItem(badRepository, repositoryError);
    mark(m_repositoriesMark.get(), Page::Cvmfs, badRepository < 0 ? QString() : repositoryError);

    const QStringList roots = m_unpackedRoots->items();
    int badRoot = -1;
    QString rootError;
    for (int row = 0; row < roots.size() && badRoot < 0; ++row) {
        const QString root = roots.at(row).trimmed();
        if (root.isEmpty())
            continue; // being typed, or dropped when its editor closes
        rootError = errorText(WharfSettings::checkDirectory(root, tr("The unpacked.cern.ch folder")));
        if (!rootError.isEmpty())
            badRoot = row;
    }
    m_unpackedRoots->markItem(badRoot, rootError);
    mark(m_unpackedRootsMark.get(), Page::Cvmfs, badRoot < 0 ? QString() : rootError);

    // One field at a time, the others at their (valid) defaults, so that each message lands
    // under the field it is about.
    const AutomounterSettings defaults;
    AutomounterSettings image = defaults;
    image.image = values.automounter.image;
    mark(m_automounterImageMark.get(), Page::Cvmfs, errorText(LaunchRequestValidator::checkAutomounterSettings(image)));
    AutomounterSettings name = defaults;
    name.containerName = values.automounter.containerName;
    mark(m_automounterNameMark.get(), Page::Cvmfs, errorText(LaunchRequestValidator::checkAutomounterSettings(name)));
    AutomounterSettings root = defaults;
    root.mountRoot = values.automounter.mountRoot;
    QString rootMessage = errorText(LaunchRequestValidator::checkAutomounterSettings(root));
    if (rootMessage.isEmpty()) // what WharfSettings also refuses when it reads it back ("/..")
        rootMessage = errorText(WharfSettings::checkDirectory(root.mountRoot, tr("The automounter's mount folder")));
    mark(m_automounterRootMark.get(), Page::Cvmfs, rootMessage);

    mark(m_proxyMark.get(), Page::Network, errorText(WharfSettings::checkProxy(values.proxy)));

    for (int page = 0; page < m_pageErrors.size(); ++page) {
        QListWidgetItem *item = m_sections->item(page);
        const bool wrong = m_pageErrors.at(page) > 0;
        item->setIcon(wrong ? style()->standardIcon(QStyle::SP_MessageBoxWarning) : m_pageIcons.at(page));
        //: Read by screen readers for a section of Settings that holds a value to fix; %1 is its name.
        item->setData(Qt::AccessibleTextRole, wrong ? tr("%1, has a value to fix").arg(item->text()) : item->text());
        item->setToolTip(wrong ? tr("A value on this page needs fixing.") : QString());
    }

    const bool valid = isValid();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(valid);
    m_buttons->button(QDialogButtonBox::Apply)->setEnabled(valid && !(values == m_loaded));
    DialogLabels::growToFit(this);
}

bool SettingsDialog::isValid() const
{
    return std::all_of(m_pageErrors.cbegin(), m_pageErrors.cend(), [](int errors) { return errors == 0; });
}

void SettingsDialog::updateTerminalInfo()
{
    const QString id = m_terminalCombo->currentData().toString();
    const TerminalDetector detector(QProcessEnvironment::systemEnvironment());
    DialogLabels::setErrorTone(m_terminalInfo, false);
    if (id.isEmpty()) {
        const Result<TerminalEmulator> found = detector.detect();
        if (found) {
            //: %1 is the terminal's name ("Konsole"), %2 the program ("/usr/bin/konsole").
            m_terminalInfo->setText(tr("Wharf uses %1 (%2), the first one found.")
                                        .arg(found->displayName(), found->executable()));
        } else {
            m_terminalInfo->setText(tr("No terminal emulator was found on this computer. Install one, such as "
                                       "Konsole, GNOME Terminal or xterm."));
            DialogLabels::setErrorTone(m_terminalInfo, true);
        }
        return;
    }
    const QString program = m_terminalCombo->currentData(Qt::ToolTipRole).toString();
    if (program.isEmpty()) {
        m_terminalInfo->setText(tr("This terminal is not installed: Wharf will use the first one found until it is."));
        DialogLabels::setErrorTone(m_terminalInfo, true);
    } else {
        //: %1 is the terminal's name ("Konsole"), %2 the program ("/usr/bin/konsole").
        m_terminalInfo->setText(tr("Wharf uses %1 (%2).").arg(m_terminalCombo->currentText(), program));
    }
}

void SettingsDialog::showPage(Page page)
{
    m_sections->setCurrentRow(int(page));
}

SettingsDialog::Page SettingsDialog::currentPage() const
{
    return Page(m_pages->currentIndex());
}

bool SettingsDialog::apply()
{
    validate();
    if (!isValid())
        return false;
    const Values values = formValues();
    if (values == m_loaded)
        return true;

    // Only what changed here: a value another window wrote meanwhile stays.
    WharfSettings store(m_settings);
    if (values.engineHost != m_loaded.engineHost)
        store.setEngineHost(values.engineHost);
    if (values.terminalId != m_loaded.terminalId)
        store.setTerminalId(values.terminalId);
    if (values.cvmfsRoot != m_loaded.cvmfsRoot)
        store.setCvmfsRoot(values.cvmfsRoot);
    if (values.cvmfsRepositories != m_loaded.cvmfsRepositories)
        store.setCvmfsRepositories(values.cvmfsRepositories);
    if (values.unpackedRoots != m_loaded.unpackedRoots)
        store.setUnpackedRoots(values.unpackedRoots);
    if (!(values.automounter == m_loaded.automounter)) {
        AutomounterSettings automounter = store.automounter();
        if (values.automounter.image != m_loaded.automounter.image)
            automounter.image = values.automounter.image;
        if (values.automounter.containerName != m_loaded.automounter.containerName)
            automounter.containerName = values.automounter.containerName;
        if (values.automounter.mountRoot != m_loaded.automounter.mountRoot)
            automounter.mountRoot = values.automounter.mountRoot;
        store.setAutomounter(automounter);
    }
    if (values.proxy != m_loaded.proxy)
        store.setProxy(values.proxy);
    if (values.language != m_loaded.language)
        store.setLanguage(values.language);
    m_settings->sync();

    m_loaded = values;
    validate();
    Q_EMIT applied();
    return true;
}

void SettingsDialog::accept()
{
    if (apply())
        QDialog::accept();
}

} // namespace Wharf
