// SPDX-License-Identifier: Apache-2.0
#include "UnpackedFixture.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSet>
#include <QTest>

#include <cerrno>
#include <fcntl.h>
#include <ftw.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

namespace Wharf::Test {

namespace {

void makeDirectories(const QByteArray &absolute)
{
    QByteArray path;
    const QList<QByteArray> parts = absolute.split('/');
    for (const QByteArray &part : parts) {
        if (part.isEmpty()) {
            if (path.isEmpty())
                path = "/";
            continue;
        }
        if (!path.endsWith('/'))
            path += '/';
        path += part;
        if (::mkdir(path.constData(), 0755) != 0 && errno != EEXIST)
            qFatal("UnpackedFixture: cannot create %s: %s", path.constData(), strerror(errno));
    }
}

void writeFile(const QByteArray &absolute, const QByteArray &content, mode_t mode = 0644)
{
    const int fd = ::open(absolute.constData(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, mode);
    if (fd < 0)
        qFatal("UnpackedFixture: cannot write %s: %s", absolute.constData(), strerror(errno));
    qsizetype written = 0;
    while (written < content.size()) {
        const ssize_t n = ::write(fd, content.constData() + written, size_t(content.size() - written));
        if (n <= 0)
            break;
        written += n;
    }
    ::close(fd);
}

QDateTime at(int year, int month, int day, int hour = 12)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), Qt::UTC);
}

} // namespace

UnpackedFixture::UnpackedFixture(QString root)
    : m_root(std::move(root))
    , m_rootBytes(QFile::encodeName(m_root))
{
    makeDirectories(m_rootBytes);
}

UnpackedFixture::~UnpackedFixture()
{
    if (m_remove)
        removeTree(m_rootBytes);
}

bool UnpackedFixture::removeTree(const QByteArray &absolutePath)
{
    const auto removeOne = [](const char *path, const struct stat *, int, struct FTW *) {
        return ::remove(path) == 0 ? 0 : (errno == ENOENT ? 0 : -1);
    };
    return ::nftw(absolutePath.constData(), removeOne, 64, FTW_DEPTH | FTW_PHYS) == 0;
}

QByteArray UnpackedFixture::absolute(const QByteArray &relative) const
{
    return relative.isEmpty() ? m_rootBytes : m_rootBytes + '/' + relative;
}

QString UnpackedFixture::hashFor(const QByteArray &seed)
{
    return QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Sha256).toHex());
}

QByteArray UnpackedFixture::defaultEnvironment()
{
    return "#!/bin/sh\n"
           "export PATH=\"/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\"\n"
           "export CMSSW_VERSION=\"CMSSW_10_6_30\"\n"_ba;
}

QByteArray UnpackedFixture::flatPath(const QString &hash)
{
    return ".flat/" + hash.left(2).toLatin1() + '/' + hash.toLatin1();
}

void UnpackedFixture::makeParents(const QByteArray &relative)
{
    const qsizetype slash = relative.lastIndexOf('/');
    if (slash > 0)
        makeDirectories(absolute(relative.first(slash)));
}

QString UnpackedFixture::addFlatImage(const QByteArray &seed, bool runnable, const QByteArray &environment)
{
    const QString hash = hashFor(seed);
    const QByteArray image = absolute(flatPath(hash));
    struct stat info { };
    if (::stat(image.constData(), &info) == 0)
        return hash;
    makeDirectories(image + "/bin");
    makeDirectories(image + "/etc");
    makeDirectories(image + "/home/cmsusr");
    writeFile(image + "/etc/os-release", "NAME=\"AlmaLinux\"\n");
    if (runnable) {
        const QByteArray singularity = image + "/.singularity.d";
        makeDirectories(singularity + "/env");
        makeDirectories(singularity + "/actions");
        writeFile(singularity + "/env/10-docker2singularity.sh", environment, 0755);
        writeFile(singularity + "/env/90-environment.sh", "#!/bin/sh\n", 0755);
        for (const char *action : { "exec", "run", "shell", "start", "test" })
            writeFile(singularity + "/actions/" + action, "#!/bin/sh\n", 0755);
        writeFile(singularity + "/runscript", "#!/bin/sh\nexec /bin/sh \"$@\"\n", 0755);
        writeFile(singularity + "/startscript", "#!/bin/sh\n", 0755);
        if (::symlink(".singularity.d/runscript", QByteArray(image + "/singularity").constData()) != 0 && errno != EEXIST)
            qFatal("UnpackedFixture: symlink: %s", strerror(errno));
        if (::symlink(".singularity.d/env/90-environment.sh", QByteArray(image + "/environment").constData()) != 0 && errno != EEXIST)
            qFatal("UnpackedFixture: symlink: %s", strerror(errno));
    }
    return hash;
}

QByteArray UnpackedFixture::relativeLink(const QByteArray &publicName, const QByteArray &target)
{
    const int depth = int(publicName.count('/')); // directories between the root and the name
    QByteArray link;
    for (int i = 0; i < depth; ++i)
        link += "../";
    return link + target;
}

