"""One pass over the site: load -> model -> plan -> fingerprint -> render the changed pages -> a sink.

    config -> load (cached by file bytes) -> site model -> plan (one page at a time) -> fingerprint
           -> render the changed pages (in worker processes) -> the sink; the search index beside it

`build` passes into the output folder (SiteWriter), `check` and `serve` into memory (MemorySite): every
sink takes keep(path) for a page unchanged since the last pass and put(path, bytes) for the rest.
"""
from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Protocol

import jinja2

from . import urls
from .cache import PageRecord, SourceCache, code_version
from .config import SiteConfig
from .errors import SourceError, SourceErrors
from .fingerprint import files_digest
from .i18n import I18N_DIR, Catalogs, load_catalogs
from .links import PageLinks, broken_links
from .load import JUNK, load_content
from .pageimages import page_outputs
from .parallel import InBackground, Spool, default_jobs
from .plan import PathRegistry, is_sitemap, plan, sitemaps
from .progress import Progress
from .render import RenderedPage, make_environment, render_if_changed, render_pages
from .search_pages import SearchMemory, SearchOutput, search_files
from .site import Site, build_site
from .theme import static_sources, template_folders, unsafe_entries
from .write import digest as file_digest

PARALLEL_ARTICLES = 300  # below this, starting worker processes costs more than it saves
MANY_CHANGED = 64  # past this many changed articles, every page is looked at (each would be tested against all)


class NoSearchMemory:
    """No earlier pass: every search index is built anew."""

    layouts: dict = {}
    scratch = None

    def terms(self, keys) -> dict:
        return {}

    def store(self, terms) -> bool:
        return False


NO_SEARCH_MEMORY = NoSearchMemory()


class Sink(Protocol):
    previous: dict[str, str]  # path -> digest of the file the last build made

    def keep(self, path: str) -> None: ...
    def put(self, path: str, data: bytes) -> None: ...
    def previous_bytes(self, path: str) -> bytes | None: ...  # a file of the previous pass, if intact


class History(Protocol):
    """What the previous pass knew of its pages."""

    pages: dict[str, PageRecord]  # path -> record
    base: bytes | None  # what every page depended on besides its context
    structure: str | None  # the site's structure (Site.structure)
    articles: frozenset[str]  # the fingerprints of its articles

    def links(self, paths: set[str] | None) -> dict[str, PageLinks]: ...  # None: of every page


@dataclass
class MemoryHistory:
    """A History kept in memory (for `serve` and `check`)."""

    pages: dict[str, PageRecord] = field(default_factory=dict)
    all_links: dict[str, PageLinks] = field(default_factory=dict)
    base: bytes | None = None
    structure: str | None = None
    articles: frozenset[str] = frozenset()

    def links(self, paths: set[str] | None) -> dict[str, PageLinks]:
        return dict(self.all_links) if paths is None else {p: self.all_links[p] for p in paths if p in self.all_links}

    def after(self, result: "Pass") -> "MemoryHistory":
        links = {p: l for p, l in self.all_links.items() if p in result.pages}
        links.update({p: l for p, l in result.rendered.items() if l is not None})
        return MemoryHistory(result.pages, links, result.base, result.site.structure, result.articles)


@dataclass
class _Previous:
    """Whether the file a page had after the last pass can stay (render.Previous)."""

    history: dict[str, PageRecord]
    files: dict[str, str]  # path -> digest of the file the sink holds from the last pass
    changed: frozenset[str] | None  # fingerprints of the last pass's articles that changed or went away;
    # None: look at every page (the structure changed, or too many articles to test each page against)

    def clean(self, path: str) -> str | None:
        """The page's fingerprint when the structure is the same and so is every article it shows: its
        context would be the same (see Article.structure), so it is not even built."""
        record = self.history.get(path)
        if self.changed is None or record is None or self.files.get(path) != record.digest:
            return None
        # a fingerprint is 32 hex digits: found in the space-separated list only where it is one of them
        return None if any(fingerprint in record.depends for fingerprint in self.changed) else record.fingerprint

    def unchanged(self, path: str, fingerprint: str) -> bool:
        record = self.history.get(path)
        return record is not None and record.fingerprint == fingerprint and self.files.get(path) == record.digest


