"""The site in memory (for `check` and `serve`): the same pass as a build, with bytes kept in a dict."""
from __future__ import annotations


class MemorySite:
    """A sink for build.site_pass: keep() keeps the bytes of the previous pass, put() stores new ones.
    `digests` are those of the previous pass's pages, which is all keep() decisions look at."""

    def __init__(self, files: dict[str, bytes] | None = None, digests: dict[str, str] | None = None):
        self._previous_files = files or {}
        self.previous = digests or {}
        self.files: dict[str, bytes] = {}

    def keep(self, path: str) -> None:
        self.files[path] = self._previous_files[path]

    def put(self, path: str, data: bytes) -> None:
        self.files[path] = data

    def previous_bytes(self, path: str) -> bytes | None:
        return self._previous_files.get(path)
