// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QStringList>

namespace Wharf {

// `wharf diagnose [--symptom S] [--json]`: runs the diagnostic checks (all of them, or those
// for a symptom) and prints them grouped, with status, evidence and fix; JSON with --json.
// Exit code 0 when none failed, 1 when one failed, 2 on a usage error.
// WHARF_DIAGNOSE_ROOT, when set, is the filesystem root the checks look under (tests run the
// binary against a prepared tree).
class DiagnoseCommand
{
public:
    int run(const QStringList &arguments);
};

} // namespace Wharf