class Stopwatch:
    """Seconds spent in each stage, for the build report and the benchmark."""

    def __init__(self):
        self.phases: dict[str, float] = {}
        self._last = time.perf_counter()

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        self.phases[name] = self.phases.get(name, 0.0) + now - self._last
        self._last = now


@dataclass
class Pass:
    """One pass over the site: what it produced."""

    site: Site
    catalogs: Catalogs
    pages: dict[str, PageRecord]  # every page of this pass
    rendered: dict[str, PageLinks | None]  # pages rendered in this pass (links of HTML pages)
    files: set[str]  # every output path
    base: bytes = b""  # what every page depended on besides its context
    articles: frozenset[str] = frozenset()  # the fingerprints of the site's articles
    search: SearchOutput | None = None  # the search index, once finish_search() has run
    search_paths: set = field(default_factory=set)  # its files
    pending_search: InBackground | None = None  # the search index still being built (search_later)
    spool: Spool | None = None  # where it puts its files until finish_search() hands them to the sink

    def finish_search(self, sink: Sink) -> None:
        """Wait for the search index and hand its files to the sink."""
        pending, spool = self.pending_search, self.spool
        assert pending is not None and spool is not None  # site_pass set both
        try:
            self.search = pending.result()
            self.pending_search = None
            for path, data in self.search.files.items():
                sink.put(path, data)
        finally:
            spool.close()
        for path in self.search.kept:
            sink.keep(path)
        self.search_paths = {*self.search.files, *self.search.kept}
        self.files |= self.search_paths
        self.search.files = {}  # read: the spool is closed

    def cancel_search(self) -> None:
        if self.pending_search is not None:
            self.pending_search.cancel()
            self.pending_search = None
            assert self.spool is not None  # site_pass set it with pending_search
            self.spool.close()

    def link_problems(self, history: History, previous_files: Iterable[str]) -> list[SourceError]:
        """Broken internal links and anchors, each named by the source file that holds the link. Pages
        kept from the last build were checked then; they are checked again only when a file has gone or a
        rendered page lost an id, since only that can break a link that was whole."""
        rendered = {path: links for path, links in self.rendered.items() if links is not None}
        before = history.links(set(rendered) & set(history.pages))
        gone = any(path not in self.files for path in previous_files)
        if gone or any(before[path].ids - rendered[path].ids for path in before):
            pages = {path: links for path, links in history.links(None).items() if path in self.pages}
            pages.update(rendered)
        else:
            pages = rendered
        ids_of = lambda path: history.links({path}).get(path, PageLinks((), (), frozenset())).ids
        problems = broken_links(pages, self.files, self.site.config.base_path, ids_of)
        if not problems:
            return []
        sources = _article_sources(self.site)
        # one link of one file once: the page made from it in another script (hant/…) holds it too
        once: dict[tuple, SourceError] = {}
        for error in (_located(problem, sources, self.site.config.root) for problem in problems):
            once.setdefault((error.path, error.line, error.col, error.message.split(" (on ")[0]), error)
        return list(once.values())


_LINK = re.compile(r"'([^']*)'")


def _located(problem: str, sources: dict[str, str], root: Path) -> SourceError:
    """A broken link at its line and column in the article that holds it (read again: a rare path); a link
    no article holds (from a template) at the page made with it."""
    page, _, message = problem.partition(": ")
    source = sources.get(page)
    link = _LINK.search(message)
    if source is None or link is None:
        return SourceError(page, 1, 1, "link", message)
    try:
        text = (root / source).read_text(encoding="utf-8")
    except OSError:
        text = ""
    at = text.find(f"({link[1]}")
    at = at + 1 if at >= 0 else text.find(link[1])
    line, col = (text.count("\n", 0, at) + 1, at - text.rfind("\n", 0, at)) if at >= 0 else (1, 1)
    return SourceError(source, line, col, "body", f"{message} (on {page})")


