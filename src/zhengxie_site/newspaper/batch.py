"""`import DIR`: a folder of raw pages (a month of a daily, say) imported at once.

Which page a file is comes from its name: `20220325-05.txt` is a whole page (the page importer reads it;
`20220325-05.pdf` the page's PDF, kept beside its page.yaml),
`20220325-05-03.txt` the third article of that page as an e-paper crawl saves it (see crawl.py). A
`manifest.yaml` in the folder can name the date, page and page name of files named otherwise. Pages
already imported (their page.yaml exists) are skipped, so an interrupted or extended batch can be run
again; each raw file is kept under `sources/` beside the content folder.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .assemble import validate_date
from .crawl import as_blocks, parse_crawl_article
from .fidelity import FidelityResult, check_fidelity
from .model import PageImportError, ParsedPage
from .report import ImportReport
from .writer import importer_faults_named, page_folder, read_page, run_import, write_page
from .vocabulary import DEFAULT, Vocabulary

PAGE_FILE = re.compile(r"^(?P<day>\d{8})-(?P<page>\d{1,3})\.(?:txt|pdf)$")  # a page's text dump or its PDF
CRAWL_FILE = re.compile(r"^(?P<day>\d{8})-(?P<page>\d{1,3})-(?P<item>\d{1,3})\.txt$")
MANIFEST = "manifest.yaml"


@dataclass(frozen=True)
class PageSource:
    """One page to import: a page dump, or the crawl files of its articles in print order."""

    date: str
    page: int
    files: tuple[Path, ...]
    crawl: bool
    name: str | None = None


@dataclass
class BatchReport:
    pages: list[ImportReport] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    ignored: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors and all(report.ok for report in self.pages)

    def text(self) -> str:
        parts = [report.text() for report in self.pages]
        articles = sum(len(report.articles) for report in self.pages)
        guesses = sum(len(report.guesses) for report in self.pages)
        problems = len(self.errors) + sum(len(r.errors) + len(r.fidelity.unaccounted if r.fidelity else [])
                                          for r in self.pages)
        summary = [f"imported {sum(r.ok for r in self.pages)} page(s) with {articles} article(s); "
                   f"{len(self.skipped)} skipped, {guesses} guess(es) to review, {problems} problem(s)"]
        misnamed = [f"{r.source}: {line}" for r in self.pages for line in r.disagreements]
        for title, lines in (("the running head disagrees with the file's name (misnamed?)", misnamed),
                             ("skipped (already imported; --force imports them again)", self.skipped),
                             ("not page files (names are YYYYMMDD-PP.txt, YYYYMMDD-PP.pdf or YYYYMMDD-PP-NN.txt)",
                              self.ignored),
                             ("problems", self.errors)):
            if lines:
                summary += [f"{title}:"] + [f"  {line}" for line in lines]
        return "\n".join(parts + summary) + "\n"


def import_folder(folder: Path, out_dir: Path, *, paper: str | None, page_name: str | None,
                  force: bool, words: Vocabulary = DEFAULT) -> BatchReport:
    if not folder.is_dir():
        raise PageImportError(f"{folder}: not a folder")
    report = BatchReport()
    for source in find_pages(folder, report):
        parsed_at = page_folder(out_dir, ParsedPage(paper, source.date, source.page, source.name))
        if (parsed_at / "page.yaml").exists() and not force:
            report.skipped.append(f"{', '.join(f.name for f in source.files)} -> {parsed_at}")
            continue
        try:
            page_report = _import_one(source, out_dir, paper=paper, page_name=source.name or page_name, force=force,
                                      words=words)
        except PageImportError as exc:
            report.errors.append(str(exc))
            continue
        report.pages.append(page_report)
    return report


def find_pages(folder: Path, report: BatchReport) -> list[PageSource]:
    """The folder's pages in date and page order; files that are none are noted in the report."""
    manifest = _manifest(folder)
    crawled: dict[tuple[str, int], list[tuple[int, Path]]] = {}
    dumps: dict[tuple[str, int], tuple[Path, str | None]] = {}  # page -> its file, its name in the manifest
    for path in sorted(p for p in folder.iterdir() if p.is_file() and p.name != MANIFEST):
        if path.name.startswith("."):
            continue
        named = manifest.get(path.name)
        try:
            key = _page_of(path.name, named)
        except PageImportError as exc:
            report.errors.append(f"{path.name}: {exc}")
            continue
        if key is None:
            report.ignored.append(path.name)
        elif crawl := CRAWL_FILE.match(path.name):
            crawled.setdefault(key, []).append((int(crawl["item"]), path))
        elif key in dumps:
            report.errors.append(f"{path.name}: the same page as {dumps[key][0].name}")
        else:
            dumps[key] = (path, named.get("name") if named else None)
    found = [PageSource(date, page, (path,), False, name) for (date, page), (path, name) in dumps.items()]
    for (date, page), items in crawled.items():
        if (date, page) in dumps:
            report.errors.append(f"{dumps[(date, page)][0].name}: the same page as the crawl files of {date} page {page}")
            continue
        found.append(PageSource(date, page, tuple(path for _, path in sorted(items)), True))
    return sorted(found, key=lambda source: (source.date, source.page))


