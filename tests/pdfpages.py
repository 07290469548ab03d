"""Printed newspaper pages as PDF files whose structure is known, for testing a PDF importer.

make_page_pdf(path, layout) sets one page of a provincial daily's 政协 page in one of LAYOUTS
and returns the truth about it: every article's kicker, headline, subheadline, byline, body
paragraphs, photo captions and credits, section label, and the region(s) of the page it
occupies. Pages are A3 broadsheets (842 x 1191 pt, PAGE_SIZE) but for "tabloid-six-columns",
an A4-sized tabloid (595 x 842 pt); page_size(layout) tells. make_scanned_pdf(path) writes a
page that is only a picture (no text layer).

How a page is set, like a real Chinese broadsheet:
  * one font, STSong-Light (a CID font every PDF reader knows; pdfplumber extracts Unicode);
  * type sizes: headline 18-28 pt, kicker and subheadline 13-14 pt, section label 12 pt (white
    on a small filled box, with a rule under it across the article), byline 10.5 pt, body 9.5 pt
    with a two-character first-line indent and 1.5 line spacing, caption and credit 8.5 pt;
  * every article in its own rectangle: kicker, headline and subheadline centred over its whole
    width, the byline on a line of its own at the left, the body flowing top to bottom through
    1-4 columns (gutter 14 pt, about 1.5 characters; on the tabloid 11.4 pt, 1.2 characters,
    like the gutters between its articles), lines broken between any two characters
    (not before closing punctuation, not after opening punctuation, not inside a run of
    latin letters or digits) and justified except a paragraph's last line; a space (between
    the names of a byline or credit, in a dateline) is a gap of one em, half an em in the body,
    and nothing is drawn for it (pdfplumber's extract_text gives it back as a space);
  * a photo is a grey rectangle at the top of one or more body columns (or, in a long feature,
    in the middle of one, the body running on under it), its caption under it and the credit
    line (right-aligned) after the caption;
  * articles are 14 pt apart side by side and 16 pt apart one above the other, with thin rules
    in the middle of the gaps (a feature may also have rules between its own body columns);
    the tabloid has no rules at all between its articles, only white space (gutters of 11.4 pt,
    14 pt one above the other);
  * a folio above the articles (date, page name, page number, editors) under a double rule;
    it belongs to no article.

The truth: a paragraph is printed as given unless the article's rectangle is full, in which
case the article ends at the last sentence that fits; TrueArticle.paragraphs holds what was
printed. A section label belongs to the one article printed directly under it (briefs under a
简讯-style label that the reader would also file under it have section None). The
article's boxes enclose every glyph box (pdfplumber's char top/bottom: baseline - 0.729 size to
baseline + 0.271 size), rule and photo printed for it; an L-shaped article has two boxes, the
wide top part first. An article with two photos has the first one's (in reading order: down
each column, then the next) caption and credit in caption and credit, the other's in
more_photos. Output is deterministic (invariant PDFs, no timestamps).

Every character of the stories extracts as itself with pdfplumber; the middle dot (·) is drawn
with the glyph that extracts as U+00B7 (see _DRAWN).
"""
from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

__all__ = ["TrueArticle", "LAYOUTS", "make_page_pdf", "make_scanned_pdf", "page_size", "PAGE_SIZE",
           "SIZES", "FOLIO_BOTTOM"]


@dataclass(frozen=True)
class TrueArticle:
    kicker: str | None
    headline: str
    subheadline: str | None
    byline: str | None            # the byline line as printed, e.g. "本报记者 张潇予 通讯员 伏自文", or None
    paragraphs: tuple[str, ...]   # body paragraphs as printed (the first may start with a dateline such as 本报讯（记者 李娜）)
    caption: str | None           # photo caption if the article has a photo
    credit: str | None            # photo credit line, e.g. "通讯员 刘洋 摄"
    boxes: tuple[tuple[float, float, float, float], ...]  # the article's true region(s) on the page: (x, y, w, h) as fractions of page width/height, origin top-left; one rectangle unless the article is L-shaped
    section: str | None = None    # a section label printed above it, if any
    more_photos: tuple[tuple[str, str | None], ...] = ()  # (caption, credit) of each photo after the first, in reading order


LAYOUTS: tuple[str, ...] = ("four-columns", "five-columns-photo", "banner-and-briefs",
                            "tabloid-six-columns", "magazine-feature-two-photos", "briefs-grid")

FONT = "STSong-Light"
PAGE_W, PAGE_H = 842.0, 1191.0
PAGE_SIZE = (PAGE_W, PAGE_H)         # of the broadsheet layouts (all but the tabloid)
LEFT, RIGHT = 40.0, PAGE_W - 40.0     # the text area
TOP, BOTTOM = 80.0, PAGE_H - 44.0
FOLIO_BOTTOM = 64.0                   # everything above this y (pt, from the top) is the folio
GAP_X = 14.0                          # between grid columns, and between body columns in an article
GAP_Y = 16.0                          # between articles one above the other

SIZES = {"headline_lead": 28.0, "headline": 24.0, "headline_feature": 22.0, "headline_brief": 20.0,
         "headline_small": 18.0,
         "kicker": 14.0, "subheadline": 13.0, "section": 12.0, "byline": 10.5, "body": 9.5,
         "caption": 8.5, "folio": 9.0, "folio_page": 16.0}
BODY = SIZES["body"]
LEADING = 1.5 * BODY
CAPTION = SIZES["caption"]
CAPTION_LEADING = 1.4 * CAPTION

SECTION_RED = (0.72, 0.10, 0.12)
PHOTO_GREY = 0.74


@dataclass(frozen=True)
class _Geometry:
    """A page size, its text area (pt from the top-left corner) and its white space: between
    grid columns and between an article's body columns (gap_x), between articles one above the
    other (gap_y)."""
    width: float
    height: float
    left: float
    right: float
    top: float
    bottom: float
    gap_x: float
    gap_y: float


BROADSHEET = _Geometry(PAGE_W, PAGE_H, LEFT, RIGHT, TOP, BOTTOM, GAP_X, GAP_Y)
# A tabloid (A4-sized) page: the same margins and folio, gutters of 1.2 characters of body type.
TABLOID = _Geometry(595.0, 842.0, 36.0, 559.0, TOP, 842.0 - 44.0, 1.2 * BODY, 14.0)
_geo = BROADSHEET   # the geometry of the page being set (see _page)

if FONT not in pdfmetrics.getRegisteredFontNames():
    pdfmetrics.registerFont(UnicodeCIDFont(FONT))
_DESCENT = -pdfmetrics.getFont(FONT).face.descent / 1000.0   # 0.271: glyph box = [base-(1-d)s, base+ds]

NO_LINE_START = set("，。、；：？！）》」』〉】”’…—·%％")
NO_LINE_END = set("（《「『〈【“‘")
SENTENCE_END = re.compile(r"[。！？][”’）]*")
# Characters drawn with another code point so that text extraction gives them back: STSong-Light's
# middle dot (U+00B7) has no ToUnicode entry pdfminer knows, the katakana middle dot's glyph does
# and extracts as U+00B7.
_DRAWN = str.maketrans({"·": "・"})

# ---------------------------------------------------------------------------------------------
# measuring and breaking text

_width_cache: dict[str, float] = {}


def _char_width(ch: str, size: float) -> float:
    if ch == " ":   # between the words of a byline or credit: one em, not drawn (half an em in the body)
        return size / 2 if size == BODY else size
    w = _width_cache.get(ch)
    if w is None:
        w = _width_cache[ch] = pdfmetrics.stringWidth(ch.translate(_DRAWN), FONT, 1000.0) / 1000.0
    return w * size


def _width(text: str, size: float) -> float:
    return sum(_char_width(ch, size) for ch in text)


def _latin(ch: str) -> bool:
    return ch.isascii() and (ch.isalnum() or ch in ".%")


def _bad_break(text: str, j: int) -> bool:
    """Breaking text before index j would start a line with closing punctuation, end one with
    opening punctuation, or split a run of latin letters/digits or a dash/ellipsis pair."""
    a, b = text[j - 1], text[j]
    return (b in NO_LINE_START or a in NO_LINE_END or (_latin(a) and _latin(b))
            or (a == b and a in "—…"))


def _wrap(text: str, width: float, size: float, indent: float = 0.0) -> list[str]:
    """Greedy line breaking by character width; the first line is `indent` points narrower."""
    lines: list[str] = []
    i, n = 0, len(text)
    while i < n:
        avail = width - (indent if not lines else 0.0)
        j, w = i, 0.0
        while j < n and w + _char_width(text[j], size) <= avail + 1e-6:
            w += _char_width(text[j], size)
            j += 1
        if j == i:
            raise ValueError(f"column too narrow for {text[i]!r} at {size} pt")
        if j < n:
            k = j
            while k > i + 1 and _bad_break(text, k) and j - k < 6:
                k -= 1
            if k > i + 1 and not _bad_break(text, k):
                j = k
        line = text[i:j].strip(" ")
        if line:
            lines.append(line)
        i = j
        while i < n and text[i] == " ":
            i += 1
    return lines


# ---------------------------------------------------------------------------------------------
# what is printed: glyph runs, filled rectangles, rules (y measured from the top of the page)

@dataclass
class _Text:
    x: float
    top: float             # glyph box top = baseline - (1 - descent) * size
    size: float
    text: str
    space: float = 0.0     # extra space after every character but the last (justification)
    white: bool = False

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        w = _width(self.text, self.size) + self.space * (len(self.text) - 1)
        return (self.x, self.top, self.x + w, self.top + self.size)


@dataclass
class _Rect:
    x: float
    top: float
    w: float
    h: float
    fill: tuple[float, float, float]
    stroke: bool = False

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        return (self.x, self.top, self.x + self.w, self.top + self.h)


@dataclass
class _Rule:
    x0: float
    y0: float
    x1: float
    y1: float
    width: float = 0.5
    colour: tuple[float, float, float] = (0.0, 0.0, 0.0)

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        dx = self.width / 2 if self.x0 == self.x1 else 0.0   # rules are vertical or horizontal
        dy = self.width / 2 if self.y0 == self.y1 else 0.0
        return (min(self.x0, self.x1) - dx, min(self.y0, self.y1) - dy,
                max(self.x0, self.x1) + dx, max(self.y0, self.y1) + dy)


def _draw(c: canvas.Canvas, item) -> None:
    if isinstance(item, _Rect):
        c.setFillColorRGB(*item.fill)
        c.setStrokeColorRGB(0.45, 0.45, 0.45)
        c.setLineWidth(0.5)
        c.rect(item.x, _geo.height - item.top - item.h, item.w, item.h, fill=1,
               stroke=1 if item.stroke else 0)
    elif isinstance(item, _Rule):
        c.setStrokeColorRGB(*item.colour)
        c.setLineWidth(item.width)
        c.line(item.x0, _geo.height - item.y0, item.x1, _geo.height - item.y1)
    else:
        base = _geo.height - (item.top + (1 - _DESCENT) * item.size)
        c.setFillColorRGB(*((1, 1, 1) if item.white else (0, 0, 0)))
        x = item.x
        for k, word in enumerate(item.text.split(" ")):
            if k:
                x += _char_width(" ", item.size) + item.space
            if word:
                t = c.beginText(x, base)
                t.setFont(FONT, item.size)
                t.setCharSpace(item.space)
                t.textOut(word.translate(_DRAWN))
                c.drawText(t)
            x += _width(word, item.size) + item.space * len(word)


# ---------------------------------------------------------------------------------------------
# an article: its text, and how it is set in a rectangle

