// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "KnownError.h"

#include <QString>

namespace Wharf {

// One entry of the catalogue that matches a failure, with what matched: the excerpt of the
// text (after ANSI escapes were removed and line ends normalised) and where it starts in the
// text as given. An entry found by Wharf's own error code has no excerpt and position -1.
struct CatalogueMatch
{
    KnownError entry; // a copy (implicitly shared members), so the match outlives its catalogue
    QString excerpt;
    qsizetype position = -1;

    bool matchedByErrorCode() const { return position < 0; }
};

} // namespace Wharf
