"""tests/pdfpages.py: the pages it lays out hold exactly the articles it says, where it says."""
from __future__ import annotations

from collections import Counter
from itertools import combinations
from pathlib import Path
from typing import NamedTuple

import pdfplumber
import pypdfium2 as pdfium
import pytest

from pdfpages import (FOLIO_BOTTOM, LAYOUTS, PAGE_SIZE, SIZES, TrueArticle, make_page_pdf,
                      make_scanned_pdf, page_size)

TOL = 0.05  # pt


class Page(NamedTuple):
    layout: str
    path: Path
    articles: list[TrueArticle]
    chars: list[dict]                                   # pdfplumber's chars, size rounded
    shapes: list[tuple[float, float, float, float]]     # rules and filled rectangles (x0, top, x1, bottom)
    size: tuple[float, float]
    count: int                                          # pages in the file


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> dict[str, Page]:
    folder = tmp_path_factory.mktemp("pdfpages")
    out = {}
    for layout in LAYOUTS:
        path = folder / f"{layout}.pdf"
        articles = make_page_pdf(path, layout)
        with pdfplumber.open(path) as pdf:
            page = pdf.pages[0]
            chars = [{**{k: c[k] for k in ("text", "x0", "x1", "top", "bottom")}, "size": round(c["size"], 2)}
                     for c in page.chars]
            shapes = [(g["x0"], g["top"], g["x1"], g["bottom"]) for g in page.lines + page.rects]
            out[layout] = Page(layout, path, articles, chars, shapes, (page.width, page.height),
                               len(pdf.pages))
    return out


@pytest.fixture(params=LAYOUTS)
def page(request, pages):
    return pages[request.param]


def _pt(box, size):
    """A box given as fractions of the page, in pt on a page of the given size."""
    (x, y, w, h), (W, H) = box, size
    return x * W, y * H, (x + w) * W, (y + h) * H


def _inside(c, box, size, tol=TOL):
    x0, y0, x1, y1 = _pt(box, size)
    return c["x0"] >= x0 - tol and c["x1"] <= x1 + tol and c["top"] >= y0 - tol and c["bottom"] <= y1 + tol


