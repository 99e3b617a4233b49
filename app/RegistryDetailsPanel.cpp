// SPDX-License-Identifier: Apache-2.0
#include "RegistryDetailsPanel.h"

#include "DialogLabels.h"
#include "ErrorExplanationView.h"
#include "ImageDetailsPanel.h"
#include "RegistryServices.h"
#include "base/DisplayFormat.h"
#include "base/Error.h"
#include "credentials/RegistryAccounts.h"
#include "models/RegistryTreeModel.h"
#include "registry/RegistryClient.h"
#include "registry/RegistryHost.h"
#include "registry/TagDetails.h"

#include <QAbstractItemModel>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFontDatabase>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

using Kind = RegistryTreeModel::Kind;
using State = RegistryTreeModel::State;

// A label that takes the width it is given instead of the width of its longest word: a
// digest or a long reference must not widen the panel (the text wraps anywhere instead).
void letShrink(QLabel *label)
{
    QSizePolicy policy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    policy.setHeightForWidth(true);
    label->setSizePolicy(policy);
    label->setMinimumWidth(40);
}

QString chip(const QString &text, const QColor &background, bool strong)
{
    const QString escaped = text.toHtmlEscaped();
    return u"<span style=\"background-color:%1;\">&nbsp;%2&nbsp;</span>"_s.arg(
        background.name(), strong ? u"<b>"_s + escaped + u"</b>"_s : escaped);
}

} // namespace

