// SPDX-License-Identifier: Apache-2.0
#include "PullDialog.h"

#include "DesktopNotifier.h"
#include "DialogLabels.h"
#include "ErrorExplanationView.h"

#include "base/DisplayFormat.h"
#include "engine/Engine.h"
#include "engine/EngineCall.h"
#include "engine/EngineClient.h"
#include "engine/PullProgress.h"
#include "models/PullProgressModel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QStyle>
#include <QTableView>
#include <QVBoxLayout>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Wharf {

PullDialog::PullDialog(const QList<Engine *> &engines, Engine *preferred, QWidget *parent)
    : QDialog(parent)
    , m_model(new PullProgressModel(this))
{
    setObjectName(u"pullDialog"_s);
    setWindowTitle(tr("Pull an Image"));
    setModal(false);

    m_referenceEdit = new QLineEdit(this);
    m_referenceEdit->setObjectName(u"referenceLineEdit"_s);
    m_referenceEdit->setPlaceholderText(tr("busybox, python:3.12, quay.io/org/app:1.0"));
    m_referenceEdit->setClearButtonEnabled(true);
    m_referenceEdit->setAccessibleName(tr("Image reference"));
    m_referenceEdit->setMinimumWidth(fontMetrics().averageCharWidth() * 64);

    m_feedbackLabel = DialogLabels::selectable(this, u"feedbackLabel"_s);
    m_feedbackLabel->setAccessibleName(tr("Reference check"));
    // It follows the field: no stop of its own on the way from the field to the engine.
    m_feedbackLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_engineCombo = new QComboBox(this);
    m_engineCombo->setObjectName(u"engineComboBox"_s);
    m_engineCombo->setAccessibleName(tr("Engine to pull into"));
    m_engineCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    // A grid, not a QFormLayout: that one gives a word-wrapped label the height of its size
    // hint (two lines for one), which leaves gaps around the feedback line.
    auto *form = new QGridLayout;
    form->setColumnStretch(1, 1);
    //: The image to pull, e.g. "busybox" or "quay.io/org/app:1.0".
    form->addWidget(DialogLabels::formLabel(tr("&Image:"), m_referenceEdit, this, Qt::AlignVCenter), 0, 0);
    form->addWidget(m_referenceEdit, 0, 1);
    form->addWidget(m_feedbackLabel, 1, 1);
    form->addWidget(DialogLabels::formLabel(tr("&Engine:"), m_engineCombo, this, Qt::AlignVCenter), 2, 0);
    form->addWidget(m_engineCombo, 2, 1, Qt::AlignLeft);

    m_layerView = new QTableView(this);
    m_layerView->setObjectName(u"layerTableView"_s);
    m_layerView->setAccessibleName(tr("Layers"));
    m_layerView->setModel(m_model);
    m_layerView->verticalHeader()->hide();
    m_layerView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_layerView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_layerView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_layerView->setAlternatingRowColors(true);
    m_layerView->setShowGrid(false);
    m_layerView->setWordWrap(false);
    m_layerView->horizontalHeader()->setHighlightSections(false);
    m_layerView->horizontalHeader()->setSectionResizeMode(PullProgressModel::LayerColumn,
                                                          QHeaderView::ResizeToContents);
    m_layerView->horizontalHeader()->setSectionResizeMode(PullProgressModel::StatusColumn,
                                                          QHeaderView::Stretch);
    m_layerView->horizontalHeader()->setSectionResizeMode(PullProgressModel::ProgressColumn,
                                                          QHeaderView::ResizeToContents);
    m_layerView->setMinimumHeight(m_layerView->horizontalHeader()->sizeHint().height()
                                  + 5 * m_layerView->verticalHeader()->defaultSectionSize() + 4);

    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(u"progressBar"_s);
    m_progressBar->setAccessibleName(tr("Overall progress"));
    m_progressBar->setRange(0, 1000);
    m_progressBar->setValue(0);

    m_statusLabel = DialogLabels::selectable(this, u"statusLabel"_s);
    m_statusLabel->setAccessibleName(tr("Pull status"));
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse); // changes too fast to tab to

    m_progressArea = new QWidget(this);
    m_progressArea->setObjectName(u"progressArea"_s);
    auto *progressLayout = new QVBoxLayout(m_progressArea);
    progressLayout->setContentsMargins(0, 0, 0, 0);
    progressLayout->addWidget(m_layerView, 1);
    progressLayout->addWidget(m_progressBar);
    progressLayout->addWidget(m_statusLabel);
    // Nothing to show before the first pull: the dialog stays small until then.
    m_progressArea->hide();

    m_messageLabel = DialogLabels::selectable(this, u"messageLabel"_s);
    m_messageLabel->setAccessibleName(tr("Result"));
    m_messageLabel->hide();
    // A failed pull: what went wrong and how to fix it, from the known-error catalogue.
    m_explanation = new ErrorExplanationView(this);

    m_pullButton = new QPushButton(tr("&Pull"), this);
    m_pullButton->setObjectName(u"pullButton"_s);
    m_pullButton->setDefault(true);
    // "&Close" has C: Alt+N cancels.
    m_cancelButton = new QPushButton(tr("Ca&ncel"), this);
    m_cancelButton->setObjectName(u"cancelButton"_s);
    m_cancelButton->setToolTip(tr("Stop the pull; layers already downloaded stay in the engine"));
    auto *buttons = new QDialogButtonBox(this);
    buttons->setObjectName(u"buttonBox"_s);
    m_closeButton = buttons->addButton(QDialogButtonBox::Close);
    m_closeButton->setObjectName(u"closeButton"_s);
    m_closeButton->setAutoDefault(false);
    buttons->addButton(m_cancelButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_pullButton, QDialogButtonBox::AcceptRole);
    m_cancelButton->hide(); // after addButton(), which shows it: only a pull can be cancelled

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_progressArea, 1);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_explanation);
    layout->addWidget(buttons);

    connect(m_referenceEdit, &QLineEdit::textChanged, this, &PullDialog::validate);
    connect(m_engineCombo, &QComboBox::currentIndexChanged, this, &PullDialog::updateButtons);
    connect(m_pullButton, &QPushButton::clicked, this, &PullDialog::startPull);
    connect(m_cancelButton, &QPushButton::clicked, this, &PullDialog::cancelPull);
    connect(m_closeButton, &QPushButton::clicked, this, &PullDialog::reject);

    if (preferred)
        m_preferredEngineId = preferred->id();
    for (Engine *engine : engines) {
        if (!engine)
            continue;
        m_engines.append(QPointer<Engine>(engine));
        connect(engine, &Engine::stateChanged, this, &PullDialog::rebuildEngineList);
        connect(engine, &QObject::destroyed, this, [this] {
            if (m_pulling && !m_pullingEngine) {
                onFinished(Error(ErrorCode::DaemonNotRunning,
                                 tr("%1 went away while pulling %2. Start it again, then pull "
                                    "again.")
                                     .arg(m_pullingEngineName, m_pullingReference)));
            }
            rebuildEngineList();
        });
    }
    rebuildEngineList();
    validate();
}

