"""The site in memory for `serve`: rebuilt on demand, reporting only the files that changed.

serve knows nothing of articles: it asks for a rebuild and gets back which output paths changed
(new bytes) or went away (None). Source files, rendered bodies and pages are kept between rebuilds, so
a rebuild after one edit reads one file and renders the pages that show it. The previous good site
stays valid when a rebuild fails.
"""
from __future__ import annotations

from typing import Callable

from .pipeline import MemoryHistory, Stopwatch, site_pass
from .cache import SourceCache
from .config import SiteConfig
from .errors import SiteError
from .memory import MemorySite


class PreviewSite:
    """The whole site as path -> bytes, kept up to date by rebuild()."""

    def __init__(self, load_config: Callable[[], SiteConfig]):
        self._load_config = load_config  # called on every rebuild, so a changed site.yaml takes effect
        self.files: dict[str, bytes] = {}
        self.config: SiteConfig | None = None
        self._sources = SourceCache()
        self._history = MemoryHistory()
        self._search_terms: dict = {}
        self._base: bytes | None = None

    def rebuild(self) -> dict[str, bytes | None]:
        """Build again; return {path: new bytes, or None when the file is gone}. Raises SiteError (or
        SourceErrors) and keeps the previous site when the sources have errors."""
        config = self._load_config()
        sink = MemorySite(self.files, {path: digest for path, (_, digest) in self._history.pages.items()})
        result = site_pass(config, sink, self._sources, self._history.pages, Stopwatch(),
                           search_terms=lambda: self._search_terms, previous_base=self._base)
        if problems := result.link_problems(self._history, self.files):
            raise SiteError(f"{len(problems)} broken internal link(s):\n" + "\n".join(problems))
        files = sink.files
        changes: dict[str, bytes | None] = {p: d for p, d in files.items()
                                            if (old := self.files.get(p)) is not d and old != d}
        changes.update({p: None for p in self.files if p not in files})
        self.files, self.config, self._history = files, config, self._history.after(result)
        known = self._search_terms
        self._search_terms = {key: known.get(key) or result.new_terms[key] for key in result.used_terms}
        self._base = result.base
        return changes
