// SPDX-License-Identifier: Apache-2.0
#include "CredentialHelperClient.h"

#include "CredentialHelperCall.h"
#include "base/HostAccess.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

constexpr qsizetype MaxShownOutput = 400;

QString printable(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes.left(MaxShownOutput * 4)).trimmed();
    for (QChar &c : text) {
        if (c.category() == QChar::Other_Control)
            c = u' ';
    }
    if (text.size() > MaxShownOutput)
        text = text.left(MaxShownOutput) + u'…';
    return text;
}

} // namespace

CredentialHelperClient::CredentialHelperClient(const QString &helperName, QObject *parent)
    : CredentialHelperClient(helperName, QProcessEnvironment::systemEnvironment(), parent)
{ }

CredentialHelperClient::CredentialHelperClient(
    const QString &helperName, const QProcessEnvironment &environment, QObject *parent)
    : QObject(parent)
    , m_helperName(helperName)
    , m_environment(environment)
{ }

CredentialHelperClient::~CredentialHelperClient() = default;

QString CredentialHelperClient::programName() const
{
    return u"docker-credential-"_s + m_helperName;
}

bool CredentialHelperClient::isValidHelperName(const QString &name)
{
    if (name.isEmpty() || name.size() > 64 || name.startsWith(u'.') || name.startsWith(u'-'))
        return false;
    for (const QChar c : name) {
        const bool allowed = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z')
            || (c >= u'0' && c <= u'9') || c == u'.' || c == u'_' || c == u'-';
        if (!allowed)
            return false;
    }
    return true;
}

QString CredentialHelperClient::findProgram() const
{
    if (!isValidHelperName(m_helperName))
        return {};
    const QString path = m_environment.value(u"PATH"_s);
    QStringList directories;
    for (const QString &directory : path.split(u':', Qt::SkipEmptyParts))
        directories.append(directory);
    if (directories.isEmpty() && !HostAccess::current().isSandboxed())
        return {};
    // From a Flatpak the helper is the host's: HostAccess looks there.
    return HostAccess::current().findProgram(programName(), directories);
}

std::optional<Error> CredentialHelperClient::checkServerUrl(const QString &serverUrl) const
{
    if (serverUrl.trimmed().isEmpty() || RegistryCredential::hasControlCharacters(serverUrl)) {
        return Error(ErrorCode::InvalidConfiguration,
            tr("No registry address to give to the credential helper %1.").arg(programName()));
    }
    return std::nullopt;
}

void CredentialHelperClient::run(const QString &action, const QByteArray &input,
    const QString &target, const QString &secret, std::function<void(Result<QByteArray>)> done)
{
    const auto answerLater = [this, &done](Error error) {
        QMetaObject::invokeMethod(
            this, [done = std::move(done), error] { done(error); }, Qt::QueuedConnection);
    };
    if (!isValidHelperName(m_helperName)) {
        answerLater(Error(ErrorCode::InvalidConfiguration,
            tr("“%1” is not the name of a credential helper (docker-credential-NAME): a name has "
               "only letters, digits, “.”, “_” and “-”. Check credsStore and credHelpers in "
               "Docker's config.json.")
                .arg(m_helperName.left(100))));
        return;
    }
    const QString program = findProgram();
    if (program.isEmpty()) {
        answerLater(Error(ErrorCode::ProgramNotFound,
            tr("The credential helper %1 is not installed or not on the PATH. Install it, or "
               "remove it from credsStore/credHelpers in Docker's config.json.")
                .arg(programName()),
            programName()));
        return;
    }
    auto *call = new CredentialHelperCall(program, action, input, m_environment, m_timeout, this);
    connect(call, &CredentialHelperCall::finished, this,
        [this, call, action, target, secret, done = std::move(done)](
            const Result<CredentialHelperCall::Output> &result) {
            call->deleteLater();
            if (!result) {
                done(result.error());
                return;
            }
            if (result->exitCode != 0) {
                // Helpers print their error on stdout (docker-credential-helpers) or stderr.
                const QByteArray text = result->standardOutput.trimmed().isEmpty()
                    ? result->standardError
                    : result->standardOutput;
                done(helperFailed(action, target, text, secret));
                return;
            }
            done(result->standardOutput);
        });
    call->start();
}

