// SPDX-License-Identifier: Apache-2.0
#pragma once

#include "base/Result.h"

#include <QString>

namespace Wharf {

// An image reference ("busybox", "quay.io/org/app:1.0", "host:5000/x@sha256:..."), parsed
// and normalised by the grammar Docker uses (distribution/reference), so that Wharf accepts
// exactly what `docker pull` accepts and names images the way Docker does:
//   - the part before the first '/' is a registry when it contains '.' or ':', is
//     "localhost", or has upper case; otherwise the registry is docker.io;
//   - "index.docker.io" is docker.io, and a one-component name there gets "library/";
//   - path components are [a-z0-9]+ joined by '.', '_', '__' or runs of '-';
//   - a tag is [A-Za-z0-9_][A-Za-z0-9_.-]{0,127}; a digest is algorithm:hex (sha256 with 64
//     lowercase hex digits, sha384 96, sha512 128);
//   - registry + '/' + path is at most 255 characters (as the Docker 20.10 daemon counts;
//     newer docker CLIs count the path alone, but the daemon decides).
// One deliberate difference: a first component that looks like a host but is not a valid
// one ("my_host.com/x") is an error here. Docker's regular expression backtracks and takes
// the whole name as a path without a registry, and the pull then fails with
// `Get "https:/v2/": no Host in request URL`.
class ImageReference
{
public:
    ImageReference() = default;

    // Parses what a user typed. The InvalidReference error says what is wrong and where
    // (1-based character position); its details hold the reason alone.
    static Result<ImageReference> parse(const QString &text);

    static QString defaultDomain() { return QStringLiteral("docker.io"); }
    static QString defaultTag() { return QStringLiteral("latest"); }

    bool isNull() const { return m_path.isEmpty(); }

    QString domain() const { return m_domain; }     // "docker.io", "quay.io", "host:5000"
    QString path() const { return m_path; }         // "library/busybox", "org/app"
    QString tag() const { return m_tag; }           // empty when none was given
    QString digest() const { return m_digest; }     // "sha256:...", empty when none

    // Fully qualified: "docker.io/library/busybox".
    QString repository() const;
    // As docker shows it: "busybox", "user/app", "quay.io/x/y".
    QString familiarName() const;
    // Normalised, fully qualified, exactly the parts given: "docker.io/library/busybox",
    // "docker.io/library/busybox:1", "quay.io/x/y@sha256:...".
    QString toString() const;
    // familiarName() with the given tag and digest: "busybox:1".
    QString familiarString() const;
    // The same reference with tag "latest" when it has neither tag nor digest (what a pull
    // of a bare name fetches).
    ImageReference withDefaultTag() const;

    // What POST /images/create wants: fromImage (fully qualified, so that Podman does not
    // resolve a short name through its search registries) and tag (the digest when there is
    // one, else the tag, else "latest").
    QString pullFromImage() const { return repository(); }
    QString pullTag() const;

    bool operator==(const ImageReference &) const = default;

private:
    QString m_domain;
    QString m_path;
    QString m_tag;
    QString m_digest;
};

} // namespace Wharf
