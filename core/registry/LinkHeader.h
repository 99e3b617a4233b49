// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QUrl>

namespace Wharf {

// The Link header a registry sends with a page of the catalog or of a tag list (RFC 8288):
// `</v2/_catalog?last=x&n=100>; rel="next"`.
class LinkHeader
{
public:
    // The rel="next" target, resolved against requestUrl. Several links may be separated by
    // commas (QNetworkReply also joins repeated headers with ", "); rel may be unquoted or
    // hold several space-separated values, compared case-insensitively; the first next link
    // counts. A null QUrl when there is no next link (also for an empty header). A
    // ProtocolError when the header breaks the grammar, is larger than 16 KiB, or the target
    // is malformed, carries user information, leads back to the same URL (a loop), or has
    // another scheme, host or port than requestUrl: a registry must not send the client,
    // with its credentials, elsewhere. The fragment of the target is dropped.
    static Result<QUrl> nextPage(const QByteArray &headerValue, const QUrl &requestUrl);

    static constexpr qsizetype MaxHeaderBytes = 16 * 1024;
};

} // namespace Wharf
