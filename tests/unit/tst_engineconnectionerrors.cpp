// SPDX-License-Identifier: Apache-2.0
#include "engine/EngineConnectionErrors.h"

#include <QDir>
#include <QFile>
#include <QLocalServer>
#include <QTemporaryDir>
#include <QTest>
#include <cerrno>

using namespace Qt::StringLiterals;

namespace Wharf::Test {

using Failure = EngineConnectionErrors::Failure;
using Facts = EngineConnectionErrors::Facts;

class tst_EngineConnectionErrors : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toError_data();
    void toError();
    void permissionDeniedNamesTheGroup();
    void permissionDeniedWhenOnlyRootMayConnect();
    void failureFromErrno_data();
    void failureFromErrno();
    void failureFromSocketErrors();
    void probeSocketPath();
    void owningGroup();
};

void tst_EngineConnectionErrors::toError_data()
{
    QTest::addColumn<QString>("endpointUrl");
    QTest::addColumn<int>("failure");
    QTest::addColumn<int>("pathType");
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<int>("code");
    QTest::addColumn<QStringList>("mustMention");

    const QString unixUrl = u"unix:///run/user/1000/podman/podman.sock"_s;
    const QString path = u"/run/user/1000/podman/podman.sock"_s;
    const QString tcpUrl = u"tcp://engine.example.org:2375"_s;
    const int unknown = int(EngineConnectionErrors::PathType::Unknown);

    QTest::newRow("socket missing")
        << unixUrl << int(Failure::SocketMissing) << unknown << 0 << int(ErrorCode::SocketMissing)
        << QStringList { u"No engine socket at "_s + path, u"DOCKER_HOST"_s, u"systemctl"_s };
    QTest::newRow("regular file") << unixUrl << int(Failure::NotASocket)
                                  << int(EngineConnectionErrors::PathType::RegularFile) << 0
                                  << int(ErrorCode::NotASocket)
                                  << QStringList { path, u"regular file"_s,
                                         u"not an engine socket"_s };
    QTest::newRow("directory") << unixUrl << int(Failure::NotASocket)
                               << int(EngineConnectionErrors::PathType::Directory) << 0
                               << int(ErrorCode::NotASocket) << QStringList { u"directory"_s };
    QTest::newRow("refused, unix")
        << unixUrl << int(Failure::Refused) << unknown << 0 << int(ErrorCode::DaemonNotRunning)
        << QStringList { u"not running"_s, path, u"Start the engine"_s };
    QTest::newRow("refused, tcp") << tcpUrl << int(Failure::Refused) << unknown << 0
                                  << int(ErrorCode::DaemonNotRunning)
                                  << QStringList { tcpUrl, u"port"_s };
    QTest::newRow("timeout") << unixUrl << int(Failure::Timeout) << unknown << 2500
                             << int(ErrorCode::Timeout) << QStringList { path, u"2.5 seconds"_s };
    QTest::newRow("timeout, tcp") << tcpUrl << int(Failure::Timeout) << unknown << 10000
                                  << int(ErrorCode::Timeout)
                                  << QStringList { tcpUrl, u"10 seconds"_s };
    QTest::newRow("idle timeout") << tcpUrl << int(Failure::IdleTimeout) << unknown << 30000
                                  << int(ErrorCode::Timeout)
                                  << QStringList { tcpUrl, u"30 seconds"_s };
    QTest::newRow("host not found")
        << tcpUrl << int(Failure::HostNotFound) << unknown << 0 << int(ErrorCode::ConnectionFailed)
        << QStringList { u"engine.example.org"_s, u"cannot be found"_s };
    QTest::newRow("tls") << tcpUrl << int(Failure::Tls) << unknown << 0 << int(ErrorCode::TlsFailed)
                         << QStringList { u"TLS"_s, u"DOCKER_CERT_PATH"_s };
    QTest::newRow("other") << tcpUrl << int(Failure::Other) << unknown << 0
                           << int(ErrorCode::ConnectionFailed)
                           << QStringList { tcpUrl, u"network down"_s };
    QTest::newRow("access denied, tcp")
        << tcpUrl << int(Failure::AccessDenied) << unknown << 0 << int(ErrorCode::PermissionDenied)
        << QStringList { tcpUrl };
}

