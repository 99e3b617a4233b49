// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QMap>
#include <QString>
#include <QStringList>

namespace Wharf {

// The parts of an image config blob (OCI image config, or Docker's
// application/vnd.docker.container.image.v1+json) a user wants to see for a tag: when it was
// built, for which platform, by whom, and how it starts.
class ImageConfigSummary
{
public:
    static constexpr qsizetype MaxBodyBytes = 8 * 1024 * 1024;

    ImageConfigSummary() = default;

    // A body that is not a JSON object, or is over 8 MiB, is a ParseError. Fields of the
    // wrong type are left empty: they are descriptive, and a tag is still worth showing.
    static Result<ImageConfigSummary> parse(const QByteArray &body);

    bool isNull() const { return m_null; }

    // RFC 3339 (nanoseconds, offsets) in UTC; invalid when absent, garbage or Go's zero time.
    QDateTime created() const { return m_created; }
    QString os() const { return m_os; }
    QString architecture() const { return m_architecture; }
    QString variant() const { return m_variant; }
    QString osVersion() const { return m_osVersion; }
    QString author() const { return m_author; }
    // config.Labels; members whose values are not strings are skipped.
    QMap<QString, QString> labels() const { return m_labels; }
    QStringList environment() const { return m_environment; } // "NAME=value"
    QStringList entrypoint() const { return m_entrypoint; }
    QStringList command() const { return m_command; }
    QString workingDirectory() const { return m_workingDirectory; }
    QString user() const { return m_user; }
    // Entries of "history" (one per build step, empty layers included).
    int historyCount() const { return m_historyCount; }

    bool operator==(const ImageConfigSummary &) const = default;

private:
    bool m_null = true;
    QDateTime m_created;
    QString m_os;
    QString m_architecture;
    QString m_variant;
    QString m_osVersion;
    QString m_author;
    QMap<QString, QString> m_labels;
    QStringList m_environment;
    QStringList m_entrypoint;
    QStringList m_command;
    QString m_workingDirectory;
    QString m_user;
    int m_historyCount = 0;
};

} // namespace Wharf