RegistryDetailsPanel::RegistryDetailsPanel(RegistryServices *services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_placeholder(new QLabel(this))
    , m_content(new QWidget(this))
    , m_kindLabel(new QLabel(m_content))
    , m_headingLabel(DialogLabels::selectable(m_content, u"headingLabel"_s))
    , m_referenceLabel(DialogLabels::selectable(m_content, u"referenceLabel"_s))
    , m_copyButton(new QPushButton(tr("&Copy"), m_content))
    , m_form(new QGridLayout)
    , m_busyRow(new QWidget(m_content))
    , m_busyBar(new QProgressBar(m_busyRow))
    , m_busyLabel(DialogLabels::selectable(m_busyRow, u"busyLabel"_s))
    , m_messageLabel(DialogLabels::selectable(m_content, u"messageLabel"_s))
    , m_unpackedLabel(new QLabel(m_content))
    , m_explanation(new ErrorExplanationView(m_content))
{
    setObjectName(u"registryDetailsPanel"_s);

    m_placeholder->setObjectName(u"placeholderLabel"_s);
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setForegroundRole(QPalette::PlaceholderText);
    m_placeholder->setText(
        tr("Select a registry, repository or tag to see its details.\n\nExpand a registry to "
           "list its repositories, and a repository to list its tags."));
    m_placeholder->setMargin(12);

    m_kindLabel->setObjectName(u"kindLabel"_s);
    m_kindLabel->setForegroundRole(QPalette::PlaceholderText);
    QFont headingFont = m_headingLabel->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_headingLabel->setFont(headingFont);

    m_referenceLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    letShrink(m_referenceLabel);
    letShrink(m_headingLabel);
    letShrink(m_messageLabel);
    m_referenceLabel->setAccessibleName(tr("Reference"));
    m_copyButton->setObjectName(u"copyReferenceButton"_s);
    m_copyButton->setToolTip(tr("Copy the reference to the clipboard"));
    connect(m_copyButton, &QPushButton::clicked, this, &RegistryDetailsPanel::copyReference);
    auto *referenceRow = new QHBoxLayout;
    referenceRow->addWidget(m_referenceLabel, 1);
    referenceRow->addWidget(m_copyButton, 0, Qt::AlignTop);

    m_form->setColumnStretch(1, 1);
    m_form->setHorizontalSpacing(12);
    addField(u"digest"_s, tr("Digest:"), FieldStyle::SingleLine);
    //: The digest of the image, inside a multi-platform index, that a pull on this computer takes.
    addField(u"platformDigest"_s, tr("This platform:"), FieldStyle::SingleLine);
    addField(u"mediaType"_s, tr("Kind:"));
    addField(u"platforms"_s, tr("Platforms:"), FieldStyle::RichText);
    addField(u"size"_s, tr("Size:"));
    addField(u"created"_s, tr("Created:"));
    addField(u"command"_s, tr("Command:"), FieldStyle::FixedText);
    addField(u"labels"_s, tr("Labels:"), FieldStyle::FixedText);
    addField(u"login"_s, tr("Login:"));
    addField(u"connection"_s, tr("Connection:"));
    addField(u"caFile"_s, tr("CA file:"));
    addField(u"contents"_s, tr("Contents:"));
    addField(u"origin"_s, tr("Listed:"));

    m_busyBar->setRange(0, 0);
    m_busyBar->setMaximumWidth(100);
    m_busyBar->setTextVisible(false);
    auto *busyLayout = new QHBoxLayout(m_busyRow);
    busyLayout->setContentsMargins(0, 0, 0, 0);
    busyLayout->addWidget(m_busyBar);
    busyLayout->addWidget(m_busyLabel, 1);
    m_busyRow->hide();
    m_messageLabel->hide();

    auto makeButton = [this](const QString &text, const QString &name, const QString &toolTip) {
        auto *button = new QPushButton(text, m_content);
        button->setObjectName(name);
        button->setToolTip(toolTip);
        m_actionButtons.append(button);
        return button;
    };
    m_pullButton = new QToolButton(m_content);
    m_pullButton->setObjectName(u"pullIntoButton"_s);
    m_pullButton->setText(tr("Pull into…"));
    m_pullButton->setIcon(QIcon::fromTheme(u"download"_s));
    m_pullButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_pullButton->setPopupMode(QToolButton::MenuButtonPopup);
    m_pullButton->setToolTip(tr("Pull this image into a container engine on this computer"));
    connect(m_pullButton, &QToolButton::clicked, this, &RegistryDetailsPanel::pullRequested);
    m_actionButtons.append(m_pullButton);
    m_launchButton = makeButton(tr("&Launch…"), u"launchButton"_s,
        tr("Start a shell in this image with CVMFS (comes with the launch dialog)"));
    m_launchButton->setEnabled(false);
    m_loadAllButton = makeButton(tr("Load &Details for All Tags"), u"loadAllDetailsButton"_s,
        tr("Fetch digest, platforms, size and creation time of every tag listed, a few at a time"));
    connect(m_loadAllButton, &QPushButton::clicked, this,
        [this] { Q_EMIT loadAllDetailsRequested(m_index); });
    m_retryButton
        = makeButton(tr("&Try Again"), u"retryButton"_s, tr("Load the details of this tag again"));
    connect(m_retryButton, &QPushButton::clicked, this, [this] { Q_EMIT retryRequested(m_index); });
    m_loginButton = makeButton(tr("&Log In…"), u"loginButton"_s, tr("Log in to this registry"));
    connect(
        m_loginButton, &QPushButton::clicked, this, [this] { Q_EMIT loginRequested(m_registry); });
    m_logoutButton
        = makeButton(tr("Log &Out"), u"logoutButton"_s, tr("Forget the login for this registry"));
    connect(m_logoutButton, &QPushButton::clicked, this,
        [this] { Q_EMIT logoutRequested(m_registry); });
    m_addRepositoryButton = makeButton(tr("Add &Repository…"), u"addRepositoryButton"_s,
        tr("Remember a repository path for this registry"));
    connect(m_addRepositoryButton, &QPushButton::clicked, this,
        [this] { Q_EMIT addRepositoryRequested(m_registry); });
    m_settingsButton = makeButton(
        tr("&Settings…"), u"settingsButton"_s, tr("Rename, connection security, CA file, remove"));
    connect(m_settingsButton, &QPushButton::clicked, this,
        [this] { Q_EMIT settingsRequested(m_registry); });
    m_reloadButton
        = makeButton(tr("Re&load"), u"reloadButton"_s, tr("List it again from the registry"));
    connect(
        m_reloadButton, &QPushButton::clicked, this, [this] { Q_EMIT reloadRequested(m_index); });
    m_removeRepositoryButton = makeButton(tr("Remove &from List"), u"removeRepositoryButton"_s,
        tr("Forget this repository path (the registry is not changed)"));
    connect(m_removeRepositoryButton, &QPushButton::clicked, this,
        [this] { Q_EMIT removeRepositoryRequested(m_registry, m_repository); });

    // Two rows: what the row is for, then housekeeping.
    auto *primary = new QHBoxLayout;
    for (QWidget *button :
        { static_cast<QWidget *>(m_pullButton), static_cast<QWidget *>(m_launchButton),
            static_cast<QWidget *>(m_loadAllButton), static_cast<QWidget *>(m_retryButton),
            static_cast<QWidget *>(m_loginButton), static_cast<QWidget *>(m_logoutButton) })
        primary->addWidget(button);
    primary->addStretch(1);
    auto *secondary = new QHBoxLayout;
    for (QWidget *button : { static_cast<QWidget *>(m_addRepositoryButton),
             static_cast<QWidget *>(m_settingsButton), static_cast<QWidget *>(m_reloadButton),
             static_cast<QWidget *>(m_removeRepositoryButton) })
        secondary->addWidget(button);
    secondary->addStretch(1);

    auto *contentLayout = new QVBoxLayout(m_content);
    contentLayout->addWidget(m_kindLabel);
    contentLayout->addWidget(m_headingLabel);
    contentLayout->addLayout(referenceRow);
    contentLayout->addSpacing(4);
    contentLayout->addLayout(m_form);
    contentLayout->addWidget(m_busyRow);
    contentLayout->addWidget(m_messageLabel);
    m_unpackedLabel->setObjectName(u"unpackedLabel"_s);
    m_unpackedLabel->setWordWrap(true);
    m_unpackedLabel->setTextFormat(Qt::RichText);
    m_unpackedLabel->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_unpackedLabel->hide();
    connect(m_unpackedLabel, &QLabel::linkActivated, this,
            [this](const QString &path) { Q_EMIT unpackedLaunchRequested(path); });
    contentLayout->addWidget(m_unpackedLabel);
    contentLayout->addWidget(m_explanation);
    contentLayout->addSpacing(6);
    contentLayout->addLayout(primary);
    contentLayout->addLayout(secondary);
    contentLayout->addStretch(1);

    auto *inner = new QWidget(this);
    auto *innerLayout = new QVBoxLayout(inner);
    innerLayout->setContentsMargins(0, 0, 0, 0);
    innerLayout->addWidget(m_placeholder, 1);
    innerLayout->addWidget(m_content, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(u"detailsScrollArea"_s);
    // It takes focus so that the keyboard can scroll long details: a screen reader names it.
    scroll->setAccessibleName(tr("Details"));
    scroll->setWidgetResizable(true);
    // Long values wrap; the panel never scrolls sideways.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setFrameShape(QFrame::StyledPanel);
    scroll->setWidget(inner);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    showIndex({});
}

RegistryDetailsPanel::~RegistryDetailsPanel() = default;

QWidget *RegistryDetailsPanel::Field::widget() const
{
    return line ? static_cast<QWidget *>(line) : static_cast<QWidget *>(value);
}

void RegistryDetailsPanel::addField(const QString &key, const QString &title, FieldStyle style)
{
    Field field;
    field.label = new QLabel(title, m_content);
    field.label->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    field.label->setForegroundRole(QPalette::PlaceholderText);
    if (style == FieldStyle::SingleLine) {
        // A digest is one 71-character word: shown in a read-only line that scrolls, so
        // that it can be selected and copied whole at any panel width.
        field.line = new QLineEdit(m_content);
        field.line->setObjectName(key + u"LineEdit"_s);
        field.line->setReadOnly(true);
        field.line->setFrame(false);
        field.line->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        QPalette transparent = field.line->palette();
        transparent.setColor(QPalette::Base, Qt::transparent);
        field.line->setPalette(transparent);
        field.line->setMinimumWidth(40);
        field.line->setTextMargins(0, 0, 0, 0);
        field.line->setContentsMargins(0, 0, 0, 0);
        field.line->setAccessibleName(title);
        field.label->setBuddy(field.line);
        field.label->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    } else {
        field.value = DialogLabels::selectable(m_content, key + u"Label"_s);
        if (style == FieldStyle::FixedText)
            field.value->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        if (style == FieldStyle::RichText)
            field.value->setTextFormat(Qt::RichText);
        field.value->setAccessibleName(title);
        letShrink(field.value);
    }
    const int row = m_form->rowCount();
    m_form->addWidget(field.label, row, 0);
    m_form->addWidget(field.widget(), row, 1);
    m_fields.insert(key, field);
}

void RegistryDetailsPanel::setField(const QString &key, const QString &text, const QString &toolTip)
{
    const Field field = m_fields.value(key);
    if (!field.label)
        return;
    if (field.line) {
        field.line->setText(text);
        field.line->setCursorPosition(0);
        field.line->setToolTip(toolTip.isEmpty() ? text : toolTip);
    } else {
        field.value->setText(text);
        field.value->setToolTip(toolTip);
    }
    field.label->setVisible(!text.isEmpty());
    field.widget()->setVisible(!text.isEmpty());
}

void RegistryDetailsPanel::hideAllFields()
{
    for (const Field &field : std::as_const(m_fields)) {
        if (field.line)
            field.line->clear();
        else
            field.value->clear();
        field.label->hide();
        field.widget()->hide();
    }
}

QString RegistryDetailsPanel::fieldText(const QString &field) const
{
    const Field found = m_fields.value(field);
    if (!found.label || found.widget()->isHidden())
        return {};
    if (found.line)
        return found.line->text();
    if (found.value->textFormat() == Qt::RichText)
        return QTextDocumentFragment::fromHtml(found.value->text())
            .toPlainText()
            .replace(QChar::Nbsp, u' ')
            .simplified();
    return found.value->text();
}

QString RegistryDetailsPanel::heading() const
{
    return m_content->isHidden() ? QString() : m_headingLabel->text();
}

void RegistryDetailsPanel::setModel(QAbstractItemModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (!m_model)
        return;
    connect(m_model, &QAbstractItemModel::dataChanged, this, &RegistryDetailsPanel::onRowsChanged);
    // Rows removed or reset: the persistent index may be gone.
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &RegistryDetailsPanel::refresh);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent) {
        if (m_index.isValid() && parent == m_index.sibling(m_index.row(), 0))
            refresh(); // a repository's tags arrived: "Load details for all tags" can be offered
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &RegistryDetailsPanel::refresh);
    connect(m_model, &QAbstractItemModel::layoutChanged, this, &RegistryDetailsPanel::refresh);
}

