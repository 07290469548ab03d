"""content/ -> articles, printed pages and datasets, or every SourceError found (then stop)."""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from .body import with_body
from .cache import SourceCache, read_sources, trusted_before
from .config import SiteConfig
from .dates import parse_date
from .errors import SourceError, SourceErrors
from .frontmatter import Document, decode, parse, parse_yaml
from .model import Article, Colophon, Dataset, PageFile, PrintPage
from .fields import DATASET, PAGE, names, unknown_key
from .schema import article_from_document
from .slugs import SLUG_RE
from .write import digest as file_digest

PAGE_FILE = "page.yaml"
DATA_DIR = "_data"
# Editor and OS junk that is never content: .#x.md (Emacs locks), ._x.md (macOS), x.md~, .swp …
JUNK = re.compile(r"^(\..*|#.*#|.*~|.*\.(swp|swo|tmp|bak|orig)|Thumbs\.db|desktop\.ini)$")


PAGE_FILE_TYPES = (".pdf", ".jpg", ".jpeg", ".png", ".webp")  # a printed page's PDF or scan, beside page.yaml


@dataclass
class Content:
    articles: list[Article] = field(default_factory=list)
    pages: list[PrintPage] = field(default_factory=list)
    datasets: list[Dataset] = field(default_factory=list)
    page_files: list[PageFile] = field(default_factory=list)
    hidden: tuple[str, ...] = ()  # folders left out because their names start with a dot (.git, .drafts …)


@dataclass(frozen=True)
class Source:
    """One file under content/ and everything reading it depends on besides its bytes: the cache key."""

    path: str  # to read it
    shown: str  # relative to the project, for messages
    kind: str  # article | page | dataset | unexpected
    lang: str
    page_key: str | None  # the page folder an article sits in
    stem: str  # what links an article to its translations
    codes: tuple[str, ...]  # configured languages
    roles: tuple[str, ...]  # configured byline roles
    kinds: tuple[str, ...]  # configured kinds of article
    credits: tuple[str, ...]  # configured byline credits
    folders: tuple[str, ...]  # a page's folders under content/


def load_content(config: SiteConfig, cache: SourceCache | None = None, jobs: int = 1) -> Content:
    """Read every source file under the content folder; raise SourceErrors listing all problems.
    Files whose bytes are unchanged since the last build come from the cache."""
    root = config.root / config.content_dir
    if not root.is_dir():
        raise SourceErrors([SourceError(str(config.content_dir), 1, 1, "content", "content folder not found")])
    cache = cache or SourceCache()
    sources, errors, hidden = _listed(config, root, cache)
    content = Content(hidden=hidden)
    kept: dict[str, list[Any]] = {"article": content.articles, "page": content.pages, "dataset": content.datasets,
                                  "page_file": content.page_files}
    for source, (value, problems) in zip(sources, read_sources(sources, cache, jobs)):
        errors.extend(problems)
        if value is not None:
            kept[source.kind].append(value)
    content.articles, translation_errors = _link_translations(content.articles, config)
    errors.extend(translation_errors)
    errors.extend(_check_pages(content))
    if errors:
        raise SourceErrors(errors)
    return content


@dataclass(frozen=True)
class Listing:
    """The files under the content folder as a walk found them, and the folders' times then: a folder's
    time changes when a file in it is added, removed or renamed (not when one is edited in place)."""

    key: tuple  # what else the sources depend on: the content folder and the settings
    folders: dict[str, int]  # every folder walked -> its modification time (ns)
    sources: tuple[Source, ...]
    errors: tuple[SourceError, ...]
    hidden: tuple[str, ...] = ()

    def still_true(self) -> bool:
        try:
            return all(os.stat(folder).st_mtime_ns == time for folder, time in self.folders.items())
        except OSError:
            return False


