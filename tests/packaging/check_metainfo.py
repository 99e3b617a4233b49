# SPDX-License-Identifier: Apache-2.0
"""packaging.metainfo: the AppStream metainfo passes `appstreamcli validate --no-net`, and
agrees with the rest of the tree: its id is the application id, it launches the desktop file
of that name, its newest release is the version in project(), and its screenshots are the
files in packaging/screenshots, at their real sizes.

    check_metainfo.py FILE   (environment: WHARF_APP_ID, WHARF_VERSION, WHARF_SOURCE_DIR,
                              CI=true turns a missing tool into a failure)
"""
import os
import shutil
import struct
import subprocess
import sys
import xml.etree.ElementTree as ET

SCREENSHOT_BASE = "https://github.com/wharf-cvmfs/wharf/raw/main/packaging/screenshots/"


def fail(message):
    print(f"FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def skip(message):
    if os.environ.get("CI") == "true":
        fail(f"{message} (CI=true: a missing tool fails the run)")
    print(f"SKIP: {message}", file=sys.stderr)
    sys.exit(77)


def png_size(path):
    with open(path, "rb") as f:
        header = f.read(24)
    if len(header) < 24 or header[:8] != b"\x89PNG\r\n\x1a\n" or header[12:16] != b"IHDR":
        fail(f"{path} is not a PNG file")
    return struct.unpack(">II", header[16:24])


def version_key(version):
    return [int(part) if part.isdigit() else part for part in version.replace("-", ".").split(".")]


def main():
    path = sys.argv[1]
    app_id = os.environ["WHARF_APP_ID"]
    version = os.environ["WHARF_VERSION"]
    source_dir = os.environ["WHARF_SOURCE_DIR"]

    appstreamcli = shutil.which("appstreamcli")
    if not appstreamcli:
        skip("appstreamcli not found (package appstream)")
    if os.path.basename(path) != f"{app_id}.metainfo.xml":
        fail(f"the metainfo must be named {app_id}.metainfo.xml")

    # Errors and warnings fail validation; infos (such as <developer>, unknown to AppStream
    # 0.16, see the file) and pedantic hints do not.
    result = subprocess.run([appstreamcli, "validate", "--no-net", path],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                            timeout=50, check=False)
    print(result.stdout.strip())
    if result.returncode != 0:
        fail(f"appstreamcli validate exited with {result.returncode}")

    root = ET.parse(path).getroot()
    if root.tag != "component" or root.get("type") != "desktop-application":
        fail("the root is not <component type=\"desktop-application\">")
    if root.findtext("id") != app_id:
        fail(f"<id> is {root.findtext('id')!r}, expected {app_id!r}")
    launchable = root.find("launchable[@type='desktop-id']")
    if launchable is None or launchable.text != f"{app_id}.desktop":
        fail(f"<launchable type=\"desktop-id\"> must be {app_id}.desktop")
    if not os.path.isfile(os.path.join(source_dir, "packaging", "linux", f"{app_id}.desktop")):
        fail(f"the launchable packaging/linux/{app_id}.desktop does not exist")
    if root.findtext("provides/binary") != "wharf":
        fail("<provides><binary> is not wharf")
    for tag, expected in (("metadata_license", "CC0-1.0"), ("project_license", "Apache-2.0")):
        if root.findtext(tag) != expected:
            fail(f"<{tag}> is {root.findtext(tag)!r}, expected {expected!r}")
    rating = root.find("content_rating")
    if rating is None or rating.get("type") != "oars-1.1":
        fail("no <content_rating type=\"oars-1.1\">")

    releases = [r.get("version") for r in root.findall("releases/release")]
    if not releases:
        fail("no <release>")
    newest = max(releases, key=version_key)
    if newest != version:
        fail(f"the newest <release> is {newest}, but project() says {version}: "
             f"add a <release version=\"{version}\" date=\"...\"> to {path}")

    screenshots = root.findall("screenshots/screenshot")
    if not screenshots:
        fail("no <screenshot>")
    if sum(1 for s in screenshots if s.get("type") == "default") != 1:
        fail("exactly one screenshot must be type=\"default\"")
    for shot in screenshots:
        image = shot.find("image")
        if image is None or not shot.findtext("caption"):
            fail("each <screenshot> needs an <image> and a <caption>")
        url = (image.text or "").strip()
        if not url.startswith(SCREENSHOT_BASE):
            fail(f"screenshot {url} is not under {SCREENSHOT_BASE}")
        name = url[len(SCREENSHOT_BASE):]
        local = os.path.join(source_dir, "packaging", "screenshots", name)
        if "/" in name or not os.path.isfile(local):
            fail(f"screenshot {url} has no file packaging/screenshots/{name}")
        width, height = png_size(local)
        if (image.get("width"), image.get("height")) != (str(width), str(height)):
            fail(f"screenshot {name} is {width}x{height}, the metainfo says "
                 f"{image.get('width')}x{image.get('height')}")

    print(f"PASS: {path} ({len(screenshots)} screenshots, newest release {newest})")


if __name__ == "__main__":
    main()