bool UnpackedFixture::setLinkTime(const QByteArray &absolutePath, const QDateTime &time)
{
    const qint64 ms = time.toMSecsSinceEpoch();
    struct timespec times[2];
    times[0].tv_sec = time_t(ms / 1000);
    times[0].tv_nsec = long((ms % 1000) * 1'000'000);
    times[1] = times[0];
    return ::utimensat(AT_FDCWD, absolutePath.constData(), times, AT_SYMLINK_NOFOLLOW) == 0;
}

void UnpackedFixture::addLink(const QByteArray &relative, const QByteArray &target, const QDateTime &synced)
{
    makeParents(relative);
    const QByteArray path = absolute(relative);
    ::unlink(path.constData());
    if (::symlink(target.constData(), path.constData()) != 0)
        qFatal("UnpackedFixture: cannot link %s: %s", path.constData(), strerror(errno));
    if (synced.isValid() && !setLinkTime(path, synced))
        qFatal("UnpackedFixture: cannot set the time of %s: %s", path.constData(), strerror(errno));
}

void UnpackedFixture::addTag(const QByteArray &publicName, const QString &hash, const QDateTime &synced)
{
    addLink(publicName, relativeLink(publicName, flatPath(hash)), synced);
}

void UnpackedFixture::addBrokenTag(const QByteArray &publicName, const QDateTime &synced)
{
    addLink(publicName, relativeLink(publicName, flatPath(hashFor("never published " + publicName))), synced);
}

void UnpackedFixture::addVariantTag(const QByteArray &publicName, const QString &defaultArchitecture,
    const QList<std::pair<QString, QString>> &architectureHashes, const QDateTime &synced)
{
    for (const auto &[architecture, hash] : architectureHashes) {
        const QByteArray perArchitecture = ".multiarch/" + architecture.toUtf8() + '/' + publicName;
        addLink(perArchitecture, relativeLink(perArchitecture, flatPath(hash)), synced);
    }
    addLink(publicName,
        relativeLink(publicName, ".multiarch/$(CVMFS_ARCH:-" + defaultArchitecture.toUtf8() + ")/" + publicName),
        synced);
}

void UnpackedFixture::addDirectory(const QByteArray &relative)
{
    makeDirectories(absolute(relative));
}

void UnpackedFixture::addFile(const QByteArray &relative, const QByteArray &content)
{
    makeParents(relative);
    writeFile(absolute(relative), content);
}

void UnpackedFixture::addFifo(const QByteArray &relative)
{
    makeParents(relative);
    if (::mkfifo(absolute(relative).constData(), 0644) != 0 && errno != EEXIST)
        qFatal("UnpackedFixture: mkfifo: %s", strerror(errno));
}

void UnpackedFixture::addHiddenTrees()
{
    const QString layer = hashFor("layer one");
    const QByteArray layerDir = ".layers/" + layer.left(2).toLatin1() + '/' + layer.toLatin1();
    addDirectory(layerDir + "/layerfs/usr/bin");
    addFile(layerDir + "/.metadata/origin.json", R"({"origin":"registry.hub.docker.com/library/centos:centos7"})");
    const QString chain = hashFor("chain one");
    addDirectory(".chains/" + chain.left(2).toLatin1() + '/' + chain.toLatin1() + "/layerfs/etc");
    addFile(".metadata/registry.hub.docker.com/cmssw/el8:x86_64/manifest.json", R"({"schemaVersion":2})");
    addFile(".metadata/remove-schedule.json", "[]");
    addFile(".flat/.cvmfscatalog", "");
    addDirectory("podmanStore/overlay-images");
    addFile(".cvmfsdirtab", "/.flat/*/*\n");
}

