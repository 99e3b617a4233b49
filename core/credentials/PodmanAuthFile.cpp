// SPDX-License-Identifier: Apache-2.0
#include "PodmanAuthFile.h"

#include "DockerConfigFile.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Wharf::PodmanAuthFile)
};

QString configHomeAuthFile(const QProcessEnvironment &environment)
{
    QString configHome = environment.value(u"XDG_CONFIG_HOME"_s);
    if (configHome.isEmpty()) {
        QString home = environment.value(u"HOME"_s);
        if (home.isEmpty())
            home = QDir::homePath();
        configHome = QDir(home).filePath(u".config"_s);
    }
    return QDir(configHome).filePath(u"containers/auth.json"_s);
}

} // namespace

PodmanAuthFile::PodmanAuthFile()
    : AuthConfigFile(Tr::tr("Podman's auth file"))
{ }

QString PodmanAuthFile::defaultPath(const QProcessEnvironment &environment)
{
    const QString authFile = environment.value(u"REGISTRY_AUTH_FILE"_s);
    if (!authFile.isEmpty())
        return QDir::cleanPath(authFile);
    const QString runtimeDirectory = environment.value(u"XDG_RUNTIME_DIR"_s);
    if (!runtimeDirectory.isEmpty())
        return QDir(runtimeDirectory).filePath(u"containers/auth.json"_s);
    return configHomeAuthFile(environment);
}

QStringList PodmanAuthFile::podmanPaths(const QProcessEnvironment &environment)
{
    QStringList paths { defaultPath(environment) };
    const QString configHome = configHomeAuthFile(environment);
    if (!paths.contains(configHome))
        paths.append(configHome);
    return paths;
}

QStringList PodmanAuthFile::searchPaths(const QProcessEnvironment &environment)
{
    QStringList paths = podmanPaths(environment);
    const QString docker = DockerConfigFile::defaultPath(environment);
    if (!paths.contains(docker))
        paths.append(docker);
    return paths;
}

} // namespace Wharf
