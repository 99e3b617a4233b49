// SPDX-License-Identifier: Apache-2.0
#include "UnpackedLayout.h"

#include "UnpackedEntry.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

bool isLowerHex(char c)
{
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f');
}

bool isLowerHex(QChar c)
{
    return c.unicode() < 128 && isLowerHex(char(c.unicode()));
}

bool isAllLowerHex(QByteArrayView text)
{
    for (const char c : text) {
        if (!isLowerHex(c))
            return false;
    }
    return true;
}

// Length of the valid UTF-8 sequence starting at p (at most `left` bytes), 0 when invalid:
// no overlong forms, no surrogates, nothing above U+10FFFF.
int validSequenceLength(const uchar *p, qsizetype left)
{
    const uchar b = p[0];
    if (b < 0x80)
        return 1;
    int length = 0;
    char32_t min = 0;
    char32_t value = 0;
    if ((b & 0xE0) == 0xC0) {
        length = 2;
        min = 0x80;
        value = b & 0x1F;
    } else if ((b & 0xF0) == 0xE0) {
        length = 3;
        min = 0x800;
        value = b & 0x0F;
    } else if ((b & 0xF8) == 0xF0) {
        length = 4;
        min = 0x10000;
        value = b & 0x07;
    } else {
        return 0;
    }
    if (left < length)
        return 0;
    for (int i = 1; i < length; ++i) {
        if ((p[i] & 0xC0) != 0x80)
            return 0;
        value = (value << 6) | (p[i] & 0x3F);
    }
    if (value < min || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
        return 0;
    return length;
}

bool isControl(uchar b)
{
    return b < 0x20 || b == 0x7F;
}

void appendEscaped(QString &out, uchar b)
{
    constexpr char Hex[] = "0123456789abcdef";
    out += u"\\x"_s;
    out += QLatin1Char(Hex[b >> 4]);
    out += QLatin1Char(Hex[b & 0xF]);
}

bool isVariableName(QByteArrayView name)
{
    if (name.isEmpty())
        return false;
    for (qsizetype i = 0; i < name.size(); ++i) {
        const char c = name[i];
        const bool letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_';
        const bool digit = c >= '0' && c <= '9';
        if (!letter && !(digit && i > 0))
            return false;
    }
    return true;
}

} // namespace

bool UnpackedLayout::isHiddenName(QByteArrayView name)
{
    return name.startsWith('.') || name == "podmanStore";
}

bool UnpackedLayout::isSafeComponent(QByteArrayView name)
{
    if (name.isEmpty() || name == "." || name == "..")
        return false;
    for (const char c : name) {
        if (c == '/' || c == '\0')
            return false;
    }
    return true;
}

bool UnpackedLayout::isSafeRelativePath(QByteArrayView path)
{
    if (path.isEmpty())
        return true;
    qsizetype start = 0;
    while (start <= path.size()) {
        qsizetype slash = path.indexOf('/', start);
        if (slash < 0)
            slash = path.size();
        if (!isSafeComponent(path.sliced(start, slash - start)))
            return false;
        start = slash + 1;
    }
    return true;
}

QString UnpackedLayout::displayName(QByteArrayView raw, bool *valid)
{
    const auto *bytes = reinterpret_cast<const uchar *>(raw.data());
    const qsizetype size = raw.size();
    // Fast path: printable ASCII, the usual case.
    bool ascii = true;
    for (qsizetype i = 0; i < size; ++i) {
        if (bytes[i] >= 0x80 || isControl(bytes[i])) {
            ascii = false;
            break;
        }
    }
    if (ascii) {
        if (valid)
            *valid = true;
        return QString::fromLatin1(raw);
    }
    bool clean = true;
    for (qsizetype i = 0; i < size;) {
        const int length = validSequenceLength(bytes + i, size - i);
        if (length == 0 || (length == 1 && isControl(bytes[i]))) {
            clean = false;
            break;
        }
        i += length;
    }
    if (valid)
        *valid = clean;
    if (clean)
        return QString::fromUtf8(raw);
    QString out;
    out.reserve(size + 16);
    for (qsizetype i = 0; i < size;) {
        const int length = validSequenceLength(bytes + i, size - i);
        if (length == 0 || (length == 1 && isControl(bytes[i]))) {
            appendEscaped(out, bytes[i]);
            ++i;
        } else if (length == 1 && bytes[i] == '\\') {
            out += u"\\\\"_s;
            ++i;
        } else {
            out += QString::fromUtf8(raw.sliced(i, length));
            i += length;
        }
    }
    return out;
}

