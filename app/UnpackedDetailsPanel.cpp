// SPDX-License-Identifier: Apache-2.0
#include "UnpackedDetailsPanel.h"

#include "base/DisplayFormat.h"
#include "base/Error.h"
#include "unpacked/UnpackedImageInfo.h"
#include "unpacked/UnpackedTreeModel.h"

#include <QAction>
#include <QDateTime>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Wharf {

UnpackedDetailsPanel::UnpackedDetailsPanel(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_placeholder(new QLabel(tr("Select an image tag to see where it leads, when it was synced and its "
                                  "environment."),
                               this))
    , m_body(new QWidget(this))
    , m_form(new QFormLayout)
    , m_environmentLabel(new QLabel(tr("Environment"), this))
    , m_environment(new QPlainTextEdit(this))
    , m_buttons(new QWidget(this))
{
    setObjectName(u"unpackedDetailsPanel"_s);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.15);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_placeholder->setWordWrap(true);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setEnabled(false);

    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    m_path = addField(tr("Path:"));
    m_reference = addField(tr("Image:"));
    m_synced = addField(tr("Synced:"));
    m_targetLabel = addField(tr("Target:"));
    m_runnable = addField(tr("Runnable:"));
    m_architectures = addField(tr("Architectures:"));
    m_status = addField(tr("Status:"));
    m_targetLabel->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_path->setTextInteractionFlags(Qt::NoTextInteraction);
    m_targetLabel->setTextInteractionFlags(Qt::NoTextInteraction);

    m_environment->setObjectName(u"environmentView"_s);
    m_environment->setReadOnly(true);
    m_environment->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_environment->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_environment->setAccessibleName(tr("Image environment"));
    m_environmentLabel->setBuddy(m_environment);

    auto *buttons = new QHBoxLayout(m_buttons);
    buttons->setContentsMargins(0, 0, 0, 0);

    auto *body = new QVBoxLayout(m_body);
    body->setContentsMargins(0, 0, 0, 0);
    body->addLayout(m_form);
    body->addWidget(m_buttons);
    body->addWidget(m_environmentLabel);
    body->addWidget(m_environment, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_placeholder, 1);
    layout->addWidget(m_body, 1);
    clear();
}

QLabel *UnpackedDetailsPanel::addField(const QString &label)
{
    auto *field = new QLabel(this);
    field->setWordWrap(true);
    field->setTextFormat(Qt::PlainText);
    field->setTextInteractionFlags(Qt::TextSelectableByMouse);
    field->setMinimumWidth(80);
    // Paths have no spaces to wrap at; let them break anywhere rather than widen the panel.
    field->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_form->addRow(label, field);
    return field;
}

void UnpackedDetailsPanel::setField(QLabel *field, const QString &text, const QString &toolTip)
{
    QString shown = text;
    if (field == m_path || field == m_targetLabel) {
        // Zero-width spaces after separators let a long path wrap inside the label; such a
        // label is not selectable (a copied path would carry them): Copy Path copies it.
        shown.replace(u'/', u"/\u200b"_s);
        // The target ends in a 64-digit hash: its start identifies it.
        if (field == m_targetLabel) {
            const qsizetype last = shown.lastIndexOf(u'/');
            if (shown.size() - last > 21)
                shown = shown.left(last + 17) + u'…';
        }
    }
    field->setText(shown);
    field->setToolTip(toolTip.isEmpty() && shown != text ? text : toolTip);
    field->setAccessibleDescription(text);
    m_form->setRowVisible(field, !text.isEmpty());
}

void UnpackedDetailsPanel::setActions(const QList<QAction *> &actions)
{
    auto *layout = static_cast<QHBoxLayout *>(m_buttons->layout());
    for (QAction *action : actions) {
        auto *button = new QToolButton(m_buttons);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        layout->addWidget(button);
    }
    layout->addStretch(1);
}

void UnpackedDetailsPanel::clear()
{
    m_root.clear();
    m_target.clear();
    m_title->clear();
    m_title->hide();
    m_body->hide();
    m_placeholder->show();
}

