"""Where each article stands on the page: its blocks' rectangles (and its pictures), merged into as few
rectangles as cover it without taking in another article, as fractions of the page (top-left origin)."""
from __future__ import annotations

from ..model import ParsedPage
from .layout import PdfText
from .order import Rect

Region = tuple[float, float, float, float]  # x, y, width, height as fractions of the page


def article_regions(parsed: ParsedPage, pdf: PdfText) -> dict[int, list[Region]]:
    """Article order -> its regions. Blocks belong to the article the importer put their text in."""
    owner: dict[int, int] = {}
    for piece in parsed.pieces:
        if piece.article is not None:
            owner.setdefault(piece.block, piece.article)
    for index in reversed(range(len(pdf.blocks) - 1)):  # a section label heads the article under it
        if index not in owner and pdf.blocks[index].text in parsed.sections and index + 1 in owner:
            owner[index] = owner[index + 1]
    chunks: dict[int, dict[int, Rect]] = {}  # article -> chunk -> the union of its lines there
    for index, block in enumerate(pdf.blocks):
        article = owner.get(index)
        if article is None:
            continue
        for rect, chunk in zip(block.rects, block.chunks):
            have = chunks.setdefault(article, {}).get(chunk)
            chunks[article][chunk] = rect if have is None else have.union(rect)
    rects = {a: list(c.values()) for a, c in chunks.items()}
    for picture in pdf.pictures:
        article = _illustrated(picture, rects, pdf.body_size)
        if article is not None:
            rects[article].append(picture)
    merged = {a: _merge(a, rects) for a in rects}
    return {a: [_fraction(r, pdf.width, pdf.height) for r in sorted(rs, key=lambda r: (r.top, r.x0))]
            for a, rs in merged.items()}


def _illustrated(picture: Rect, rects: dict[int, list[Rect]], body: float) -> int | None:
    """The article a picture belongs to: the one whose text starts right under it (its caption), else
    the one it stands closest to within the same columns."""
    best: tuple[float, int] | None = None
    for article, rs in rects.items():
        for r in rs:
            if min(r.x1, picture.x1) - max(r.x0, picture.x0) <= 0:
                continue
            gap = r.top - picture.bottom if r.top >= picture.bottom - body else picture.top - r.bottom
            if gap >= -body and (best is None or abs(gap) < best[0]):
                best = (abs(gap) if r.top >= picture.bottom - body else abs(gap) + body, article)
    return best[1] if best else None


def _merge(article: int, rects: dict[int, list[Rect]]) -> list[Rect]:
    """Join two of an article's rectangles while their bounding box is mostly theirs (little white
    space taken in) and covers no other article's text."""
    mine = list(rects[article])
    others = [r for a, rs in rects.items() if a != article for r in rs]
    joined = True
    while joined:
        joined = False
        for i in range(len(mine)):
            for j in range(i + 1, len(mine)):
                box = mine[i].union(mine[j])
                covered = mine[i].area + mine[j].area - mine[i].intersection(mine[j])
                if box.area <= 1.3 * covered and not any(box.intersection(o) > 0.02 * o.area for o in others):
                    mine[i] = box
                    del mine[j]
                    joined = True
                    break
            if joined:
                break
    return mine


def _fraction(r: Rect, width: float, height: float) -> Region:
    return (round(r.x0 / width, 4), round(r.top / height, 4), round((r.x1 - r.x0) / width, 4),
            round((r.bottom - r.top) / height, 4))
