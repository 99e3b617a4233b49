// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QUrl>

namespace Wharf {

// One HTTP reply from a registry or its token service, as RegistryClient hands it on.
struct RegistryResponse
{
    int status = 0;
    QUrl url;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;

    // The header's value (name case-insensitive); repeated headers joined with ", ".
    QByteArray header(const QByteArray &name) const
    {
        QByteArray value;
        for (const auto &[key, headerValue] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) != 0)
                continue;
            if (!value.isEmpty())
                value += ", ";
            value += headerValue;
        }
        return value;
    }
};

} // namespace Wharf
