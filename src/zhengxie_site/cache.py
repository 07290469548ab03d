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
import shutil
import sqlite3
import sys
import time
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any, NamedTuple

from .parallel import map_in_processes
from .write import digest as file_digest

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


class PageRecord(NamedTuple):
    """What a pass knows of a page it made."""

    fingerprint: str
    digest: str  # of the file's bytes
    depends: str  # the fingerprints of the articles it shows, sorted, separated by spaces


@dataclass
class SourceCache:
    """Results of reading source files: shown path -> (source, stat, digest of bytes, result). Remembers
    which entries changed, so saving writes only those."""

    entries: dict[str, tuple[Any, tuple[int, int, int], str, Any]] = field(default_factory=dict)
    changed: set[str] = field(default_factory=set)
    misses: int = 0  # files read and parsed again by the last read_sources()
    listing: Any = None  # the files found by the last walk of the content folder (load.Listing), if kept

    def hit(self, source, stat: tuple[int, int, int]) -> Any | None:
        entry = self.entries.get(source.shown)
        # the same Source object when serve kept the walk: no field by field comparison
        return entry[3] if entry and stat[0] >= 0 and entry[1] == stat and (entry[0] is source or entry[0] == source) \
            else None

    def hit_by_bytes(self, source, stat, digest: str) -> Any | None:
        entry = self.entries.get(source.shown)
        if entry and entry[0] == source and entry[2] == digest:
            self.store(source, stat, digest, entry[3])  # touched, not changed: remember the new stat
            return entry[3]
        return None

    def store(self, source, stat, digest: str, result: Any) -> None:
        self.entries[source.shown] = (source, stat, digest, result)
        self.changed.add(source.shown)

    def keep_only(self, shown: set[str]) -> None:
        """Forget files that are gone."""
        for gone in set(self.entries) - shown:
            del self.entries[gone]
            self.changed.add(gone)


BATCH = 500  # keys per query (sqlite allows 999 parameters in older versions)
RACY_SECONDS = 2.0  # a file changed this close to now may change again within the same time stamp


def trusted_before() -> int:
    """The time (ns) before which a file's or folder's time stamp tells whether it changed since."""
    return time.time_ns() - int(RACY_SECONDS * 1e9)


def stat_key(st: os.stat_result) -> tuple[int, int, int]:
    """What tells a file changed without reading it: time, size and inode."""
    return (st.st_mtime_ns, st.st_size, st.st_ino)


def _stat_key(path: str) -> tuple[int, int, int]:
    """stat_key(), or for a file changed in the last moments a key that never matches, since a second
    change within the same time stamp would go unseen (the file is then read and hashed)."""
    st = os.stat(path)
    if st.st_mtime_ns / 1e9 > time.time() - RACY_SECONDS:
        return (-1, -1, -1)
    return stat_key(st)


def read_sources(sources: list, cache: SourceCache, jobs: int) -> list[tuple[Any, list]]:
    """Each source's (value, problems): from the cache when its bytes are unchanged, else read again (in
    `jobs` processes when there are many). A file that vanishes while being read is a problem of its own.
    The processes that parse a file read it: this one never holds every file's bytes (500 MB at 100,000
    articles), only the results."""
    results: list[Any] = [None] * len(sources)
    missing: list[tuple[int, Any, tuple[int, int, int]]] = []
    for i, source in enumerate(sources):
        try:
            stat = _stat_key(source.path)
        except OSError as exc:
            results[i] = _unreadable(source, exc)
            continue
        if (result := cache.hit(source, stat)) is not None:
            results[i] = result
        else:
            missing.append((i, source, stat))
    known = [(source, _cached_digest(cache, source)) for _, source, _ in missing]
    read = map_in_processes(_read_one, known, jobs)
    cache.misses = sum(1 for _, result in read if result is not None)
    for (i, source, stat), (digest, result) in zip(missing, read):
        if digest is None:  # could not be read
            results[i] = result
        elif result is None:  # its bytes are those the cache knows (a file touched, not changed)
            results[i] = cache.hit_by_bytes(source, stat, digest)
        else:
            cache.store(source, stat, digest, result)
            results[i] = result
    cache.keep_only({s.shown for s in sources})
    return results


def _cached_digest(cache: SourceCache, source) -> str | None:
    entry = cache.entries.get(source.shown)
    return entry[2] if entry and entry[0] == source else None


def _unreadable(source, exc: OSError) -> tuple[None, list]:
    from .errors import SourceError

    return None, [SourceError(source.shown, 1, 1, "file", f"could not be read: {exc.strerror}")]


