// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>

namespace Wharf {

// A login another tool already has, found by CredentialImporter: where it is and for whom.
// No secret: CredentialImporter::fetch reads it from the source when the user imports it.
class ImportableLogin
{
public:
    enum class Source {
        DockerConfig, // "auths" of Docker's config.json
        CredentialHelper, // a docker-credential-<helper> named by credsStore or credHelpers
        PodmanAuthFile, // "auths" of Podman's auth.json
    };

    Source source = Source::DockerConfig;
    QString registry; // normalised "host[:port]"
    QString username; // may be empty when a helper could not list it
    QString location; // the file that names the login (config.json or auth.json)
    QString helper; // Source::CredentialHelper: the helper's name ("secretservice")
    QString serverUrl; // the key exactly as the source has it (for get / lookup)

    bool operator==(const ImportableLogin &) const = default;
};

} // namespace Wharf
