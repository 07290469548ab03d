"""The site in memory for `serve`: rebuilt on demand, reporting only the files that changed.

serve knows nothing of articles: it asks for a rebuild and gets back which output paths changed
(new bytes) or went away (None). Source files, rendered bodies and pages are kept between rebuilds, so
a rebuild after one edit reads one file and renders the pages that show it. The previous good site
stays valid when a rebuild fails.
"""
from __future__ import annotations

from collections.abc import Set
from dataclasses import dataclass, field
from typing import Callable

from .pipeline import MemoryHistory, Stopwatch, site_pass
from .cache import SourceCache
from .config import SiteConfig
from .errors import SourceErrors
from .memory import MemorySite
from .render import CompiledTemplates
from .search import DocTerms
from .search.patch import IndexLayout
from .search_pages import SearchOutput


class PreviewSite:
    """The whole site as path -> bytes, kept up to date by rebuild()."""

    def __init__(self, load_config: Callable[[], SiteConfig]):
        self._load_config = load_config  # called on every rebuild, so a changed site.yaml takes effect
        self.files: dict[str, bytes] = {}
        self.config: SiteConfig | None = None
        self._sources = SourceCache()
        self._history = MemoryHistory()
        self._search = MemorySearch()
        self._compiled = CompiledTemplates()
        self._search_paths: set[str] = set()

    def rebuild(self, publish_pages: Callable[[dict[str, bytes | None]], None] | None = None
                ) -> dict[str, bytes | None]:
        """Build again; return {path: new bytes, or None when the file is gone}. Raises SiteError (or
        SourceErrors) and keeps the previous site when the sources have errors. publish_pages, if given,
        gets the changed pages as soon as they are rendered and checked, before the search index (which
        only queries read) is done: an edit shows without waiting for it."""
        config = self._load_config()
        sink = MemorySite(self.files, {path: record.digest for path, record in self._history.pages.items()})
        result = site_pass(config, sink, self._sources, self._history, Stopwatch(), search=self._search,
                           search_later=True, compiled=self._compiled)
        try:
            before_search = [path for path in self.files if path not in self._search_paths]
            if problems := result.link_problems(self._history, before_search):
                raise SourceErrors(problems)
            if publish_pages is not None:
                publish_pages(_changes(self.files, sink.files, keep=self._search_paths))
            result.finish_search(sink)
        finally:
            result.cancel_search()
        changes = _changes(self.files, sink.files)
        self.files, self.config, self._history = sink.files, config, self._history.after(result)
        assert result.search is not None  # finish_search made it
        self._search = self._search.after(result.search)
        self._search_paths = result.search_paths
        return changes


@dataclass(frozen=True)
class MemorySearch:
    """The search index's memory between rebuilds: the terms of every document and the index layouts."""

    known: dict[str, DocTerms] = field(default_factory=dict)
    layouts: dict[str, IndexLayout] = field(default_factory=dict)
    scratch = None  # the index files wait in the system's temporary folder

    def terms(self, keys) -> dict[str, DocTerms]:
        return {key: self.known[key] for key in keys if key in self.known}

    def store(self, terms: dict[str, DocTerms]) -> bool:
        return False  # kept by after(), in the process that serves

    def after(self, output: SearchOutput) -> "MemorySearch":
        every = {**self.known, **output.computed}
        return MemorySearch({key: every[key] for key in output.used if key in every}, output.layouts)


def _changes(before: dict[str, bytes], after: dict[str, bytes], keep: Set[str] = frozenset()
             ) -> dict[str, bytes | None]:
    """What changed from `before` to `after`: new bytes, or None for a file gone (paths in `keep` are not
    gone, only not made yet)."""
    changes: dict[str, bytes | None] = {p: d for p, d in after.items() if (old := before.get(p)) is not d and old != d}
    changes.update({p: None for p in before if p not in after and p not in keep})
    return changes
