// SPDX-License-Identifier: Apache-2.0
#include "HttpMessage.h"

namespace Wharf {

QByteArray httpHeaderValue(const HttpHeaders &headers, const QByteArray &name)
{
    for (const auto &header : headers) {
        if (header.first.compare(name, Qt::CaseInsensitive) == 0)
            return header.second;
    }
    return {};
}

} // namespace Wharf
