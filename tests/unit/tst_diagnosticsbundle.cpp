// SPDX-License-Identifier: Apache-2.0
// DiagnosticsBundle: the bundle holds what it promises, and not one of the secrets planted
// in its inputs (settings, check evidence, fix commands, engine lines, log lines, exact
// secrets of both redactors) survives. The check is done the way a suspicious user would
// do it: extract with the real tar, then grep -r the tree and zgrep the archive.
#include "ArchiveFixtures.h"

#include "archive/TarGzReader.h"
#include "diagnostics/DiagnosticsBundle.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace Wharf;
using namespace Wharf::Test;

namespace {

// What is planted. Every one of them must be gone from the bundle.
const QString SettingsPassword = u"Settings Pa55word, 7731"_s;            // spaces and a comma
const QString SettingsAuth = u"YWxpY2U6U2V0dGluZ3NBdXRoWFla"_s;        // base64, no pattern knows it
const QString SettingsDirectToken = u"raw token, value-5150"_s;          // a pair not from readSettings
const QString NestedPassword = u"Nested-Map-Secret-99"_s;                // inside a map value
const QString JwtHeader = u"eyJhbGciOiJIUzI1NiJ9"_s;
const QString JwtPayload = u"eyJzdWIiOiJwbGFudGVkLWp3dCJ9"_s;
const QString JwtSignature = u"UGxhbnRlZFNpZ25hdHVyZTAx"_s;
const QString Jwt = JwtHeader + u'.' + JwtPayload + u'.' + JwtSignature;
const QString GitlabToken = u"glpat-PlantedGitLab0123456789"_s;
const QString UrlPassword = u"Url-Pa55-Planted"_s;
const QString ExactSecret = u"exact_s3cret*value"_s;                    // Markdown specials inside
const QString ReportOnlySecret = u"report-only-secret-4242"_s;          // known to the report's redactor only
const QString HostToken = u"HostToken6060"_s;                           // where the report redacts nothing

QStringList plantedSecrets()
{
    return {SettingsPassword, u"Pa55word"_s,   u"7731"_s,      SettingsDirectToken, u"value-5150"_s,
            SettingsAuth,     NestedPassword,  Jwt,            JwtPayload,          JwtSignature,
            GitlabToken,      u"PlantedGitLab0123456789"_s,    UrlPassword,         ExactSecret,
            u"exact\\_s3cret"_s, u"s3cret\\*value"_s, ReportOnlySecret,   HostToken};
}

// Text that must stay: the bundle is useless without the context around the secrets.
QStringList keptContext()
{
    return {u"registries/gitlab/username = alice"_s,
            u"registries/gitlab/password = [REDACTED]"_s,
            u"ui/language = de"_s,
            u"Authorization:"_s,
            u"Registry login"_s,
            u"gitlab-registry.cern.ch"_s,
            u"https://alice:"_s,
            u"registry.example.org/v2/"_s,
            u"Docker 20.10.24 API 1.41 at unix:///run/docker.sock: answers"_s,
            u"Podman 4.3.1 API 1.41 at unix:///run/user/1000/podman/podman.sock"_s,
            u"wharf.registry warning: login failed"_s,
            u"[REDACTED]"_s};
}

DiagnosticsBundle::Contents plantedContents(const QString &settingsPath)
{
    // Settings, as the real QSettings file would hold them.
    {
        QSettings settings(settingsPath, QSettings::IniFormat);
        settings.setValue(u"registries/gitlab/username"_s, u"alice"_s);
        settings.setValue(u"registries/gitlab/password"_s, SettingsPassword);
        settings.setValue(u"docker/auth"_s, SettingsAuth);
        settings.setValue(u"ui/language"_s, u"de"_s);
        settings.setValue(u"ui/lastSearch"_s, QString(u"searched for "_s + ExactSecret));
        settings.setValue(u"legacy/registry"_s,
                          QVariantMap{{u"user"_s, u"bob"_s}, {u"password"_s, NestedPassword}});
        settings.setValue(u"cvmfs/repositories"_s, QStringList{u"cms.cern.ch"_s, u"unpacked.cern.ch"_s});
        settings.sync();
    }
    const QSettings settings(settingsPath, QSettings::IniFormat);

    DiagnosticsBundle::Contents contents;
    contents.createdAt = QDateTime(QDate(2026, 11, 27), QTime(12, 0, 0), QTimeZone::utc());
    contents.settings = DiagnosticsBundle::readSettings(settings);
    contents.settings.append({u"registries/harbor/token"_s, SettingsDirectToken});

    CheckResult login;
    login.id = u"registry.login"_s;
    login.group = CheckGroup::Registries;
    login.title = u"Registry login"_s;
    login.status = CheckStatus::Failed;
    login.summary = u"The registry refused the saved credentials ("_s + ExactSecret + u")."_s;
    login.evidence = {u"GET https://gitlab-registry.cern.ch/v2/ -> 401"_s,
                      u"Authorization: Bearer "_s + Jwt,
                      u"token "_s + Jwt + u" expired"_s,
                      u"remembered "_s + ReportOnlySecret};
    login.fixSteps = {u"Log in again; the old password was "_s + ExactSecret + u"."_s,
                      u"Remove "_s + ReportOnlySecret + u" from your notes."_s};
    login.fixCommands = {{u"curl"_s, u"-H"_s, u"Authorization: Bearer "_s + Jwt, u"https://gitlab-registry.cern.ch/v2/"_s},
                         {u"echo"_s, ExactSecret}};
    CheckResult fuse;
    fuse.id = u"dev-fuse"_s;
    fuse.group = CheckGroup::Cvmfs;
    fuse.title = u"FUSE device (/dev/fuse)"_s;
    fuse.status = CheckStatus::Ok;
    fuse.summary = u"/dev/fuse is there."_s;
    contents.report = DiagnosticReport({login, fuse});
    contents.report.setHost(u"linux token="_s + HostToken, u"x86_64"_s);
    contents.report.setGeneratedAt(contents.createdAt);
    Redactor reportRedactor;
    reportRedactor.addSecret(ReportOnlySecret);
    contents.report.setRedactor(reportRedactor);

    contents.engineLines = {u"Docker 20.10.24 API 1.41 at unix:///run/docker.sock: answers"_s,
                            u"Podman 4.3.1 API 1.41 at unix:///run/user/1000/podman/podman.sock: "_s
                                + ReportOnlySecret,
                            u"Docker at tcp://registry:"_s + ExactSecret + u"@10.0.0.1:2376: refused"_s};
    contents.logLines = {
        u"2026-11-27T11:59:58.001Z wharf.registry info: pushing with "_s + GitlabToken + u" to gitlab-registry.cern.ch"_s,
        u"2026-11-27T11:59:59.002Z wharf.registry warning: login failed for https://alice:"_s + UrlPassword
            + u"@registry.example.org/v2/"_s,
        u"2026-11-27T11:59:59.003Z wharf.engine debug: "_s + ExactSecret,
        u"2026-11-27T11:59:59.004Z wharf.engine debug: "_s + ReportOnlySecret,
        u"2026-11-27T11:59:59.005Z wharf.registry debug: > Authorization: Bearer "_s + Jwt,
    };
    return contents;
}

} // namespace

