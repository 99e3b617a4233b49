// SPDX-License-Identifier: Apache-2.0
#include "HeaderTokenizer.h"

namespace Wharf {

bool HeaderTokenizer::isAlphaNumeric(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool HeaderTokenizer::isTokenChar(char c)
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

bool HeaderTokenizer::isLooseValueChar(char c)
{
    return c > 0x20 && c < 0x7f && c != ',' && c != '"' && c != '\\';
}

void HeaderTokenizer::skipSpaces()
{
    while (!atEnd() && isSpace(m_text.at(m_pos)))
        ++m_pos;
}

void HeaderTokenizer::skipSpacesAndCommas()
{
    while (!atEnd() && (isSpace(m_text.at(m_pos)) || m_text.at(m_pos) == ','))
        ++m_pos;
}

QByteArray HeaderTokenizer::readWhile(bool (*accept)(char))
{
    const qsizetype start = m_pos;
    while (!atEnd() && accept(m_text.at(m_pos)))
        ++m_pos;
    return m_text.mid(start, m_pos - start);
}

std::optional<QByteArray> HeaderTokenizer::readQuotedRest(QuotedFailure *failure)
{
    const auto fail = [failure](QuotedFailure why) -> std::optional<QByteArray> {
        if (failure)
            *failure = why;
        return std::nullopt;
    };
    QByteArray value;
    while (!atEnd()) {
        char c = m_text.at(m_pos++);
        if (c == '"') {
            if (failure)
                *failure = QuotedFailure::None;
            return value;
        }
        if (c == '\\') {
            if (atEnd())
                return fail(QuotedFailure::Unterminated);
            c = m_text.at(m_pos++);
        }
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t') || u == 0x7f)
            return fail(QuotedFailure::ControlCharacter);
        value.append(c);
    }
    return fail(QuotedFailure::Unterminated);
}

std::optional<QByteArray> HeaderTokenizer::readValue(
    bool (*acceptUnquoted)(char), QuotedFailure *failure)
{
    if (peek() == '"') {
        ++m_pos;
        return readQuotedRest(failure);
    }
    if (failure)
        *failure = QuotedFailure::None;
    return readWhile(acceptUnquoted);
}

} // namespace Wharf
