"""A page PDF's text layer -> blocks in reading order, each with its type size and where it stands.

Characters become line fragments (one line of one column: a gutter is at least a character wide),
fragments of one size stacked in one column become chunks, chunks are put in reading order by cutting
the page at its widest gaps (rows of articles, then columns), and each chunk's lines become blocks
(paragraphs start at an indent or after a short line; a size change starts a heading).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from ..pagedata import HEADING_RATIO, SMALL_RATIO
from .order import Rect, reading_order


FOLIO_BAND = 0.06  # the top of the page where the running head stands (no article starts that high)


@dataclass(frozen=True)
class Char:
    text: str
    size: float
    x0: float
    top: float
    x1: float
    bottom: float


@dataclass(frozen=True)
class Line:
    """One line of text in one column (a line fragment)."""

    text: str
    size: float
    rect: Rect


@dataclass(frozen=True)
class PdfBlock:
    """A block of the page as the text importer reads it, with its type size and its lines' places."""

    text: str
    size: float
    rects: tuple[Rect, ...]  # its lines
    chunks: tuple[int, ...]  # the column chunk each line stands in (regions are made per chunk)
    indented: bool = False  # its first line is indented: a paragraph starts there
    full: bool = False  # its last line runs to the column's edge: it may go on in the next column


@dataclass(frozen=True)
class PdfText:
    width: float
    height: float
    body_size: float
    blocks: tuple[PdfBlock, ...]
    pictures: tuple[Rect, ...]  # photos and graphics, to be given to the article they illustrate
    folio: str = ""  # the running head (date, page name, number) above the page's text: page data


@dataclass(frozen=True)
class Rules:
    """The thin lines a page is divided with: text is never read across one."""

    vertical: tuple[Rect, ...] = ()
    horizontal: tuple[Rect, ...] = ()

    def between_x(self, left: float, right: float, top: float, bottom: float) -> bool:
        return any(left <= r.x0 and r.x1 <= right and r.top <= bottom and r.bottom >= top for r in self.vertical)

    def between_y(self, upper: Rect, lower: Rect) -> bool:
        x0, x1 = max(upper.x0, lower.x0), min(upper.x1, lower.x1)
        return any(upper.bottom <= r.top and r.bottom <= lower.top and r.x0 < x1 and r.x1 > x0
                   for r in self.horizontal)


def page_text(chars: list[Char], width: float, height: float, pictures: tuple[Rect, ...] = (),
              rules: Rules = Rules()) -> PdfText:
    """Blocks in reading order from the characters of one page."""
    if not chars:
        return PdfText(width, height, 0.0, (), pictures)
    body = body_size(chars)
    lines = line_fragments(chars, rules)
    head = [ln for ln in lines if ln.rect.bottom < FOLIO_BAND * height]
    lines = [ln for ln in lines if ln.rect.bottom >= FOLIO_BAND * height]
    chunks = stack_chunks(lines, rules)
    # photos take part in the cutting, though they hold no text: the white a photo leaves in one column is
    # no gap to cut the page at (it would split the columns beside it)
    ordered = [i for i in reading_order([_bounds(c) for c in chunks] + list(pictures),
                                        [c[0].size >= body * HEADING_RATIO for c in chunks] + [False] * len(pictures))
               if i < len(chunks)]
    blocks: list[PdfBlock] = []
    for n, index in enumerate(ordered):
        for block in chunk_blocks(chunks[index], n, body):
            # the paragraph it continues, across a column break and any caption set in the way
            j = len(blocks) - 1
            while j >= 0 and blocks[j].size < body * SMALL_RATIO and block.size >= body * SMALL_RATIO:
                j -= 1
            if j >= 0 and _runs_on(blocks[j], block, body):
                before = blocks[j]
                blocks[j] = PdfBlock(_joined_text(before.text, block.text), before.size, before.rects + block.rects,
                                     before.chunks + block.chunks, before.indented, block.full)
            else:
                blocks.append(block)
    folio = " ".join(ln.text for ln in sorted(head, key=lambda ln: (ln.rect.x0, ln.rect.top)))
    return PdfText(width, height, body, tuple(blocks), pictures, folio)


def body_size(chars: list[Char]) -> float:
    """The size most characters are set in: the body text."""
    return Counter(round(c.size, 1) for c in chars if not c.text.isspace()).most_common(1)[0][0]


def line_fragments(chars: list[Char], rules: Rules = Rules()) -> list[Line]:
    """Characters of one baseline and size; a row splits at a gutter, a gap that the rows around it leave
    empty too (a space inside a byline or a padded name is covered by the text above or below)."""
    rows: dict[tuple[int, float], list[Char]] = {}
    for c in sorted(chars, key=lambda c: (c.top, c.x0)):
        key = next((k for k in rows if abs(k[0] - c.top) <= c.size * 0.3 and abs(k[1] - c.size) < 0.6), None)
        rows.setdefault(key or (round(c.top), c.size), []).append(c)
    ordered = [sorted(row, key=lambda c: c.x0) for row in rows.values()]
    lines: list[Line] = []
    for row in ordered:
        run = [row[0]]
        for c in row[1:]:
            gap = c.x0 - run[-1].x1
            if gap > c.size * 0.6 and (rules.between_x(run[-1].x1, c.x0, c.top, c.bottom)
                                       or _gutter(run[-1].x1, c.x0, row, ordered)):
                lines.append(_line(run))
                run = []
            elif gap > c.size * 0.4:
                run.append(Char(" ", c.size, run[-1].x1, c.top, c.x0, c.bottom))  # a space not drawn as a glyph
            run.append(c)
        lines.append(_line(run))
    return [line for line in lines if line.text.strip()]