void RegistryDetailsPanel::onRowsChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    if (!m_index.isValid())
        return;
    if (topLeft.parent() == m_index.parent() && m_index.row() >= topLeft.row()
        && m_index.row() <= bottomRight.row())
        refresh();
}

void RegistryDetailsPanel::setPullMenu(QMenu *menu)
{
    m_pullButton->setMenu(menu);
}

void RegistryDetailsPanel::setPullEnabled(bool enabled, const QString &whyNot)
{
    m_pullButton->setEnabled(enabled);
    m_pullButton->setToolTip(
        enabled ? tr("Pull this image into a container engine on this computer") : whyNot);
}

void RegistryDetailsPanel::showIndex(const QModelIndex &index)
{
    m_index = index.isValid() ? QPersistentModelIndex(index.siblingAtColumn(0))
                              : QPersistentModelIndex();
    refresh();
}

void RegistryDetailsPanel::showButtons(std::initializer_list<QWidget *> visible)
{
    for (QWidget *button : std::as_const(m_actionButtons))
        button->setVisible(std::find(visible.begin(), visible.end(), button) != visible.end());
}

void RegistryDetailsPanel::setBusy(const QString &status)
{
    m_busyLabel->setText(status);
    m_busyRow->setVisible(!status.isEmpty());
}

