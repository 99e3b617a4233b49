// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QHash>
#include <QPersistentModelIndex>
#include <QWidget>

class QAbstractItemModel;
class QGridLayout;
class QLabel;
class QLineEdit;
class QMenu;
class QProgressBar;
class QPushButton;
class QToolButton;

namespace Wharf {

class ErrorExplanationView;
class RegistryServices;
struct TagDetails;

// The right side of the Registries page: what the selected row of the registry tree is.
// A tag: its reference (with Copy), digest, media type, platforms, compressed size, created
// time, command and labels, and the actions Copy Reference, Pull into… and Launch…. A
// repository: its reference and "Load details for all tags". A registry: who is logged in
// and how Wharf connects to it. A message row: the message and, for a failure, what went
// wrong and how to fix it. It follows the row as the model changes (details arriving).
class RegistryDetailsPanel : public QWidget
{
    Q_OBJECT

public:
    // `services` may be null (no login or connection lines then).
    explicit RegistryDetailsPanel(RegistryServices *services, QWidget *parent = nullptr);
    ~RegistryDetailsPanel() override;

    // The model of the indexes given to showIndex (the page's filter proxy).
    void setModel(QAbstractItemModel *model);
    // Shows the row of `index` (any column); an invalid index shows the placeholder.
    void showIndex(const QModelIndex &index);
    QModelIndex currentIndex() const { return m_index; }
    // Engines to pull into, shown as the menu of "Pull into…"; null or empty: disabled.
    void setPullMenu(QMenu *menu);
    void setPullEnabled(bool enabled, const QString &whyNot = {});
    // "Available on unpacked.cern.ch": shown for the tag `reference` while it is the one shown,
    // with a link that asks for an Apptainer launch of `path`.
    void setUnpackedAvailability(const QString &reference, bool available, const QString &path);

    // What is shown: the heading and the reference (for tests and Copy).
    QString heading() const;
    QString reference() const { return m_reference; }
    // The text of a field ("digest", "mediaType", "platforms", "size", "created", "labels",
    // "command", "login", "connection", "contents"); empty when hidden.
    QString fieldText(const QString &field) const;

    // Media types as words: "Docker image manifest (schema 2)".
    static QString mediaTypeName(const QString &mediaType);

Q_SIGNALS:
    void pullRequested();
    void loadAllDetailsRequested(const QModelIndex &repository);
    void retryRequested(const QModelIndex &index);
    void reloadRequested(const QModelIndex &index);
    void loginRequested(const QString &registry);
    void logoutRequested(const QString &registry);
    void settingsRequested(const QString &registry);
    void addRepositoryRequested(const QString &registry);
    void removeRepositoryRequested(const QString &registry, const QString &repository);
    // The reference went to the clipboard.
    void referenceCopied(const QString &reference);
    // The "unpacked.cern.ch" link: launch the published copy (an unpacked directory).
    void unpackedLaunchRequested(const QString &path);

private:
    struct Field
    {
        QLabel *label = nullptr;
        QLabel *value = nullptr; // wrapped text
        QLineEdit *line = nullptr; // one long word (a digest): scrolls in place
        QWidget *widget() const;
    };

    void refresh();
    enum class FieldStyle { Text, FixedText, RichText, SingleLine };
    void addField(const QString &key, const QString &title, FieldStyle style = FieldStyle::Text);
    void setField(const QString &key, const QString &text, const QString &toolTip = {});
    void hideAllFields();
    void showTag(const QModelIndex &index);
    void showRepository(const QModelIndex &index);
    void showRegistry(const QModelIndex &index);
    void showMessage(const QModelIndex &index);
    void showTagDetails(const TagDetails &details);
    void showButtons(std::initializer_list<QWidget *> visible);
    void setBusy(const QString &status);
    void copyReference();
    void onRowsChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight);

    RegistryServices *m_services;
    QAbstractItemModel *m_model = nullptr;
    QPersistentModelIndex m_index;
    QString m_reference;
    QString m_registry;
    QString m_repository;

    QLabel *m_placeholder;
    QWidget *m_content;
    QLabel *m_kindLabel;
    QLabel *m_headingLabel;
    QLabel *m_referenceLabel;
    QPushButton *m_copyButton;
    QGridLayout *m_form;
    QHash<QString, Field> m_fields;
    QWidget *m_busyRow;
    QProgressBar *m_busyBar;
    QLabel *m_busyLabel;
    QLabel *m_messageLabel;
    QLabel *m_unpackedLabel;
    ErrorExplanationView *m_explanation;
    // Actions, shown by kind.
    QToolButton *m_pullButton;
    QPushButton *m_launchButton;
    QPushButton *m_loadAllButton;
    QPushButton *m_removeRepositoryButton;
    QPushButton *m_retryButton;
    QPushButton *m_reloadButton;
    QPushButton *m_loginButton;
    QPushButton *m_logoutButton;
    QPushButton *m_addRepositoryButton;
    QPushButton *m_settingsButton;
    QList<QWidget *> m_actionButtons;
};

} // namespace Wharf