QString UnpackedLayout::displayPath(QByteArrayView raw)
{
    QString out;
    qsizetype start = 0;
    while (start <= raw.size()) {
        qsizetype slash = raw.indexOf('/', start);
        if (slash < 0)
            slash = raw.size();
        if (start > 0)
            out += u'/';
        out += displayName(raw.sliced(start, slash - start));
        start = slash + 1;
    }
    return out;
}

bool UnpackedLayout::looksLikeDigest(QStringView text)
{
    const qsizetype colon = text.indexOf(u':');
    if (colon <= 0 || text.size() - colon - 1 < 32)
        return false;
    for (qsizetype i = 0; i < colon; ++i) {
        const char16_t c = text[i].unicode();
        const bool ok = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')
            || ((c == u'+' || c == u'.' || c == u'_' || c == u'-') && i > 0 && i + 1 < colon);
        if (!ok)
            return false;
    }
    for (qsizetype i = colon + 1; i < text.size(); ++i) {
        if (!isLowerHex(text[i]))
            return false;
    }
    return true;
}

UnpackedLayout::Name UnpackedLayout::splitName(const QString &component)
{
    Name name;
    QStringView base = component;
    const qsizetype at = component.indexOf(u'@');
    if (at >= 0 && looksLikeDigest(QStringView(component).sliced(at + 1))) {
        name.digest = component.sliced(at + 1);
        base = QStringView(component).first(at);
    }
    const qsizetype colon = base.indexOf(u':');
    if (colon < 0) {
        name.image = base.toString();
        return name;
    }
    name.image = base.first(colon).toString();
    const QStringView rest = base.sliced(colon + 1);
    // DUCC publishes a digest-only request as "image:sha256:<hex>".
    if (name.digest.isEmpty() && looksLikeDigest(rest))
        name.digest = rest.toString();
    else
        name.tag = rest.toString();
    return name;
}

bool UnpackedLayout::isTagLikeName(QByteArrayView name)
{
    return name.contains(':') || name.contains('@');
}

UnpackedLayout::Target UnpackedLayout::resolveTarget(
    QByteArrayView root, QByteArrayView directory, QByteArrayView rawTarget)
{
    Target result;
    if (rawTarget.isEmpty() || rawTarget.contains('\0')) {
        result.outsideRoot = true;
        return result;
    }
    QList<QByteArrayView> stack;
    auto push = [&stack](QByteArrayView path) {
        qsizetype start = 0;
        while (start <= path.size()) {
            qsizetype slash = path.indexOf('/', start);
            if (slash < 0)
                slash = path.size();
            const QByteArrayView part = path.sliced(start, slash - start);
            start = slash + 1;
            if (part.isEmpty() || part == ".")
                continue;
            if (part == "..") {
                if (stack.isEmpty())
                    return false;
                stack.removeLast();
                continue;
            }
            stack.append(part);
        }
        return true;
    };
    if (rawTarget.startsWith('/')) {
        QByteArrayView trimmedRoot = root;
        while (trimmedRoot.size() > 1 && trimmedRoot.endsWith('/'))
            trimmedRoot.chop(1);
        const bool below = !trimmedRoot.isEmpty() && rawTarget.startsWith(trimmedRoot)
            && (rawTarget.size() == trimmedRoot.size() || rawTarget[trimmedRoot.size()] == '/'
                || trimmedRoot == "/");
        if (!below) {
            result.outsideRoot = true;
            return result;
        }
        if (!push(rawTarget.sliced(trimmedRoot == "/" ? 0 : trimmedRoot.size()))) {
            result.outsideRoot = true;
            return result;
        }
    } else if (!push(directory) || !push(rawTarget)) {
        result.outsideRoot = true;
        return result;
    }
    qsizetype total = 0;
    for (const QByteArrayView part : std::as_const(stack))
        total += part.size() + 1;
    result.path.reserve(total);
    for (qsizetype i = 0; i < stack.size(); ++i) {
        if (i > 0)
            result.path += '/';
        result.path += stack.at(i);
    }
    return result;
}