void RegistryDetailsPanel::refresh()
{
    hideAllFields();
    setBusy({});
    m_messageLabel->hide();
    m_unpackedLabel->hide();
    m_reference.clear();
    if (!m_index.isValid()) {
        m_explanation->clear();
        m_registry.clear();
        m_repository.clear();
        m_content->hide();
        m_placeholder->show();
        return;
    }
    m_placeholder->hide();
    m_content->show();
    const QModelIndex index = m_index;
    m_registry = index.data(RegistryTreeModel::RegistryRole).toString();
    m_repository = index.data(RegistryTreeModel::RepositoryRole).toString();
    m_reference = index.data(RegistryTreeModel::ReferenceRole).toString();
    m_referenceLabel->setText(m_reference);
    m_referenceLabel->setVisible(!m_reference.isEmpty());
    m_copyButton->setVisible(!m_reference.isEmpty());
    switch (Kind(index.data(RegistryTreeModel::KindRole).toInt())) {
    case Kind::Tag: showTag(index); break;
    case Kind::Repository: showRepository(index); break;
    case Kind::Registry: showRegistry(index); break;
    case Kind::Message: showMessage(index); break;
    }
    // Buttons and fields were shown and hidden: lay them out now, not on the next turn,
    // so a grab or a test sees them where they are.
    m_content->layout()->activate();
}

