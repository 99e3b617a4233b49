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

private:
    QByteArray m_buffer;
    bool m_lastWasCR = false;
};

} // namespace Wharf
