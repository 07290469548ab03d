"""SiteWriter: put a site into the output folder, touching only what changed."""
from __future__ import annotations

import errno
import os
import shutil
import sys
import threading
from contextlib import ExitStack
from dataclasses import dataclass
from pathlib import Path

from ..errors import SiteError
from .files import MANIFEST, MARKER, RESERVED, check_output_folder, digest, foreign_entries, is_inside, \
    manifest_bytes, read_site
from .lock import output_lock
from .swap import Warn, make_fresh, recover_leftovers, remove_previous, swap_in

_LINK_REFUSED = {errno.EXDEV, errno.EPERM, errno.EMLINK, errno.ENOTSUP, errno.EOPNOTSUPP}
_NOT_THROUGH_LINKS = {"follow_symlinks": False} if os.link in os.supports_follow_symlinks else {}


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
    current site's manifest into `previous`; leaving without commit() discards everything put."""

    def __init__(self, out: Path, *, project: Path | None, content: Path | None, warn: Warn = print_warning):
        check_output_folder(out, project, content)  # None: the caller checked (only home and root are)
        self.out = out.resolve()
        self.previous: dict[str, str] = {}  # output path -> digest of its bytes in the current site
        self._warn = warn
        self._current: dict[str, str] | None = None  # the current site's manifest, digests "" if unknown
        self._files: dict[str, str] = {}  # the new site: path -> digest
        self._kept: list[str] = []  # paths whose current file is linked into the new site
        self._fresh: Path | None = None
        self._folders: set[str] = set()  # folders made in the fresh folder
        self._written = self._bytes_written = 0
        self._stack: ExitStack | None = None
        self._swapping = self._done = False

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
            if not self._done and self._fresh is not None:
                shutil.rmtree(self._fresh, ignore_errors=True)
            if not self._done and self._swapping:  # interrupted in the middle of the swap: repair it now
                recover_leftovers(self.out, self._warn, only_pid=os.getpid())
        finally:
            self._fresh, stack, self._stack = None, self._stack, None
            if stack is not None:
                stack.close()

    def keep(self, path: str) -> None:
        """The file at `path` is unchanged since the previous build: the new site links to it."""
        self._claim(path)
        if path not in self.previous:
            raise SiteError(f"cannot keep {path!r}: the current site in {self.out} has no such file")
        self._files[path] = self.previous[path]
        self._kept.append(path)

    def put(self, path: str, data: bytes) -> None:
        """A file of the new site. Bytes that differ from the current file are written at once."""
        self._claim(path)
        self._files[path] = known = digest(data)
        if self.previous.get(path) == known:
            self._kept.append(path)
            return
        target = self._folder_for(path)
        with open(target, "wb") as handle:
            handle.write(data)
        self._written += 1
        self._bytes_written += len(data)

    def commit(self) -> WriteStats:
        """Make the new site the output. Touches nothing at all when nothing changed."""
        self._check_open()
        if self._written == 0 and self._current is not None and self._files.keys() == self._current.keys():
            self._done = True
            return WriteStats(0, len(self._kept), 0, 0)
        removed = len(self._current.keys() - self._files.keys()) if self._current else 0
        fresh = self._fresh_folder()
        self._refuse_foreign()
        self._link_kept()
        (fresh / MANIFEST).write_bytes(manifest_bytes(self._files))
        os.unlink(fresh / MARKER)
        self._fresh, self._swapping = None, True  # from here on __exit__ repairs rather than removes
        old = swap_in(fresh, self.out)
        self._done = True
        if old is not None:
            remove_previous(old, self._current or {}, self.out, self._warn)
        return WriteStats(self._written, len(self._kept), removed, self._bytes_written)

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
        """The folder the new site is assembled in, made on the first change."""
        if self._fresh is None:
            self._fresh = make_fresh(self.out)
            self._folders = {""}
        return self._fresh

    def _folder_for(self, path: str) -> str:
        """The path in the fresh folder, its folder made (once per folder: sites have tens of thousands)."""
        fresh = os.fspath(self._fresh_folder())
        self._make_folder(fresh, os.path.dirname(path))
        return os.path.join(fresh, path)

    def _make_folder(self, fresh: str, folder: str) -> None:
        if folder not in self._folders:
            self._make_folder(fresh, os.path.dirname(folder))
            os.mkdir(os.path.join(fresh, folder))
            self._folders.add(folder)

    def _refuse_foreign(self) -> None:
        """Entries of the current output we did not make would vanish from it: refuse to build."""
        if not os.path.lexists(self.out):
            return
        if not self.out.is_dir():
            raise SiteError(f"{self.out} exists and is not a folder")
        foreign = foreign_entries(self.out, self._current or {})
        if foreign:
            raise SiteError(f"{self.out} holds files zhengxie-site did not make, which a build would delete: "
                            f"{', '.join(foreign[:5])}; move them away")

    def _link_kept(self) -> None:
        """Unchanged files become hard links to the current ones (same inode, bytes and times), or copies
        where the file system refuses links."""
        copy, out = False, os.fspath(self.out)
        for path in self._kept:
            source, target = os.path.join(out, path), self._folder_for(path)
            try:
                copy = _link_or_copy(source, target, copy)
            except FileNotFoundError:
                raise SiteError(f"{source} went missing since the last build; "
                                f"move {self.out} away and build again") from None


def _link_or_copy(source: str, target: str, copy: bool) -> bool:
    """Link (or copy, once links are refused) source to target; whether to copy from now on."""
    if not copy:
        try:
            os.link(source, target, **_NOT_THROUGH_LINKS)
            return False
        except OSError as exc:
            if exc.errno not in _LINK_REFUSED:
                raise
            copy = exc.errno != errno.EMLINK  # too many links to one file is that file's problem only
    shutil.copy2(source, target, follow_symlinks=False)
    return copy
