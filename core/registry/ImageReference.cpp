// SPDX-License-Identifier: Apache-2.0
#include "ImageReference.h"

#include <QCoreApplication>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

constexpr qsizetype NameTotalLengthMax = 255;
constexpr qsizetype TagLengthMax = 128;

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Wharf::ImageReference)
};

bool isLowerAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9');
}

bool isAsciiAlnum(QChar c)
{
    const char16_t u = c.unicode();
    return isLowerAlnum(c) || (u >= u'A' && u <= u'Z');
}

bool isAsciiUpper(QChar c)
{
    return c.unicode() >= u'A' && c.unicode() <= u'Z';
}

bool isWordChar(QChar c) // RE2's \w: ASCII only
{
    return isAsciiAlnum(c) || c == u'_';
}

bool isHexDigit(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f') || (u >= u'A' && u <= u'F');
}

// How the character at `pos` appears in a message: visible ones quoted (a surrogate pair
// as one character), the others as U+XXXX.
QString describe(const QString &text, qsizetype pos)
{
    const QChar c = text[pos];
    if (c.isHighSurrogate() && pos + 1 < text.size() && text[pos + 1].isLowSurrogate())
        return u"“%1”"_s.arg(text.mid(pos, 2));
    if (c.isPrint() && !c.isSpace())
        return u"“%1”"_s.arg(c);
    return u"U+"_s + QString::number(c.unicode(), 16).toUpper().rightJustified(4, u'0');
}

QString elided(const QString &text)
{
    constexpr qsizetype Limit = 80;
    QString shown = text.size() > Limit ? text.left(Limit - 1) + u'…' : text;
    for (QChar &c : shown) {
        if (!c.isPrint())
            c = u'\uFFFD';
    }
    return shown;
}

// Collects the first problem found; positions are 0-based here, 1-based in messages.
class Parser
{
public:
    explicit Parser(const QString &text) : m_text(text) {}

    Error fail(const QString &reason) const
    {
        //: %1 is the reference as typed, %2 says what is wrong with it.
        return Error(ErrorCode::InvalidReference,
                     QCoreApplication::translate("Wharf::ImageReference",
                                                 "“%1” is not a valid image reference: %2.")
                         .arg(elided(m_text), reason),
                     reason);
    }

    // Character `pos` cannot be in a repository path.
    Error badPathChar(qsizetype pos) const
    {
        const QChar c = m_text[pos];
        if (isAsciiUpper(c)) {
            return fail(Tr::tr("the repository name must be lowercase (%1 at position %2)")
                            .arg(describe(m_text, pos))
                            .arg(pos + 1));
        }
        return fail(Tr::tr("%1 at position %2 is not allowed in a repository name, which may "
                       "contain lowercase letters, digits and the separators “.”, “_”, “__” "
                       "and “-”")
                        .arg(describe(m_text, pos))
                        .arg(pos + 1));
    }

    // path-component ('/' path-component)*, starting at `begin` in the text.
    std::optional<Error> checkPath(qsizetype begin, qsizetype end) const
    {
        qsizetype componentStart = begin;
        for (qsizetype pos = begin; pos <= end; ++pos) {
            if (pos < end && m_text[pos] != u'/')
                continue;
            if (std::optional<Error> error = checkPathComponent(componentStart, pos))
                return error;
            componentStart = pos + 1;
        }
        return std::nullopt;
    }