@dataclass(frozen=True)
class _Story:
    headline: str                          # "|" marks a line break in the printed headline
    paragraphs: tuple[str, ...] = ()
    kicker: str | None = None
    subheadline: str | None = None
    byline: str | None = None
    caption: str | None = None
    credit: str | None = None
    section: str | None = None
    more_photos: tuple[tuple[str, str | None], ...] = ()   # (caption, credit) of photos after the first


@dataclass(frozen=True)
class _Photo:
    col: int          # first body column it covers
    span: int         # how many body columns
    height: float
    after: int | None = None   # body lines above it in its columns (None: at the top of them)


@dataclass
class _Set:
    truth: TrueArticle
    items: list
    bottom: float     # lowest printed point (pt from the top)
    complete: bool    # every paragraph printed in full


def _slots(cols: list[tuple[float, float, float]]) -> list[tuple[float, float]]:
    """(x, top) of every body line that fits in columns given as (x, top, bottom), in reading order."""
    out = []
    for x, top, bottom in cols:
        y = top
        while y + BODY <= bottom + 1e-6:
            out.append((x, y))
            y += LEADING
    return out


def _para_lines(text: str, colw: float) -> list[tuple[str, float, float]]:
    """(text, indent, char space) of each printed line of a body paragraph, justified."""
    lines = _wrap(text, colw, BODY, indent=2 * BODY)
    out = []
    for k, line in enumerate(lines):
        indent = 2 * BODY if k == 0 else 0.0
        space = 0.0
        if k < len(lines) - 1 and len(line) > 1:
            space = (colw - indent - _width(line, BODY)) / (len(line) - 1)
            space = space if 0 < space < 0.35 * BODY else 0.0
        out.append((line, indent, space))
    return out


def _sentence_prefixes(text: str) -> list[str]:
    """The paragraph cut after each of its sentences, longest first (the whole paragraph excluded)."""
    ends = [m.end() for m in SENTENCE_END.finditer(text) if m.end() < len(text)]
    return [text[:e] for e in reversed(ends)]


def _flow(paragraphs: tuple[str, ...], cols: list[tuple[float, float, float]], colw: float,
          balance: bool) -> tuple[list[_Text], tuple[str, ...], bool]:
    """Set paragraphs through the columns. If they all fit and balance is set, the columns get a
    common bottom as high as possible; if they do not fit, the text ends at the last whole
    sentence that fits."""
    wrapped = [_para_lines(p, colw) for p in paragraphs]
    total = sum(len(w) for w in wrapped)
    slots = _slots(cols)
    if total <= len(slots) and balance and len(cols) > 1:
        candidates = sorted({min(b, top + BODY + k * LEADING)
                             for _, top, b in cols for k in range(int((b - top) / LEADING) + 2)})
        for cand in candidates:
            trial = _slots([(x, top, min(b, cand)) for x, top, b in cols])
            if len(trial) >= total:
                slots = trial
                break
    items: list[_Text] = []
    printed: list[str] = []
    at = 0
    for para, lines in zip(paragraphs, wrapped):
        if at + len(lines) > len(slots):
            for prefix in _sentence_prefixes(para):
                cut = _para_lines(prefix, colw)
                if at + len(cut) <= len(slots):
                    lines, para = cut, prefix
                    break
            else:
                return items, tuple(printed), False
            for (line, indent, space), (x, y) in zip(lines, slots[at:]):
                items.append(_Text(x + indent, y, BODY, line, space))
            printed.append(para)
            return items, tuple(printed), False
        for (line, indent, space), (x, y) in zip(lines, slots[at:]):
            items.append(_Text(x + indent, y, BODY, line, space))
        at += len(lines)
        printed.append(para)
    return items, tuple(printed), True


def _set_article(story: _Story, x: float, top: float, w: float, *, bottom: float, cols: int = 1,
                 head: float = SIZES["headline"], photo: _Photo | None = None,
                 col_bottoms: tuple[float, ...] | None = None, split_y: float | None = None,
                 balance: bool = True, photos: tuple[_Photo, ...] = (),
                 column_rules: bool = False) -> _Set:
    """Set a story in the rectangle x..x+w, top..bottom (pt from the page's top-left corner).

    col_bottoms gives each body column its own bottom (an L-shaped article); split_y then divides
    its printed items into the two boxes of the L (above split_y, and from split_y down).
    photos are further photos after `photo` (in reading order, with the captions and credits of
    story.more_photos), each at the top of its columns or, with `after`, in the middle of them;
    column_rules draws a rule in the middle of every gutter between body columns, from the top
    of the body to its foot."""
    items: list = []
    y = top

    def centred(text: str, size: float, gap: float) -> None:
        nonlocal y
        for part in text.split("|"):
            for line in _wrap(part, w, size):
                lw = _width(line, size)
                items.append(_Text(x + (w - lw) / 2, y, size, line))
                y += size * 1.22
        y += gap - size * 0.22

    if story.section:
        size = SIZES["section"]
        pad_x, pad_y = 6.0, 3.5
        bw = _width(story.section, size) + 2 * pad_x
        items.append(_Rect(x, y, bw, size + 2 * pad_y, SECTION_RED))
        items.append(_Text(x + pad_x, y + pad_y, size, story.section, white=True))
        y += size + 2 * pad_y
        items.append(_Rule(x + bw, y - 0.5, x + w, y - 0.5, 1.0, SECTION_RED))
        y += 10.0
    if story.kicker:
        centred(story.kicker, SIZES["kicker"], 7.0)
    centred(story.headline, head, 7.0 if story.subheadline else 10.0)
    if story.subheadline:
        centred(story.subheadline, SIZES["subheadline"], 10.0)
    if story.byline:
        size = SIZES["byline"]
        items.append(_Text(x, y, size, story.byline))
        y += size + 9.0

    colw = (w - (cols - 1) * _geo.gap_x) / cols
    bottoms = col_bottoms or (bottom,) * cols
    tops = [y] * cols
    body_top = y
    placed = ((photo,) if photo else ()) + photos
    captions = ((story.caption, story.credit),) + story.more_photos
    if len(captions) < len(placed):
        raise ValueError(f"{story.headline!r}: more photos than captions")
    breaks: dict[int, tuple[float, float]] = {}   # column: (foot of its lines above a photo,
    #                                               top of those under it)
    for ph, (caption, credit) in zip(placed, captions):
        px = x + ph.col * (colw + _geo.gap_x)
        pw = ph.span * colw + (ph.span - 1) * _geo.gap_x
        py = y if ph.after is None else tops[ph.col] + (ph.after - 1) * LEADING + BODY + 9.0
        items.append(_Rect(px, py, pw, ph.height, (PHOTO_GREY,) * 3, stroke=True))
        cy = py + ph.height + 5.0
        for line in _wrap(caption or "", pw, CAPTION):
            items.append(_Text(px, cy, CAPTION, line))
            cy += CAPTION_LEADING
        if credit:
            items.append(_Text(px + pw - _width(credit, CAPTION), cy, CAPTION, credit))
            cy += CAPTION_LEADING
        for c in range(ph.col, ph.col + ph.span):
            if ph.after is None:
                tops[c] = cy - CAPTION_LEADING + CAPTION + 10.0
            else:
                breaks[c] = (py - 9.0, cy - CAPTION_LEADING + CAPTION + 10.0)
    columns = []
    for c in range(cols):
        cx = x + c * (colw + _geo.gap_x)
        if c in breaks:
            columns += [(cx, tops[c], breaks[c][0]), (cx, breaks[c][1], bottoms[c])]
        else:
            columns.append((cx, tops[c], bottoms[c]))
    body, printed, complete = _flow(story.paragraphs, columns, colw, balance and col_bottoms is None)
    if story.paragraphs and not printed:
        raise ValueError(f"no room for the body of {story.headline!r}")
    items += body
    if column_rules:
        foot = max(i.bbox[3] for i in items if i.bbox[1] >= body_top)
        for c in range(1, cols):
            rx = x + c * (colw + _geo.gap_x) - _geo.gap_x / 2
            if any(i.bbox[0] < rx < i.bbox[2] for i in items if i.bbox[1] >= body_top):
                raise ValueError(f"{story.headline!r}: a column rule would cross a photo or caption")
            items.append(_Rule(rx, body_top, rx, foot))

    boxes = []
    groups = [items] if split_y is None else [[i for i in items if i.bbox[1] < split_y],
                                              [i for i in items if i.bbox[1] >= split_y]]
    for group in groups:
        if not group:
            raise ValueError(f"{story.headline!r}: an empty part of an L-shaped article")
        x0 = min(i.bbox[0] for i in group)
        y0 = min(i.bbox[1] for i in group)
        x1 = max(i.bbox[2] for i in group)
        y1 = max(i.bbox[3] for i in group)
        if (x0 < _geo.left - 1e-6 or x1 > _geo.right + 1e-6 or y0 < _geo.top - 1e-6
                or y1 > _geo.bottom + 1e-6):
            raise ValueError(f"{story.headline!r} leaves the text area: {(x0, y0, x1, y1)}")
        boxes.append((round(x0 / _geo.width, 6), round(y0 / _geo.height, 6),
                      round((x1 - x0) / _geo.width, 6), round((y1 - y0) / _geo.height, 6)))
    truth = TrueArticle(kicker=story.kicker, headline=story.headline.replace("|", ""),
                        subheadline=story.subheadline, byline=story.byline, paragraphs=printed,
                        caption=story.caption if placed else None,
                        credit=story.credit if placed else None,
                        boxes=tuple(boxes), section=story.section,
                        more_photos=story.more_photos[:len(placed) - 1] if placed else ())
    return _Set(truth, items, max(i.bbox[3] for i in items), complete)


# ---------------------------------------------------------------------------------------------
# the page grid, folio and rules

def _grid(n: int) -> list[float]:
    """Left edges of n grid columns across the text area."""
    cw = (_geo.right - _geo.left - (n - 1) * _geo.gap_x) / n
    return [_geo.left + k * (cw + _geo.gap_x) for k in range(n)]


def _span(n: int, first: int, last: int) -> tuple[float, float]:
    """x and width of grid columns first..last (inclusive) of an n-column grid."""
    cw = (_geo.right - _geo.left - (n - 1) * _geo.gap_x) / n
    x = _geo.left + first * (cw + _geo.gap_x)
    return x, (last - first + 1) * cw + (last - first) * _geo.gap_x


def _below(s: _Set) -> float:
    return s.bottom + _geo.gap_y


def _hrule(x: float, w: float, above: _Set | float) -> _Rule:
    """A rule in the middle of the gap under an article (or at a given y)."""
    y = above.bottom + _geo.gap_y / 2 if isinstance(above, _Set) else above
    return _Rule(x, y, x + w, y)


def _vrule(x_right_col: float, y0: float, y1: float) -> _Rule:
    """A rule in the middle of the gutter left of the grid column starting at x_right_col."""
    x = x_right_col - _geo.gap_x / 2
    return _Rule(x, y0, x, y1)


def _folio(date: str, page: int, editors: str) -> list:
    size, big = SIZES["folio"], SIZES["folio_page"]
    items: list = [
        _Text(_geo.left, 44.0 - size, size, date),
        _Text((_geo.width - _width("政协", big)) / 2, 44.0 - big, big, "政协"),
        _Text(_geo.right - _width(editors, size) - 3 * size, 44.0 - size, size, editors),
        _Text(_geo.right - _width(str(page), big), 44.0 - big, big, str(page)),
        _Rule(_geo.left, 54.0, _geo.right, 54.0, 1.6),
        _Rule(_geo.left, 57.5, _geo.right, 57.5, 0.5),
    ]
    return items


