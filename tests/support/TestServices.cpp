// SPDX-License-Identifier: Apache-2.0
#include "TestServices.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QScopeGuard>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QStringList>
#include <QTest>
#include <QUrlQuery>

#include <cerrno>
#include <sys/mount.h>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace Wharf::Test {

namespace {

QString startHint(const QString &directory)
{
    const QString dir = directory.isEmpty() ? u"/tmp/wharf-test-NAME"_s : directory;
    return u"Start the test services with `bash tests/support/services.sh start %1` (as root; "
           "ctest does it through the services.start fixture), then export "
           "WHARF_TEST_RUNTIME_DIR=%1."_s.arg(dir);
}

QString notConfigured()
{
    return u"WHARF_TEST_RUNTIME_DIR is not set, so there are no test services. "_s + startHint({});
}

// Empty when `path` is a unix socket, else why not.
QString socketMissingReason(const QString &service, const QString &fileName)
{
    const QString directory = TestServices::runtimeDirectory();
    if (directory.isEmpty())
        return notConfigured();
    const QString path = directory + u'/' + fileName;
    struct stat status {};
    if (::stat(QFile::encodeName(path).constData(), &status) != 0)
        return u"No %1 for the tests: %2 does not exist. "_s.arg(service, path) + startHint(directory);
    if (!S_ISSOCK(status.st_mode))
        return u"No %1 for the tests: %2 exists but is not a unix socket. Stop and restart the "
               "services: `bash tests/support/services.sh stop %3`, then start."_s.arg(service, path, directory);
    return {};
}

QString readTrimmed(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).trimmed();
}

// DIR/NAME trimmed, or empty (also when there is no runtime directory).
QString readRuntimeFile(const QString &name)
{
    const QString directory = TestServices::runtimeDirectory();
    if (directory.isEmpty())
        return {};
    return readTrimmed(directory + u'/' + name);
}

// Empty when each of DIR/NAME exists and is not empty, else why not.
QString filesMissingReason(const QString &service, const QStringList &names)
{
    const QString directory = TestServices::runtimeDirectory();
    if (directory.isEmpty())
        return notConfigured();
    for (const QString &name : names) {
        const QString path = directory + u'/' + name;
        if (!QFileInfo::exists(path))
            return u"No %1 for the tests: %2 does not exist. "_s.arg(service, path) + startHint(directory);
        if (readTrimmed(path).isEmpty())
            return u"No %1 for the tests: %2 is empty or unreadable (it is root's: run the tests as "
                   "root, like the fixture). "_s.arg(service, path) + startHint(directory);
    }
    return {};
}

QUrl tokenServerUrl(const QString &path)
{
    const QString address = TestServices::tokenServerAddress();
    if (address.isEmpty())
        return {};
    return QUrl(u"http://"_s + address + path);
}

} // namespace

QString TestServices::runtimeDirectory()
{
    const QString directory = qEnvironmentVariable("WHARF_TEST_RUNTIME_DIR");
    if (directory.isEmpty())
        return {};
    QString cleaned = QFileInfo(directory).absoluteFilePath();
    while (cleaned.size() > 1 && cleaned.endsWith(u'/'))
        cleaned.chop(1);
    return cleaned;
}

EngineEndpoint TestServices::dockerEndpoint()
{
    const QString directory = runtimeDirectory();
    if (directory.isEmpty())
        return {};
    return EngineEndpoint::unixSocket(directory + u"/docker.sock"_s);
}

EngineEndpoint TestServices::podmanEndpoint()
{
    const QString directory = runtimeDirectory();
    if (directory.isEmpty())
        return {};
    return EngineEndpoint::unixSocket(directory + u"/podman.sock"_s);
}

QString TestServices::registryAddress()
{
    const QString directory = runtimeDirectory();
    if (directory.isEmpty())
        return {};
    return readTrimmed(directory + u"/registry.address"_s);
}

QStringList TestServices::seededImages()
{
    const QString directory = runtimeDirectory();
    if (directory.isEmpty())
        return {};
    QStringList images;
    const QStringList lines = readTrimmed(directory + u"/seeded-images"_s).split(u'\n');
    for (const QString &line : lines) {
        const QString image = line.trimmed();
        if (!image.isEmpty())
            images.append(image);
    }
    return images;
}

QString TestServices::basicRegistryAddress()
{
    return readRuntimeFile(u"registry-basic.address"_s);
}

QString TestServices::tokenRegistryAddress()
{
    return readRuntimeFile(u"registry-token.address"_s);
}

QString TestServices::tokenServerAddress()
{
    return readRuntimeFile(u"token-server.address"_s);
}

QString TestServices::tlsRegistryAddress()
{
    return readRuntimeFile(u"registry-tls.address"_s);
}

QString TestServices::tlsRegistryCaFile()
{
    const QString directory = runtimeDirectory();
    if (directory.isEmpty())
        return {};
    const QString path = directory + u"/registry-tls/ca.pem"_s;
    return QFileInfo::exists(path) ? path : QString();
}

