# SPDX-License-Identifier: Apache-2.0
"""packaging.flatpak-manifest: lint the Flatpak manifest, which cannot be built here (no
runtime download). Checks that it parses, uses the KDE 6 runtime, that every finish-arg is a
permission Flatpak knows, written the way Flatpak parses it, that Wharf has the ones it needs
(display, network, flatpak-spawn --host, the engine sockets, the keychain) and none that
would open the whole host, and that the modules are pinned (https URL and sha256).
When flatpak-builder is installed, `flatpak-builder --show-manifest` must accept it too.

    check_flatpak_manifest.py FILE   (environment: WHARF_APP_ID, WHARF_SOURCE_DIR,
                                      CI=true turns a missing python3-yaml into a failure)
"""
import os
import re
import shutil
import subprocess
import sys


def fail(message):
    print(f"FAIL: {message}", file=sys.stderr)
    sys.exit(1)


def skip(message):
    if os.environ.get("CI") == "true":
        fail(f"{message} (CI=true: a missing tool fails the run)")
    print(f"SKIP: {message}", file=sys.stderr)
    sys.exit(77)


try:
    import yaml
except ImportError:
    skip("python3-yaml is not installed (run with Debian's /usr/bin/python3)")

# Flatpak's permission options (flatpak-build-finish(1), flatpak-override(1)) and the values
# each accepts. None: any value checked by the pattern of VALUE_PATTERNS.
KNOWN_VALUES = {
    "share": {"network", "ipc"},
    "unshare": {"network", "ipc"},
    "socket": {"x11", "wayland", "fallback-x11", "pulseaudio", "system-bus", "session-bus",
               "ssh-auth", "pcsc", "cups", "gpg-agent", "inherit-wayland-socket"},
    "nosocket": {"x11", "wayland", "fallback-x11", "pulseaudio", "system-bus", "session-bus",
                 "ssh-auth", "pcsc", "cups", "gpg-agent", "inherit-wayland-socket"},
    "device": {"dri", "input", "usb", "kvm", "shm", "all"},
    "nodevice": {"dri", "input", "usb", "kvm", "shm", "all"},
    "allow": {"devel", "multiarch", "bluetooth", "canbus", "per-app-dev-shm"},
    "disallow": {"devel", "multiarch", "bluetooth", "canbus", "per-app-dev-shm"},
}
DBUS_NAME = r"[A-Za-z_-][A-Za-z0-9_-]*(\.[A-Za-z_-][A-Za-z0-9_-]*)+(\.\*)?"
XDG_DIRS = ("xdg-desktop", "xdg-documents", "xdg-download", "xdg-music", "xdg-pictures",
            "xdg-public-share", "xdg-videos", "xdg-templates", "xdg-config", "xdg-cache",
            "xdg-data", "xdg-run")
FILESYSTEM = (r"(host|host-os|host-etc|home|(" + "|".join(XDG_DIRS) + r")(/[^:\s]+)?"
              r"|~/[^:\s]+|/[^:\s]+)(:(ro|rw|create))?")
VALUE_PATTERNS = {
    "filesystem": FILESYSTEM,
    "nofilesystem": FILESYSTEM,
    "persist": r"[^/\s][^\s]*",
    "env": r"[A-Za-z_][A-Za-z0-9_]*=.*",
    "unset-env": r"[A-Za-z_][A-Za-z0-9_]*",
    "talk-name": DBUS_NAME,
    "own-name": DBUS_NAME,
    "no-talk-name": DBUS_NAME,
    "system-talk-name": DBUS_NAME,
    "system-own-name": DBUS_NAME,
    "system-no-talk-name": DBUS_NAME,
    "add-policy": r"[A-Za-z0-9_-]+\.[A-Za-z0-9_.-]+=.+",
}
# Host paths Flatpak never exposes (or that would mean nothing inside the sandbox).
RESERVED_PATHS = ("/app", "/usr", "/etc", "/lib", "/lib32", "/lib64", "/bin", "/sbin", "/proc",
                  "/sys", "/dev", "/run/flatpak", "/run/host", "/.flatpak-info", "/tmp")

