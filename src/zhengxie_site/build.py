"""build(config): first gather and check everything, then render every page, then write atomically."""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from .config import SiteConfig
from .errors import SiteError
from .i18n import Catalogs, load_catalogs
from .links import broken_links
from .load import JUNK, load_content
from .plan import plan
from .render import make_environment, render_all
from .search_pages import search_files
from .site import Site, build_site
from .write import check_output_folder, write_site


@dataclass
class BuildReport:
    pages: int
    files: int
    articles: int
    seconds: float
    phases: dict[str, float] = field(default_factory=dict)  # seconds per stage, in pipeline order

    def __str__(self) -> str:
        stages = ", ".join(f"{name} {seconds:.2f}s" for name, seconds in self.phases.items())
        return (f"built {self.pages} pages ({self.files} files, {self.articles} articles) in {self.seconds:.2f}s"
                + (f" ({stages})" if stages else ""))


class _Stopwatch:
    """Seconds spent in each stage, for the build report and the benchmark."""

    def __init__(self):
        self.phases: dict[str, float] = {}
        self._last = time.perf_counter()

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        self.phases[name] = now - self._last
        self._last = now


@dataclass
class Rendered:
    site: Site
    catalogs: Catalogs
    files: dict[str, bytes]  # output path -> bytes
    sources: dict[str, str]  # output path -> the source file it shows, for messages about that page

    def broken_links(self) -> list[str]:
        """Broken internal links and anchors, each named by the source file that holds the link."""
        return [_named(problem, self.sources) for problem in broken_links(self.files, self.site.config.base_path)]


def _named(problem: str, sources: dict[str, str]) -> str:
    path, _, rest = problem.partition(": ")
    return f"{sources[path]} ({path}): {rest}" if path in sources else problem


def render_site(config: SiteConfig, watch: _Stopwatch | None = None) -> Rendered:
    """Everything the site consists of, in memory: path -> bytes."""
    watch = watch or _Stopwatch()
    catalogs = load_catalogs(config.root, {lang.code: lang.locale for lang in config.languages})
    content = load_content(config)
    watch.lap("load")
    site = build_site(content, config)
    outputs = plan(site, catalogs.term)
    watch.lap("model")
    env = make_environment(config, catalogs, config.root / "templates")
    files = render_all(env, outputs, config.jobs)
    watch.lap("render")
    files.update(search_files(site, catalogs.term))
    watch.lap("search")
    files.update(static_files(config.root / "static"))
    sources = {o.path: o.context["article"].source for o in outputs if o.template == "article.html"}
    return Rendered(site, catalogs, files, sources)


def static_files(folder: Path) -> dict[str, bytes]:
    """The project's static/ folder, served at static/ (junk files left out)."""
    if not folder.is_dir():
        return {}
    return {"static/" + p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file() and not JUNK.match(p.name)}


def build(config: SiteConfig) -> BuildReport:
    started = time.perf_counter()
    out = config.root / config.output_dir
    check_output_folder(out, config.root, config.root / config.content_dir)
    watch = _Stopwatch()
    rendered = render_site(config, watch)
    if problems := rendered.broken_links():  # a broken link is not published
        raise SiteError(f"{len(problems)} broken internal link(s); nothing was written:\n" + "\n".join(problems))
    watch.lap("links")
    site, files = rendered.site, rendered.files
    write_site(out, files)
    watch.lap("write")
    pages = sum(1 for path in files if path.endswith(".html"))
    articles = sum(len(a) for a in site.articles.values())
    return BuildReport(pages, len(files), articles, time.perf_counter() - started, watch.phases)
