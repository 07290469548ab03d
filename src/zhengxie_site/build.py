"""build(config): one pass over the site into the output folder, touching only what changed.

A build whose inputs all look as the last build saw them (time, size and inode of every file it reads,
the settings, the code, the output's manifest) stops at once. Otherwise pipeline.site_pass renders what
changed into a SiteWriter, every internal link is checked, the writer commits, and the cache beside the
output remembers what this build made.
"""
from __future__ import annotations

import gc
import os
import re
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from .cache import RACY_SECONDS, BuildCache, code_version, stat_key
from .config import SiteConfig
from .errors import SiteError, SourceErrors
from .i18n import I18N_DIR
from .links import PageLinks
from .pipeline import Stopwatch, site_pass
from .progress import Progress
from .review import unreviewed_imports
from .write import MANIFEST, SiteWriter, check_output_folder, output_lock


@dataclass
class BuildReport:
    pages: int
    files: int
    articles: int
    seconds: float
    phases: dict[str, float] = field(default_factory=dict)  # seconds per stage, in pipeline order
    rendered: int = 0  # pages, feeds and sitemaps rendered (the others were unchanged since the last build)
    written: int = 0  # files written (the others kept, untouched)
    removed: int = 0
    up_to_date: bool = False
    to_review: int = 0  # articles with import notes an editor has not yet reviewed
    taken_down: list[str] = field(default_factory=list)  # published addresses removed (--allow-removed)
    hidden: tuple[str, ...] = ()  # content folders left out for the dot their names start with

    def __str__(self) -> str:
        if self.up_to_date:
            return f"up to date: nothing changed since the last build ({self.seconds:.2f}s)"
        stages = ", ".join(f"{name} {seconds:.2f}s" for name, seconds in self.phases.items())
        return (f"built {self.pages} pages ({self.files} files, {self.articles} articles) in {self.seconds:.2f}s: "
                f"{self.rendered} rendered (the rest unchanged), {self.written} files written, {self.removed} removed"
                + (f" ({stages})" if stages else "")
                + (f"\n{self.to_review} article(s) with import notes to review (`zhengxie-site check` lists them)"
                   if self.to_review else "")
                + ("\ntaken down (--allow-removed): " + ", ".join(p.removesuffix("index.html") for p in self.taken_down)
                   if self.taken_down else "")
                + (f"\nleft out, their names starting with a dot: {', '.join(self.hidden)}" if self.hidden else ""))


def build(config: SiteConfig, progress: Progress | None = None, strict: bool = False,
          allow_removed: bool = False) -> BuildReport:
    """Build into the output folder, touching only what changed since the last build; with `strict`,
    refuse to publish articles whose import notes nobody has reviewed. A build that would take down an
    article, edition or page URL the last build published is refused unless `allow_removed`."""
    started = time.perf_counter()
    out = (config.root / config.output_dir).resolve()
    check_output_folder(out, config.root, config.root / config.content_dir)
    with output_lock(out), _collector_relaxed():
        cache = BuildCache.beside(out)
        try:
            inputs = input_stats(config, started=time.time())
            if not strict and inputs is not None and cache.stamp == (inputs, _manifest_stat(out)):
                return BuildReport(0, 0, 0, time.perf_counter() - started, up_to_date=True)
            return _build_changes(config, out, cache, inputs, started, progress, strict, allow_removed)
        finally:
            cache.close()


def _build_changes(config: SiteConfig, out: Path, cache: BuildCache, inputs, started: float,
                   progress: Progress | None, strict: bool, allow_removed: bool = False) -> BuildReport:
    watch = Stopwatch()
    history = _CachedHistory(cache)
    sources, search = cache.read_sources(), cache.search_memory()
    if cache.stamp is None or cache.stamp[1] != _manifest_stat(out):
        search = search.forget_layouts()  # the output is not the one the last build made and recorded
    gc.freeze()  # what the cache holds lives for the whole build: keep the collector off it
    with SiteWriter(out, project=None, content=None) as writer:
        result = site_pass(config, writer, sources, history, watch, progress, search, compiled=cache.templates())
        to_review = unreviewed_imports(result.site)
        if strict and to_review:
            raise SourceErrors(to_review)
        if problems := result.link_problems(history, writer.previous):  # a broken link is not published
            raise SourceErrors(problems)
        taken_down = published_and_gone(writer.previous, result.files)
        if taken_down and not allow_removed:
            raise SiteError(_taken_down_message(taken_down))
        watch.lap("links")
        stats = writer.commit()
        watch.lap("write")
    # The stamp holds the inputs as they were when this build read them: an edit made during the build
    # makes the next build look again.
    records = {path: record for path, record in result.pages.items()
               if path in result.rendered or history.pages.get(path) != record}
    shared = (result.base, result.site.structure, result.articles)
    cache.save((inputs, _manifest_stat(out)), shared, records, result.rendered, set(history.pages) - set(result.pages),
               result.search)
    watch.lap("cache")
    site = result.site
    return BuildReport(sum(1 for p in result.files if p.endswith(".html")), len(result.files),
                       sum(len(a) for a in site.articles.values()), time.perf_counter() - started, watch.phases,
                       rendered=len(result.rendered), written=stats.written, removed=stats.removed,
                       to_review=len(to_review), taken_down=taken_down, hidden=site.hidden)


