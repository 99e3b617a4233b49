// SPDX-License-Identifier: Apache-2.0
#include "UnpackedRecipe.h"

#include "UnpackedLayout.h"
#include "registry/ImageReference.h"

#include <QHostAddress>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

constexpr qsizetype TagLengthMax = 128;

QString shown(const QString &text)
{
    constexpr qsizetype Limit = 80;
    QString out = text.size() > Limit ? text.left(Limit - 1) + u'…' : text;
    for (QChar &c : out) {
        if (!c.isPrint())
            c = u'\uFFFD';
    }
    return out;
}

Error invalid(const QString &text, const QString &reason)
{
    //: %1 is the reference as typed, %2 why it cannot be published.
    return Error(ErrorCode::InvalidReference,
        UnpackedRecipe::tr("“%1” cannot be requested on unpacked.cern.ch: %2.").arg(shown(text), reason), reason);
}

// The character (a surrogate pair as one) at `pos`, as a message shows it.
QString describe(const QString &text, qsizetype pos)
{
    const QChar c = text[pos];
    char32_t code = c.unicode();
    qsizetype length = 1;
    if (c.isHighSurrogate() && pos + 1 < text.size() && text[pos + 1].isLowSurrogate()) {
        code = QChar::surrogateToUcs4(c, text[pos + 1]);
        length = 2;
    }
    if (QChar::isPrint(code) && !QChar::isSpace(code))
        return u"“%1”"_s.arg(text.mid(pos, length));
    return u"U+"_s + QString::number(quint32(code), 16).toUpper().rightJustified(4, u'0');
}

// A printable character, not a space, that cannot end or comment a YAML quoted string.
bool allowedInLine(const QString &text, qsizetype pos, qsizetype *length)
{
    const QChar c = text[pos];
    *length = 1;
    if (c.isHighSurrogate() && pos + 1 < text.size() && text[pos + 1].isLowSurrogate()) {
        *length = 2;
        return QChar::isPrint(QChar::surrogateToUcs4(c, text[pos + 1]));
    }
    return c.isPrint() && !c.isSpace() && c != u'\'' && c != u'"' && c != u'`' && c != u'#' && c != u'\\';
}

bool isTagChar(QChar c, bool first)
{
    const char16_t u = c.unicode();
    const bool word = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u'_';
    return word || (!first && (u == u'.' || u == u'-'));
}

// Why `domain` (host[:port], as ImageReference split it) cannot be a public registry, or
// an empty string.
QString privateHostReason(const QString &domain)
{
    QString host = domain;
    if (host.startsWith(u'[')) {
        host = host.mid(1, host.indexOf(u']') - 1);
    } else if (const qsizetype colon = host.lastIndexOf(u':'); colon >= 0) {
        host = host.left(colon);
    }
    host = host.toLower();
    QHostAddress address;
    if (address.setAddress(host)) {
        if (address.protocol() == QAbstractSocket::IPv4Protocol) {
            const quint32 ip = address.toIPv4Address();
            const auto in = [ip](quint32 network, int bits) {
                return bits == 0 || (ip >> (32 - bits)) == (network >> (32 - bits));
            };
            if (in(0x7F000000, 8) || in(0x00000000, 8))
                return UnpackedRecipe::tr("%1 is this computer, not a public registry").arg(host);
            if (in(0x0A000000, 8) || in(0xAC100000, 12) || in(0xC0A80000, 16) || in(0x64400000, 10)
                || in(0xA9FE0000, 16) || in(0xC6120000, 15) || in(0xE0000000, 3))
                return UnpackedRecipe::tr("%1 is a private or local network address, which the publisher "
                                          "cannot reach; only public registries can be published")
                    .arg(host);
            return {};
        }
        if (address.isLoopback() || address.isLinkLocal() || address.isUniqueLocalUnicast() || address.isSiteLocal()
            || address.isMulticast() || address == QHostAddress(QHostAddress::AnyIPv6))
            return UnpackedRecipe::tr("%1 is a private or local network address, which the publisher "
                                      "cannot reach; only public registries can be published")
                .arg(host);
        return {};
    }
    if (host == u"localhost"_s || host.endsWith(u".localhost"_s))
        return UnpackedRecipe::tr("%1 is this computer, not a public registry").arg(host);
    if (!host.contains(u'.'))
        return UnpackedRecipe::tr("the registry host “%1” has no domain, so it can only be a local "
                                  "or private one; only public registries can be published")
            .arg(host);
    static const QStringList PrivateSuffixes = { u"local"_s, u"localdomain"_s, u"internal"_s, u"intranet"_s,
        u"lan"_s, u"home"_s, u"corp"_s, u"private"_s, u"test"_s, u"example"_s, u"invalid"_s, u"home.arpa"_s };
    for (const QString &suffix : PrivateSuffixes) {
        if (host.endsWith(u'.' + suffix))
            return UnpackedRecipe::tr("the registry host “%1” ends in “.%2”, a private or reserved name; "
                                      "only public registries can be published")
                .arg(host, suffix);
    }
    return {};
}

} // namespace