# ---------------------------------------------------------------------------------------------
# the stories (invented; every string distinct)

S = _Story

FOUR_LEAD = S(
    kicker="凝聚共识谋发展 履职尽责开新局",
    headline="省政协召开十三届二十次常委会议",
    subheadline="围绕“推进高原特色现代农业全产业链发展”协商议政",
    byline="本报记者 张潇予 通讯员 伏自文",
    paragraphs=(
        "3月14日至15日，省政协十三届二十次常委会议在昆明召开。会议围绕“推进高原特色现代农业全产业链发展”开展专题协商，听取省政府有关情况通报，审议通过有关建议案和人事事项。省政协主席出席会议并讲话，省政协副主席、秘书长分别主持会议。",
        "会议指出，高原特色现代农业是我省的优势产业和富民产业。近年来，全省上下坚持以全产业链思维抓农业，茶叶、花卉、咖啡、蔬菜、水果、中药材等重点产业规模持续扩大，农产品加工转化率稳步提高，“绿色食品牌”影响力不断提升，为巩固拓展脱贫攻坚成果、全面推进乡村振兴提供了有力支撑。",
        "会议认为，对标高质量发展要求，我省农业全产业链发展仍存在精深加工不足、品牌溢价能力不强、冷链物流设施短板明显、联农带农机制不够紧密等问题，需要在补链延链强链上下更大功夫。",
        "常委们建议，要立足资源禀赋和产业基础，科学编制重点产业链发展规划，推动种植、加工、流通、销售各环节协同发展；要培育壮大龙头企业和农民合作社，完善订单收购、保底分红、股份合作等利益联结机制，让农民更多分享产业增值收益；要加快建设产地冷藏保鲜设施和县域物流配送体系，降低农产品损耗和流通成本；要强化科技和人才支撑，加大良种繁育、绿色防控、数字农业等关键技术推广力度。",
        "会上，9位常委围绕提升茶产业附加值、培育咖啡精品品牌、发展花卉种业、建设蔬菜冷链集配中心等作了大会发言，省农业农村厅、省发展改革委等部门负责同志与常委们互动交流。",
        "会议期间，常委们分组讨论了建议案稿，围绕强化农业科技创新、完善农产品质量安全追溯体系、加大农业保险支持力度等内容提出修改意见40余条。会议要求，省政协有关专门委员会要认真吸纳常委们的意见建议，进一步修改完善建议案，确保建议有深度、可操作。",
        "为开好这次常委会议，省政协年初即成立专题调研组，由省政协副主席带队，先后赴红河、文山、普洱、西双版纳等8个州市开展调研，召开座谈会24场，走访企业、合作社和种植基地60余个，并委托部分州市政协开展联动调研，形成了1个总报告和6个子报告。",
        "省政府有关负责同志在通报情况时表示，将认真研究吸纳常委们提出的意见建议，加快完善支持农业全产业链发展的政策措施，推动各项工作落地见效。",
        "会议强调，要深入学习贯彻习近平总书记考察云南重要讲话精神，把协商成果转化为推动工作的具体举措，持续跟踪建议案办理落实情况，以高质量履职助推全省农业现代化建设。",
        "会议还书面审议了省政协各专门委员会2023年工作情况报告，通过了关于召开省政协十三届二十一次常委会议的决定。",
    ),
)

FOUR_PROFILE = S(
    section="委员风采",
    kicker="扎根茶山三十载",
    headline="把履职答卷|写在茶山上",
    byline="本报记者 李娜",
    paragraphs=(
        "清晨六点，普洱市澜沧县景迈山上云雾未散，省政协委员、澜沧县茶叶协会会长岩温已经背着竹篓走进了古茶园。“茶树和人一样，要常去看看，才知道它缺什么。”这句话，他说了三十年。",
        "作为土生土长的布朗族茶农，岩温从十几岁起就跟着父辈采茶制茶。成为省政协委员后，他把更多心思放在了古茶园保护和茶农增收上。五年来，他先后提交《关于加强景迈山古茶林保护利用的提案》《关于完善普洱茶地理标志管理的建议》等9件提案，其中3件被列为重点提案。",
        "“提案不能坐在办公室里写。”为了摸清古茶园底数，岩温带着协会的年轻人走遍了全县48个村寨，逐棵登记古茶树的树龄、长势和管护情况，整理出20多万字的调研笔记。他提出的建立古茶树“一树一档”数字档案的建议，已在全县推广实施。",
        "在他的带动下，当地茶农成立了12个专业合作社，统一技术标准、统一品牌销售，户均年收入较五年前增长近一倍。每逢采茶季，岩温的手机总是响个不停，有请教技术的，也有商量订单的。",
        "去年，岩温又把目光投向了茶园生态。他发现一些茶农为了追求产量过量施用化肥，影响了茶叶品质和古茶林生态，便联合农技人员在村寨里办起了“火塘夜校”，手把手教大家用农家肥、种绿肥、挂粘虫板。如今，全县生态茶园面积已超过20万亩。",
        "谈到下一步打算，岩温说，要继续围绕茶文化旅游融合发展开展调研，“让更多人走进茶山、读懂茶山，也让茶农的日子越过越红火”。",
    ),
)

FOUR_FEATURE = S(
    headline="让竹编手艺走出大山",
    subheadline="——记省政协委员、非遗竹编技艺传承人杨秀芬",
    byline="本报记者 赵一鸣 实习生 何佳琪",
    caption="杨秀芬（右二）在竹编工坊向村民传授编织技法，工坊产品已销往全国20多个省区市。",
    credit="本报记者 赵一鸣 摄",
    paragraphs=(
        "走进大理州剑川县沙溪镇的竹编工坊，一排排竹篮、竹灯、竹屏风错落有致，几十名村民正埋头编织，竹篾在指间翻飞。工坊的带头人，是省政协委员、州级非遗竹编技艺传承人杨秀芬。",
        "十多年前，杨秀芬从外地打工返乡，发现村里会竹编的老人越来越少，年轻人大多外出务工，祖辈传下的手艺面临失传。“手艺没了，村子的魂也就少了一块。”她拜村里的老艺人为师，一学就是三年。",
        "光会编还不够，还得卖得出去。杨秀芬带着产品跑展会、进商场，又请来设计师改良造型，把传统竹篮做成了灯具、茶器收纳和文创摆件。如今，工坊产品还通过跨境电商走进了东南亚市场，带动周边200多名妇女在家门口就业，人均月收入增加2000多元。",
        "在沙溪镇寺登村，65岁的竹编老艺人段大爹是工坊最早的“老师傅”。过去他编的竹篮只能拿到集市上卖，一个十几块钱；如今经过设计改良的竹编灯具，一件能卖到几百元。“没想到老手艺还能这么值钱。”段大爹笑着说，现在他每周都到工坊给年轻人上课。",
        "工坊的发展也带动了上下游产业。当地村民种植的慈竹、金竹有了稳定销路，竹材初加工、包装、物流等环节吸纳了不少劳动力。镇里还依托工坊开发了竹编体验研学线路，去年接待游客和研学学生3万多人次。",
        "成为政协委员后，杨秀芬的视野更宽了。她在调研中发现，不少非遗项目存在传承人老龄化、产品同质化、市场渠道窄等共性问题，于是提交了《关于推动非遗工坊助力乡村振兴的提案》，建议设立非遗工坊扶持资金，加强非遗产品设计和品牌培育，推动非遗技艺进校园、进景区。提案得到相关部门积极回应，今年全省将新认定一批非遗工坊。",
        "为了让提案建议落得更实，杨秀芬又走访了滇西北6个州市的30多家非遗工坊，和傈僳族刺绣、白族扎染、纳西族东巴纸等项目的传承人交流经验。她发现，凡是经营得好的工坊，都找到了传统技艺和现代生活的结合点。",
        "杨秀芬也有自己的烦恼。竹编是纯手工活，一件精品往往要耗费好几天，产量上不去，大订单常常不敢接。她正和省内一所高校合作，研究竹篾加工的半机械化设备，希望在保留手工编织精髓的同时，把劈篾、刮篾等费时费力的工序交给机器。",
        "去年冬天，工坊接到一笔来自上海的竹编灯具订单，数量是往年的三倍。为了按时交货，杨秀芬把订单拆分到周边5个村的20多户人家，统一发放竹料、统一验收质量，乡亲们在农闲时节就能挣到一份收入。",
        "“委员这个身份，让我能把乡亲们的心里话带出去，也把好政策带回来。”杨秀芬说，她准备在工坊开设培训班，吸引更多年轻人学习竹编，让这门老手艺在新时代焕发新活力。",
    ),
)

FOUR_PHOTO = S(
    headline="政协委员|田间地头送农技",
    caption="3月11日，玉溪市政协组织农业和农村界委员深入新平县戛洒镇，为当地果农讲解柑橘春季修剪和病虫害绿色防控技术。",
    credit="通讯员 刘洋 摄",
)

FOUR_BRIEF_CITY = S(
    headline="昆明市政协|协商推进城市更新",
    paragraphs=(
        "本报讯（记者 陈思远）3月13日，昆明市政协召开“推进老旧小区改造和城市更新”专题协商会，市政协委员、专家学者、社区居民代表和市级有关部门负责同志面对面协商交流。",
        "委员们建议，要坚持“先民生后提升”，优先解决加装电梯、管网改造、停车充电等群众急难愁盼问题；要建立居民全程参与机制，做到改造前问需于民、改造中问计于民、改造后问效于民；要探索引入社会资本参与片区更新，推动老旧街区功能重塑和业态升级。还有委员提出，要注重保留城市记忆，在改造中保护好历史建筑和街巷肌理，避免“千城一面”。",
        "市住房城乡建设局等部门负责同志表示，将认真研究吸纳委员意见建议，进一步完善城市更新项目库和推进机制，今年计划改造老旧小区320个，惠及居民4.6万户。市政协将把城市更新作为年度民主监督重点，组织委员分片区跟踪项目进展，及时反映群众意见。协商会前，市政协还组织委员走访了盘龙区、官渡区的12个老旧小区，发放调查问卷1500余份，梳理出群众反映集中的问题8类36项。",
    ),
)

FOUR_BRIEF_VOLUNTEER = S(
    headline="省政协机关开展|学雷锋志愿服务活动",
    paragraphs=(
        "本报讯（记者 王晓燕）3月5日，省政协机关组织党员干部到昆明市五华区大观街道开展“学雷锋·政协在行动”志愿服务活动，为社区群众提供政策宣讲、义诊咨询、法律援助等服务。活动由省政协机关党组牵头，机关各党支部和部分在昆省政协委员共60余人参加。",
        "活动现场，来自医卫界的政协委员为居民测量血压、解答健康问题，法律界委员就婚姻家庭、劳动争议等群众关心的问题提供咨询，机关青年干部帮助社区整理环境卫生、走访慰问困难老人。当天共服务群众300余人次，发放宣传资料1200余份。不少居民拉着委员的手说，这样面对面的服务实实在在，希望以后常来。",
        "据悉，省政协机关将把志愿服务与委员联系群众工作结合起来，建立机关党支部与社区结对共建机制，每月开展一次主题志愿服务。下一步，还将组织委员到州市基层开展送医、送法、送科技活动，重点关注独居老人、留守儿童和残疾人等群体，推动学雷锋活动常态化长效化。机关各党支部还将结合各自联系的界别，设计一批特色服务项目，形成“一支部一品牌”的工作格局。",
    ),
)

