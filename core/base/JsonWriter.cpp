// SPDX-License-Identifier: Apache-2.0
#include "JsonWriter.h"

namespace Wharf {

void JsonWriter::newline()
{
    m_out += '\n';
    m_out.append(m_levels.size() * 4, ' ');
}

void JsonWriter::beforeValue()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (m_levels.isEmpty())
        return;
    Level &level = m_levels.last();
    if (!level.empty)
        m_out += ',';
    level.empty = false;
    newline();
}

void JsonWriter::beginObject()
{
    beforeValue();
    m_out += '{';
    m_levels.append({true, true});
}

void JsonWriter::beginArray()
{
    beforeValue();
    m_out += '[';
    m_levels.append({false, true});
}

void JsonWriter::endObject()
{
    close('}');
}

void JsonWriter::endArray()
{
    close(']');
}

void JsonWriter::close(char bracket)
{
    if (m_levels.isEmpty())
        return;
    const bool empty = m_levels.takeLast().empty;
    if (!empty)
        newline();
    m_out += bracket;
    if (m_levels.isEmpty())
        m_out += '\n';
}

void JsonWriter::key(QStringView name)
{
    beforeValue();
    appendEscaped(m_out, name);
    m_out += ": ";
    m_afterKey = true;
}

void JsonWriter::value(QStringView text)
{
    beforeValue();
    appendEscaped(m_out, text);
}

void JsonWriter::value(qint64 number)
{
    beforeValue();
    m_out += QByteArray::number(number);
}

void JsonWriter::value(bool flag)
{
    beforeValue();
    m_out += flag ? "true" : "false";
}

void JsonWriter::valueOrNull(QStringView text)
{
    if (text.isEmpty())
        nullValue();
    else
        value(text);
}

void JsonWriter::nullValue()
{
    beforeValue();
    m_out += "null";
}

void JsonWriter::value(const QStringList &texts)
{
    beginArray();
    for (const QString &text : texts)
        value(QStringView(text));
    endArray();
}

void JsonWriter::appendEscaped(QByteArray &out, QStringView text)
{
    static constexpr char hex[] = "0123456789abcdef";
    out += '"';
    // Runs of characters that need no escape go through one UTF-8 conversion.
    qsizetype runStart = 0;
    const auto flush = [&](qsizetype end) {
        if (end > runStart)
            out += text.mid(runStart, end - runStart).toUtf8();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x20 && c != u'"' && c != u'\\')
            continue;
        flush(i);
        runStart = i + 1;
        switch (c) {
        case u'"': out += "\\\""; break;
        case u'\\': out += "\\\\"; break;
        case u'\n': out += "\\n"; break;
        case u'\r': out += "\\r"; break;
        case u'\t': out += "\\t"; break;
        case u'\b': out += "\\b"; break;
        case u'\f': out += "\\f"; break;
        default:
            out += "\\u00";
            out += hex[(c >> 4) & 0xf];
            out += hex[c & 0xf];
            break;
        }
    }
    flush(text.size());
    out += '"';
}

} // namespace Wharf
