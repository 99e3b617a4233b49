// SPDX-License-Identifier: Apache-2.0
#include "ApptainerVersion.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Wharf {

std::optional<ApptainerVersion> ApptainerVersion::parse(
    const QByteArray &output, const QString &program)
{
    static const QRegularExpression named(
        u"^\\s*(apptainer|singularity-ce|singularityce|singularity)\\s+version\\s+v?(\\d{1,4})\\.(\\d{1,4})(?:\\.(\\d{1,4}))?([^\\s]{0,64})"_s,
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression bare(
        u"^\\s*v?(\\d{1,4})\\.(\\d{1,4})(?:\\.(\\d{1,4}))?([^\\s]{0,64})\\s*$"_s);

    // Only the first few lines matter; a version banner is never long.
    const QList<QByteArray> lines = output.left(4096).split('\n');
    for (const QByteArray &rawLine : lines) {
        if (rawLine.contains('\0'))
            continue;
        const QString line = QString::fromUtf8(rawLine).trimmed();
        ApptainerVersion version;
        QRegularExpressionMatch match = named.match(line);
        int first = 2;
        if (match.hasMatch()) {
            const QString flavour = match.captured(1).toLower();
            version.m_flavour = flavour == u"apptainer"_s ? Flavour::Apptainer
                : flavour == u"singularity"_s             ? Flavour::Singularity
                                                          : Flavour::SingularityCe;
        } else {
            match = bare.match(line);
            if (!match.hasMatch())
                continue;
            first = 1;
            version.m_flavour = program.contains(u"apptainer"_s, Qt::CaseInsensitive)
                ? Flavour::Apptainer
                : Flavour::Singularity;
        }
        version.m_major = match.captured(first).toInt();
        version.m_minor = match.captured(first + 1).toInt();
        version.m_patch = match.captured(first + 2).toInt();
        version.m_text = match.captured(first) + u'.' + match.captured(first + 1)
            + (match.captured(first + 2).isEmpty() ? QString() : u'.' + match.captured(first + 2))
            + match.captured(first + 3);
        return version;
    }
    return std::nullopt;
}

QString ApptainerVersion::flavourName() const
{
    switch (m_flavour) {
    case Flavour::Apptainer: return u"Apptainer"_s;
    case Flavour::SingularityCe: return u"SingularityCE"_s;
    case Flavour::Singularity: return u"Singularity"_s;
    }
    return {};
}

QStringList ApptainerVersion::loginCommand(
    const QString &program, const QString &user, const QString &registry) const
{
    const QString target = registry.contains(u"://"_s) ? registry : u"docker://"_s + registry;
    bool registryGroup = false;
    switch (m_flavour) {
    case Flavour::Apptainer:
        // `registry login` since Apptainer 1.2; 1.0 and 1.1 log in to OCI registries with `remote
        // login`.
        registryGroup = m_major > 1 || (m_major == 1 && m_minor >= 2);
        break;
    case Flavour::SingularityCe:
    case Flavour::Singularity:
        if (m_major < 3 || (m_major == 3 && m_minor < 7))
            return {};
        registryGroup = m_major >= 4;
        break;
    }
    return { program, registryGroup ? u"registry"_s : u"remote"_s, u"login"_s, u"--username"_s,
        user, target };
}

bool ApptainerVersion::isOutdated() const
{
    switch (m_flavour) {
    case Flavour::Apptainer: return false;
    case Flavour::SingularityCe:
    case Flavour::Singularity: return m_major < 3 || (m_major == 3 && m_minor < 7);
    }
    return false;
}

} // namespace Wharf
