// SPDX-License-Identifier: Apache-2.0
#include "engine/EngineEndpoint.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace Wharf::Test {

class tst_EngineEndpoint : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fromUrl_data();
    void fromUrl();
    void unsupportedSchemesSayWhatToDo_data();
    void unsupportedSchemesSayWhatToDo();
    void toUrl_data();
    void toUrl();
    void isValid();
    void identityResolvesSymlinks();
    void identityOfTcp();
};

void tst_EngineEndpoint::fromUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("certDirectory");
    QTest::addColumn<bool>("tlsVerify");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("transport");
    QTest::addColumn<QString>("socketPath");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<bool>("verifyPeer");

    const int unixT = int(EngineEndpoint::Transport::Unix);
    const int tcpT = int(EngineEndpoint::Transport::Tcp);
    const int tlsT = int(EngineEndpoint::Transport::Tls);
    const QString none;

    QTest::newRow("unix") << u"unix:///var/run/docker.sock"_s << none << false << true << unixT
                          << u"/var/run/docker.sock"_s << none << 0 << true;
    QTest::newRow("unix, upper-case scheme")
        << u"UNIX:///run/podman/podman.sock"_s << none << false << true << unixT
        << u"/run/podman/podman.sock"_s << none << 0 << true;
    QTest::newRow("unix, cleaned")
        << u"unix:///run//user/1000/../1000/podman/podman.sock"_s << none << false << true << unixT
        << u"/run/user/1000/podman/podman.sock"_s << none << 0 << true;
    QTest::newRow("unix, surrounding blanks")
        << u"  unix:///tmp/d.sock\n"_s << none << false << true << unixT << u"/tmp/d.sock"_s << none
        << 0 << true;
    QTest::newRow("bare absolute path") << u"/var/run/docker.sock"_s << none << false << true
                                        << unixT << u"/var/run/docker.sock"_s << none << 0 << true;
    QTest::newRow("tcp") << u"tcp://127.0.0.1:2375"_s << none << false << true << tcpT << none
                         << u"127.0.0.1"_s << 2375 << true;
    QTest::newRow("tcp, name") << u"tcp://docker.example.org:12375"_s << none << false << true
                               << tcpT << none << u"docker.example.org"_s << 12375 << true;
    QTest::newRow("tcp, default port") << u"tcp://engine"_s << none << false << true << tcpT << none
                                       << u"engine"_s << 2375 << true;
    QTest::newRow("tcp, trailing slash") << u"tcp://engine:2375/"_s << none << false << true << tcpT
                                         << none << u"engine"_s << 2375 << true;
    QTest::newRow("tcp, IPv6") << u"tcp://[::1]:2375"_s << none << false << true << tcpT << none
                               << u"::1"_s << 2375 << true;
    QTest::newRow("tcp + tlsVerify") << u"tcp://engine:2376"_s << none << true << true << tlsT
                                     << none << u"engine"_s << 2376 << true;
    QTest::newRow("tcp + tlsVerify, default port")
        << u"tcp://engine"_s << none << true << true << tlsT << none << u"engine"_s << 2376 << true;
    QTest::newRow("tcp + cert directory") << u"tcp://engine:2376"_s << u"/home/u/.docker"_s << false
                                          << true << tlsT << none << u"engine"_s << 2376 << false;
    QTest::newRow("tcp + both") << u"tcp://engine:2376"_s << u"/certs"_s << true << true << tlsT
                                << none << u"engine"_s << 2376 << true;
    QTest::newRow("http") << u"http://engine:2375"_s << none << false << true << tcpT << none
                          << u"engine"_s << 2375 << true;
    QTest::newRow("http, default port")
        << u"http://engine"_s << none << false << true << tcpT << none << u"engine"_s << 80 << true;
    QTest::newRow("https") << u"https://engine:2376"_s << none << false << true << tlsT << none
                           << u"engine"_s << 2376 << true;
    QTest::newRow("https, default port") << u"https://engine"_s << none << false << true << tlsT
                                         << none << u"engine"_s << 443 << true;
    QTest::newRow("unix ignores TLS settings")
        << u"unix:///tmp/x.sock"_s << u"/certs"_s << true << true << unixT << u"/tmp/x.sock"_s
        << none << 0 << true;

    // Malformed.
    QTest::newRow("empty") << QString() << none << false << false << 0 << none << none << 0 << true;
    QTest::newRow("blank") << u"   "_s << none << false << false << 0 << none << none << 0 << true;
    QTest::newRow("no scheme") << u"localhost:2375"_s << none << false << false << 0 << none << none
                               << 0 << true;
    QTest::newRow("relative path")
        << u"docker.sock"_s << none << false << false << 0 << none << none << 0 << true;
    QTest::newRow("unix, relative")
        << u"unix://docker.sock"_s << none << false << false << 0 << none << none << 0 << true;
    QTest::newRow("unix, empty") << u"unix://"_s << none << false << false << 0 << none << none << 0
                                 << true;
    QTest::newRow("unix, query") << u"unix:///tmp/d.sock?x=1"_s << none << false << false << 0
                                 << none << none << 0 << true;
    QTest::newRow("unix, path too long") << (u"unix:///"_s + QString(120, u'a')) << none << false
                                         << false << 0 << none << none << 0 << true;
    QTest::newRow("tcp, no host") << u"tcp://:2375"_s << none << false << false << 0 << none << none
                                  << 0 << true;
    QTest::newRow("tcp, empty") << u"tcp://"_s << none << false << false << 0 << none << none << 0
                                << true;
    QTest::newRow("tcp, port not a number")
        << u"tcp://engine:abc"_s << none << false << false << 0 << none << none << 0 << true;
    QTest::newRow("tcp, port too big")
        << u"tcp://engine:70000"_s << none << false << false << 0 << none << none << 0 << true;
    QTest::newRow("tcp, port zero")
        << u"tcp://engine:0"_s << none << false << false << 0 << none << none << 0 << true;
    QTest::newRow("tcp, path") << u"tcp://engine:2375/v1.41"_s << none << false << false << 0
                               << none << none << 0 << true;
    QTest::newRow("tcp, user info") << u"tcp://me:secret@engine:2375"_s << none << false << false
                                    << 0 << none << none << 0 << true;
    QTest::newRow("tcp, bad IPv6")
        << u"tcp://[::1:2375"_s << none << false << false << 0 << none << none << 0 << true;
    QTest::newRow("tcp, space in host")
        << u"tcp://en gine:2375"_s << none << false << false << 0 << none << none << 0 << true;
    QTest::newRow("unknown scheme")
        << u"ftp://engine"_s << none << false << false << 0 << none << none << 0 << true;
    QTest::newRow("scheme only") << u"://"_s << none << false << false << 0 << none << none << 0
                                 << true;
    QTest::newRow("NUL") << QString::fromUtf8("tcp://eng\0ine:1", 16) << none << false << false << 0
                         << none << none << 0 << true;
}

