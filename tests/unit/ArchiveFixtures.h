// SPDX-License-Identifier: Apache-2.0
#pragma once

// Helpers for the archive and bundle tests: the real tar, gzip and grep programs check what
// Wharf writes (tests may block; core may not).

#include <QByteArray>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>
#include <QString>
#include <QStringList>

namespace Wharf::Test {

struct ProcessOutput
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;
};

// Runs a program to the end (30 s at most), in a UTF-8 C locale so that tar prints
// non-ASCII names as they are.
inline ProcessOutput runProgram(const QString &program, const QStringList &arguments,
                                const QByteArray &input = {}, const QString &workingDirectory = {})
{
    ProcessOutput result;
    const QString executable = QStandardPaths::findExecutable(program);
    if (executable.isEmpty()) {
        result.err = "program not found: " + program.toUtf8();
        return result;
    }
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    environment.insert(QStringLiteral("TZ"), QStringLiteral("UTC"));
    process.setProcessEnvironment(environment);
    if (!workingDirectory.isEmpty())
        process.setWorkingDirectory(workingDirectory);
    process.start(executable, arguments);
    if (!process.waitForStarted(10000)) {
        result.err = process.errorString().toUtf8();
        return result;
    }
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000)) {
        process.kill();
        process.waitForFinished(5000);
        result.err = "timed out";
        return result;
    }
    result.crashed = process.exitStatus() != QProcess::NormalExit;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

// gzip as the real program writes it (no name, no time stamp).
inline QByteArray gzipped(const QByteArray &data)
{
    return runProgram(QStringLiteral("gzip"), {QStringLiteral("-c"), QStringLiteral("-n")}, data).out;
}

// The names of the entries in a directory, recursively, relative to it.
inline QStringList filesBelow(const QString &directory)
{
    QStringList names;
    const QDir dir(directory);
    for (const QFileInfo &info : dir.entryInfoList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System)) {
        names.append(info.fileName());
        if (info.isDir() && !info.isSymLink()) {
            for (const QString &below : filesBelow(info.filePath()))
                names.append(info.fileName() + QLatin1Char('/') + below);
        }
    }
    names.sort();
    return names;
}

} // namespace Wharf::Test
