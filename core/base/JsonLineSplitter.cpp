// SPDX-License-Identifier: Apache-2.0
#include "JsonLineSplitter.h"

namespace Wharf {

void JsonLineSplitter::appendToLine(const char *data, qsizetype size)
{
    if (m_discarding || size <= 0)
        return;
    if (m_buffer.size() + size > m_maxLineLength) {
        m_buffer.clear();
        m_buffer.squeeze();
        m_discarding = true;
        ++m_droppedLines;
        return;
    }
    m_buffer.append(data, size);
}

QByteArrayList JsonLineSplitter::feed(const QByteArray &data)
{
    QByteArrayList lines;
    const char *const bytes = data.constData();
    const qsizetype size = data.size();
    qsizetype pos = 0;
    if (size == 0)
        return lines;
    // The LF of a CRLF whose CR ended the previous read: the line is already out.
    if (m_lastWasCR && bytes[0] == '\n')
        pos = 1;
    m_lastWasCR = false;

    qsizetype lineStart = pos;
    while (pos < size) {
        const char c = bytes[pos];
        if (c != '\n' && c != '\r') {
            ++pos;
            continue;
        }
        const qsizetype length = pos - lineStart;
        if (m_buffer.isEmpty() && !m_discarding && length <= m_maxLineLength) {
            // The common case, a whole line inside this read: one copy, no buffering.
            if (length > 0)
                lines.append(QByteArray(bytes + lineStart, length));
        } else {
            appendToLine(bytes + lineStart, length);
            if (!m_buffer.isEmpty())
                lines.append(m_buffer);
            m_buffer.clear();
        }
        m_discarding = false;
        ++pos;
        if (c == '\r') {
            if (pos < size) {
                if (bytes[pos] == '\n')
                    ++pos;
            } else {
                m_lastWasCR = true;
            }
        }
        lineStart = pos;
    }
    appendToLine(bytes + lineStart, size - lineStart);
    return lines;
}

QByteArray JsonLineSplitter::takeRemainder()
{
    QByteArray rest;
    rest.swap(m_buffer);
    m_lastWasCR = false;
    m_discarding = false;
    return rest;
}

} // namespace Wharf
