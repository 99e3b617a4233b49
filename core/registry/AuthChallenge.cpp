// SPDX-License-Identifier: Apache-2.0
#include "AuthChallenge.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

bool isAlphaNumeric(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

// RFC 9110 tchar.
bool isTokenChar(char c)
{
    if (isAlphaNumeric(c))
        return true;
    switch (c) {
    case '!': case '#': case '$': case '%': case '&': case '\'': case '*': case '+': case '-':
    case '.': case '^': case '_': case '`': case '|': case '~':
        return true;
    default:
        return false;
    }
}

// RFC 7235 token68, without its trailing '='s.
bool isToken68Char(char c)
{
    return isAlphaNumeric(c) || c == '-' || c == '.' || c == '_' || c == '~' || c == '+' || c == '/';
}

// What servers put in an unquoted value beyond the grammar's token: some send
// `realm=https://host/token` without quotes. Visible ASCII except the delimiters.
bool isLooseValueChar(char c)
{
    return c > 0x20 && c < 0x7f && c != ',' && c != '"' && c != '\\';
}

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

// A cursor over the header value; every step checks the end itself.
struct Cursor
{
    const QByteArray &text;
    qsizetype pos = 0;

    bool atEnd() const { return pos >= text.size(); }
    char peek() const { return atEnd() ? '\0' : text.at(pos); }
    void skipSpaces()
    {
        while (!atEnd() && isSpace(text.at(pos)))
            ++pos;
    }
    void skipSpacesAndCommas()
    {
        while (!atEnd() && (isSpace(text.at(pos)) || text.at(pos) == ','))
            ++pos;
    }
    QByteArray readWhile(bool (*accept)(char))
    {
        const qsizetype start = pos;
        while (!atEnd() && accept(text.at(pos)))
            ++pos;
        return text.mid(start, pos - start);
    }
    // After the opening quote: the unescaped content, or nullopt when the string does not
    // end or holds a control character.
    std::optional<QByteArray> readQuotedRest()
    {
        QByteArray value;
        while (!atEnd()) {
            char c = text.at(pos++);
            if (c == '"')
                return value;
            if (c == '\\') {
                if (atEnd())
                    return std::nullopt;
                c = text.at(pos++);
            }
            const auto u = static_cast<unsigned char>(c);
            if ((u < 0x20 && c != '\t') || u == 0x7f)
                return std::nullopt;
            value.append(c);
        }
        return std::nullopt;
    }
};

AuthChallenge::Scheme schemeFor(const QByteArray &name)
{
    if (name.compare("basic", Qt::CaseInsensitive) == 0)
        return AuthChallenge::Scheme::Basic;
    if (name.compare("bearer", Qt::CaseInsensitive) == 0)
        return AuthChallenge::Scheme::Bearer;
    return AuthChallenge::Scheme::Other;
}

// Whether the cursor stands on `name =`: the start of another parameter of the same
// challenge (rather than the scheme of the next challenge). Leaves the cursor where it was.
bool atParameter(Cursor &cursor)
{
    const qsizetype start = cursor.pos;
    const bool named = !cursor.readWhile(isTokenChar).isEmpty();
    cursor.skipSpaces();
    const bool result = named && cursor.peek() == '=';
    cursor.pos = start;
    return result;
}

} // namespace

QList<AuthChallenge> AuthChallenge::parse(const QByteArray &headerValue)
{
    QList<AuthChallenge> challenges;
    if (headerValue.size() > MaxHeaderBytes)
        return challenges;

    Cursor cursor{headerValue};
    cursor.skipSpacesAndCommas();
    while (!cursor.atEnd()) {
        if (challenges.size() >= MaxChallenges)
            break;
        AuthChallenge challenge;
        const QByteArray scheme = cursor.readWhile(isTokenChar);
        if (scheme.isEmpty())
            break;
        // The scheme ends at a space, a comma or the end ("Basic, Bearer ...").
        if (!cursor.atEnd() && !isSpace(cursor.peek()) && cursor.peek() != ',')
            break;
        challenge.m_schemeName = QString::fromLatin1(scheme);
        challenge.m_scheme = schemeFor(scheme);
        cursor.skipSpaces();

        bool broken = false;
        if (!cursor.atEnd() && cursor.peek() != ',') {
            // token68 when it is all there is before the next comma; else auth-params.
            const qsizetype start = cursor.pos;
            QByteArray token68 = cursor.readWhile(isToken68Char);
            if (!token68.isEmpty()) {
                while (cursor.peek() == '=') {
                    token68.append('=');
                    ++cursor.pos;
                }
            }
            cursor.skipSpaces();
            if (!token68.isEmpty() && (cursor.atEnd() || cursor.peek() == ',')) {
                challenge.m_token68 = QString::fromLatin1(token68);
            } else {
                cursor.pos = start;
                for (;;) {
                    const QByteArray name = cursor.readWhile(isTokenChar);
                    cursor.skipSpaces();
                    if (name.isEmpty() || cursor.peek() != '=') {
                        broken = true;
                        break;
                    }
                    ++cursor.pos;
                    cursor.skipSpaces();
                    QByteArray value;
                    if (cursor.peek() == '"') {
                        ++cursor.pos;
                        const std::optional<QByteArray> quoted = cursor.readQuotedRest();
                        if (!quoted) {
                            broken = true;
                            break;
                        }
                        value = *quoted;
                    } else {
                        value = cursor.readWhile(isLooseValueChar);
                    }
                    if (challenge.m_parameters.size() >= MaxParameters) {
                        broken = true;
                        break;
                    }
                    const QString nameText = QString::fromLatin1(name);
                    if (!challenge.hasParameter(nameText))
                        challenge.m_parameters.append({nameText, QString::fromUtf8(value)});
                    cursor.skipSpaces();
                    if (cursor.atEnd())
                        break;
                    if (cursor.peek() != ',') {
                        broken = true;
                        break;
                    }
                    cursor.skipSpacesAndCommas();
                    if (cursor.atEnd() || !atParameter(cursor))
                        break; // the next challenge, if any
                }
            }
        }
        if (broken)
            break;
        challenges.append(challenge);
        cursor.skipSpacesAndCommas();
    }
    return challenges;
}

QString AuthChallenge::parameter(const QString &name) const
{
    for (const auto &[key, value] : m_parameters) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool AuthChallenge::hasParameter(const QString &name) const
{
    for (const auto &parameter : m_parameters) {
        if (parameter.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QString AuthChallenge::realm() const
{
    return parameter(u"realm"_s);
}

QString AuthChallenge::service() const
{
    return parameter(u"service"_s);
}

QStringList AuthChallenge::scopes() const
{
    return parameter(u"scope"_s).split(u' ', Qt::SkipEmptyParts);
}

QString AuthChallenge::error() const
{
    return parameter(u"error"_s);
}

} // namespace Wharf