def _listed(config: SiteConfig, root: Path, cache: SourceCache
            ) -> tuple[list[Source], list[SourceError], tuple[str, ...]]:
    """Every source file, walked again unless no folder changed since the last walk (serve keeps it)."""
    key = (str(root), str(config.root), config.languages, config.role_names, config.kinds, config.credits)
    listing = cache.listing
    if listing is not None and listing.key == key and listing.still_true():
        return list(listing.sources), list(listing.errors), listing.hidden
    errors: list[SourceError] = []
    folders: dict[str, int] = {}
    hidden: list[str] = []
    sources = _sources(config, root, errors, folders, hidden)
    trusted = trusted_before()  # a folder changed since then may change again within the same time stamp
    fresh = all(modified < trusted for modified in folders.values())
    cache.listing = Listing(key, folders, tuple(sources), tuple(errors), tuple(hidden)) if fresh else None
    return sources, errors, tuple(hidden)


def _sources(config: SiteConfig, root: Path, errors: list[SourceError], folders: dict[str, int],
             hidden: list[str]) -> list[Source]:
    """Every file under the content folder with what reading it depends on (paths handled as text: a
    large archive has tens of thousands of files)."""
    files = list(_walk(str(root), "", _shown(root, config.root), errors, folders, hidden))  # relative to root, path order
    page_dirs = {f.rpartition("/")[0] for f in files if f.rpartition("/")[2] == PAGE_FILE}
    codes = tuple(lang.code for lang in config.languages)
    shown_root = _shown(root, config.root)
    sources = []
    for relative in files:
        folder, _, name = relative.rpartition("/")
        kind = ("page" if name == PAGE_FILE else
                "dataset" if folder.rpartition("/")[2] == DATA_DIR and name.endswith(".yaml") else
                "article" if name.endswith(".md") else
                "page_file" if folder in page_dirs and name.lower().endswith(PAGE_FILE_TYPES) else "unexpected")
        sources.append(Source(
            path=os.path.join(root, relative), shown=f"{shown_root}/{relative}", kind=kind,
            lang=_language_of(name, codes) or config.default_language.code,
            page_key=_page_folder(folder, page_dirs) if kind == "article" else None,
            stem=_stem(relative, codes) if kind == "article" else "",
            codes=codes, roles=config.role_names, kinds=config.kinds, credits=config.credits,
            folders=tuple(folder.split("/")) if folder else ()))
    return sources


def _page_folder(folder: str, page_dirs: set[str]) -> str | None:
    """The nearest folder at or above `folder` that holds a page.yaml."""
    while True:
        if folder in page_dirs:
            return folder
        if not folder:
            return None
        folder = folder.rpartition("/")[0]


def read_source(source: Source, data: bytes) -> tuple[Any, list[SourceError]]:
    """One file's bytes -> (its value or None, its problems). Pure, so it can run in any process and its
    result can be cached by the file's bytes."""
    try:
        if source.kind == "page":
            page = _load_page(source, data)
            page.structure  # taken once here, so it is kept with the cached page
            return page, []
        if source.kind == "dataset":
            return _load_dataset(source, data), []
        if source.kind == "page_file":
            return _page_file_of(source, data)
        if source.kind == "unexpected":
            return None, [SourceError(source.shown, 1, 1, "file", "unexpected file; articles are .md, page data is "
                                      "page.yaml (with the page's PDF or scan beside it), datasets are _data/*.yaml")]
        doc = parse(source.shown, decode(source.shown, data))
        article, problems = article_from_document(doc, lang=source.lang, languages=source.codes, roles=source.roles,
                                                  page_key=source.page_key, stem=source.stem,
                                                  kinds=source.kinds, credits=source.credits)
        if article is None:
            return None, problems
        article, body_problems = with_body(article)
        article.fingerprint, article.structure  # taken once here, so they are kept with the cached article
        return article, problems + body_problems
    except SourceErrors as exc:
        return None, exc.errors