void RegistryDetailsPanel::showTag(const QModelIndex &index)
{
    //: The kind of the selected row in the registry tree.
    m_kindLabel->setText(tr("Tag"));
    m_headingLabel->setText(
        tr("%1:%2").arg(m_repository, index.data(RegistryTreeModel::TagRole).toString()));
    showButtons({ m_pullButton, m_launchButton });
    const auto state = State(index.data(RegistryTreeModel::StateRole).toInt());
    switch (state) {
    case State::Loaded: {
        m_explanation->clear();
        const QVariant details = index.data(RegistryTreeModel::DetailsRole);
        if (details.isValid())
            showTagDetails(details.value<TagDetails>());
        return;
    }
    case State::NotLoaded:
    case State::Loading:
        m_explanation->clear();
        setBusy(tr("Loading the details from %1…").arg(m_registry));
        return;
    case State::Failed:
    case State::ListingClosed: {
        const QVariant error = index.data(RegistryTreeModel::ErrorRole);
        const Error failure = error.isValid() ? error.value<Error>() : Error();
        m_messageLabel->setText(failure.message().isEmpty()
                ? tr("The details of this tag could not be loaded.")
                : failure.message());
        DialogLabels::setErrorTone(m_messageLabel, true);
        m_messageLabel->show();
        if (failure.code() != ErrorCode::None)
            m_explanation->explain(failure, tr("Loading the details of %1").arg(m_reference));
        showButtons({ m_pullButton, m_launchButton, m_retryButton });
        return;
    }
    }
}

void RegistryDetailsPanel::setUnpackedAvailability(const QString &reference, bool available, const QString &path)
{
    if (reference != m_reference)
        return; // an answer for a tag no longer shown
    m_unpackedLabel->setVisible(available);
    if (!available)
        return;
    //: %1 is a folder under /cvmfs/unpacked.cern.ch, %2 a link text.
    m_unpackedLabel->setText(tr("Also published unpacked on CVMFS: %1 — <a href=\"%2\">Launch it with Apptainer…</a>")
                                 .arg(path.toHtmlEscaped(), path.toHtmlEscaped()));
    m_unpackedLabel->setAccessibleName(tr("Also published on unpacked.cern.ch"));
}

QString RegistryDetailsPanel::mediaTypeName(const QString &mediaType)
{
    if (mediaType == u"application/vnd.oci.image.index.v1+json")
        return tr("OCI image index: images for several platforms");
    if (mediaType == u"application/vnd.docker.distribution.manifest.list.v2+json")
        return tr("Docker manifest list: images for several platforms");
    if (mediaType == u"application/vnd.oci.image.manifest.v1+json")
        return tr("OCI image");
    if (mediaType == u"application/vnd.docker.distribution.manifest.v2+json")
        return tr("Docker image (schema 2)");
    if (mediaType == u"application/vnd.docker.distribution.manifest.v1+json"
        || mediaType == u"application/vnd.docker.distribution.manifest.v1+prettyjws")
        return tr("Docker image (old schema 1)");
    return mediaType;
}