void UnpackedDetailsPanel::showIndex(const QModelIndex &index)
{
    if (!index.isValid()) {
        clear();
        return;
    }
    using Tree = UnpackedTreeModel;
    const QModelIndex row = index.siblingAtColumn(Tree::NameColumn);
    const auto kind = Tree::Kind(row.data(Tree::KindRole).toInt());
    const bool isTag = kind == Tree::Kind::Tag;
    const QString newRoot = isTag ? row.data(Tree::RootRole).toString() : QString();
    const QByteArray newTarget = isTag ? row.data(Tree::TargetRole).toByteArray() : QByteArray();
    if (newRoot != m_root || newTarget != m_target)
        m_environment->clear();
    m_root = newRoot;
    m_target = newTarget;

    m_placeholder->hide();
    m_title->show();
    m_body->show();
    m_title->setText(isTag ? row.data(Tree::PublicNameRole).toString() : row.data(Qt::DisplayRole).toString());
    setField(m_path, row.data(Tree::PathRole).toString());
    setField(m_reference, isTag ? row.data(Tree::ReferenceRole).toString() : QString());

    const QDateTime synced = row.data(Tree::SyncedRole).toDateTime();
    if (synced.isValid() && (isTag || kind == Tree::Kind::Image)) {
        const QString relative = DisplayFormat::relativeTime(synced, QDateTime::currentDateTimeUtc());
        //: %1 relative ("3 days ago"), %2 exact time
        setField(m_synced, tr("%1 (%2)").arg(relative, DisplayFormat::exactTime(synced)),
                 tr("When unpacked.cern.ch last published this name: the link's own time, as ls -l shows it."));
    } else {
        setField(m_synced, QString());
    }
    setField(m_targetLabel, isTag ? index.siblingAtColumn(Tree::TargetColumn).data().toString() : QString());
    setField(m_runnable, isTag ? index.siblingAtColumn(Tree::RunnableColumn).data().toString() : QString());
    setField(m_architectures, isTag ? index.siblingAtColumn(Tree::ArchitecturesColumn).data().toString() : QString());
    QString status = index.siblingAtColumn(Tree::InfoColumn).data().toString();
    const QVariant error = row.data(Tree::ErrorRole);
    if (error.isValid() && error.canConvert<Error>())
        status = error.value<Error>().message();
    setField(m_status, status);

    m_buttons->setVisible(isTag);
    m_environmentLabel->setVisible(isTag && !m_target.isEmpty());
    m_environment->setVisible(isTag && !m_target.isEmpty());
}

void UnpackedDetailsPanel::setEnvironmentPending()
{
    if (m_environment->toPlainText().isEmpty())
        m_environment->setPlaceholderText(tr("Reading the environment…"));
}

void UnpackedDetailsPanel::setEnvironment(const UnpackedImageInfo &info)
{
    if (info.root != m_root || info.target != m_target)
        return;
    if (info.environmentRead) {
        m_environment->setPlaceholderText(tr("The image sets no environment."));
        m_environment->setPlainText(info.environment);
    } else if (info.error.code() != ErrorCode::None) {
        m_environment->setPlainText(QString());
        m_environment->setPlaceholderText(info.error.message());
    } else {
        m_environment->setPlainText(QString());
        m_environment->setPlaceholderText(info.state == UnpackedImageInfo::State::Missing
                                              ? tr("The target does not exist: the link is broken.")
                                              : tr("This image has no environment file (.singularity.d/env)."));
    }
}

QString UnpackedDetailsPanel::environmentText() const
{
    return m_environment->toPlainText();
}

QString UnpackedDetailsPanel::summaryText() const
{
    QStringList parts{m_title->text()};
    for (const QLabel *field : {m_path, m_reference, m_synced, m_targetLabel, m_runnable, m_architectures, m_status})
        parts.append(field->accessibleDescription());
    return parts.join(u'\n');
}

} // namespace Wharf
