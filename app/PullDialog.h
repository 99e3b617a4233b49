// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/Result.h"
#include "registry/ImageReference.h"

#include <QDialog>
#include <QList>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;

namespace Wharf {

class Engine;
class ErrorExplanationView;
class EngineCall;
class PullProgress;
class PullProgressModel;

// Pulls one image into one engine: the reference is checked as it is typed (the normalised
// form, or what is wrong, is shown under the field), the pull shows progress per layer and
// overall and can be cancelled, and a failure is shown in the dialog with the engine's own
// words, so the user can correct the reference and try again.
//
// Non-modal (show() or open()). Hiding the dialog lets a running pull go on (pulled() is
// still emitted); destroying it cancels the pull.
class PullDialog : public QDialog
{
    Q_OBJECT

public:
    // `engines`: the engines to choose from (those that are Ready are offered, and the list
    // follows their state); `preferred` is preselected when it is one of them.
    PullDialog(const QList<Engine *> &engines, Engine *preferred, QWidget *parent = nullptr);
    ~PullDialog() override;

    void setReference(const QString &reference);
    QString reference() const;
    // The login to pull with from `registry` ("host:5000", "docker.io"): the X-Registry-Auth
    // value (EngineRegistryAuth) and, for the text, the user. It is sent only with a
    // reference on that registry, so that editing the reference cannot send it elsewhere.
    // Held in memory only, while the dialog lives. Empty `registryAuth`: anonymous.
    void setRegistryLogin(const QString &registry, const QString &username, const QByteArray &registryAuth);
    // Whether a pull of the reference as typed now would send the login.
    bool usesRegistryLogin() const;
    // The engine chosen in the dialog, or nullptr when none is Ready.
    Engine *selectedEngine() const;
    bool isPulling() const;

Q_SIGNALS:
    // A pull finished. `reference` is normalised and fully qualified, with its tag or digest
    // ("docker.io/library/busybox:latest").
    void pulled(const QString &engineId, const QString &reference);

private:
    void rebuildEngineList();
    void validate();
    void startPull();
    void cancelPull();
    void onProgress(const PullProgress &progress);
    void onFinished(const VoidResult &result);
    void setPulling(bool pulling);
    void showMessage(const QString &text, bool isError);
    void updateButtons();
    void growToFit();

    QLineEdit *m_referenceEdit = nullptr;
    QLabel *m_feedbackLabel = nullptr;
    QComboBox *m_engineCombo = nullptr;
    QWidget *m_progressArea = nullptr;
    QTableView *m_layerView = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_messageLabel = nullptr;
    ErrorExplanationView *m_explanation = nullptr;
    QPushButton *m_pullButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    PullProgressModel *m_model = nullptr;

    QList<QPointer<Engine>> m_engines;
    QString m_preferredEngineId;
    Result<ImageReference> m_parsed = Error();
    // The pull in flight. Callbacks carry the generation they were started with, so that a
    // callback of an older pull (cancel() reports synchronously) changes nothing.
    QPointer<EngineCall> m_call;
    QPointer<Engine> m_pullingEngine;
    bool m_pulling = false;
    bool m_engineStatusSeen = false;
    quint64 m_generation = 0;
    QString m_pullingReference;
    QString m_pullingEngineId;
    QString m_pullingEngineName;
    QString m_loginRegistry;
    QString m_loginUser;
    QByteArray m_registryAuth;
};

} // namespace Wharf
