// SPDX-License-Identifier: Apache-2.0
#include "LaunchPlan.h"

#include "base/ShellQuote.h"

using namespace Qt::StringLiterals;

namespace Wharf {

QString LaunchPlan::secretPlaceholder(const QString &name)
{
    // Double quotes: the shell expands the variable but does not split or glob its value.
    // The message after :? is fixed English on purpose: a translation could bring characters
    // the shell would interpret. Names are validated ([A-Za-z_][A-Za-z0-9_]*) by the planner.
    return u"\"%1=${%1:?export %1 first}\""_s.arg(name);
}

QString LaunchPlan::commandLine() const
{
    QStringList words;
    if (!workingDirectory.isEmpty())
        words << u"cd"_s << ShellQuote::quote(workingDirectory) << u"&&"_s;
    if (!environment.isEmpty() || !secretEnvironment.isEmpty()) {
        // `env` rather than shell assignments: quoted NAME=value words are plain arguments to
        // env, so no shell can mistake them for anything else.
        words << u"env"_s;
        for (const EnvironmentVariable &variable : environment)
            words << ShellQuote::quote(variable.name + u'=' + variable.value);
        for (const QString &name : secretEnvironment)
            words << secretPlaceholder(name);
    }
    words << ShellQuote::join(argv());
    return words.join(u' ');
}

} // namespace Wharf
