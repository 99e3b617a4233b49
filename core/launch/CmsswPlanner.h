// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "HostFacts.h"
#include "LaunchPlan.h"
#include "LaunchRequest.h"
#include "base/Result.h"

namespace Wharf {

// The CMS wrappers cmssw-el7/el8/el9 from <cvmfs root>/cms.cern.ch/common. They pick their
// own image from unpacked.cern.ch, bind what exists among /afs, /eos, /etc/grid-security and
// the top folder of the current directory, forward a Kerberos cache, and run
// `apptainer exec` (or singularity) with `bash` in it.
//
// What reading cmssw-env (github.com/cms-sw/cmssw-osenv) teaches, and so what is refused here:
// - Options before --command-to-run are collected into one string and word-split again when
//   apptainer runs: a bind path with blanks or glob characters (* ? [) would be split or
//   expanded, so such paths are refused.
// - Everything after --command-to-run is the command. Several words are quoted with bash's
//   printf %q and put inside '...' in an `sh -c` string: a word with a ' or a control
//   character (which %q writes as $'...') would break out of those quotes, so such words are
//   refused; other words arrive as exactly one argument each.
// - A one-word command is run through `eval`, that is as shell code. A one-word command with
//   anything but letters, digits and @%+=:,./_- is refused (give the words separately).
// - The process must start in the working folder: the wrapper binds the top folder of its
//   current directory and apptainer starts the shell there (plan.workingDirectory).
class CmsswPlanner
{
public:
    static Result<LaunchPlan> plan(const LaunchRequest &request, const HostFacts &facts);
};

} // namespace Wharf