Result<UnpackedRecipe> UnpackedRecipe::fromReference(const QString &input)
{
    const QString text = input.trimmed();
    if (text.isEmpty()) {
        return Error(ErrorCode::InvalidReference,
            tr("Type the image to publish, for example registry.hub.docker.com/library/centos:centos7."),
            u"empty"_s);
    }
    if (text.size() > MaxInputLength)
        return invalid(text, tr("it is %1 characters long; a reference has at most a few hundred").arg(text.size()));
    // The line goes into YAML between single quotes: nothing may end or comment it.
    for (qsizetype i = 0, length = 1; i < text.size(); i += length) {
        if (!allowedInLine(text, i, &length))
            return invalid(text, tr("%1 at position %2 is not allowed in an image reference").arg(describe(text, i)).arg(i + 1));
    }
    QString reference = text;
    const qsizetype scheme = reference.indexOf(u"://"_s);
    if (scheme >= 0) {
        const QString name = reference.left(scheme).toLower();
        if (name == u"http"_s) {
            return invalid(text, tr("the publisher pulls over HTTPS only, so a registry reached by plain "
                                    "http:// cannot be published"));
        }
        if (name != u"https"_s && name != u"docker"_s)
            return invalid(text, tr("“%1://” is not a registry address; write the reference without it").arg(name));
        reference = reference.mid(scheme + 3);
    }

    QString wildcardTag;
    if (reference.contains(u'*')) {
        const qsizetype slash = reference.lastIndexOf(u'/');
        const qsizetype lastStart = slash + 1;
        const QString last = reference.mid(lastStart);
        if (last.contains(u'@'))
            return invalid(text, tr("a tag with “*” matches several images, so it cannot be combined with a digest"));
        const qsizetype colon = last.indexOf(u':');
        if (colon < 0 || reference.left(lastStart).contains(u'*') || last.left(colon).contains(u'*'))
            return invalid(text, tr("“*” can only stand in the tag, as in “image:*” or “image:1.2*”"));
        const QString tag = last.mid(colon + 1);
        if (tag.count(u'*') != 1 || !tag.endsWith(u'*')) {
            return invalid(text, tr("“*” must end the tag: “*” requests every tag, “21.2.1*” every tag "
                                    "that starts with 21.2.1"));
        }
        const QString prefix = tag.chopped(1);
        if (prefix.size() >= TagLengthMax)
            return invalid(text, tr("the tag is longer than %1 characters").arg(TagLengthMax));
        for (qsizetype i = 0; i < prefix.size(); ++i) {
            if (!isTagChar(prefix[i], i == 0)) {
                return invalid(text, tr("%1 cannot be in a tag, which may contain letters, digits, “_”, "
                                        "and “.” or “-” after the first character")
                                         .arg(describe(prefix, i)));
            }
        }
        wildcardTag = tag;
        reference = reference.left(lastStart + colon);
    }

    const Result<ImageReference> parsed = ImageReference::parse(reference);
    if (!parsed)
        return invalid(text, parsed.error().details());
    const ImageReference &image = parsed.value();
    if (const QString reason = privateHostReason(image.domain()); !reason.isEmpty())
        return invalid(text, reason);

    UnpackedRecipe recipe;
    recipe.m_registry = UnpackedLayout::publisherHost(image.domain());
    recipe.m_repository = image.path();
    recipe.m_tag = wildcardTag.isEmpty() ? image.tag() : wildcardTag;
    recipe.m_digest = image.digest();
    if (recipe.m_registry != image.domain() || !reference.startsWith(image.domain() + u'/')) {
        if (recipe.m_registry == u"registry.hub.docker.com"_s) {
            recipe.m_notes.append(tr("Docker Hub is written registry.hub.docker.com in the recipe, as the names "
                                     "already under /cvmfs/unpacked.cern.ch are."));
        }
    }
    if (recipe.m_tag.isEmpty() && recipe.m_digest.isEmpty()) {
        recipe.m_tag = ImageReference::defaultTag();
        recipe.m_notes.append(tr("No tag was given: “latest” was added. Name the tag you need, as “latest” "
                                 "changes whenever the image is pushed again."));
    }
    if (recipe.m_tag == u"*"_s) {
        recipe.m_notes.append(tr("“*” publishes every tag of the repository, each under its own name. "
                                 "Prefer a prefix (“1.2*”) for repositories with many tags."));
    } else if (recipe.isWildcard()) {
        recipe.m_notes.append(tr("Every tag that starts with “%1” is published, each under its own name.")
                                  .arg(recipe.m_tag.chopped(1)));
    }
    if (recipe.m_tag.isEmpty() && !recipe.m_digest.isEmpty()) {
        recipe.m_notes.append(tr("A digest without a tag is published as %1.").arg(recipe.publicName()));
    }
    return recipe;
}

QString UnpackedRecipe::inputUrl() const
{
    QString url = u"https://"_s + m_registry + u'/' + m_repository;
    if (!m_tag.isEmpty())
        url += u':' + m_tag;
    if (!m_digest.isEmpty())
        url += u'@' + m_digest;
    return url;
}

QString UnpackedRecipe::recipeLine() const
{
    return u"    - '"_s + inputUrl() + u'\'';
}

QString UnpackedRecipe::publicName() const
{
    // DUCC: <registry>/<repository>:<tag>, or :<digest> when there is no tag.
    return m_registry + u'/' + m_repository + u':' + (m_tag.isEmpty() ? m_digest : m_tag);
}

QString UnpackedRecipe::expectedPath(const QString &root) const
{
    QString base = root;
    while (base.size() > 1 && base.endsWith(u'/'))
        base.chop(1);
    return base + u'/' + publicName();
}

QString UnpackedRecipe::explanation() const
{
    //: %1 and %2 are web addresses, %3 a path under /cvmfs
    return tr("Add the line under “input:” in recipe.yaml of the sync project and open a merge "
              "request: on CERN GitLab, %1 (CERN account), or on GitHub, %2. Only public images "
              "can be published: the publisher pulls without logging in. About 15 minutes after "
              "the merge request is accepted the image appears as %3, and tags pushed again are "
              "synced again automatically.")
        .arg(gitlabProject(), githubProject(), expectedPath());
}

} // namespace Wharf
