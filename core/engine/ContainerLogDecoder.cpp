// SPDX-License-Identifier: Apache-2.0
#include "ContainerLogDecoder.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

// Bytes Auto needs: the stream type and the three zero bytes of a frame header.
constexpr qsizetype SniffSize = 4;

bool knownStreamType(unsigned char type)
{
    return type <= 3;
}

bool looksMultiplexed(QByteArrayView start)
{
    return knownStreamType(static_cast<unsigned char>(start[0])) && start[1] == '\0'
        && start[2] == '\0' && start[3] == '\0';
}

} // namespace

ContainerLogDecoder::ContainerLogDecoder(Framing framing)
    : m_framing(framing)
{ }

void ContainerLogDecoder::setContentType(const QByteArray &contentType)
{
    if (m_framing != Framing::Auto)
        return;
    const QByteArray type = contentType.split(';').constFirst().trimmed().toLower();
    if (type == "application/vnd.docker.multiplexed-stream")
        m_framing = Framing::Multiplexed;
    else if (type == "application/vnd.docker.raw-stream")
        m_framing = Framing::Raw;
}

void ContainerLogDecoder::append(QList<Chunk> &out, Stream stream, QByteArrayView data)
{
    if (data.isEmpty())
        return;
    if (!out.isEmpty() && out.last().stream == stream) {
        out.last().data.append(data);
        return;
    }
    out.append(Chunk { stream, data.toByteArray() });
}

void ContainerLogDecoder::decideFraming(QList<Chunk> &out)
{
    m_framing = looksMultiplexed(m_sniffed) ? Framing::Multiplexed : Framing::Raw;
    const QByteArray held = std::exchange(m_sniffed, {});
    if (m_framing == Framing::Raw)
        append(out, Stream::Stdout, held);
    else
        decodeMultiplexed(held, out);
}

QList<ContainerLogDecoder::Chunk> ContainerLogDecoder::feed(QByteArrayView data)
{
    QList<Chunk> out;
    if (hasError() || m_finished || data.isEmpty())
        return out;
    if (m_framing == Framing::Auto) {
        const qsizetype wanted = SniffSize - m_sniffed.size();
        m_sniffed.append(data.first(std::min(wanted, data.size())));
        data = data.sliced(std::min(wanted, data.size()));
        if (m_sniffed.size() < SniffSize)
            return out;
        decideFraming(out);
    }
    if (m_framing == Framing::Raw)
        append(out, Stream::Stdout, data);
    else
        decodeMultiplexed(data, out);
    return out;
}

void ContainerLogDecoder::decodeMultiplexed(QByteArrayView data, QList<Chunk> &out)
{
    while (!data.isEmpty() && !hasError()) {
        if (m_remaining > 0) {
            const qsizetype take = std::min<qsizetype>(data.size(), qsizetype(m_remaining));
            append(out, m_current, data.first(take));
            data = data.sliced(take);
            m_remaining -= quint32(take);
            continue;
        }
        const qsizetype take = std::min(HeaderSize - m_headerFill, data.size());
        for (qsizetype i = 0; i < take; ++i)
            m_header[size_t(m_headerFill + i)] = static_cast<unsigned char>(data[i]);
        m_headerFill += take;
        data = data.sliced(take);
        if (m_headerFill < HeaderSize)
            return;
        m_headerFill = 0;
        const unsigned char type = m_header[0];
        if (!knownStreamType(type) || m_header[1] != 0 || m_header[2] != 0 || m_header[3] != 0) {
            QString header;
            for (const unsigned char byte : m_header)
                header += u"%1 "_s.arg(uint(byte), 2, 16, QChar(u'0'));
            m_error = Error(ErrorCode::ProtocolError,
                QCoreApplication::translate("Wharf::ContainerLogDecoder",
                    "The engine's log stream is not in the format Wharf "
                    "expects; the rest of the log cannot be shown."),
                u"frame header: "_s + header.trimmed());
            return;
        }
        // Stdin (0) is echoed input: the engines' own client shows it with stdout.
        m_current = type == 2 ? Stream::Stderr : type == 3 ? Stream::System : Stream::Stdout;
        m_remaining = (quint32(m_header[4]) << 24) | (quint32(m_header[5]) << 16)
            | (quint32(m_header[6]) << 8) | quint32(m_header[7]);
    }
}

QList<ContainerLogDecoder::Chunk> ContainerLogDecoder::finish()
{
    QList<Chunk> out;
    if (m_finished)
        return out;
    m_finished = true;
    if (hasError())
        return out;
    if (m_framing == Framing::Auto) {
        // Too short to be a frame header: whatever it is, it is the whole log.
        append(out, Stream::Stdout, m_sniffed);
        m_sniffed.clear();
        m_framing = Framing::Raw;
        return out;
    }
    if (m_framing == Framing::Multiplexed && (m_headerFill > 0 || m_remaining > 0))
        m_truncated = true;
    return out;
}

} // namespace Wharf
