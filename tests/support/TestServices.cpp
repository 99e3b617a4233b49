// SPDX-License-Identifier: Apache-2.0
#include "TestServices.h"

#include <QFile>
#include <QFileInfo>
#include <QStringList>

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

bool TestServices::inCi()
{
    const QString ci = qEnvironmentVariable("CI").trimmed();
    return ci.compare(u"true"_s, Qt::CaseInsensitive) == 0 || ci == u"1"_s;
}

} // namespace Wharf::Test
