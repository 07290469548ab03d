"""serve: build, serve the output on localhost, rebuild when a source changes. Knows nothing of articles."""
from __future__ import annotations

import os
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Callable

WATCHED = ("site.yaml", "content", "templates", "static", "i18n")


def snapshot(root: Path) -> dict[str, tuple[int, int]]:
    """Modification time and size of every watched file, to notice changes by polling (no dependency)."""
    times = {}
    for name in WATCHED:
        base = root / name
        paths = [base] if base.is_file() else (p for p in base.rglob("*") if p.is_file()) if base.is_dir() else []
        for path in paths:
            stat = path.stat()
            times[str(path)] = (stat.st_mtime_ns, stat.st_size)
    return times


def changed(before: dict, after: dict) -> list[str]:
    return sorted(p for p in set(before) | set(after) if before.get(p) != after.get(p))


def serve(root: Path, out: Path, rebuild: Callable[[], bool], port: int, interval: float = 0.5,
          stop: threading.Event | None = None, ready: Callable[[str], None] = print) -> None:
    """Serve `out` at http://127.0.0.1:port/ and call rebuild() after every change (until Ctrl-C or stop)."""
    stop = stop or threading.Event()
    rebuild()
    handler = partial(_QuietHandler, directory=str(out))
    server = ThreadingHTTPServer(("127.0.0.1", port), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    ready(f"serving {out} at http://127.0.0.1:{server.server_address[1]}/ (Ctrl-C to stop)")
    seen = snapshot(root)
    try:
        while not stop.wait(interval):
            now = snapshot(root)
            if paths := changed(seen, now):
                print(f"changed: {', '.join(os.path.relpath(p, root) for p in paths[:5])}", flush=True)
                rebuild()  # on failure the errors are printed and the last good site stays served
                seen = now
    except KeyboardInterrupt:
        pass
    finally:
        server.shutdown()


class _QuietHandler(SimpleHTTPRequestHandler):
    # Files are looked up by path on each request, so the folder swapped in by a rebuild is served.
    def log_message(self, *args) -> None:
        pass