QString UnpackedLayout::imageIdFromTarget(QByteArrayView target)
{
    // <dot-dir>/<2 hex>/<64 hex>
    const qsizetype first = target.indexOf('/');
    if (first <= 1 || target[0] != '.')
        return {};
    const qsizetype second = target.indexOf('/', first + 1);
    if (second != first + 3)
        return {};
    const QByteArrayView prefix = target.sliced(first + 1, 2);
    const QByteArrayView hash = target.sliced(second + 1);
    if (hash.size() != 64 || !isAllLowerHex(hash) || !hash.startsWith(prefix))
        return {};
    return u"sha256:"_s + QString::fromLatin1(hash);
}

bool UnpackedLayout::Variant::isArchitectureComponent() const
{
    return valid && variable == "CVMFS_ARCH" && (before.isEmpty() || before.endsWith('/'))
        && (after.isEmpty() || after.startsWith('/'));
}

UnpackedLayout::Variant UnpackedLayout::parseVariant(QByteArrayView rawTarget)
{
    Variant variant;
    const qsizetype open = rawTarget.indexOf("$(");
    if (open < 0)
        return variant;
    const qsizetype close = rawTarget.indexOf(')', open + 2);
    if (close < 0)
        return variant;
    const QByteArrayView inside = rawTarget.sliced(open + 2, close - open - 2);
    const qsizetype fallback = inside.indexOf(":-");
    const QByteArrayView name = fallback < 0 ? inside : inside.first(fallback);
    if (!isVariableName(name))
        return variant;
    variant.valid = true;
    variant.before = rawTarget.first(open).toByteArray();
    variant.variable = name.toByteArray();
    if (fallback >= 0)
        variant.defaultValue = inside.sliced(fallback + 2).toByteArray();
    variant.after = rawTarget.sliced(close + 1).toByteArray();
    return variant;
}

void UnpackedLayout::complete(UnpackedEntry &entry, QByteArrayView root, QByteArrayView directory)
{
    entry.name = displayName(entry.rawName, &entry.validName);
    entry.image.clear();
    entry.tag.clear();
    entry.digest.clear();
    entry.target.clear();
    entry.outsideRoot = false;
    if (entry.kind != UnpackedEntry::Kind::Tag)
        return;
    const Name parts = splitName(entry.name);
    entry.image = parts.image;
    entry.tag = parts.tag;
    entry.digest = parts.digest;
    switch (entry.link) {
    case UnpackedEntry::Link::Symlink: {
        const Target target = resolveTarget(root, directory, entry.rawTarget);
        entry.target = target.path;
        entry.outsideRoot = target.outsideRoot;
        break;
    }
    case UnpackedEntry::Link::Variant:
        // Read from the file system; a cache file could hold anything, so only a clean
        // relative path is kept.
        if (isSafeRelativePath(entry.variantTarget))
            entry.target = entry.variantTarget;
        else
            entry.variantTarget.clear();
        break;
    case UnpackedEntry::Link::InPlace:
        entry.target = directory.isEmpty() ? entry.rawName : directory.toByteArray() + '/' + entry.rawName;
        break;
    case UnpackedEntry::Link::None:
        break;
    }
}

bool UnpackedLayout::looksLikeRegistryHost(const QString &component)
{
    return component.contains(u'.') || component.contains(u':') || component == u"localhost"_s;
}

QString UnpackedLayout::publisherHost(const QString &host)
{
    if (host == u"docker.io"_s || host == u"index.docker.io"_s || host == u"registry-1.docker.io"_s)
        return u"registry.hub.docker.com"_s;
    return host;
}

QString UnpackedLayout::engineReference(
    const QString &repositoryPath, const QString &tag, const QString &digest)
{
    const qsizetype slash = repositoryPath.indexOf(u'/');
    QString host = slash < 0 ? QString() : repositoryPath.first(slash);
    QString path = slash < 0 ? repositoryPath : repositoryPath.sliced(slash + 1);
    if (slash < 0 || !looksLikeRegistryHost(host)) {
        host = u"docker.io"_s;
        path = repositoryPath;
    } else if (host == u"registry.hub.docker.com"_s || host == u"index.docker.io"_s
               || host == u"registry-1.docker.io"_s) {
        host = u"docker.io"_s;
    }
    if (host == u"docker.io"_s && !path.contains(u'/'))
        path = u"library/"_s + path;
    QString reference = host + u'/' + path;
    if (!tag.isEmpty())
        reference += u':' + tag;
    if (!digest.isEmpty())
        reference += u'@' + digest;
    return reference;
}

} // namespace Wharf