FIVE_LEAD = S(
    kicker="践行绿色发展理念 守护七彩云南美丽家园",
    headline="省政协开展高原湖泊保护民主监督",
    subheadline="12个监督组深入沿湖8个州市开展实地监督",
    byline="本报记者 周敏 杨帆",
    caption="省政协民主监督组在大理州洱源县西湖湿地察看入湖河道生态修复情况。",
    credit="本报记者 杨帆 摄",
    paragraphs=(
        "3月上旬以来，省政协组织12个民主监督组，分赴滇池、洱海、抚仙湖等九大高原湖泊所在的8个州市，围绕湖泊保护治理“一湖一策”落实情况开展专项民主监督。",
        "监督组采取实地察看、座谈交流、随机走访、暗访抽查等方式，重点了解湖泊流域截污治污、入湖河道整治、面源污染防控、生态修复和湖滨缓冲带建设等工作推进情况，共走访村镇社区56个，召开座谈会31场，收集意见建议200余条。",
        "监督组认为，近年来各地坚持“保护第一、治理为要、科学规划、绿色发展”，九湖水质总体保持稳定，部分湖泊水质持续改善，沿湖群众生态环保意识明显增强。同时也发现，个别湖泊流域雨污分流不彻底、农业面源污染仍较突出、生态补偿机制有待完善等问题。",
        "监督组建议，要进一步压实湖长制责任，推动流域上下游、左右岸协同治理；要加大城乡污水收集管网建设和运维力度，着力提升污水收集率；要推广绿色种植技术，减少化肥农药使用量；要健全多元化生态补偿机制，调动沿湖群众参与保护治理的积极性。",
        "据了解，民主监督结束后，各监督组将形成专题报告，经省政协党组审定后报送省委、省政府，并适时开展跟踪监督，推动发现的问题整改到位。",
    ),
)

FIVE_PROPOSAL = S(
    section="提案追踪",
    headline="一件提案让一条河重焕生机",
    subheadline="——省政协重点提案“关于加强盘龙江流域综合治理的提案”办理回访",
    byline="本报记者 刘畅",
    paragraphs=(
        "初春时节，漫步昆明盘龙江畔，江水清澈，绿树成荫，不少市民在步道上散步、骑行。很难想象，几年前这里的部分河段还存在污水直排、垃圾淤积等问题。",
        "变化的背后，有一件政协提案的推动。2022年省政协全会期间，多位委员联名提交《关于加强盘龙江流域综合治理的提案》，建议统筹推进沿线截污管网建设、河道生态修复和滨水空间提升，建立跨区域协同治理机制。该提案被确定为省政协年度重点提案，由省领导领衔督办。",
        "承办单位把提案办理作为推进流域治理的重要抓手，先后新建和改造截污管网68公里，实施河道生态修复工程15项，打造滨水绿道42公里，沿线10个排污口全部完成整治。目前，盘龙江出境断面水质稳定达到Ⅲ类。",
        "“提案办理不是一‘答’了之，关键要看实效。”提案第一提案人、省政协委员马建华说。近两年，他和其他提案人多次沿江调研，既看工程进度，也听群众评价，还就长效管护机制提出了补充建议。",
        "省政协提案委员会负责同志介绍，今年将继续对这件提案开展跟踪督办，推动建立河道管护“网格化”责任体系，让治理成效更加持久。沿江居住了几十年的市民李阿姨说：“河水清了，岸边美了，我们每天都愿意出来走一走。”",
        "回访中，记者在盘龙江上游的一处湿地公园看到，昔日的鱼塘和菜地已变成层层叠叠的生态净化塘，芦苇、菖蒲、睡莲长势喜人，白鹭、野鸭在水面觅食。公园管理人员介绍，这片湿地每天可净化入江水量约2万立方米，还成为周边居民休闲游憩的好去处。",
        "一些市民也提出了新的期待：希望增加沿江公共厕所和休息座椅，加强夜间照明，规范非机动车通行。对此，提案人表示，将把这些意见带到下一次回访中，推动有关部门研究解决。",
        "据统计，十三届省政协以来，共立案提案3000余件，办复率保持在99%以上，一大批提案转化为党委、政府决策和工作举措。",
    ),
)

FIVE_SURVEY = S(
    kicker="委员调研进行时",
    headline="聚焦咖啡产业提质增效建言献策",
    byline="本报记者 孙立军",
    paragraphs=(
        "3月上旬，省政协经济委员会组织部分委员赴普洱、保山、临沧等地，围绕“推动咖啡产业提质增效”开展专题调研，为全省咖啡产业高质量发展建言献策。",
        "云南是我国最大的咖啡种植区，种植面积和产量均占全国98%以上。调研组走进咖啡种植基地、初加工厂、精品咖啡庄园和产业园区，与种植户、企业负责人和科研人员深入交流，详细了解品种改良、种植管理、初加工、精深加工和品牌营销等情况。",
        "在保山市隆阳区潞江镇，调研组看到，当地通过推广良种良法、建设标准化庄园，精品咖啡比例逐年提高，每公斤鲜果收购价比普通咖啡高出一倍多。种植户段小平告诉委员们，自己家的咖啡豆参加了全国精品咖啡大赛，“现在不愁卖，还有客商上门来订”。",
        "调研中，委员们也发现，全省咖啡产业仍存在初级产品比重大、精深加工能力不足、自主品牌影响力不强、价格受国际市场波动影响大等问题。部分咖啡园品种老化、管理粗放，单产和品质有待提升；产业链上下游协同不够，种植户在利益分配中处于弱势地位。",
        "委员们建议，要加快推进低产低效咖啡园改造，建设优质种苗繁育基地，提高精品率和商品率；要引进培育一批精深加工龙头企业，发展速溶、冻干、挂耳等多元产品，提升就地转化水平；要加强区域公用品牌建设，办好咖啡生豆交易中心，增强云南咖啡的定价话语权；要完善“企业＋合作社＋农户”利益联结机制，让种植户稳定分享产业链增值收益。",
        "委员们还建议，要推动咖啡与文旅深度融合，打造一批咖啡主题庄园和精品旅游线路，讲好云南咖啡故事，让“云南咖啡”成为展示云南形象的新名片。",
        "在临沧市耿马县，调研组走访了一家咖啡初加工企业。企业负责人介绍，过去咖啡鲜果采摘后多用传统水洗法处理，耗水量大、品质不稳定，如今引进了节水型脱皮设备和日晒、蜜处理等工艺，不仅减少了污水排放，还让产品风味更加丰富。委员们认为，要总结推广这类绿色加工经验，加强初加工环节的环保监管和技术服务。",
        "调研组表示，将在深入研究的基础上形成调研报告，为省政协开展专题协商做好准备。",
    ),
)

FIVE_PHOTO = S(
    headline="民革云南省委义诊进山乡",
    caption="3月10日，民革云南省委组织医卫界党员和政协委员赴文山州广南县开展义诊活动，为山区群众送去医疗服务。",
    credit="通讯员 黄雨桐 摄",
)

FIVE_BRIEF_QUJING = S(
    headline="曲靖市政协召开提案交办会",
    paragraphs=(
        "本报讯（记者 何晓东）3月8日，曲靖市政协召开提案交办会，将市政协六届三次会议以来立案的426件提案交由86家承办单位办理。",
        "会议要求，各承办单位要把提案办理与推进中心工作结合起来，坚持办理质量与办理效率并重，主动加强与提案者的沟通联系，做到“见面率”和“满意率”双提升。市政协将加强重点提案督办，推动提案办理从“答复型”向“落实型”转变。",
    ),
)

FIVE_BRIEF_TRAINING = S(
    headline="民盟云南省委|举办参政议政能力培训班",
    paragraphs=(
        "本报讯（记者 吴静）3月9日至11日，民盟云南省委在昆明举办参政议政能力提升培训班，来自全省各级组织的80余名盟员参加培训。",
        "培训班邀请省政协、省委政策研究室、高校和科研院所的专家学者，围绕调查研究方法、社情民意信息撰写、提案选题与论证等内容进行专题授课，并组织优秀提案案例分析和分组研讨。",
        "参训盟员表示，将把培训成果运用到参政议政实践中，围绕全省中心工作深入开展调查研究，提出更多有价值、可操作的意见建议。民盟云南省委还将组建乡村振兴、教育发展、生态保护等专题调研组，全年计划完成重点调研课题12项。",
    ),
)

FIVE_BRIEF_WOMEN = S(
    headline="省政协召开妇女界别委员座谈会",
    paragraphs=(
        "本报讯（记者 林晓雯）3月8日，省政协召开妇女界别委员座谈会，围绕“促进妇女儿童事业高质量发展”交流履职体会、研讨协商议题。",
        "委员们结合各自工作实际，就加强农村留守儿童关爱服务、完善生育支持政策、推动托育服务普惠发展、保障新就业形态女性劳动者权益等提出意见建议。大家表示，将立足界别特色，深入基层倾听妇女群众呼声，积极反映社情民意，为促进妇女全面发展贡献力量。",
        "会议通报了省政协妇女界别2023年履职情况，部署了今年界别活动安排。今年界别委员将围绕托育服务体系建设开展专题调研，并在全省16个州市设立界别委员联系点，定期收集妇女群众意见建议。",
    ),
)

BANNER_LEAD = S(
    kicker="奋力谱写中国式现代化云南篇章",
    headline="省政协启动“同心共建·委员在行动”主题履职活动",
    subheadline="全省1.2万余名各级政协委员将深入基层开展调研视察、协商议政和服务群众活动",
    byline="本报记者 王建国 蒋晓丽",
    caption="启动仪式上，委员代表向全省各级政协委员发出倡议。",
    credit="本报记者 蒋晓丽 摄",
    paragraphs=(
        "3月16日，省政协在昆明举行“同心共建·委员在行动”主题履职活动启动仪式，动员全省各级政协组织和广大政协委员立足岗位、服务大局，在推动高质量发展中积极担当作为。",
        "启动仪式指出，开展主题履职活动，是落实省政协年度协商工作计划的重要举措，也是密切委员同界别群众联系的有效载体。各级政协组织要精心设计活动载体，把活动开展与履职尽责结合起来，与服务基层群众结合起来，与推动解决实际问题结合起来，切实增强活动的针对性和实效性。",
        "根据安排，主题履职活动将持续到今年11月底，围绕产业强省、乡村振兴、生态文明建设、民生保障等重点领域，组织委员开展“调研视察月”“协商在基层”“委员走进界别群众”等系列活动，全省计划建设委员履职工作站300个，开展各类活动2000场次以上。",
        "活动将建立委员履职积分管理制度，对委员参加活动、提交提案、反映社情民意等情况实行量化考核，考核结果作为委员评先评优和续聘推荐的重要依据。",
        "据介绍，主题履职活动还将注重发挥委员履职工作站作用，推动委员定期到站接待群众、开展协商，把工作站建成委员联系群众的“连心桥”和协商议事的“会客厅”。",
        "启动仪式上，10位委员代表全省各级政协委员发出倡议，表示将坚守为国履职、为民尽责的情怀，多到基层一线听民声、察民情、解民忧，以实际行动为全省经济社会发展贡献智慧和力量。",
        "省政协各专门委员会、各州市政协负责同志，部分省政协委员和委员履职工作站代表参加启动仪式。",
    ),
)

