"""Page PDFs: the text layer read in reading order with type sizes, and each article's place on the page."""
from __future__ import annotations

from pathlib import Path

from ..assemble import parse_page
from ..model import ParsedPage
from ..vocabulary import DEFAULT, Vocabulary
from .layout import PdfText
from .read import read_pdf
from .regions import article_regions, Region


def parse_pdf_page(path: Path, paper: str | None = None, date: str | None = None, page: int | None = None,
                   page_name: str | None = None, words: Vocabulary = DEFAULT) -> tuple[str, ParsedPage, PdfText]:
    """(the page's text as the importer read it, the parsed page with each article's regions, the layout).
    The text is what the fidelity check accounts for, character by character."""
    pdf = read_pdf(Path(path))
    text = "\n\n".join(block.text for block in pdf.blocks) + ("\n" if pdf.blocks else "")
    parsed = parse_page(text, paper=paper, date=date, page=page, page_name=page_name,
                        sizes=[block.size for block in pdf.blocks], words=words)
    for order, regions in article_regions(parsed, pdf).items():
        parsed.articles[order - 1].regions = [list(r) for r in regions]
    if pdf.folio:
        parsed.page_notes.append(f"running head left out of the articles: {pdf.folio}")
    if not pdf.blocks:
        parsed.page_notes.append("the PDF has no text layer (a scan): page images only, no articles; "
                                 "write the articles by hand and draw their regions")
    return text, parsed, pdf


__all__ = ["parse_pdf_page", "read_pdf", "PdfText", "Region"]