void tst_EngineEndpoint::fromUrl()
{
    QFETCH(QString, url);
    QFETCH(QString, certDirectory);
    QFETCH(bool, tlsVerify);
    QFETCH(bool, ok);
    QFETCH(int, transport);
    QFETCH(QString, socketPath);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(bool, verifyPeer);

    const Result<EngineEndpoint> result = EngineEndpoint::fromUrl(url, certDirectory, tlsVerify);
    QCOMPARE(result.ok(), ok);
    if (!ok) {
        QCOMPARE(result.error().code(), ErrorCode::InvalidConfiguration);
        QVERIFY(!result.error().message().isEmpty());
        return;
    }
    const EngineEndpoint &endpoint = result.value();
    QVERIFY(endpoint.isValid());
    QCOMPARE(int(endpoint.transport()), transport);
    QCOMPARE(endpoint.socketPath(), socketPath);
    QCOMPARE(endpoint.host(), host);
    QCOMPARE(int(endpoint.port()), port);
    if (endpoint.transport() == EngineEndpoint::Transport::Tls) {
        QCOMPARE(endpoint.verifyPeer(), verifyPeer);
        QCOMPARE(endpoint.certDirectory(), certDirectory);
    }
    // What toUrl() writes reads back as the same place.
    const Result<EngineEndpoint> again
        = EngineEndpoint::fromUrl(endpoint.toUrl(), endpoint.certDirectory(),
            endpoint.verifyPeer() && endpoint.transport() == EngineEndpoint::Transport::Tls);
    QVERIFY(again.ok());
    QCOMPARE(again->identity(), endpoint.identity());
}

void tst_EngineEndpoint::unsupportedSchemesSayWhatToDo_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("mustMention");
    QTest::newRow("ssh") << u"ssh://me@build.example.org"_s << u"ssh -nNT -L"_s;
    QTest::newRow("ssh, upper case") << u"SSH://me@host:22"_s << u"unix://"_s;
    QTest::newRow("npipe") << u"npipe:////./pipe/docker_engine"_s << u"Windows"_s;
    QTest::newRow("fd") << u"fd://"_s << u"socket"_s;
}

