// SPDX-License-Identifier: Apache-2.0
#include "DiagnosticsBundle.h"

#include "archive/TarGzWriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMetaType>
#include <QRegularExpression>
#include <QSettings>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

// lupdate reads Tr::tr with the same context as the code uses at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Wharf::DiagnosticsBundle)
};

// Both redactors: the caller's (secrets it knows, e.g. the password just typed) and the
// report's own (secrets the checks registered).
class BothRedactors
{
public:
    BothRedactors(const Redactor &first, const Redactor &second) : m_first(first), m_second(second) {}

    QString operator()(const QString &text) const { return m_second.redact(m_first.redact(text)); }
    QStringList operator()(const QStringList &lines) const { return m_second.redact(m_first.redact(lines)); }

private:
    const Redactor &m_first;
    const Redactor &m_second;
};

// The report's text is escaped for Markdown after its redactor ran; the caller's secrets
// must go before that, or an escaped "a\_b" would no longer match the secret "a_b".
QList<CheckResult> redactedResults(const QList<CheckResult> &results, const Redactor &redactor)
{
    QList<CheckResult> redacted = results;
    for (CheckResult &result : redacted) {
        result.title = redactor.redact(result.title);
        result.summary = redactor.redact(result.summary);
        result.evidence = redactor.redact(result.evidence);
        result.fixSteps = redactor.redact(result.fixSteps);
        for (QStringList &command : result.fixCommands)
            command = redactor.redact(command);
    }
    return redacted;
}

// Redacts every string in a JSON tree, keys included. (Redacting the serialised text instead
// could cut a string's closing quote: "Authorization: ..." runs to the end of the line.)
QJsonValue redactedJson(const QJsonValue &value, const BothRedactors &redact)
{
    if (value.isString())
        return redact(value.toString());
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &element : value.toArray())
            array.append(redactedJson(element, redact));
        return array;
    }
    if (value.isObject()) {
        QJsonObject object;
        const QJsonObject input = value.toObject();
        for (auto it = input.constBegin(); it != input.constEnd(); ++it)
            object.insert(redact(it.key()), redactedJson(it.value(), redact));
        return object;
    }
    return value;
}

// A last pass over the rendered Markdown, for what the report does not redact itself (the
// host line). Lines of ```sh blocks are left alone: they are the fix commands, redacted one
// argument at a time already, and a line-wide rule ("Authorization: ..." runs to the end of
// the line) would eat the closing quote and the rest of the command.
QString redactedMarkdown(const QString &markdown, const BothRedactors &redact)
{
    static const QRegularExpression shellFence(u"^(`{3,})sh$"_s);
    QStringList lines = markdown.split(u'\n');
    QString closingFence;
    for (QString &line : lines) {
        if (!closingFence.isEmpty()) {
            if (line == closingFence)
                closingFence.clear();
            continue;
        }
        if (const QRegularExpressionMatch match = shellFence.match(line); match.hasMatch()) {
            closingFence = match.captured(1);
            continue;
        }
        line = redact(line);
    }
    return lines.join(u'\n');
}

QString settingText(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return u"(empty)"_s;
    switch (value.typeId()) {
    case QMetaType::QStringList:
    case QMetaType::QVariantList:
    case QMetaType::QVariantMap:
    case QMetaType::QVariantHash: {
        // Compact JSON keeps nested "password": "..." visible to the Redactor's JSON rule.
        const QJsonValue json = QJsonValue::fromVariant(value);
        const QJsonDocument document = json.isArray() ? QJsonDocument(json.toArray()) : QJsonDocument(json.toObject());
        return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
    }
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        if (bytes.isValidUtf8())
            return QString::fromUtf8(bytes);
        return u"(%1 bytes of binary data)"_s.arg(bytes.size());
    }
    default:
        break;
    }
    if (value.canConvert<QString>())
        return value.toString();
    return u"(%1)"_s.arg(QString::fromLatin1(value.metaType().name()));
}

QString textFile(const QStringList &lines)
{
    return lines.isEmpty() ? QString() : lines.join(u'\n') + u'\n';
}

