"""Committing a new site in place: a journal decides the commit, then steps that can each be redone carry it out.

    check_in_place(...)               nothing decided yet: refuse what the steps could not carry out
    write_journal(fresh, journal)     decided: from here on the commit is completed, never undone
    roll_forward(fresh, out, journal) remove what is gone, move the staged files in, the manifest last, then
                                      the fresh folder; run again after a kill, it finds what was done and
                                      does the rest

The cost is a few calls per file changed or removed and per folder above one: nothing walks the output.
"""
from __future__ import annotations

import json
import os
import shutil
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Collection, Iterable

from ..errors import SiteError
from .files import JOURNAL, MANIFEST, MARKER, folders_of, foreign_entries, is_inside, write_file


@dataclass(frozen=True)
class Journal:
    pid: int  # the build that decided the commit
    put: tuple[str, ...]  # staged in the fresh folder, to be moved into the output
    remove: tuple[str, ...]  # listed by the current manifest, not part of the new site


def write_journal(fresh: Path, journal: Journal) -> None:
    """Decide the commit: the journal, flushed to disk before the first step. One cut short by a kill does
    not parse (its closing brace comes last) and is no journal: nothing had been moved yet."""
    text = json.dumps({"version": 1, "pid": journal.pid, "put": journal.put, "remove": journal.remove},
                      ensure_ascii=False)
    write_file(os.path.join(fresh, JOURNAL), text.encode("utf-8"), sync=True)


def read_journal(fresh: Path) -> Journal | None:
    """The journal in a fresh folder; None if it has none or none that is whole and ours."""
    try:
        data = json.loads((fresh / JOURNAL).read_bytes())
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("version") != 1 or type(data.get("pid")) is not int:
        return None
    lists = data.get("put"), data.get("remove")
    if not all(isinstance(paths, list) and all(isinstance(p, str) and is_inside(p) for p in paths) for paths in lists):
        return None
    return Journal(data["pid"], tuple(data["put"]), tuple(data["remove"]))


def check_in_place(out: Path, fresh: Path, listed: Collection[str], put: Iterable[str], remove: list[str]) -> None:
    """Refuse, while nothing is decided, a commit whose steps could not all be carried out or that would
    overwrite or write through entries that are not ours."""
    if os.stat(out).st_dev != os.stat(fresh).st_dev:
        raise SiteError(f"{out} is on another file system than the folder it is in (a mount point?), so the "
                        f"new site made beside it cannot be moved in; build into a folder inside it instead")
    damaged = [path for path in remove if not is_inside(path)]
    if damaged:
        raise SiteError(f"{out / MANIFEST} is damaged (it lists {damaged[0]!r}); move {out} away and build again")
    found = _in_the_way(os.fspath(out), listed, put, set(remove))
    if found:
        shown = ", ".join(found[:5]) + (f" and {len(found) - 5} more" if len(found) > 5 else "")
        raise SiteError(f"{out} holds files zhengxie-site did not make where the new site puts its own: {shown}; "
                        "move them away")


def roll_forward(fresh: Path, out: Path, journal: Journal) -> None:
    """Carry out a decided commit, or what a killed build left of it: every step finds what was done."""
    staged, top = os.fspath(fresh), os.fspath(out)
    needed = folders_of(journal.put)
    remove_gone(top, journal.remove, needed)
    for path in journal.put:
        move_into_place(staged, top, path)
    move_into_place(staged, top, MANIFEST)  # last: the site it lists is now whole
    remove_fresh(staged, needed)


def remove_gone(top: str, paths: Iterable[str], needed: set[str]) -> None:
    """Unlink the listed files the new site lacks, then try their folders, deepest first, except those the
    moves need: os.rmdir never removes a folder that holds anything (a file kept, or one not ours)."""
    paths = list(paths)
    for path in paths:
        _unlink_listed(os.path.join(top, path))
    holding: set[str] = set()
    for folder in _deepest_first(folders_of(paths) - needed):
        if folder in holding:
            continue
        try:
            os.rmdir(os.path.join(top, folder))
        except FileNotFoundError:
            pass
        except OSError:  # not empty: neither are the folders above it
            holding.update(_folders_above(folder))