def _gutter(left: float, right: float, row: list[Char], rows: list[list[Char]]) -> bool:
    """A gutter between columns, not a space: somewhere in the gap lies a strip that the rows within
    three lines above and below, where they have text on both sides of it, mostly leave empty too. (A
    short line's end or an indent leaves a wide gap, but only a gutter runs on through the other rows;
    a byline's spaces lie under and over running text.)"""
    size, top = row[0].size, row[0].top
    near = [r for r in rows if r is not row and abs(r[0].top - top) <= 3 * max(size, r[0].size)
            and 0.75 * size <= r[0].size <= 1.35 * size]  # text of its kind, not a headline passing by
    same = [r for r in near if abs(r[0].size - size) < 0.6]  # rows in the same type speak first
    near = same if any(_strip(r, left, right, size)[1] for r in same) else near
    step = size / 2
    a = left + 0.1 * size
    voted = False
    while a + step <= right - 0.1 * size:
        votes = [not covered for covered, both in (_strip(r, a, a + step, size) for r in near) if covered or both]
        if votes and sum(votes) * 2 > len(votes):
            return True
        voted = voted or bool(votes)
        a += step
    return not voted and right - left > 1.2 * size  # nothing around to tell (beside a photo): by its width


def _strip(row: list[Char], a: float, b: float, size: float) -> tuple[bool, bool]:
    """(a character of the row lies in the strip a..b, the row has text close on both sides of it: within
    three characters, so a row of other columns far to the left and right says nothing here)."""
    covered = any(c.x0 < b and c.x1 > a for c in row)
    both = any(a - 3 * size <= c.x1 <= a + size for c in row) and any(b - size <= c.x0 <= b + 3 * size for c in row)
    return covered, both


def _line(run: list[Char]) -> Line:
    text = "".join(c.text for c in run)
    size = Counter(round(c.size, 1) for c in run if not c.text.isspace() or len(run) == 1).most_common(1)[0][0]
    rect = Rect(min(c.x0 for c in run), min(c.top for c in run), max(c.x1 for c in run), max(c.bottom for c in run))
    return Line(text.strip(), size, rect)


def stack_chunks(lines: list[Line], rules: Rules = Rules()) -> list[list[Line]]:
    """Lines of one size, one under the other in the same column, close together, no rule between
    them: one chunk."""
    chunks: list[list[Line]] = []
    for line in sorted(lines, key=lambda ln: (ln.rect.top, ln.rect.x0)):
        home = next((c for c in reversed(chunks) if _continues(c, line) and not rules.between_y(c[-1].rect, line.rect)),
                    None)
        if home is None:
            chunks.append([line])
        else:
            home.append(line)
    return chunks


def _continues(chunk: list[Line], line: Line) -> bool:
    last = chunk[-1]
    if abs(last.size - line.size) >= 0.6:
        return False
    gap = line.rect.top - last.rect.bottom
    if not -0.3 * line.size <= gap <= 1.2 * line.size:
        return False
    left = min(ln.rect.x0 for ln in chunk)
    right = max(ln.rect.x1 for ln in chunk)
    if not (line.rect.x0 < right and line.rect.x1 > left):
        return False
    centred = abs((line.rect.x0 + line.rect.x1) - (left + right)) <= 2 * line.size  # a heading's lines
    return abs(line.rect.x0 - left) <= 2.5 * line.size or centred


def _bounds(chunk: list[Line]) -> Rect:
    return Rect(min(ln.rect.x0 for ln in chunk), min(ln.rect.top for ln in chunk),
                max(ln.rect.x1 for ln in chunk), max(ln.rect.bottom for ln in chunk))


def chunk_blocks(chunk: list[Line], number: int, body: float) -> list[PdfBlock]:
    """A chunk's lines as blocks: a paragraph starts at an indented line or after a line that stops short
    of the column's right edge; lines of a heading run on until one stops short."""
    bounds = _bounds(chunk)
    if chunk[0].size >= body * HEADING_RATIO:  # a heading set on several lines (often centred): one block
        return [PdfBlock(_joined(chunk), chunk[0].size, tuple(ln.rect for ln in chunk), (number,) * len(chunk))]
    blocks: list[list[Line]] = []
    for line in chunk:
        indented = line.rect.x0 - bounds.x0 >= 1.5 * line.size
        after_short = bool(blocks) and bounds.x1 - blocks[-1][-1].rect.x1 >= 1.5 * line.size
        if not blocks or indented or after_short:
            blocks.append([line])
        else:
            blocks[-1].append(line)
    return [PdfBlock(_joined(b), b[0].size, tuple(ln.rect for ln in b), (number,) * len(b),
                     indented=b[0].rect.x0 - bounds.x0 >= 1.0 * b[0].size,
                     full=len(chunk) > 1 and bounds.x1 - b[-1].rect.x1 < 1.5 * b[-1].size) for b in blocks]


def _runs_on(before: PdfBlock, after: PdfBlock, body: float) -> bool:
    """A paragraph cut by a column break: the last block of one column runs to its edge and the first
    of the next column starts without an indent, in the same body type."""
    return (before.chunks[-1] != after.chunks[0] and before.full and not after.indented
            and abs(before.size - after.size) < 0.6 and after.size < body * HEADING_RATIO and len(after.text) > 0)


def _joined(lines: list[Line]) -> str:
    """Print lines of one block joined as the text runs on."""
    text = lines[0].text
    for line in lines[1:]:
        text = _joined_text(text, line.text)
    return text


def _joined_text(a: str, b: str) -> str:
    """A space only between two Latin words (Chinese runs on without one)."""
    return a + (" " if a[-1].isascii() and a[-1].isalnum() and b[0].isascii() and b[0].isalnum() else "") + b
