// SPDX-License-Identifier: Apache-2.0
#include "ExplainCommand.h"

#include "base/ShellQuote.h"
#include "diagnostics/ErrorCatalogue.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

// A class scope lupdate understands, so the context it records is the one used at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Wharf::ExplainCommand)
};

QString usage()
{
    return Tr::tr("Usage: wharf explain [FILE] [--json]\n"
                  "Reads an error message from FILE (or from standard input) and explains it.\n");
}

// Reads all of device, keeping only the last MaximumInput bytes. Blocking on purpose: this is
// a command-line tool reading its input, not GUI code.
struct Input
{
    QByteArray bytes;
    bool truncated = false;
};

Input readTail(QIODevice &device)
{
    Input input;
    constexpr qint64 Chunk = 64 * 1024;
    while (true) {
        const QByteArray chunk = device.read(Chunk);
        if (chunk.isEmpty())
            break;
        input.bytes.append(chunk);
        if (input.bytes.size() > 2 * ExplainCommand::MaximumInput) {
            input.bytes = input.bytes.right(ExplainCommand::MaximumInput);
            input.truncated = true;
        }
    }
    if (input.bytes.size() > ExplainCommand::MaximumInput) {
        input.bytes = input.bytes.right(ExplainCommand::MaximumInput);
        input.truncated = true;
    }
    return input;
}

// The copy-command actions as shell lines, with the user's name filled in where the
// catalogue has the placeholder.
QStringList commandLines(const KnownError &entry)
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
    QStringList lines;
    for (const KnownErrorAction &action : entry.actions()) {
        if (action.kind() == KnownErrorAction::Kind::CopyCommand)
            lines.append(ShellQuote::join(action.commandFor(user)));
    }
    return lines;
}

void printEntry(QTextStream &out, const CatalogueMatch &match)
{
    const KnownError &entry = match.entry;
    // Continuation lines line up under the first value.
    const auto block = [&out](const QString &label, const QStringList &lines) {
        if (lines.isEmpty())
            return;
        const QString indent(label.size() + 1, u' ');
        out << label << u' ' << lines.first() << u'\n';
        for (qsizetype i = 1; i < lines.size(); ++i)
            out << indent << lines.at(i) << u'\n';
    };
    out << Tr::tr("What went wrong:") << u' ' << entry.title() << u'\n';
    out << Tr::tr("Why:") << u' ' << entry.cause() << u'\n';
    out << Tr::tr("How to fix it:") << u'\n';
    for (qsizetype i = 0; i < entry.fixSteps().size(); ++i)
        out << u"  "_s << (i + 1) << u". "_s << entry.fixSteps().at(i) << u'\n';
    block(Tr::tr("Commands:"), commandLines(entry));
    QStringList links;
    for (const KnownErrorLink &link : entry.links())
        links.append(u"%1 <%2>"_s.arg(link.title, link.url));
    block(Tr::tr("More:"), links);
}

QJsonObject toJson(const CatalogueMatch &match)
{
    const KnownError &entry = match.entry;
    QJsonArray links;
    for (const KnownErrorLink &link : entry.links())
        links.append(QJsonObject { { u"title"_s, link.title }, { u"url"_s, link.url } });
    QJsonArray actions;
    for (const KnownErrorAction &action : entry.actions())
        actions.append(action.toJson());
    return QJsonObject {
        { u"id"_s, entry.id() },
        { u"title"_s, entry.title() },
        { u"cause"_s, entry.cause() },
        { u"fix"_s, QJsonArray::fromStringList(entry.fixSteps()) },
        { u"links"_s, links },
        { u"actions"_s, actions },
        { u"excerpt"_s, match.excerpt },
    };
}

} // namespace

int ExplainCommand::run(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    bool json = false;
    QString fileName;
    bool haveFile = false;
    for (const QString &argument : arguments) {
        if (argument == u"--json"_s) {
            json = true;
        } else if (argument == u"--help"_s || argument == u"-h"_s) {
            out << usage();
            return 0;
        } else if (argument.startsWith(u'-') && argument != u"-"_s) {
            err << Tr::tr("wharf explain: unknown option \"%1\".\n").arg(argument) << usage();
            return 2;
        } else if (haveFile) {
            err << Tr::tr("wharf explain: give one file at most.\n") << usage();
            return 2;
        } else {
            fileName = argument;
            haveFile = true;
        }
    }

    Input input;
    if (haveFile && fileName != u"-"_s) {
        QFile file(fileName);
        if (!file.open(QIODevice::ReadOnly)) {
            err << Tr::tr("wharf explain: cannot read %1: %2\n")
                       .arg(QDir::toNativeSeparators(fileName), file.errorString());
            return 2;
        }
        input = readTail(file);
    } else {
        if (::isatty(STDIN_FILENO))
            err << Tr::tr("Paste the error message, then press Ctrl+D.\n") << Qt::flush;
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            err << Tr::tr("wharf explain: cannot read standard input: %1\n").arg(in.errorString());
            return 2;
        }
        input = readTail(in);
    }
    const QString text = QString::fromUtf8(input.bytes);
    if (text.trimmed().isEmpty()) {
        err << Tr::tr("wharf explain: the input is empty. Paste an error message on standard input or "
                      "name a file.\n");
        return 2;
    }

    const QList<CatalogueMatch> matches = ErrorCatalogue::builtIn().match(text);
    if (json) {
        QJsonArray array;
        for (const CatalogueMatch &match : matches)
            array.append(toJson(match));
        out << QJsonDocument(array).toJson(QJsonDocument::Indented);
        return matches.isEmpty() ? 1 : 0;
    }
    if (matches.isEmpty()) {
        out << Tr::tr(
            "No known error matches this text; it is shown verbatim below so you can report it:")
            << u'\n';
        if (input.truncated)
            out << Tr::tr("(only the last %1 MiB of the input)").arg(MaximumInput / (1024 * 1024))
                << u'\n';
        out << text;
        if (!text.endsWith(u'\n'))
            out << u'\n';
        return 1;
    }
    for (qsizetype i = 0; i < matches.size(); ++i) {
        if (i > 0)
            out << u'\n';
        printEntry(out, matches.at(i));
    }
    return 0;
}

} // namespace Wharf
