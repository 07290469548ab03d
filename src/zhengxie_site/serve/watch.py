"""Which files the build reads, and waiting for them to change: file system notifications through
watchfiles (Rust notify), so an idle server costs nothing; polling only where notifications fail."""
from __future__ import annotations

import os
import re
import sys
import threading
from pathlib import Path
from typing import Callable

import watchfiles

from ..config import CONFIG_FILE, SiteConfig

FOLDERS = ("templates", "static", "i18n")  # besides site.yaml and the content folder
# Hidden files, editors' swap, backup and lock files and vim's write test "4913" never cause a build.
EDITOR_JUNK = re.compile(r"^(\..*|.*~|#.*#|.*\.(swp|swo|swx|swpx|tmp|bak|orig)|4913|Thumbs\.db|desktop\.ini)$")
STEP_MS = 50  # a batch of changes ends after this much quiet
DEBOUNCE_MS = 1000  # ... or after this long while changes keep coming (a git checkout)
TICK_MS = 1000  # how often the watched set is checked for files or folders that appeared or were replaced


def sources(root: Path, config: SiteConfig | None) -> list[Path]:
    """The existing files and folders a build reads: site.yaml, the configured content folder (which
    --content may put anywhere), templates/, static/ and i18n/. Without settings, the defaults."""
    root = config.root if config is not None else root
    content = root / (config.content_dir if config is not None else "content")
    found: list[Path] = []
    for path in (root / CONFIG_FILE, content, *(root / name for name in FOLDERS)):
        path = path.absolute()
        if path.exists() and path not in found:
            found.append(path)
    return found


class Relevant:
    """The filter given to watchfiles: no editor junk, nothing inside hidden folders (.git) below the
    watched ones."""

    def __init__(self, roots: list[Path]):
        self.roots = [str(root) + os.sep for root in roots]

    def __call__(self, change: object, path: str) -> bool:
        if EDITOR_JUNK.match(os.path.basename(path)):
            return False
        root = next((root for root in self.roots if path.startswith(root)), None)
        folders = path[len(root):].split(os.sep)[:-1] if root else []
        return not any(folder.startswith(".") for folder in folders)


def fingerprint(paths: list[Path]) -> tuple[tuple[str, int], ...]:
    """Which of paths exist, and as which inode: a replaced site.yaml or a recreated folder must be
    watched anew."""
    marks = []
    for path in paths:
        try:
            marks.append((str(path), path.stat().st_ino))
        except OSError:
            pass
    return tuple(marks)


def lasting(changes: set[tuple[watchfiles.Change, str]]) -> list[str]:
    """The changed paths, leaving out files that came and went within the batch (an editor's or sed's
    temporary file)."""
    added = {path for change, path in changes if change == watchfiles.Change.added}
    return sorted({path for _, path in changes if path not in added or os.path.lexists(path)})


def watch(targets: Callable[[], list[Path]], on_change: Callable[[list[str]], None],
          stop: threading.Event) -> None:
    """Call on_change(changed paths) after each batch of changes to targets(), until stop is set.
    targets() is asked again every second and after each batch; a new set is watched from then on."""
    polling, trouble, moved = False, "", False
    while not stop.is_set():
        paths = targets()
        if not paths:  # nothing to watch, not even site.yaml: look again in a second
            stop.wait(TICK_MS / 1000)
            if appeared := targets():
                on_change([str(path) for path in appeared])
            continue
        try:
            moved = _watch_until_moved(paths, targets, on_change, stop, polling, recheck=moved)
        except FileNotFoundError:  # a watched folder vanished while the watch started: look again
            stop.wait(0.2)
        except (OSError, RuntimeError) as exc:  # e.g. the system's limit of watches is reached
            if str(exc) != trouble:
                fallback = "trying again" if polling else "checking for changes every 0.5 s instead"
                print(f"cannot watch the sources ({exc}); {fallback}", file=sys.stderr, flush=True)
            trouble, polling = str(exc), True
            stop.wait(1.0)


def _watch_until_moved(paths: list[Path], targets: Callable[[], list[Path]],
                       on_change: Callable[[list[str]], None], stop: threading.Event, polling: bool,
                       recheck: bool = False) -> bool:
    """Watch paths until stop is set (False) or the set to watch is no longer the same (True). `recheck`:
    the last watch ended on a replaced file; what was saved while this one started (after the rebuild, before
    the notifications) is looked for once it is up."""
    before = fingerprint(paths)
    for changes in watchfiles.watch(*paths, watch_filter=Relevant(paths), stop_event=stop, debounce=DEBOUNCE_MS,
                                    step=STEP_MS, rust_timeout=TICK_MS, yield_on_timeout=True,
                                    force_polling=polling or None, poll_delay_ms=500):
        if recheck and not changes:  # up and quiet: an editor's save in between would not be heard of
            on_change([str(path) for path in paths])
        recheck = False
        seen = before
        if changed := lasting(changes):
            seen = fingerprint(targets())  # the files as the rebuild is about to read them
            on_change(changed)
        after = fingerprint(targets())
        if after != before:
            # Appeared or replaced between batches, or again while this batch was rebuilt (two atomic
            # saves in a row): nothing has rebuilt for that yet.
            if after != seen:
                on_change(sorted({path for path, _ in set(after) ^ set(seen)}))
            return True
    return False
