"""Page PDFs laid out with known articles (tests/pdfpages.py): every article found, its headline roles
from type size, its text in reading order, and its region on the page where it was printed."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from zhengxie_site.newspaper import check_fidelity, PageImportError
from zhengxie_site.newspaper.pdf import parse_pdf_page
from zhengxie_site.newspaper.pdf.order import Rect, reading_order

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
import pdfpages  # noqa: E402  (the test pages' layout, beside the tests)


def overlap(got: list, want: tuple, grid: int = 400) -> float:
    """Intersection over union of two sets of (x, y, w, h) rectangles, on a grid of the page."""
    def cells(rects) -> set[tuple[int, int]]:
        out = set()
        for x, y, w, h in rects:
            out |= {(i, j) for i in range(int(x * grid), int((x + w) * grid) + 1)
                    for j in range(int(y * grid), int((y + h) * grid) + 1)}
        return out
    a, b = cells(got), cells(want)
    return len(a & b) / len(a | b)


@pytest.fixture(scope="module", params=pdfpages.LAYOUTS)
def laid_out(request, tmp_path_factory):
    path = tmp_path_factory.mktemp("pdf") / f"{request.param}.pdf"
    truth = pdfpages.make_page_pdf(path, request.param)
    text, parsed, pdf = parse_pdf_page(path, paper="云南日报")
    return truth, text, parsed, pdf


def pairs(truth, parsed):
    """Each true article with the one read under its headline."""
    by_title = {a.title: a for a in parsed.articles}
    return [(by_title[t.headline], t) for t in truth]


def test_every_article_is_found_with_its_headline_roles_from_type_size(laid_out):
    truth, _, parsed, _ = laid_out
    assert sorted(a.title for a in parsed.articles) == sorted(t.headline for t in truth)
    for got, want in pairs(truth, parsed):
        assert (got.kicker, got.subtitle) == (want.kicker, want.subheadline), want.headline
        assert not any(n.startswith(("kicker/", "headline/")) for n in got.notes)  # sizes, not guesses


def test_each_articles_region_covers_where_it_was_printed(laid_out):
    truth, _, parsed, _ = laid_out
    for got, want in pairs(truth, parsed):
        assert overlap(got.regions, want.boxes) >= 0.8, want.headline
        assert all(0 <= x and 0 <= y and x + w <= 1.0001 and y + h <= 1.0001 for x, y, w, h in got.regions)


def test_text_is_read_column_after_column_with_paragraphs_rejoined_across_column_breaks(laid_out):
    truth, _, parsed, _ = laid_out
    for got, want in pairs(truth, parsed):
        printed = "".join(want.paragraphs)
        body = "".join(got.paragraphs)
        if got.kind == "photo":  # a photo item's text is its caption
            assert body == want.caption
            continue
        assert printed.endswith(body) and len(printed) - len(body) < 30, want.headline  # less the dateline


def test_bylines_captions_and_credits(laid_out):
    truth, _, parsed, _ = laid_out
    for got, want in pairs(truth, parsed):
        names = {p["name"] for p in got.bylines}
        for token in (want.byline or "").split():
            if 2 <= len(token) <= 3 and token not in ("记者", "通讯员", "实习生"):
                assert token in names, (want.headline, token)
        photos = ([(want.caption, want.credit)] if want.caption else []) + list(getattr(want, "more_photos", ()))
        assert [(f["caption"], f.get("credit")) for f in got.figures] == photos, want.headline


def test_every_character_is_accounted_for_and_the_running_head_is_page_data(laid_out):
    _, text, parsed, pdf = laid_out
    assert check_fidelity(text, parsed).ok
    assert pdf.folio and any(note.startswith("running head") for note in parsed.page_notes)
    assert pdf.folio.split()[0] not in text  # the date line is not an article


def test_a_scan_without_a_text_layer_has_no_articles_and_says_so(tmp_path):
    path = tmp_path / "scan.pdf"
    pdfpages.make_scanned_pdf(path)
    text, parsed, pdf = parse_pdf_page(path)
    assert parsed.articles == [] and pdf.blocks == () and text == ""
    assert any("no text layer" in note for note in parsed.page_notes)


def test_a_file_that_is_no_pdf_is_an_error_naming_it(tmp_path):
    path = tmp_path / "page.pdf"
    path.write_text("not a pdf", encoding="utf-8")
    with pytest.raises(PageImportError, match="page.pdf: not a readable PDF"):
        parse_pdf_page(path)


def test_reading_order_reads_rows_of_articles_then_columns_and_a_headline_before_its_columns():
    #   headline (narrow, centred)          | side
    #   col A        col B                  | side text
    rects = [Rect(120, 0, 280, 30), Rect(0, 40, 190, 200), Rect(210, 40, 400, 200),
             Rect(420, 0, 600, 20), Rect(420, 30, 600, 200)]
    assert reading_order(rects, [True, False, False, True, False]) == [0, 1, 2, 3, 4]
