// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/Error.h"

#include <QByteArray>
#include <QMetaType>
#include <QString>

namespace Wharf {

// What is at the target of a public name: does it exist, is it a runnable unpacked image
// (it has .singularity.d), and, when asked for, the image's environment.
struct UnpackedImageInfo
{
    enum class State : quint8 {
        Unknown,     // not looked at (yet)
        Runnable,    // a directory with .singularity.d
        NotRunnable, // it exists, but has no .singularity.d (or is not a directory)
        Missing,     // the target does not exist: a broken link
        Unreadable,  // stat failed otherwise, or did not answer in time (see error)
    };

    QString root;
    QByteArray target; // relative to the root
    State state = State::Unknown;
    bool environmentRead = false;
    QString environment; // .singularity.d/env/10-docker2singularity.sh (first 256 KiB)
    Error error;
};

} // namespace Wharf

Q_DECLARE_METATYPE(Wharf::UnpackedImageInfo)
