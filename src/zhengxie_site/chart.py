"""Bar charts made at build time as HTML: readable without JavaScript, crisp in print, and laid out by the
browser, so a label of any length in any language wraps onto lines of its own instead of being cut off, and
stays at the text's size on a phone (an SVG scaled to a narrow screen shrank its labels to 5 px)."""
from __future__ import annotations

from html import escape


def bar_chart_html(counts: list[tuple[str, int]], label: str) -> str:
    """One bar per (name, count) in the order given, each as wide as its share of the largest; a list, so
    that a screen reader reads each name with its count."""
    if not counts:
        return ""
    top = max(n for _, n in counts) or 1
    rows = "".join(
        f'<li><span class="bar-label">{escape(name)}</span><span class="bar-cell">'
        f'<span class="bar" style="width:calc((100% - 3em) * {n / top:.3f})"></span><span class="bar-n">{n}</span></span></li>'
        for name, n in counts)
    return f'<ol class="chart" aria-label="{escape(label)}">{rows}</ol>'
