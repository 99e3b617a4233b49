// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>

#include <optional>

namespace Wharf {

// A cursor over an HTTP header value for the parsers of WWW-Authenticate (AuthChallenge) and
// Link (LinkHeader): tokens, quoted strings and parameter values (RFC 9110 5.6). Every step
// checks the end itself, so hostile input (truncated, NULs, huge) cannot read past it. The
// header value must outlive the tokenizer.
class HeaderTokenizer
{
public:
    // Why a quoted string could not be read.
    enum class QuotedFailure { None, Unterminated, ControlCharacter };

    explicit HeaderTokenizer(const QByteArray &text) : m_text(text) {}

    // RFC 9110 tchar.
    static bool isTokenChar(char c);
    static bool isAlphaNumeric(char c);
    static bool isSpace(char c) { return c == ' ' || c == '\t'; }
    // What servers put in an unquoted value beyond the grammar's token: some send
    // `realm=https://host/token` without quotes. Visible ASCII except ',', '"' and '\'.
    static bool isLooseValueChar(char c);

    bool atEnd() const { return m_pos >= m_text.size(); }
    // The current character; '\0' at the end.
    char peek() const { return atEnd() ? '\0' : m_text.at(m_pos); }
    qsizetype position() const { return m_pos; }
    void setPosition(qsizetype pos) { m_pos = pos; }
    void advance() { ++m_pos; }

    void skipSpaces();
    void skipSpacesAndCommas();
    QByteArray readWhile(bool (*accept)(char));
    QByteArray readToken() { return readWhile(isTokenChar); }
    // After the opening quote: the content with \-escapes removed, or nullopt when the string
    // does not end or holds a control character (which of the two goes to *failure).
    std::optional<QByteArray> readQuotedRest(QuotedFailure *failure = nullptr);
    // A parameter value after '=' (and any spaces): a quoted string, or else the characters
    // acceptUnquoted takes (possibly none). nullopt as readQuotedRest.
    std::optional<QByteArray> readValue(
        bool (*acceptUnquoted)(char), QuotedFailure *failure = nullptr);

private:
    const QByteArray &m_text;
    qsizetype m_pos = 0;
};

} // namespace Wharf
