"""The site as it is served: the files of the last good build, the errors of the last rebuild, and a
version that changes whenever what a browser would see changes (pages wait for it to reload)."""
from __future__ import annotations

import os
import threading
import time
import traceback
from dataclasses import dataclass
from typing import Callable, Mapping

from ..config import SiteConfig
from ..errors import SiteError, SourceErrors
from ..preview import PreviewSite

RETRY_PAUSE = 0.3  # seconds before reading again when a file vanished mid-read (an editor's atomic save)


@dataclass(frozen=True)
class Snapshot:
    """Everything a request needs, replaced as a whole after each rebuild (requests never see half)."""

    files: Mapping[str, bytes]  # output path -> bytes, from the last good build
    base_path: str  # the URL path the files are served under, e.g. /archive/
    errors: tuple[str, ...]  # what went wrong in the last rebuild; () when it succeeded
    version: str  # changes whenever files, base path or errors change
    built: bool  # False until a build has succeeded


@dataclass(frozen=True)
class Outcome:
    """What one rebuild did, for the line printed on the terminal."""

    changed: int  # output files added, changed or removed
    errors: tuple[str, ...]
    seconds: float


class LiveSite:
    """PreviewSite plus what serving needs: the current Snapshot and a way to wait for the next one."""

    def __init__(self, load_config: Callable[[], SiteConfig]):
        self._load_config = load_config
        self.config: SiteConfig | None = None  # the settings the latest rebuild read
        self._preview = PreviewSite(self._read_config)
        self._instance = f"{os.getpid():x}.{time.time_ns():x}"  # a restarted server makes pages reload
        self._generation = 0
        self._stopped = False
        self._changed = threading.Condition()
        self.snapshot = Snapshot({}, "/", (), self._version(), built=False)

    def _read_config(self) -> SiteConfig:
        self.config = self._load_config()
        return self.config

    def _version(self) -> str:
        return f"{self._instance}-{self._generation}"

    def rebuild(self) -> Outcome:
        """Build again and publish the result; never raises for problems in the sources. Changed pages
        are published (and open pages reload) as soon as they are ready; the search index follows
        without another reload."""
        started = time.perf_counter()
        published: dict[str, bytes | None] = {}

        def publish_pages(changes: dict[str, bytes | None]) -> None:
            published.update(changes)
            self._publish(changes, ())

        changes, errors = attempt(lambda: self._preview.rebuild(publish_pages))
        rest = {path: data for path, data in changes.items() if path not in published or published[path] is not data}
        self._publish(rest, errors, reload=not published)
        return Outcome(len(changes), errors, time.perf_counter() - started)

    def _publish(self, changes: Mapping[str, bytes | None], errors: tuple[str, ...], reload: bool = True) -> None:
        """Make changes the served files; open pages reload if asked (and whenever the errors change)."""
        old = self.snapshot
        files, base, built = old.files, old.base_path, old.built
        if not errors:
            files, built = apply(old.files, changes), True
        if self.config is not None and (not errors or not old.built):
            base = self.config.base_path  # the base the files were built for (or, before any, the one to use)
        if (changes and reload) or errors != old.errors or base != old.base_path or built != old.built:
            self._generation += 1
        with self._changed:
            self.snapshot = Snapshot(files, base, errors, self._version(), built)
            self._changed.notify_all()

    def wait(self, seen_version: str, timeout: float) -> str:
        """The current version, as soon as it differs from seen_version, or after timeout seconds."""
        with self._changed:
            self._changed.wait_for(lambda: self.snapshot.version != seen_version or self._stopped, timeout)
            return self.snapshot.version

    def stop(self) -> None:
        """Wake every waiting event stream so that it can end."""
        with self._changed:
            self._stopped = True
            self._changed.notify_all()


def apply(files: Mapping[str, bytes], changes: Mapping[str, bytes | None]) -> dict[str, bytes]:
    """A new mapping with changes applied: bytes replace, None removes."""
    result = dict(files)
    for path, data in changes.items():
        if data is None:
            result.pop(path, None)
        else:
            result[path] = data
    return result


def attempt(rebuild: Callable[[], dict[str, bytes | None]]) -> tuple[dict[str, bytes | None], tuple[str, ...]]:
    """(changes, ()) or ({}, error messages). A file that vanished mid-read is read again once after a
    short pause; what still fails is reported like any other error, without a traceback."""
    try:
        try:
            return rebuild(), ()
        except OSError:
            time.sleep(RETRY_PAUSE)
            return rebuild(), ()
    except SourceErrors as exc:
        return {}, tuple(str(error) for error in exc.errors)
    except SiteError as exc:
        return {}, (str(exc),)
    except OSError as exc:
        where = f"{exc.filename}: " if exc.filename else ""
        return {}, (f"{where}{exc.strerror or exc}",)
    except Exception as exc:  # a bug, not a problem in the sources: keep serving, show where it happened
        traceback.print_exc()
        return {}, (f"internal error: {type(exc).__name__}: {exc}",)