PullDialog::~PullDialog()
{
    // The cancel reports synchronously: a new generation makes that report a no-op.
    ++m_generation;
    if (m_call)
        m_call->cancel();
    m_registryAuth.fill('\0'); // the secret leaves memory with the dialog
}

void PullDialog::setRegistryLogin(const QString &registry, const QString &username, const QByteArray &registryAuth)
{
    m_registryAuth.fill('\0');
    m_loginRegistry = registry;
    m_loginUser = registryAuth.isEmpty() ? QString() : username;
    m_registryAuth = registryAuth;
    validate();
}

bool PullDialog::usesRegistryLogin() const
{
    return m_parsed.ok() && !m_registryAuth.isEmpty() && m_parsed->domain() == m_loginRegistry;
}

void PullDialog::setReference(const QString &reference)
{
    m_referenceEdit->setText(reference);
}

QString PullDialog::reference() const
{
    return m_referenceEdit->text();
}

Engine *PullDialog::selectedEngine() const
{
    const QString id = m_engineCombo->currentData().toString();
    for (const QPointer<Engine> &engine : m_engines) {
        if (engine && engine->id() == id)
            return engine.data();
    }
    return nullptr;
}

bool PullDialog::isPulling() const
{
    return m_pulling;
}

void PullDialog::rebuildEngineList()
{
    const QString current = m_engineCombo->count() > 0 ? m_engineCombo->currentData().toString()
                                                       : m_preferredEngineId;
    QList<Engine *> ready;
    for (const QPointer<Engine> &engine : m_engines) {
        if (engine && engine->state() == Engine::State::Ready)
            ready.append(engine.data());
    }

    const QSignalBlocker blocker(m_engineCombo);
    m_engineCombo->clear();
    for (Engine *engine : std::as_const(ready)) {
        int sameName = 0;
        for (Engine *other : std::as_const(ready))
            sameName += other->displayName() == engine->displayName() ? 1 : 0;
        QString text = engine->version().version.isEmpty()
            ? engine->displayName()
            //: An engine and its version: "Docker 20.10.24".
            : tr("%1 %2").arg(engine->displayName(), engine->version().version);
        // Two engines of one kind (two Docker daemons): the endpoint tells them apart.
        if (sameName > 1)
            text = tr("%1 (%2)").arg(text, engine->client()->endpoint().toUrl());
        m_engineCombo->addItem(text, engine->id());
        m_engineCombo->setItemData(m_engineCombo->count() - 1,
                                   engine->client()->endpoint().toUrl(), Qt::ToolTipRole);
    }
    const int index = m_engineCombo->findData(current);
    m_engineCombo->setCurrentIndex(index >= 0 ? index : 0);
    m_engineCombo->setEnabled(!m_pulling && m_engineCombo->count() > 0);
    const QString noEngine = tr("No container engine is running. Start Docker or Podman; it "
                                "appears here as soon as it answers.");
    if (m_engineCombo->count() == 0) {
        m_engineCombo->addItem(tr("No engine is running"));
        m_engineCombo->setEnabled(false);
        if (!m_pulling)
            showMessage(noEngine, true);
    } else if (m_messageLabel->text() == noEngine) {
        showMessage(QString(), false);
    }
    updateButtons();
}