BANNER_FEATURE = S(
    headline="“有事好商量”议出乡村好光景",
    subheadline="——楚雄州姚安县政协推进基层协商民主建设纪实",
    byline="本报记者 罗文斌 通讯员 马丽",
    paragraphs=(
        "“村里的文化广场建在哪里、怎么建，大家坐下来商量着办，最后定下来的方案谁都没意见。”说起前不久的一场协商议事会，姚安县光禄镇大屯村村民李正华竖起了大拇指。",
        "近年来，姚安县政协把协商平台向乡镇村组延伸，在全县9个乡镇和77个村（社区）建立“有事好商量”协商议事室，形成了“党委出题、政协搭台、部门参与、群众议事”的基层协商工作格局。",
        "协商什么，由群众说了算。县政协通过入户走访、意见箱、微信群等渠道广泛征集议题，重点围绕人居环境整治、产业发展、矛盾纠纷化解等群众关心的问题开展协商。议事前，委员们深入调研、摸清情况；议事中，群众代表、职能部门和委员面对面交流；议事后，形成的协商意见由乡镇党委推动落实，并向群众公开办理结果。",
        "截至目前，全县各级协商议事室共开展协商活动260余场次，推动解决农村道路硬化、饮水安全、农产品销售等实际问题180多个。在光禄镇，通过协商议事引进的梅子深加工项目，每年可带动周边农户增收600余万元。",
        "在弥兴镇，围绕“蔬菜大棚如何规范建设”的协商，县政协组织农业界委员和种植大户、村民代表多次议事，最终确定了统一规划、统一标准、分户经营的办法，既保护了耕地，又让蔬菜产业有了规模。如今，全镇蔬菜种植面积达到1.8万亩，成为远近闻名的“菜篮子”基地。",
        "“基层协商是政协联系群众的‘最后一公里’。”县政协主席杨志强说，下一步将进一步完善协商议题征集、协商成果落实和跟踪反馈等制度，推动基层协商从“有形覆盖”向“有效运行”转变，让更多好建议变成群众看得见的好变化。",
    ),
)

BANNER_PHOTO = S(
    headline="委员进校园|宣讲科学知识",
    caption="3月7日，省政协科技界委员走进曲靖市麒麟区第一中学，为师生作科普报告并与学生互动交流。",
    credit="通讯员 陈晨 摄",
)

BANNER_BUSINESS = S(
    kicker="优化营商环境 激发市场活力",
    headline="让民营企业轻装上阵",
    byline="本报记者 钱晓峰",
    caption="省政协调研组在曲靖经济技术开发区走访新能源电池配套企业，了解企业生产经营情况。",
    credit="本报记者 钱晓峰 摄",
    paragraphs=(
        "今年以来，省政协围绕“持续优化民营经济发展环境”开展系列调研，组织经济界、工商联界委员走访企业、听取诉求，为民营企业纾困解难建言献策。",
        "“去年我们在融资上遇到过难题，经过委员们的反映和相关部门的协调，很快拿到了贷款。”在曲靖经济技术开发区，一家新能源电池配套企业负责人对调研组说。调研组了解到，不少中小企业仍面临融资难融资贵、用工成本上升、政策兑现不够及时等困难。",
        "对此，委员们建议，要落实好结构性减税降费政策，推动惠企政策“免申即享”“直达快享”；要拓宽民营企业融资渠道，扩大首贷、信用贷和中长期贷款投放，发挥政府性融资担保机构增信作用；要依法保护民营企业产权和企业家权益，规范涉企执法检查，坚决防止“一刀切”。",
        "省政协委员、省工商联副主席陈立新认为，营商环境只有更好、没有最好。他建议建立常态化政企沟通机制，畅通企业反映问题的渠道，对企业诉求实行“接诉即办”“限时办结”，并将企业满意度纳入部门绩效考核。",
        "省政协委员、某科技公司董事长郑晓明则关注创新生态建设。他建议加大对民营企业研发投入的支持力度，支持民营企业牵头组建创新联合体，推动高校、科研院所与企业开展产学研合作，让更多科技成果在云南落地转化。",
        "在玉溪市，调研组走进一家从事高原特色农产品加工的民营企业。企业负责人坦言，近年来原材料和物流成本上涨较快，企业利润空间被压缩，希望在用电、用地、物流等方面得到更多支持。委员们对企业反映的电费结算、厂房用地手续等问题逐一记录，明确了责任单位和办理时限。",
        "委员们还关注到中小企业账款拖欠问题。有委员建议，要持续开展清理拖欠企业账款专项行动，建立政府部门和国有企业拖欠账款动态监测和约束惩戒机制，从源头上防止新增拖欠，切实维护中小企业合法权益。",
        "据了解，省政协将在深入调研基础上，于今年下半年召开专题协商会，推动相关意见建议转化为政策举措。",
    ),
)

BANNER_BRIEF_BORDER = S(
    section="政协动态",
    headline="保山市政协|视察边境贸易",
    paragraphs=(
        "本报讯（记者 段云飞）3月12日，保山市政协组织部分委员视察腾冲猴桥口岸和边境经济合作区建设情况，围绕提升口岸通关效率、发展外向型产业开展协商。",
        "委员们建议，加快口岸基础设施智能化改造，培育壮大进出口加工产业，推动边民互市贸易转型升级。",
    ),
)

BANNER_BRIEF_RAINFOREST = S(
    headline="西双版纳州政协|助力雨林保护",
    paragraphs=(
        "本报讯（记者 玉香）3月13日，西双版纳州政协召开热带雨林保护专题协商会，邀请林业、生态环境等部门负责同志和相关界别委员协商议政。会议建议加快推进国家公园创建，完善人象冲突防范和补偿机制，推动生态保护与社区发展协调共进。",
    ),
)

BANNER_BRIEF_DIGITAL = S(
    headline="九三学社省委|座谈数字经济",
    paragraphs=(
        "本报讯（记者 周婷婷）3月14日，九三学社云南省委召开“加快数字经济发展”专题调研座谈会，邀请省内数字企业代表和专家学者座谈交流。",
        "与会人员围绕算力基础设施建设、数据要素市场培育、数字技术与实体经济融合等议题深入讨论，提出了加强数字人才引育、建设面向南亚东南亚的数字服务平台等建议。有专家认为，云南发展数字经济要立足区位优势，在跨境数据流通、数字贸易等领域先行先试。",
        "九三学社云南省委将在此基础上形成调研报告。报告将以集体提案形式向省政协提交，并推动相关建议纳入全省数字经济发展规划。",
    ),
)


TAB_LEAD = S(
    kicker="提升履职本领 展现委员担当",
    headline="省政协新任委员培训班开班",
    subheadline="200余名委员将用5天时间系统学习政协理论和履职方法",
    byline="本报记者 沈丹丹 通讯员 朱海鹰",
    paragraphs=(
        "4月1日，省政协委员履职能力提升培训班在昆明开班。今年新增补的省政协委员和部分界别委员共200余人参加培训，省政协副主席出席开班式并作辅导报告。",
        "开班式指出，政协委员是政协工作的主体，委员的素质和能力直接关系政协履职的质量。参训委员要珍惜学习机会，深入学习人民政协理论和政协章程，熟悉政协工作的程序和方法，尽快实现从“新委员”到“好委员”的转变。",
        "培训采取专题讲座、案例教学、分组研讨和现场教学相结合的方式，课程涵盖人民政协的性质定位、专门协商机构建设、提案撰写、社情民意信息报送、民主监督实践等内容。培训期间，委员们还将到委员履职工作站和基层协商议事室开展现场教学。",
        "“过去对政协工作了解不多，这次培训让我对怎样当好委员有了清晰的认识。”来自医药卫生界的新任委员许文静说，她准备围绕县域医共体建设开展调研，争取年内提交一件高质量提案。",
        "开班第一课上，省政协有关负责同志以“怎样当好新时代政协委员”为题作辅导报告，结合履职实例，从坚持政治引领、深入调查研究、密切联系群众、加强自身建设等方面，与参训委员分享了经验体会。",
        "与往年相比，今年的培训更加注重实战。培训班专门安排了“提案怎么写”“社情民意怎么报”两个工作坊，由省政协提案委员会和办公厅有关同志结合典型案例逐项讲解，委员们当场修改自己的提案初稿。每个单元结束后，培训班都安排委员代表上台交流，分享学习收获和履职设想。",
        "来自经济界的新任委员韩立东在分组研讨时说，提案要选准题、调研要沉下去、建议要可操作，他将结合所在行业实际，重点关注中小企业数字化转型。",
        "据了解，省政协今年将分批次对全体委员进行轮训，并建立委员学习档案，把参加培训情况纳入委员履职考核内容。培训班还开通了线上学习平台，委员们结业后可继续观看课程回放、交流履职心得，做到学习不断线。省政协还将结合培训情况，修订完善委员履职服务手册。",
    ),
)

TAB_PHOTO = S(
    headline="委员读书分享会开讲",
    caption="4月2日，省政协“书香政协”读书活动首场线下分享会在省图书馆举行，委员们围绕中华优秀传统文化的传承发展交流读书心得。",
    credit="通讯员 方晓蕾 摄",
)

TAB_BRIEF_HONGHE = S(
    section="委员动态",
    headline="红河州政协|调研小康村建设",
    paragraphs=(
        "本报讯（记者 龙海燕）3月28日至29日，红河州政协组织部分委员赴金平、绿春两县，围绕现代化边境小康村建设开展专题调研。",
        "委员们建议，加快补齐边境村道路、供水、通信等基础设施短板，因地制宜发展特色种养和边贸物流，让边民留得住、能致富。调研组还走访了边境村小学和卫生室，与边民群众拉家常、听意见。",
    ),
)

TAB_BRIEF_MINJIAN = S(
    headline="民建云南省委|召开企业家座谈会",
    paragraphs=(
        "本报讯（记者 施雨桐）3月29日，民建云南省委召开会员企业家座谈会，听取企业在融资、用工、技术改造等方面的意见建议。企业家们还就人才引进、产业配套等问题与有关部门负责同志互动交流。",
        "与会企业家建议进一步简化涉企审批流程，加大首台套装备和技术改造补助力度。民建云南省委将梳理形成专题报告，通过社情民意信息渠道反映。",
    ),
)

TAB_BRIEF_WENSHAN = S(
    headline="文山州政协|协商三七产业发展",
    paragraphs=(
        "本报讯（记者 陆宏伟）3月30日，文山州政协召开三七产业高质量发展专题协商会。委员们围绕道地药材种植标准化、精深加工、品牌保护等议题协商议政，建议加快建设三七种质资源库，培育一批龙头企业，打响“文山三七”品牌。",
        "州级有关部门负责同志现场回应了委员们的关切，表示将把协商成果纳入产业发展规划，推动三七产业全链条升级。州政协将围绕协商成果落实情况开展跟踪监督。会前，州政协组织委员赴砚山、马关两县开展了调研。",
    ),
)

