// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/Result.h"

#include <QStringList>
#include <QUrl>

namespace Wharf {

// The bodies of the listing endpoints, checked: the catalog ({"repositories": [...]}), a
// tag list ({"name": ..., "tags": [...] or null}) and a page of Docker Hub's repository
// listing ({"next": URL, "results": [{"namespace", "name"}]}). Names that are not strings,
// empty or absurdly long are dropped; a body that is not the expected JSON is an error.
class RegistryListing
{
public:
    QStringList names;
    QUrl next; // Docker Hub only: the next page, already checked to stay on hub.docker.com

    static Result<RegistryListing> parseCatalog(const QByteArray &body);
    static Result<RegistryListing> parseTags(const QByteArray &body);
    static Result<RegistryListing> parseDockerHubRepositories(const QByteArray &body);
};

} // namespace Wharf
