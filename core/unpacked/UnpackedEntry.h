// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Wharf {

// One visible name in a directory of an unpacked repository: a namespace directory
// ("cmssw") or a public image name ("el8:x86_64", a relative symlink into .flat).
//
// The first block is what the file system says (lstat, readlink) and what the scan cache
// stores; the second block is derived from it by UnpackedLayout::complete(), so a cache
// file can never make the two disagree. Names are raw bytes: a name that is not valid UTF-8
// is shown escaped, and the bytes still open the right file.
struct UnpackedEntry
{
    enum class Kind : quint8 {
        Directory, // a registry host or a repository path component
        Tag,       // a public image name
    };
    enum class Link : quint8 {
        None,    // a directory
        Symlink, // a symbolic link, the DUCC layout ("el8:x86_64 -> ../../.flat/28/28ba...")
        Variant, // a CVMFS variant symlink: its target holds $(CVMFS_ARCH:-amd64)
        InPlace, // a directory named image:tag that holds the image itself (older publishers)
    };

    Kind kind = Kind::Directory;
    Link link = Link::None;
    QByteArray rawName;     // as the file system has it: any bytes but '/' and NUL
    QByteArray rawTarget;   // readlink(), for Symlink and Variant
    qint64 modifiedMs = 0;  // lstat() st_mtime of the name itself, ms since the epoch (UTC)
    // Variant: the image of the default architecture, found by reading one more link (it
    // cannot be derived without I/O), relative to the root. Empty when it could not be read.
    QByteArray variantTarget;
    QString defaultArchitecture; // Variant: what CVMFS picks when CVMFS_ARCH is unset ("amd64")
    QStringList architectures;   // Variant: the architectures that .multiarch offers for it

    // Derived (UnpackedLayout::complete):
    QString name;        // display text; invalid UTF-8 and control characters as \xNN
    bool validName = true;
    QString image;       // "el8" (Tag)
    QString tag;         // "x86_64"; empty for a bare name or a digest-only name
    QString digest;      // "sha256:..." when the name carries a digest
    QByteArray target;   // where the name leads, relative to the root, normalised (".flat/28/28ba...")
    bool outsideRoot = false; // the link leads outside the repository (or nowhere)

    // "sha256:<hex>" when the target is <hidden>/<2 hex>/<64 hex> (the image config digest).
    QString imageId() const;
    QDateTime modified() const { return QDateTime::fromMSecsSinceEpoch(modifiedMs, Qt::UTC); }
};

} // namespace Wharf

Q_DECLARE_METATYPE(Wharf::UnpackedEntry)