def _walk(folder: str, relative: str, shown: str, errors: list[SourceError], folders: dict[str, int],
          hidden: list[str]):
    """Files under folder, as paths relative to the content folder, each folder's entries in name order;
    each folder's time, taken before reading it, into `folders`; folders left out for their dot, into `hidden`."""
    folders[folder] = os.stat(folder).st_mtime_ns
    for entry in sorted(os.scandir(folder), key=lambda e: e.name):
        path = f"{relative}/{entry.name}" if relative else entry.name
        if JUNK.match(entry.name):
            if entry.name.startswith(".") and entry.is_dir(follow_symlinks=False):
                hidden.append(f"{shown}/{path}")
            continue
        if entry.is_symlink():
            errors.append(SourceError(f"{shown}/{path}", 1, 1, "file", "symbolic links are not allowed under content/"))
        elif entry.is_dir():
            yield from _walk(entry.path, path, shown, errors, folders, hidden)
        elif entry.is_file():
            yield path
        else:
            errors.append(SourceError(f"{shown}/{path}", 1, 1, "file", "special file (a device, pipe or socket): only "
                                      "plain files and folders are allowed under content/"))


def _shown(path: Path, project: Path) -> str:
    try:
        return path.relative_to(project).as_posix()
    except ValueError:
        return path.as_posix()


def _language_of(name: str, codes: tuple[str, ...]) -> str | None:
    """`x.en.md` is English; `x.md` is in the default language."""
    parts = name.split(".")
    return parts[-2] if len(parts) >= 3 and parts[-2] in codes else None


def _stem(relative: str, codes: tuple[str, ...]) -> str:
    """The file path shared by an article and its translations."""
    name = relative[: -len(".md")]
    folder, _, base = name.rpartition("/")
    if "." in base and base.rsplit(".", 1)[1] in codes:
        name = name.rsplit(".", 1)[0]
    return name


def _link_translations(articles: list[Article], config: SiteConfig) -> tuple[list[Article], list[SourceError]]:
    """A translation shares its original's key and slug unless it says otherwise; no URL twice."""
    default = config.default_language.code
    originals = {a.stem: a for a in articles if a.lang == default}
    linked = []
    for article in articles:
        original = originals.get(article.stem)
        if article.lang != default and original:
            article = replace(article, translation_key=article.translation_key or original.key,
                              slug=article.slug if article.slug_given else original.slug)
        linked.append(article)
    errors = []
    seen: dict[tuple[str, str], Article] = {}
    keys: dict[tuple[str, str], Article] = {}
    for article in sorted(linked, key=lambda a: a.source):
        other = seen.setdefault((article.lang, article.slug), article)
        if other is not article:
            errors.append(SourceError(article.source, *article.where("slug"), "slug", f"{article.slug!r} is already used by {other.source}; set a different slug"))
        twin = keys.setdefault((article.lang, article.key), article)
        if twin is not article and other is article:
            errors.append(SourceError(article.source, *article.where("translation_key"), "translation_key", f"{article.key!r} in {article.lang} is already used by {twin.source}"))
    original_keys = {a.key for a in linked if a.lang == default}
    for article in linked:  # a translation of an original says which version of it it translates
        if article.lang != default and article.translation is None and article.key in original_keys:
            errors.append(SourceError(article.source, *article.where("title"), "translation",
                                      "missing: a translation says what it translates, translation: {of: HASH} "
                                      "(zhengxie-site check --translations prints the hash)"))
    for article in linked:  # x.en.md alone: a translation whose original is missing, unless it says it is one
        if article.lang != default and article.translation is None and article.key not in original_keys \
                and "lang" not in article.lines[::3] and "." in article.source.rsplit("/", 1)[-1][:-3]:
            errors.append(SourceError(article.source, *article.where("title"), "lang",
                                      f"no original {article.source.rsplit('.', 2)[0]}.md for this {article.lang} file: "
                                      f"add the original, or write lang: {article.lang} to publish it as an original"))
    for article in linked:  # says it translates, but there is nothing it could translate
        if article.lang != default and article.translation is not None and article.key not in original_keys:
            errors.append(SourceError(article.source, *article.where("translation"), "translation",
                                      f"translates nothing: there is no {article.source.rsplit('.', 2)[0]}.md, nor an original with "
                                      f"translation_key {article.key!r}"))
    return linked, errors