void tst_EngineConnectionErrors::toError()
{
    QFETCH(QString, endpointUrl);
    QFETCH(int, failure);
    QFETCH(int, pathType);
    QFETCH(int, timeoutMs);
    QFETCH(int, code);
    QFETCH(QStringList, mustMention);

    const auto endpoint = EngineEndpoint::fromUrl(endpointUrl);
    QVERIFY(endpoint.ok());
    Facts facts;
    facts.failure = Failure(failure);
    facts.pathType = EngineConnectionErrors::PathType(pathType);
    facts.timeoutMs = timeoutMs;
    facts.systemText = u"network down"_s;
    const Error error = EngineConnectionErrors::toError(*endpoint, facts);
    QCOMPARE(int(error.code()), code);
    for (const QString &text : mustMention)
        QVERIFY2(error.message().contains(text),
            qPrintable(u"missing \"%1\" in: %2"_s.arg(text, error.message())));
    QVERIFY(error.details().contains(u"network down"_s));
}

void tst_EngineConnectionErrors::permissionDeniedNamesTheGroup()
{
    Facts facts;
    facts.failure = Failure::AccessDenied;
    facts.sysErrno = EACCES;
    facts.systemText = u"QLocalSocket::connectToServer: Permission denied"_s;
    facts.socketGroup = u"docker"_s;
    const Error error = EngineConnectionErrors::toError(
        EngineEndpoint::unixSocket(u"/var/run/docker.sock"_s), facts);
    QCOMPARE(error.code(), ErrorCode::PermissionDenied);
    const QString message = error.message();
    QVERIFY2(message.contains(u"/var/run/docker.sock"_s), qPrintable(message));
    QVERIFY2(message.contains(u"\"docker\""_s), qPrintable(message));
    QVERIFY2(message.contains(u"equivalent to root access"_s), qPrintable(message));
    QVERIFY2(message.contains(u"sudo usermod -aG docker $USER"_s), qPrintable(message));
    QVERIFY2(message.contains(u"log in"_s), qPrintable(message));
    QVERIFY2(error.details().contains(u"errno %1"_s.arg(EACCES)), qPrintable(error.details()));
    QVERIFY2(error.details().contains(u"socket group docker"_s), qPrintable(error.details()));

    // Any group name: the one stat() found is the one to join.
    facts.socketGroup = u"podman-users"_s;
    const Error other = EngineConnectionErrors::toError(
        EngineEndpoint::unixSocket(u"/run/podman/podman.sock"_s), facts);
    QVERIFY2(other.message().contains(u"sudo usermod -aG podman-users $USER"_s),
        qPrintable(other.message()));
}

void tst_EngineConnectionErrors::permissionDeniedWhenOnlyRootMayConnect()
{
    Facts facts;
    facts.failure = Failure::AccessDenied;
    facts.sysErrno = EACCES;
    facts.socketGroup = u"root"_s;
    const Error error = EngineConnectionErrors::toError(
        EngineEndpoint::unixSocket(u"/run/podman/podman.sock"_s), facts);
    QCOMPARE(error.code(), ErrorCode::PermissionDenied);
    QVERIFY2(error.message().contains(u"only root"_s), qPrintable(error.message()));
    QVERIFY2(!error.message().contains(u"usermod"_s),
        qPrintable(error.message())); // never tell people to join root
    QVERIFY2(error.message().contains(u"podman.socket"_s), qPrintable(error.message()));

    facts.socketGroup.clear();
    const Error unknown
        = EngineConnectionErrors::toError(EngineEndpoint::unixSocket(u"/x.sock"_s), facts);
    QCOMPARE(unknown.code(), ErrorCode::PermissionDenied);
    QVERIFY(!unknown.message().contains(u"usermod"_s));
}

void tst_EngineConnectionErrors::failureFromErrno_data()
{
    QTest::addColumn<int>("sysErrno");
    QTest::addColumn<int>("failure");
    QTest::newRow("ENOENT") << ENOENT << int(Failure::SocketMissing);
    QTest::newRow("ENOTSOCK") << ENOTSOCK << int(Failure::NotASocket);
    QTest::newRow("EACCES") << EACCES << int(Failure::AccessDenied);
    QTest::newRow("EPERM") << EPERM << int(Failure::AccessDenied);
    QTest::newRow("ECONNREFUSED") << ECONNREFUSED << int(Failure::Refused);
    QTest::newRow("ETIMEDOUT") << ETIMEDOUT << int(Failure::Timeout);
    QTest::newRow("EIO") << EIO << int(Failure::Other);
    QTest::newRow("0") << 0 << int(Failure::Other);
}

