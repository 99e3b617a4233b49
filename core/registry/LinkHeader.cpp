// SPDX-License-Identifier: Apache-2.0
#include "LinkHeader.h"

#include "HeaderTokenizer.h"

#include <QCoreApplication>

#include <optional>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

// Unquoted parameter values: the grammar wants a token, servers also send URIs unquoted;
// ';' starts the next parameter.
bool isLooseValueChar(char c)
{
    return c != ';' && HeaderTokenizer::isLooseValueChar(c);
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
    HeaderTokenizer cursor(headerValue);
    for (;;) {
        cursor.skipSpacesAndCommas();
        if (cursor.atEnd())
            break;
        if (cursor.peek() != '<')
            return malformed(u"a link does not start with '<'"_s, headerValue);
        cursor.advance();
        const QByteArray uri = cursor.readWhile(isUriChar);
        const qsizetype close = uri.indexOf('>');
        if (close < 0)
            return malformed(u"a link target does not end with '>'"_s, headerValue);
        cursor.setPosition(cursor.position() - (uri.size() - close - 1)); // just after '>'
        const QByteArray linkTarget = uri.left(close);

        // Parameters: `; name = value`, the first rel counts (RFC 8288 3.3).
        std::optional<QByteArray> rel;
        for (;;) {
            cursor.skipSpaces();
            if (cursor.peek() != ';')
                break;
            cursor.advance();
            cursor.skipSpaces();
            if (cursor.atEnd() || cursor.peek() == ',')
                break; // a trailing ';'
            const QByteArray name = cursor.readToken();
            if (name.isEmpty())
                return malformed(u"a link parameter has no name"_s, headerValue);
            cursor.skipSpaces();
            QByteArray value;
            if (cursor.peek() == '=') {
                cursor.advance();
                cursor.skipSpaces();
                HeaderTokenizer::QuotedFailure failure = HeaderTokenizer::QuotedFailure::None;
                const std::optional<QByteArray> read = cursor.readValue(isLooseValueChar, &failure);
                if (failure == HeaderTokenizer::QuotedFailure::ControlCharacter)
                    return malformed(u"a control character in a quoted link parameter"_s, headerValue);
                if (!read)
                    return malformed(u"a quoted link parameter does not end"_s, headerValue);
                value = *read;
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
