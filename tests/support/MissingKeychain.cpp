// SPDX-License-Identifier: Apache-2.0
#include "MissingKeychain.h"

using namespace Qt::StringLiterals;

namespace Wharf::Test {

void MissingKeychain::read(const QString &, const QString &, ReadCallback done)
{
    const Error error = m_readsWork ? Error(ErrorCode::NotFound, u"No such entry"_s) : unavailable();
    answerLater([done = std::move(done), error] { done(error); });
}

void MissingKeychain::write(const QString &, const QString &, const QString &, DoneCallback done)
{
    answerLater([done = std::move(done)] { done(unavailable()); });
}

void MissingKeychain::remove(const QString &, const QString &, DoneCallback done)
{
    answerLater([done = std::move(done), readsWork = m_readsWork] { readsWork ? done({}) : done(unavailable()); });
}

Error MissingKeychain::unavailable()
{
    return Error(ErrorCode::KeychainUnavailable, u"No keychain is running (no Secret Service on D-Bus)."_s);
}

} // namespace Wharf::Test
