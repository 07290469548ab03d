"""Bar charts drawn at build time as SVG: readable without JavaScript, crisp in print."""
from __future__ import annotations

from html import escape

BAR = 22
GAP = 8
LABEL_WIDTH = 210
PLOT_WIDTH = 300


def bar_chart_svg(counts: list[tuple[str, int]], label: str) -> str:
    """Horizontal bars, one per (name, count), largest first; accessible name and table-like text."""
    if not counts:
        return ""
    top = max(n for _, n in counts)
    height = len(counts) * (BAR + GAP) + GAP
    width = LABEL_WIDTH + PLOT_WIDTH + 40
    rows = []
    for i, (name, n) in enumerate(counts):
        y = GAP + i * (BAR + GAP)
        length = max(2, round(PLOT_WIDTH * n / top))
        rows.append(
            f'<g><text x="{LABEL_WIDTH - 8}" y="{y + BAR * 0.7:.1f}" text-anchor="end">{escape(name)}</text>'
            f'<rect x="{LABEL_WIDTH}" y="{y}" width="{length}" height="{BAR}" rx="2"/>'
            f'<text x="{LABEL_WIDTH + length + 6}" y="{y + BAR * 0.7:.1f}" class="n">{n}</text></g>'
        )
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 {width} {height}" '
        f'width="100%" role="img" aria-label="{escape(label)}"><title>{escape(label)}</title>{"".join(rows)}</svg>'
    )
