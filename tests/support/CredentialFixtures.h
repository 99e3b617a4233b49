// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>

namespace Wharf::Test {

// The files the credential tests prepare: Docker's and Podman's configuration files and the
// store of the fake credential helper (tests/fixtures/credential-helpers/filestore.sh).
class CredentialFixtures
{
public:
    // Writes (replacing) the file, creating its folder.
    static bool writeFile(const QString &path, const QByteArray &content);
    // The file's bytes; empty when it cannot be read.
    static QByteArray readFile(const QString &path);
    // One `auths` entry of a Docker config: {"auth": base64(user:secret)}.
    static QByteArray authEntry(const QString &user, const QString &secret);
    // A login in the fake helper's store below helperDir.
    static bool storeInFakeHelper(const QString &helperDir, const QString &serverUrl, const QString &user,
                                  const QString &secret);
};

} // namespace Wharf::Test
