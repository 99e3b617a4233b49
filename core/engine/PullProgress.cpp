// SPDX-License-Identifier: Apache-2.0
#include "PullProgress.h"

#include "base/JsonFields.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <limits>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

constexpr qint64 MaxBytes = std::numeric_limits<qint64>::max();

qint64 saturatingAdd(qint64 a, qint64 b)
{
    return a > MaxBytes - b ? MaxBytes : a + b;
}

// Statuses after which a layer needs no more downloading.
bool isDoneStatus(const QString &status)
{
    return status == u"Pull complete"_s || status == u"Already exists"_s
        || status == u"Download complete"_s;
}

} // namespace

PullProgress::Layer &PullProgress::layer(const QString &id)
{
    for (Layer &existing : m_layers) {
        if (existing.id == id)
            return existing;
    }
    m_layers.append(Layer{id, {}, 0, 0, false});
    return m_layers.last();
}

bool PullProgress::apply(const QByteArray &jsonLine)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(jsonLine, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return false;
    const QJsonObject message = document.object();

    const QString status = JsonFields::string(message, u"status").trimmed();
    const bool hasError = message.contains(u"error") || message.contains(u"errorDetail")
        || (status.isEmpty() && message.value(u"message").isString());
    if (hasError) {
        if (m_error.code() == ErrorCode::None) {
            QString text = JsonFields::string(message.value(u"errorDetail").toObject(), u"message");
            if (text.isEmpty())
                text = JsonFields::string(message, u"error");
            if (text.isEmpty())
                text = JsonFields::string(message, u"message");
            if (text.isEmpty()) {
                text = QCoreApplication::translate("Wharf::PullProgress",
                                                   "the engine gave no reason");
            }
            //: %1 is the engine's own error text, usually in English.
            m_error = Error(ErrorCode::EngineError,
                            QCoreApplication::translate("Wharf::PullProgress",
                                                        "The engine could not pull the image: %1")
                                .arg(text),
                            text);
        }
        return true;
    }

    const QString stream = JsonFields::string(message, u"stream").trimmed();
    if (!stream.isEmpty())
        m_lastStatus = stream;
    if (status.isEmpty())
        return true;

    const QString id = JsonFields::string(message, u"id").trimmed();
    if (id.isEmpty() || id == status || status.startsWith(u"Pulling from "_s)) {
        m_lastStatus = status;
        if (status.startsWith(u"Digest: "_s))
            m_digest = status.mid(8).trimmed();
        return true;
    }

    Layer &entry = layer(id);
    entry.status = status;
    const QJsonObject detail = message.value(u"progressDetail").toObject();
    if (detail.contains(u"current") || detail.contains(u"total")) {
        // Negative or absurd numbers from a broken engine must not make the bar run backwards
        // past zero or overflow the sums.
        const qint64 total = JsonFields::integer(detail.value(u"total"), 0, 0, MaxBytes);
        const qint64 current = JsonFields::integer(detail.value(u"current"), 0, 0, MaxBytes);
        entry.total = total;
        entry.current = total > 0 ? std::min(current, total) : current;
    }
    if (isDoneStatus(status))
        entry.done = true;
    return true;
}

qint64 PullProgress::bytesTotal() const
{
    qint64 sum = 0;
    for (const Layer &entry : m_layers) {
        if (entry.total > 0)
            sum = saturatingAdd(sum, entry.total);
    }
    return sum;
}

qint64 PullProgress::bytesDone() const
{
    qint64 sum = 0;
    for (const Layer &entry : m_layers) {
        if (entry.total <= 0)
            continue;
        // After "Download complete" the numbers describe extraction: the download is whole.
        sum = saturatingAdd(sum, entry.done ? entry.total : std::min(entry.current, entry.total));
    }
    return sum;
}

double PullProgress::fraction() const
{
    // Doubles: sums of hostile totals cannot overflow, and precision is not an issue here.
    double knownTotal = 0;
    double knownDone = 0;
    int known = 0;
    int unknown = 0;
    int unknownDone = 0;
    for (const Layer &entry : m_layers) {
        if (entry.status == u"Already exists"_s)
            continue;
        if (entry.total > 0) {
            ++known;
            knownTotal += static_cast<double>(entry.total);
            knownDone += static_cast<double>(entry.done ? entry.total : std::min(entry.current, entry.total));
        } else {
            ++unknown;
            unknownDone += entry.done ? 1 : 0;
        }
    }
    if (known == 0 && unknown == 0)
        return -1.0;
    if (known == 0)
        return static_cast<double>(unknownDone) / unknown;
    const double average = knownTotal / known;
    return std::clamp((knownDone + unknownDone * average) / (knownTotal + unknown * average), 0.0, 1.0);
}

} // namespace Wharf
