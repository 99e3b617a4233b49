// SPDX-License-Identifier: Apache-2.0
#include "FuseReadinessScanner.h"

namespace Wharf {

namespace {

constexpr qsizetype kKeptTail = 256; // longer than a marker and its result together
constexpr qsizetype kResultLineLength = 512;

} // namespace

FuseReadinessScanner::State FuseReadinessScanner::feed(QByteArrayView chunk)
{
    for (const char c : chunk) {
        if (m_state == State::Ready || m_state == State::Failed)
            return m_state; // final
        const auto byte = static_cast<unsigned char>(c);
        if (c == '\n') {
            m_escape = Escape::None; // a broken escape sequence ends with its line
            endLine();
            continue;
        }
        switch (m_escape) {
        case Escape::None:
            if (byte == 0x1b)
                m_escape = Escape::Esc;
            else
                append(c);
            break;
        case Escape::Esc:
            if (c == '[')
                m_escape = Escape::Csi;
            else if (c == ']' || c == 'P' || c == 'X' || c == '^' || c == '_')
                m_escape = Escape::String; // OSC, DCS, SOS, PM, APC: up to BEL or ESC backslash
            else
                m_escape = Escape::None; // a two-byte sequence
            break;
        case Escape::Csi:
            if (byte >= 0x40 && byte <= 0x7e)
                m_escape = Escape::None; // the final byte
            break;
        case Escape::String:
            if (byte == 0x07)
                m_escape = Escape::None;
            else if (byte == 0x1b)
                m_escape = Escape::StringEsc;
            break;
        case Escape::StringEsc:
            m_escape = Escape::None;
            break;
        }
    }
    // An unfinished line can already say it: the result may be printed without a line break
    // for a while, and the user should not wait for it.
    // Only when a byte that ends a token (":::", "cvmfs", "]") arrived: judging costs a pass
    // over the line, and a stream fed byte by byte must stay linear.
    if (m_lineChanged && m_state != State::Ready && m_state != State::Failed && !m_line.isEmpty())
        judge(false);
    m_lineChanged = false;
    return m_state;
}

FuseReadinessScanner::State FuseReadinessScanner::finish()
{
    if (m_state != State::Ready && m_state != State::Failed && !m_line.isEmpty())
        endLine();
    m_escape = Escape::None;
    return m_state;
}

void FuseReadinessScanner::append(char c)
{
    if (c == '\r' || c == '\0')
        return;
    m_line.append(c);
    if (c == ':' || c == ']' || c == 's' || c == 'S')
        m_lineChanged = true;
    if (m_line.size() >= MaxLineLength) {
        judge(false); // before the head is dropped, so a marker in it is remembered
        m_line = m_line.right(kKeptTail);
    }
}

void FuseReadinessScanner::endLine()
{
    judge(true);
    m_line.clear();
    m_markerOnLine = false;
}

void FuseReadinessScanner::judge(bool complete)
{
    if (m_state == State::Ready || m_state == State::Failed)
        return;
    const QByteArray lower = m_line.toLower();
    auto decide = [this](State result) {
        m_state = result;
        m_resultLine = QString::fromUtf8(m_line.left(kResultLineLength)).trimmed();
        m_awaitingResult = false;
    };

    qsizetype searchFrom = -1;
    if (const qsizetype marker = lower.indexOf("mounting cvmfs"); marker >= 0) {
        m_markerOnLine = true;
        searchFrom = marker;
    } else if (m_markerOnLine) {
        searchFrom = 0; // the marker was in the part of a huge line that was dropped
    }
    if (searchFrom >= 0) {
        if (lower.indexOf("[failed]", searchFrom) >= 0)
            return decide(State::Failed);
        if (lower.indexOf("[done]", searchFrom) >= 0)
            return decide(State::Ready);
        m_state = State::Mounting;
        if (complete)
            m_awaitingResult = true;
        return;
    }

    const QByteArray trimmed = lower.trimmed();
    if (m_awaitingResult) {
        if (trimmed.startsWith("[failed]"))
            return decide(State::Failed);
        if (trimmed.startsWith("[done]"))
            return decide(State::Ready);
        if (complete && !trimmed.isEmpty())
            m_awaitingResult = false; // only the very next line may carry the result
    }
    if (trimmed.startsWith(":::"))
        m_state = State::Mounting;
}

} // namespace Wharf