def _check_pages(content: Content) -> list[SourceError]:
    """An article's edition, where written, must agree with its page.yaml; a page's PDF or scan is there
    and named by it."""
    pages = {p.key: p for p in content.pages}
    errors = _check_page_files(content, pages)
    for article in content.articles:
        page = pages.get(article.page_key or "")
        if page:
            errors += _disagreements(article, page)
    errors += _check_datasets(content)
    return errors


def _disagreements(article: Article, page: PrintPage) -> list[SourceError]:
    """What an article says of where it was printed, against its page.yaml: the page's word stands."""
    errors = []
    edition = article.edition
    printed = (("paper", edition.paper, page.paper), ("date", edition.date, page.date.iso() if page.date else None),
               ("page", edition.page, page.number), ("page_name", edition.page_name, page.name)) if edition else ()
    for name, said, page_says in printed:
        if said is not None and page_says is not None and said != page_says:
            errors.append(SourceError(article.source, *article.where("edition"), f"edition.{name}",
                                      f"{said!r} differs from {page.source} ({page_says!r})"))
    if article.section and page.sections and article.section not in page.sections:
        errors.append(SourceError(article.source, *article.where("section"), "section",
                                  f"{article.section!r} is not among the sections {page.source} lists "
                                  f"({', '.join(page.sections)}); add it there or correct it here"))
    return errors


def _check_datasets(content: Content) -> list[SourceError]:
    errors = []
    names = {d.key for d in content.datasets}
    originals = {d.key: d for d in content.datasets if not d.translation}
    for dataset in content.datasets:
        original = originals.get(dataset.key)
        if dataset.translation and original is None:
            errors.append(SourceError(dataset.source, 1, 1, "dataset", f"translates {dataset.key}.yaml, which does not exist"))
        elif dataset.translation and original is not None and (original.columns != dataset.columns or len(original.rows) != len(dataset.rows)):
            errors.append(SourceError(dataset.source, 1, 1, "rows", f"must have the same columns and number of rows as {original.source}"))
    for article in content.articles:
        if article.dataset and article.dataset not in names:
            errors.append(SourceError(article.source, *article.where("dataset"), "dataset", f"no dataset {article.dataset!r} in content/{DATA_DIR}/"))
    slugs = {a.slug for a in content.articles}
    for dataset in content.datasets:
        if dataset.article and dataset.article not in slugs:
            errors.append(SourceError(dataset.source, *dataset.article_at, "article",
                                      f"no article has the slug {dataset.article!r}"))
    return errors