# What Wharf needs; see the comments in the manifest.
REQUIRED = [
    "--socket=wayland",
    "--socket=fallback-x11",
    "--share=ipc",
    "--share=network",
    "--talk-name=org.freedesktop.Flatpak",       # flatpak-spawn --host
    "--filesystem=host-os:ro",                   # finding host programs under /run/host
    "--talk-name=org.freedesktop.secrets",       # the keychain
]
REQUIRED_FILESYSTEMS = [
    "/run/docker.sock",        # Docker
    "xdg-run/podman",          # rootless Podman
    "xdg-run/docker.sock",     # rootless Docker
    "xdg-run/wharf",           # the Podman service Wharf starts
    "~/.docker",               # contexts, Docker Desktop, config.json
    "/cvmfs",
]
# Too broad for what Wharf does, or the X11 socket where Wayland works.
FORBIDDEN = {
    "--filesystem=host", "--filesystem=host-os", "--filesystem=host-etc", "--filesystem=home",
    "--filesystem=host:ro", "--filesystem=home:ro", "--filesystem=host-os:rw", "--socket=x11", "--socket=session-bus",
    "--socket=system-bus", "--device=all", "--filesystem=/run", "--filesystem=/var/run",
}
BUILDSYSTEMS = {"autotools", "cmake", "cmake-ninja", "meson", "simple", "qmake"}


def check_finish_arg(arg):
    match = re.fullmatch(r"--([a-z-]+)=(.*)", arg)
    if not match:
        fail(f"finish-arg {arg!r} is not --option=value")
    option, value = match.groups()
    if option in KNOWN_VALUES:
        if value not in KNOWN_VALUES[option]:
            fail(f"finish-arg {arg!r}: {value!r} is not a value Flatpak knows for --{option} "
                 f"({', '.join(sorted(KNOWN_VALUES[option]))})")
    elif option in VALUE_PATTERNS:
        if not re.fullmatch(VALUE_PATTERNS[option], value):
            fail(f"finish-arg {arg!r}: {value!r} is not a valid --{option} value")
    else:
        fail(f"finish-arg {arg!r}: --{option} is not a Flatpak permission option")
    if option == "filesystem" and value.startswith("/"):
        path = value.split(":")[0].rstrip("/")
        for reserved in RESERVED_PATHS:
            if path == reserved or path.startswith(reserved + "/"):
                fail(f"finish-arg {arg!r}: Flatpak does not expose {reserved} from the host")
    if arg in FORBIDDEN:
        fail(f"finish-arg {arg!r} gives Wharf more of the host than it needs")


def check_module(module, index):
    if not isinstance(module, dict):
        fail(f"modules[{index}] is not a mapping (Wharf keeps every module in this file)")
    name = module.get("name")
    if not name:
        fail(f"modules[{index}] has no name")
    if module.get("buildsystem") not in BUILDSYSTEMS:
        fail(f"module {name}: buildsystem {module.get('buildsystem')!r} is not one of {sorted(BUILDSYSTEMS)}")
    if module.get("buildsystem") == "simple" and not module.get("build-commands"):
        fail(f"module {name}: buildsystem simple needs build-commands")
    sources = module.get("sources")
    if not isinstance(sources, list) or not sources:
        fail(f"module {name} has no sources")
    for source in sources:
        kind = source.get("type")
        if kind in ("archive", "file"):
            url = source.get("url", "")
            if not url.startswith("https://"):
                fail(f"module {name}: source url {url!r} is not https")
            if not re.fullmatch(r"[0-9a-f]{64}", str(source.get("sha256", ""))):
                fail(f"module {name}: source {url} has no sha256 (64 hex digits)")
        elif kind == "git":
            if not source.get("commit") and not source.get("tag"):
                fail(f"module {name}: git source without tag or commit")
        elif kind != "dir":
            fail(f"module {name}: source type {kind!r} is not archive, file, git or dir")
    return name