QString TestServices::registryUser()
{
    return readRuntimeFile(u"registry-user"_s);
}

QString TestServices::registryPassword()
{
    return readRuntimeFile(u"registry-password"_s);
}

QString TestServices::tokenService()
{
    return u"wharf-test-registry"_s;
}

QUrl TestServices::tokenRealm()
{
    return tokenServerUrl(u"/token"_s);
}

QString TestServices::manyRepository(int index)
{
    return u"many/repo-%1"_s.arg(index, 4, 10, QChar(u'0'));
}

QString TestServices::manyTag(int index)
{
    return u"t-%1"_s.arg(index, 3, 10, QChar(u'0'));
}

QJsonObject TestServices::registrySeed()
{
    const QString directory = runtimeDirectory();
    if (directory.isEmpty())
        return {};
    QFile file(directory + u"/registry-seed.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QJsonObject TestServices::tokenServerStats()
{
    const QUrl url = tokenServerUrl(u"/stats"_s);
    if (url.isEmpty())
        return {};
    const HttpReply reply = http("GET"_ba, url);
    if (reply.status != 200)
        return {};
    return QJsonDocument::fromJson(reply.body).object();
}

int TestServices::tokenServerIssuedCount()
{
    const QJsonObject stats = tokenServerStats();
    const QJsonValue issued = stats.value(u"issued"_s);
    return issued.isDouble() ? issued.toInt() : -1;
}

bool TestServices::resetTokenServerStats()
{
    const QUrl url = tokenServerUrl(u"/stats/reset"_s);
    return !url.isEmpty() && http("POST"_ba, url).status == 200;
}

bool TestServices::setTokenLifetime(int seconds)
{
    const QUrl url = tokenServerUrl(u"/settings"_s);
    if (url.isEmpty())
        return false;
    const QByteArray body = QJsonDocument(QJsonObject{{u"expires_in"_s, seconds}}).toJson(QJsonDocument::Compact);
    return http("POST"_ba, url, {{"Content-Type"_ba, "application/json"_ba}}, body).status == 200;
}

QString TestServices::issueRefreshToken()
{
    const QUrl url = tokenServerUrl(u"/token"_s);
    if (url.isEmpty())
        return {};
    QUrlQuery form;
    form.addQueryItem(u"grant_type"_s, u"password"_s);
    form.addQueryItem(u"access_type"_s, u"offline"_s);
    form.addQueryItem(u"client_id"_s, u"wharf-tests"_s);
    form.addQueryItem(u"username"_s, QString::fromUtf8(QUrl::toPercentEncoding(registryUser())));
    form.addQueryItem(u"password"_s, QString::fromUtf8(QUrl::toPercentEncoding(registryPassword())));
    form.addQueryItem(u"scope"_s, QString::fromUtf8(QUrl::toPercentEncoding(u"registry:catalog:*"_s)));
    const HttpReply reply = http("POST"_ba, url, {{"Content-Type"_ba, "application/x-www-form-urlencoded"_ba}},
                                 form.query(QUrl::FullyEncoded).toUtf8());
    if (reply.status != 200)
        return {};
    return QJsonDocument::fromJson(reply.body).object().value(u"refresh_token"_s).toString();
}

QString TestServices::dockerMissingReason()
{
    return socketMissingReason(u"Docker daemon"_s, u"docker.sock"_s);
}

QString TestServices::podmanMissingReason()
{
    return socketMissingReason(u"Podman API service"_s, u"podman.sock"_s);
}

QString TestServices::registryMissingReason()
{
    const QString directory = runtimeDirectory();
    if (directory.isEmpty())
        return notConfigured();
    const QString path = directory + u"/registry.address"_s;
    if (!QFileInfo::exists(path))
        return u"No registry for the tests: %1 does not exist. "_s.arg(path) + startHint(directory);
    if (registryAddress().isEmpty())
        return u"No registry for the tests: %1 is empty. "_s.arg(path) + startHint(directory);
    return {};
}

QString TestServices::basicRegistryMissingReason()
{
    return filesMissingReason(u"Basic-auth registry"_s,
                              {u"registry-basic.address"_s, u"registry-user"_s, u"registry-password"_s});
}

QString TestServices::tokenRegistryMissingReason()
{
    return filesMissingReason(u"token-auth registry"_s,
                              {u"registry-token.address"_s, u"token-server.address"_s,
                               u"registry-user"_s, u"registry-password"_s});
}

QString TestServices::tlsRegistryMissingReason()
{
    return filesMissingReason(u"TLS registry"_s, {u"registry-tls.address"_s, u"registry-tls/ca.pem"_s});
}

bool TestServices::inCi()
{
    const QString ci = qEnvironmentVariable("CI").trimmed();
    return ci.compare(u"true"_s, Qt::CaseInsensitive) == 0 || ci == u"1"_s;
}

QByteArray TestServices::HttpReply::header(const QByteArray &name) const
{
    const QByteArrayList values = headerValues(name);
    return values.isEmpty() ? QByteArray() : values.first();
}

QByteArrayList TestServices::HttpReply::headerValues(const QByteArray &name) const
{
    QByteArrayList values;
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            values.append(value);
    }
    return values;
}

TestServices::HttpReply TestServices::http(const QByteArray &verb, const QUrl &url, const Headers &headers,
                                           const QByteArray &body, const QString &caFile, int timeoutMs)
{
    HttpReply result;
    QNetworkAccessManager manager;
    manager.setProxy(QNetworkProxy::NoProxy);
    manager.setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    manager.setAutoDeleteReplies(false);
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::AuthenticationReuseAttribute, QNetworkRequest::Manual);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    if (!caFile.isEmpty()) {
        const QList<QSslCertificate> authorities = QSslCertificate::fromPath(caFile);
        if (authorities.isEmpty()) {
            result.error = u"no PEM certificate in %1"_s.arg(caFile);
            return result;
        }
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(authorities);
        request.setSslConfiguration(tls);
    }
    QNetworkReply *reply = nullptr;
    if (verb == "GET")
        reply = manager.get(request);
    else if (verb == "HEAD")
        reply = manager.head(request);
    else
        reply = manager.sendCustomRequest(request, verb, body);
    auto release = qScopeGuard([reply] { delete reply; });
    if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, timeoutMs)) {
        reply->abort();
        result.error = u"no reply from %1 within %2 ms"_s.arg(url.toString()).arg(timeoutMs);
        return result;
    }
    const QVariant status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (status.isValid()) {
        result.status = status.toInt();
        result.body = reply->readAll();
        result.headers = reply->rawHeaderPairs();
    } else {
        result.error = reply->errorString();
    }
    return result;
}