MAG_FEATURE = S(
    kicker="委员履职纪事·在基层一线",
    headline="一块屏幕连起山里山外的课堂",
    subheadline="——记省政协委员、昭通市鲁甸县龙头山镇中心学校校长王志远",
    byline="本报记者 邓晓琳 通讯员 孔德明",
    caption="王志远（中）在龙头山镇中心学校指导学生进行科学实验。",
    credit="本报记者 邓晓琳 摄",
    more_photos=(("通过“云端课堂”，村小学生与昆明市区学校的学生同上一节音乐课。", "通讯员 孔德明 摄"),),
    paragraphs=(
        "清晨七点半，鲁甸县龙头山镇中心学校的多媒体教室里，王志远正在调试设备。八点整，屏幕那头，昆明市一所小学的音乐老师准时出现；屏幕这头，镇上6所村小的孩子们跟着节拍唱了起来。",
        "“以前村小没有专职音乐老师，孩子们一学期也上不了几节音乐课。现在通过‘云端课堂’，山里的孩子也能和城里孩子同上一堂课。”说起这件事，王志远的话里透着欣慰。",
        "王志远是土生土长的鲁甸人，师范毕业后回到家乡任教，至今已有26年。2014年鲁甸地震后，他参与了学校的灾后重建，也亲眼看到了山区教育的短板：学校盖起了新楼，却留不住年轻老师；教室里装上了电子白板，却少有人会用。",
        "2018年，王志远当选省政协委员。他把目光聚焦在乡村教育上，先后提交了《关于推动优质教育资源向乡村学校延伸的提案》《关于加强乡村小规模学校教师队伍建设的提案》等11件提案。其中，关于建设“城乡同步课堂”的建议被有关部门采纳，列入全省教育信息化重点项目。",
        "提案落地，需要有人去做。在县教育部门支持下，王志远牵头在龙头山镇开展试点，把镇中心学校作为主课堂，通过网络连接周边村小，由骨干教师统一授课，村小教师负责课堂组织和辅导。为了把设备用起来，他利用周末走遍了全镇的村小，手把手教老师们操作。",
        "起初，并不是所有人都看好。有老师担心屏幕教学效果不好，有家长觉得孩子坐在屏幕前学不到东西。王志远就带着老师们一节课一节课地磨，琢磨怎样让屏幕两头的孩子都能参与进来。他们设计了分组抢答、远程合唱、同步实验等互动环节，孩子们的积极性一下子被调动起来了。",
        "一年下来，试点村小的英语、音乐、美术等课程开齐率从不足六成提高到百分之百，学生学业成绩明显提升。如今，“云端课堂”已从龙头山镇扩展到全县38所村小，还与昆明、曲靖的12所城区学校结成了对子。",
        "在王志远看来，技术只是手段，关键还是人。“屏幕能把课送进来，但要让孩子们真正学好，还得靠身边的老师。”为此，他又在调研中提出，要建立城乡教师结对帮扶机制，让城区骨干教师定期到村小支教，让村小老师到城区学校跟岗学习。",
        "去年，他带领调研组走访了昭通、怒江、文山等地的40多所乡村学校，发放问卷2000余份，形成了近3万字的调研报告。在省政协专题协商会上，他就完善乡村教师生活补助、改善村小教师周转宿舍、畅通乡村教师职称晋升渠道等提出具体建议，引起与会部门负责同志的重视。",
        "为了让老师们尽快适应新的教学方式，王志远和县教师发展中心一起，组织开展了“同步课堂教学能手”评选，每学期举办两次线上教研活动。村小老师们在活动中相互听课评课，取长补短，不少人第一次走上了县级公开课的讲台。",
        "2022年冬天的一场大雪，让龙头山镇好几个村的道路中断，学生们只能留在家里。王志远连夜和老师们商量，把“云端课堂”搬进了学生家里：有网络的家庭通过手机上课，没有网络的，老师们就把学习资料送到村委会，由村干部分发到户。那段时间，全镇没有一个孩子落下功课。",
        "“云端课堂”的经验也引起了其他地方的关注。近两年，先后有省内外20多个县的教育部门到龙头山镇考察交流。王志远总是毫无保留地介绍做法，也坦率地讲问题：网络信号不稳定、设备维护跟不上、村小老师工作负担加重……这些问题，他也一条条写进了新的提案里。",
        "今年省政协全会上，王志远提交了《关于建立乡村学校教育信息化设备长效运维机制的提案》，建议将村小信息化设备运维经费纳入财政预算，组建县级运维服务队伍，并对村小教师开展常态化信息技术培训。提案被列为省政协年度重点提案。",
        "在龙头山镇中心学校，王志远还推动建起了一间“科学探究室”。显微镜、天文望远镜、3D打印机……这些过去只在课本上见过的设备，如今成了孩子们课余时间最爱摆弄的“宝贝”。学校的科技兴趣小组还在全市青少年科技创新大赛中拿到了一等奖。",
        "作为委员，王志远始终把倾听放在第一位。他的手机里存着全县几十位村小老师和家长的联系方式，每隔一段时间，他就会打电话问问情况。有一次，一位家长向他反映，孩子上学要走一个多小时的山路，冬天天不亮就得出门。他随即开展调研，推动县里调整了两条校车线路，解决了120多名学生的上学难题。",
        "“王校长是我们的主心骨。”龙头山镇八宝村小学的年轻教师李晓梅说，她刚来时连课件都不会做，是王志远一点点带出来的。如今，她已经能独立给屏幕那头的城里学生上一节民族手工课。",
        "如今，“云端课堂”的课程表越来越丰富。除了英语、音乐、美术，还增加了书法、科学实验、心理健康等课程，每周为村小开课近200节。一些在外务工的家长也通过手机观看孩子上课的直播，在屏幕前为孩子点赞。",
        "在学校里，王志远是校长，也是老师。他坚持每周给学生上两节科学课，带着孩子们做实验、观星空、种蔬菜。每到周五放学，他还要把住得远的学生一个个送上校车，才放心地回办公室。",
        "同事们说，王志远是个“闲不住”的人。白天忙学校工作，晚上整理调研材料，节假日还要下村走访。去年一年，他下乡走访的行程超过8000公里，记满了5个笔记本。“多跑一趟，就能多了解一些情况；多了解一些情况，提出的建议就能更管用一些。”他说。",
        "在王志远的推动下，鲁甸县还成立了乡村教育志愿服务队，吸纳退休教师、大学生志愿者和县城骨干教师200多人，利用寒暑假到村小开展阅读推广、艺术启蒙和心理辅导等活动。“我们不能只让孩子们隔着屏幕看世界，还要让更多的人走进大山、陪伴孩子。”",
        "谈起今后的打算，王志远说，他想推动更多优质课程资源进入乡村课堂，还要关注乡村学校的心理健康教育和课后服务。“委员的职责就是把群众的期盼带上来，把好的政策落下去。只要山里的孩子需要，我就一直干下去。”",
    ),
)

MAG_BRIEF_DIQING = S(
    section="政协简讯",
    headline="迪庆州政协协商推进生态旅游",
    paragraphs=(
        "本报讯（记者 扎西卓玛）4月9日，迪庆州政协召开“推进生态旅游高质量发展”专题协商会，州政协委员、旅游企业代表和州级有关部门负责同志参加会议。这次协商会是州政协今年开展的第一次专题协商，州政协主席出席会议并讲话。",
        "会上，州文化和旅游局、州生态环境局等部门负责同志介绍了全州生态旅游发展情况。近年来，迪庆州依托普达措国家公园、梅里雪山等生态资源，大力发展生态观光、户外运动和民族文化体验旅游，去年接待游客超过3000万人次。委员们认为，生态旅游发展势头良好，但也存在旅游产品同质化、淡旺季客流不均衡、部分景区基础设施滞后等问题。会前，委员们还实地察看了独克宗古城和纳帕海湿地的保护利用情况，走访了部分旅游企业和民宿经营户。",
        "委员们建议，要坚持生态优先，科学确定重点景区游客承载量；要挖掘藏族、纳西族等民族文化资源，打造一批生态旅游精品线路；要完善旅游交通和服务设施，提升“香格里拉”品牌影响力。有委员提出，要加强旅游从业人员培训，提升服务质量；还有委员建议，要推动生态旅游与乡村振兴深度融合，引导当地群众通过开办民宿、提供向导服务等方式参与旅游经营，增加收入。州级有关部门负责同志逐一回应了委员们的意见建议。",
        "据了解，迪庆州今年将启动生态旅游示范县创建工作，州政协将把协商中形成的意见建议整理成协商报告，报送州委、州政府参考，并围绕协商成果落实情况持续开展跟踪监督，推动协商成果落地见效。州政协还将组织委员开展生态旅游专题视察。",
    ),
)

MAG_BRIEF_DEHONG = S(
    headline="省政协调研组赴德宏调研侨务工作",
    paragraphs=(
        "本报讯（记者 岳明辉）4月8日至10日，省政协港澳台侨和外事委员会调研组赴德宏州，就发挥侨务资源优势、服务沿边开放开展调研。调研组由省政协港澳台侨和外事委员会主任带队，部分省政协委员参加调研。",
        "德宏州是全国重点侨乡之一，现有归侨侨眷和海外侨胞10万余人。近年来，德宏州重视发挥侨务资源优势，引进侨资项目160余个，实际到位资金超过100亿元，侨资企业已成为推动沿边开放和经济发展的重要力量。调研组听取了州政府有关部门的情况介绍。",
        "调研组走访了瑞丽、芒市的侨资企业、归侨侨眷家庭和口岸联检单位，详细了解侨资企业生产经营和归侨侨眷生活情况。在瑞丽市一家侨资纺织企业，调研组看到，企业通过“前店后厂”模式把产品销往缅甸、泰国等国家，带动当地500多人就业。企业负责人希望在出口信用保险、跨境人民币结算等方面得到更多支持。调研组建议，要完善为侨服务平台，引导海外侨胞参与沿边产业园区建设，更好发挥侨务资源在推动高水平对外开放中的作用。",
        "调研组还深入芒市的侨乡村寨，走访慰问了部分归侨侨眷困难家庭。在芒市华侨农场，老归侨们向调研组讲述了几代人扎根边疆、建设家园的故事，并就农场道路改造、老年人健康服务等提出了意见。调研组表示，将认真梳理大家反映的问题，及时向有关部门反馈。",
        "调研组还召开座谈会，听取州县侨联、侨商会和归侨代表的意见。大家建议，进一步优化侨资企业服务保障，加强华文教育和中华文化传播，讲好中国故事、云南故事。调研组将在此基础上形成调研报告，为省政协相关专题协商提供参考，并就完善侨务工作机制向有关部门提出建议。",
    ),
)

GRID_MEETING = S(
    kicker="扎实推进年度协商计划",
    headline="省政协召开|协商工作推进会",
    subheadline="部署二季度专题协商和对口协商议题",
    paragraphs=(
        "本报讯（记者 秦晓岚）4月17日，省政协召开协商工作推进会，总结一季度协商工作情况，部署二季度专题协商、对口协商和提案办理协商等工作。一季度，省政协围绕“推动制造业高质量发展”“加强基层医疗卫生服务能力建设”等议题开展协商活动6次，形成协商报告5份。各专门委员会、办公厅有关负责同志作交流发言。",
        "会议要求，各专门委员会要早谋划、早调研，围绕“加快建设世界一流‘绿色能源牌’”“推进县域经济高质量发展”等议题，深入开展协商前调研，确保协商议题选得准、调研摸得透、建议提得实。会议强调，要把提高协商质量作为工作重点，注重把调研成果转化为高质量的协商发言，推动协商活动由“开会”向“议事”转变。各专门委员会要加强与党政部门的沟通对接，及时掌握协商议题相关工作进展，确保协商建议与党政决策同频共振。要健全协商成果报送和反馈机制，推动更多协商成果转化为政策举措。会议还通报了一季度社情民意信息工作情况，今年以来，省政协共报送社情民意信息160余篇。",
    ),
)

