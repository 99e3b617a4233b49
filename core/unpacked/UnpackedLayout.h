// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QCoreApplication>
#include <QString>

namespace Wharf {

struct UnpackedEntry;

// What Wharf knows about the layout of /cvmfs/unpacked.cern.ch (the DUCC publisher's):
// public names <registry>/<repository...>/<image>:<tag> are RELATIVE symlinks into
// .flat/<2 hex>/<sha256 of the image config>, variant symlinks hold $(CVMFS_ARCH:-amd64),
// and the dot-directories (.flat, .layers, .chains, .metadata, .multiarch) and podmanStore
// are machinery, not images. Pure functions, no I/O: the directory reader supplies the bytes.
class UnpackedLayout
{
    Q_DECLARE_TR_FUNCTIONS(Wharf::UnpackedLayout)

public:
    static QString defaultRoot() { return QStringLiteral("/cvmfs/unpacked.cern.ch"); }
    static QString cvmfsBase() { return QStringLiteral("/cvmfs"); }

    // Not shown as images: every dot-name and podmanStore.
    static bool isHiddenName(QByteArrayView name);
    // A single path component a directory can hold: not empty, no '/', no NUL, not . or ..
    static bool isSafeComponent(QByteArrayView name);
    // "" or safe components joined by single '/' (no leading or trailing '/').
    static bool isSafeRelativePath(QByteArrayView path);

    // A name as text: valid UTF-8 without control characters as it is; otherwise every
    // byte that is not part of a valid sequence, and every control character, as \xNN, and
    // a backslash as "\\" (so that an escaped name reads unambiguously). *valid says which.
    static QString displayName(QByteArrayView raw, bool *valid = nullptr);
    // displayName() of each component of a '/'-separated path.
    static QString displayPath(QByteArrayView raw);

    // The last component of a public name: "el8:x86_64", "busybox@sha256:<hex>",
    // "app:1.0@sha256:<hex>", "app:sha256:<hex>" (DUCC's name for a digest-only request),
    // "bare". The image part is everything before the first ':'; '@' splits only before a
    // digest.
    struct Name
    {
        QString image;
        QString tag;
        QString digest;
    };
    static Name splitName(const QString &component);
    // "algorithm:hex" with a lower-case hex part of at least 32 digits.
    static bool looksLikeDigest(QStringView text);
    // A name that carries a tag or digest (':' or '@'): below the top level, such a
    // directory is an image unpacked in place, not a namespace.
    static bool isTagLikeName(QByteArrayView name);

    // Where a link leads, lexically: `directory` (relative to the root) joined with
    // rawTarget and normalised (".", "..", "//"). An absolute target is taken relative to
    // `root` when it lies below it. outsideRoot when it climbs above the root or is absolute
    // elsewhere; path is then empty.
    struct Target
    {
        QByteArray path;
        bool outsideRoot = false;
    };
    static Target resolveTarget(QByteArrayView root, QByteArrayView directory, QByteArrayView rawTarget);
    // "sha256:<hex>" for a target <dot-dir>/<first 2 hex>/<64 hex> (.flat, or .images in
    // older repositories); empty otherwise.
    static QString imageIdFromTarget(QByteArrayView target);

    // A CVMFS variant symlink target: before $(NAME[:-default]) after.
    struct Variant
    {
        bool valid = false;
        QByteArray before;
        QByteArray variable;     // "CVMFS_ARCH"
        QByteArray defaultValue; // "amd64"; empty when none is given
        QByteArray after;
        QByteArray expand(QByteArrayView value) const { return before + value + after; }
        // The variable is CVMFS_ARCH and stands for a whole path component, so the values it
        // can take are the names of the directory `before` names.
        bool isArchitectureComponent() const;
    };
    static Variant parseVariant(QByteArrayView rawTarget);

    // Fills the derived fields of `entry` (name, split, target) from its raw fields.
    // root: the root path as bytes; directory: where the entry is, relative to the root.
    static void complete(UnpackedEntry &entry, QByteArrayView root, QByteArrayView directory);

    // The first component under the root names a registry host ("gitlab-registry.cern.ch",
    // "host:5005"); repositories such as singularity.opensciencegrid.org start with a Docker
    // Hub namespace instead ("opensciencegrid").
    static bool looksLikeRegistryHost(const QString &component);
    // The name an engine or registry uses for a public name, for cross-references:
    // "registry.hub.docker.com/cmssw/el8" + "x86_64" -> "docker.io/cmssw/el8:x86_64".
    // repositoryPath is "<first component>/<...>/<image>".
    static QString engineReference(const QString &repositoryPath, const QString &tag, const QString &digest);
    // Docker Hub under the names the publisher uses: docker.io, index.docker.io and
    // registry-1.docker.io are "registry.hub.docker.com" in unpacked.cern.ch.
    static QString publisherHost(const QString &host);
};

} // namespace Wharf