class tst_DiagnosticsBundle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        for (const QString &program : {u"tar"_s, u"grep"_s, u"zgrep"_s})
            QVERIFY2(!QStandardPaths::findExecutable(program).isEmpty(), qPrintable(program + u" is needed"_s));
    }

    void suggestedFileName()
    {
        QCOMPARE(DiagnosticsBundle::suggestedFileName(QDateTime(QDate(2026, 11, 27), QTime(12, 0, 0), QTimeZone::utc())),
                 u"wharf-diagnostics-20261127-120000.tar.gz"_s);
        QCOMPARE(DiagnosticsBundle::suggestedFileName(QDateTime(QDate(2027, 1, 5), QTime(9, 8, 7, 654))),
                 u"wharf-diagnostics-20270105-090807.tar.gz"_s);
    }

    void isSecretKey_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<bool>("secret");
        QTest::newRow("password") << u"registries/gitlab/password"_s << true;
        QTest::newRow("Password case") << u"Registries/GitLab/Password"_s << true;
        QTest::newRow("token") << u"registries/hub/accessToken"_s << true;
        QTest::newRow("secret") << u"clientSecret"_s << true;
        QTest::newRow("auth") << u"docker/auth"_s << true;
        QTest::newRow("credential in a group") << u"credentials/helper"_s << true;
        QTest::newRow("passphrase") << u"tls/keyPassphrase"_s << true;
        QTest::newRow("api key") << u"service/api_key"_s << true;
        QTest::newRow("language") << u"ui/language"_s << false;
        QTest::newRow("username") << u"registries/gitlab/username"_s << false;
        QTest::newRow("repositories") << u"cvmfs/repositories"_s << false;
    }

    void isSecretKey()
    {
        QFETCH(QString, key);
        QFETCH(bool, secret);
        QCOMPARE(DiagnosticsBundle::isSecretKey(key), secret);
    }

    void readSettings()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"wharf.conf"_s);
        plantedContents(path); // writes the settings file
        const QSettings settings(path, QSettings::IniFormat);
        const auto values = DiagnosticsBundle::readSettings(settings);
        QStringList keys;
        for (const auto &[key, value] : values) {
            keys.append(key);
            if (DiagnosticsBundle::isSecretKey(key))
                QCOMPARE(value.toString(), Redactor::Placeholder.toString());
        }
        QCOMPARE(keys, (QStringList{u"cvmfs/repositories"_s, u"docker/auth"_s, u"legacy/registry"_s,
                                    u"registries/gitlab/password"_s, u"registries/gitlab/username"_s,
                                    u"ui/language"_s, u"ui/lastSearch"_s}));
        QCOMPARE(values.at(4).second.toString(), u"alice"_s);
        QCOMPARE(values.at(0).second.toStringList(), (QStringList{u"cms.cern.ch"_s, u"unpacked.cern.ch"_s}));
    }

    void plantedSecretsNeverLeave()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        DiagnosticsBundle::Contents contents = plantedContents(dir.filePath(u"wharf.conf"_s));
        Redactor redactor;
        redactor.addSecret(ExactSecret);
        const QString bundle = dir.filePath(DiagnosticsBundle::suggestedFileName(contents.createdAt));
        const VoidResult written = DiagnosticsBundle::write(bundle, contents, redactor);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error().toString()));

        // The real tar lists exactly the promised files and extracts them.
        const ProcessOutput listed = runProgram(u"tar"_s, {u"-tzf"_s, bundle});
        QVERIFY2(listed.exitCode == 0, listed.err.constData());
        QCOMPARE(QString::fromUtf8(listed.out).split(u'\n', Qt::SkipEmptyParts), DiagnosticsBundle::fileNames());
        const QString out = dir.filePath(u"extracted"_s);
        QVERIFY(QDir().mkpath(out));
        const ProcessOutput extracted = runProgram(u"tar"_s, {u"-xzf"_s, bundle, u"-C"_s, out});
        QVERIFY2(extracted.exitCode == 0, extracted.err.constData());
        QCOMPARE(filesBelow(out).size(), DiagnosticsBundle::fileNames().size() + 1); // + the folder

        // The sanity of the method: grep does find what is there.
        for (const QString &kept : keptContext()) {
            const ProcessOutput found = runProgram(u"grep"_s, {u"-r"_s, u"-F"_s, u"-a"_s, u"-l"_s, u"-e"_s, kept, out});
            QVERIFY2(found.exitCode == 0, qPrintable(u"context lost: "_s + kept));
            QCOMPARE(runProgram(u"zgrep"_s, {u"-F"_s, u"-a"_s, u"-q"_s, u"-e"_s, kept, bundle}).exitCode, 0);
        }
        // The point: not one planted secret anywhere, compressed or extracted.
        for (const QString &secret : plantedSecrets()) {
            const ProcessOutput found = runProgram(u"grep"_s, {u"-r"_s, u"-F"_s, u"-a"_s, u"-n"_s, u"-e"_s, secret, out});
            QVERIFY2(found.exitCode == 1,
                     qPrintable(u"secret leaked (exit %1): %2"_s.arg(found.exitCode).arg(QString::fromUtf8(found.out + found.err))));
            const ProcessOutput zfound = runProgram(u"zgrep"_s, {u"-F"_s, u"-a"_s, u"-c"_s, u"-e"_s, secret, bundle});
            QVERIFY2(zfound.exitCode == 1, qPrintable(u"secret in the archive: "_s + secret));
        }
        // The same with our reader, which also names the file.
        const auto files = TarGzReader::readAll(bundle);
        QVERIFY(files.ok());
        for (auto it = files->cbegin(); it != files->cend(); ++it) {
            const QString text = QString::fromUtf8(it.value());
            for (const QString &secret : plantedSecrets())
                QVERIFY2(!text.contains(secret), qPrintable(it.key() + u": "_s + secret));
        }
    }

    void bundleLayout()
    {
        QTemporaryDir dir;
        DiagnosticsBundle::Contents contents = plantedContents(dir.filePath(u"wharf.conf"_s));
        const QString bundle = dir.filePath(u"b.tar.gz"_s);
        QVERIFY(DiagnosticsBundle::write(bundle, contents, Redactor()).ok());
        const auto files = TarGzReader::readAll(bundle);
        QVERIFY(files.ok());
        QStringList names = DiagnosticsBundle::fileNames();
        names.sort();
        QCOMPARE(files->keys(), names);
        const auto text = [&files](const QString &name) {
            return QString::fromUtf8(files->value(u"wharf-diagnostics/"_s + name));
        };

        const QString readme = text(u"README.txt"_s);
        QVERIFY(readme.contains(u"2026-11-27T12:00:00Z"_s));
        QVERIFY(readme.contains(u"[REDACTED]"_s));
        QVERIFY(readme.contains(u"the last 5 lines"_s));
        QVERIFY(text(u"report.md"_s).startsWith(u"# Wharf diagnostics report"_s));
        QVERIFY(text(u"report.md"_s).contains(u"Registry login"_s));
        // The fix commands stay whole: redacted per argument, not cut at "Authorization:".
        QVERIFY2(text(u"report.md"_s).contains(u"curl -H 'Authorization: [REDACTED]' https://gitlab-registry.cern.ch/v2/\n"_s),
                 qPrintable(text(u"report.md"_s)));

        QJsonParseError error;
        const QJsonDocument json = QJsonDocument::fromJson(files->value(u"wharf-diagnostics/report.json"_s), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        const QJsonArray checks = json.object().value(u"checks"_s).toArray();
        QCOMPARE(checks.size(), 2);
        QCOMPARE(checks.at(0).toObject().value(u"id"_s).toString(), u"registry.login"_s);
        QCOMPARE(checks.at(0).toObject().value(u"evidence"_s).toArray().at(1).toString(), u"Authorization: [REDACTED]"_s);
        QCOMPARE(json.object().value(u"generatedAt"_s).toString(), u"2026-11-27T12:00:00Z"_s);

        QCOMPARE(text(u"engines.txt"_s).count(u'\n'), 3);
        QCOMPARE(text(u"log.txt"_s).count(u'\n'), 5);
        const QStringList settings = text(u"settings.txt"_s).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(settings.size(), 8);
        QVERIFY(settings.contains(u"cvmfs/repositories = [\"cms.cern.ch\",\"unpacked.cern.ch\"]"_s));
        QVERIFY(settings.contains(u"docker/auth = [REDACTED]"_s));
        QVERIFY(settings.contains(u"registries/harbor/token = [REDACTED]"_s));
        QVERIFY2(settings.contains(u"legacy/registry = {\"password\":\"[REDACTED]\",\"user\":\"bob\"}"_s),
                 qPrintable(settings.join(u'\n')));
    }

    void emptyContents()
    {
        QTemporaryDir dir;
        const QString bundle = dir.filePath(u"empty.tar.gz"_s);
        QVERIFY(DiagnosticsBundle::write(bundle, {}, Redactor()).ok());
        const auto files = TarGzReader::readAll(bundle);
        QVERIFY(files.ok());
        QCOMPARE(files->size(), DiagnosticsBundle::fileNames().size());
    }

    void unwritableTargetLeavesNothing()
    {
        QTemporaryDir dir;
        const QString bundle = dir.filePath(u"missing/folder/b.tar.gz"_s);
        const VoidResult written = DiagnosticsBundle::write(bundle, {}, Redactor());
        QVERIFY(!written.ok());
        QVERIFY(written.error().message().contains(QDir::toNativeSeparators(bundle)));
        QCOMPARE(filesBelow(dir.path()), QStringList());
    }
};

QTEST_GUILESS_MAIN(tst_DiagnosticsBundle)
#include "tst_diagnosticsbundle.moc"
