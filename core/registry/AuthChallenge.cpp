// SPDX-License-Identifier: Apache-2.0
#include "AuthChallenge.h"

#include "HeaderTokenizer.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

// RFC 7235 token68, without its trailing '='s.
bool isToken68Char(char c)
{
    return HeaderTokenizer::isAlphaNumeric(c) || c == '-' || c == '.' || c == '_' || c == '~'
        || c == '+' || c == '/';
}

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
bool atParameter(HeaderTokenizer &cursor)
{
    const qsizetype start = cursor.position();
    const bool named = !cursor.readToken().isEmpty();
    cursor.skipSpaces();
    const bool result = named && cursor.peek() == '=';
    cursor.setPosition(start);
    return result;
}

} // namespace

QList<AuthChallenge> AuthChallenge::parse(const QByteArray &headerValue)
{
    QList<AuthChallenge> challenges;
    if (headerValue.size() > MaxHeaderBytes)
        return challenges;

    HeaderTokenizer cursor(headerValue);
    cursor.skipSpacesAndCommas();
    while (!cursor.atEnd()) {
        if (challenges.size() >= MaxChallenges)
            break;
        AuthChallenge challenge;
        const QByteArray scheme = cursor.readToken();
        if (scheme.isEmpty())
            break;
        // The scheme ends at a space, a comma or the end ("Basic, Bearer ...").
        if (!cursor.atEnd() && !HeaderTokenizer::isSpace(cursor.peek()) && cursor.peek() != ',')
            break;
        challenge.m_schemeName = QString::fromLatin1(scheme);
        challenge.m_scheme = schemeFor(scheme);
        cursor.skipSpaces();

        bool broken = false;
        if (!cursor.atEnd() && cursor.peek() != ',') {
            // token68 when it is all there is before the next comma; else auth-params.
            const qsizetype start = cursor.position();
            QByteArray token68 = cursor.readWhile(isToken68Char);
            if (!token68.isEmpty()) {
                while (cursor.peek() == '=') {
                    token68.append('=');
                    cursor.advance();
                }
            }
            cursor.skipSpaces();
            if (!token68.isEmpty() && (cursor.atEnd() || cursor.peek() == ',')) {
                challenge.m_token68 = QString::fromLatin1(token68);
            } else {
                cursor.setPosition(start);
                for (;;) {
                    const QByteArray name = cursor.readToken();
                    cursor.skipSpaces();
                    if (name.isEmpty() || cursor.peek() != '=') {
                        broken = true;
                        break;
                    }
                    cursor.advance();
                    cursor.skipSpaces();
                    const std::optional<QByteArray> value
                        = cursor.readValue(HeaderTokenizer::isLooseValueChar);
                    if (!value) {
                        broken = true;
                        break;
                    }
                    if (challenge.m_parameters.size() >= MaxParameters) {
                        broken = true;
                        break;
                    }
                    const QString nameText = QString::fromLatin1(name);
                    if (!challenge.hasParameter(nameText))
                        challenge.m_parameters.append({nameText, QString::fromUtf8(*value)});
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
