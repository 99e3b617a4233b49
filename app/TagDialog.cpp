// SPDX-License-Identifier: Apache-2.0
#include "TagDialog.h"

#include "DialogLabels.h"

#include "base/DisplayFormat.h"
#include "engine/Engine.h"
#include "engine/EngineCall.h"
#include "engine/EngineClient.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Wharf {

TagDialog::TagDialog(Engine *engine, const QString &imageId, const QString &sourceText,
                     QWidget *parent)
    : QDialog(parent)
    , m_engine(engine)
    , m_engineId(engine ? engine->id() : QString())
    , m_engineName(engine ? engine->displayName() : QString())
    , m_imageId(imageId)
{
    setObjectName(u"tagDialog"_s);
    setWindowTitle(tr("Tag an Image"));
    setModal(false);

    auto *sourceLabel = DialogLabels::selectable(this, u"sourceLabel"_s);
    // An id is shown short, like everywhere else; a name as it is.
    static const QRegularExpression idPattern(u"^(sha256:)?[0-9a-f]{12,}$"_s);
    const bool isId = idPattern.match(imageId).hasMatch();
    m_sourceText = !sourceText.isEmpty() ? sourceText
                   : isId                ? DisplayFormat::shortImageId(imageId)
                                         : imageId;
    sourceLabel->setText(m_sourceText);
    sourceLabel->setToolTip(imageId);
    sourceLabel->setAccessibleName(tr("Image to tag"));
    // Selectable with the mouse, but no tab stop before the field the dialog is about.
    sourceLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *engineLabel = DialogLabels::selectable(this, u"engineLabel"_s);
    engineLabel->setText(m_engineName);
    engineLabel->setAccessibleName(tr("Engine"));
    engineLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_referenceEdit = new QLineEdit(this);
    m_referenceEdit->setObjectName(u"referenceLineEdit"_s);
    m_referenceEdit->setPlaceholderText(tr("name:tag, e.g. myanalysis:v2"));
    m_referenceEdit->setClearButtonEnabled(true);
    m_referenceEdit->setAccessibleName(tr("New name"));
    m_referenceEdit->setMinimumWidth(fontMetrics().averageCharWidth() * 64);

    m_feedbackLabel = DialogLabels::selectable(this, u"feedbackLabel"_s);
    m_feedbackLabel->setAccessibleName(tr("Name check"));
    m_feedbackLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_errorLabel = DialogLabels::selectable(this, u"errorLabel"_s);
    m_errorLabel->setAccessibleName(tr("Error"));
    m_errorLabel->hide();

    // A grid, not a QFormLayout: that one gives a word-wrapped label the height of its size
    // hint (two lines for one), which leaves gaps around the feedback line.
    auto *form = new QGridLayout;
    form->setColumnStretch(1, 1);
    form->addWidget(DialogLabels::formLabel(tr("Image:"), nullptr, this, Qt::AlignTop), 0, 0);
    form->addWidget(sourceLabel, 0, 1);
    form->addWidget(DialogLabels::formLabel(tr("Engine:"), nullptr, this, Qt::AlignTop), 1, 0);
    form->addWidget(engineLabel, 1, 1);
    //: The new reference the image gets, e.g. "myanalysis:v2".
    form->addWidget(DialogLabels::formLabel(tr("&New name:"), m_referenceEdit, this, Qt::AlignVCenter), 2, 0);
    form->addWidget(m_referenceEdit, 2, 1);
    form->addWidget(m_feedbackLabel, 3, 1);

    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(u"buttonBox"_s);
    m_tagButton = new QPushButton(tr("&Tag"), this);
    m_tagButton->setObjectName(u"tagButton"_s);
    m_tagButton->setDefault(true);
    buttons->addButton(m_tagButton, QDialogButtonBox::AcceptRole);
    m_cancelButton = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancelButton->setObjectName(u"cancelButton"_s);
    m_cancelButton->setAutoDefault(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errorLabel);
    layout->addWidget(buttons);

    connect(m_referenceEdit, &QLineEdit::textChanged, this, &TagDialog::validate);
    connect(m_tagButton, &QPushButton::clicked, this, &TagDialog::startTag);
    connect(m_cancelButton, &QPushButton::clicked, this, &TagDialog::reject);
    if (engine) {
        connect(engine, &Engine::stateChanged, this, &TagDialog::updateButtons);
        connect(engine, &QObject::destroyed, this, [this] {
            if (m_tagging) {
                onFinished(Error(ErrorCode::DaemonNotRunning,
                                 tr("The engine went away before the image was tagged. Start it "
                                    "again, then tag again.")));
            }
            updateButtons();
        });
    }

    // Most new names are a variation of the old one: start from it, selected, so typing
    // replaces it and the arrow keys edit it.
    if (!sourceText.isEmpty() && ImageReference::parse(sourceText).ok())
        m_referenceEdit->setText(sourceText);
    m_referenceEdit->selectAll();
    m_referenceEdit->setFocus();
    validate();
}

