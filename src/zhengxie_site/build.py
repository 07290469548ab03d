"""build(config): gather and check everything, render the pages whose inputs changed, write what changed.

    config -> load (cached by file bytes) -> site model -> plan (one page at a time) -> fingerprint
           -> render the changed pages (in worker processes) -> links checked -> written (only changes)

The same pass serves `build` (into the output folder, through SiteWriter) and `check`/`serve` (into
memory, through MemorySite): both take keep(path) for an unchanged page and put(path, bytes) for the rest.
"""
from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Protocol

from .cache import BuildCache, SourceCache, code_version
from .config import SiteConfig
from .errors import SiteError
from .fingerprint import files_digest
from .i18n import I18N_DIR, Catalogs, load_catalogs
from .links import PageLinks, broken_links
from .load import JUNK, load_content
from .parallel import default_jobs
from .plan import PathRegistry, plan, sitemaps
from .progress import Progress
from .render import RenderedPage, make_environment, render, render_pages
from .search_pages import search_files
from .site import Site, build_site
from .write import MANIFEST, SiteWriter, check_output_folder, digest, output_lock

PARALLEL_ARTICLES = 300  # below this, starting worker processes costs more than it saves


@dataclass(frozen=True)
class PageRecord:
    """What a build remembers of a page: what it showed, what it wrote, and its links for the check."""

    fingerprint: str
    digest: str
    links: PageLinks | None


class Sink(Protocol):
    previous: dict[str, str]  # path -> digest of the file the last build made

    def keep(self, path: str) -> None: ...
    def put(self, path: str, data: bytes) -> None: ...


@dataclass
class BuildReport:
    pages: int
    files: int
    articles: int
    seconds: float
    phases: dict[str, float] = field(default_factory=dict)  # seconds per stage, in pipeline order
    rendered: int = 0  # pages rendered (the others were unchanged since the last build)
    written: int = 0  # files written (the others kept, untouched)
    removed: int = 0
    up_to_date: bool = False

    def __str__(self) -> str:
        if self.up_to_date:
            return f"up to date: nothing changed since the last build ({self.seconds:.2f}s)"
        stages = ", ".join(f"{name} {seconds:.2f}s" for name, seconds in self.phases.items())
        return (f"built {self.pages} pages ({self.files} files, {self.articles} articles) in {self.seconds:.2f}s: "
                f"{self.rendered} pages rendered, {self.written} files written, {self.removed} removed"
                + (f" ({stages})" if stages else ""))


class _Stopwatch:
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
    """One pass over the site: what it produced and what it found."""

    site: Site
    catalogs: Catalogs
    records: dict[str, PageRecord]  # every page of this build
    files: set[str]  # every output path
    sources: dict[str, str]  # article page -> the source file it shows, for messages
    rendered: int

    def broken_links(self) -> list[str]:
        """Broken internal links and anchors, each named by the source file that holds the link."""
        pages = {path: record.links for path, record in self.records.items() if record.links is not None}
        return [_named(problem, self.sources) for problem in broken_links(pages, self.files, self.site.config.base_path)]


def _named(problem: str, sources: dict[str, str]) -> str:
    path, _, rest = problem.partition(": ")
    return f"{sources[path]} ({path}): {rest}" if path in sources else problem


