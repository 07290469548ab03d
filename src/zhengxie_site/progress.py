"""Progress on a terminal for builds that take more than a moment; silent otherwise."""
from __future__ import annotations

import sys
import time
from typing import TextIO

DELAY = 1.0  # say nothing for builds shorter than this
EVERY = 0.2  # seconds between updates


class Progress:
    """One line, rewritten in place: `rendering: 12,345 pages`. Only on a terminal."""

    def __init__(self, stream: TextIO | None = None):
        self.stream = stream or sys.stderr
        self._started = time.monotonic()
        self._shown = 0.0
        self._dirty = False

    @classmethod
    def for_terminal(cls, quiet: bool = False) -> "Progress | None":
        return None if quiet or not sys.stderr.isatty() else cls()

    def update(self, what: str, count: int) -> None:
        now = time.monotonic()
        if now - self._started < DELAY or now - self._shown < EVERY:
            return
        self._shown, self._dirty = now, True
        self.stream.write(f"\r\x1b[Krendering: {count:,} {what}")
        self.stream.flush()

    def done(self) -> None:
        if self._dirty:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self._dirty = False
