"""The site in memory for `serve`: rebuilt on demand, reporting only the files that changed.

serve knows nothing of articles: it asks for a rebuild and gets back which output paths changed
(new bytes) or went away (None). The previous good site stays valid when a rebuild fails.
"""
from __future__ import annotations

from typing import Callable

from .config import SiteConfig


class PreviewSite:
    """The whole site as path -> bytes, kept up to date by rebuild()."""

    def __init__(self, load_config: Callable[[], SiteConfig]):
        self._load_config = load_config  # called on every rebuild, so a changed site.yaml takes effect
        self.files: dict[str, bytes] = {}
        self.config: SiteConfig | None = None

    def rebuild(self) -> dict[str, bytes | None]:
        """Build again; return {path: new bytes, or None when the file is gone}. Raises SiteError (or
        SourceErrors) and keeps the previous site when the sources have errors."""
        from .build import render_site

        config = self._load_config()
        rendered = render_site(config)
        if problems := rendered.broken_links():
            from .errors import SiteError
            raise SiteError(f"{len(problems)} broken internal link(s):\n" + "\n".join(problems))
        files = rendered.files
        changes: dict[str, bytes | None] = {p: d for p, d in files.items() if self.files.get(p) != d}
        changes.update({p: None for p in self.files if p not in files})
        self.files, self.config = files, config
        return changes