void RegistryDetailsPanel::showTagDetails(const TagDetails &details)
{
    setField(u"digest"_s, details.digest);
    if (details.isIndex && !details.platformDigest.isEmpty())
        setField(u"platformDigest"_s, details.platformDigest,
            tr("The image a pull on %1 fetches").arg(details.platform));
    const QString kind = mediaTypeName(details.mediaType);
    // Plain words first, the technical term under them.
    setField(u"mediaType"_s, kind == details.mediaType ? kind : kind + u'\n' + details.mediaType);

    // Platforms as chips; the one described below in bold.
    const QColor chipColour = palette().color(QPalette::AlternateBase).darker(108);
    QStringList chips;
    int attestations = 0;
    if (details.isIndex) {
        for (const PlatformManifest &platform : details.platforms) {
            if (platform.isAttestation()) {
                ++attestations;
                continue;
            }
            chips.append(chip(platform.platformString(), chipColour,
                platform.platformString() == details.platform));
        }
    } else if (!details.platform.isEmpty()) {
        chips.append(chip(details.platform, chipColour, false));
    }
    QString platforms = chips.join(u"&nbsp; "_s);
    if (attestations > 0)
        //: After the platforms of a multi-platform image: build attestations (SBOM, provenance) it
        //: also holds.
        platforms
            += u"<br>"_s + (attestations == 1 ? tr("and 1 build attestation") : tr("and %1 build attestations").arg(attestations)).toHtmlEscaped();
    const QString thisMachine = RegistryClient::hostPlatform();
    setField(u"platforms"_s, platforms,
        details.isIndex
            ? tr("This computer is %1; a pull takes the matching image.").arg(thisMachine)
            : QString());

    if (details.compressedSize >= 0) {
        QString size = DisplayFormat::size(details.compressedSize);
        if (details.isIndex && !details.platform.isEmpty())
            //: "12.3 MB compressed, for linux/amd64, 3 layers"
            size = details.layerCount == 1
                ? tr("%1 compressed, for %2, 1 layer").arg(size, details.platform)
                : tr("%1 compressed, for %2, %3 layers").arg(size, details.platform).arg(details.layerCount);
        else
            size = details.layerCount == 1 ? tr("%1 compressed, 1 layer").arg(size)
                                           : tr("%1 compressed, %2 layers").arg(size).arg(details.layerCount);
        setField(u"size"_s, size, tr("What a pull downloads; the unpacked image is larger."));
    }
    const QDateTime created = details.config.created();
    if (created.isValid())
        setField(u"created"_s,
            tr("%1 (%2)").arg(DisplayFormat::relativeTime(created, QDateTime::currentDateTimeUtc()),
                DisplayFormat::exactTime(created)));
    QStringList command = details.config.entrypoint();
    command.append(details.config.command());
    if (!command.isEmpty())
        setField(u"command"_s, ImageDetailsPanel::shellQuoted(command));
    const QMap<QString, QString> labels = details.config.labels();
    QStringList lines;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        lines.append(it.key() + u" = "_s + it.value());
    setField(u"labels"_s, lines.join(u'\n'));
}

void RegistryDetailsPanel::showRepository(const QModelIndex &index)
{
    m_kindLabel->setText(tr("Repository"));
    m_headingLabel->setText(m_repository);
    const auto state = State(index.data(RegistryTreeModel::StateRole).toInt());
    const int count = index.data(RegistryTreeModel::CountRole).toInt();
    QString contents;
    switch (state) {
    case State::NotLoaded: contents = tr("Expand it to list its tags."); break;
    case State::Loading: setBusy(tr("Listing the tags…")); break;
    case State::Loaded: contents = count == 1 ? tr("1 tag") : tr("%1 tags").arg(count); break;
    case State::Failed:
    case State::ListingClosed:
        contents = tr("The tags could not be listed: see the message in the list.");
        break;
    }
    setField(u"contents"_s, contents);
    const bool manual = index.data(RegistryTreeModel::ManualRole).toBool();
    setField(u"origin"_s,
        manual ? tr("Added by hand (the registry does not list its repositories)")
               : tr("From the registry's catalog"));
    m_loadAllButton->setEnabled(state == State::Loaded && count > 0);
    m_explanation->clear();
    if (manual)
        showButtons({ m_loadAllButton, m_reloadButton, m_removeRepositoryButton });
    else
        showButtons({ m_loadAllButton, m_reloadButton });
}