def _centre_in(c, box, size):
    x0, y0, x1, y1 = _pt(box, size)
    cx, cy = (c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2
    return x0 <= cx <= x1 and y0 <= cy <= y1


def _chars_of(article, chars, size):
    return [c for c in chars if any(_centre_in(c, b, size) for b in article.boxes)]


def _captions(article):
    """Every caption and credit printed for the article's photos."""
    return (article.caption, article.credit, *(s for photo in article.more_photos for s in photo))


def _squeeze(*texts):
    return "".join(t for t in texts if t).replace(" ", "")


def _read(chars):
    """Text of chars in reading order: by line, then along the line."""
    return "".join(c["text"] for c in sorted(chars, key=lambda c: (round(c["top"], 1), c["x0"])))


def test_layouts_are_named():
    assert len(LAYOUTS) >= 3 and len(set(LAYOUTS)) == len(LAYOUTS)


def test_unknown_layout_is_refused(tmp_path):
    with pytest.raises(ValueError, match="unknown layout"):
        make_page_pdf(tmp_path / "x.pdf", "no-such-layout")
    with pytest.raises(ValueError, match="unknown layout"):
        page_size("no-such-layout")


def test_pdf_is_one_page_of_the_page_size(page):
    assert page.path.exists() and page.path.read_bytes().startswith(b"%PDF")
    assert page.count == 1 and page.size == pytest.approx(page_size(page.layout))
    assert page.size == pytest.approx(PAGE_SIZE) or page.layout.startswith("tabloid")
    assert 3 <= len(page.articles) <= 9
    assert all(isinstance(a, TrueArticle) for a in page.articles)


def test_every_headline_is_on_the_page_at_headline_size(page):
    articles, chars = page.articles, page.chars
    big = [c for c in chars if 18 <= c["size"] <= 28]
    assert big, "no headline-size text"
    for a in articles:
        mine = [c for c in big if any(_inside(c, b, page.size) for b in a.boxes)]
        assert _read(mine) == _squeeze(a.headline), a.headline
    assert len(big) == sum(len(_squeeze(a.headline)) for a in articles)


def test_boxes_lie_in_the_page_and_do_not_overlap(page):
    articles = page.articles
    boxes = [b for a in articles for b in a.boxes]
    for x, y, w, h in boxes:
        assert 0 <= x and 0 <= y and w > 0 and h > 0 and x + w <= 1 and y + h <= 1
    for b1, b2 in combinations(boxes, 2):
        a0, a1, a2, a3 = _pt(b1, page.size)
        c0, c1, c2, c3 = _pt(b2, page.size)
        assert a2 <= c0 or c2 <= a0 or a3 <= c1 or c3 <= a1, (b1, b2)


def test_every_printed_char_is_in_its_article_box(page):
    """Below the folio every glyph belongs to exactly one article, lies wholly inside its box,
    and each article's boxes hold exactly the characters of its strings."""
    articles, chars = page.articles, page.chars
    body = [c for c in chars if c["top"] >= FOLIO_BOTTOM]
    for c in body:
        owners = [a for a in articles if any(_centre_in(c, b, page.size) for b in a.boxes)]
        assert len(owners) == 1, (c, [a.headline for a in owners])
        assert any(_inside(c, b, page.size) for b in owners[0].boxes), c
    for a in articles:
        printed = Counter(c["text"] for c in _chars_of(a, body, page.size))
        truth = Counter(_squeeze(a.section, a.kicker, a.headline, a.subheadline, a.byline,
                                 *a.paragraphs, *_captions(a)))
        assert printed == truth, a.headline


def test_type_sizes_tell_the_parts_apart(page):
    articles, chars = page.articles, page.chars
    for a in articles:
        mine = _chars_of(a, chars, page.size)
        by_size = lambda lo, hi: Counter(c["text"] for c in mine if lo <= c["size"] <= hi)
        assert by_size(12, 15) == Counter(_squeeze(a.section, a.kicker, a.subheadline))
        assert by_size(9.75, 10.5) == Counter(_squeeze(a.byline))
        assert by_size(9, 9.5) == Counter(_squeeze(*a.paragraphs))
        assert by_size(8.5, 8.9) == Counter(_squeeze(*_captions(a)))
        head = {c["size"] for c in mine if c["size"] >= 18}
        assert len(head) == 1 and 18 <= head.pop() <= 28
    assert SIZES["body"] < SIZES["subheadline"] < SIZES["kicker"] < SIZES["headline_small"] \
        < SIZES["headline_brief"]


def test_body_reads_in_order_column_by_column(page):
    """Body lines, read down each column and then the next, give the paragraphs as printed,
    and every paragraph (no other line) starts with a two-character indent."""
    articles, chars = page.articles, page.chars
    for a in articles:
        body = [c for c in _chars_of(a, chars, page.size) if c["size"] == SIZES["body"]]
        if not a.paragraphs:
            assert not body
            continue
        columns = []  # x ranges covered by body glyphs (less the letter spacing of justified
        for x0, x1 in sorted((c["x0"], c["x1"]) for c in body):  # lines): gutters are never inked
            if columns and x0 <= columns[-1][1] + 0.5 * SIZES["body"]:
                columns[-1][1] = max(columns[-1][1], x1)
            else:
                columns.append([x0, x1])
        column = lambda c: next(k for k, (x0, x1) in enumerate(columns) if x0 - 0.1 <= c["x0"] <= x1)
        ordered = sorted(body, key=lambda c: (column(c), round(c["top"], 1), c["x0"]))
        assert "".join(c["text"] for c in ordered) == _squeeze(*a.paragraphs), a.headline
        line_starts = {}
        for c in ordered:
            line_starts.setdefault((column(c), round(c["top"], 1)), c)
        indented = [c for c in line_starts.values()
                    if abs(c["x0"] - columns[column(c)][0] - 2 * SIZES["body"]) < 0.1]
        assert len(indented) == len(a.paragraphs), a.headline


def test_rules_and_photos_are_inside_one_article_or_between_articles(page):
    """A photo or a section label's box and rule lie inside their article's box; the rules
    between articles touch no box."""
    boxes = [_pt(b, page.size) for a in page.articles for b in a.boxes]
    assert page.shapes
    for gx0, gy0, gx1, gy1 in page.shapes:
        inside = [b for b in boxes if b[0] - TOL <= gx0 and gx1 <= b[2] + TOL
                  and b[1] - TOL <= gy0 and gy1 <= b[3] + TOL]
        touching = [b for b in boxes if gx0 < b[2] and b[0] < gx1 and gy0 < b[3] and b[1] < gy1]
        assert len(inside) == len(touching) <= 1, (gx0, gy0, gx1, gy1)


def test_text_stays_inside_the_margins(page):
    chars, (W, H) = page.chars, page.size
    assert min(c["x0"] for c in chars) >= 36 and max(c["x1"] for c in chars) <= W - 36
    assert min(c["top"] for c in chars) >= 24 and max(c["bottom"] for c in chars) <= H - 36


def _dated(a):
    return bool(a.paragraphs) and a.paragraphs[0].startswith("本报讯（记者")


def _rules_between_articles(page):
    """Rules and rectangles below the folio that lie in no article's box."""
    boxes = [_pt(b, page.size) for a in page.articles for b in a.boxes]
    return [s for s in page.shapes if s[1] >= FOLIO_BOTTOM and not any(
        b[0] - TOL <= s[0] and s[2] <= b[2] + TOL and b[1] - TOL <= s[1] and s[3] <= b[3] + TOL
        for b in boxes)]


def test_the_pages_have_the_kinds_of_article_promised(pages):
    every = [a for p in pages.values() for a in p.articles]
    for articles in (p.articles for p in pages.values()):
        assert any(a.section for a in articles)
        assert any(a.caption and a.credit for a in articles)                      # a photo
        assert any(_dated(a) for a in articles)
        lead = articles[0]                    # credited in a byline, or in a brief's dateline
        assert lead.kicker and lead.subheadline and (lead.byline or _dated(lead))
    photo_news = {p.layout for p in pages.values()
                  if any(a.caption and a.credit and not a.paragraphs for a in p.articles)}
    assert set(LAYOUTS) - photo_news == {"magazine-feature-two-photos"}   # one feature, two briefs
    assert any(a.kicker and not a.subheadline for a in every)
    assert any(a.subheadline and a.subheadline.startswith("——") and not a.kicker for a in every)
    assert any(len(a.boxes) == 2 for a in every)                                   # L-shaped
    assert any(a.more_photos and all(c and r for c, r in a.more_photos) for a in every)  # two photos
    assert any(len(p.articles) >= 8 for p in pages.values())                        # a page of briefs
    assert any(p.size != pytest.approx(PAGE_SIZE) for p in pages.values())          # a tabloid
    white_space_only = {p.layout for p in pages.values() if not _rules_between_articles(p)}
    assert white_space_only == {"tabloid-six-columns"}


def test_every_string_is_distinct(pages):
    strings = [s for p in pages.values() for a in p.articles
               for s in (a.kicker, a.headline, a.subheadline, a.byline, *a.paragraphs, a.caption, a.credit)
               if s]
    assert len(strings) == len(set(strings))


def test_output_is_deterministic(tmp_path, pages):
    for layout in reversed(LAYOUTS):    # another order than the fixture's: nothing leaks between pages
        truth = make_page_pdf(tmp_path / "again.pdf", layout)
        assert (tmp_path / "again.pdf").read_bytes() == pages[layout].path.read_bytes(), layout
        assert truth == pages[layout].articles


def test_scanned_page_is_an_image_without_text(tmp_path):
    path = tmp_path / "scan.pdf"
    make_scanned_pdf(path)
    with pdfplumber.open(path) as pdf:
        assert len(pdf.pages) == 1
        assert pdf.pages[0].chars == [] and (pdf.pages[0].extract_text() or "").strip() == ""
        assert len(pdf.pages[0].images) == 1
    doc = pdfium.PdfDocument(path)
    try:
        image = doc[0].render(scale=0.5).to_pil().convert("L")
    finally:
        doc.close()
    dark = sum(image.histogram()[:128])
    assert image.getextrema()[0] < 64 and 0.01 < dark / (image.width * image.height) < 0.5
