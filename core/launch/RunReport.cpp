// SPDX-License-Identifier: Apache-2.0
#include "RunReport.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <csignal>
#include <cstring>

using namespace Qt::StringLiterals;

namespace Wharf {

namespace {

// A class scope lupdate understands, so the context it records is the one used at run time.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Wharf::RunReport)
};

constexpr int FormatVersion = 1;

// A JSON number that is an int, or nothing.
std::optional<int> intField(const QJsonObject &object, const QString &key, bool *wrongType)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isDouble()) {
        *wrongType = true;
        return std::nullopt;
    }
    const double number = value.toDouble();
    if (number != static_cast<double>(static_cast<int>(number))) {
        *wrongType = true;
        return std::nullopt;
    }
    return static_cast<int>(number);
}

} // namespace

void RunReport::setStderrTail(const QByteArray &bytes, bool truncated)
{
    QByteArray tail = bytes.size() > StderrTailLimit ? bytes.right(StderrTailLimit) : bytes;
    truncated = truncated || bytes.size() > StderrTailLimit;
    if (truncated) {
        // Skip UTF-8 continuation bytes the cut left at the front.
        qsizetype start = 0;
        while (start < tail.size() && start < 3 && (static_cast<unsigned char>(tail.at(start)) & 0xC0) == 0x80)
            ++start;
        tail = tail.mid(start);
    }
    m_stderrTail = QString::fromUtf8(tail);
    m_stderrTruncated = truncated;
}

bool RunReport::failedQuickly(qint64 thresholdMilliseconds) const
{
    return !succeeded() && (m_exitCode || m_signal) && m_runtimeMilliseconds < thresholdMilliseconds;
}

QString RunReport::outcomeText() const
{
    if (m_exitCode)
        return Tr::tr("exit %1").arg(*m_exitCode);
    if (m_signal) {
#if defined(__GLIBC__)
        if (const char *name = sigabbrev_np(*m_signal))
            return Tr::tr("signal %1 (SIG%2)").arg(*m_signal).arg(QString::fromLatin1(name));
#endif
        return Tr::tr("signal %1").arg(*m_signal);
    }
    return Tr::tr("unknown outcome");
}

QByteArray RunReport::toJson() const
{
    QJsonObject object{
        {u"version"_s, FormatVersion},
        {u"runtimeMs"_s, static_cast<double>(m_runtimeMilliseconds)},
        {u"stderrTail"_s, m_stderrTail},
        {u"stderrTruncated"_s, m_stderrTruncated},
        {u"captured"_s, m_captured},
    };
    object.insert(u"exitCode"_s, m_exitCode ? QJsonValue(*m_exitCode) : QJsonValue(QJsonValue::Null));
    object.insert(u"signal"_s, m_signal ? QJsonValue(*m_signal) : QJsonValue(QJsonValue::Null));
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Result<RunReport> RunReport::fromJson(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        return Error(ErrorCode::ParseError, Tr::tr("The report of the command run in the terminal cannot be read."),
                     parseError.errorString());
    }
    const QJsonObject object = document.object();
    bool wrongType = false;
    const auto version = intField(object, u"version"_s, &wrongType);
    if (!version || *version != FormatVersion) {
        return Error(ErrorCode::ParseError, Tr::tr("The report of the command run in the terminal has an unknown format."),
                     u"version"_s);
    }
    RunReport report;
    const auto exitCode = intField(object, u"exitCode"_s, &wrongType);
    const auto signal = intField(object, u"signal"_s, &wrongType);
    const QJsonValue runtime = object.value(u"runtimeMs"_s);
    const QJsonValue tail = object.value(u"stderrTail"_s);
    if (wrongType || (exitCode.has_value() == signal.has_value()) || !runtime.isDouble() || runtime.toDouble() < 0
        || (!tail.isUndefined() && !tail.isString())) {
        return Error(ErrorCode::ParseError, Tr::tr("The report of the command run in the terminal is incomplete."),
                     QString::fromUtf8(json.left(200)));
    }
    if (exitCode)
        report.setExitCode(*exitCode);
    else
        report.setSignal(*signal);
    report.setRuntimeMilliseconds(static_cast<qint64>(runtime.toDouble()));
    report.m_stderrTail = tail.toString().right(StderrTailLimit);
    report.m_stderrTruncated = object.value(u"stderrTruncated"_s).toBool(false);
    report.m_captured = object.value(u"captured"_s).toBool(true);
    return report;
}

VoidResult RunReport::writeAtomically(const QString &path) const
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(toJson()) < 0 || !file.commit()) {
        return Error(ErrorCode::ProcessFailed, Tr::tr("Cannot write the report of the command to \"%1\".").arg(path),
                     file.errorString());
    }
    return {};
}

Result<RunReport> RunReport::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(ErrorCode::NotFound, Tr::tr("Cannot read the report of the command from \"%1\".").arg(path),
                     file.errorString());
    }
    const QByteArray bytes = file.read(MaximumFileSize + 1);
    if (bytes.size() > MaximumFileSize) {
        return Error(ErrorCode::ParseError, Tr::tr("The report of the command run in the terminal is too large."), path);
    }
    return fromJson(bytes);
}

} // namespace Wharf