    std::optional<Error> checkPathComponent(qsizetype begin, qsizetype end) const
    {
        if (begin == end) {
            return fail(Tr::tr("the repository name has an empty part at position %1 (two “/” in a "
                           "row, or a “/” at the start or end)")
                            .arg(begin + 1));
        }
        qsizetype pos = begin;
        while (pos < end) {
            // An alphanumeric run...
            const qsizetype runStart = pos;
            while (pos < end && isLowerAlnum(m_text[pos]))
                ++pos;
            if (pos == runStart) {
                const QChar c = m_text[pos];
                if (c == u'.' || c == u'_' || c == u'-') {
                    return fail(Tr::tr("a part of the repository name must start and end with a "
                                   "lowercase letter or digit, not %1 (position %2)")
                                    .arg(describe(m_text, pos))
                                    .arg(pos + 1));
                }
                return badPathChar(pos);
            }
            if (pos == end)
                break;
            // ...then one separator: ".", "_", "__" or a run of "-".
            const QChar c = m_text[pos];
            const qsizetype separatorStart = pos;
            if (c == u'.') {
                ++pos;
            } else if (c == u'_') {
                ++pos;
                if (pos < end && m_text[pos] == u'_')
                    ++pos;
            } else if (c == u'-') {
                while (pos < end && m_text[pos] == u'-')
                    ++pos;
            } else {
                return badPathChar(pos);
            }
            if (pos == end) {
                return fail(Tr::tr("a part of the repository name must start and end with a "
                               "lowercase letter or digit, not %1 (position %2)")
                                .arg(describe(m_text, end - 1))
                                .arg(end));
            }
            if (!isLowerAlnum(m_text[pos])) {
                const QChar next = m_text[pos];
                if (next == u'.' || next == u'_' || next == u'-') {
                    return fail(Tr::tr("“%1” at position %2 is not a valid separator; use one "
                                   "“.”, one “_”, two “__” or any number of “-”")
                                    .arg(m_text.mid(separatorStart,
                                                    std::min<qsizetype>(pos - separatorStart + 1, 10)))
                                    .arg(separatorStart + 1));
                }
                return badPathChar(pos);
            }
        }
        return std::nullopt;
    }

    // domain-name (':' port)? or '[' IPv6 ']' (':' port)?
    std::optional<Error> checkDomain(qsizetype begin, qsizetype end) const
    {
        const QString domain = m_text.mid(begin, end - begin);
        qsizetype pos = begin;
        if (pos < end && m_text[pos] == u'[') {
            const qsizetype close = m_text.indexOf(u']', pos);
            if (close < 0 || close >= end) {
                return fail(Tr::tr("the registry address “%1” opens “[” without closing it")
                                .arg(elided(domain)));
            }
            if (close == pos + 1) {
                return fail(Tr::tr("the registry address “%1” has an empty IPv6 address")
                                .arg(elided(domain)));
            }
            for (qsizetype i = pos + 1; i < close; ++i) {
                if (!isHexDigit(m_text[i]) && m_text[i] != u':') {
                    return fail(Tr::tr("%1 at position %2 is not allowed in an IPv6 address")
                                    .arg(describe(m_text, i))
                                    .arg(i + 1));
                }
            }
            pos = close + 1;
        } else {
            qsizetype labelStart = pos;
            while (true) {
                if (pos < end && (isAsciiAlnum(m_text[pos]) || m_text[pos] == u'-')) {
                    ++pos;
                    continue;
                }
                // End of one host-name label.
                if (pos == labelStart) {
                    return fail(Tr::tr("the registry host in “%1” has an empty part at position %2")
                                    .arg(elided(domain))
                                    .arg(pos + 1));
                }
                if (m_text[labelStart] == u'-' || m_text[pos - 1] == u'-') {
                    return fail(Tr::tr("a part of the registry host name must start and end with a "
                                   "letter or digit, not “-” (position %1)")
                                    .arg(m_text[labelStart] == u'-' ? labelStart + 1 : pos));
                }
                if (pos < end && m_text[pos] == u'.') {
                    ++pos;
                    labelStart = pos;
                    continue;
                }
                break;
            }
        }
        if (pos < end && m_text[pos] == u':') {
            const qsizetype portStart = ++pos;
            while (pos < end && m_text[pos].unicode() >= u'0' && m_text[pos].unicode() <= u'9')
                ++pos;
            if (pos == portStart && pos == end) {
                return fail(Tr::tr("the registry port after “:” at position %1 is empty")
                                .arg(portStart));
            }
            if (pos < end) {
                return fail(Tr::tr("the registry port may only contain digits, not %1 (position %2)")
                                .arg(describe(m_text, pos))
                                .arg(pos + 1));
            }
        }
        if (pos < end) {
            return fail(Tr::tr("%1 at position %2 is not allowed in a registry host name")
                            .arg(describe(m_text, pos))
                            .arg(pos + 1));
        }
        return std::nullopt;
    }

