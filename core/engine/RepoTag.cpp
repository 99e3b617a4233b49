// SPDX-License-Identifier: Apache-2.0
#include "RepoTag.h"

#include "ImageSummary.h"

using namespace Qt::StringLiterals;

namespace Wharf {

QString RepoTag::none()
{
    return u"<none>"_s;
}

bool RepoTag::isDangling() const
{
    return tag == none();
}

RepoTag RepoTag::split(const QString &repoTag)
{
    const qsizetype slash = repoTag.lastIndexOf(u'/');
    const qsizetype colon = repoTag.lastIndexOf(u':');
    if (colon > slash && colon >= 0)
        return {repoTag.left(colon), repoTag.mid(colon + 1)};
    return {repoTag, none()};
}

QList<RepoTag> RepoTag::rowsOf(const ImageSummary &image)
{
    QList<RepoTag> rows;
    for (const QString &repoTag : image.repoTags) {
        if (repoTag.isEmpty() || repoTag == u"<none>:<none>"_s || repoTag.startsWith(u"<none>"_s))
            continue;
        rows.append(split(repoTag));
    }
    if (rows.isEmpty()) {
        // Untagged, but still known by digest (an older pull of a moved tag): docker shows
        // "repo <none>".
        const QString digest = image.repoDigests.value(0);
        const qsizetype at = digest.indexOf(u'@');
        rows.append({at > 0 ? digest.left(at) : none(), none()});
    }
    return rows;
}

} // namespace Wharf