def _load_page(source: Source, raw: bytes) -> PrintPage:
    shown = source.shown
    data, positions = parse_yaml(shown, decode(shown, raw))
    doc = Document(shown, data if isinstance(data, dict) else {}, positions)
    errors = []
    if not isinstance(data, dict):
        raise SourceErrors([SourceError(shown, 1, 1, "page", "must be a mapping with paper, date, page, name, colophon")])
    errors += [doc.error((key,), unknown_key(str(key), PAGE)) for key in sorted(set(data) - names(PAGE), key=str)]
    folders = source.folders
    if len(folders) != 3 or not all(SLUG_RE.match(f) for f in folders):
        errors.append(SourceError(shown, 1, 1, "folder", "a page lives in content/<paper>/<edition>/<page>/ and those "
                                  "folder names become its URL: lowercase letters, digits and hyphens "
                                  "(e.g. yun-nan-ri-bao/2022-03-25/p05)"))
    paper = data.get("paper")
    if not isinstance(paper, str) or not paper.strip():
        errors.append(doc.error(("paper",), "required: the paper's name, e.g. 云南日报"))
    date = None
    if data.get("date") is not None:
        try:
            date = parse_date(str(data["date"]))
        except ValueError as exc:
            errors.append(doc.error(("date",), str(exc)))
    number = data.get("page")
    if number is not None and (isinstance(number, bool) or not isinstance(number, int) or number < 1):
        errors.append(doc.error(("page",), "expected the page number, a whole number of 1 or more"))
    colophon = data.get("colophon")
    partners = colophon.get("partners") if isinstance(colophon, dict) else None
    if colophon is not None and not (isinstance(colophon, dict) and isinstance(colophon.get("text"), str)
                                     and (partners is None or isinstance(partners, list)
                                          and all(isinstance(p, str) for p in partners))):
        errors.append(doc.error(("colophon",), "expected a mapping with text and partners, e.g. {text: 本版由 A B 合办, "
                                "partners: [A, B]}"))
        colophon = None
    if data.get("name") is not None and not isinstance(data["name"], (str, int)):
        errors.append(doc.error(("name",), "expected the page's name as printed, e.g. 政协"))
    sections = data.get("sections") or []
    if not isinstance(sections, list) or not all(isinstance(s, str) for s in sections):
        errors.append(doc.error(("sections",), "expected a list of section labels"))
        sections = []
    staff = data.get("staff")
    if staff is not None and not isinstance(staff, str):
        errors.append(doc.error(("staff",), "expected the staff line as printed, e.g. 责任编辑：李明"))
        staff = None
    pdf, image = _page_file(doc, data, "pdf", (".pdf",), errors), _page_file(doc, data, "image", PAGE_FILE_TYPES[1:], errors)
    if errors:
        raise SourceErrors(errors)
    assert isinstance(paper, str)  # else it is among the errors
    known = {"paper", "date", "page", "name", "colophon", "sections", "staff", "pdf", "image"}
    return PrintPage(
        key="/".join(folders), source=shown, paper=paper.strip(), date=date,
        number=number, name=data.get("name"),
        colophon=Colophon(colophon["text"], tuple(colophon.get("partners") or ())) if colophon else None,
        sections=tuple(sections), staff=staff, pdf=pdf, image=image,
        extra={k: v for k, v in data.items() if k not in known})


def _page_file(doc: Document, data: dict, key: str, types: tuple[str, ...], errors: list) -> str | None:
    """`pdf: page.pdf` / `image: scan.jpg`: a file in the page's own folder."""
    value = data.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or "/" in value or "\\" in value or value.startswith(".") \
            or not value.lower().endswith(types):
        errors.append(doc.error((key,), f"expected the name of a {' or '.join(types)} file in the page's folder"))
        return None
    return value


def _page_file_of(source: Source, data: bytes) -> tuple[PageFile | None, list[SourceError]]:
    """A page's PDF or scan: its digest and shape (the page view sizes its image by it)."""
    from .pageimages import measure

    try:
        width, height = measure(source.path, data)
    except Exception as exc:  # PDFium and Pillow raise their own types for a damaged file
        what = "a PDF" if source.path.lower().endswith(".pdf") else "an image"
        return None, [SourceError(source.shown, 1, 1, "file", f"cannot be read as {what} ({type(exc).__name__})")]
    return PageFile("/".join(source.folders), os.path.basename(source.path), source.shown, file_digest(data),
                    width, height), []


def _check_page_files(content: Content, pages: dict[str, PrintPage]) -> list[SourceError]:
    errors = []
    found = {(f.page_key, f.name) for f in content.page_files}
    for page in content.pages:
        for field_name, name in (("pdf", page.pdf), ("image", page.image)):
            if name and (page.key, name) not in found:
                errors.append(SourceError(page.source, 1, 1, field_name, f"{name!r} is not in the page's folder"))
    for f in content.page_files:
        owner = pages.get(f.page_key)
        if owner is not None and f.name not in (owner.pdf, owner.image):
            errors.append(SourceError(f.source, 1, 1, "file", f"the page's {owner.source} does not name this file; "
                                      f"add `pdf: {f.name}` or `image: {f.name}` to it, or remove the file"))
    return errors