def site_pass(config: SiteConfig, sink: Sink, sources: SourceCache, history: History, watch: Stopwatch,
              progress: Progress | None = None, search: SearchMemory = NO_SEARCH_MEMORY,
              search_later: bool = False, compiled: jinja2.BytecodeCache | None = None, images: bool = True) -> Pass:
    """Load, model, plan and render every page into `sink`; a page whose fingerprint and file are those
    of the last pass (`history`) is only kept, and the search index is patched where `search` allows.
    With search_later the search index is left to Pass.finish_search(); `compiled` keeps compiled
    templates between passes; without `images` a printed page's files are listed, not made (check)."""
    jobs = config.jobs or default_jobs()
    if unsafe := unsafe_entries(config.root):
        raise SourceErrors(unsafe)
    catalogs = load_catalogs(config.root, {lang.code: lang.locale for lang in config.languages}, config.catalog_keys,
                             {lang.code: lang.source for lang in config.languages if lang.source})
    content = load_content(config, sources, jobs)
    watch.lap("load")
    site = build_site(content, config)
    jobs = jobs if len(site.entries) >= PARALLEL_ARTICLES else 1
    env = make_environment(config, catalogs, template_folders(config.root), compiled)
    base = _shared_inputs(config)
    articles = fingerprints(site)
    changed = history.articles - articles
    same = base == history.base and site.structure == history.structure and len(changed) <= MANY_CHANGED
    previous = _Previous(history.pages, sink.previous, changed if same else None)
    dirty = _dirty_pages(previous, history.pages) if same else None
    # Render workers pay off when many pages change; for a few, planning once here is faster than
    # forking and planning in each worker. The other core then builds the search index.
    many = not history.pages or not same or sources.misses > len(site.entries) // 20
    render_jobs = jobs if many else 1
    watch.lap("model")

    result = Pass(site, catalogs, {}, {}, set(), base=base, articles=articles, spool=Spool(search.scratch))
    # The search index is built in another process while the pages are rendered; after an edit (the same
    # pages as last time) it is only patched, here, once the pages are done: a forked process would make
    # every page this one touches afterwards a copy-on-write fault (keeping 19,000 pages took 55 ms). Its
    # files wait in a spool, not in memory (an archive's index is hundreds of MB).
    result.pending_search = InBackground(search_files, site, catalogs.term, search, sink.previous_bytes, jobs,
                                         result.spool, enabled=jobs > 1 and dirty is None)
    try:
        if dirty is None:
            _render_into(sink, site, catalogs, env, base, previous, render_jobs, history.pages, result, progress)
        else:
            _render_dirty(sink, site, catalogs, env, base, previous, dirty, history.pages, result)
        for path, data in static_files(config.root).items():
            sink.put(path, data)
            result.files.add(path)
        if dirty is None:  # else no page file changed (they are part of the structure): kept with the pages
            _page_files(sink, site, config, previous, search.scratch, result, images)
        watch.lap("render")
        if not search_later:
            result.finish_search(sink)
            watch.lap("search")
    except BaseException:
        result.cancel_search()
        raise
    return result


def _page_files(sink: Sink, site: Site, config: SiteConfig, previous: _Previous, cache: Path | None,
                result: Pass, images: bool = True) -> None:
    """Each printed page's PDF and images: kept where their source is the last build's, else made."""
    root = config.root / config.content_dir
    for page in site.pages.values():
        for path, fingerprint, make in page_outputs(page, site.page_files.get(page.key, {}), root, cache):
            if previous.unchanged(path, fingerprint):
                sink.keep(path)
                result.pages[path] = previous.history[path]
            else:
                data = make() if images else b""  # check needs to know they exist, not their bytes
                sink.put(path, data)
                result.pages[path] = PageRecord(fingerprint, file_digest(data), "")
                result.rendered[path] = None  # made in this pass: its record is saved (it has no links)
            result.files.add(path)