def main():
    path = sys.argv[1]
    app_id = os.environ["WHARF_APP_ID"]
    source_dir = os.environ["WHARF_SOURCE_DIR"]
    if os.path.basename(path) != f"{app_id}.yml":
        fail(f"the manifest must be named {app_id}.yml")
    with open(path, encoding="utf-8") as f:
        manifest = yaml.safe_load(f)
    if not isinstance(manifest, dict):
        fail("the manifest is not a YAML mapping")

    manifest_id = manifest.get("id", manifest.get("app-id"))
    if manifest_id != app_id:
        fail(f"id is {manifest_id!r}, expected {app_id!r}")
    if manifest.get("runtime") != "org.kde.Platform" or manifest.get("sdk") != "org.kde.Sdk":
        fail("runtime and sdk must be org.kde.Platform and org.kde.Sdk")
    runtime_version = manifest.get("runtime-version")
    if not isinstance(runtime_version, str) or not re.fullmatch(r"6\.\d+", runtime_version):
        fail(f"runtime-version {runtime_version!r} is not a quoted KDE 6 branch such as '6.10'")
    if manifest.get("command") != "wharf":
        fail(f"command is {manifest.get('command')!r}, expected wharf")

    args = manifest.get("finish-args")
    if not isinstance(args, list) or not all(isinstance(a, str) for a in args):
        fail("finish-args is not a list of strings")
    if len(set(args)) != len(args):
        fail("finish-args has duplicates")
    for arg in args:
        check_finish_arg(arg)
    for arg in REQUIRED:
        if arg not in args:
            fail(f"finish-args lacks {arg}")
    filesystems = [a.split("=", 1)[1].split(":")[0] for a in args if a.startswith("--filesystem=")]
    for wanted in REQUIRED_FILESYSTEMS:
        if wanted not in filesystems:
            fail(f"finish-args lacks --filesystem={wanted}")

    modules = manifest.get("modules")
    if not isinstance(modules, list) or not modules:
        fail("no modules")
    names = [check_module(m, i) for i, m in enumerate(modules)]
    for dependency in ("qtkeychain", "http-parser"):
        if dependency not in names:
            fail(f"no {dependency} module (neither is in the KDE runtime)")
    wharf = modules[-1]
    if wharf.get("name") != "wharf":
        fail("the last module must be wharf (after the libraries it links)")
    if wharf.get("buildsystem") not in ("cmake", "cmake-ninja"):
        fail("the wharf module must build with CMake")
    if "-DWHARF_BUILD_TESTS=OFF" not in wharf.get("config-opts", []):
        fail("the wharf module must pass -DWHARF_BUILD_TESTS=OFF (the tests need real engines)")
    for source in wharf["sources"]:
        if source.get("type") == "dir":
            tree = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(path)), source["path"]))
            top = os.path.join(tree, "CMakeLists.txt")
            if os.path.normpath(tree) != os.path.normpath(os.path.abspath(source_dir)) or \
                    not os.path.isfile(top) or "project(Wharf" not in open(top, encoding="utf-8").read():
                fail(f"the wharf dir source {source['path']!r} is not this source tree")
            if "build" not in source.get("skip", []):
                fail("the wharf dir source must skip build/ (build trees are gigabytes)")
    for exported in (f"packaging/linux/{app_id}.desktop", f"packaging/linux/{app_id}.metainfo.xml",
                     f"resources/icons/{app_id}.svg"):
        if not os.path.isfile(os.path.join(source_dir, exported)):
            fail(f"{exported} is missing: Flatpak exports only files named after the app id")

    builder = shutil.which("flatpak-builder")
    if builder:
        result = subprocess.run([builder, "--show-manifest", path], stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, text=True, timeout=50, check=False)
        if result.returncode != 0:
            fail(f"flatpak-builder --show-manifest: {result.stderr.strip()}")
        print("flatpak-builder --show-manifest accepts it")

    print(f"PASS: {path} ({len(args)} finish-args, modules {', '.join(names)})")


if __name__ == "__main__":
    main()
