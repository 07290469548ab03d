"""serve: the site previewed from memory on 127.0.0.1, rebuilt when a source changes, pages reloading
themselves. Writes nothing. Knows nothing of articles: only "rebuild" and "changed paths".

  live.py     the served snapshot (files, base path, errors, version) and rebuilding into it
  handler.py  HTTP: files under the base path, 404 page, folder redirects, the reload event stream
  page.py     what preview pages get: the reload script and the error panel
  watch.py    which files the build reads, and waiting for them to change
"""
from __future__ import annotations

import os
import sys
import threading
from pathlib import Path
from typing import Callable

from ..config import SiteConfig
from .handler import listen
from .live import LiveSite, Outcome
from .watch import sources, watch

__all__ = ["serve"]


def serve(load_config: Callable[[], SiteConfig], *, root: Path, port: int = 8000,
          stop: threading.Event | None = None, ready: Callable[[str], None] | None = None) -> None:
    """Serve until Ctrl-C or stop is set. load_config() is called on every rebuild (site.yaml may have
    changed); root is where site.yaml is looked for while it cannot be read. ready(url) is called once
    the site is served. Raises SiteError when the port cannot be used."""
    stop = stop or threading.Event()
    live = LiveSite(load_config)
    server = listen(port, live, stop)  # before the first build: a taken port is reported at once
    thread = None
    try:
        _print_outcome(None, live.rebuild(), live)
        thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.2}, daemon=True)
        thread.start()
        origin = f"http://127.0.0.1:{server.server_address[1]}"
        print(f"serving at {origin}{live.snapshot.base_path} (Ctrl-C to stop)", flush=True)
        if ready:
            ready(origin + live.snapshot.base_path)
        watch(lambda: sources(root, live.config), lambda paths: _rebuild(live, paths, root, origin), stop)
    except KeyboardInterrupt:
        print("stopped", flush=True)
    finally:
        stop.set()
        live.stop()
        if thread is not None:
            server.shutdown()
        server.server_close()


def _rebuild(live: LiveSite, paths: list[str], root: Path, origin: str) -> None:
    base = live.snapshot.base_path
    _print_outcome(_describe(paths, root), live.rebuild(), live)
    if live.snapshot.base_path != base:
        print(f"serving at {origin}{live.snapshot.base_path} (Ctrl-C to stop)", flush=True)


def _describe(paths: list[str], root: Path) -> str:
    """Up to three changed paths relative to the project, then how many more."""
    shown = [os.path.relpath(path, root.absolute()) for path in paths[:3]]
    return ", ".join(shown) + (f" and {len(paths) - 3} more" if len(paths) > 3 else "")


def _print_outcome(cause: str | None, outcome: Outcome, live: LiveSite) -> None:
    """One line a rebuild on stdout (cause None: the first build); a failed one's errors on stderr."""
    seconds = f"{outcome.seconds:.2f}s"
    if not outcome.errors:
        if cause is None:
            print(f"built {_files(outcome.changed)} in {seconds}", flush=True)
        else:
            changed = f"{_files(outcome.changed)} changed" if outcome.changed else "no output changed"
            print(f"{cause} changed: rebuilt in {seconds}, {changed}", flush=True)
        return
    for error in outcome.errors:
        print(error, file=sys.stderr)
    still = ("still serving the last good site" if live.snapshot.built
             else "serving an error page until a build succeeds")
    failed = "build failed" if cause is None else f"{cause} changed: build failed"
    print(f"{failed} in {seconds} with {len(outcome.errors)} error(s); {still}", file=sys.stderr, flush=True)


def _files(count: int) -> str:
    return f"{count} file{'s' if count != 1 else ''}"