QByteArray TestServices::basicAuthorization(const QString &user, const QString &password)
{
    return "Basic "_ba + (user + u':' + password).toUtf8().toBase64();
}

QStringList TestServices::engineCli(EngineKind engine)
{
    const QString url = endpoint(engine).toUrl();
    switch (engine) {
    case EngineKind::Docker: return {u"docker"_s, u"--host"_s, url};
    case EngineKind::Podman: return {u"podman"_s, u"--remote"_s, u"--url"_s, url};
    }
    return {};
}

EngineEndpoint TestServices::endpoint(EngineKind engine)
{
    return engine == EngineKind::Docker ? dockerEndpoint() : podmanEndpoint();
}

QString TestServices::engineMissingReason(EngineKind engine)
{
    return engine == EngineKind::Docker ? dockerMissingReason() : podmanMissingReason();
}

QString TestServices::busyboxImage()
{
    const QStringList images = seededImages();
    for (const QString &image : images) {
        if (image.contains(u"busybox"_s))
            return image;
    }
    return u"localhost/test/busybox:1"_s;
}

QString TestServices::ProcessOutcome::describe() const
{
    const QString words = QString::fromLocal8Bit(err.isEmpty() ? out : err).trimmed();
    if (!error.isEmpty())
        return error + u": "_s + words;
    return u"exit %1: %2"_s.arg(exitCode).arg(words);
}

TestServices::ProcessOutcome TestServices::run(const QString &program, const QStringList &arguments, int timeoutMs,
                                               const QByteArray &input)
{
    ProcessOutcome outcome;
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(10000)) {
        outcome.error = u"%1 did not start: %2"_s.arg(program, process.errorString());
        return outcome;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished(5000);
        outcome.error = u"%1 did not end within %2 ms"_s.arg(program).arg(timeoutMs);
    } else if (process.exitStatus() == QProcess::CrashExit) {
        outcome.error = u"%1 crashed"_s.arg(program);
    }
    outcome.exitCode = process.exitCode();
    outcome.out = process.readAllStandardOutput();
    outcome.err = process.readAllStandardError();
    return outcome;
}

TestServices::ProcessOutcome TestServices::runEngineCli(EngineKind engine, const QStringList &arguments, int timeoutMs)
{
    const QStringList cli = engineCli(engine);
    return run(cli.first(), cli.mid(1) + arguments, timeoutMs);
}

QString TestServices::makeSharedMount(const QString &directory)
{
    const QByteArray path = QFile::encodeName(directory);
    if (::mount(path.constData(), path.constData(), nullptr, MS_BIND, nullptr) != 0)
        return u"cannot bind-mount %1 onto itself: %2 (the test must run as root)"_s.arg(directory, qt_error_string(errno));
    if (::mount(nullptr, path.constData(), nullptr, MS_SHARED | MS_REC, nullptr) != 0) {
        const QString reason = qt_error_string(errno);
        ::umount2(path.constData(), MNT_DETACH);
        return u"cannot make %1 a shared mount: %2"_s.arg(directory, reason);
    }
    return {};
}

void TestServices::unmountTree(const QString &directory)
{
    // MNT_DETACH takes the mounts below with it; repeat for mounts stacked on the same point.
    const QByteArray path = QFile::encodeName(directory);
    for (int i = 0; i < 16 && ::umount2(path.constData(), MNT_DETACH) == 0; ++i) {
    }
}

} // namespace Wharf::Test
