"""Read a page PDF's text layer (characters with their size and place) and its pictures with pdfplumber."""
from __future__ import annotations

from pathlib import Path

from ..model import PageImportError
from .layout import Char, PdfText, page_text, Rules
from .order import Rect


def read_pdf(path: Path) -> PdfText:
    """The first page of a page PDF as blocks in reading order. A PDF without a text layer (a scan) gives
    no blocks; a file that is no PDF is an error naming it."""
    import pdfplumber  # imported here: only PDF imports pay for it
    try:
        with pdfplumber.open(path) as pdf:
            if not pdf.pages:
                raise PageImportError(f"{path}: the PDF has no pages")
            if len(pdf.pages) > 1:
                raise PageImportError(f"{path}: {len(pdf.pages)} pages in one file; give one PDF per printed page")
            page = pdf.pages[0]
            chars = [Char(c["text"], float(c["size"]), float(c["x0"]), float(c["top"]), float(c["x1"]),
                          float(c["bottom"])) for c in page.chars if c.get("text")]
            return page_text(chars, float(page.width), float(page.height), _pictures(page), _rules(page))
    except PageImportError:
        raise
    except OSError as exc:
        raise PageImportError(f"{path}: cannot read file ({exc.strerror or exc})") from None
    except Exception as exc:  # pdfminer raises many types for a damaged or foreign file
        raise PageImportError(f"{path}: not a readable PDF ({type(exc).__name__}: {exc})") from None


def _pictures(page) -> tuple[Rect, ...]:
    """Photos and filled boxes big enough to be a picture (not rules or hairlines)."""
    found = [Rect(float(i["x0"]), float(i["top"]), float(i["x1"]), float(i["bottom"])) for i in page.images]
    for r in page.rects:
        if r.get("fill") and float(r["width"]) > 36 and float(r["height"]) > 36:
            found.append(Rect(float(r["x0"]), float(r["top"]), float(r["x1"]), float(r["bottom"])))
    return tuple(found)


def _rules(page) -> Rules:
    """Thin lines (drawn as lines or as hairline rectangles) a page is divided with."""
    found = [Rect(float(o["x0"]), float(o["top"]), float(o["x1"]), float(o["bottom"])) for o in page.lines]
    found += [Rect(float(r["x0"]), float(r["top"]), float(r["x1"]), float(r["bottom"])) for r in page.rects
              if min(float(r["width"]), float(r["height"])) <= 2]
    vertical = tuple(r for r in found if r.bottom - r.top > 3 * (r.x1 - r.x0) and r.bottom - r.top > 12)
    horizontal = tuple(r for r in found if r.x1 - r.x0 > 3 * (r.bottom - r.top) and r.x1 - r.x0 > 12)
    return Rules(vertical, horizontal)
