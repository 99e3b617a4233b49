// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/Result.h"
#include "launch/AutomounterSettings.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QSettings;

namespace Wharf {

// The choices a user makes in Settings, typed and with their defaults, over a QSettings (the
// application's, or a temporary INI file in tests). The window, the dialogs and the CLI read
// them here, so that a key is spelled once and a hand-edited or hostile settings file falls
// back to the defaults instead of reaching a plan: a relative path, a root that is "/", an
// unparsable proxy address are ignored. A value equal to its default is removed from the
// file, so that a later release can change the default. No secret is ever kept here (the
// keychain holds them); the proxy address is refused when it carries a password.
class WharfSettings
{
    Q_DECLARE_TR_FUNCTIONS(Wharf::WharfSettings)

public:
    // `settings`: not owned, must outlive this object.
    explicit WharfSettings(QSettings *settings);

    // The Docker Engine API address to add to discovery ("unix:///run/x.sock",
    // "tcp://host:2376"); empty: discovery only.
    QString engineHost() const;
    void setEngineHost(const QString &host);

    // "fr", "de", "en"; empty: the system's language. Takes effect at the next start.
    QString language() const;
    void setLanguage(const QString &language);

    // A TerminalEmulator id ("konsole", "xterm", ...); empty: the first one found.
    QString terminalId() const;
    void setTerminalId(const QString &id);

    // Where CVMFS is mounted on this computer (the host-mount strategy binds it); "/cvmfs".
    QString cvmfsRoot() const;
    void setCvmfsRoot(const QString &root);
    static QString defaultCvmfsRoot();

    // The cvmfs-automounter's image, container name and mount root.
    AutomounterSettings automounter() const;
    void setAutomounter(const AutomounterSettings &automounter);

    // The roots the unpacked.cern.ch page browses, in order; default /cvmfs/unpacked.cern.ch.
    QStringList unpackedRoots() const;
    void setUnpackedRoots(const QStringList &roots);

    // The CVMFS repositories the user works with: the troubleshooting checks look at them and
    // the Launch dialog offers them. Default: cms.cern.ch and unpacked.cern.ch.
    QStringList cvmfsRepositories() const;
    void setCvmfsRepositories(const QStringList &repositories);
    static QStringList defaultCvmfsRepositories();

    // The HTTP(S) proxy for registries ("http://proxy.cern.ch:8080"); empty: the system's.
    QString proxy() const;
    void setProxy(const QString &proxy);

    // What the getters accept, for the Settings dialog to say why a value is refused.
    // `what` names the value in the message ("The CVMFS mount point").
    static VoidResult checkDirectory(const QString &path, const QString &what);
    static VoidResult checkProxy(const QString &proxy);
    static VoidResult checkEngineHost(const QString &host);
    static VoidResult checkRepository(const QString &name);

private:
    QString text(const QString &key) const;
    void setText(const QString &key, const QString &value, const QString &defaultValue = {});
    QString directory(const QString &key, const QString &defaultValue) const;

    QSettings *m_settings;
};

} // namespace Wharf
