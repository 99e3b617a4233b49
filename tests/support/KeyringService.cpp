// SPDX-License-Identifier: Apache-2.0
#include "KeyringService.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace Wharf::Test {

namespace {

QString startHint(const QString &directory)
{
    const QString dir = directory.isEmpty() ? u"/tmp/wharf-keyring-NAME"_s : directory;
    return u"Start it with `bash tests/support/keyring.sh start %1` (ctest does it through the "
           "keyring.start fixture for tests declared NEEDS_KEYRING), then run the test with the "
           "variables of %1/keyring.env and WHARF_TEST_KEYRING_DIR=%1."_s.arg(dir);
}

} // namespace

QString KeyringService::directory()
{
    const QString directory = qEnvironmentVariable("WHARF_TEST_KEYRING_DIR");
    if (directory.isEmpty())
        return {};
    return QDir::cleanPath(QFileInfo(directory).absoluteFilePath());
}

QString KeyringService::busAddress()
{
    const QString dir = directory();
    return dir.isEmpty() ? QString() : u"unix:path=%1/run/bus"_s.arg(dir);
}

QString KeyringService::emptyBusAddress()
{
    const QString dir = directory();
    return dir.isEmpty() ? QString() : u"unix:path=%1/run/empty-bus"_s.arg(dir);
}

QString KeyringService::keyringMissingReason()
{
    const QString dir = directory();
    if (dir.isEmpty())
        return u"WHARF_TEST_KEYRING_DIR is not set, so there is no test keyring. "_s
            + startHint({});
    // Never the user's own session bus or home: everything must point into the fixture.
    if (qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS") != busAddress()) {
        return u"DBUS_SESSION_BUS_ADDRESS is not the test keyring's bus (%1): refusing to run a "
               u"keyring "
               "test against another session bus. "_s.arg(busAddress())
            + startHint(dir);
    }
    for (const char *variable :
        { "HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR" }) {
        const QString value = QDir::cleanPath(qEnvironmentVariable(variable));
        if (!value.startsWith(dir + u'/')) {
            return u"%1 is not under the test keyring's directory %2: refusing to run a keyring "
                   u"test that "
                   "could write to the user's own files. "_s.arg(QString::fromLatin1(variable), dir)
                + startHint(dir);
        }
    }
    const QString socket = dir + u"/run/bus"_s;
    struct stat status
    {
    };
    if (::stat(QFile::encodeName(socket).constData(), &status) != 0 || !S_ISSOCK(status.st_mode))
        return u"No test keyring: %1 is not a bus socket. "_s.arg(socket) + startHint(dir);
    // keyring.sh writes keyring.env only once the keyring stored and read back a secret.
    if (!QFileInfo::exists(dir + u"/keyring.env"_s))
        return u"The test keyring under %1 did not finish starting (no keyring.env). "_s.arg(dir)
            + startHint(dir);
    return {};
}

QProcessEnvironment KeyringService::environment()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    const QString dir = directory();
    if (dir.isEmpty())
        return environment;
    environment.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, busAddress());
    environment.insert(u"HOME"_s, dir + u"/home"_s);
    environment.insert(u"XDG_DATA_HOME"_s, dir + u"/data"_s);
    environment.insert(u"XDG_CONFIG_HOME"_s, dir + u"/config"_s);
    environment.insert(u"XDG_CACHE_HOME"_s, dir + u"/cache"_s);
    environment.insert(u"XDG_RUNTIME_DIR"_s, dir + u"/run"_s);
    return environment;
}

} // namespace Wharf::Test
