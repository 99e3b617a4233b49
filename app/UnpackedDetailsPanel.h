// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QModelIndex>
#include <QWidget>

class QAction;
class QFormLayout;
class QLabel;
class QPlainTextEdit;

namespace Wharf {

struct UnpackedImageInfo;

// The unpacked.cern.ch page's details of the selection: for a tag its path, the image as
// engines name it, when it was synced, where it leads, whether Apptainer can run it, and
// its environment once read (the page asks the scanner: the read may block on CVMFS, so
// it never happens here).
class UnpackedDetailsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit UnpackedDetailsPanel(QWidget *parent = nullptr);

    // Buttons for the selection's actions (Launch, Copy path...), in this order.
    void setActions(const QList<QAction *> &actions);

    // Shows the row (of the page's view model); refreshes when called again for it.
    void showIndex(const QModelIndex &index);
    void clear();

    // What the environment belongs to (a tag's root and target); empty for anything else.
    QString root() const { return m_root; }
    QByteArray target() const { return m_target; }
    void setEnvironmentPending();
    void setEnvironment(const UnpackedImageInfo &info);

    QString environmentText() const;
    QString summaryText() const; // every label's text, for tests and accessibility

private:
    QLabel *addField(const QString &label);
    void setField(QLabel *field, const QString &text, const QString &toolTip = {});

    QLabel *m_title;
    QLabel *m_placeholder;
    QWidget *m_body;
    QFormLayout *m_form;
    QLabel *m_path;
    QLabel *m_reference;
    QLabel *m_synced;
    QLabel *m_targetLabel;
    QLabel *m_runnable;
    QLabel *m_architectures;
    QLabel *m_status;
    QLabel *m_environmentLabel;
    QPlainTextEdit *m_environment;
    QWidget *m_buttons;
    QString m_root;
    QByteArray m_target;
};

} // namespace Wharf
