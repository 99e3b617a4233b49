// SPDX-License-Identifier: Apache-2.0
#include "ApptainerCheck.h"

#include "ApptainerVersion.h"
#include "CommandCall.h"
#include "CommandRunner.h"
#include "MountInfo.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace Wharf {

QString ApptainerCheck::id() const
{
    return u"apptainer"_s;
}

QString ApptainerCheck::title() const
{
    return tr("Apptainer (Singularity)");
}

bool ApptainerCheck::isOnAfs(const QString &path)
{
    return MountInfo::isSameOrBelow(path, u"/afs"_s);
}

void ApptainerCheck::run()
{
    const HostEnvironment &env = environment();
    if (env.os != HostEnvironment::Os::Linux) {
        finish(makeResult(CheckStatus::NotApplicable,
            tr("Apptainer runs on Linux only: use it on lxplus or in a Linux virtual machine.")));
        return;
    }
    QString program = env.findProgram(u"apptainer"_s);
    if (program.isEmpty())
        program = env.findProgram(u"singularity"_s);
    if (program.isEmpty()) {
        CheckResult result
            = makeResult(CheckStatus::NotApplicable, tr("Apptainer is not installed."));
        result.evidence = { tr("apptainer, singularity: not found on the PATH (%1)")
                                .arg(env.environment.value(u"PATH"_s)) };
        result.fixSteps = {
            tr("RHEL, Alma, Rocky, Fedora: `sudo dnf install epel-release` (not on Fedora), then "
               "`sudo dnf install apptainer`."),
            tr("Debian, Ubuntu: the .deb of the latest release from "
               "https://github.com/apptainer/apptainer/releases "
               "(`sudo apt-get install ./apptainer_*.deb`), or the PPA on Ubuntu "
               "(`sudo add-apt-repository ppa:apptainer/ppa && sudo apt-get install apptainer`)."),
            tr("Without installing, on a computer with CVMFS: "
               "/cvmfs/oasis.opensciencegrid.org/mis/apptainer/current/bin/apptainer."),
            tr("On lxplus it is already installed. Docker or Podman with an image works too."),
        };
        result.catalogueId = u"apptainer-not-installed"_s;
        finish(result);
        return;
    }
    if (!env.commandRunner) {
        evaluate(program, Error(ErrorCode::ProcessFailed, tr("No command runner is available.")));
        return;
    }
    m_call = env.commandRunner->start(program, { u"--version"_s }, m_versionTimeout, this);
    connect(m_call, &CommandCall::finished, this,
        [this, program](const Result<CommandOutput> &output) { evaluate(program, output); });
}

void ApptainerCheck::abandon()
{
    if (m_call)
        m_call->cancel();
    m_call = nullptr;
}

void ApptainerCheck::evaluate(const QString &program, const Result<CommandOutput> &output)
{
    m_call = nullptr;
    const HostEnvironment &env = environment();
    const QString logical = env.logicalPath(program);
    const QString name = QFileInfo(program).fileName();
    QStringList evidence;
    QStringList warnings;
    QStringList fixSteps;
    QList<QStringList> fixCommands;
    QString catalogueId;

    std::optional<ApptainerVersion> version;
    if (!output) {
        evidence.append(tr("%1 --version: %2").arg(logical, output.error().message()));
        warnings.append(tr("%1 does not tell its version.").arg(name));
        fixSteps.append(tr("Run `%1 --version` yourself; a broken installation needs reinstalling.")
                            .arg(logical));
        fixCommands.append({ logical, u"--version"_s });
    } else {
        const QString firstLine
            = QString::fromUtf8(output->standardOutput.left(200)).section(u'\n', 0, 0).trimmed();
        version = ApptainerVersion::parse(output->standardOutput, name);
        if (output->exitCode != 0 || !version) {
            evidence.append(
                tr("%1 --version: exit code %2, \"%3\"")
                    .arg(logical)
                    .arg(output->exitCode)
                    .arg(firstLine.isEmpty()
                            ? QString::fromUtf8(output->standardError.left(200)).trimmed()
                            : firstLine));
            warnings.append(tr("The version of %1 cannot be read.").arg(name));
            fixSteps.append(
                tr("Run `%1 --version` yourself; a broken installation needs reinstalling.")
                    .arg(logical));
            fixCommands.append({ logical, u"--version"_s });
            version.reset();
        } else {
            evidence.append(tr("%1 --version: %2").arg(logical, firstLine));
        }
    }

    if (version) {
        const QStringList login = version->loginCommand(name, u"USER"_s, u"REGISTRY"_s);
        if (!login.isEmpty()) {
            evidence.append(tr("Log in to a registry with this version: %1").arg(login.join(u' ')));
        } else {
            evidence.append(tr("This version has no registry login command: it reads "
                               "SINGULARITY_DOCKER_USERNAME and "
                               "SINGULARITY_DOCKER_PASSWORD from the environment."));
        }
        if (version->isOutdated()) {
            warnings.append(
                tr("%1 %2 is old: it cannot convert some CMS images (\"failed to make environment "
                   "dirs\") and cannot log in to registries.")
                    .arg(version->flavourName(), version->text()));
            fixSteps.append(
                tr("Install a current Apptainer (see apptainer.org), or run the images from "
                   "/cvmfs/unpacked.cern.ch, which need no conversion."));
            catalogueId = u"singularity-environment-dirs"_s;
        }
    }

    // The cache: APPTAINER_CACHEDIR, SINGULARITY_CACHEDIR, else the default in the home directory.
    QString cacheDirectory;
    QString cacheSource;
    for (const QString &variable : { u"APPTAINER_CACHEDIR"_s, u"SINGULARITY_CACHEDIR"_s }) {
        if (!env.environment.value(variable).isEmpty()) {
            cacheDirectory = env.environment.value(variable);
            cacheSource = variable;
            break;
        }
    }
    if (cacheDirectory.isEmpty()) {
        const bool isSingularity = version
            ? version->flavour() != ApptainerVersion::Flavour::Apptainer
            : name.contains(u"singularity"_s);
        cacheDirectory
            = env.homePath(isSingularity ? u".singularity/cache"_s : u".apptainer/cache"_s);
        cacheSource = tr("default");
    }
    evidence.append(tr("cache directory (%1): %2").arg(cacheSource, cacheDirectory));
    if (isOnAfs(cacheDirectory)) {
        const QString variable
            = version && version->flavour() != ApptainerVersion::Flavour::Apptainer
            ? u"SINGULARITY_CACHEDIR"_s
            : u"APPTAINER_CACHEDIR"_s;
        warnings.append(
            tr("The cache directory is on AFS: converting images there is slow, fails on AFS "
               "permissions, and fills the AFS quota."));
        fixSteps.append(
            tr("Put the cache on a local disk: `export %1=/tmp/$USER/apptainer-cache` (add it to "
               "~/.bashrc), or on EOS if /tmp is too small.")
                .arg(variable));
        if (catalogueId.isEmpty())
            catalogueId = u"disk-quota-exceeded"_s;
    }

    CheckResult result = makeResult(warnings.isEmpty() ? CheckStatus::Ok : CheckStatus::Warning,
        warnings.isEmpty()
            ? (version ? tr("%1 %2 is installed.").arg(version->flavourName(), version->text())
                       : tr("%1 is installed.").arg(name))
            : warnings.join(u' '));
    result.evidence = evidence;
    result.fixSteps = fixSteps;
    result.fixCommands = fixCommands;
    result.catalogueId = catalogueId;
    finish(result);
}

} // namespace Wharf