void tst_EngineEndpoint::unsupportedSchemesSayWhatToDo()
{
    QFETCH(QString, url);
    QFETCH(QString, mustMention);
    const Result<EngineEndpoint> result = EngineEndpoint::fromUrl(url);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code(), ErrorCode::InvalidConfiguration);
    QVERIFY2(result.error().message().contains(u"Wharf cannot"_s)
            || result.error().message().contains(u"only"_s),
        qPrintable(result.error().message()));
    QVERIFY2(result.error().message().contains(mustMention), qPrintable(result.error().message()));
    QCOMPARE(result.error().details(), url);
}

void tst_EngineEndpoint::toUrl_data()
{
    QTest::addColumn<EngineEndpoint>("endpoint");
    QTest::addColumn<QString>("url");
    QTest::newRow("unix") << EngineEndpoint::unixSocket(u"/run/podman/podman.sock"_s)
                          << u"unix:///run/podman/podman.sock"_s;
    QTest::newRow("tcp") << EngineEndpoint::tcp(u"host"_s, 2375) << u"tcp://host:2375"_s;
    QTest::newRow("tls") << EngineEndpoint::tls(u"host"_s, 2376, u"/certs"_s)
                         << u"tcp://host:2376"_s;
    QTest::newRow("IPv6") << EngineEndpoint::tcp(u"::1"_s, 2375) << u"tcp://[::1]:2375"_s;
}

void tst_EngineEndpoint::toUrl()
{
    QFETCH(EngineEndpoint, endpoint);
    QFETCH(QString, url);
    QCOMPARE(endpoint.toUrl(), url);
}

void tst_EngineEndpoint::isValid()
{
    QVERIFY(!EngineEndpoint().isValid());
    QVERIFY(!EngineEndpoint::unixSocket(QString()).isValid());
    QVERIFY(!EngineEndpoint::tcp(u"host"_s, 0).isValid());
    QVERIFY(!EngineEndpoint::tcp(QString(), 2375).isValid());
    QVERIFY(EngineEndpoint::tcp(u"host"_s, 2375).isValid());
    QVERIFY(EngineEndpoint::tls(u"host"_s, 2376, QString()).isValid());
    QVERIFY(EngineEndpoint::unixSocket(u"/x.sock"_s).isValid());
}

void tst_EngineEndpoint::identityResolvesSymlinks()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString real = QDir(dir.path()).filePath(u"run"_s);
    QVERIFY(QDir().mkpath(real));
    const QString socket = real + u"/docker.sock"_s;
    {
        QFile file(socket);
        QVERIFY(file.open(QIODevice::WriteOnly));
    }
    // /var/run -> /run, the usual way one socket is found under two names.
    const QString linkedDir = QDir(dir.path()).filePath(u"var-run"_s);
    QVERIFY(QFile::link(real, linkedDir));
    const QString linkedSocket = QDir(dir.path()).filePath(u"alias.sock"_s);
    QVERIFY(QFile::link(socket, linkedSocket));

    const QString canonical = QFileInfo(socket).canonicalFilePath();
    const EngineEndpoint direct = EngineEndpoint::unixSocket(socket);
    const EngineEndpoint viaDir = EngineEndpoint::unixSocket(linkedDir + u"/docker.sock"_s);
    const EngineEndpoint viaLink = EngineEndpoint::unixSocket(linkedSocket);
    const EngineEndpoint uncleaned = EngineEndpoint::unixSocket(real + u"/../run//docker.sock"_s);
    QCOMPARE(direct.identity(), u"unix://"_s + canonical);
    QCOMPARE(viaDir.identity(), direct.identity());
    QCOMPARE(viaLink.identity(), direct.identity());
    QCOMPARE(uncleaned.identity(), direct.identity());
    QVERIFY(viaLink.socketPath() != direct.socketPath()); // only the identity is canonical

    // A path that does not exist (yet) keeps its cleaned form.
    const EngineEndpoint missing
        = EngineEndpoint::unixSocket(u"/nonexistent-wharf//run/../run/x.sock"_s);
    QCOMPARE(missing.identity(), u"unix:///nonexistent-wharf/run/x.sock"_s);
    QVERIFY(missing.identity() != direct.identity());
}

void tst_EngineEndpoint::identityOfTcp()
{
    QCOMPARE(EngineEndpoint::tcp(u"Engine.Example.org"_s, 2375).identity(),
        EngineEndpoint::tcp(u"engine.example.org"_s, 2375).identity());
    QVERIFY(EngineEndpoint::tcp(u"engine"_s, 2375).identity()
        != EngineEndpoint::tcp(u"engine"_s, 2376).identity());
    QVERIFY(EngineEndpoint::tcp(u"engine"_s, 2375).identity()
        != EngineEndpoint::unixSocket(u"/engine"_s).identity());
}

} // namespace Wharf::Test

QTEST_APPLESS_MAIN(Wharf::Test::tst_EngineEndpoint)
#include "tst_engineendpoint.moc"