    std::optional<Error> checkTag(qsizetype begin, qsizetype end) const
    {
        if (begin == end)
            return fail(Tr::tr("the tag after “:” at position %1 is empty").arg(begin));
        if (end - begin > TagLengthMax) {
            return fail(Tr::tr("the tag is %1 characters long, at most %2 are allowed")
                            .arg(end - begin)
                            .arg(TagLengthMax));
        }
        for (qsizetype pos = begin; pos < end; ++pos) {
            const QChar c = m_text[pos];
            const bool allowed = isWordChar(c) || (pos > begin && (c == u'.' || c == u'-'));
            if (!allowed) {
                if (pos == begin && (c == u'.' || c == u'-')) {
                    return fail(Tr::tr("a tag must start with a letter, digit or “_”, not %1 "
                                   "(position %2)")
                                    .arg(describe(m_text, pos))
                                    .arg(pos + 1));
                }
                return fail(Tr::tr("%1 at position %2 is not allowed in a tag, which may contain "
                               "letters, digits, “_”, “.” and “-”")
                                .arg(describe(m_text, pos))
                                .arg(pos + 1));
            }
        }
        return std::nullopt;
    }

    std::optional<Error> checkDigest(qsizetype begin, qsizetype end) const
    {
        if (begin == end)
            return fail(Tr::tr("the digest after “@” at position %1 is empty").arg(begin));
        const qsizetype colon = m_text.indexOf(u':', begin);
        if (colon < 0 || colon >= end) {
            return fail(Tr::tr("the digest after “@” must look like “sha256:” followed by 64 "
                           "hexadecimal digits"));
        }
        // algorithm: [A-Za-z][A-Za-z0-9]* ([+._-] [A-Za-z][A-Za-z0-9]*)*
        bool expectLetter = true;
        for (qsizetype pos = begin; pos < colon; ++pos) {
            const QChar c = m_text[pos];
            const bool letter = isAsciiAlnum(c) && !(c.unicode() >= u'0' && c.unicode() <= u'9');
            if (expectLetter ? letter : isAsciiAlnum(c)) {
                expectLetter = false;
            } else if (!expectLetter && (c == u'+' || c == u'.' || c == u'_' || c == u'-')) {
                expectLetter = true;
            } else {
                return fail(Tr::tr("%1 at position %2 is not allowed in a digest algorithm")
                                .arg(describe(m_text, pos))
                                .arg(pos + 1));
            }
        }
        if (expectLetter) {
            return fail(Tr::tr("the digest algorithm before “:” at position %1 is empty or incomplete")
                            .arg(colon + 1));
        }
        const QString algorithm = m_text.mid(begin, colon - begin);
        qsizetype expected = 0;
        if (algorithm == u"sha256"_s)
            expected = 64;
        else if (algorithm == u"sha384"_s)
            expected = 96;
        else if (algorithm == u"sha512"_s)
            expected = 128;
        else
            return fail(Tr::tr("the digest algorithm “%1” is not supported (use sha256)").arg(elided(algorithm)));

        for (qsizetype pos = colon + 1; pos < end; ++pos) {
            const QChar c = m_text[pos];
            if (!isHexDigit(c) || isAsciiUpper(c)) {
                return fail(Tr::tr("%1 at position %2 is not allowed in a digest, which uses lowercase "
                               "hexadecimal digits (0-9, a-f)")
                                .arg(describe(m_text, pos))
                                .arg(pos + 1));
            }
        }
        if (end - colon - 1 != expected) {
            return fail(Tr::tr("a %1 digest has %2 hexadecimal digits, this one has %3")
                            .arg(algorithm)
                            .arg(expected)
                            .arg(end - colon - 1));
        }
        return std::nullopt;
    }

    const QString &m_text;
};

} // namespace

