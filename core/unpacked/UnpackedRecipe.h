// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/Result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace Wharf {

// "Request on unpacked.cern.ch": turns an image reference into the line a user adds under
// `input:` in recipe.yaml of the sync project, by merge request.
//
// Accepted: REGISTRY/REPOSITORY[:TAG][@DIGEST] as Docker's grammar has it (core/registry
// ImageReference), optionally written as a URL (https://..., docker://...), where TAG may
// also be "*" (every tag) or "prefix*" (every tag that starts with prefix): the publisher
// (DUCC) expands it over the registry's tag list. A digest alone is accepted: DUCC publishes
// it as <image>:sha256:<hex>. No tag and no digest means ":latest", said in notes().
// Refused, with the reason: a registry that cannot be public (localhost, a name without a
// dot, .local/.internal/.lan/... names, loopback, private and link-local addresses), a
// plain http:// URL, a '*' elsewhere than at the end of the tag, a wildcard with a digest,
// and anything Docker would refuse.
class UnpackedRecipe
{
    Q_DECLARE_TR_FUNCTIONS(Wharf::UnpackedRecipe)

public:
    static constexpr qsizetype MaxInputLength = 1024;

    static Result<UnpackedRecipe> fromReference(const QString &text);

    static QString gitlabProject() { return QStringLiteral("https://gitlab.cern.ch/unpacked/sync"); }
    static QString githubProject() { return QStringLiteral("https://github.com/cvmfs/images-unpacked.cern.ch"); }

    QString registry() const { return m_registry; }   // as published: "registry.hub.docker.com"
    QString repository() const { return m_repository; } // "library/centos"
    QString tag() const { return m_tag; }               // "centos7", "*", "21.2.1*"; may be empty with a digest
    QString digest() const { return m_digest; }         // "sha256:..." or empty
    bool isWildcard() const { return m_tag.endsWith(u'*'); }

    // What goes in the recipe: "https://registry.hub.docker.com/library/centos:centos7".
    QString inputUrl() const;
    // The exact line, indented under `input:`: "    - 'https://...'".
    QString recipeLine() const;
    // The public name once published, "registry.hub.docker.com/library/centos:centos7"; for a
    // wildcard, the pattern of the names ("...analysisbase:21.2.1*").
    QString publicName() const;
    // Where it will appear: <root>/<publicName()>.
    QString expectedPath(const QString &root = QStringLiteral("/cvmfs/unpacked.cern.ch")) const;
    // Things the user should know about this reference (tag added, host renamed, wildcard).
    QStringList notes() const { return m_notes; }
    // Where the merge request goes and what happens next.
    QString explanation() const;

private:
    QString m_registry;
    QString m_repository;
    QString m_tag;
    QString m_digest;
    QStringList m_notes;
};

} // namespace Wharf