QString readme(const QDateTime &createdAt, qsizetype logLines)
{
    QString text;
    text += Tr::tr("Wharf diagnostics bundle") + u"\n\n"_s;
    //: %1 is a date and time (UTC, ISO 8601), %2 Wharf's version
    text += Tr::tr("Made on %1 by Wharf %2, to help someone find out what goes wrong on this computer.")
                .arg(createdAt.toUTC().toString(Qt::ISODate), QStringLiteral(WHARF_VERSION))
        + u"\n\n"_s;
    text += Tr::tr("What it holds:") + u"\n"_s;
    text += u"  README.txt    "_s + Tr::tr("this file") + u"\n"_s;
    text += u"  report.md     "_s + Tr::tr("the checks, what they found and how to fix it (Markdown)") + u"\n"_s;
    text += u"  report.json   "_s + Tr::tr("the same, for programs (JSON)") + u"\n"_s;
    text += u"  engines.txt   "_s + Tr::tr("the container engines Wharf found: versions, API, endpoints") + u"\n"_s;
    text += u"  settings.txt  "_s + Tr::tr("Wharf's settings") + u"\n"_s;
    text += u"  log.txt       "_s
        + (logLines == 1 ? Tr::tr("the last line of Wharf's log") : Tr::tr("the last %n lines of Wharf's log", nullptr, int(logLines)))
        + u"\n\n"_s;
    text += Tr::tr("Passwords, tokens and other secrets were removed before the bundle was written: each one "
               "reads [REDACTED]. User names, host names and paths were kept, because they help to find the "
               "cause. Read the files before you share them, and remove anything else you would rather keep "
               "to yourself.")
        + u"\n"_s;
    return text;
}

} // namespace

bool DiagnosticsBundle::isSecretKey(const QString &key)
{
    static const QStringList markers{
        u"password"_s, u"passwd"_s, u"passphrase"_s, u"token"_s,      u"secret"_s,     u"auth"_s,
        u"credential"_s, u"apikey"_s, u"api_key"_s,  u"api-key"_s,  u"privatekey"_s, u"private_key"_s,
        u"cookie"_s,
    };
    return std::any_of(markers.cbegin(), markers.cend(),
                       [&key](const QString &marker) { return key.contains(marker, Qt::CaseInsensitive); });
}

QList<QPair<QString, QVariant>> DiagnosticsBundle::readSettings(const QSettings &settings)
{
    QStringList keys = settings.allKeys();
    keys.sort();
    QList<QPair<QString, QVariant>> values;
    values.reserve(keys.size());
    for (const QString &key : std::as_const(keys)) {
        values.append({key, isSecretKey(key) ? QVariant(Redactor::Placeholder.toString()) : settings.value(key)});
    }
    return values;
}

QStringList DiagnosticsBundle::fileNames()
{
    const QString folder = Folder.toString() + u'/';
    return {folder + u"README.txt"_s,   folder + u"report.md"_s,    folder + u"report.json"_s,
            folder + u"engines.txt"_s,  folder + u"settings.txt"_s, folder + u"log.txt"_s};
}

VoidResult DiagnosticsBundle::write(const QString &path, const Contents &contents, const Redactor &redactor)
{
    const BothRedactors redact(redactor, contents.report.redactor());
    const QDateTime createdAt = contents.createdAt.isValid() ? contents.createdAt : QDateTime::currentDateTimeUtc();

    DiagnosticReport report = contents.report;
    report.setResults(redactedResults(report.results(), redactor));
    const QString markdown = redactedMarkdown(report.toMarkdown(), redact);
    const QJsonObject json = redactedJson(report.toJson(), redact).toObject();

    QStringList settingLines;
    settingLines.reserve(contents.settings.size());
    for (const auto &[key, value] : contents.settings) {
        const QString text = isSecretKey(key) ? Redactor::Placeholder.toString() : settingText(value);
        settingLines.append(redact(QString(key + u" = "_s + text)));
    }

    const QStringList names = fileNames();
    const QList<QByteArray> files{
        redact(readme(createdAt, contents.logLines.size())).toUtf8(),
        markdown.toUtf8(),
        QJsonDocument(json).toJson(QJsonDocument::Indented),
        redact(textFile(redact(contents.engineLines))).toUtf8(),
        redact(textFile(settingLines)).toUtf8(),
        redact(textFile(redact(contents.logLines))).toUtf8(),
    };
    Q_ASSERT(names.size() == files.size());

    TarGzWriter writer(path);
    if (VoidResult opened = writer.open(); !opened)
        return opened;
    for (qsizetype i = 0; i < names.size(); ++i) {
        if (VoidResult added = writer.addFile(names.at(i), files.at(i), 0600, createdAt); !added)
            return added; // the writer's destructor removes the partial file
    }
    return writer.close();
}

QString DiagnosticsBundle::suggestedFileName(const QDateTime &now)
{
    return u"wharf-diagnostics-"_s + now.toString(u"yyyyMMdd-HHmmss"_s) + u".tar.gz"_s;
}

} // namespace Wharf
