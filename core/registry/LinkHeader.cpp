// SPDX-License-Identifier: Apache-2.0
#include "LinkHeader.h"

#include <QCoreApplication>

#include <optional>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t';
}

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    switch (c) {
    case '!': case '#': case '$': case '%': case '&': case '\'': case '*': case '+': case '-':
    case '.': case '^': case '_': case '`': case '|': case '~':
        return true;
    default:
        return false;
    }
}

// Unquoted parameter values: the grammar wants a token, servers also send URIs unquoted.
bool isLooseValueChar(char c)
{
    return c > 0x20 && c < 0x7f && c != ',' && c != ';' && c != '"' && c != '\\';
}

// A URI reference holds visible ASCII only; anything else must be percent-encoded.
bool isUriChar(char c)
{
    return c > 0x20 && c < 0x7f;
}

// The start of the header for the error's details, with anything unprintable replaced.
QString printable(const QByteArray &headerValue)
{
    QString excerpt = QString::fromLatin1(headerValue.left(300));
    for (QChar &c : excerpt) {
        if (c.unicode() < 0x20 || c.unicode() >= 0x7f)
            c = u'?';
    }
    return excerpt;
}

Error malformed(const QString &why, const QByteArray &headerValue)
{
    const QString details = headerValue.isEmpty() ? why : why + u": "_s + printable(headerValue);
    return Error(ErrorCode::ProtocolError,
                 QCoreApplication::translate("Wharf::LinkHeader",
                                             "The registry sent a malformed link to the next page "
                                             "of results, so the list is incomplete. Try again; if "
                                             "it keeps happening, tell the registry's administrator."),
                 details);
}

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
    QByteArray readWhile(bool (*accept)(char))
    {
        const qsizetype start = pos;
        while (!atEnd() && accept(text.at(pos)))
            ++pos;
        return text.mid(start, pos - start);
    }
};

bool hasNextRelation(const QByteArray &rel)
{
    const QList<QByteArray> relations = rel.simplified().split(' ');
    for (const QByteArray &relation : relations) {
        if (relation.compare("next", Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

int effectivePort(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    return url.port(scheme == u"https"_s ? 443 : scheme == u"http"_s ? 80 : -1);
}

} // namespace

Result<QUrl> LinkHeader::nextPage(const QByteArray &headerValue, const QUrl &requestUrl)
{
    if (headerValue.size() > MaxHeaderBytes)
        return malformed(u"Link header larger than 16 KiB"_s, {});

    std::optional<QByteArray> target;
    Cursor cursor{headerValue};
    for (;;) {
        while (!cursor.atEnd() && (isSpace(cursor.peek()) || cursor.peek() == ','))
            ++cursor.pos;
        if (cursor.atEnd())
            break;
        if (cursor.peek() != '<')
            return malformed(u"a link does not start with '<'"_s, headerValue);
        ++cursor.pos;
        const QByteArray uri = cursor.readWhile(isUriChar);
        const qsizetype close = uri.indexOf('>');
        if (close < 0)
            return malformed(u"a link target does not end with '>'"_s, headerValue);
        cursor.pos -= uri.size() - close - 1; // just after '>'
        const QByteArray linkTarget = uri.left(close);

        // Parameters: `; name = value`, the first rel counts (RFC 8288 3.3).
        std::optional<QByteArray> rel;
        for (;;) {
            cursor.skipSpaces();
            if (cursor.peek() != ';')
                break;
            ++cursor.pos;
            cursor.skipSpaces();
            if (cursor.atEnd() || cursor.peek() == ',')
                break; // a trailing ';'
            const QByteArray name = cursor.readWhile(isTokenChar);
            if (name.isEmpty())
                return malformed(u"a link parameter has no name"_s, headerValue);
            cursor.skipSpaces();
            QByteArray value;
            if (cursor.peek() == '=') {
                ++cursor.pos;
                cursor.skipSpaces();
                if (cursor.peek() == '"') {
                    ++cursor.pos;
                    bool closed = false;
                    while (!cursor.atEnd()) {
                        char c = cursor.text.at(cursor.pos++);
                        if (c == '"') {
                            closed = true;
                            break;
                        }
                        if (c == '\\' && !cursor.atEnd())
                            c = cursor.text.at(cursor.pos++);
                        const auto u = static_cast<unsigned char>(c);
                        if ((u < 0x20 && c != '\t') || u == 0x7f)
                            return malformed(u"a control character in a quoted link parameter"_s, headerValue);
                        value.append(c);
                    }
                    if (!closed)
                        return malformed(u"a quoted link parameter does not end"_s, headerValue);
                } else {
                    value = cursor.readWhile(isLooseValueChar);
                }
            }
            if (!rel && name.compare("rel", Qt::CaseInsensitive) == 0)
                rel = value;
        }
        cursor.skipSpaces();
        if (!cursor.atEnd() && cursor.peek() != ',')
            return malformed(u"unexpected text after a link"_s, headerValue);
        if (!target && rel && hasNextRelation(*rel))
            target = linkTarget;
    }

    if (!target)
        return QUrl();
    if (!requestUrl.isValid() || requestUrl.isRelative())
        return malformed(u"no absolute request URL to resolve the next link against"_s, headerValue);

    const QUrl reference(QString::fromLatin1(*target), QUrl::StrictMode);
    if (!reference.isValid())
        return malformed(u"the next link is not a valid URL"_s, headerValue);
    QUrl next = requestUrl.resolved(reference);
    next.setFragment(QString());
    if (!next.isValid())
        return malformed(u"the next link is not a valid URL"_s, headerValue);
    if (!next.userInfo().isEmpty())
        return malformed(u"the next link carries user information"_s, headerValue);

    const QUrl origin = requestUrl.adjusted(QUrl::RemoveFragment);
    if (next.scheme().compare(origin.scheme(), Qt::CaseInsensitive) != 0
        || next.host().compare(origin.host(), Qt::CaseInsensitive) != 0
        || effectivePort(next) != effectivePort(origin)) {
        //: %1 is the server the registry's link points to ("https://other.example:443").
        return Error(ErrorCode::ProtocolError,
                     QCoreApplication::translate("Wharf::LinkHeader",
                                                 "The registry's link to the next page of results "
                                                 "points to another server (%1). Wharf does not "
                                                 "follow it, so that your credentials stay with "
                                                 "this registry; the list is incomplete.")
                         .arg(next.adjusted(QUrl::RemoveUserInfo | QUrl::RemovePath | QUrl::RemoveQuery)
                                  .toString()),
                     u"Link: "_s + printable(headerValue));
    }
    if (next == origin)
        return malformed(u"the next link leads back to the same page"_s, headerValue);
    return next;
}

} // namespace Wharf
