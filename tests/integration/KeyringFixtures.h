// SPDX-License-Identifier: Apache-2.0
#pragma once

// Helpers for the keychain tests: ask the real keyring through secret-tool (libsecret's own
// command-line client) and look for a secret in files, both outside the code under test.

#include "KeyringService.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QStringList>
#include <QUuid>

namespace Wharf::Test {

// A secret nobody else has: a grep for it finds only what the test wrote.
inline QString uniqueSecret(const QString &prefix = QStringLiteral("wharf-test-secret"))
{
    return prefix + QLatin1Char('-') + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

struct SecretToolOutput
{
    bool ran = false;
    int exitCode = -1;
    QString output; // stdout and stderr together (secret-tool splits them oddly)
};

// `secret-tool ARGS...` in the keyring's environment; waits with QSignalSpy (tests only).
inline SecretToolOutput secretTool(const QStringList &arguments)
{
    SecretToolOutput result;
    QProcess process;
    process.setProcessEnvironment(KeyringService::environment());
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.setStandardInputFile(QProcess::nullDevice());
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(QStringLiteral("secret-tool"), arguments);
    if (!finished.wait(20000))
        return result;
    result.ran = process.exitStatus() == QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.output = QString::fromUtf8(process.readAll());
    return result;
}

// Every regular file under `directories` (recursively) that contains `needle`.
inline QStringList filesContaining(const QStringList &directories, const QByteArray &needle)
{
    QStringList found;
    for (const QString &directory : directories) {
        QDirIterator it(
            directory, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            QFile file(path);
            if (!it.fileInfo().isFile() || !file.open(QIODevice::ReadOnly))
                continue;
            if (file.readAll().contains(needle))
                found.append(path);
        }
    }
    return found;
}

// HOME, XDG_CONFIG_HOME, XDG_CACHE_HOME and XDG_DATA_HOME of the test (all inside the
// keyring fixture's directory).
inline QStringList privateUserDirectories()
{
    QStringList directories;
    for (const char *variable : { "HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME" })
        directories.append(qEnvironmentVariable(variable));
    directories.removeDuplicates();
    return directories;
}

} // namespace Wharf::Test