def _group_order_errors(doc: Document, order: Any, group_by: Any, rows: list) -> list[SourceError]:
    """`group_order` lists values of the `group_by` column, each once: a misspelt one would silently go last."""
    if order is None:
        return []
    if group_by is None:
        return [doc.error(("group_order",), "orders the groups of `group_by`, which this file does not set")]
    if not isinstance(order, list):
        return [doc.error(("group_order",), "expected a list of values of the column " + str(group_by))]
    values = {str(row.get(group_by)) for row in rows if isinstance(row, dict)}
    errors, seen = [], set()
    for i, value in enumerate(order):
        if str(value) not in values:
            errors.append(doc.error(("group_order", i), f"{value!r} is no value of the column {group_by}"))
        elif str(value) in seen:
            errors.append(doc.error(("group_order", i), f"{value!r} is listed twice"))
        seen.add(str(value))
    return errors


def _load_dataset(source: Source, raw: bytes) -> Dataset:
    """`_data/NAME.yaml`, or its translation `_data/NAME.<lang>.yaml` with the same rows translated."""
    shown, lang, path = source.shown, source.lang, Path(source.path)
    data, positions = parse_yaml(shown, decode(shown, raw))
    doc = Document(shown, data if isinstance(data, dict) else {}, positions)
    if not isinstance(data, dict):
        raise SourceErrors([SourceError(shown, 1, 1, "dataset", "must be a mapping with title, columns and rows")])
    errors = [doc.error((key,), unknown_key(str(key), DATASET)) for key in sorted(set(data) - names(DATASET), key=str)]
    columns, rows = data.get("columns"), data.get("rows")
    if not isinstance(data.get("title"), str):
        errors.append(doc.error(("title",), "required text"))
    if not isinstance(columns, list) or not all(isinstance(c, str) for c in columns):
        errors.append(doc.error(("columns",), "expected a list of column names"))
        columns = []
    if not isinstance(rows, list):
        errors.append(doc.error(("rows",), "expected a list of rows"))
        rows = []
    for i, row in enumerate(rows):
        if not isinstance(row, dict):
            errors.append(doc.error(("rows", i), "expected a mapping of column: value"))
        elif missing := [c for c in columns if c not in row]:
            errors.append(doc.error(("rows", i), f"missing {', '.join(missing)}"))
        elif extra := [k for k in row if k not in columns]:
            errors.append(doc.error(("rows", i, extra[0]), f"not a column; columns are {', '.join(columns)}"))
    group_by = data.get("group_by")
    if group_by is not None and group_by not in columns:
        errors.append(doc.error(("group_by",), f"not a column; columns are {', '.join(map(str, columns))}"))
    errors += _group_order_errors(doc, data.get("group_order"), group_by, rows)
    if errors:
        raise SourceErrors(errors)
    known = {"title", "columns", "rows", "article"}
    key = path.stem.rsplit(".", 1)[0] if path.stem.endswith(f".{lang}") else path.stem
    if not SLUG_RE.match(key):
        raise SourceErrors([SourceError(shown, 1, 1, "file", "a dataset's file name becomes its URL: lowercase "
                                        "letters, digits and hyphens (e.g. innovation-cases-2021.yaml)")])
    return Dataset(key=key, source=shown, title=data["title"], columns=tuple(columns), rows=tuple(rows),
                   article=data.get("article"), article_at=positions.get(("article",), (1, 1)), lang=lang,
                   translation=key != path.stem,
                   extra={k: v for k, v in data.items() if k not in known})