GRID_YUXI = S(
    section="简讯",
    headline="玉溪市政协督办重点提案",
    paragraphs=(
        "本报讯（记者 邹丽萍）4月15日，玉溪市政协主席会议成员分别带队，对今年确定的12件重点提案开展督办。这些提案涉及生态环保、城市治理、教育医疗、产业发展等多个领域。督办前，市政协提案委员会对每件重点提案的办理情况进行了梳理，列出问题清单。督办组深入承办单位了解办理进度，与提案人、承办单位面对面沟通。据了解，今年玉溪市政协共立案提案385件，目前已全部交办到承办单位。",
        "督办中，委员们重点关注抚仙湖流域生态补偿、中心城区停车难治理、职业教育产教融合等提案的办理情况，要求承办单位细化办理措施，明确时间节点，确保提案办理取得实效。在红塔区，督办组实地察看了中心城区智慧停车项目建设情况。提案人、市政协委员张德华说，承办单位多次与提案人沟通，办理工作实实在在。督办组要求，要把提案办理与部门年度重点工作结合起来，对需要长期推进的事项，要制定分年度办理计划，跟踪落实到位。督办情况将在市政协常委会议上通报，并接受社会监督。市政协还将对重点提案办理情况开展“回头看”，并把督办结果向社会公开。",
    ),
)

GRID_JIANSHUI = S(
    section="基层动态",
    headline="建水县政协|议事会上议古城",
    paragraphs=(
        "本报讯（记者 普丽娟）“古城里的老房子怎么修，商户和居民怎么相处，大家都有话说。”4月12日，建水县政协在临安镇翰林街社区召开“有事好商量”协商议事会，邀请居民代表、商户和文物保护专家一起商议古城保护利用问题。翰林街社区是建水古城的核心区域，有明清古建筑200余座，居民和商户近3000户。议事会上，居民们你一言我一语，有的希望老房子修缮时能得到更多补助，有的反映夜间酒吧噪声影响休息，还有的提出古城停车位太少。文物保护专家则提醒，修缮要坚持“修旧如旧”，不能随意改变建筑原貌。",
        "经过协商，各方就老旧民居修缮补助、夜间经营噪声管理、停车场建设等达成共识。县政协将协商意见整理后报县委、县政府，推动相关部门抓好落实。“这样的议事会开得好，我们的意见有人听、有人管。”参加议事会的居民代表王建华说。县政协表示，今年将在古城各社区全面推开协商议事会，让更多群众参与到古城保护中来。近年来，建水县政协在全县各乡镇和部分社区推行协商议事会，累计开展协商90余场次，推动解决群众急难愁盼问题100多个。议事会后，县政协还将组织委员对协商意见落实情况开展跟踪监督。",
    ),
)

GRID_ZHIGONG = S(
    headline="致公党云南省委|调研跨境电商",
    paragraphs=(
        "本报讯（记者 蒙俊杰）4月11日至13日，致公党云南省委调研组赴昆明综合保税区、河口跨境电商产业园等地，围绕“推动跨境电商高质量发展”开展调研。在河口跨境电商产业园，不少企业通过直播带货把东南亚特色商品销往全国，也把云南的鲜花、茶叶、咖啡卖到了国外。调研组还与海关、商务等部门负责同志座谈交流。在昆明综合保税区，调研组详细了解了跨境电商保税备货模式的运行情况。调研组先后走访了8家跨境电商企业和2个海外仓服务中心，了解企业在通关、物流、结算、人才等方面遇到的困难。",
        "调研组建议，要加快海外仓和边境仓布局建设，完善跨境电商物流通道，培育一批面向南亚东南亚的本土跨境电商品牌，加强跨境电商专业人才培养，加大对中小跨境电商企业的金融支持。调研组认为，云南发展跨境电商具有区位、通道和产业等多重优势，要抓住《区域全面经济伙伴关系协定》实施机遇，推动跨境电商与边境贸易、特色产业融合发展。致公党云南省委还将组织党员企业家开展跨境电商经验交流活动。致公党云南省委将在调研基础上形成专题报告，以党派名义向省政协提交。",
    ),
)

GRID_PHOTO = S(
    headline="委员植树添新绿",
    caption="4月3日，省政协机关干部和部分在昆委员在昆明市西山区团结街道参加义务植树活动，共栽下云南松、滇朴等苗木800余株。",
    credit="通讯员 普文华 摄",
)

GRID_DAYAO = S(
    headline="大姚县政协助力核桃产业",
    paragraphs=(
        "本报讯（记者 李梦瑶）今年以来，大姚县政协组织农业界委员深入全县12个乡镇，围绕核桃提质增效开展系列调研。大姚县是全国核桃重点产区，全县核桃种植面积超过100万亩，但长期以来存在品种杂、管理粗、加工弱等问题。调研中，委员们发现部分核桃园树龄老化、管护不到位，单产偏低，有的农户对核桃种植失去了信心。为此，县政协把核桃产业提质增效列为年度重点协商议题，组织委员分片包干，逐村摸底。委员们协调解决核桃初加工设备不足、销售渠道单一等问题8个。在三台乡，委员们联系农业科技专家开展核桃提质增效技术培训，推广高接换优、病虫害绿色防控等实用技术，培训农户1500余人次。",
        "县政协还动员委员企业与合作社签订核桃收购协议，预计今年可带动种植户增收1200余万元。在金碧镇，委员企业与当地6个核桃专业合作社签订了长期收购协议，收购价格比市场价高出一成左右，不少农户重新拾起了管护核桃园的信心。县政协表示，将继续发挥委员优势，推动核桃产业向精深加工延伸。目前，全县已建成核桃初加工厂15个，核桃乳、核桃油等精深加工产品销往全国多个省份。",
    ),
)

GRID_ZHAOTONG = S(
    headline="昭通市政协|开展专项民主监督",
    paragraphs=(
        "本报讯（记者 杜文涛）4月16日，昭通市政协启动“义务教育优质均衡发展”专项民主监督，组成5个监督小组，分赴11个县（市、区）开展为期一个月的监督。监督前，市政协召开了专题培训会，邀请市教育体育局负责同志介绍全市义务教育发展情况。监督组成员还将随机走访部分学校的师生和家长。各县（市、区）政协同步开展联动监督。监督期间，监督组还将通过委员履职平台收集群众意见。每个监督小组由市政协委员、教育界专家和特约监督员组成。",
        "监督组将采取明察暗访、座谈走访、问卷调查等方式，重点了解学校布局调整、教师队伍建设、控辍保学等工作情况，形成监督报告报送市委、市政府。市政协要求，监督组成员要坚持问题导向，既要发现问题，也要帮助找准症结、提出对策，做到监督不缺位、帮忙不添乱。监督结束后，市政协将召开专题协商会，推动监督中发现的问题整改落实。市政协主席在启动会上要求，要把民主监督与协商议政、提案办理结合起来，增强监督实效。据了解，这是昭通市政协连续第三年围绕教育领域开展专项民主监督，前两年监督中提出的42条意见建议已有36条得到落实。",
    ),
)

GRID_NONGGONG = S(
    headline="农工党云南省委|开展健康科普宣讲",
    paragraphs=(
        "本报讯（记者 钟雅琴）4月10日，农工党云南省委组织医疗专家在楚雄州南华县开展健康科普宣讲活动，为基层干部群众讲解高血压、糖尿病等慢性病防治知识，并开展义诊咨询。宣讲团成员包括心血管、内分泌、中医等领域的12名专家。不少群众早早就赶来排队，有的还带着病历和药盒向专家咨询。专家们结合身边病例讲解慢性病的早期识别、合理用药和健康生活方式，现场互动热烈。义诊现场，专家们为300余名群众测量血压血糖、解答健康咨询。",
        "活动中，专家们还走进县人民医院，与当地医务人员开展病例讨论和业务交流，并向医院赠送了一批常用医疗器械和健康科普读物。农工党云南省委有关负责同志表示，将持续开展“同心·健康”系列活动，推动优质医疗资源下沉基层。南华县有关负责同志表示，这样的活动把优质医疗服务送到了群众家门口，希望今后常态化开展。当天，专家团队还为县人民医院的医生们举办了慢性病规范化诊疗专题讲座，并与县医院签订了对口帮扶协议，今后将定期派专家到南华县坐诊带教。",
    ),
)

GRID_NUJIANG = S(
    headline="怒江州政协委员工作站|为群众办实事",
    paragraphs=(
        "本报讯（记者 和丽芬）今年以来，怒江州政协依托全州45个委员履职工作站，开展“委员接待日”活动，累计接待群众600余人次，收集意见建议170余条，协调解决饮水、道路、就医等民生实事52件。委员工作站实行“委员轮值、定期接待、跟踪督办”工作机制，每月至少开展一次接待活动。怒江州地处边境，山高谷深，不少群众居住分散，委员工作站成为群众身边的“议事厅”。在福贡县上帕镇委员工作站，群众反映农村饮水管道老化漏水，委员们调研后形成社情民意信息上报，推动落实了维修资金。",
        "州政协要求，要把委员工作站建成联系群众的重要平台，做到群众反映问题有回音、有着落。州政协还建立了委员工作站工作台账，对群众反映的问题实行销号管理，办结一件、销号一件。州政协主席会议成员每季度到委员工作站接待群众一次。在贡山县丙中洛镇委员工作站，委员们接到群众反映村组道路破损的问题后，当即与县交通运输部门对接，一个月内完成了修复。“有事找委员，委员帮着办。”这已经成为不少当地群众的口头禅。今年，州政协还将在委员工作站开展“协商在基层”活动，围绕边境村寨建设、民族团结进步示范创建等议题组织协商。",
    ),
)

# ---------------------------------------------------------------------------------------------
# the layouts: each returns (articles in reading order, other printed items)

def _four_columns() -> tuple[list[_Set], list]:
    """A lead over grid columns 1-3 with a profile (section label) in the right column; under the
    lead a feature with a photo in its second column, a photo news item and a brief; under the
    profile another brief."""
    n = 4
    g = _grid(n)
    x, w = _span(n, 0, 2)
    lead = _set_article(FOUR_LEAD, x, TOP, w, bottom=560, cols=3, head=SIZES["headline_lead"])
    xr, wr = _span(n, 3, 3)
    profile = _set_article(FOUR_PROFILE, xr, TOP, wr, bottom=760, head=SIZES["headline_feature"])
    volunteer = _set_article(FOUR_BRIEF_VOLUNTEER, xr, _below(profile), wr, bottom=BOTTOM,
                             head=SIZES["headline_brief"])
    y2 = _below(lead)
    xf, wf = _span(n, 0, 1)
    feature = _set_article(FOUR_FEATURE, xf, y2, wf, bottom=BOTTOM, cols=2,
                           head=SIZES["headline"], photo=_Photo(1, 1, 150))
    x3, w3 = _span(n, 2, 2)
    photo = _set_article(FOUR_PHOTO, x3, y2, w3, bottom=BOTTOM, head=SIZES["headline_brief"],
                         photo=_Photo(0, 1, 170))
    city = _set_article(FOUR_BRIEF_CITY, x3, _below(photo), w3, bottom=BOTTOM,
                        head=SIZES["headline_brief"])
    rules = [_vrule(g[3], TOP, BOTTOM), _hrule(x, w, lead), _vrule(g[2], y2, BOTTOM),
             _hrule(x3, w3, photo), _hrule(xr, wr, profile)]
    return [lead, profile, feature, photo, city, volunteer], rules


