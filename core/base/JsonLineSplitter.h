// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QByteArrayList>

namespace Wharf {

// Splits a byte stream into lines (LF, CRLF or CR), keeping the unfinished tail between
// reads. Engines stream one JSON document per line (events, pull progress); some send
// several in one read and others split one across reads.
class JsonLineSplitter
{
public:
    // Appends data and returns the complete, non-empty lines it finished (terminators removed).
    QByteArrayList feed(const QByteArray &data);
    // Returns what is left (a last line without a terminator), and clears it.
    QByteArray takeRemainder();
    bool hasRemainder() const { return !m_buffer.isEmpty(); }

    // A hostile or broken stream may never send a terminator. A line longer than this is
    // dropped up to its terminator (and counted) instead of growing the buffer forever.
    static constexpr qsizetype DefaultMaxLineLength = 64 * 1024 * 1024;
    void setMaxLineLength(qsizetype bytes) { m_maxLineLength = bytes > 0 ? bytes : DefaultMaxLineLength; }
    qsizetype maxLineLength() const { return m_maxLineLength; }
    // How many over-long lines were dropped so far.
    int droppedLines() const { return m_droppedLines; }

private:
    void appendToLine(const char *data, qsizetype size);

    QByteArray m_buffer;
    bool m_lastWasCR = false;
    bool m_discarding = false; // inside an over-long line: drop bytes until its terminator
    qsizetype m_maxLineLength = DefaultMaxLineLength;
    int m_droppedLines = 0;
};

} // namespace Wharf