TagDialog::~TagDialog()
{
    ++m_generation; // the synchronous Cancelled report below changes nothing
    if (m_call)
        m_call->cancel();
}

void TagDialog::setNewReference(const QString &reference)
{
    m_referenceEdit->setText(reference);
}

QString TagDialog::newReference() const
{
    return m_referenceEdit->text();
}

bool TagDialog::isTagging() const
{
    return m_tagging;
}

void TagDialog::reject()
{
    if (m_tagging) {
        ++m_generation;
        if (m_call)
            m_call->cancel();
        m_call = nullptr;
        setTagging(false);
    }
    QDialog::reject();
}

void TagDialog::validate()
{
    const QString text = m_referenceEdit->text().trimmed();
    if (text.isEmpty()) {
        m_parsed = Error(ErrorCode::InvalidReference, QString());
        m_feedbackLabel->setText(tr("Type the new name; without a tag, \"latest\" is used."));
        DialogLabels::setErrorTone(m_feedbackLabel, false);
    } else {
        m_parsed = ImageReference::parse(text);
        if (m_parsed && !m_parsed->digest().isEmpty()) {
            m_parsed = Error(ErrorCode::InvalidReference,
                             tr("A new name takes a tag, not a digest: remove \"@%1\" and give a "
                                "tag instead (name:tag).")
                                 .arg(m_parsed->digest()));
        }
        if (m_parsed) {
            //: %1 is the normalised reference: "docker.io/library/myanalysis:v2".
            m_feedbackLabel->setText(tr("Tags the image as %1").arg(m_parsed->withDefaultTag().toString()));
            DialogLabels::setErrorTone(m_feedbackLabel, false);
        } else {
            m_feedbackLabel->setText(m_parsed.error().message());
            DialogLabels::setErrorTone(m_feedbackLabel, true);
        }
    }
    updateButtons();
    growToFit();
}

void TagDialog::updateButtons()
{
    const bool engineReady = m_engine && m_engine->state() == Engine::State::Ready;
    m_tagButton->setEnabled(!m_tagging && m_parsed.ok() && engineReady);
}

void TagDialog::startTag()
{
    if (m_tagging || !m_parsed.ok() || !m_engine)
        return;
    const ImageReference reference = m_parsed->withDefaultTag();
    const QString repository = reference.repository();
    const QString tag = reference.tag().isEmpty() ? ImageReference::defaultTag() : reference.tag();
    m_taggingReference = repository + u':' + tag;

    m_errorLabel->hide();
    setTagging(true);
    const quint64 generation = ++m_generation;
    m_call = m_engine->client()->tagImage(m_imageId, repository, tag, this,
                                          [this, generation](const VoidResult &result) {
                                              if (generation == m_generation)
                                                  onFinished(result);
                                          });
}

void TagDialog::onFinished(const VoidResult &result)
{
    if (!m_tagging)
        return;
    ++m_generation;
    m_call = nullptr;
    setTagging(false);
    if (result.ok()) {
        Q_EMIT tagged(m_engineId, m_imageId, m_taggingReference);
        accept();
        return;
    }
    if (result.error().code() == ErrorCode::Cancelled)
        return;
    if (result.error().code() == ErrorCode::NotFound) {
        // The engine's words repeat the full id twice: say it briefly, the way the user
        // knows the image, and keep the engine's text at hand in the tooltip.
        //: %1 is the engine ("Docker"), %2 the image as the dialog shows it.
        showError(tr("%1 no longer has the image %2. It was probably removed meanwhile: close "
                     "this dialog and refresh the list of images.")
                      .arg(m_engineName, m_sourceText));
        m_errorLabel->setToolTip(result.error().message());
    } else {
        showError(result.error().message());
        m_errorLabel->setToolTip(QString());
    }
    m_referenceEdit->setFocus();
}

void TagDialog::setTagging(bool tagging)
{
    m_tagging = tagging;
    m_referenceEdit->setReadOnly(tagging);
    updateButtons();
}

void TagDialog::showError(const QString &text)
{
    m_errorLabel->setText(text);
    DialogLabels::setErrorTone(m_errorLabel, true);
    m_errorLabel->setVisible(!text.isEmpty());
    growToFit();
}

void TagDialog::growToFit()
{
    // Fit the window to its content (see DialogLabels::contentHeight). Before the first
    // show(), the size hint already accounts for the text.
    if (!isVisible())
        return;
    const int needed = DialogLabels::contentHeight(this);
    if (needed != height())
        resize(width(), needed);
}

} // namespace Wharf
