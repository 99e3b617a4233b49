// SPDX-License-Identifier: Apache-2.0
// EngineClient over TLS with client certificates, as DOCKER_CERT_PATH sets them up (ca.pem,
// cert.pem, key.pem), against a local TLS server with certificates made by openssl.
#include "TestServices.h"
#include "MisbehavingEngineServer.h"
#include "engine/EngineClient.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <optional>

using namespace Qt::StringLiterals;

namespace Wharf::Test {

namespace {

template<typename T> struct Outcome
{
    std::optional<Result<T>> result;
    EngineClient::Callback<T> callback()
    {
        return [this](const Result<T> &r) { result = r; };
    }
    ErrorCode code() const
    {
        return result && !result->ok() ? result->error().code() : ErrorCode::None;
    }
    QString text() const
    {
        return result && !result->ok() ? result->error().toString() : QString();
    }
};

const QByteArray ImageList
    = R"([{"Id":"sha256:81d486669403ffc02871e20cc024e81cc3b99ec1452698c6656b2d5cb2c4085f","RepoTags":["localhost/test/busybox:1"],"Created":1795812197,"Size":1982305}])"_ba;

} // namespace

class tst_EngineTls : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void clientCertificatesAccepted();
    void unknownServerCertificateFails();
    void verificationOffAcceptsUnknownServer();
    void wrongHostNameFails();
    void unreadableKeyFails();
    void certificateWithoutKeyFails();

private:
    bool openssl(const QStringList &arguments);
    // A cert directory as the docker CLI expects it, with the chosen files from m_pki.
    QString certDirectory(const QStringList &files);
    std::unique_ptr<MisbehavingEngineServer> startServer(const QString &certName);

    QTemporaryDir m_pki;
    QList<std::shared_ptr<QTemporaryDir>> m_dirs;
};

bool tst_EngineTls::openssl(const QStringList &arguments)
{
    QProcess process;
    process.setWorkingDirectory(m_pki.path());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(u"openssl"_s, arguments);
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit
        || process.exitCode() != 0) {
        qWarning() << "openssl" << arguments << "failed:" << process.readAll();
        return false;
    }
    return true;
}

void tst_EngineTls::initTestCase()
{
    if (!QSslSocket::supportsSsl())
        WHARF_REQUIRE_SERVICE(u"Qt has no TLS backend here"_s);
    if (QStandardPaths::findExecutable(u"openssl"_s).isEmpty())
        WHARF_REQUIRE_SERVICE(u"openssl is not installed (Debian package openssl)"_s);
    QVERIFY(m_pki.isValid());
    const QStringList ec { u"-newkey"_s, u"ec"_s, u"-pkeyopt"_s, u"ec_paramgen_curve:prime256v1"_s,
        u"-nodes"_s };
    // A CA; a server certificate for 127.0.0.1 and one for another name; a client certificate (RSA,
    // the docker default, so both key types are read).
    QVERIFY(openssl(QStringList { u"req"_s, u"-x509"_s } + ec
        + QStringList { u"-keyout"_s, u"ca-key.pem"_s, u"-out"_s, u"ca.pem"_s, u"-days"_s, u"2"_s,
            u"-subj"_s, u"/CN=Wharf test CA"_s }));
    auto sign = [&](const QString &name, const QString &subject, const QString &extensions,
                    const QStringList &keyArgs) {
        QFile ext(m_pki.filePath(name + u".ext"_s));
        if (!ext.open(QIODevice::WriteOnly))
            return false;
        ext.write(extensions.toUtf8());
        ext.close();
        return openssl(QStringList { u"req"_s } + keyArgs
                   + QStringList { u"-keyout"_s, name + u"-key.pem"_s, u"-out"_s, name + u".csr"_s,
                       u"-subj"_s, subject })
            && openssl({ u"x509"_s, u"-req"_s, u"-in"_s, name + u".csr"_s, u"-CA"_s, u"ca.pem"_s,
                u"-CAkey"_s, u"ca-key.pem"_s, u"-CAcreateserial"_s, u"-out"_s,
                name + u"-cert.pem"_s, u"-days"_s, u"2"_s, u"-extfile"_s, name + u".ext"_s });
    };
    QVERIFY(sign(u"server"_s, u"/CN=127.0.0.1"_s,
        u"subjectAltName=IP:127.0.0.1\nextendedKeyUsage=serverAuth\n"_s, ec));
    QVERIFY(sign(u"othername"_s, u"/CN=engine.example.org"_s,
        u"subjectAltName=DNS:engine.example.org\nextendedKeyUsage=serverAuth\n"_s, ec));
    QVERIFY(sign(u"client"_s, u"/CN=wharf-client"_s, u"extendedKeyUsage=clientAuth\n"_s,
        { u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s }));
}

QString tst_EngineTls::certDirectory(const QStringList &files)
{
    auto dir = std::make_shared<QTemporaryDir>();
    m_dirs.append(dir);
    for (const QString &file : files) {
        const QString source = file == u"ca.pem"_s ? file
            : file == u"cert.pem"_s                ? u"client-cert.pem"_s
                                                   : u"client-key.pem"_s;
        QFile::copy(m_pki.filePath(source), dir->filePath(file));
    }
    return dir->path();
}