def _read_one(item: tuple[Any, str | None]) -> tuple[str | None, Any]:
    """(digest of the file's bytes, its (value, problems)); the result is None when the digest is the
    known one, and the digest None when the file could not be read."""
    from .load import read_source

    source, known = item
    try:
        with open(source.path, "rb") as handle:
            data = handle.read()
    except OSError as exc:
        return None, _unreadable(source, exc)
    digest = file_digest(data)
    return digest, None if digest == known else read_source(source, data)


class BuildCache:
    """The cache beside the output, `.<out>.cache/cache.sqlite`: one row per source file and per page, so
    a build reads what it needs and writes only what changed, in one transaction (a killed build leaves the
    cache as it was). Anything unreadable or of another version is dropped and the build starts afresh."""

    FILE = "cache.sqlite"

    def __init__(self, folder: Path, version: str):
        self.folder, self.version = folder, version
        self.sources = SourceCache()
        self._db: sqlite3.Connection | None = None

    @classmethod
    def beside(cls, out: Path) -> "BuildCache":
        cache = cls(out.parent / f".{out.name}.cache", code_version())
        cache._open()
        return cache

    def _open(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        try:
            self._db = self._connect()
        except sqlite3.DatabaseError:  # damaged: it is only a cache
            (self.folder / self.FILE).unlink(missing_ok=True)
            self._db = self._connect()

    def _connect(self) -> sqlite3.Connection:
        db = sqlite3.connect(self.folder / self.FILE, isolation_level=None)
        db.execute("CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value BLOB)")
        if self._meta(db, "version") != self.version:  # another version may have had other tables
            shutil.rmtree(self.folder / "templates", ignore_errors=True)  # compiled with other settings
            db.executescript("BEGIN; DROP TABLE IF EXISTS sources; DROP TABLE IF EXISTS pages; "
                             f"DROP TABLE IF EXISTS search; DELETE FROM meta; {SCHEMA} COMMIT;")
            db.execute("INSERT INTO meta VALUES ('version', ?)", (pickle.dumps(self.version),))
        return db

    @staticmethod
    def _meta(db: sqlite3.Connection, name: str) -> Any:
        row = db.execute("SELECT value FROM meta WHERE name = ?", (name,)).fetchone()
        return pickle.loads(row[0]) if row else None

    @property
    def _connection(self) -> sqlite3.Connection:
        """The database, open from beside() until close()."""
        assert self._db is not None, "the build cache is closed"
        return self._db

    def close(self) -> None:
        if self._db is not None:
            self._db.close()
            self._db = None

    @property
    def stamp(self) -> Any:
        return self._meta(self._connection, "stamp")

    @property
    def base(self) -> bytes | None:
        """What every page of the last build depended on besides its context (pipeline._shared_inputs)."""
        return self._meta(self._connection, "base")

    @property
    def structure(self) -> str | None:
        """The last build's Site.structure."""
        return self._meta(self._connection, "structure")

    @property
    def articles(self) -> frozenset[str]:
        """The fingerprints of the last build's articles."""
        return frozenset((self._meta(self._connection, "articles") or "").split())

    def read_sources(self) -> SourceCache:
        rows = self._connection.execute("SELECT shown, entry FROM sources")
        self.sources = SourceCache({shown: pickle.loads(entry) for shown, entry in rows})
        return self.sources

    def read_pages(self) -> dict[str, PageRecord]:
        """The record of every page the last build made, by path."""
        return {path: PageRecord(fingerprint, digest, depends) for path, fingerprint, digest, depends
                in self._connection.execute("SELECT path, fingerprint, digest, depends FROM pages")}

    def read_links(self, paths: list[str] | None = None) -> dict[str, Any]:
        """path -> the links and ids of every HTML page the last build made (or of those among `paths`)."""
        if paths is None:
            return {path: pickle.loads(links) for path, links in
                    self._connection.execute("SELECT path, links FROM pages WHERE links IS NOT NULL")}
        return _unpickled_rows(self._connection,
                               "SELECT path, links FROM pages WHERE links IS NOT NULL AND path IN ({})", paths)

    def templates(self) -> Any:
        """Where Jinja keeps compiled templates between builds (it compiles a changed template again)."""
        import jinja2

        folder = self.folder / "templates"
        folder.mkdir(exist_ok=True)
        return jinja2.FileSystemBytecodeCache(str(folder))

    def search_memory(self) -> "CachedSearchMemory":
        """The last build's search index layouts and the search terms of its documents."""
        return CachedSearchMemory(self.folder / self.FILE, self._meta(self._connection, "search_layouts") or {})

    def save(self, stamp: Any, shared: tuple[bytes, str, frozenset[str]], records: dict[str, PageRecord],
             links: dict[str, Any], gone: set[str], search) -> None:
        """One transaction: the changed source entries, the shared inputs, the site's structure and its
        articles' fingerprints, the records of the pages that changed (and the links of those rendered),
        the pages no longer made, the search index (a SearchOutput: the terms computed now, the keys of
        those still used, the layouts) and the stamp."""
        db = self._connection
        db.execute("BEGIN")
        try:
            known = {key for key, in db.execute("SELECT key FROM search")}
            db.executemany("DELETE FROM search WHERE key = ?", ((key,) for key in known - search.used))
            db.executemany("INSERT OR REPLACE INTO search VALUES (?, ?)",
                           ((key, pickle.dumps(terms, protocol=5)) for key, terms in search.computed.items()))
            db.execute("INSERT OR REPLACE INTO meta VALUES ('search_layouts', ?)",
                       (pickle.dumps(search.layouts, protocol=5),))
            for shown in self.sources.changed:
                if (entry := self.sources.entries.get(shown)) is None:
                    db.execute("DELETE FROM sources WHERE shown = ?", (shown,))
                else:
                    db.execute("INSERT OR REPLACE INTO sources VALUES (?, ?)", (shown, pickle.dumps(entry, protocol=5)))
            db.executemany("INSERT OR REPLACE INTO pages VALUES (?, ?, ?, ?, ?)",
                           ((path, *records[path], None if page_links is None else pickle.dumps(page_links, protocol=5))
                            for path, page_links in links.items()))
            # looked at again, not rendered: only what the page shows changed (its links are as they were)
            db.executemany("UPDATE pages SET depends = ? WHERE path = ?",
                           ((record.depends, path) for path, record in records.items() if path not in links))
            db.executemany("DELETE FROM pages WHERE path = ?", ((path,) for path in gone))
            for name, value in (("stamp", stamp), ("base", shared[0]), ("structure", shared[1]),
                                ("articles", " ".join(sorted(shared[2])))):
                db.execute("INSERT OR REPLACE INTO meta VALUES (?, ?)", (name, pickle.dumps(value, protocol=5)))
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        self.sources.changed.clear()


class CachedSearchMemory:
    """The search part of the cache, read in the process that builds the search index (over a connection
    of its own: sqlite connections do not cross processes)."""

    def __init__(self, path: Path, layouts: dict[str, Any]):
        self.path, self.layouts = path, layouts
        self.scratch = path.parent  # the index files wait beside the cache, not in a temporary folder in memory

    def forget_layouts(self) -> "CachedSearchMemory":
        """The same terms, but every index built anew (the output is not the one the layouts describe)."""
        return CachedSearchMemory(self.path, {})

    def store(self, terms: dict[str, Any]) -> bool:
        """Write terms computed now at once (their keys are digests of what they are made from, so a build
        that fails later leaves only rows that are true), instead of sending them to the build process."""
        db = sqlite3.connect(self.path, timeout=60)
        try:
            with db:
                db.executemany("INSERT OR REPLACE INTO search VALUES (?, ?)",
                               ((key, pickle.dumps(value, protocol=5)) for key, value in terms.items()))
        finally:
            db.close()
        return True

    def terms(self, keys) -> dict[str, Any]:
        keys = list(keys)
        if not keys:
            return {}
        db = sqlite3.connect(self.path)
        try:
            return _unpickled_rows(db, "SELECT key, terms FROM search WHERE key IN ({})", keys)
        finally:
            db.close()


def _unpickled_rows(db: sqlite3.Connection, query: str, keys: list[str]) -> dict[str, Any]:
    """key -> unpickled value of the (key, blob) rows `query` selects for these keys, BATCH keys a query
    (`query` has one {} where the placeholders go)."""
    found: dict[str, Any] = {}
    for start in range(0, len(keys), BATCH):
        batch = keys[start:start + BATCH]
        rows = db.execute(query.format(",".join("?" * len(batch))), batch)
        found.update((key, pickle.loads(blob)) for key, blob in rows)
    return found


SCHEMA = """
CREATE TABLE IF NOT EXISTS sources (shown TEXT PRIMARY KEY, entry BLOB);
CREATE TABLE IF NOT EXISTS pages (path TEXT PRIMARY KEY, fingerprint TEXT, digest TEXT, depends TEXT, links BLOB);
CREATE TABLE IF NOT EXISTS search (key TEXT PRIMARY KEY, terms BLOB);
"""
