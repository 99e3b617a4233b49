// SPDX-License-Identifier: Apache-2.0
#pragma once

// Fake docker-credential-<name> programs for tests: small sh scripts in a temporary folder,
// put first on a PATH that the client under test gets through its environment. For what a
// real helper does not do on request: print garbage, hang, crash, fail, flood.

#include <QFile>
#include <QProcessEnvironment>
#include <QString>

namespace Wharf::Test {

inline bool writeHelperScript(
    const QString &directory, const QString &name, const QByteArray &body, bool executable = true)
{
    QFile file(directory + QStringLiteral("/docker-credential-") + name);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    file.write("#!/bin/sh\n" + body);
    file.close();
    QFileDevice::Permissions permissions = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    if (executable)
        permissions |= QFileDevice::ExeOwner;
    return file.setPermissions(permissions);
}

// A helper that keeps its logins in files under DIR/store/ (one file per server URL:
// "username\nsecret\nurl"), records its arguments in DIR/args.log and its stdin in
// DIR/stdin-ACTION.log: enough of the protocol to test clients against. The script is
// tests/fixtures/credential-helpers/filestore.sh (a file: moc cannot read it as a raw string).
inline QByteArray fileStoreHelperBody()
{
    QString sourceDir = qEnvironmentVariable("WHARF_TEST_SOURCE_DIR");
    if (sourceDir.isEmpty())
        sourceDir = QStringLiteral(QT_TESTCASE_SOURCEDIR "/..");
    QFile script(sourceDir + QStringLiteral("/fixtures/credential-helpers/filestore.sh"));
    if (!script.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(script.fileName()));
    QByteArray body = script.readAll();
    if (body.startsWith("#!"))
        body = body.mid(body.indexOf('\n') + 1); // writeHelperScript adds its own
    return body;
}

// PATH = the fake helpers first, then the system's basic tools (sh, cat, sed, tr, sleep).
inline QProcessEnvironment helperEnvironment(const QString &directory)
{
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("PATH"), directory + QStringLiteral(":/usr/bin:/bin"));
    environment.insert(QStringLiteral("HOME"), directory);
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    return environment;
}

} // namespace Wharf::Test
