// SPDX-License-Identifier: Apache-2.0
#include "WharfSettings.h"

#include "diagnostics/CvmfsMountCheck.h"
#include "launch/LaunchRequestValidator.h"
#include "unpacked/UnpackedLayout.h"

#include <QDir>
#include <QSettings>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

const QString kEngineHost = u"engines/host"_s;
const QString kLanguage = u"ui/language"_s;
const QString kTerminal = u"launch/terminal"_s;
const QString kCvmfsRoot = u"launch/cvmfsRoot"_s;
const QString kAutomounterImage = u"automounter/image"_s;
const QString kAutomounterName = u"automounter/containerName"_s;
const QString kAutomounterMountRoot = u"automounter/mountRoot"_s;
const QString kUnpackedRoots = u"unpacked/roots"_s;
const QString kProxy = u"network/proxy"_s;
const QString kCvmfsRepositories = u"cvmfs/repositories"_s;
// Enough for anyone's experiments; a hand-edited list cannot make the checks run without end.
constexpr qsizetype MaxRepositories = 32;

// A settings value that is a short word: no control characters, bounded.
bool isPlainWord(const QString &value)
{
    if (value.size() > 64)
        return false;
    return std::all_of(value.cbegin(), value.cend(),
                       [](QChar c) { return c.isLetterOrNumber() || c == u'-' || c == u'_' || c == u'.'; });
}

Error invalid(const QString &message)
{
    return Error(ErrorCode::InvalidConfiguration, message);
}

} // namespace

WharfSettings::WharfSettings(QSettings *settings)
    : m_settings(settings)
{
}

QString WharfSettings::text(const QString &key) const
{
    return m_settings->value(key).toString();
}

void WharfSettings::setText(const QString &key, const QString &value, const QString &defaultValue)
{
    if (value.isEmpty() || value == defaultValue)
        m_settings->remove(key);
    else
        m_settings->setValue(key, value);
}

QString WharfSettings::directory(const QString &key, const QString &defaultValue) const
{
    const QString stored = text(key);
    return !stored.isEmpty() && checkDirectory(stored, QString()) ? QDir::cleanPath(stored) : defaultValue;
}

QString WharfSettings::engineHost() const
{
    const QString host = text(kEngineHost).trimmed();
    return checkEngineHost(host) ? host : QString();
}

void WharfSettings::setEngineHost(const QString &host)
{
    setText(kEngineHost, host.trimmed());
}

QString WharfSettings::language() const
{
    const QString language = text(kLanguage);
    return isPlainWord(language) ? language : QString();
}

void WharfSettings::setLanguage(const QString &language)
{
    setText(kLanguage, language);
}

QString WharfSettings::terminalId() const
{
    const QString id = text(kTerminal);
    return isPlainWord(id) ? id : QString();
}

void WharfSettings::setTerminalId(const QString &id)
{
    setText(kTerminal, id);
}

QString WharfSettings::defaultCvmfsRoot()
{
    return u"/cvmfs"_s;
}

QString WharfSettings::cvmfsRoot() const
{
    return directory(kCvmfsRoot, defaultCvmfsRoot());
}

void WharfSettings::setCvmfsRoot(const QString &root)
{
    setText(kCvmfsRoot, root.isEmpty() ? QString() : QDir::cleanPath(root), defaultCvmfsRoot());
}

AutomounterSettings WharfSettings::automounter() const
{
    const AutomounterSettings defaults;
    AutomounterSettings settings;
    settings.mountRoot = directory(kAutomounterMountRoot, defaults.mountRoot);
    if (const QString image = text(kAutomounterImage); !image.isEmpty())
        settings.image = image;
    if (const QString name = text(kAutomounterName); !name.isEmpty())
        settings.containerName = name;
    // The three together must make a valid automounter; one bad value would otherwise reach
    // the plan, so a hand-edited file falls back to the documented automounter entirely.
    return LaunchRequestValidator::checkAutomounterSettings(settings) ? settings : defaults;
}

void WharfSettings::setAutomounter(const AutomounterSettings &automounter)
{
    const AutomounterSettings defaults;
    setText(kAutomounterMountRoot, QDir::cleanPath(automounter.mountRoot), defaults.mountRoot);
    setText(kAutomounterImage, automounter.image, defaults.image);
    setText(kAutomounterName, automounter.containerName, defaults.containerName);
}