void PullDialog::validate()
{
    const QString text = m_referenceEdit->text().trimmed();
    if (text.isEmpty()) {
        m_parsed = Error(ErrorCode::InvalidReference, QString());
        m_feedbackLabel->setText(tr("Type an image name, with a tag or digest if you need one "
                                    "(without a tag, \"latest\" is pulled)."));
        DialogLabels::setErrorTone(m_feedbackLabel, false);
    } else {
        m_parsed = ImageReference::parse(text);
        if (m_parsed) {
            if (usesRegistryLogin())
                //: %1 is the normalised reference, %2 the user name the registry knows.
                m_feedbackLabel->setText(tr("Pulls %1, logged in as %2")
                                             .arg(m_parsed->withDefaultTag().toString(), m_loginUser));
            else
                //: %1 is the normalised reference: "docker.io/library/busybox:latest".
                m_feedbackLabel->setText(tr("Pulls %1").arg(m_parsed->withDefaultTag().toString()));
            DialogLabels::setErrorTone(m_feedbackLabel, false);
        } else {
            m_feedbackLabel->setText(m_parsed.error().message());
            DialogLabels::setErrorTone(m_feedbackLabel, true);
        }
    }
    updateButtons();
    growToFit();
}

void PullDialog::updateButtons()
{
    m_pullButton->setEnabled(!m_pulling && m_parsed.ok() && selectedEngine() != nullptr);
}

void PullDialog::startPull()
{
    Engine *engine = selectedEngine();
    if (m_pulling || !engine || !m_parsed.ok())
        return;

    const ImageReference reference = m_parsed->withDefaultTag();
    m_pullingReference = reference.toString();
    m_pullingEngine = engine;
    m_pullingEngineId = engine->id();
    m_pullingEngineName = engine->displayName();

    m_model->clear();
    m_layerView->show();
    m_progressArea->show();
    m_progressBar->setRange(0, 0); // busy until the engine sends sizes
    m_progressBar->resetFormat();
    m_statusLabel->setText(tr("Asking %1 to pull %2…").arg(m_pullingEngineName, m_pullingReference));
    m_statusLabel->show();
    m_engineStatusSeen = false;
    m_messageLabel->hide();
    m_explanation->clear();
    setPulling(true);
    growToFit();

    const quint64 generation = ++m_generation;
    m_call = engine->client()->pullImage(
        reference.pullFromImage(), reference.pullTag(), usesRegistryLogin() ? m_registryAuth : QByteArray(), this,
        [this, generation](const PullProgress &progress) {
            if (generation == m_generation)
                onProgress(progress);
        },
        [this, generation](const VoidResult &result) {
            if (generation == m_generation)
                onFinished(result);
        });
}

void PullDialog::cancelPull()
{
    if (!m_pulling)
        return;
    m_cancelButton->setEnabled(false);
    if (m_call)
        m_call->cancel(); // reports Cancelled through onFinished
    else
        onFinished(Error(ErrorCode::Cancelled, QString()));
}

