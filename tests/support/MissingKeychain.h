// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "credentials/SecretStore.h"

namespace Wharf::Test {

// A keychain that is not there (no Secret Service): the one fault the real keyring will not
// produce on request in a test. `readsWork`: it answers reads ("nothing stored") but refuses
// writes, as a locked keychain does, so its state is learned only when something is written.
class MissingKeychain : public SecretStore
{
public:
    explicit MissingKeychain(bool readsWork = false) : m_readsWork(readsWork) { }

    void read(const QString &service, const QString &key, ReadCallback done) override;
    void write(const QString &service, const QString &key, const QString &secret, DoneCallback done) override;
    void remove(const QString &service, const QString &key, DoneCallback done) override;

private:
    static Error unavailable();
    bool m_readsWork;
};

} // namespace Wharf::Test