QStringList WharfSettings::unpackedRoots() const
{
    QStringList roots;
    for (const QString &root : m_settings->value(kUnpackedRoots).toStringList()) {
        if (root.isEmpty() || !checkDirectory(root, QString()))
            continue;
        if (const QString clean = QDir::cleanPath(root); !roots.contains(clean))
            roots << clean;
        if (roots.size() == 32) // a hand-edited list cannot make the page scan without end
            break;
    }
    return roots.isEmpty() ? QStringList{UnpackedLayout::defaultRoot()} : roots;
}

void WharfSettings::setUnpackedRoots(const QStringList &roots)
{
    QStringList clean;
    for (const QString &root : roots) {
        if (!root.isEmpty() && !clean.contains(QDir::cleanPath(root)))
            clean << QDir::cleanPath(root);
    }
    if (clean.isEmpty() || clean == QStringList{UnpackedLayout::defaultRoot()})
        m_settings->remove(kUnpackedRoots);
    else
        m_settings->setValue(kUnpackedRoots, clean);
}

QStringList WharfSettings::defaultCvmfsRepositories()
{
    return CvmfsMountCheck::defaultRepositories();
}

QStringList WharfSettings::cvmfsRepositories() const
{
    QStringList repositories;
    for (const QString &name : m_settings->value(kCvmfsRepositories).toStringList()) {
        if (checkRepository(name) && !repositories.contains(name))
            repositories << name;
        if (repositories.size() == MaxRepositories)
            break;
    }
    return repositories.isEmpty() ? defaultCvmfsRepositories() : repositories;
}

void WharfSettings::setCvmfsRepositories(const QStringList &repositories)
{
    QStringList clean;
    for (const QString &name : repositories) {
        if (checkRepository(name.trimmed()) && !clean.contains(name.trimmed()) && clean.size() < MaxRepositories)
            clean << name.trimmed();
    }
    if (clean.isEmpty() || clean == defaultCvmfsRepositories())
        m_settings->remove(kCvmfsRepositories);
    else
        m_settings->setValue(kCvmfsRepositories, clean);
}

VoidResult WharfSettings::checkRepository(const QString &name)
{
    if (CvmfsMountCheck::isValidRepositoryName(name))
        return {};
    return Error(ErrorCode::InvalidConfiguration,
                 tr("\"%1\" is not a CVMFS repository name such as cms.cern.ch.").arg(name.left(80)));
}

QString WharfSettings::proxy() const
{
    const QString proxy = text(kProxy).trimmed();
    return checkProxy(proxy) ? proxy : QString();
}

void WharfSettings::setProxy(const QString &proxy)
{
    // A refused address is not written: with a password in it, that would be a secret at rest
    // in the settings file (the getter would ignore it, but the file would keep it).
    if (!checkProxy(proxy.trimmed()))
        return;
    setText(kProxy, proxy.trimmed());
}

VoidResult WharfSettings::checkDirectory(const QString &path, const QString &what)
{
    const QString shown = what.isEmpty() ? tr("The folder") : what;
    if (auto mountable = LaunchRequestValidator::checkMountPath(path, shown, QString()); !mountable)
        return mountable;
    if (QDir::cleanPath(path) == u"/"_s)
        return invalid(tr("%1 cannot be \"/\".").arg(shown));
    // A hand-edited file: no real mount point holds a control character or is longer than
    // PATH_MAX, and either would garble the messages and commands that show it.
    if (std::any_of(path.cbegin(), path.cend(), [](QChar c) { return c.category() == QChar::Other_Control; }))
        return invalid(tr("%1 contains a control character (such as a line break). Type the path again.").arg(shown));
    if (path.size() > 4096)
        return invalid(tr("%1 is longer than any path this computer allows.").arg(shown));
    return {};
}

VoidResult WharfSettings::checkProxy(const QString &proxy)
{
    if (proxy.isEmpty())
        return {};
    const QUrl url(proxy, QUrl::StrictMode);
    const bool schemeKnown = url.scheme() == u"http"_s || url.scheme() == u"https"_s || url.scheme() == u"socks5"_s;
    if (!url.isValid() || !schemeKnown || url.host().isEmpty() || !url.path(QUrl::FullyEncoded).remove(u'/').isEmpty()) {
        return invalid(tr("\"%1\" is not a proxy address. Write it as http://host:port (or socks5://host:port), "
                          "or leave it empty to use the system's proxy.")
                           .arg(proxy));
    }
    // A password in the settings file would be a secret at rest outside the keychain.
    if (!url.password().isEmpty())
        return invalid(tr("The proxy address must not hold a password: settings are not a safe place for it."));
    return {};
}

VoidResult WharfSettings::checkEngineHost(const QString &host)
{
    return LaunchRequestValidator::checkEngineHost(host);
}

} // namespace Wharf
