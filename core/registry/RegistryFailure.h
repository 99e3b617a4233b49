// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "RegistryResponse.h"
#include "base/Error.h"

#include <QList>
#include <QNetworkReply>
#include <QSslError>

namespace Wharf {

// Turns what went wrong in a registry exchange into an Error that says what happened and
// what to do: HTTP statuses (with the registry's own {"errors": [...]} text and Docker
// Hub's rate-limit headers), DNS, refused connections, timeouts and named TLS problems.
// `host` is the registry as the user names it; `action` says what Wharf was doing
// ("list the tags of cms/analysis").
class RegistryFailure
{
public:
    static Error fromResponse(const RegistryResponse &response, const QString &host, const QString &action,
                              bool hadCredentials);
    static Error fromNetworkError(QNetworkReply::NetworkError error, const QString &errorString,
                                  const QList<QSslError> &sslErrors, const QString &host, const QString &action,
                                  int timeoutMs);
    // The registry's error list ("NAME_UNKNOWN: repository name not known to registry"),
    // bounded, for the details of an Error.
    static QString registryErrorText(const QByteArray &body);
    // "0 of 100 pulls left (window 6 h); try again in 42 min", from RateLimit-* and
    // Retry-After headers; empty when the registry sent none.
    static QString rateLimitText(const RegistryResponse &response);
};

} // namespace Wharf
