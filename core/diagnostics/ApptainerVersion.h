// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>

namespace Wharf {

// The version `apptainer --version` / `singularity --version` prints ("apptainer version
// 1.2.5-1.el9", "singularity-ce version 3.11.4", "singularity version 3.5.3", or just
// "2.6.1-dist" from Singularity 2), and what follows from it: the registry login command of
// that version and whether it is too old for CMS images.
// The commands follow the projects' documentation; they have not been tried against every
// version here (no Apptainer on the CI machine).
class ApptainerVersion
{
public:
    enum class Flavour { Apptainer, SingularityCe, Singularity };

    // program is the file name that printed the output; it names the flavour when the
    // output does not. nullopt when no version can be found.
    static std::optional<ApptainerVersion> parse(const QByteArray &output, const QString &program);

    Flavour flavour() const { return m_flavour; }
    int major() const { return m_major; }
    int minor() const { return m_minor; }
    int patch() const { return m_patch; }
    const QString &text() const { return m_text; } // "1.2.5-1.el9"
    QString flavourName() const; // "Apptainer", "SingularityCE", "Singularity"

    // The command that logs in to a Docker/OCI registry with this version, with USER and
    // REGISTRY as given; empty when the version has no login command (Singularity < 3.7: it
    // reads SINGULARITY_DOCKER_USERNAME / SINGULARITY_DOCKER_PASSWORD instead).
    QStringList loginCommand(
        const QString &program, const QString &user, const QString &registry) const;
    // Old Singularity (before 3.7) cannot convert some CMS images ("failed to make
    // environment dirs") and cannot log in to registries.
    bool isOutdated() const;

private:
    Flavour m_flavour = Flavour::Apptainer;
    int m_major = 0;
    int m_minor = 0;
    int m_patch = 0;
    QString m_text;
};

} // namespace Wharf
