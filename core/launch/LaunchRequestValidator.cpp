// SPDX-License-Identifier: Apache-2.0
#include "LaunchRequestValidator.h"

#include "registry/ImageReference.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Wharf::LaunchRequestValidator)
};

Error invalid(const QString &message, const QString &field)
{
    return Error(ErrorCode::InvalidConfiguration, message, field);
}

bool hasNul(const QString &text)
{
    return text.contains(QChar(u'\0'));
}

bool hasControlCharacter(const QString &text)
{
    for (const QChar c : text) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return true;
    }
    return false;
}

VoidResult checkNoNul(const QString &text, const QString &what, const QString &field)
{
    if (hasNul(text)) {
        return invalid(Tr::tr("%1 contains a NUL character, which no program argument can hold. "
                              "Remove it.").arg(what),
                       field);
    }
    return {};
}

bool matches(const QString &text, const QString &pattern)
{
    const QRegularExpression expression(QRegularExpression::anchoredPattern(pattern));
    return expression.match(text).hasMatch();
}

VoidResult checkImage(const LaunchRequest &request)
{
    if (request.strategy == LaunchStrategy::Cmssw)
        return {}; // the wrapper picks its own image
    const QString &image = request.image;
    if (image.trimmed().isEmpty())
        return invalid(Tr::tr("Choose an image to launch."), u"image"_s);
    if (request.strategy == LaunchStrategy::Apptainer && image.startsWith(u'/')) {
        // An unpacked.cern.ch directory or a .sif file: a positional argument, where ':' is
        // fine (unpacked tags contain it).
        if (auto nul = checkNoNul(image, Tr::tr("The image path"), u"image"_s); !nul)
            return nul;
        if (hasControlCharacter(image))
            return invalid(Tr::tr("The image path contains a line break or another control character. "
                                  "Choose the image folder again."),
                           u"image"_s);
        return {};
    }
    if (launchStrategyUsesEngine(request.strategy) && LaunchRequestValidator::isImageId(image))
        return {};
    const Result<ImageReference> parsed = ImageReference::parse(image);
    if (!parsed)
        return Error(parsed.error().code(), parsed.error().message(), u"image"_s);
    return {};
}

} // namespace

bool LaunchRequestValidator::isImageId(const QString &image)
{
    return matches(image, u"sha256:[0-9a-f]{64}"_s);
}

VoidResult LaunchRequestValidator::checkMountPath(const QString &path, const QString &what, const QString &field)
{
    if (path.isEmpty())
        return invalid(Tr::tr("%1 is empty. Choose a folder.").arg(what), field);
    if (auto nul = checkNoNul(path, what, field); !nul)
        return nul;
    if (!path.startsWith(u'/')) {
        return invalid(Tr::tr("%1 must be an absolute path, starting with \"/\" (it is \"%2\").")
                           .arg(what, path),
                       field);
    }
    for (const QChar separator : {u':', u','}) {
        if (path.contains(separator)) {
            //: %3 is ':' or ','
            return invalid(Tr::tr("%1 \"%2\" contains \"%3\". Docker, Podman and Apptainer split a "
                                  "mount specification at ':' and ',' and have no way to escape "
                                  "them, so this path cannot be mounted. Rename the folder, or use "
                                  "a folder whose path has neither character.")
                               .arg(what, path, QString(separator)),
                           field);
        }
    }
    return {};
}

VoidResult LaunchRequestValidator::checkContainerName(const QString &name, const QString &field)
{
    if (!matches(name, u"[a-zA-Z0-9][a-zA-Z0-9_.-]+"_s)) {
        return invalid(Tr::tr("\"%1\" cannot be a container name. Use at least two characters: "
                              "letters, digits, '_', '.' or '-', starting with a letter or digit.")
                           .arg(name),
                       field);
    }
    return {};
}

VoidResult LaunchRequestValidator::checkEngineHost(const QString &host)
{
    if (host.isEmpty() || matches(host, u"unix:///[^\\x00-\\x1f]+|(tcp|ssh|npipe)://[^\\s\\x00-\\x1f]+"_s))
        return {};
    return invalid(Tr::tr("\"%1\" is not an engine address. Write it as unix:///path/to/socket, "
                          "tcp://host:port or ssh://user@host, or leave it empty for the "
                          "command's default.")
                       .arg(host),
                   u"engineHost"_s);
}

VoidResult LaunchRequestValidator::checkAutomounterSettings(const AutomounterSettings &settings)
{
    if (auto root = checkMountPath(settings.mountRoot, Tr::tr("The automounter's mount folder"),
                                   u"automounter.mountRoot"_s);
        !root)
        return root;
    if (settings.mountRoot == u"/"_s) {
        return invalid(Tr::tr("The automounter's mount folder cannot be \"/\". Use a folder of "
                              "its own, such as /shared-mounts."),
                       u"automounter.mountRoot"_s);
    }
    const Result<ImageReference> image = ImageReference::parse(settings.image);
    if (!image)
        return Error(image.error().code(), image.error().message(), u"automounter.image"_s);
    return checkContainerName(settings.containerName, u"automounter.containerName"_s);
}