Result<ImageReference> ImageReference::parse(const QString &text)
{
    Parser parser(text);
    if (text.isEmpty())
        return parser.fail(Tr::tr("it is empty; type a name such as “busybox” or “quay.io/org/app:1.0”"));

    // Blanks and invisible characters first: they are the usual copy-and-paste accident, and
    // the message should say so rather than blame the grammar.
    for (qsizetype pos = 0; pos < text.size(); ++pos) {
        const QChar c = text[pos];
        if (c.isSpace()) {
            return parser.fail(Tr::tr("it contains a blank at position %1 (%2)")
                                   .arg(pos + 1)
                                   .arg(describe(text, pos)));
        }
        if (!c.isPrint() && !c.isSurrogate()) {
            return parser.fail(Tr::tr("it contains an invisible character at position %1 (%2)")
                                   .arg(pos + 1)
                                   .arg(describe(text, pos)));
        }
    }

    // docker refuses a bare image ID as a name: it would be ambiguous.
    if (text.size() == 64
        && std::all_of(text.cbegin(), text.cend(), [](QChar c) { return isHexDigit(c) && !isAsciiUpper(c); })) {
        return parser.fail(Tr::tr("it is an image ID (64 hexadecimal digits), not a name; use the ID "
                              "directly where an image ID is accepted"));
    }

    // name [':' tag] ['@' digest]
    const qsizetype at = text.indexOf(u'@');
    const qsizetype nameEnd = at >= 0 ? at : text.size();
    if (at >= 0) {
        const qsizetype secondAt = text.indexOf(u'@', at + 1);
        if (secondAt >= 0) {
            return parser.fail(Tr::tr("it contains a second “@” at position %1; only one digest is "
                                  "allowed")
                                   .arg(secondAt + 1));
        }
    }
    if (nameEnd == 0)
        return parser.fail(Tr::tr("the repository name is missing before “@”"));
    const QStringView name = QStringView(text).first(nameEnd);
    const qsizetype lastSlash = name.lastIndexOf(u'/');
    const qsizetype colon = name.lastIndexOf(u':');
    const bool hasTag = colon > lastSlash;
    const qsizetype repoEnd = hasTag ? colon : nameEnd;
    if (repoEnd == 0)
        return parser.fail(Tr::tr("the repository name is missing before %1").arg(describe(text, 0)));

    // Registry: the part before the first '/', if it looks like a host.
    ImageReference reference;
    qsizetype pathStart = 0;
    const qsizetype firstSlash = text.indexOf(u'/');
    if (firstSlash >= 0 && firstSlash < repoEnd) {
        const QString first = text.left(firstSlash);
        const bool isDomain = first == u"localhost"_s || first.contains(u'.') || first.contains(u':')
            || first.toLower() != first;
        if (isDomain) {
            if (std::optional<Error> error = parser.checkDomain(0, firstSlash))
                return *error;
            reference.m_domain = first;
            pathStart = firstSlash + 1;
        }
    }
    if (std::optional<Error> error = parser.checkPath(pathStart, repoEnd))
        return *error;
    if (hasTag) {
        if (std::optional<Error> error = parser.checkTag(colon + 1, nameEnd))
            return *error;
        reference.m_tag = text.mid(colon + 1, nameEnd - colon - 1);
    }
    if (at >= 0) {
        if (std::optional<Error> error = parser.checkDigest(at + 1, text.size()))
            return *error;
        reference.m_digest = text.mid(at + 1);
    }

    reference.m_path = text.mid(pathStart, repoEnd - pathStart);
    if (reference.m_domain.isEmpty() || reference.m_domain == u"index.docker.io"_s)
        reference.m_domain = defaultDomain();
    if (reference.m_domain == defaultDomain() && !reference.m_path.contains(u'/'))
        reference.m_path.prepend(u"library/"_s);

    const qsizetype nameLength = reference.m_domain.size() + 1 + reference.m_path.size();
    if (nameLength > NameTotalLengthMax) {
        return parser.fail(Tr::tr("the repository name is %1 characters long with its registry, at "
                              "most %2 are allowed")
                               .arg(nameLength)
                               .arg(NameTotalLengthMax));
    }
    return reference;
}

QString ImageReference::repository() const
{
    if (isNull())
        return {};
    return m_domain + u'/' + m_path;
}

QString ImageReference::familiarName() const
{
    if (isNull())
        return {};
    if (m_domain != defaultDomain())
        return repository();
    // Official images drop "library/", but only when nothing is nested below it.
    const QString library = u"library/"_s;
    if (m_path.startsWith(library) && !QStringView(m_path).sliced(library.size()).contains(u'/'))
        return m_path.mid(library.size());
    return m_path;
}

QString ImageReference::toString() const
{
    QString text = repository();
    if (!m_tag.isEmpty())
        text += u':' + m_tag;
    if (!m_digest.isEmpty())
        text += u'@' + m_digest;
    return text;
}

QString ImageReference::familiarString() const
{
    QString text = familiarName();
    if (!m_tag.isEmpty())
        text += u':' + m_tag;
    if (!m_digest.isEmpty())
        text += u'@' + m_digest;
    return text;
}

ImageReference ImageReference::withDefaultTag() const
{
    ImageReference reference = *this;
    if (!isNull() && m_tag.isEmpty() && m_digest.isEmpty())
        reference.m_tag = defaultTag();
    return reference;
}

QString ImageReference::pullTag() const
{
    if (!m_digest.isEmpty())
        return m_digest;
    if (!m_tag.isEmpty())
        return m_tag;
    return defaultTag();
}

} // namespace Wharf