def _five_columns_photo() -> tuple[list[_Set], list]:
    """A lead with a large photo over grid columns 1-3 and a proposal follow-up (section label)
    in columns 4-5; under the lead an L-shaped survey report (headline over columns 1-3, its
    first column running down to the foot of the page) around a photo news item; two briefs in
    columns 4-5."""
    n = 5
    g = _grid(n)
    x, w = _span(n, 0, 2)
    lead = _set_article(FIVE_LEAD, x, TOP, w, bottom=640, cols=3, head=26.0,
                        photo=_Photo(0, 3, 196))
    xr, wr = _span(n, 3, 4)
    proposal = _set_article(FIVE_PROPOSAL, xr, TOP, wr, bottom=lead.bottom, cols=2,
                            head=SIZES["headline_feature"])
    y2 = max(_below(lead), _below(proposal))
    split = 900.0
    survey = _set_article(FIVE_SURVEY, x, y2, w, bottom=BOTTOM, cols=3, head=SIZES["headline"],
                          col_bottoms=(BOTTOM, split, split), split_y=split + 1)
    x12, w12 = _span(n, 1, 2)
    photo = _set_article(FIVE_PHOTO, x12, split + GAP_Y, w12, bottom=BOTTOM,
                         head=SIZES["headline_brief"], photo=_Photo(0, 1, 150))
    qujing = _set_article(FIVE_BRIEF_QUJING, xr, y2, wr, bottom=BOTTOM, cols=2,
                          head=SIZES["headline_brief"])
    training = _set_article(FIVE_BRIEF_TRAINING, xr, _below(qujing), wr, bottom=BOTTOM, cols=2,
                            head=SIZES["headline_brief"])
    women = _set_article(FIVE_BRIEF_WOMEN, xr, _below(training), wr, bottom=BOTTOM, cols=2,
                         head=SIZES["headline_brief"])
    y_split_rule = split + GAP_Y / 2
    rules = [_vrule(g[3], TOP, BOTTOM), _hrule(x, w, y2 - GAP_Y / 2), _hrule(xr, wr, y2 - GAP_Y / 2),
             _hrule(x12, w12, y_split_rule), _vrule(g[1], y_split_rule, BOTTOM),
             _hrule(xr, wr, qujing), _hrule(xr, wr, training)]
    return [lead, proposal, survey, photo, qujing, training, women], rules


def _banner_and_briefs() -> tuple[list[_Set], list]:
    """A banner lead across the page (five columns, photo in the two on the right); under it a
    feature over columns 1-3 and a photo news item in column 4, an article over columns 1-4 at
    the foot, and a side column of three briefs on the right under a section label."""
    n = 5
    g = _grid(n)
    lead = _set_article(BANNER_LEAD, LEFT, TOP, RIGHT - LEFT, bottom=470, cols=5,
                        head=SIZES["headline_lead"], photo=_Photo(3, 2, 200))
    y2 = _below(lead)
    x4, w4 = _span(n, 4, 4)
    briefs = []
    y = y2
    for story in (BANNER_BRIEF_BORDER, BANNER_BRIEF_RAINFOREST, BANNER_BRIEF_DIGITAL):
        briefs.append(_set_article(story, x4, y, w4, bottom=BOTTOM, head=SIZES["headline_brief"]))
        y = _below(briefs[-1])
    x3, w3 = _span(n, 3, 3)
    photo = _set_article(BANNER_PHOTO, x3, y2, w3, bottom=BOTTOM, head=SIZES["headline_brief"],
                         photo=_Photo(0, 1, 200))
    xf, wf = _span(n, 0, 2)
    feature = _set_article(BANNER_FEATURE, xf, y2, wf, bottom=max(photo.bottom, 800), cols=3,
                           head=SIZES["headline"])
    y3 = max(_below(feature), _below(photo))
    xb, wb = _span(n, 0, 3)
    business = _set_article(BANNER_BUSINESS, xb, y3, wb, bottom=BOTTOM, cols=4,
                            head=SIZES["headline"], photo=_Photo(2, 2, 150))
    rules = [_hrule(LEFT, RIGHT - LEFT, lead), _vrule(g[4], y2, BOTTOM), _vrule(g[3], y2, y3 - GAP_Y / 2),
             _hrule(xb, wb, y3 - GAP_Y / 2)]
    rules += [_hrule(x4, w4, b) for b in briefs[:-1]]
    return [lead, feature, photo, business, *briefs], rules


def _tabloid_six_columns() -> tuple[list[_Set], list]:
    """A tabloid page on a six-column grid of narrow columns, with no rules between articles:
    white space alone (gutters of 1.2 characters) sets them apart. A lead over columns 1-4 (its
    headline across all four, its body in four columns) with a photo news item under it; down
    columns 5-6 a stack of three briefs, the first under a section label."""
    n = 6
    x, w = _span(n, 0, 3)

    def photo_item(top: float) -> _Set:
        return _set_article(TAB_PHOTO, x, top, w, bottom=_geo.bottom, head=SIZES["headline_brief"],
                            photo=_Photo(0, 1, 168))

    # set once to measure it: the photo news item ends at the foot of the page
    foot = _geo.bottom - (photo_item(_geo.top).bottom - _geo.top)
    lead = _set_article(TAB_LEAD, x, _geo.top, w, bottom=foot - _geo.gap_y, cols=4,
                        head=SIZES["headline_lead"])
    photo = photo_item(foot)
    xr, wr = _span(n, 4, 5)
    briefs = []
    y = _geo.top
    for story in (TAB_BRIEF_HONGHE, TAB_BRIEF_MINJIAN, TAB_BRIEF_WENSHAN):
        briefs.append(_set_article(story, xr, y, wr, bottom=_geo.bottom, cols=2,
                                   head=SIZES["headline_brief"]))
        y = _below(briefs[-1])
    return [lead, photo, *briefs], []


def _magazine_feature_two_photos() -> tuple[list[_Set], list]:
    """A feature over the whole width (kicker, headline, ——subheadline, byline; four body
    columns with rules between them), a photo at the top of its second column and another in
    the middle of its fourth; at the foot a band of two briefs side by side, the first under a
    section label."""
    n = 4
    g = _grid(n)
    feature = _set_article(MAG_FEATURE, _geo.left, _geo.top, _geo.right - _geo.left,
                           bottom=900.0, cols=4, head=SIZES["headline_lead"],
                           photo=_Photo(1, 1, 280), photos=(_Photo(3, 1, 190, after=16),),
                           column_rules=True)
    y2 = _below(feature)
    x1, w1 = _span(n, 0, 1)
    diqing = _set_article(MAG_BRIEF_DIQING, x1, y2, w1, bottom=_geo.bottom, cols=2,
                          head=SIZES["headline_brief"])
    x2, w2 = _span(n, 2, 3)
    dehong = _set_article(MAG_BRIEF_DEHONG, x2, y2, w2, bottom=_geo.bottom, cols=2,
                          head=SIZES["headline_brief"])
    rules = [_hrule(_geo.left, _geo.right - _geo.left, feature),
             _vrule(g[2], y2, max(diqing.bottom, dehong.bottom))]
    return [feature, diqing, dehong], rules


def _briefs_grid() -> tuple[list[_Set], list]:
    """Nine short items in three stacks of three (a six-column grid, each item over two grid
    columns with its body in both): headlines of 18-22 pt, some on two lines; the second and
    third stacks each under a section label; a photo news item in the middle of the second
    stack. Rules between the stacks and between the items of a stack."""
    n = 6
    g = _grid(n)
    stacks = (
        ((GRID_MEETING, 22.0), (GRID_ZHIGONG, SIZES["headline_brief"]), (GRID_ZHAOTONG, 22.0)),
        ((GRID_YUXI, SIZES["headline_brief"]), (GRID_PHOTO, 22.0),
         (GRID_NONGGONG, SIZES["headline_brief"])),
        ((GRID_JIANSHUI, SIZES["headline_small"]), (GRID_DAYAO, SIZES["headline_small"]),
         (GRID_NUJIANG, SIZES["headline_small"])),
    )
    articles: list[_Set] = []
    rules: list = []
    for k, stack in enumerate(stacks):
        x, w = _span(n, 2 * k, 2 * k + 1)
        y = _geo.top
        for story, head in stack:
            photo = _Photo(0, 2, 300) if story.caption else None
            articles.append(_set_article(story, x, y, w, bottom=_geo.bottom, cols=2, head=head,
                                         photo=photo))
            y = _below(articles[-1])
        rules += [_hrule(x, w, a) for a in articles[-3:-1]]
    rules += [_vrule(g[2], _geo.top, _geo.bottom), _vrule(g[4], _geo.top, _geo.bottom)]
    return articles, rules


_LAYOUTS = {
    "four-columns": (_four_columns, "2024年3月15日 星期五", 5, "责任编辑 宋宁 美编 李婷"),
    "five-columns-photo": (_five_columns_photo, "2024年3月22日 星期五", 6, "责任编辑 马骏 美编 杨柳"),
    "banner-and-briefs": (_banner_and_briefs, "2024年3月29日 星期五", 7, "责任编辑 宋宁 美编 段玲"),
    "tabloid-six-columns": (_tabloid_six_columns, "2024年4月5日 星期五", 8, "责任编辑 马骏 美编 王蕾"),
    "magazine-feature-two-photos": (_magazine_feature_two_photos, "2024年4月12日 星期五", 6,
                                    "责任编辑 宋宁 美编 杨柳"),
    "briefs-grid": (_briefs_grid, "2024年4月19日 星期五", 7, "责任编辑 马骏 美编 段玲"),
}
assert tuple(_LAYOUTS) == LAYOUTS
_GEOMETRY = {"tabloid-six-columns": TABLOID}   # layouts not set on a broadsheet


def _page(layout: str) -> tuple[bytes, list[TrueArticle]]:
    global _geo
    try:
        build, date, page, editors = _LAYOUTS[layout]
    except KeyError:
        raise ValueError(f"unknown layout {layout!r}; known: {', '.join(LAYOUTS)}") from None
    _geo = _GEOMETRY.get(layout, BROADSHEET)
    try:
        articles, rules = build()
        buf = io.BytesIO()
        c = canvas.Canvas(buf, pagesize=(_geo.width, _geo.height), invariant=1, pageCompression=0)
        c.setTitle(f"政协 {layout}")
        for item in _folio(date, page, editors) + rules:
            _draw(c, item)
        for art in articles:
            for item in art.items:
                _draw(c, item)
        c.showPage()
        c.save()
    finally:
        _geo = BROADSHEET
    return buf.getvalue(), [a.truth for a in articles]


def page_size(layout: str) -> tuple[float, float]:
    """The (width, height) in pt of a page in the given layout: PAGE_SIZE but for the tabloid."""
    if layout not in _LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}; known: {', '.join(LAYOUTS)}")
    geo = _GEOMETRY.get(layout, BROADSHEET)
    return (geo.width, geo.height)


def make_page_pdf(path: Path, layout: str) -> list[TrueArticle]:
    """Write one page in the given layout (one of LAYOUTS) to path; return its articles in
    reading order (the lead first, then block by block as a reader goes down and across)."""
    data, truth = _page(layout)
    Path(path).write_bytes(data)
    return truth


def make_scanned_pdf(path: Path) -> None:
    """Write a page that is only a picture: the first layout rendered to a grey 150 dpi JPEG
    and pasted over the whole page, with no text layer."""
    import pypdfium2 as pdfium
    from reportlab.lib.utils import ImageReader

    data, _ = _page(LAYOUTS[0])
    pdf = pdfium.PdfDocument(data)
    try:
        image = pdf[0].render(scale=150 / 72).to_pil().convert("L")
    finally:
        pdf.close()
    jpeg = io.BytesIO()
    image.save(jpeg, "JPEG", quality=75)       # embedded as it is (DCTDecode), like a scanner's output
    jpeg.seek(0)
    c = canvas.Canvas(str(path), pagesize=PAGE_SIZE, invariant=1)
    c.drawImage(ImageReader(jpeg), 0, 0, PAGE_W, PAGE_H)
    c.showPage()
    c.save()
