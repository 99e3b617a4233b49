// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QByteArrayList>
#include <QFile>
#include <QString>
#include <QTest>

namespace Wharf::Test {

// Replies captured from real engines (Docker 20.10, Podman 4.3) with curl --unix-socket, under
// tests/fixtures/engine/<docker|podman>/. Found through WHARF_TEST_SOURCE_DIR (ctest sets it),
// else next to this source tree. An empty result fails the calling test.
inline QByteArray readEngineFixture(const QString &engine, const QString &name)
{
    const QString relative = QStringLiteral("fixtures/engine/") + engine + u'/' + name;
    QString path;
    const QString sourceDir = qEnvironmentVariable("WHARF_TEST_SOURCE_DIR");
    if (!sourceDir.isEmpty())
        path = sourceDir + u'/' + relative;
    else
        path = QFINDTESTDATA(QStringLiteral("../") + relative);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        qWarning("Cannot open fixture %s", qPrintable(path));
        return {};
    }
    return file.readAll();
}

// The non-empty lines of a captured stream, without terminators (Docker ends its stream
// lines with CRLF, Podman with LF; the fixtures keep what the engine sent).
inline QByteArrayList readEngineFixtureLines(const QString &engine, const QString &name)
{
    QByteArrayList lines;
    const QByteArrayList raw = readEngineFixture(engine, name).split('\n');
    for (QByteArray line : raw) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (!line.isEmpty())
            lines.append(line);
    }
    return lines;
}

} // namespace Wharf::Test
