// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>

class QTimer;

namespace Wharf {

class EngineCall;
class EngineClient;

// Follows the output of a container that is about to exist: a launch opens a terminal whose
// `docker run` creates the container a moment later, so the logs are asked for again every
// half second until the engine knows the name (or `waitMilliseconds` pass), then streamed
// until the container stops. Used for the FUSE strategy, whose image says on its output
// whether it could mount CVMFS. Signals: output(chunk) for each piece as it arrives (stdout
// and stderr alike), then ended() once, also when the container never appeared. Nothing
// after stop() or from within follow().
class ContainerOutputFollower : public QObject
{
    Q_OBJECT

public:
    static constexpr int DefaultWaitMilliseconds = 60'000;

    explicit ContainerOutputFollower(QObject *parent = nullptr);
    ~ContainerOutputFollower() override;

    // `client` is not owned.
    void follow(EngineClient *client, const QString &containerName,
                int waitMilliseconds = DefaultWaitMilliseconds);
    void stop();

Q_SIGNALS:
    void output(const QByteArray &chunk);
    void ended();

private:
    void ask();
    void finish();

    QPointer<EngineClient> m_client;
    QString m_name;
    QTimer *m_retry;
    qint64 m_deadline = 0;
    bool m_receivedAny = false;
    bool m_active = false;
    QPointer<EngineCall> m_call;
};

} // namespace Wharf
