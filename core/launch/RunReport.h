// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/Result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Wharf {

// How a command run in a terminal ended, as `wharf run-in-terminal` writes it to its report
// file: exit code or signal, how long it ran, and the end of what it wrote to stderr. Never
// the command line or the environment (they may hold what the user would not share).
class RunReport
{
public:
    // Bytes of stderr the report keeps (the end: that is where the error is).
    static constexpr qsizetype StderrTailLimit = 64 * 1024;
    // A failure sooner than this after the start is "quick": the image is missing, a mount
    // is refused, ... The wrapper then waits for Enter and Wharf shows the error itself.
    static constexpr qint64 QuickFailureMilliseconds = 10'000;
    // A report file larger than this is not one of ours.
    static constexpr qint64 MaximumFileSize = 1024 * 1024;

    std::optional<int> exitCode() const { return m_exitCode; }
    std::optional<int> signal() const { return m_signal; }
    qint64 runtimeMilliseconds() const { return m_runtimeMilliseconds; }
    const QString &stderrTail() const { return m_stderrTail; }
    bool stderrTruncated() const { return m_stderrTruncated; }
    bool captured() const { return m_captured; }

    void setExitCode(int code) { m_exitCode = code; m_signal.reset(); }
    void setSignal(int number) { m_signal = number; m_exitCode.reset(); }
    void setRuntimeMilliseconds(qint64 ms) { m_runtimeMilliseconds = ms; }
    // Decoded as UTF-8 (invalid bytes replaced); a tail that starts inside a multi-byte
    // character loses that character.
    void setStderrTail(const QByteArray &bytes, bool truncated);
    void setCaptured(bool captured) { m_captured = captured; }

    bool succeeded() const { return m_exitCode && *m_exitCode == 0; }
    // Non-zero exit or a signal, within QuickFailureMilliseconds (or the threshold given).
    bool failedQuickly(qint64 thresholdMilliseconds = QuickFailureMilliseconds) const;
    // "exit 3", "signal 9 (SIGKILL)": for messages.
    QString outcomeText() const;

    QByteArray toJson() const;
    static Result<RunReport> fromJson(const QByteArray &json);
    // Written to a temporary file beside `path` and renamed over it, so a reader never sees
    // half a report.
    VoidResult writeAtomically(const QString &path) const;
    static Result<RunReport> readFile(const QString &path);

    bool operator==(const RunReport &other) const = default;

private:
    std::optional<int> m_exitCode;
    std::optional<int> m_signal;
    qint64 m_runtimeMilliseconds = 0;
    QString m_stderrTail;
    bool m_stderrTruncated = false;
    bool m_captured = true;
};

} // namespace Wharf
