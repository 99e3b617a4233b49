#!/usr/bin/python3
# SPDX-License-Identifier: Apache-2.0
#
# A FUSE file system that behaves like a CVMFS repository whose proxy is down: listing
# hang.example.org blocks (readdir sleeps), listing denied.example.org fails with EACCES, the
# rest answers at once. For tst_unpackedscanner: a thread blocked in this readdir cannot be
# interrupted, exactly as on a hanging CVMFS; only killing this daemon releases it (ENOTCONN).
#
#   /usr/bin/python3 unpacked-hanging-fs.py MOUNTPOINT [SLEEP_SECONDS]
#
# Prints "ready" once mounted. Ends by itself when its parent (the test) goes away, or after
# ten minutes, so that a crashed test does not leave it behind. Needs fuse3 and python3-fusepy
# (Debian imports it as `fusepy`), and root or a user allowed to mount FUSE.
import errno
import os
import stat
import sys
import threading
import time

from fusepy import FUSE, FuseOSError, Operations

HASH = "ab" + "0123456789abcdef" * 3 + "0123456789abcd"
DIRECTORIES = {
    "/": ["ok.example.org", "hang.example.org", "denied.example.org", ".flat"],
    "/ok.example.org": ["ns"],
    "/ok.example.org/ns": ["image:1", "image:2"],
    "/hang.example.org": ["never"],
    "/denied.example.org": [],
    "/.flat": [],
}
LINKS = {
    "/ok.example.org/ns/image:1": "../../.flat/ab/" + HASH,
    "/ok.example.org/ns/image:2": "../../.flat/ab/" + HASH,
}
SYNCED = 1714564800  # 2024-05-01 12:00:00 UTC


class Hanging(Operations):
    def __init__(self, sleep_seconds):
        self.sleep_seconds = sleep_seconds

    def init(self, path):
        print("ready", flush=True)

    def getattr(self, path, fh=None):
        if path in DIRECTORIES:
            return dict(st_mode=stat.S_IFDIR | 0o755, st_nlink=2, st_mtime=SYNCED, st_atime=SYNCED, st_ctime=SYNCED)
        if path in LINKS:
            return dict(st_mode=stat.S_IFLNK | 0o777, st_nlink=1, st_size=len(LINKS[path]),
                        st_mtime=SYNCED, st_atime=SYNCED, st_ctime=SYNCED)
        raise FuseOSError(errno.ENOENT)

    def readlink(self, path):
        if path in LINKS:
            return LINKS[path]
        raise FuseOSError(errno.EINVAL)

    def readdir(self, path, fh):
        if path == "/hang.example.org":
            time.sleep(self.sleep_seconds)
        if path == "/denied.example.org":
            raise FuseOSError(errno.EACCES)
        if path not in DIRECTORIES:
            raise FuseOSError(errno.ENOENT)
        return [".", ".."] + DIRECTORIES[path]


def watch_parent(parent):
    deadline = time.monotonic() + 600
    while os.getppid() == parent and time.monotonic() < deadline:
        time.sleep(0.2)
    os._exit(0)


def main():
    mountpoint = sys.argv[1]
    sleep_seconds = float(sys.argv[2]) if len(sys.argv) > 2 else 3600.0
    threading.Thread(target=watch_parent, args=(os.getppid(),), daemon=True).start()
    FUSE(Hanging(sleep_seconds), mountpoint, foreground=True, nothreads=False, ro=True)


if __name__ == "__main__":
    main()
