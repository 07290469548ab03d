"""Putting a finished folder in place of the output, and what a killed build left beside it."""
from __future__ import annotations

import ctypes
import errno
import functools
import os
import re
import shutil
import sys
from pathlib import Path
from typing import Callable

from ..errors import SiteError
from .files import MANIFEST, MARKER, read_manifest, remove_listed
from .lock import process_running

Warn = Callable[[str], None]

_AT_FDCWD, _RENAME_EXCHANGE = -100, 2


def old_name(out: Path) -> Path:
    return out.with_name(f".{out.name}.old-{os.getpid()}")


def marker_text(pid: int) -> str:
    return f"zhengxie-site build, process {pid}\n"


def make_fresh(out: Path) -> Path:
    """`.<name>.new-<pid>` beside `out`, holding our marker from the moment it appears under that name."""
    pid = os.getpid()
    making, fresh = out.with_name(f".{out.name}.making-{pid}"), out.with_name(f".{out.name}.new-{pid}")
    making.mkdir()
    (making / MARKER).write_text(marker_text(pid), encoding="utf-8")
    try:
        os.rename(making, fresh)
    except OSError:  # a folder of that name holds something: not ours to replace
        shutil.rmtree(making, ignore_errors=True)
        raise SiteError(f"{fresh} is in the way; if no build is running, move it away") from None
    return fresh


def swap_in(fresh: Path, out: Path) -> Path | None:
    """Put `fresh` where `out` is; return where the previous site now lies (None if there was none)."""
    if not os.path.lexists(out):
        os.rename(fresh, out)
        return None
    old = old_name(out)
    if exchange(fresh, out):  # one step: there is never a moment without a site
        os.rename(fresh, old)
    else:  # two steps; a build killed between them is repaired by the next (recover_leftovers)
        os.rename(out, old)
        os.rename(fresh, out)
    return old


def exchange(a: Path, b: Path) -> bool:
    """Swap two paths atomically with Linux's renameat2(RENAME_EXCHANGE); False where that is not possible."""
    renameat2 = _renameat2()
    if renameat2 is None:
        return False
    if renameat2(_AT_FDCWD, os.fsencode(a), _AT_FDCWD, os.fsencode(b), _RENAME_EXCHANGE) == 0:
        return True
    code = ctypes.get_errno()
    if code in (errno.EINVAL, errno.ENOSYS):  # a file system or kernel without it
        return False
    raise OSError(code, os.strerror(code), os.fspath(a), None, os.fspath(b))


@functools.cache
def _renameat2():
    if not sys.platform.startswith("linux"):
        return None
    try:
        function = ctypes.CDLL(None, use_errno=True).renameat2  # glibc 2.28+, musl 1.1.24+
    except (OSError, AttributeError):
        return None
    function.argtypes = [ctypes.c_int, ctypes.c_char_p, ctypes.c_int, ctypes.c_char_p, ctypes.c_uint]
    function.restype = ctypes.c_int
    return function


def remove_previous(old: Path, paths, out: Path, warn: Warn) -> None:
    """Remove the previous site by its manifest's list. Whatever is left was not ours: the folder is kept
    under a visible name beside the output and the user is told."""
    left = remove_listed(old, paths)
    if not left:
        return
    kept = out.with_name(f"{out.name}.kept-{old.name.rsplit('-', 1)[1]}")
    try:
        os.rename(old, kept)
    except OSError:
        kept = old
    shown = ", ".join(left[:5]) + (f" and {len(left) - 5} more" if len(left) > 5 else "")
    warn(f"{out} held entries zhengxie-site did not make ({shown}); they were not deleted: "
         f"the previous site's folder with them is kept as {kept}")


_LEFTOVER = re.compile(r"\.(?P<name>.+)\.(?P<kind>making|new|old)-(?P<pid>[0-9]+)")


def recover_leftovers(out: Path, warn: Warn, only_pid: int | None = None) -> None:
    """Folders beside `out` left by builds that were killed: restore the old site if the kill came between
    the two renames, remove the rest; but only folders provably ours (our marker or manifest inside, and
    their process gone or this one: the caller holds the lock). Anything else is named and left alone."""
    found = []
    with os.scandir(out.parent) as entries:
        names = sorted(entry.name for entry in entries)
    for name in names:
        match = _LEFTOVER.fullmatch(name)
        if match and match["name"] == out.name and (only_pid is None or int(match["pid"]) == only_pid):
            found.append((match["kind"] != "old", out.parent / name, int(match["pid"])))
    for _, leftover, pid in sorted(found):  # old sites first: one may have to be restored
        what, why = _what_it_is(leftover, pid)
        if why:
            warn(f"leaving {leftover} alone: {why}")
        elif what == "unfinished":
            shutil.rmtree(leftover)  # everything in a half-built folder is ours
        elif leftover.name.startswith(f".{out.name}.old-") and not os.path.lexists(out):
            os.rename(leftover, out)  # killed between the two renames: the old site comes back
        else:
            remove_previous(leftover, read_manifest(leftover) or {}, out, warn)


def _what_it_is(folder: Path, pid: int) -> tuple[str, str]:
    """("unfinished", "") for a half-built folder of ours, ("site", "") for a whole site of ours,
    ("", why not) for anything we may not touch."""
    if folder.is_symlink() or not folder.is_dir():
        return "", "it is not a folder zhengxie-site made"
    if _has_marker(folder, pid) or (".making-" in folder.name and not any(folder.iterdir())):
        what = "unfinished"  # an empty .making- folder was killed before its marker: nothing can be lost
    elif read_manifest(folder) is not None:
        what = "site"
    else:
        return "", f"it holds neither our {MARKER} nor our {MANIFEST}, so zhengxie-site did not make it"
    if pid != os.getpid() and process_running(pid):
        return "", f"process {pid} is still running"
    return what, ""


def _has_marker(folder: Path, pid: int) -> bool:
    try:
        return (folder / MARKER).read_text(encoding="utf-8") == marker_text(pid)
    except (OSError, UnicodeDecodeError):
        return False
