// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/Result.h"
#include "engine/ContainerLogDecoder.h"

#include <QPointer>
#include <QStringDecoder>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;

namespace Wharf {

class Engine;
class EngineCall;

// A window that follows one container's log, like `docker logs --follow --tail N`: stderr
// in another colour, the engine's own messages in bold, the view following the end unless
// the user scrolled up. It keeps the last MaxLines lines (a container that writes forever
// costs no more memory) and stops following on Stop, on close, or when the container stops.
class ContainerLogView : public QWidget
{
    Q_OBJECT

public:
    // Lines kept; older ones are dropped.
    static constexpr int MaxLines = 10000;
    // The lines of history shown first.
    static constexpr int TailLines = 1000;
    // A line longer than this is wrapped into several (a bounded block even without newlines).
    static constexpr int MaxLineLength = 16 * 1024;

    ContainerLogView(Engine *engine, const QString &containerId, const QString &containerName,
        QWidget *parent = nullptr);
    ~ContainerLogView() override;

    QString containerId() const { return m_containerId; }
    QString engineId() const { return m_engineId; }
    // Starts (again, from the last TailLines lines) following the log.
    void follow();
    // Stops following; the text stays.
    void stop();
    bool isFollowing() const { return !m_call.isNull(); }

    QString text() const;
    int lineCount() const;
    QString statusText() const;

Q_SIGNALS:
    // The stream ended: the container stopped (ok), Stop or close (Cancelled), or a failure.
    void ended(const Wharf::Result<void> &result);
    // New text was shown (tests wait on it).
    void textAppended();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    struct Pending
    {
        ContainerLogDecoder::Stream stream;
        QString text;
    };

    void onChunks(const QList<ContainerLogDecoder::Chunk> &chunks);
    void onEnded(const Result<void> &result);
    void flush();
    QString cleaned(ContainerLogDecoder::Stream stream, const QByteArray &bytes);
    void setStatus(const QString &text);
    void updateButtons();

    QPointer<Engine> m_engine;
    QString m_engineId;
    QString m_containerId;
    QString m_containerName;
    QLabel *m_status;
    QPlainTextEdit *m_text;
    QPushButton *m_followButton;
    QPushButton *m_stopButton;
    QPushButton *m_clearButton;
    QTimer *m_flushTimer;
    QPointer<EngineCall> m_call;
    quint64 m_generation = 0;
    // One decoder per stream: a UTF-8 sequence may be split between two chunks.
    QStringDecoder m_stdoutDecoder { QStringDecoder::Utf8 };
    QStringDecoder m_stderrDecoder { QStringDecoder::Utf8 };
    QStringDecoder m_systemDecoder { QStringDecoder::Utf8 };
    QList<Pending> m_pending;
    qsizetype m_pendingSize = 0;
    int m_lineLength = 0;
};

} // namespace Wharf
