// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/Result.h"
#include "registry/ImageReference.h"

#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Wharf {

class Engine;
class EngineCall;

// Gives an image one more name (docker tag): the new reference is checked as it is typed,
// a missing tag means "latest", and a failure is shown in the dialog with the engine's words.
// On success it emits tagged() and closes.
//
// Non-modal (show() or open()); destroying it cancels a tag request still in flight.
class TagDialog : public QDialog
{
    Q_OBJECT

public:
    // `imageId`: what the engine knows the image by (an id or a reference); `sourceText`:
    // how to show it to the user (a reference; empty: the short id is shown).
    TagDialog(Engine *engine, const QString &imageId, const QString &sourceText,
              QWidget *parent = nullptr);
    ~TagDialog() override;

    void setNewReference(const QString &reference);
    QString newReference() const;
    bool isTagging() const;

    // Closing the dialog cancels a tag request still in flight.
    void reject() override;

Q_SIGNALS:
    // `newReference` is normalised and fully qualified, with its tag
    // ("docker.io/library/busybox:latest").
    void tagged(const QString &engineId, const QString &imageId, const QString &newReference);

private:
    void validate();
    void startTag();
    void onFinished(const VoidResult &result);
    void setTagging(bool tagging);
    void showError(const QString &text);
    void updateButtons();
    void growToFit();

    QPointer<Engine> m_engine;
    QString m_engineId;
    QString m_engineName;
    QString m_imageId;
    QString m_sourceText;

    QLineEdit *m_referenceEdit = nullptr;
    QLabel *m_feedbackLabel = nullptr;
    QLabel *m_errorLabel = nullptr;
    QPushButton *m_tagButton = nullptr;
    QPushButton *m_cancelButton = nullptr;

    Result<ImageReference> m_parsed = Error();
    QPointer<EngineCall> m_call;
    bool m_tagging = false;
    quint64 m_generation = 0;
    QString m_taggingReference;
};

} // namespace Wharf