UnpackedFixture::Typical UnpackedFixture::buildTypical()
{
    Typical typical;
    addHiddenTrees();
    const QString el8 = addFlatImage("cmssw/el8");
    const QString el9 = addFlatImage("cmssw/el9");
    const QString centos = addFlatImage("library/centos");
    const QString busybox = addFlatImage("library/busybox");
    const QString alpine = addFlatImage("library/alpine");
    const QString payload = addFlatImage("payload-docker-cms", true,
        "#!/bin/sh\nexport ANALYSIS=\"payload\"\n"_ba);
    const QString deep = addFlatImage("deep-image");
    const QString amd64 = addFlatImage("multi amd64");
    const QString arm64 = addFlatImage("multi arm64");
    const QString plain = addFlatImage("not runnable", false);

    typical.el8Synced = at(2024, 5, 1);
    auto tag = [&](const QByteArray &name, const QString &hash, const QDateTime &synced) {
        addTag(name, hash, synced);
        typical.hashOf.insert(name, hash);
    };
    tag("registry.hub.docker.com/cmssw/el8:x86_64", el8, typical.el8Synced);
    tag("registry.hub.docker.com/cmssw/el8:latest", el8, at(2024, 5, 2));
    tag("registry.hub.docker.com/cmssw/el9:x86_64", el9, at(2024, 6, 1));
    tag("registry.hub.docker.com/cmssw/el8", el8, at(2024, 5, 3)); // a bare name, as cmssw-env tries first
    tag("registry.hub.docker.com/library/centos:centos7", centos, at(2023, 1, 10));
    tag("registry.hub.docker.com/library/busybox@sha256:" + busybox.toLatin1(), busybox, at(2023, 2, 1));
    tag("registry.hub.docker.com/library/alpine:sha256:" + alpine.toLatin1(), alpine, at(2023, 3, 1));
    tag("gitlab-registry.cern.ch/awesome-workshop/payload-docker-cms:3daaa96e", payload, at(2022, 7, 4));
    tag("gitlab-registry.cern.ch/a/b/c/d/deep-image:1.0", deep, at(2021, 12, 24));
    tag("gitlab-registry.cern.ch/weird/caf\xe9-\xff:1", el8, at(2020, 1, 1)); // not UTF-8
    tag("host.example.org:5005/group/notrunnable:1", plain, at(2024, 8, 8));
    addBrokenTag("gitlab-registry.cern.ch/broken/gone:1", at(2019, 9, 9));
    addVariantTag("docker.io/user/multi:latest", u"amd64"_s, { { u"amd64"_s, amd64 }, { u"arm64"_s, arm64 } }, at(2025, 1, 2));
    typical.hashOf.insert("docker.io/user/multi:latest", amd64);
    addLink("gitlab-registry.cern.ch/outside/escape:1", "../../../../../../etc", at(2018, 1, 1));
    // An older publisher: the name is a directory holding the image itself.
    const QByteArray inPlace = "registry.hub.docker.com/inplace/old:1";
    addDirectory(inPlace + "/.singularity.d/env");
    addFile(inPlace + "/.singularity.d/env/10-docker2singularity.sh", defaultEnvironment());
    setLinkTime(absolute(inPlace), at(2017, 3, 3));
    // An image unpacked under a bare directory name: not a namespace, not walked into.
    addDirectory("registry.hub.docker.com/singularity-image-dir/.singularity.d/env");
    addDirectory("registry.hub.docker.com/singularity-image-dir/usr/bin");
    // Things that are not images and must not be opened or shown.
    addFifo("gitlab-registry.cern.ch/weird/pipe:1");
    addFile("registry.hub.docker.com/README.md", "not an image\n");
    addLink("docker.io-alias", "docker.io", at(2024, 1, 1)); // a link at the top level
    return typical;
}

UnpackedFixture::Generated UnpackedFixture::generate(int images, int tagsPerImage, bool withFlatImages)
{
    Generated generated;
    QSet<QByteArray> directories;
    auto countDirectories = [&directories](const QByteArray &name) {
        qsizetype slash = name.indexOf('/');
        while (slash >= 0) {
            directories.insert(name.first(slash));
            slash = name.indexOf('/', slash + 1);
        }
    };
    for (int i = 0; i < images; ++i) {
        // 60% Docker Hub (user namespaces), 30% CERN GitLab (group/project[/sub]), 10% GHCR.
        QByteArray repository;
        if (i % 20 < 12) {
            repository = "registry.hub.docker.com/user" + QByteArray::number(i / 40);
        } else if (i % 20 < 18) {
            repository = "gitlab-registry.cern.ch/group" + QByteArray::number(i / 200) + "/project"
                + QByteArray::number(i / 30);
            if (i % 3 == 0)
                repository += "/sub" + QByteArray::number(i % 7);
        } else {
            repository = "ghcr.io/org" + QByteArray::number(i / 100);
        }
        const QByteArray image = repository + "/analysis-" + QByteArray::number(i);
        const QString hash = withFlatImages ? addFlatImage(image) : hashFor(image);
        for (int t = 0; t < tagsPerImage; ++t) {
            QByteArray tagName;
            if (t == 0)
                tagName = "latest";
            else if (t % 3 == 1)
                tagName = "v1." + QByteArray::number(t);
            else if (t % 3 == 2)
                tagName = "2024" + QByteArray::number(1000 + t).right(3) + "1";
            else
                tagName = QByteArray::number(t) + "-" + QByteArray::number(i % 97, 16);
            const QByteArray name = image + ':' + tagName;
            addTag(name, hash, QDateTime::fromSecsSinceEpoch(1'700'000'000 + qint64(i) * 3600 + t, Qt::UTC));
            ++generated.tags;
            generated.maxDepth = std::max(generated.maxDepth, int(name.count('/')) + 1);
            if (generated.sampleNames.size() < 20 && t == 0 && i % 250 == 0)
                generated.sampleNames.append(name);
        }
        countDirectories(image + ':');
        ++generated.images;
    }
    generated.directories = int(directories.size());
    return generated;
}

} // namespace Wharf::Test