std::unique_ptr<MisbehavingEngineServer> tst_EngineTls::startServer(const QString &certName)
{
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificate(
        QSslCertificate::fromPath(m_pki.filePath(certName + u"-cert.pem"_s)).value(0));
    QFile keyFile(m_pki.filePath(certName + u"-key.pem"_s));
    if (!keyFile.open(QIODevice::ReadOnly))
        return nullptr;
    config.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec));
    config.setCaCertificates(QSslCertificate::fromPath(m_pki.filePath(u"ca.pem"_s)));
    // Like dockerd --tlsverify: only clients with a certificate from the CA get in.
    config.setPeerVerifyMode(QSslSocket::VerifyPeer);
    auto server = std::make_unique<MisbehavingEngineServer>();
    if (!server->listenTls(config))
        return nullptr;
    server->on("/images/json", MisbehavingEngineServer::reply(200, ImageList));
    return server;
}

void tst_EngineTls::clientCertificatesAccepted()
{
    auto server = startServer(u"server"_s);
    QVERIFY(server);
    EngineClient client(EngineEndpoint::tls(u"127.0.0.1"_s, server->endpoint().port(),
        certDirectory({ u"ca.pem"_s, u"cert.pem"_s, u"key.pem"_s }), true));
    Outcome<QList<ImageSummary>> outcome;
    client.listImages(this, outcome.callback());
    QTRY_VERIFY_WITH_TIMEOUT(outcome.result.has_value(), 20000);
    QVERIFY2(outcome.result->ok(), qPrintable(outcome.text()));
    QCOMPARE(outcome.result->value().size(), 1);
    QVERIFY(server->requests().first().contains("\r\nHost: 127.0.0.1:"));
}

void tst_EngineTls::unknownServerCertificateFails()
{
    auto server = startServer(u"server"_s);
    QVERIFY(server);
    // No ca.pem: the server's certificate cannot be verified.
    EngineClient client(EngineEndpoint::tls(u"127.0.0.1"_s, server->endpoint().port(),
        certDirectory({ u"cert.pem"_s, u"key.pem"_s }), true));
    Outcome<QList<ImageSummary>> outcome;
    client.listImages(this, outcome.callback());
    QTRY_VERIFY_WITH_TIMEOUT(outcome.result.has_value(), 20000);
    QCOMPARE(outcome.code(), ErrorCode::TlsFailed);
    QVERIFY2(outcome.result->error().details().contains(u"certificate"_s, Qt::CaseInsensitive),
        qPrintable(outcome.text()));
    QVERIFY2(outcome.result->error().message().contains(u"ca.pem"_s), qPrintable(outcome.text()));
    QVERIFY(server->requests().isEmpty());
}

void tst_EngineTls::verificationOffAcceptsUnknownServer()
{
    auto server = startServer(u"server"_s);
    QVERIFY(server);
    // DOCKER_CERT_PATH without DOCKER_TLS_VERIFY: encrypted, client certificate sent, server
    // unverified.
    const auto endpoint
        = EngineEndpoint::fromUrl(u"tcp://127.0.0.1:%1"_s.arg(server->endpoint().port()),
            certDirectory({ u"cert.pem"_s, u"key.pem"_s }), false);
    QVERIFY(endpoint.ok());
    QCOMPARE(endpoint->transport(), EngineEndpoint::Transport::Tls);
    EngineClient client(*endpoint);
    Outcome<QList<ImageSummary>> outcome;
    client.listImages(this, outcome.callback());
    QTRY_VERIFY_WITH_TIMEOUT(outcome.result.has_value(), 20000);
    QVERIFY2(outcome.result->ok(), qPrintable(outcome.text()));
}

void tst_EngineTls::wrongHostNameFails()
{
    auto server = startServer(u"othername"_s);
    QVERIFY(server);
    EngineClient client(EngineEndpoint::tls(u"127.0.0.1"_s, server->endpoint().port(),
        certDirectory({ u"ca.pem"_s, u"cert.pem"_s, u"key.pem"_s }), true));
    Outcome<QList<ImageSummary>> outcome;
    client.listImages(this, outcome.callback());
    QTRY_VERIFY_WITH_TIMEOUT(outcome.result.has_value(), 20000);
    QCOMPARE(outcome.code(), ErrorCode::TlsFailed);
}

void tst_EngineTls::unreadableKeyFails()
{
    const QString dir = certDirectory({ u"ca.pem"_s, u"cert.pem"_s });
    QFile key(QDir(dir).filePath(u"key.pem"_s));
    QVERIFY(key.open(QIODevice::WriteOnly));
    key.write("-----BEGIN PRIVATE KEY-----\nnot base64 at all\n-----END PRIVATE KEY-----\n");
    key.close();
    EngineClient client(EngineEndpoint::tls(u"127.0.0.1"_s, 1, dir, true));
    Outcome<PingInfo> outcome;
    client.ping(this, outcome.callback());
    QTRY_VERIFY_WITH_TIMEOUT(outcome.result.has_value(), 20000);
    QCOMPARE(outcome.code(), ErrorCode::TlsFailed);
    QVERIFY2(outcome.result->error().details().contains(u"key.pem"_s), qPrintable(outcome.text()));
}

void tst_EngineTls::certificateWithoutKeyFails()
{
    EngineClient client(EngineEndpoint::tls(
        u"127.0.0.1"_s, 1, certDirectory({ u"ca.pem"_s, u"cert.pem"_s }), true));
    Outcome<PingInfo> outcome;
    client.ping(this, outcome.callback());
    QTRY_VERIFY_WITH_TIMEOUT(outcome.result.has_value(), 20000);
    QCOMPARE(outcome.code(), ErrorCode::TlsFailed);
    QVERIFY2(outcome.result->error().details().contains(u"key.pem"_s), qPrintable(outcome.text()));
}

} // namespace Wharf::Test

QTEST_GUILESS_MAIN(Wharf::Test::tst_EngineTls)
#include "tst_enginetls.moc"
