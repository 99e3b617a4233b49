// SPDX-License-Identifier: Apache-2.0
#include "KnownErrorAction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Wharf::KnownErrorAction)
};

constexpr qsizetype MaximumArguments = 64;
constexpr qsizetype MaximumTextLength = 1000;

Error problem(const QString &message)
{
    return Error(ErrorCode::ParseError, message);
}

bool isIdentifier(const QString &text)
{
    static const QRegularExpression kebab(u"^[a-z0-9]+(?:-[a-z0-9]+)*$"_s);
    return text.size() <= 100 && kebab.match(text).hasMatch();
}

} // namespace

QString KnownErrorAction::userPlaceholder()
{
    return u"<user>"_s;
}

QString KnownErrorAction::kindName(Kind kind)
{
    switch (kind) {
    case Kind::CopyCommand: return u"copy-command"_s;
    case Kind::OpenSettings: return u"open-settings"_s;
    case Kind::StartAutomounter: return u"start-automounter"_s;
    case Kind::RerunCheck: return u"rerun-check"_s;
    }
    return {};
}

Result<KnownErrorAction> KnownErrorAction::fromJson(const QJsonValue &value)
{
    if (!value.isObject())
        return problem(Tr::tr("an action is not a JSON object"));
    const QJsonObject object = value.toObject();
    KnownErrorAction action;

    const QJsonValue kind = object.value(u"kind"_s);
    if (!kind.isString())
        return problem(Tr::tr("an action has no \"kind\" string"));
    const QString kindText = kind.toString();
    if (kindText == kindName(Kind::CopyCommand))
        action.m_kind = Kind::CopyCommand;
    else if (kindText == kindName(Kind::OpenSettings))
        action.m_kind = Kind::OpenSettings;
    else if (kindText == kindName(Kind::StartAutomounter))
        action.m_kind = Kind::StartAutomounter;
    else if (kindText == kindName(Kind::RerunCheck))
        action.m_kind = Kind::RerunCheck;
    else
        return problem(Tr::tr("the action kind \"%1\" is unknown").arg(kindText.left(100)));

    const QJsonValue label = object.value(u"label"_s);
    if (!label.isString() || label.toString().trimmed().isEmpty()
        || label.toString().size() > MaximumTextLength)
        return problem(Tr::tr("a %1 action has no \"label\" text").arg(kindText));
    // Translation: labels are catalogue data like titles; the translation issue translates them
    // here.
    action.m_label = label.toString();

    switch (action.m_kind) {
    case Kind::CopyCommand: {
        // An array only: a shell string would invite quoting mistakes and injection.
        const QJsonValue command = object.value(u"command"_s);
        if (!command.isArray())
            return problem(Tr::tr("the command of the action \"%1\" is not an array of arguments")
                               .arg(action.m_label));
        const QJsonArray arguments = command.toArray();
        if (arguments.isEmpty() || arguments.size() > MaximumArguments)
            return problem(Tr::tr("the command of the action \"%1\" has no arguments or too many")
                               .arg(action.m_label));
        for (const QJsonValue &argument : arguments) {
            if (!argument.isString() || argument.toString().size() > MaximumTextLength
                || argument.toString().contains(QChar(0)))
                return problem(
                    Tr::tr("an argument of the action \"%1\" is not a string").arg(action.m_label));
            action.m_command.append(argument.toString());
        }
        if (action.m_command.first().trimmed().isEmpty())
            return problem(
                Tr::tr("the command of the action \"%1\" names no program").arg(action.m_label));
        break;
    }
    case Kind::OpenSettings: {
        const QString page = object.value(u"page"_s).toString();
        if (!isIdentifier(page))
            return problem(
                Tr::tr("the action \"%1\" names no settings \"page\"").arg(action.m_label));
        action.m_page = page;
        break;
    }
    case Kind::StartAutomounter: break;
    case Kind::RerunCheck: {
        const QString check = object.value(u"check"_s).toString();
        if (!isIdentifier(check))
            return problem(Tr::tr("the action \"%1\" names no \"check\"").arg(action.m_label));
        action.m_check = check;
        break;
    }
    }
    return action;
}

QJsonObject KnownErrorAction::toJson() const
{
    QJsonObject object { { u"kind"_s, kindName(m_kind) }, { u"label"_s, m_label } };
    switch (m_kind) {
    case Kind::CopyCommand:
        object.insert(u"command"_s, QJsonArray::fromStringList(m_command));
        break;
    case Kind::OpenSettings: object.insert(u"page"_s, m_page); break;
    case Kind::StartAutomounter: break;
    case Kind::RerunCheck: object.insert(u"check"_s, m_check); break;
    }
    return object;
}

QStringList KnownErrorAction::commandFor(const QString &userName) const
{
    if (userName.isEmpty())
        return m_command;
    QStringList command = m_command;
    for (QString &argument : command) {
        if (argument == userPlaceholder())
            argument = userName;
    }
    return command;
}

} // namespace Wharf
