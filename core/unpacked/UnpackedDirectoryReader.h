// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "UnpackedImageInfo.h"
#include "UnpackedListing.h"
#include "base/Error.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace Wharf {

// The blocking part of the unpacked.cern.ch browser: reads ONE directory of one root with
// readdir, lstat and readlink (never following a public name, never opening a file that is
// not a directory, so a FIFO or device in the tree cannot block it), and looks at link
// targets on request. Run it on a worker thread only: on CVMFS any of these calls can block
// for minutes. Not thread-safe; a worker keeps one reader per root (it remembers the
// architectures under .multiarch).
//
// Cost per directory, chosen to match `ls -l`: one readdir, and for each public name one
// lstat (the sync time is the link's own mtime) and one readlink. Whether a target exists and
// is runnable (has .singularity.d) is NOT checked while listing: on CVMFS each image under
// .flat has a nested catalog, so that stat would download one catalog per image. inspect()
// does it, for the few targets a user is looking at.
class UnpackedDirectoryReader
{
    Q_DECLARE_TR_FUNCTIONS(Wharf::UnpackedDirectoryReader)

public:
    static constexpr qsizetype MaxEnvironmentBytes = 256 * 1024;
    static constexpr qsizetype MaxEntriesPerDirectory = 1'000'000;

    // cvmfsBase: where CVMFS repositories are mounted (/cvmfs); tests pass another.
    explicit UnpackedDirectoryReader(QString root, QString cvmfsBase = QStringLiteral("/cvmfs"));

    const QString &root() const { return m_root; }

    // Lists `directory` (relative to the root, raw bytes; empty = the root itself).
    UnpackedListing list(const QByteArray &directory);
    // Looks at a target (relative to the root): does it exist, does it hold .singularity.d,
    // and (readEnvironment) the image's environment file.
    UnpackedImageInfo inspect(const QByteArray &target, bool readEnvironment);

    // Why a directory could not be read, for the user: errorNumber from `call` ("open",
    // "readdir"). cvmfsBaseExists says whether cvmfsBase exists (CVMFS installed at all).
    static Error explainFailure(const QString &root, const QByteArray &directory, const QString &call,
        int errorNumber, const QString &cvmfsBase, bool cvmfsBaseExists);
    // A root under /cvmfs that lists empty: autofs did not mount it.
    static Error emptyRepositoryError(const QString &root, const QString &cvmfsBase);
    // The directory did not answer within timeoutMs.
    static Error timeoutError(const QString &root, const QByteArray &directory, int timeoutMs);
    // "unpacked.cern.ch" for "/cvmfs/unpacked.cern.ch/..." below cvmfsBase, else empty.
    static QString repositoryName(const QString &root, const QString &cvmfsBase);
    // The full path of `relative` under root, as text for messages.
    static QString displayPath(const QString &root, const QByteArray &relative);

private:
    QByteArray absolute(const QByteArray &relative) const;
    void resolveVariant(UnpackedEntry &entry, const QByteArray &directory);
    const QStringList &architecturesIn(const QByteArray &multiarchDirectory);

    QString m_root;
    QByteArray m_rootBytes;
    QString m_cvmfsBase;
    QHash<QByteArray, QStringList> m_architectures;
};

} // namespace Wharf