# The addresses people cite and link to: articles, editions and printed pages (in every language)
_PERMANENT = re.compile(r"^(?:[a-z0-9-]+/)?(?:articles/[^/]+|editions/[^/]+/[^/]+(?:/[^/]+)?)/index\.html$")


def published_and_gone(previous: dict[str, str], made: set[str]) -> list[str]:
    """Article, edition and page URLs the last build published that this one no longer makes."""
    return sorted(path for path in previous if path not in made and _PERMANENT.match(path))


def _taken_down_message(paths: list[str]) -> str:
    shown = "\n".join(f"  {path.removesuffix('index.html')}" for path in paths[:20])
    more = f"\n  … and {len(paths) - 20} more" if len(paths) > 20 else ""
    return (f"{len(paths)} published address(es) would go away; nothing was written:\n{shown}{more}\n"
            "Links and citations to them would break. Keep each: give the article its earlier slug under "
            "`aliases:` (the old address then sends readers on); to withdraw an article, keep its file with "
            "`retraction:` (its address then shows the notice); or build with --allow-removed to take them "
            "down on purpose.")


class _CachedHistory:
    """The last build's pages, from the cache; their links are read only when a check needs them."""

    def __init__(self, cache: BuildCache):
        self._cache = cache
        self.pages = cache.read_pages()
        self.base, self.structure, self.articles = cache.base, cache.structure, cache.articles
        self._links: dict[str, PageLinks] = {}
        self._all = False  # whether _links holds every page's

    def links(self, paths: set[str] | None) -> dict[str, PageLinks]:
        if paths is None:
            if not self._all:
                self._links, self._all = self._cache.read_links(), True
            return dict(self._links)
        if not self._all and (missing := [p for p in paths if p not in self._links and p in self.pages]):
            self._links.update(self._cache.read_links(missing))
        return {p: self._links[p] for p in paths if p in self._links}


@contextmanager
def _collector_relaxed():
    """A build makes millions of long-lived objects and few cycles: the cyclic collector keeps walking them
    (planning 10,000 articles took 0.9 s with it at its default thresholds, 0.55 s with it off).
    Reference counting frees almost everything anyway; relaxed thresholds still collect the cycles."""
    thresholds = gc.get_threshold()
    gc.set_threshold(100_000, 50, 100)
    try:
        yield
    finally:
        gc.unfreeze()
        gc.set_threshold(*thresholds)


def _manifest_stat(out: Path) -> tuple[int, int, int] | None:
    try:
        return stat_key(os.stat(out / MANIFEST))
    except OSError:
        return None


def input_stats(config: SiteConfig, started: float) -> tuple | None:
    """Size, time and inode of every file the build reads, plus the settings and the code; None when a
    file changed so recently that its time stamp cannot tell a second change (then nothing is skipped)."""
    root = config.root
    seen: list[tuple] = []
    for top in (root / "site.yaml", root / config.content_dir, root / "templates", root / "static", root / I18N_DIR):
        _stat_tree(str(top), seen)
    newest = max((entry[1] for entry in seen if entry[1] is not None), default=0)
    if newest / 1e9 > started - RACY_SECONDS:
        return None
    return (code_version(), repr(config), tuple(seen))


def _stat_tree(path: str, seen: list[tuple]) -> None:
    try:
        entries = sorted(os.scandir(path), key=lambda e: e.name)
    except NotADirectoryError:
        seen.append((path, *stat_key(os.stat(path))))
        return
    except FileNotFoundError:
        seen.append((path, None))
        return
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            _stat_tree(entry.path, seen)
        else:
            seen.append((entry.path, *stat_key(entry.stat(follow_symlinks=False))))
