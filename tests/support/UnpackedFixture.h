// SPDX-License-Identifier: Apache-2.0
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <utility>

namespace Wharf::Test {

// Builds directory trees that follow the layout of /cvmfs/unpacked.cern.ch exactly (see
// shared/reference/unpacked-layout.md, from the DUCC publisher's source): public names
// <host>/<repository...>/<image>:<tag> are RELATIVE symlinks, as many "../" as their depth
// needs, into .flat/<first 2 hex>/<sha256>; flat images hold .singularity.d with
// env/10-docker2singularity.sh; variant symlinks point into .multiarch/$(CVMFS_ARCH:-amd64)/...;
// the hidden trees (.layers, .chains, .metadata, .flat/.cvmfscatalog) and podmanStore exist.
// Each link gets its own mtime (the sync time a browser shows). Paths are raw bytes, so
// names need not be UTF-8.
class UnpackedFixture
{
public:
    // The tree buildTypical() makes, for assertions.
    struct Typical
    {
        static constexpr int Tags = 15;        // public names a browser shows
        static constexpr int Directories = 18; // hosts and repository path components
        static constexpr int Hosts = 4;
        QDateTime el8Synced;                   // registry.hub.docker.com/cmssw/el8:x86_64
        QHash<QByteArray, QString> hashOf;     // public name -> sha256 of its flat image
    };

    struct Generated
    {
        int images = 0;
        int tags = 0;
        int directories = 0;
        int maxDepth = 0; // deepest public name, in components below the root
        QList<QByteArray> sampleNames;
    };

    // Creates `root` (it must be empty or absent); the destructor removes it again, with
    // names that QDir could not remove (not UTF-8).
    explicit UnpackedFixture(QString root);
    ~UnpackedFixture();
    UnpackedFixture(const UnpackedFixture &) = delete;
    UnpackedFixture &operator=(const UnpackedFixture &) = delete;
    void setRemoveOnDestruction(bool remove) { m_remove = remove; }
    // rm -rf on raw bytes, not following links.
    static bool removeTree(const QByteArray &absolutePath);

    QString root() const { return m_root; }
    QByteArray rootBytes() const { return m_rootBytes; }
    QByteArray absolute(const QByteArray &relative) const;

    static QString hashFor(const QByteArray &seed);
    static QByteArray defaultEnvironment();
    // .flat/<2 hex>/<hash>: a tiny root file system and, if runnable, .singularity.d.
    QString addFlatImage(const QByteArray &seed, bool runnable = true,
        const QByteArray &environment = defaultEnvironment());
    // A public name -> ../../.flat/<2 hex>/<hash>, with the right depth.
    void addTag(const QByteArray &publicName, const QString &hash, const QDateTime &synced);
    // A public name -> a .flat path that does not exist.
    void addBrokenTag(const QByteArray &publicName, const QDateTime &synced);
    // DUCC's variant symlink: publicName -> ../../.multiarch/$(CVMFS_ARCH:-<default>)/publicName,
    // and .multiarch/<arch>/publicName -> the flat image of each architecture.
    void addVariantTag(const QByteArray &publicName, const QString &defaultArchitecture,
        const QList<std::pair<QString, QString>> &architectureHashes, const QDateTime &synced);
    void addLink(const QByteArray &relative, const QByteArray &target, const QDateTime &synced);
    void addDirectory(const QByteArray &relative);
    void addFile(const QByteArray &relative, const QByteArray &content);
    void addFifo(const QByteArray &relative);
    // .layers, .chains, .metadata (with remove-schedule.json), .flat/.cvmfscatalog, podmanStore.
    void addHiddenTrees();
    // The set of names the scanner tests check, covering every case of the layout.
    Typical buildTypical();
    // `images` images with `tagsPerImage` tags each, over three hosts and namespaces of
    // depth 1 to 4, each image with its own flat image.
    Generated generate(int images, int tagsPerImage, bool withFlatImages = true);

    // The relative link from publicName's directory to `target` (relative to the root).
    static QByteArray relativeLink(const QByteArray &publicName, const QByteArray &target);
    static bool setLinkTime(const QByteArray &absolutePath, const QDateTime &time);
    static QByteArray flatPath(const QString &hash);

private:
    void makeParents(const QByteArray &relative);

    QString m_root;
    QByteArray m_rootBytes;
    bool m_remove = true;
};

} // namespace Wharf::Test