VoidResult LaunchRequestValidator::validate(const LaunchRequest &request)
{
    if (auto image = checkImage(request); !image)
        return image;

    if (auto host = checkEngineHost(request.engineHost); !host)
        return host;

    if (auto folder = checkMountPath(request.workingFolder, Tr::tr("The working folder"), u"workingFolder"_s);
        !folder)
        return folder;
    if (request.workingFolder == u"/"_s) {
        return invalid(Tr::tr("The working folder cannot be \"/\": it would replace the container's "
                              "own files. Choose the folder you work in."),
                       u"workingFolder"_s);
    }

    for (qsizetype i = 0; i < request.binds.size(); ++i) {
        const BindMount &bind = request.binds.at(i);
        const QString prefix = u"binds[%1]."_s.arg(i);
        if (auto source = checkMountPath(bind.source, Tr::tr("The folder to mount"), prefix + u"source"_s);
            !source)
            return source;
        if (!bind.target.isEmpty()) {
            if (auto target = checkMountPath(bind.target, Tr::tr("The path inside the container"),
                                             prefix + u"target"_s);
                !target)
                return target;
        }
        if (bind.effectiveTarget() == u"/"_s) {
            return invalid(Tr::tr("A folder cannot be mounted on the container's root \"/\". "
                                  "Choose another path inside the container."),
                           prefix + u"target"_s);
        }
    }

    static const QStringList shells{u"bash"_s, u"zsh"_s, u"sh"_s};
    if (!shells.contains(request.shell)) {
        return invalid(Tr::tr("\"%1\" is not a shell Wharf can start. Choose bash, zsh or sh.")
                           .arg(request.shell),
                       u"shell"_s);
    }

    for (qsizetype i = 0; i < request.environment.size(); ++i) {
        const EnvironmentVariable &variable = request.environment.at(i);
        if (!matches(variable.name, u"[A-Za-z_][A-Za-z0-9_]*"_s)) {
            return invalid(Tr::tr("\"%1\" is not a valid environment variable name. Use letters, "
                                  "digits and '_', not starting with a digit.")
                               .arg(variable.name),
                           u"environment[%1].name"_s.arg(i));
        }
        if (auto value = checkNoNul(variable.value, Tr::tr("The value of %1").arg(variable.name),
                                    u"environment[%1].value"_s.arg(i));
            !value)
            return value;
    }

    if (!request.platform.isEmpty() && !matches(request.platform, u"[a-z0-9_]+/[a-z0-9_]+(/[a-z0-9_]+)?"_s)) {
        return invalid(Tr::tr("\"%1\" is not a platform. Write it as system/architecture, for "
                              "example linux/amd64, or leave it empty for this computer's own.")
                           .arg(request.platform),
                       u"platform"_s);
    }

    if (!request.containerName.isEmpty()) {
        if (auto name = checkContainerName(request.containerName, u"containerName"_s); !name)
            return name;
    }

    if (auto root = checkMountPath(request.cvmfsRoot, Tr::tr("The CVMFS folder"), u"cvmfsRoot"_s); !root)
        return root;
    if (request.cvmfsRoot == u"/"_s) {
        return invalid(Tr::tr("The CVMFS folder cannot be \"/\". It is usually /cvmfs."), u"cvmfsRoot"_s);
    }
    for (qsizetype i = 0; i < request.cvmfsRepositories.size(); ++i) {
        const QString &repository = request.cvmfsRepositories.at(i);
        if (!matches(repository, u"[A-Za-z0-9][A-Za-z0-9._-]*"_s)) {
            return invalid(Tr::tr("\"%1\" is not a CVMFS repository name such as cms.cern.ch.")
                               .arg(repository),
                           u"cvmfsRepositories[%1]"_s.arg(i));
        }
    }

    if (request.strategy == LaunchStrategy::Automounter) {
        if (auto settings = checkAutomounterSettings(request.automounter); !settings)
            return settings;
    }

    if (request.strategy == LaunchStrategy::Cmssw) {
        static const QStringList releases{u"el7"_s, u"el8"_s, u"el9"_s};
        if (!releases.contains(request.cmsswRelease)) {
            return invalid(Tr::tr("\"%1\" is not a CMS wrapper. Choose el7, el8 or el9.")
                               .arg(request.cmsswRelease),
                           u"cmsswRelease"_s);
        }
    }

    for (qsizetype i = 0; i < request.command.size(); ++i) {
        if (auto word = checkNoNul(request.command.at(i), Tr::tr("The command"), u"command[%1]"_s.arg(i));
            !word)
            return word;
    }

    if (hasControlCharacter(request.registryUsername)) {
        return invalid(Tr::tr("The registry user name contains a line break or another control "
                              "character. Type it again."),
                       u"registryUsername"_s);
    }
    return {};
}

} // namespace Wharf
