// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "EngineEndpoint.h"
#include "base/Error.h"

#include <QObject>
#include <QPointer>
#include <QProcessEnvironment>
#include <QStringList>

class QProcess;
class QTimer;

namespace Wharf {

class EngineCall;
class EngineClient;

// When no engine answers but podman is installed, Wharf runs `podman system service` on a
// private socket itself, uses it, and stops it on exit. The service dies with Wharf even if
// Wharf crashes (parent-death signal), so it never lingers.
class EmbeddedPodmanService : public QObject
{
    Q_OBJECT

public:
    struct Options
    {
        QString program = QStringLiteral("podman");
        QStringList globalArguments;   // before "system service": --root, --runroot in tests
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        QString socketPath;            // empty: defaultSocketPath()
        int startTimeoutMs = 20000;
    };

    explicit EmbeddedPodmanService(Options options, QObject *parent = nullptr);
    ~EmbeddedPodmanService() override;

    // $XDG_RUNTIME_DIR/wharf/podman.sock (Qt's runtime location when the variable is unset).
    static QString defaultSocketPath();
    // Whether the podman program can be found on the PATH.
    static bool isAvailable(const QString &program = QStringLiteral("podman"));

    // Starts the service; emits started() once its socket answers, or failed().
    void start();
    // Asks the service to exit (SIGTERM); does not wait for it.
    void stop();

    EngineEndpoint endpoint() const;
    bool isRunning() const;
    const Options &options() const { return m_options; }

Q_SIGNALS:
    void started();
    void failed(const Wharf::Error &error);

private:
    // The program on the PATH (on the host's, from a Flatpak), or empty.
    static QString findProgram(const QString &program);
    void poll();
    void fail(const Error &error);

    Options m_options;
    QProcess *m_process = nullptr;
    QTimer *m_pollTimer = nullptr;
    EngineClient *m_client = nullptr;
    QPointer<EngineCall> m_pingCall;
    qint64 m_startedAtMs = 0;
    bool m_reported = false;
    QByteArray m_stderrTail;
};

} // namespace Wharf