def site_pass(config: SiteConfig, sink: Sink, sources: SourceCache, previous: dict[str, PageRecord],
              watch: _Stopwatch, progress: Progress | None = None) -> Pass:
    """Load, model, plan and render every page into `sink`; unchanged pages are only kept."""
    jobs = config.jobs or default_jobs()
    catalogs = load_catalogs(config.root, {lang.code: lang.locale for lang in config.languages})
    content = load_content(config, sources, jobs)
    watch.lap("load")
    site = build_site(content, config)
    jobs = jobs if len(site.entries) >= PARALLEL_ARTICLES else 1
    env = make_environment(config, catalogs, config.root / "templates")
    base = _shared_inputs(config)
    watch.lap("model")

    def unchanged(path: str, fingerprint: str) -> bool:
        record = previous.get(path)
        return record is not None and record.fingerprint == fingerprint and sink.previous.get(path) == record.digest

    records: dict[str, PageRecord] = {}
    registry, entries, rendered = PathRegistry(), [], 0
    pages = render_pages(lambda: plan(site, catalogs.term), env, base, unchanged, jobs)
    for page in _counted(pages, progress, "pages"):
        registry.add(page)
        records[page.path] = _record(page, sink, previous)
        rendered += page.data is not None
        if page.sitemap_entry:
            entries.append((page.index, page.sitemap_entry))
    for output in sitemaps([entry for _, entry in sorted(entries, key=lambda e: e[0])]):
        registry.add(output)
        data = render(env, output)
        sink.put(output.path, data)
        records[output.path] = PageRecord("", digest(data), None)
    watch.lap("render")
    files = set(records)
    for path, data in {**search_files(site, catalogs.term), **static_files(config.root / "static")}.items():
        sink.put(path, data)
        files.add(path)
    watch.lap("search")
    return Pass(site, catalogs, records, files, _article_sources(site), rendered)


def _record(page: RenderedPage, sink: Sink, previous: dict[str, PageRecord]) -> PageRecord:
    if page.data is None:
        sink.keep(page.path)
        return previous[page.path]
    sink.put(page.path, page.data)
    return PageRecord(page.fingerprint, page.digest, page.links)


def _article_sources(site: Site) -> dict[str, str]:
    from . import urls

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
                     config.languages, config.roles, config.drafts)).encode()
    return code_version().encode() + files_digest(files, root) + settings


def static_files(folder: Path) -> dict[str, bytes]:
    """The project's static/ folder, served at static/ (junk files left out)."""
    if not folder.is_dir():
        return {}
    return {"static/" + p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file() and not JUNK.match(p.name)}


def build(config: SiteConfig, progress: Progress | None = None) -> BuildReport:
    """Build into the output folder, touching only what changed since the last build."""
    started = time.perf_counter()
    out = (config.root / config.output_dir).resolve()
    check_output_folder(out, config.root, config.root / config.content_dir)
    with output_lock(out):
        cache = BuildCache.beside(out)
        inputs = input_stats(config, started=time.time())
        if inputs is not None and cache.state.get("stamp") == (inputs, _manifest_stat(out)):
            return BuildReport(0, 0, 0, time.perf_counter() - started, up_to_date=True)
        watch = _Stopwatch()
        previous: dict[str, PageRecord] = cache.state.get("pages", {})
        with SiteWriter(out, project=None, content=None) as writer:
            result = site_pass(config, writer, cache.sources, previous, watch, progress)
            if problems := result.broken_links():  # a broken link is not published
                raise SiteError(f"{len(problems)} broken internal link(s); nothing was written:\n" + "\n".join(problems))
            watch.lap("links")
            cache.forget_pages()  # until saved again below: a build killed while swapping must not be trusted
            stats = writer.commit()
            watch.lap("write")
        # The stamp holds the inputs as they were when this build read them: an edit made during the build
        # makes the next build look again.
        cache.state = {"pages": result.records, "stamp": (inputs, _manifest_stat(out))}
        cache.save()
    site = result.site
    return BuildReport(sum(1 for p in result.files if p.endswith(".html")), len(result.files),
                       sum(len(a) for a in site.articles.values()), time.perf_counter() - started, watch.phases,
                       rendered=result.rendered, written=stats.written, removed=stats.removed)


def _manifest_stat(out: Path) -> tuple[int, int, int] | None:
    try:
        st = os.stat(out / MANIFEST)
    except OSError:
        return None
    return (st.st_mtime_ns, st.st_size, st.st_ino)


RACY_SECONDS = 2.0  # a file changed this close to the build may change again within the same time stamp


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
        st = os.stat(path)
        seen.append((path, st.st_mtime_ns, st.st_size, st.st_ino))
        return
    except FileNotFoundError:
        seen.append((path, None))
        return
    for entry in entries:
        if entry.is_dir(follow_symlinks=False):
            _stat_tree(entry.path, seen)
        else:
            st = entry.stat(follow_symlinks=False)
            seen.append((entry.path, st.st_mtime_ns, st.st_size, st.st_ino))
