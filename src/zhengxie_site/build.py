"""build(config): first gather and check everything, then render every page, then write atomically."""
from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from .config import SiteConfig
from .i18n import load_catalogs
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

    def __str__(self) -> str:
        return f"built {self.pages} pages ({self.files} files, {self.articles} articles) in {self.seconds:.2f}s"


def load_site(config: SiteConfig) -> Site:
    """Config and content -> the site model; raises SourceErrors listing every problem."""
    return build_site(load_content(config), config)


def render_site(config: SiteConfig) -> tuple[Site, dict[str, bytes]]:
    """Everything the site consists of, in memory: path -> bytes."""
    catalogs = load_catalogs(config.root, {lang.code: lang.locale for lang in config.languages})
    site = load_site(config)
    env = make_environment(config, catalogs, config.root / "templates")
    outputs = plan(site, catalogs.term)
    files = render_all(env, outputs, config.jobs)
    files.update(search_files(site, catalogs.term))
    files.update(static_files(config.root / "static"))
    return site, files


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
    site, files = render_site(config)
    write_site(out, files)
    pages = sum(1 for path in files if path.endswith(".html"))
    articles = sum(len(a) for a in site.articles.values())
    return BuildReport(pages, len(files), articles, time.perf_counter() - started)
