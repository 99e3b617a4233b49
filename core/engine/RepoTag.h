// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QList>
#include <QString>

namespace Wharf {

struct ImageSummary;

// A "repository:tag" pair as `docker images` shows it; tag "<none>" for an untagged (dangling)
// image, whose repository is "<none>" too unless a digest still names it.
struct RepoTag
{
    QString repository;
    QString tag;

    bool isDangling() const;
    bool operator==(const RepoTag &) const = default;

    // Splits at the last ':' after the last '/', so "host:5000/app" has no tag and
    // "host:5000/app:1" has tag "1".
    static RepoTag split(const QString &repoTag);
    // The rows an image gives: one per tag, or one "<none>" row for an untagged image.
    static QList<RepoTag> rowsOf(const ImageSummary &image);
    static QString none();
};

} // namespace Wharf
