// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/Error.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <array>

namespace Wharf {

// Turns the body of GET /containers/{id}/logs (and of a non-TTY attach or exec) into chunks
// of stdout and stderr, incrementally: bytes may be split anywhere between feeds.
//
// A container without a TTY sends a multiplexed stream, frames of an 8-byte header (stream
// type 0 stdin, 1 stdout, 2 stderr, 3 the engine's own error; three zero bytes; the payload
// size as a big-endian uint32) followed by the payload. A container with a TTY sends its
// bytes as they are. Docker 20.10 does not say which in its headers, so Auto looks at the
// first four bytes: a known stream type followed by three zeros is a frame header.
//
// Memory stays bounded whatever the input: a payload is passed on as it arrives, never
// collected up to its declared size, so a header that announces 4 GiB costs nothing. A frame
// header the decoder cannot read (unknown stream type, non-zero padding) means it has lost
// the framing: it stops, says so in error(), and ignores the rest.
class ContainerLogDecoder
{
public:
    enum class Framing { Auto, Multiplexed, Raw };
    enum class Stream { Stdout, Stderr, System };

    struct Chunk
    {
        Stream stream = Stream::Stdout;
        QByteArray data;

        bool operator==(const Chunk &) const = default;
    };

    explicit ContainerLogDecoder(Framing framing = Framing::Auto);

    // What the decoder uses: Auto until the first bytes (or a content type) decided.
    Framing framing() const { return m_framing; }
    // The reply's Content-Type, when the engine gives one that says which framing it is
    // ("application/vnd.docker.multiplexed-stream" or "...raw-stream", API 1.42 and later).
    // Only decides while the framing is still Auto; other types are ignored.
    void setContentType(const QByteArray &contentType);

    // The chunks the new bytes complete, in order; consecutive bytes of one stream come as
    // one chunk. Empty once an error was found.
    QList<Chunk> feed(QByteArrayView data);
    // The end of the stream: whatever was held back (Auto with fewer than four bytes, which
    // is then raw). Ending inside a frame sets isTruncated().
    QList<Chunk> finish();

    bool hasError() const { return m_error.code() != ErrorCode::None; }
    const Error &error() const { return m_error; }
    // The stream ended in the middle of a frame header or payload.
    bool isTruncated() const { return m_truncated; }

private:
    static constexpr qsizetype HeaderSize = 8;

    void decideFraming(QList<Chunk> &out);
    void decodeMultiplexed(QByteArrayView data, QList<Chunk> &out);
    static void append(QList<Chunk> &out, Stream stream, QByteArrayView data);

    Framing m_framing;
    std::array<unsigned char, HeaderSize> m_header {};
    qsizetype m_headerFill = 0;
    quint32 m_remaining = 0; // payload bytes of the current frame still to come
    Stream m_current = Stream::Stdout;
    QByteArray m_sniffed; // Auto: the first bytes, until there are enough to decide
    Error m_error;
    bool m_truncated = false;
    bool m_finished = false;
};

} // namespace Wharf
