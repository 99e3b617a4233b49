// SPDX-License-Identifier: Apache-2.0
#include "ErrorReport.h"

#include "base/ShellQuote.h"

#include <QCoreApplication>
#include <QStringList>
#include <QSysInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

// A class scope lupdate understands, so the context it records is the one used at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Wharf::ErrorReport)
};

// A fence longer than any run of backticks in the text, so the text cannot close it.
QString fenceFor(const QString &text)
{
    qsizetype longest = 0;
    qsizetype run = 0;
    for (const QChar c : text) {
        run = c == u'`' ? run + 1 : 0;
        longest = std::max(longest, run);
    }
    return QString(std::max<qsizetype>(3, longest + 1), u'`');
}

} // namespace

QString ErrorReport::markdown(const QString &context, const QString &errorText,
                              const QList<CatalogueMatch> &matches, const Redactor &redactor)
{
    QStringList lines;
    lines << u"## "_s + (context.isEmpty() ? Tr::tr("Wharf error report") : redactor.redact(context)) << QString();
    lines << Tr::tr("Wharf %1, Qt %2, %3 (%4)")
                 .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion()),
                      QSysInfo::prettyProductName(), QSysInfo::currentCpuArchitecture())
          << QString();
    const QString text = redactor.redact(errorText.trimmed());
    const QString fence = fenceFor(text);
    lines << u"### "_s + Tr::tr("What Wharf met") << QString() << fence << text << fence << QString();
    if (matches.isEmpty()) {
        lines << Tr::tr("No entry of Wharf's known-error catalogue matches this text.");
        return lines.join(u'\n') + u'\n';
    }
    for (const CatalogueMatch &match : matches) {
        const KnownError &entry = match.entry;
        lines << u"### "_s + Tr::tr("What went wrong: %1").arg(entry.title()) << QString();
        lines << Tr::tr("Why: %1").arg(entry.cause()) << QString() << Tr::tr("How to fix it:");
        int step = 0;
        for (const QString &fix : entry.fixSteps())
            lines << u"%1. %2"_s.arg(++step).arg(fix);
        for (const KnownErrorAction &action : entry.actions()) {
            if (action.kind() == KnownErrorAction::Kind::CopyCommand)
                lines << u"   - `"_s + ShellQuote::join(action.command()) + u'`';
        }
        for (const KnownErrorLink &link : entry.links())
            lines << u"- ["_s + link.title + u"]("_s + link.url + u')';
        lines << QString() << Tr::tr("(catalogue entry %1)").arg(entry.id()) << QString();
    }
    return lines.join(u'\n');
}

} // namespace Wharf
