// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "RegistryCredential.h"
#include "base/Result.h"

#include <QMap>
#include <QObject>
#include <QProcessEnvironment>
#include <chrono>
#include <functional>
#include <optional>

namespace Wharf {

// Docker's credential-helper protocol: the program docker-credential-<name> (found on the
// environment's PATH) with one argument, the action, and its payload on stdin:
//   get    stdin: the server URL           stdout: {"ServerURL","Username","Secret"}
//   store  stdin: that JSON                stdout: nothing
//   erase  stdin: the server URL           stdout: nothing
//   list   stdin: nothing of use           stdout: {"server URL": "username", ...}
// A helper that has no such login prints "credentials not found in native keychain" and
// exits 1 (NotFound here). The secret travels only on stdin and stdout: never in arguments,
// never in a log, never in an error message (helper output is scrubbed of it).
//
// Every call answers through its callback exactly once, later, from the event loop (never
// before the call returns), and never after the client is destroyed (running helpers are
// then killed). Errors: ProgramNotFound (not on PATH), InvalidConfiguration (a helper name
// that is not a plain name, e.g. from a hostile config.json), Timeout, ProcessFailed,
// ParseError (output that is not the protocol's JSON), NotFound, CredentialsError (the
// helper said why it failed).
class CredentialHelperClient : public QObject
{
    Q_OBJECT

public:
    template<typename T> using Callback = std::function<void(Result<T>)>;

    static constexpr std::chrono::milliseconds DefaultTimeout { 15000 };
    static constexpr QStringView NotFoundMessage = u"credentials not found in native keychain";

    // `helperName` is what config.json's credsStore/credHelpers say: "secretservice", "pass".
    explicit CredentialHelperClient(const QString &helperName, QObject *parent = nullptr);
    CredentialHelperClient(const QString &helperName, const QProcessEnvironment &environment,
        QObject *parent = nullptr);
    ~CredentialHelperClient() override;

    QString helperName() const { return m_helperName; }
    // "docker-credential-<name>".
    QString programName() const;
    // The program's absolute path on the environment's PATH, or empty.
    QString findProgram() const;
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    // A name made of letters, digits, ".", "_" and "-" only (no path, no option).
    static bool isValidHelperName(const QString &name);

    // `serverUrl` exactly as the helper stored it (list() shows them; Docker uses
    // RegistryCredential::dockerServerAddress). The credential's registry is normalised.
    void get(const QString &serverUrl, Callback<RegistryCredential> done);
    // Stores under RegistryCredential::dockerServerAddress(credential.registry).
    void store(const RegistryCredential &credential, Callback<void> done);
    void store(const QString &serverUrl, const RegistryCredential &credential, Callback<void> done);
    void erase(const QString &serverUrl, Callback<void> done);
    // Server URL -> username, as the helper lists them.
    void list(Callback<QMap<QString, QString>> done);

    // The parsers, pure for tests. `serverUrl` fills in a missing ServerURL.
    static Result<RegistryCredential> parseGetOutput(
        const QByteArray &output, const QString &serverUrl);
    static Result<QMap<QString, QString>> parseListOutput(const QByteArray &output);

private:
    // Runs `action` with `input` and hands the helper's stdout (exit 0) or the mapped error
    // to `done`. `secret` is scrubbed from any text that reaches an error.
    void run(const QString &action, const QByteArray &input, const QString &target,
        const QString &secret, std::function<void(Result<QByteArray>)> done);
    Error helperFailed(const QString &action, const QString &target, const QByteArray &output,
        const QString &secret) const;
    std::optional<Error> checkServerUrl(const QString &serverUrl) const;

    QString m_helperName;
    QProcessEnvironment m_environment;
    std::chrono::milliseconds m_timeout = DefaultTimeout;
};

} // namespace Wharf