def move_into_place(staged: str, top: str, path: str) -> None:
    """Replace the output's file with the staged one in one step (a reader opens the old bytes or the new,
    never a mix), making its folders as needed. A staged file already moved is absent: nothing to do."""
    source, target = os.path.join(staged, path), os.path.join(top, path)
    try:
        os.replace(source, target)
    except FileNotFoundError:
        if not os.path.lexists(source):
            return
        os.makedirs(os.path.dirname(target), exist_ok=True)
        os.replace(source, target)


def remove_fresh(staged: str, folders: set[str]) -> None:
    """Remove the fresh folder, emptied by the moves: its folders deepest first, the marker, then the journal
    (until it goes, a killed build is rolled forward again, finding every step done), then the folder.
    Anything else in it goes with it: the folder and all it holds are ours."""
    for folder in _deepest_first(folders):
        try:
            os.rmdir(os.path.join(staged, folder))
        except OSError:
            pass  # gone already, or not empty: the last step sees to it
    for name in (MARKER, JOURNAL):
        try:
            os.unlink(os.path.join(staged, name))
        except FileNotFoundError:
            pass
    try:
        os.rmdir(staged)
    except FileNotFoundError:
        pass
    except OSError:
        shutil.rmtree(staged)


def _unlink_listed(path: str) -> None:
    try:
        os.unlink(path)
    except (FileNotFoundError, NotADirectoryError):
        pass  # removed before a kill or by hand, or a file moved in where its folder was
    except OSError:
        if not stat.S_ISDIR(os.lstat(path).st_mode):
            raise
        # a folder where the manifest lists a file was not made by us: it stays


def _deepest_first(folders: Iterable[str]) -> list[str]:
    return sorted((folder for folder in folders if folder), key=lambda folder: folder.count("/"), reverse=True)


def _folders_above(path: str) -> list[str]:
    """The folders holding `path`, outermost first, without the top ('')."""
    parts = path.split("/")[:-1]
    return ["/".join(parts[:end]) for end in range(1, len(parts) + 1)]


def _in_the_way(top: str, listed: Collection[str], put: Iterable[str], removing: set[str]) -> list[str]:
    """Entries the steps would overwrite or write through that are not ours: a link or a file that stays
    where a folder is needed, anything not listed where a file is put or a folder there holding more than
    what goes, a link above a file that goes. One lstat per path looked at, none below a missing folder."""
    kind = _Kinds(top)
    found: set[str] = set()
    for path in put:
        for folder in _folders_above(path):
            if kind(folder) == "link" or (kind(folder) == "file" and folder not in removing):
                found.add(folder)
        what = kind(path)
        if what == "folder":
            found.update(_left_in_folder(top, path, removing))
        elif what != "missing" and path not in listed:
            found.add(path)
    for path in removing:
        found.update(folder for folder in _folders_above(path) if kind(folder) == "link")
    return sorted(found)


def _left_in_folder(top: str, folder: str, removing: set[str]) -> list[str]:
    """A folder stands where a file is put: what it holds besides files that go (its own name if it holds
    nothing that goes: an empty folder of no one's) would be in the way."""
    prefix = folder + "/"
    going = [path[len(prefix):] for path in removing if path.startswith(prefix)]
    if not going:
        return [prefix]
    return [prefix + entry for entry in foreign_entries(Path(top, folder), going)]


class _Kinds:
    """What lies at a path of the output: "folder", "link", "file" or "missing", from one lstat per path.
    Below anything but a folder nothing is looked at: "missing"."""

    def __init__(self, top: str):
        self._top, self._known = top, {"": "folder"}

    def __call__(self, path: str) -> str:
        known = self._known.get(path)
        if known is None:
            above = self(os.path.dirname(path))
            known = self._known[path] = self._look(path) if above == "folder" else "missing"
        return known

    def _look(self, path: str) -> str:
        try:
            mode = os.lstat(os.path.join(self._top, path)).st_mode
        except FileNotFoundError:
            return "missing"
        return "folder" if stat.S_ISDIR(mode) else "link" if stat.S_ISLNK(mode) else "file"