def _page_of(name: str, named: dict | None) -> tuple[str, int] | None:
    """(date, page number) of a file: from the manifest, else from its name; None for other files."""
    if named is not None:
        return validate_date(named["date"]), named["page"]
    return _day_and_page(PAGE_FILE.match(name) or CRAWL_FILE.match(name))


def named_page(path: Path) -> tuple[str, int] | None:
    """(date, page number) a page file's name gives (20251225-05.txt), None for other names."""
    try:
        return _day_and_page(PAGE_FILE.match(path.name))
    except PageImportError as exc:
        raise PageImportError(f"{path}: its name gives an {exc}") from None


def _day_and_page(match: re.Match[str] | None) -> tuple[str, int] | None:
    if match is None:
        return None
    day = match["day"]
    return validate_date(f"{day[:4]}-{day[4:6]}-{day[6:]}"), int(match["page"])


def _manifest(folder: Path) -> dict[str, dict]:
    """manifest.yaml: `FILE: {date: YYYY-MM-DD, page: N, name: 政协}` for files named otherwise."""
    path = folder / MANIFEST
    if not path.exists():
        return {}
    try:
        data = yaml.safe_load(read_page(path))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}:{mark.column + 1}" if mark else ""
        raise PageImportError(f"{path}{where}: not valid YAML") from None
    entries = {}
    for name, entry in (data or {}).items() if isinstance(data, dict) else [(None, None)]:
        if not isinstance(entry, dict) or type(entry.get("page")) is not int or entry["page"] < 1:
            raise PageImportError(f"{path}: each entry is `FILE: {{date: YYYY-MM-DD, page: N}}` (at {name!r})")
        entries[str(name)] = {"date": str(entry.get("date")), "page": entry["page"], "name": entry.get("name")}
    return entries


def _import_one(source: PageSource, out_dir: Path, *, paper: str | None, page_name: str | None,
                force: bool, words: Vocabulary) -> ImportReport:
    if not source.crawl:
        return run_import(source.files[0], out_dir, paper=paper, date=source.date, page=source.page,
                          page_name=page_name, force=force, words=words)
    articles, pieces, fidelity = [], [], FidelityResult()
    for order, path in enumerate(source.files, start=1):
        text = read_page(path)
        with importer_faults_named(path):
            parsed = parse_crawl_article(text, order, paper=paper, date=source.date, page=source.page,
                                         page_name=page_name, words=words)
            checked = check_fidelity(as_blocks(text), parsed)
        fidelity.total += checked.total
        fidelity.in_output += checked.in_output
        fidelity.in_report += checked.in_report
        fidelity.unaccounted += [f"{path.name}: {problem}" for problem in checked.unaccounted]
        articles += parsed.articles
        pieces += parsed.pieces
    page = ParsedPage(paper, source.date, source.page, page_name, articles=articles, pieces=pieces)
    return write_page(page, fidelity, out_dir, ", ".join(path.name for path in source.files), force,
                      raw=source.files)
