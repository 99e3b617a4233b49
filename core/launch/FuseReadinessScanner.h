// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace Wharf {

// Watches the output of a container that mounts CVMFS itself (the FUSE strategy) for the
// image's readiness lines, as the cms-cloud images print them:
//     ::: cvmfs-config...            (any ":::" progress line: Mounting)
//     ::: Mounting CVMFS... [done]   (Ready)
//     ::: Mounting CVMFS... [FAILED] (Failed)
// Pure and incremental: feed it chunks exactly as they arrive. A line may be split anywhere
// (even inside a colour code); CR and NUL are dropped, ANSI escape sequences (CSI, OSC, and
// two-byte ones) are removed, matching ignores case, and "[done]"/"[FAILED]" on the line after
// the "Mounting CVMFS" line counts too. Memory is bounded: a line longer than MaxLineLength
// keeps only its tail. The first result (Ready or Failed) is final.
class FuseReadinessScanner
{
public:
    enum class State { Waiting, Mounting, Ready, Failed };

    static constexpr qsizetype MaxLineLength = 4096;

    State feed(QByteArrayView chunk);
    // The output ended: the last line, even without a line break, is judged.
    State finish();
    State state() const { return m_state; }
    // The line (without colour codes, at most 512 characters) that gave Ready or Failed, for
    // the message shown to the user.
    QString resultLine() const { return m_resultLine; }

private:
    enum class Escape { None, Esc, Csi, String, StringEsc };

    void append(char c);
    void endLine();
    void judge(bool complete);

    State m_state = State::Waiting;
    Escape m_escape = Escape::None;
    QByteArray m_line;
    bool m_markerOnLine = false;    // "mounting cvmfs" seen on the current line
    bool m_awaitingResult = false;  // the previous line had the marker without a result
    bool m_lineChanged = false;     // a byte that may complete a token arrived since judge()
    QString m_resultLine;
};

} // namespace Wharf
