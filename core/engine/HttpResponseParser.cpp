// SPDX-License-Identifier: Apache-2.0
#include "HttpResponseParser.h"

#include <QCoreApplication>
#include <http_parser.h>
#include <utility>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Wharf::HttpResponseParser)
};

} // namespace

struct HttpResponseParser::Private
{
    http_parser parser {};
    http_parser_settings settings {};

    bool expectNoBody = false;
    bool headersDone = false;
    bool complete = false;
    bool upgraded = false;
    bool informational = false; // a 1xx reply before the real one
    Error error;
    qint64 bytesSeen = 0;

    int status = 0;
    HttpHeaders headers;
    QByteArray field;
    QByteArray value;
    bool inValue = false;
    QByteArray body;

    static Private *self(http_parser *p) { return static_cast<Private *>(p->data); }

    void commitHeader()
    {
        if (!field.isEmpty())
            headers.append({ std::exchange(field, {}), value.trimmed() });
        value.clear();
        inValue = false;
    }

    void fail(ErrorCode code, const QString &message, const QString &details)
    {
        if (error.code() == ErrorCode::None)
            error = Error(code, message, details);
    }

    void failFromParser()
    {
        const auto err = HTTP_PARSER_ERRNO(&parser);
        fail(ErrorCode::ProtocolError,
            Tr::tr("The engine's reply is not valid HTTP. The address may point at something that "
                   "is not a "
                   "container engine, or the engine is misbehaving."),
            u"%1 (%2) after %3 bytes"_s
                .arg(QString::fromLatin1(http_errno_description(err)),
                    QString::fromLatin1(http_errno_name(err)))
                .arg(bytesSeen));
    }

    static int onMessageBegin(http_parser *p)
    {
        Private *d = self(p);
        d->headers.clear();
        d->field.clear();
        d->value.clear();
        d->inValue = false;
        return 0;
    }

    static int onHeaderField(http_parser *p, const char *at, size_t length)
    {
        Private *d = self(p);
        if (d->headersDone)
            return 0; // chunked trailers: not needed
        if (d->inValue)
            d->commitHeader();
        d->field.append(at, qsizetype(length));
        return 0;
    }

    static int onHeaderValue(http_parser *p, const char *at, size_t length)
    {
        Private *d = self(p);
        if (d->headersDone)
            return 0;
        d->inValue = true;
        d->value.append(at, qsizetype(length));
        return 0;
    }

    static int onHeadersComplete(http_parser *p)
    {
        Private *d = self(p);
        d->commitHeader();
        d->status = int(p->status_code);
        // 100 Continue and friends precede the real reply; 101 is the upgrade itself.
        d->informational = d->status >= 100 && d->status < 200 && d->status != 101;
        if (d->informational)
            return 0;
        d->headersDone = true;
        return d->expectNoBody ? 1 : 0;
    }

    static int onBody(http_parser *p, const char *at, size_t length)
    {
        self(p)->body.append(at, qsizetype(length));
        return 0;
    }

    static int onMessageComplete(http_parser *p)
    {
        Private *d = self(p);
        if (d->informational) {
            d->informational = false;
            d->headers.clear();
            d->status = 0;
            return 0;
        }
        d->complete = true;
        // Stop here: whatever follows the message is not ours to parse.
        http_parser_pause(p, 1);
        return 0;
    }
};

HttpResponseParser::HttpResponseParser()
    : d(std::make_unique<Private>())
{
    http_parser_init(&d->parser, HTTP_RESPONSE);
    d->parser.data = d.get();
    http_parser_settings_init(&d->settings);
    d->settings.on_message_begin = &Private::onMessageBegin;
    d->settings.on_header_field = &Private::onHeaderField;
    d->settings.on_header_value = &Private::onHeaderValue;
    d->settings.on_headers_complete = &Private::onHeadersComplete;
    d->settings.on_body = &Private::onBody;
    d->settings.on_message_complete = &Private::onMessageComplete;
}

HttpResponseParser::~HttpResponseParser() = default;

void HttpResponseParser::setExpectNoBody(bool noBody)
{
    d->expectNoBody = noBody;
}

bool HttpResponseParser::feed(const QByteArray &data)
{
    if (failed())
        return false;
    if (d->upgraded) {
        // After 101 Switching Protocols the bytes belong to the new protocol (a raw stream).
        d->body.append(data);
        d->bytesSeen += data.size();
        return true;
    }
    if (d->complete || data.isEmpty())
        return true;

    const size_t parsed
        = http_parser_execute(&d->parser, &d->settings, data.constData(), size_t(data.size()));
    const auto err = HTTP_PARSER_ERRNO(&d->parser);
    if (d->parser.upgrade && d->headersDone) {
        d->upgraded = true;
        d->complete = true;
        if (parsed < size_t(data.size()))
            d->body.append(data.constData() + parsed, data.size() - qsizetype(parsed));
        d->bytesSeen += data.size();
        return true;
    }
    d->bytesSeen += qsizetype(parsed);
    if (err == HPE_PAUSED && d->complete)
        return true;
    if (err != HPE_OK) {
        d->failFromParser();
        return false;
    }
    return true;
}

bool HttpResponseParser::finish()
{
    if (failed())
        return false;
    if (d->complete)
        return true;
    if (d->bytesSeen > 0) {
        // Zero bytes tell http-parser that the peer closed: this completes a close-delimited body.
        http_parser_execute(&d->parser, &d->settings, nullptr, 0);
        if (d->complete)
            return true;
    }
    if (d->bytesSeen == 0) {
        d->fail(ErrorCode::TruncatedReply,
            Tr::tr("The engine closed the connection without answering. It may have stopped or "
                   "restarted; try again."),
            u"connection closed before any byte of the reply"_s);
    } else if (!d->headersDone) {
        d->fail(ErrorCode::TruncatedReply,
            Tr::tr("The engine closed the connection in the middle of its reply headers. It may "
                   "have stopped or "
                   "restarted; try again."),
            u"connection closed after %1 bytes, headers incomplete"_s.arg(d->bytesSeen));
    } else {
        d->fail(ErrorCode::TruncatedReply,
            Tr::tr("The engine closed the connection before its reply was complete. It may have "
                   "stopped or "
                   "restarted; try again."),
            u"connection closed after %1 bytes, body incomplete (status %2)"_s.arg(d->bytesSeen)
                .arg(d->status));
    }
    return false;
}

bool HttpResponseParser::headersComplete() const
{
    return d->headersDone;
}

bool HttpResponseParser::messageComplete() const
{
    return d->complete;
}

bool HttpResponseParser::failed() const
{
    return d->error.code() != ErrorCode::None;
}

const Error &HttpResponseParser::error() const
{
    return d->error;
}

int HttpResponseParser::statusCode() const
{
    return d->headersDone ? d->status : 0;
}

const HttpHeaders &HttpResponseParser::headers() const
{
    static const HttpHeaders none;
    return d->headersDone ? d->headers : none;
}

QByteArray HttpResponseParser::takeBody()
{
    return std::exchange(d->body, {});
}

bool HttpResponseParser::isUpgraded() const
{
    return d->upgraded;
}

} // namespace Wharf
