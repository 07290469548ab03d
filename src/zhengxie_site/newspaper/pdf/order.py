"""Reading order of a printed page's text chunks, by recursive cuts at the widest white gap (XY-cut).

Newspaper pages are laid out in rectangles: rows of articles, an article's headline over its columns,
columns side by side. Cutting where no chunk straddles, at the widest gap first (a horizontal cut on a
tie: rows are read before columns), reads rows top to bottom and columns left to right.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Rect:
    """A rectangle in page points, origin top-left."""

    x0: float
    top: float
    x1: float
    bottom: float

    @property
    def area(self) -> float:
        return max(0.0, self.x1 - self.x0) * max(0.0, self.bottom - self.top)

    def union(self, other: Rect) -> Rect:
        return Rect(min(self.x0, other.x0), min(self.top, other.top), max(self.x1, other.x1),
                    max(self.bottom, other.bottom))

    def intersection(self, other: Rect) -> float:
        w = min(self.x1, other.x1) - max(self.x0, other.x0)
        h = min(self.bottom, other.bottom) - max(self.top, other.top)
        return w * h if w > 0 and h > 0 else 0.0


def reading_order(rects: list[Rect], headings: list[bool] | None = None) -> list[int]:
    """Indexes of `rects` in reading order; `headings` marks the chunks set in headline type."""
    return _order(list(range(len(rects))), rects, headings or [False] * len(rects))


def _order(items: list[int], rects: list[Rect], headings: list[bool]) -> list[int]:
    if len(items) <= 1:
        return items
    horizontal = _gaps([(rects[i].top, rects[i].bottom) for i in items])
    vertical = _gaps([(rects[i].x0, rects[i].x1) for i in items])
    if not horizontal and not vertical:  # overlapping chunks: top to bottom, left to right
        return sorted(items, key=lambda i: (rects[i].top, rects[i].x0))
    under_heading = [gap for gap in horizontal if _heading_above(gap[0], items, rects, headings)]
    widest_h = max(horizontal, key=lambda g: g[1], default=None)
    widest_v = max(vertical, key=lambda g: g[1], default=None)
    if under_heading:  # a headline over its columns is read first, however narrow it is set
        cut, across = under_heading[0][0], True
    elif widest_v is None or (widest_h is not None and widest_h[1] >= widest_v[1] * 0.999):
        assert widest_h is not None  # there are gaps, and none of them vertical
        cut, across = widest_h[0], True
    else:
        cut, across = widest_v[0], False
    first = [i for i in items if (rects[i].bottom if across else rects[i].x1) <= cut]
    rest = [i for i in items if (rects[i].bottom if across else rects[i].x1) > cut]
    return _order(first, rects, headings) + _order(rest, rects, headings)


def _heading_above(cut: float, items: list[int], rects: list[Rect], headings: list[bool]) -> bool:
    """Above the cut stands one headline block (headline type only, in one stack, not side by side) and
    text starts below it: the block is read before the columns under it, however narrow it is set."""
    above = [i for i in items if rects[i].bottom <= cut]
    below = [i for i in items if rects[i].bottom > cut]
    if not above or not below or not all(headings[i] for i in above):
        return False
    first_below = min(below, key=lambda i: rects[i].top)
    return not headings[first_below] and not _gaps([(rects[i].x0, rects[i].x1) for i in above])


def _gaps(spans: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """(where to cut, gap width) of every gap no span covers, first to last."""
    spans = sorted(spans)
    found: list[tuple[float, float]] = []
    reach = spans[0][1]
    for start, end in spans[1:]:
        if start > reach:
            found.append(((start + reach) / 2, start - reach))
        reach = max(reach, end)
    return found
