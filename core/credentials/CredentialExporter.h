// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "RegistryCredential.h"
#include "base/Result.h"

#include <QObject>
#include <QProcessEnvironment>
#include <QString>
#include <chrono>
#include <functional>

namespace Wharf {

// Shares a Wharf login with Docker or Podman when the user asks, so `docker pull` and
// `podman pull` work too. Wharf never writes a secret in clear: the login goes to the
// credential helper the tool's file names for the registry (credHelpers, then credsStore),
// and when the file names none, the plan adds a credHelpers entry for that registry only
// (never credsStore, which would move every other login) naming the desktop keychain's
// helper (docker-credential-secretservice on Linux, osxkeychain on macOS, wincred on
// Windows) when it is installed. Every other key of the file and its permissions are kept.
//
// plan() says exactly what share() will do, so the window can show it before asking; share()
// carries out a plan and re-reads the file first (it may have changed in between).
// Answers come later from the event loop, never after this object is destroyed.
class CredentialExporter : public QObject
{
    Q_OBJECT

public:
    enum class Target { Docker, Podman };
    Q_ENUM(Target)

    struct Plan
    {
        Target target = Target::Docker;
        QString registry; // normalised host[:port]
        QString file; // config.json or auth.json that names (or will name) the helper
        QString helper; // "secretservice"
        bool addsHelperEntry = false; // the file gets "credHelpers": { registry: helper }
        bool replacesClearLogin = false; // an "auths" entry with a secret for the registry goes
        // One sentence for the confirmation: "Docker's configuration file ~/.docker/config.json
        // will send logins for HOST to docker-credential-secretservice, which keeps them in the
        // system keychain."
        QString description;
    };

    explicit CredentialExporter(QObject *parent = nullptr);
    explicit CredentialExporter(const QProcessEnvironment &environment, QObject *parent = nullptr);
    ~CredentialExporter() override;

    void setHelperTimeout(std::chrono::milliseconds timeout) { m_helperTimeout = timeout; }

    // What share() would do for `registry`, or why it cannot be done without writing the
    // secret in clear (no helper named and none installed: which package to install). Reads
    // the tool's file; runs nothing.
    Result<Plan> plan(Target target, const QString &registry) const;
    // Writes the helper entry when the plan says so, stores the login through the helper,
    // and removes a clear-text "auths" secret for the registry (the helper wins anyway, and
    // leaving it would keep the secret on disk).
    void share(const Plan &plan, const RegistryCredential &credential,
        std::function<void(Result<void>)> done);

    // The tool's name for messages: "Docker", "Podman".
    static QString targetName(Target target);

private:
    QProcessEnvironment m_environment;
    std::chrono::milliseconds m_helperTimeout;
};

} // namespace Wharf