Error CredentialHelperClient::helperFailed(const QString &action, const QString &target,
    const QByteArray &output, const QString &secret) const
{
    QString said = printable(output);
    if (!secret.isEmpty())
        said.replace(secret, u"***"_s);
    if (said.contains(NotFoundMessage, Qt::CaseInsensitive)) {
        return Error(ErrorCode::NotFound,
            tr("The credential helper %1 has no login for %2.").arg(programName(), target), said);
    }
    QString message;
    if (action == u"get"_s)
        message = tr("The credential helper %1 could not read the login for %2.")
                      .arg(programName(), target);
    else if (action == u"store"_s)
        message = tr("The credential helper %1 could not save the login for %2.")
                      .arg(programName(), target);
    else if (action == u"erase"_s)
        message = tr("The credential helper %1 could not remove the login for %2.")
                      .arg(programName(), target);
    else
        message = tr("The credential helper %1 could not list its logins.").arg(programName());
    if (!said.isEmpty())
        message += u' ' + tr("It said: %1").arg(said);
    return Error(ErrorCode::CredentialsError, message, said);
}

void CredentialHelperClient::get(const QString &serverUrl, Callback<RegistryCredential> done)
{
    if (const auto invalid = checkServerUrl(serverUrl)) {
        QMetaObject::invokeMethod(
            this, [done = std::move(done), error = *invalid] { done(error); },
            Qt::QueuedConnection);
        return;
    }
    run(u"get"_s, serverUrl.toUtf8(), serverUrl, {},
        [this, serverUrl, done = std::move(done)](Result<QByteArray> output) {
            if (!output) {
                done(output.error());
                return;
            }
            Result<RegistryCredential> parsed = parseGetOutput(*output, serverUrl);
            if (parsed) {
                done(std::move(parsed));
            } else if (parsed.error().code() == ErrorCode::NotFound) {
                done(Error(ErrorCode::NotFound,
                    tr("The credential helper %1 has no login for %2.")
                        .arg(programName(), serverUrl),
                    parsed.error().details()));
            } else {
                done(Error(ErrorCode::ParseError,
                    tr("The credential helper %1 answered with something that is not a login.")
                        .arg(programName()),
                    parsed.error().details()));
            }
        });
}

void CredentialHelperClient::store(const RegistryCredential &credential, Callback<void> done)
{
    store(
        RegistryCredential::dockerServerAddress(credential.registry), credential, std::move(done));
}

void CredentialHelperClient::store(
    const QString &serverUrl, const RegistryCredential &credential, Callback<void> done)
{
    std::optional<Error> invalid = checkServerUrl(serverUrl);
    if (!invalid
        && (credential.username.isEmpty() || credential.secret.isEmpty()
            || RegistryCredential::hasControlCharacters(credential.username))) {
        invalid = Error(ErrorCode::CredentialsError,
            tr("A username and a password are needed to save a login with %1.").arg(programName()));
    }
    if (invalid) {
        QMetaObject::invokeMethod(
            this, [done = std::move(done), error = *invalid] { done(error); },
            Qt::QueuedConnection);
        return;
    }
    const QJsonObject payload {
        { u"ServerURL"_s, serverUrl },
        { u"Username"_s, credential.username },
        { u"Secret"_s, credential.secret },
    };
    QByteArray input = QJsonDocument(payload).toJson(QJsonDocument::Compact);
    run(u"store"_s, input, serverUrl, credential.secret,
        [done = std::move(done)](Result<QByteArray> output) {
            if (!output) {
                done(output.error());
                return;
            }
            done({});
        });
    input.fill('\0');
}