void RegistryDetailsPanel::showRegistry(const QModelIndex &index)
{
    m_kindLabel->setText(tr("Registry"));
    m_headingLabel->setText(m_registry);
    m_referenceLabel->hide();
    m_copyButton->hide();
    m_explanation->clear();
    const Result<RegistryHost> host = RegistryHost::parse(m_registry);
    bool loggedIn = false;
    if (m_services) {
        RegistryAccounts *accounts = m_services->accounts();
        loggedIn = m_services->isLoggedIn(m_registry);
        setField(u"login"_s, m_services->loginText(m_registry));
        QString connection;
        if (accounts->insecure(m_registry))
            connection = tr(
                "Insecure, as you chose: plain HTTP, or HTTPS without checking the certificate");
        else if (host && host->isLoopback())
            connection = tr("On this computer: HTTPS when offered, else plain HTTP");
        else
            connection = tr("HTTPS, certificate verified");
        setField(u"connection"_s, connection);
        const QString caFile = accounts->caFile(m_registry);
        if (!caFile.isEmpty())
            setField(u"caFile"_s, QDir::toNativeSeparators(caFile));
    }
    const auto state = State(index.data(RegistryTreeModel::StateRole).toInt());
    const int count = index.data(RegistryTreeModel::CountRole).toInt();
    QString contents;
    switch (state) {
    case State::NotLoaded: contents = tr("Expand it to list its repositories."); break;
    case State::Loading: setBusy(tr("Listing the repositories…")); break;
    case State::Loaded: contents = tr("%n repositories", nullptr, count); break;
    case State::ListingClosed:
        contents = tr("It does not list its repositories; %n added by hand.", nullptr, count);
        break;
    case State::Failed:
        contents = tr("The repositories could not be listed: see the message in the list.");
        break;
    }
    setField(u"contents"_s, contents);
    showButtons({ loggedIn ? m_logoutButton : m_loginButton, m_addRepositoryButton,
        m_settingsButton, m_reloadButton });
}

void RegistryDetailsPanel::showMessage(const QModelIndex &index)
{
    const QModelIndex parent = index.parent();
    const auto parentKind = Kind(parent.data(RegistryTreeModel::KindRole).toInt());
    const auto parentState = State(parent.data(RegistryTreeModel::StateRole).toInt());
    const QVariant error = index.data(RegistryTreeModel::ErrorRole);
    const Error failure = error.isValid() ? error.value<Error>() : Error();
    const bool registryLevel = parentKind == Kind::Registry;
    const QString parentReference = parent.data(RegistryTreeModel::ReferenceRole).toString();
    //: Above a message of the registry tree: "About registry docker.io".
    m_kindLabel->setText(parentKind == Kind::Registry
            ? tr("About registry %1").arg(m_registry)
            : tr("About repository %1").arg(m_repository));
    switch (parentState) {
    case State::Loading: m_headingLabel->setText(tr("Loading")); break;
    case State::Failed:
        if (failure.code() == ErrorCode::Cancelled)
            m_headingLabel->setText(tr("Cancelled"));
        else
            m_headingLabel->setText(registryLevel ? tr("The repositories could not be listed")
                                                  : tr("The tags could not be listed"));
        break;
    case State::ListingClosed: m_headingLabel->setText(tr("Repositories not listed")); break;
    case State::NotLoaded:
    case State::Loaded:
        m_headingLabel->setText(parentKind == Kind::Registry ? m_registry : m_repository);
        break;
    }
    m_referenceLabel->hide();
    m_copyButton->hide();
    m_messageLabel->setText(index.data(Qt::DisplayRole).toString());
    const bool isFailure = parentState == State::Failed && failure.code() != ErrorCode::Cancelled;
    DialogLabels::setErrorTone(m_messageLabel, isFailure);
    m_messageLabel->show();
    if (isFailure && failure.code() != ErrorCode::None)
        m_explanation->explain(failure,
            parentKind == Kind::Registry ? tr("Listing the repositories of %1").arg(m_registry)
                                         : tr("Listing the tags of %1").arg(parentReference));
    else
        m_explanation->clear();
    const bool wantsLogin = failure.code() == ErrorCode::AuthenticationRequired
        || failure.code() == ErrorCode::AccessDenied || parentState == State::ListingClosed;
    const bool loggedIn = m_services && m_services->isLoggedIn(m_registry);
    QList<QWidget *> buttons;
    if (parentState != State::Loading)
        buttons.append(m_reloadButton);
    if (wantsLogin && !loggedIn)
        buttons.append(m_loginButton);
    if (parentKind == Kind::Registry && parentState == State::ListingClosed)
        buttons.append(m_addRepositoryButton);
    for (QWidget *button : std::as_const(m_actionButtons))
        button->setVisible(buttons.contains(button));
}

void RegistryDetailsPanel::copyReference()
{
    if (m_reference.isEmpty())
        return;
    QApplication::clipboard()->setText(m_reference);
    Q_EMIT referenceCopied(m_reference);
}

} // namespace Wharf