void PullDialog::onProgress(const PullProgress &progress)
{
    m_model->setProgress(progress);
    const qint64 total = progress.bytesTotal();
    if (total > 0) {
        const qint64 done = progress.bytesDone();
        m_progressBar->setRange(0, 1000);
        m_progressBar->setValue(static_cast<int>(std::lround(progress.fraction() * 1000.0)));
        //: Overall pull progress: "12.3 MB of 45.6 MB (27%)".
        m_progressBar->setFormat(tr("%1 of %2 (%3%)")
                                     .arg(DisplayFormat::size(done), DisplayFormat::size(total))
                                     .arg(static_cast<int>(std::floor(progress.fraction() * 100.0))));
    }
    if (!progress.lastStatus().isEmpty()) {
        m_statusLabel->setText(progress.lastStatus());
        m_engineStatusSeen = true;
    }
}

void PullDialog::onFinished(const VoidResult &result)
{
    if (!m_pulling)
        return;
    ++m_generation; // nothing more from this pull
    m_call = nullptr;
    setPulling(false);

    if (result.ok()) {
        m_progressBar->setRange(0, 1000);
        m_progressBar->setValue(1000);
        m_progressBar->setFormat(tr("Done"));
        // Already up to date: no layer to list, the status line says so.
        if (m_model->rowCount() == 0)
            m_layerView->hide();
        // Podman sends no status of its own: "Asking..." is stale, the message says it all.
        if (!m_engineStatusSeen)
            m_statusLabel->hide();
        //: %1 is the image reference, %2 the engine ("Docker").
        const QString done = tr("Pulled %1 into %2.").arg(m_pullingReference, m_pullingEngineName);
        showMessage(done, false);
        DesktopNotifier::notifyIfAway(this, DesktopNotifier::Kind::Information, tr("Pull finished"), done);
        Q_EMIT pulled(m_pullingEngineId, m_pullingReference);
        return;
    }

    // Stop the busy indicator; the layers table keeps showing how far each layer got.
    if (m_progressBar->maximum() == 0) {
        m_progressBar->setRange(0, 1000);
        m_progressBar->setValue(0);
    }
    m_progressBar->setFormat(QString());
    // No layer came: an empty table and a stopped bar say nothing the message does not.
    if (m_model->rowCount() == 0)
        m_progressArea->hide();
    const Error &error = result.error();
    if (error.code() == ErrorCode::Cancelled) {
        m_statusLabel->setText(tr("Pull cancelled"));
        showMessage(tr("Pull cancelled. Layers already downloaded stay in %1; pulling again "
                       "resumes from them.")
                        .arg(m_pullingEngineName),
                    false);
        return;
    }
    m_statusLabel->setText(tr("Pull failed"));
    showMessage(error.message(), true);
    DesktopNotifier::notifyIfAway(this, DesktopNotifier::Kind::Failure,
                                  tr("Pulling %1 failed").arg(m_pullingReference), error.message());
    m_explanation->explain(error, tr("Pulling %1 into %2").arg(m_pullingReference, m_pullingEngineName));
    growToFit();
    // Ready to correct the reference and try again.
    m_referenceEdit->setFocus();
}

void PullDialog::setPulling(bool pulling)
{
    m_pulling = pulling;
    m_referenceEdit->setReadOnly(pulling);
    m_engineCombo->setEnabled(!pulling && selectedEngine() != nullptr);
    m_cancelButton->setVisible(pulling);
    m_cancelButton->setEnabled(pulling);
    if (pulling)
        m_cancelButton->setFocus();
    updateButtons();
}

void PullDialog::showMessage(const QString &text, bool isError)
{
    m_messageLabel->setText(text);
    DialogLabels::setErrorTone(m_messageLabel, isError);
    m_messageLabel->setVisible(!text.isEmpty());
    growToFit();
}

void PullDialog::growToFit()
{
    // Fit the window to its content (see DialogLabels::contentHeight). With the layer
    // table shown, the table takes up spare height: only grow then,
    // never take height the user gave it. Before the first show(), the size hint already
    // accounts for the text.
    if (!isVisible())
        return;
    const int needed = DialogLabels::contentHeight(this);
    const bool tableShown = m_progressArea->isVisible() && m_layerView->isVisible();
    if (needed > height() || (!tableShown && needed < height()))
        resize(width(), needed);
}

} // namespace Wharf
