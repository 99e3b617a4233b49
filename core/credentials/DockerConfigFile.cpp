// SPDX-License-Identifier: Apache-2.0
#include "DockerConfigFile.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Wharf::DockerConfigFile)
};

} // namespace

DockerConfigFile::DockerConfigFile()
    : AuthConfigFile(Tr::tr("Docker's configuration file"))
{ }

QString DockerConfigFile::defaultPath(const QProcessEnvironment &environment)
{
    const QString dockerConfig = environment.value(u"DOCKER_CONFIG"_s);
    if (!dockerConfig.isEmpty())
        return QDir(dockerConfig).filePath(u"config.json"_s);
    QString home = environment.value(u"HOME"_s);
    if (home.isEmpty())
        home = QDir::homePath();
    return QDir(home).filePath(u".docker/config.json"_s);
}

} // namespace Wharf