def _dirty_pages(previous: _Previous, history: dict[str, PageRecord]) -> set[str] | None:
    """The pages of the last pass (this one makes the same) that show a changed article: the only ones
    planned at all. None when a sitemap is among them (a sitemap needs every page): its file is not the
    one the cache recorded, as after a build killed between writing the site and saving its cache."""
    dirty = {path for path in history if previous.clean(path) is None}
    return None if any(is_sitemap(path) for path in dirty) else dirty


def fingerprints(site: Site) -> frozenset[str]:
    return frozenset(article.fingerprint for articles in site.articles.values() for article in articles)


def _render_into(sink: Sink, site: Site, catalogs: Catalogs, env, base: bytes, previous: _Previous, jobs: int,
                 history: dict[str, PageRecord], result: Pass, progress: Progress | None) -> None:
    """Every planned page, then the sitemaps, handed to the sink as they come."""
    registry, entries = PathRegistry(), []
    pages = render_pages(lambda: plan(site, catalogs.term), env, base, previous, jobs)
    for page in _counted(pages, progress, "pages"):
        registry.add(page)
        _deliver(page, sink, history, result)
        if page.sitemap_entry:
            entries.append((page.index, page.sitemap_entry))
    entries.sort(key=lambda entry: entry[0])
    for output in sitemaps([entry for _, entry in entries]):
        registry.add(output)
        _deliver(render_if_changed(-1, output, env, base, previous), sink, history, result)


def _render_dirty(sink: Sink, site: Site, catalogs: Catalogs, env, base: bytes, previous: _Previous, dirty: set[str],
                  history: dict[str, PageRecord], result: Pass) -> None:
    """The pages of the last pass (its structure and shared inputs are this one's): the dirty ones planned
    and rendered if changed, every other one kept as it is, without planning it."""
    for page in render_pages(lambda: plan(site, catalogs.term, dirty.__contains__), env, base, previous, 1):
        _deliver(page, sink, history, result)
    if missing := dirty - result.pages.keys():  # the same structure makes the same pages: a bug otherwise
        raise RuntimeError(f"pages of the last build not planned again: {sorted(missing)[:5]}")
    for path in history.keys() - dirty:
        sink.keep(path)
        result.pages[path] = history[path]
        result.files.add(path)


def _deliver(page: RenderedPage, sink: Sink, history: dict[str, PageRecord], result: Pass) -> None:
    """Hand a page to the sink and note it in the pass."""
    if page.data is None:
        sink.keep(page.path)
        known = history[page.path]
        result.pages[page.path] = known if page.depends is None else known._replace(depends=page.depends)
    else:
        sink.put(page.path, page.data)
        assert page.digest is not None and page.depends is not None  # a rendered page has both
        result.pages[page.path] = PageRecord(page.fingerprint, page.digest, page.depends)
        result.rendered[page.path] = page.links
    result.files.add(page.path)


def _article_sources(site: Site) -> dict[str, str]:
    return {urls.article(a, site.config.language(a.lang).prefix) + "index.html": a.source
            for articles in site.articles.values() for a in articles}


def _counted(pages, progress: Progress | None, what: str):
    for count, page in enumerate(pages, start=1):
        if progress:
            progress.update(what, count)
        yield page
    if progress:
        progress.done()


def _shared_inputs(config: SiteConfig) -> bytes:
    """What every page depends on besides its context: the code, templates, string catalogs, settings."""
    root = config.root
    folders = [root / "templates", root / I18N_DIR]
    files = [p for folder in folders if folder.is_dir() for p in folder.rglob("*") if p.is_file() and not JUNK.match(p.name)]
    settings = repr((config.title, config.description, config.site_url, config.base_path, config.page_size,
                     config.languages, config.roles, config.kinds, config.credits, config.time_zone,
                     config.drafts, config.relative)).encode()
    return code_version().encode() + files_digest(files, root) + settings


def static_files(root: Path) -> dict[str, bytes]:
    """The theme's static files and the site's own static/ (which replace the theme's of the same name),
    served at static/ (junk files left out)."""
    return {"static/" + name: path.read_bytes() for name, path in static_sources(root).items()}
