"""The build cache: what an earlier build already computed, kept beside the output and safe to delete.

Everything in it is keyed by content: a source file's result by the file's bytes and everything else
reading it depends on (its `Source`), a page by a digest of everything it shows. A stat check (size,
modification time, inode) only saves reading a file again; equal bytes are what count. The whole cache
is tied to a version key (this package's code, Python and the libraries that shape output), so a new
release or a changed dependency starts it afresh.
"""
from __future__ import annotations

import functools
import hashlib
import os
import pickle
import sys
import time
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

from .parallel import map_in_processes

PACKAGE = Path(__file__).resolve().parent
LIBRARIES = ("jinja2", "markdown", "nh3", "pypinyin", "babel", "pyyaml", "python-slugify", "markupsafe")


@functools.lru_cache(maxsize=1)
def code_version() -> str:
    """A digest of this package's code and the versions of the libraries whose output we publish."""
    digest = hashlib.blake2b(digest_size=16)
    digest.update(sys.version.encode())
    for name in LIBRARIES:
        try:
            digest.update(f"{name}={metadata.version(name)};".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{name}=none;".encode())
    for path in sorted(PACKAGE.rglob("*")):
        if path.suffix in (".py", ".js", ".css", ".html", ".xml", ".txt", ".yaml") and path.is_file():
            digest.update(path.relative_to(PACKAGE).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def file_digest(data: bytes) -> str:
    return hashlib.blake2b(data, digest_size=16).hexdigest()


@dataclass
class SourceCache:
    """Results of reading source files: shown path -> (source, stat, digest of bytes, result)."""

    entries: dict[str, tuple[Any, tuple[int, int, int], str, Any]] = field(default_factory=dict)

    def hit(self, source, stat: tuple[int, int, int]) -> Any | None:
        entry = self.entries.get(source.shown)
        return entry[3] if entry and stat[0] >= 0 and entry[0] == source and entry[1] == stat else None

    def hit_by_bytes(self, source, stat, digest: str) -> Any | None:
        entry = self.entries.get(source.shown)
        if entry and entry[0] == source and entry[2] == digest:
            self.entries[source.shown] = (source, stat, digest, entry[3])  # touched, not changed
            return entry[3]
        return None

    def store(self, source, stat, digest: str, result: Any) -> None:
        self.entries[source.shown] = (source, stat, digest, result)

    def keep_only(self, shown: set[str]) -> None:
        """Forget files that are gone."""
        for gone in set(self.entries) - shown:
            del self.entries[gone]


RACY_SECONDS = 2.0


def _stat_key(path: str) -> tuple[int, int, int]:
    """Time, size and inode; for a file changed in the last moments a key that never matches, since a
    second change within the same time stamp would go unseen (the file is then read and hashed)."""
    st = os.stat(path)
    if st.st_mtime_ns / 1e9 > time.time() - RACY_SECONDS:
        return (-1, -1, -1)
    return (st.st_mtime_ns, st.st_size, st.st_ino)


def read_sources(sources: list, cache: SourceCache, jobs: int) -> list[tuple[Any, list]]:
    """Each source's (value, problems): from the cache when its bytes are unchanged, else read again (in
    `jobs` processes when there are many). A file that vanishes while being read is a problem of its own."""
    from .errors import SourceError

    results: list[Any] = [None] * len(sources)
    missing: list[tuple[int, Any, tuple[int, int, int], str, bytes]] = []
    for i, source in enumerate(sources):
        try:
            stat = _stat_key(source.path)
            if (result := cache.hit(source, stat)) is not None:
                results[i] = result
                continue
            with open(source.path, "rb") as handle:
                data = handle.read()
        except OSError as exc:
            results[i] = (None, [SourceError(source.shown, 1, 1, "file", f"could not be read: {exc.strerror}")])
            continue
        digest = file_digest(data)
        if (result := cache.hit_by_bytes(source, stat, digest)) is not None:
            results[i] = result
        else:
            missing.append((i, source, stat, digest, data))
    computed = map_in_processes(_read_one, [(source, data) for _, source, _, _, data in missing], jobs)
    for (i, source, stat, digest, _), result in zip(missing, computed):
        cache.store(source, stat, digest, result)
        results[i] = result
    cache.keep_only({s.shown for s in sources})
    return results


def _read_one(item: tuple[Any, bytes]) -> tuple[Any, list]:
    from .load import read_source

    return read_source(*item)


class BuildCache:
    """The cache folder beside the output: `.<out>.cache/`. Read whole, written whole after a build
    that published; anything unreadable or from another version is treated as empty."""

    FILE = "cache.pickle"

    def __init__(self, folder: Path, version: str):
        self.folder, self.version = folder, version
        self.sources = SourceCache()
        self.state: dict[str, Any] = {}  # named parts other stages keep: page fingerprints, search terms …

    @classmethod
    def beside(cls, out: Path) -> "BuildCache":
        cache = cls(out.parent / f".{out.name}.cache", code_version())
        cache._read()
        return cache

    def _read(self) -> None:
        try:
            with open(self.folder / self.FILE, "rb") as handle:
                version, sources, state = pickle.load(handle)
        except (OSError, EOFError, pickle.UnpicklingError, ValueError, TypeError, AttributeError, ImportError):
            return
        if version == self.version:
            self.sources, self.state = sources, state

    def forget_pages(self) -> None:
        """Before the output changes: a build killed half way must not leave page fingerprints that claim
        files it never wrote (the next build then renders every page and compares bytes)."""
        try:
            os.unlink(self.folder / self.FILE)
        except FileNotFoundError:
            pass

    def save(self) -> None:
        """Write the cache atomically (a temporary file renamed into place)."""
        self.folder.mkdir(parents=True, exist_ok=True)
        temporary = self.folder / f"{self.FILE}.{os.getpid()}.tmp"
        with open(temporary, "wb") as handle:
            pickle.dump((self.version, self.sources, self.state), handle, protocol=5)
        os.replace(temporary, self.folder / self.FILE)
