"""SiteWriter: put a site into the output folder, touching only what changed."""
from __future__ import annotations

import os
import shutil
import sys
import threading
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

from ..errors import SiteError
from .files import MANIFEST, MARKER, RESERVED, check_output_folder, digest, is_inside, manifest_bytes, read_site, \
    write_file
from .inplace import Journal, check_in_place, roll_forward, write_journal
from .leftovers import Warn, make_fresh, recover_leftovers
from .lock import output_lock


def print_warning(message: str) -> None:
    print(f"warning: {message}", file=sys.stderr, flush=True)


@dataclass(frozen=True)
class WriteStats:
    written: int  # files with new bytes
    kept: int  # files unchanged since the previous build
    removed: int  # files of the previous site that the new one lacks
    bytes_written: int


_open_writers: set[Path] = set()
_open_guard = threading.Lock()


class SiteWriter:
    """Puts a site into `out`, touching only what changed. Use as a context manager: entering takes the
    output lock (unless this thread holds it already), repairs what a killed build left and reads the
    current site's manifest into `previous`; leaving without commit() discards everything put, unless the
    commit was decided: then it is completed."""

    def __init__(self, out: Path, *, project: Path | None, content: Path | None, warn: Warn = print_warning):
        check_output_folder(out, project, content)  # None: the caller checked (only home and root are)
        self.out = out.resolve()
        self.previous: dict[str, str] = {}  # output path -> digest of its bytes in the current site
        self._warn = warn
        self._current: dict[str, str] | None = None  # the current site's manifest, digests "" if unknown
        self._files: dict[str, str] = {}  # the new site: path -> digest
        self._staged: list[str] = []  # paths whose new bytes wait in the fresh folder
        self._kept = 0
        self._fresh: Path | None = None
        self._folders: set[str] = set()  # folders made in the fresh folder
        self._bytes_written = 0
        self._stack: ExitStack | None = None
        self._journal: Journal | None = None  # set once the commit is decided
        self._done = False

    def __enter__(self) -> SiteWriter:
        stack = ExitStack()
        try:
            stack.enter_context(output_lock(self.out))
            stack.callback(self._unregister, self._register())
            recover_leftovers(self.out, self._warn)
            self._current = read_site(self.out)
            self.previous = {path: known for path, known in (self._current or {}).items() if known}
        except BaseException:
            stack.close()
            raise
        self._stack = stack
        return self

    def __exit__(self, *exc_info) -> None:
        try:
            if not self._done and self._journal is not None:
                self._complete_interrupted()
            elif not self._done and self._fresh is not None:
                shutil.rmtree(self._fresh, ignore_errors=True)
        finally:
            self._fresh, stack, self._stack = None, self._stack, None
            if stack is not None:
                stack.close()

    def keep(self, path: str) -> None:
        """The file at `path` is unchanged since the previous build: it stays as it is."""
        self._claim(path)
        if path not in self.previous:
            raise SiteError(f"cannot keep {path!r}: the current site in {self.out} has no such file")
        self._files[path] = self.previous[path]
        self._kept += 1

    def put(self, path: str, data: bytes) -> None:
        """A file of the new site. Bytes that differ from the current file are staged at once."""
        self._claim(path)
        self._files[path] = known = digest(data)
        if self.previous.get(path) == known:
            self._kept += 1
            return
        write_file(self._staging_path(path), data)
        self._staged.append(path)
        self._bytes_written += len(data)

    def previous_bytes(self, path: str) -> bytes | None:
        """The bytes of a file of the current site, or None if it is not as the manifest says."""
        known = self.previous.get(path)
        if known is None or not is_inside(path):
            return None
        try:
            with open(os.path.join(self.out, path), "rb") as handle:
                data = handle.read()
        except OSError:
            return None
        return data if digest(data) == known else None

    def commit(self) -> WriteStats:
        """Make the new site the output. Touches nothing at all when nothing changed."""
        self._check_open()
        current = self._current
        if not self._staged and current is not None and self._files.keys() == current.keys():
            self._done = True
            return WriteStats(0, self._kept, 0, 0)
        gone = sorted(current.keys() - self._files.keys()) if current else []
        fresh = self._fresh_folder()
        write_file(os.path.join(fresh, MANIFEST), manifest_bytes(self._files))
        if current is None and not os.path.lexists(self.out):
            self._rename_into_place(fresh)
        else:
            self._commit_in_place(fresh, current or {}, gone)
        self._done = True
        return WriteStats(len(self._staged), self._kept, len(gone), self._bytes_written)

    def _rename_into_place(self, fresh: Path) -> None:
        """No site yet: the fresh folder becomes the output in one step."""
        os.unlink(fresh / MARKER)
        os.rename(fresh, self.out)
        self._fresh = None

    def _commit_in_place(self, fresh: Path, current: dict[str, str], gone: list[str]) -> None:
        """Change the output file by file: what is gone removed, what changed moved in (see inplace.py)."""
        check_in_place(self.out, fresh, current, self._staged, gone)
        journal = Journal(os.getpid(), tuple(self._staged), tuple(gone))
        write_journal(fresh, journal)
        self._journal = journal  # decided: from here on the commit is completed, never undone
        roll_forward(fresh, self.out, journal)
        self._fresh = None

    def _complete_interrupted(self) -> None:
        """The commit was decided but interrupted (Ctrl-C, an error): complete it now if possible."""
        try:
            assert self._fresh is not None and self._journal is not None  # a decided commit has both
            roll_forward(self._fresh, self.out, self._journal)
        except Exception as exc:
            self._warn(f"the commit to {self.out} was interrupted and cannot be completed now ({exc}); "
                       "the next build completes it")
            return
        self._fresh = None

    def _claim(self, path: str) -> None:
        self._check_open()
        if not is_inside(path):
            raise SiteError(f"output path {path!r} would lie outside the output folder")
        if path in RESERVED:
            raise SiteError(f"output path {path!r} is reserved for zhengxie-site's own use")
        if path in self._files:
            raise SiteError(f"output path {path!r} was given twice")

    def _check_open(self) -> None:
        if self._stack is None or self._done:
            raise RuntimeError("use SiteWriter in a with block, and commit() once")

    def _register(self) -> Path:
        with _open_guard:
            if self.out in _open_writers:  # both would use the same fresh folder
                raise SiteError(f"a SiteWriter for {self.out} is already open in this process")
            _open_writers.add(self.out)
        return self.out

    @staticmethod
    def _unregister(out: Path) -> None:
        with _open_guard:
            _open_writers.discard(out)

    def _fresh_folder(self) -> Path:
        """The folder the changed files are staged in, made on the first change."""
        if self._fresh is None:
            self._fresh = make_fresh(self.out)
            self._folders = {""}
        return self._fresh

    def _staging_path(self, path: str) -> str:
        """The path in the fresh folder, its folder made (once per folder: sites have tens of thousands)."""
        fresh = os.fspath(self._fresh_folder())
        self._make_folder(fresh, os.path.dirname(path))
        return os.path.join(fresh, path)

    def _make_folder(self, fresh: str, folder: str) -> None:
        if folder not in self._folders:
            self._make_folder(fresh, os.path.dirname(folder))
            os.mkdir(os.path.join(fresh, folder))
            self._folders.add(folder)
