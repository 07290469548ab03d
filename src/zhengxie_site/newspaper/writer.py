"""run_import: read a raw page, parse it, write page.yaml + one Markdown file per article."""
from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
import tempfile
from pathlib import Path

from .assemble import parse_page, validate_date
from .fidelity import FidelityResult, check_fidelity
from .model import PageImportError, ParsedPage
from .output import article_filename, folder_parts, render_article, render_page_yaml
from .report import ImportReport, build_report
from .vocabulary import DEFAULT, Vocabulary


def read_page(path: Path) -> str:
    try:
        data = Path(path).read_bytes()
    except OSError as e:
        raise PageImportError(f"{path}: cannot read file ({e.strerror or e})") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise PageImportError(f"{path}: not UTF-8 text (byte {e.start})") from None


def write_atomic(path: Path, text: str | bytes) -> None:
    # temp file in the same folder + os.replace: a reader never sees half a file; a file written over
    # keeps its permissions
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(text if isinstance(text, bytes) else text.encode("utf-8"))
        if path.exists():
            os.chmod(tmp, path.stat().st_mode & 0o7777)
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def run_import(page_path: Path, out_dir: Path, *, paper: str | None, date: str | None, page: int | None,
               page_name: str | None, force: bool, words: Vocabulary = DEFAULT) -> ImportReport:
    """A page dump (text) or a page PDF: its articles, page data and report. A PDF is kept beside its
    page.yaml (the site shows it as the printed page and offers it for download)."""
    page_path = Path(page_path)
    _check_arguments(page_path, date, page)
    pdf = page_path.suffix.lower() == ".pdf"
    text = "" if pdf else read_page(page_path)
    with importer_faults_named(page_path):
        if pdf:
            from .pdf import parse_pdf_page  # only PDF imports load the PDF library
            text, parsed, _ = parse_pdf_page(page_path, paper=paper, date=date, page=page, page_name=page_name,
                                             words=words)
        else:
            parsed = parse_page(text, paper=paper, date=date, page=page, page_name=page_name, words=words)
        fidelity = check_fidelity(text, parsed)
    printed = (PDF_NAME, page_path.read_bytes()) if pdf else None
    return write_page(parsed, fidelity, out_dir, page_path.name, force, printed=printed,
                      raw=() if pdf else (page_path,))


@contextmanager
def importer_faults_named(page_path: Path) -> Iterator[None]:
    """An error of the importer's own while it reads a page (not of the page: those are PageImportErrors,
    already said) becomes a problem naming the file, so nothing is written for it and a month's other pages
    go on."""
    try:
        yield
    except PageImportError:
        raise
    except Exception as exc:
        raise PageImportError(f"{page_path}: the importer failed on this page ({type(exc).__name__}: {exc}); "
                              f"nothing was written for it. This is a fault of the importer, not of the page: "
                              f"please report it with the page's file") from exc


PDF_NAME = "page.pdf"  # a page's PDF, beside its page.yaml
SOURCES = "sources"  # beside the content folder: the raw files, as they were imported


def _check_arguments(source: Path, date: str | None, page: int | None) -> None:
    try:
        validate_date(date)
    except PageImportError as e:
        raise PageImportError(f"{source}: {e}") from None
    if page is not None and (not isinstance(page, int) or page < 1):
        raise PageImportError(f"{source}: invalid page number {page!r}")


def page_folder(out_dir: Path, parsed: ParsedPage) -> Path:
    """The page's folder under the content folder: paper / date / page."""
    return Path(out_dir).joinpath(*folder_parts(parsed))


def write_page(parsed: ParsedPage, fidelity: FidelityResult, out_dir: Path, source: str,
               force: bool, printed: tuple[str, bytes] | None = None, raw: Sequence[Path] = ()) -> ImportReport:
    """page.yaml and one file per article (and the printed page's PDF, `printed`: its name and bytes),
    none of them written when any exists (unless force). The `raw` text files are kept under `sources/`."""
    folder = page_folder(out_dir, parsed)
    files = {a.order: article_filename(a) for a in parsed.articles}
    targets: dict[Path, str | bytes] = {folder / "page.yaml": render_page_yaml(parsed, source, printed and printed[0])}
    if printed:
        targets[folder / printed[0]] = printed[1]
    for a in parsed.articles:
        targets[folder / files[a.order]] = render_article(parsed, a)
    kept = _kept_sources(raw, out_dir, parsed)
    targets.update(kept)
    report = build_report(parsed, files, fidelity, folder, source)
    # a raw file kept before, as it is, is no clash: the same page imported again
    existing = [p for p in targets if p.exists() and not (p in kept and p.read_bytes() == kept[p])]
    if existing and not force:
        report.ok = False
        report.errors.append("nothing written: these files exist (use --force to overwrite): "
                             + ", ".join(str(p) for p in existing))
        return report
    try:
        for path, content in targets.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(path, content)
            report.written.append(path)
    except OSError as e:
        raise PageImportError(f"{e.filename or folder}: cannot write ({e.strerror or e})") from None
    if existing:
        report.notes.append(f"overwrote {len(existing)} existing file(s) (--force)")
    return report


def _kept_sources(raw: Sequence[Path], out_dir: Path, parsed: ParsedPage) -> dict[Path, bytes]:
    """Where each raw file is kept, `sources/<paper>/<date>/<its name>` beside the content folder, and
    its bytes. A file read from that folder already stays where it is."""
    paper_folder, date_folder, _ = folder_parts(parsed)
    sources = Path(out_dir).parent / SOURCES
    kept = {}
    for path in raw:
        if not Path(path).resolve().is_relative_to(sources.resolve()):
            try:
                kept[sources / paper_folder / date_folder / path.name] = path.read_bytes()
            except OSError as e:
                raise PageImportError(f"{path}: cannot read file ({e.strerror or e})") from None
    return kept