void tst_EngineConnectionErrors::failureFromErrno()
{
    QFETCH(int, sysErrno);
    QFETCH(int, failure);
    QCOMPARE(int(EngineConnectionErrors::failureFromErrno(sysErrno)), failure);
}

void tst_EngineConnectionErrors::failureFromSocketErrors()
{
    QCOMPARE(EngineConnectionErrors::failureFromLocalSocketError(QLocalSocket::ServerNotFoundError),
        Failure::SocketMissing);
    QCOMPARE(EngineConnectionErrors::failureFromLocalSocketError(QLocalSocket::SocketAccessError),
        Failure::AccessDenied);
    QCOMPARE(
        EngineConnectionErrors::failureFromLocalSocketError(QLocalSocket::ConnectionRefusedError),
        Failure::Refused);
    QCOMPARE(EngineConnectionErrors::failureFromLocalSocketError(QLocalSocket::SocketTimeoutError),
        Failure::Timeout);
    QCOMPARE(EngineConnectionErrors::failureFromLocalSocketError(QLocalSocket::UnknownSocketError),
        Failure::Other);
    QCOMPARE(
        EngineConnectionErrors::failureFromSocketError(QAbstractSocket::ConnectionRefusedError),
        Failure::Refused);
    QCOMPARE(EngineConnectionErrors::failureFromSocketError(QAbstractSocket::HostNotFoundError),
        Failure::HostNotFound);
    QCOMPARE(EngineConnectionErrors::failureFromSocketError(QAbstractSocket::SocketTimeoutError),
        Failure::Timeout);
    QCOMPARE(
        EngineConnectionErrors::failureFromSocketError(QAbstractSocket::SslHandshakeFailedError),
        Failure::Tls);
    QCOMPARE(EngineConnectionErrors::failureFromSocketError(QAbstractSocket::NetworkError),
        Failure::Other);
}

void tst_EngineConnectionErrors::probeSocketPath()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QDir base(dir.path());

    const auto missing = EngineConnectionErrors::probeSocketPath(base.filePath(u"missing.sock"_s));
    QVERIFY(missing.has_value());
    QCOMPARE(missing->failure, Failure::SocketMissing);
    QCOMPARE(missing->sysErrno, ENOENT);

    const QString filePath = base.filePath(u"file.sock"_s);
    {
        QFile file(filePath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("not a socket");
    }
    const auto file = EngineConnectionErrors::probeSocketPath(filePath);
    QVERIFY(file.has_value());
    QCOMPARE(file->failure, Failure::NotASocket);
    QCOMPARE(file->pathType, EngineConnectionErrors::PathType::RegularFile);

    const auto directory = EngineConnectionErrors::probeSocketPath(dir.path());
    QVERIFY(directory.has_value());
    QCOMPARE(directory->failure, Failure::NotASocket);
    QCOMPARE(directory->pathType, EngineConnectionErrors::PathType::Directory);

    // A file used as a directory on the way: not "missing", just unusable.
    const auto throughFile = EngineConnectionErrors::probeSocketPath(filePath + u"/x.sock"_s);
    QVERIFY(throughFile.has_value());
    QCOMPARE(throughFile->failure, Failure::Other);

    QLocalServer server;
    const QString socketPath = base.filePath(u"real.sock"_s);
    QVERIFY(server.listen(socketPath));
    QVERIFY(!EngineConnectionErrors::probeSocketPath(socketPath).has_value());
}

void tst_EngineConnectionErrors::owningGroup()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = QDir(dir.path()).filePath(u"f"_s);
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    const QString group = EngineConnectionErrors::owningGroup(path);
    QVERIFY(!group.isEmpty());
    if (::getgid() == 0)
        QCOMPARE(group, u"root"_s);
    QVERIFY(EngineConnectionErrors::owningGroup(path + u".missing"_s).isEmpty());
}

} // namespace Wharf::Test

QTEST_GUILESS_MAIN(Wharf::Test::tst_EngineConnectionErrors)
#include "tst_engineconnectionerrors.moc"
