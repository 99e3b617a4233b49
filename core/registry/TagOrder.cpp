// SPDX-License-Identifier: Apache-2.0
#include "TagOrder.h"

#include <QVarLengthArray>

#include <algorithm>
#include <cstring>
#include <memory>
#include <string_view>
#include <vector>

namespace Wharf {

namespace {

// The order is encoded once per tag into a string of UTF-16 units whose plain lexicographic
// order is the order wanted: a sort then compares flat arrays (fast even in a Debug build),
// and the order is total by construction. Every part is self-delimiting, so the exact tag,
// appended last, only breaks ties. The encoders write through raw pointers for speed (a
// Debug build calls a function for every std::string or QString element access).

// Markers; their relative order is the order of what they introduce.
constexpr char16_t Latest = 1, Version = 2, Date = 3, Other = 4;        // groups
constexpr char16_t Plain = 1, Flavour = 2, PreRelease = 3;              // what follows the numbers
constexpr char16_t EndOfText = 0, NumberToken = 1, CharacterToken = 2;  // natural-order text
constexpr char16_t EndOfNumbers = 1, NextNumber = 2;                    // "3.12" before "3.12.1"

bool isDigit(char16_t c)
{
    return c >= u'0' && c <= u'9';
}

bool isSeparator(char16_t c)
{
    return c == u'-' || c == u'_' || c == u'.' || c == u'+' || c == u'~';
}

bool isAsciiLetter(char16_t c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

char16_t inverted(char16_t digit)
{
    return static_cast<char16_t>(u'9' - digit + u'0');
}

int digitsValue(const char16_t *text, qsizetype count)
{
    int value = 0;
    for (qsizetype i = 0; i < count; ++i)
        value = value * 10 + (text[i] - u'0');
    return value;
}

// A run of digits as a number of any size: the length of its significant digits, then the
// digits. Descending inverts both, so that a bigger number comes first.
void putNumber(char16_t *&out, const char16_t *digits, const char16_t *end, bool descending)
{
    while (digits < end && *digits == u'0')
        ++digits;
    const auto length = static_cast<quint32>(std::min<qsizetype>(end - digits, 0xFFFFFFFF));
    const auto high = static_cast<char16_t>(length >> 16);
    const auto low = static_cast<char16_t>(length & 0xFFFF);
    *out++ = descending ? static_cast<char16_t>(0xFFFF - high) : high;
    *out++ = descending ? static_cast<char16_t>(0xFFFF - low) : low;
    for (; digits < end; ++digits)
        *out++ = descending ? inverted(*digits) : *digits;
}

// Natural order: runs of digits compare as numbers and before any other character; other
// characters compare by code unit; a prefix comes first.
void putNatural(char16_t *&out, const char16_t *text, const char16_t *end)
{
    while (text < end) {
        if (isDigit(*text)) {
            const char16_t *start = text;
            while (text < end && isDigit(*text))
                ++text;
            *out++ = NumberToken;
            putNumber(out, start, text, false);
        } else {
            *out++ = CharacterToken;
            *out++ = *text++;
        }
    }
    *out++ = EndOfText;
}

// A pre-release word at `text` (folded), ending at a digit, a separator or the end: its rank
// (newer is higher) and length; -1 when there is none.
int preReleaseWord(const char16_t *text, const char16_t *end, bool attached, qsizetype *length)
{
    struct Word
    {
        std::u16string_view text;
        int rank;
        bool attachedOnly; // "a", "b", "c" only right after the numbers ("1.0b1")
    };
    static constexpr Word words[] = {
        {u"preview", 3, false}, {u"snapshot", 0, false}, {u"alpha", 1, false}, {u"beta", 2, false},
        {u"dev", 0, false},     {u"pre", 3, false},      {u"rc", 4, false},    {u"a", 1, true},
        {u"b", 2, true},        {u"c", 4, true},
    };
    const std::u16string_view rest(text, static_cast<std::size_t>(end - text));
    for (const Word &word : words) {
        if (word.attachedOnly && !attached)
            continue;
        if (rest.substr(0, word.text.size()) != word.text)
            continue;
        const std::size_t after = word.text.size();
        if (after == rest.size() || isDigit(rest[after]) || isSeparator(rest[after])) {
            *length = static_cast<qsizetype>(after);
            return word.rank;
        }
    }
    return -1;
}

// [vV]?digits(.digits)* then nothing, a separator and a flavour or pre-release, or (with two
// numbers or more) a pre-release word directly: "3.13.0rc2".
bool putVersion(char16_t *&out, const char16_t *text, const char16_t *end)
{
    const char16_t *p = text;
    if (end - p > 1 && *p == u'v' && isDigit(p[1]))
        ++p;
    if (p == end || !isDigit(*p))
        return false;
    char16_t *o = out;
    *o++ = Version;
    int numbers = 0;
    for (;;) {
        const char16_t *start = p;
        while (p < end && isDigit(*p))
            ++p;
        *o++ = NextNumber;
        putNumber(o, start, p, true); // newest first
        ++numbers;
        if (end - p >= 2 && *p == u'.' && isDigit(p[1]))
            ++p;
        else
            break;
    }
    *o++ = EndOfNumbers;
    if (p == end) {
        *o++ = Plain;
        out = o;
        return true;
    }
    const bool attached = !isSeparator(*p);
    if (attached && (!isAsciiLetter(*p) || numbers < 2))
        return false; // "7f3e2a1" is a commit, not version 7
    const char16_t *body = attached ? p : p + 1;
    qsizetype wordLength = 0;
    const int rank = preReleaseWord(body, end, attached, &wordLength);
    if (rank < 0) {
        if (attached)
            return false;
        *o++ = Flavour;
        putNatural(o, body, end);
        out = o;
        return true;
    }
    *o++ = PreRelease;
    *o++ = static_cast<char16_t>(0x100 - rank); // rc before beta before alpha
    p = body + wordLength;
    // "rc1", "rc.1", "beta-2"
    if (end - p >= 2 && (*p == u'.' || *p == u'-' || *p == u'_') && isDigit(p[1]))
        ++p;
    const char16_t *numberStart = p;
    while (p < end && isDigit(*p))
        ++p;
    putNumber(o, numberStart, p, true);
    putNatural(o, p, end); // "-slim" after "rc1"
    out = o;
    return true;
}

// YYYYMMDD, YYYYMMDDhhmm, YYYYMMDDhhmmss, YYYY-MM-DD (or . or _), then nothing or a separator
// and a suffix. Years 1970-2199.
bool putDate(char16_t *&out, const char16_t *text, const char16_t *end)
{
    const qsizetype n = end - text;
    qsizetype run = 0;
    while (run < n && isDigit(text[run]))
        ++run;

    qsizetype stop = 0;
    qsizetype monthAt = 0;
    qsizetype dayAt = 0;
    if (run == 8 || run == 12 || run == 14) {
        monthAt = 4;
        dayAt = 6;
        stop = run;
    } else if (run == 4 && n >= 10 && (text[4] == u'-' || text[4] == u'.' || text[4] == u'_') && text[7] == text[4]
               && isDigit(text[5]) && isDigit(text[6]) && isDigit(text[8]) && isDigit(text[9])
               && (n == 10 || !isDigit(text[10]))) {
        monthAt = 5;
        dayAt = 8;
        stop = 10;
    } else {
        return false;
    }
    const int year = digitsValue(text, 4);
    const int month = digitsValue(text + monthAt, 2);
    const int day = digitsValue(text + dayAt, 2);
    if (year < 1970 || year > 2199 || month < 1 || month > 12 || day < 1 || day > 31)
        return false;
    if (run >= 12 && (digitsValue(text + 8, 2) > 23 || digitsValue(text + 10, 2) > 59))
        return false;
    if (run == 14 && digitsValue(text + 12, 2) > 60)
        return false;
    if (stop < n && !isSeparator(text[stop]))
        return false;

    char16_t digits[14];
    std::fill(std::begin(digits), std::end(digits), u'0');
    std::copy(text, text + 4, digits);
    std::copy(text + monthAt, text + monthAt + 2, digits + 4);
    std::copy(text + dayAt, text + dayAt + 2, digits + 6);
    if (stop == run)
        std::copy(text + 8, text + run, digits + 8); // the time, when there is one

    char16_t *o = out;
    *o++ = Date;
    for (const char16_t digit : digits)
        *o++ = inverted(digit); // newest first
    if (stop == n) {
        *o++ = Plain;
    } else {
        *o++ = Flavour;
        putNatural(o, text + stop + 1, end);
    }
    out = o;
    return true;
}

// The most units encode() writes for a tag: at most 4 per character of the tag (a one-digit
// number: marker, length, digit), a few markers, then the tag itself.
qsizetype encodedBound(const QString &tag)
{
    return 5 * tag.size() + 32;
}

// Writes the key of `tag` at `out` (room for encodedBound(tag) units); returns its end.
char16_t *encode(char16_t *out, const QString &tag)
{
    const qsizetype n = tag.size();
    const auto *units = reinterpret_cast<const char16_t *>(tag.utf16());
    if (tag == u"latest") {
        *out++ = Latest;
    } else {
        QVarLengthArray<char16_t, 256> foldedBuffer(n);
        char16_t *folded = foldedBuffer.data();
        for (qsizetype i = 0; i < n; ++i) {
            const char16_t c = units[i];
            if (c < 0x80)
                folded[i] = (c >= u'A' && c <= u'Z') ? static_cast<char16_t>(c + 32) : c;
            else
                folded[i] = QChar(c).toCaseFolded().unicode(); // per unit: the length stays
        }
        if (!putDate(out, folded, folded + n) && !putVersion(out, folded, folded + n)) {
            *out++ = Other;
            putNatural(out, folded, folded + n);
        }
    }
    std::memcpy(out, units, static_cast<std::size_t>(n) * sizeof(char16_t));
    return out + n;
}

// Lexicographic, by code unit; a prefix comes first. A plain loop: no calls per unit.
int compareKeys(const char16_t *a, qsizetype lengthA, const char16_t *b, qsizetype lengthB)
{
    const qsizetype common = std::min(lengthA, lengthB);
    for (qsizetype i = 0; i < common; ++i) {
        if (a[i] != b[i])
            return a[i] < b[i] ? -1 : 1;
    }
    return lengthA == lengthB ? 0 : (lengthA < lengthB ? -1 : 1);
}

} // namespace

int TagOrder::compare(const QString &a, const QString &b)
{
    QVarLengthArray<char16_t, 512> keyA(encodedBound(a));
    QVarLengthArray<char16_t, 512> keyB(encodedBound(b));
    const char16_t *endA = encode(keyA.data(), a);
    const char16_t *endB = encode(keyB.data(), b);
    return compareKeys(keyA.data(), endA - keyA.data(), keyB.data(), endB - keyB.data());
}

void TagOrder::sort(QStringList &tags)
{
    // All keys in one block: one allocation, and the comparisons read contiguous memory.
    struct Entry
    {
        quint64 prefix; // the first four units, compared first
        qsizetype offset;
        qsizetype length;
        qsizetype index;
    };
    qsizetype total = 0;
    for (const QString &tag : std::as_const(tags))
        total += encodedBound(tag);
    const std::unique_ptr<char16_t[]> block(new char16_t[static_cast<std::size_t>(total)]);
    char16_t *const base = block.get();
    std::vector<Entry> entries;
    entries.reserve(static_cast<std::size_t>(tags.size()));
    char16_t *out = base;
    for (qsizetype i = 0; i < tags.size(); ++i) {
        char16_t *const start = out;
        out = encode(start, tags.at(i));
        const qsizetype length = out - start;
        // Padding with 0, the smallest unit, keeps the prefix consistent with compareKeys.
        quint64 prefix = 0;
        for (qsizetype u = 0; u < 4; ++u)
            prefix = (prefix << 16) | (u < length ? start[u] : 0u);
        entries.push_back({prefix, start - base, length, i});
    }
    std::sort(entries.begin(), entries.end(), [base](const Entry &x, const Entry &y) {
        if (x.prefix != y.prefix)
            return x.prefix < y.prefix;
        return compareKeys(base + x.offset, x.length, base + y.offset, y.length) < 0;
    });
    QStringList sorted;
    sorted.reserve(tags.size());
    for (const Entry &entry : entries)
        sorted.append(tags.at(entry.index));
    tags = std::move(sorted);
}

} // namespace Wharf
