// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>

namespace Wharf {

class RegistryCredential;

// The X-Registry-Auth header an engine wants with a pull: base64url of
// {"username", "password", "serveraddress"} (or {"identitytoken", "serveraddress"} for an
// OAuth refresh token, Docker's "<token>" user), as the docker CLI sends it. The value
// holds the secret: keep it in memory, for as long as the pull needs it, and never log it.
class EngineRegistryAuth
{
public:
    // Empty for an empty credential (anonymous: the engine is sent no header).
    static QByteArray encode(const RegistryCredential &credential);
};

} // namespace Wharf
