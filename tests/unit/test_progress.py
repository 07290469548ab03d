"""Progress: one line rewritten in place on a terminal, only for builds that take more than a moment."""
from __future__ import annotations

import io

from zhengxie_site import progress as progress_module
from zhengxie_site.progress import Progress


class FakeClock:
    def __init__(self):
        self.now = 100.0

    def __call__(self) -> float:
        return self.now


def test_silent_for_a_quick_build_then_counts_and_clears_its_line(monkeypatch):
    clock = FakeClock()
    monkeypatch.setattr(progress_module.time, "monotonic", clock)
    stream = io.StringIO()
    shown = Progress(stream)
    shown.update("pages", 10)
    assert stream.getvalue() == ""  # under a second: nothing
    clock.now += 1.5
    shown.update("pages", 12345)
    assert stream.getvalue() == "\r\x1b[Krendering: 12,345 pages"
    shown.update("pages", 12346)  # too soon after the last update
    assert stream.getvalue().count("rendering") == 1
    shown.done()
    assert stream.getvalue().endswith("\r\x1b[K")


def test_no_progress_when_quiet_or_not_a_terminal(monkeypatch):
    assert Progress.for_terminal(quiet=True) is None
    monkeypatch.setattr(progress_module.sys, "stderr", io.StringIO())  # not a terminal
    assert Progress.for_terminal() is None
