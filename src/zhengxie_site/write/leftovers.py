"""The fresh folder a new site is staged in, and what killed builds left beside the output."""
from __future__ import annotations

import os
import re
import shutil
from pathlib import Path
from typing import Callable

from ..errors import SiteError
from .files import MANIFEST, MARKER, read_manifest, remove_listed
from .inplace import read_journal, roll_forward
from .lock import process_running

Warn = Callable[[str], None]


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


_LEFTOVER = re.compile(r"\.(?P<name>.+)\.(?P<kind>making|new|old)-(?P<pid>[0-9]+)")


def recover_leftovers(out: Path, warn: Warn) -> None:
    """Folders beside `out` left by builds that were killed, handled only when provably ours (our journal,
    marker or manifest inside naming the pid, and that process gone or this one: the caller holds the lock):
    a decided commit is completed, a half-built folder deleted, an empty one too. A whole site (our manifest,
    no marker: a first build killed just before its rename, or a previous site that builds of earlier
    versions, which swapped whole folders, left as `.old-`) is put in place if `out` is missing, otherwise
    removed by its manifest. Anything else of those names is named and left alone."""
    found = []
    with os.scandir(out.parent) as entries:
        names = sorted(entry.name for entry in entries)
    for name in names:
        match = _LEFTOVER.fullmatch(name)
        if match and match["name"] == out.name:
            found.append((match["kind"] != "old", out.parent / name, int(match["pid"])))
    for _, leftover, pid in sorted(found):  # old sites first: one may have to be restored
        what, why = _what_it_is(leftover, pid)
        if why and what == "decided":  # building on a site half changed could list files that are not there
            raise SiteError(f"{leftover} holds an unfinished commit to {out} by process {pid}, which is still "
                            f"running: wait for it to end (if it is not a build, move {leftover} and {out} "
                            "away and build again)")
        if why:
            warn(f"leaving {leftover} alone: {why}")
        elif what == "decided":
            _complete(leftover, out)
        elif what == "empty":
            _remove_empty(leftover)
        elif what == "unfinished":
            shutil.rmtree(leftover)  # everything in a half-built folder is ours
        elif not os.path.lexists(out):
            os.rename(leftover, out)  # a whole site of ours, and none in place: killed between two renames
        else:
            remove_previous(leftover, read_manifest(leftover) or {}, out, warn)


def _what_it_is(folder: Path, pid: int) -> tuple[str, str]:
    """What a leftover is: "decided" (a commit's journal), "unfinished" (our marker), "empty" or "site" (our
    manifest), and why not to touch it ("" if nothing stops us); ("", why) for anything not ours."""
    if folder.is_symlink() or not folder.is_dir():
        return "", "it is not a folder zhengxie-site made"
    journal = read_journal(folder)
    if journal is not None and journal.pid == pid:
        what = "decided"
    elif _has_marker(folder, pid):
        what = "unfinished"  # a journal that does not parse was cut short: nothing had been moved
    elif not any(folder.iterdir()):
        what = "empty"  # killed before its marker was written, or after all else was removed: nothing to lose
    elif read_manifest(folder) is not None:
        what = "site"
    else:
        return "", f"it holds neither our {MARKER} nor our {MANIFEST}, so zhengxie-site did not make it"
    if pid != os.getpid() and process_running(pid):
        return what, f"process {pid} is still running"
    return what, ""


def _complete(fresh: Path, out: Path) -> None:
    """Roll a decided commit forward; if the site it changes is gone, so is the point of it."""
    journal = read_journal(fresh)
    if out.is_symlink() or not out.is_dir():
        shutil.rmtree(fresh)
        return
    assert journal is not None  # a decided leftover is one with a journal
    try:
        roll_forward(fresh, out, journal)
    except OSError as exc:
        raise SiteError(f"could not complete the commit a killed build left in {fresh}: {exc}; "
                        "fix that and build again") from exc


def _remove_empty(folder: Path) -> None:
    try:
        os.rmdir(folder)
    except OSError:  # something appeared in it meanwhile: it stays
        pass


def _has_marker(folder: Path, pid: int) -> bool:
    try:
        return (folder / MARKER).read_text(encoding="utf-8") == marker_text(pid)
    except (OSError, UnicodeDecodeError):
        return False


def remove_previous(old: Path, paths, out: Path, warn: Warn) -> None:
    """Remove a previous site left beside the output by its manifest's list. Whatever is left was not ours:
    the folder is kept under a visible name beside the output and the user is told."""
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