void CredentialHelperClient::erase(const QString &serverUrl, Callback<void> done)
{
    if (const auto invalid = checkServerUrl(serverUrl)) {
        QMetaObject::invokeMethod(
            this, [done = std::move(done), error = *invalid] { done(error); },
            Qt::QueuedConnection);
        return;
    }
    run(u"erase"_s, serverUrl.toUtf8(), serverUrl, {},
        [done = std::move(done)](Result<QByteArray> output) {
            if (!output) {
                done(output.error());
                return;
            }
            done({});
        });
}

void CredentialHelperClient::list(Callback<QMap<QString, QString>> done)
{
    // Docker sends this placeholder too; helpers ignore it.
    run(u"list"_s, "unused"_ba, {}, {}, [this, done = std::move(done)](Result<QByteArray> output) {
        if (!output) {
            done(output.error());
            return;
        }
        Result<QMap<QString, QString>> parsed = parseListOutput(*output);
        if (!parsed) {
            done(Error(ErrorCode::ParseError,
                tr("The credential helper %1 answered “list” with something that is not a list of "
                   "logins.")
                    .arg(programName()),
                parsed.error().details()));
            return;
        }
        done(std::move(parsed));
    });
}

Result<RegistryCredential> CredentialHelperClient::parseGetOutput(
    const QByteArray &output, const QString &serverUrl)
{
    if (output.size() > CredentialHelperCall::OutputLimit)
        return Error(ErrorCode::ParseError, u"output too large"_s, u"output too large"_s);
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(output, &parseError);
    // The details never quote the output: a half-printed JSON may hold the secret.
    if (parseError.error != QJsonParseError::NoError)
        return Error(ErrorCode::ParseError, parseError.errorString(),
            u"not JSON: %1 at byte %2"_s.arg(parseError.errorString()).arg(parseError.offset));
    if (!document.isObject())
        return Error(ErrorCode::ParseError, u"not a JSON object"_s, u"not a JSON object"_s);
    const QJsonObject object = document.object();
    for (const QString &field : { u"ServerURL"_s, u"Username"_s, u"Secret"_s }) {
        const QJsonValue value = object.value(field);
        if (!value.isUndefined() && !value.isNull() && !value.isString())
            return Error(ErrorCode::ParseError, u"“%1” is not a string"_s.arg(field),
                u"“%1” is not a string"_s.arg(field));
    }
    const QString username = object.value(u"Username"_s).toString();
    const QString secret = object.value(u"Secret"_s).toString();
    const QString server = object.value(u"ServerURL"_s).toString();
    const QString registry
        = RegistryCredential::normaliseRegistry(server.isEmpty() ? serverUrl : server);
    if (username.isEmpty() && secret.isEmpty())
        return Error(ErrorCode::NotFound, u"empty login"_s, u"empty login"_s);
    if (username.isEmpty() || secret.isEmpty() || registry.isEmpty()
        || RegistryCredential::hasControlCharacters(username) || secret.contains(QChar(0)))
        return Error(ErrorCode::ParseError, u"incomplete login"_s, u"incomplete login"_s);
    return RegistryCredential(registry, username, secret);
}

Result<QMap<QString, QString>> CredentialHelperClient::parseListOutput(const QByteArray &output)
{
    if (output.size() > CredentialHelperCall::OutputLimit)
        return Error(ErrorCode::ParseError, u"output too large"_s, u"output too large"_s);
    // Some helpers print nothing when they hold nothing.
    if (output.trimmed().isEmpty())
        return QMap<QString, QString>();
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(output, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error(ErrorCode::ParseError, parseError.errorString(),
            u"not JSON: %1 at byte %2: %3"_s.arg(parseError.errorString())
                .arg(parseError.offset)
                .arg(printable(output.left(100))));
    }
    if (document.isNull() || (!document.isObject()))
        return Error(ErrorCode::ParseError, u"not a JSON object"_s, u"not a JSON object"_s);
    QMap<QString, QString> logins;
    const QJsonObject object = document.object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        // Entries of the wrong type are skipped, not fatal: the others are still usable.
        if (it.value().isString() && !it.key().trimmed().isEmpty()
            && !RegistryCredential::hasControlCharacters(it.key()))
            logins.insert(it.key(), it.value().toString());
    }
    return logins;
}

} // namespace Wharf
