"""Every non-whitespace input character is in the output or named in the report."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from .model import ParsedPage
from .output import front_matter, page_data
from .punctuation import normalise, strip_controls
from .segment import split_blocks


def _strings(value: object) -> list[str]:
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return [] if value is None else [str(value)]


def _squash(s: str) -> str:
    return "".join(s.split())


@dataclass
class FidelityResult:
    total: int = 0  # non-whitespace input characters
    in_output: int = 0
    in_report: int = 0
    unaccounted: list[str] = field(default_factory=list)  # descriptions of lost characters

    @property
    def ok(self) -> bool:
        return not self.unaccounted

    def text(self) -> str:
        head = (f"fidelity: {self.total} characters; {self.in_output} in the output, "
                f"{self.in_report} named in this report, {len(self.unaccounted)} problem(s)")
        return "\n".join([head] + [f"  UNACCOUNTED {u}" for u in self.unaccounted])


def named_in_report(page: ParsedPage) -> dict[int | None, list[str]]:
    """Characters the importer does not store (re-rendered from lead + bylines, list markers)."""
    named: dict[int | None, list[str]] = {}
    for p in page.pieces:
        if p.where == "report":
            named.setdefault(p.article, []).append(p.text)
    return named


def check_fidelity(text: str, page: ParsedPage) -> FidelityResult:
    """Compare the input block by block with the trace, and the trace with the rendered output."""
    res = FidelityResult()
    clean, removed = strip_controls(text.lstrip("\ufeff"))
    noise = sum(1 for code in removed if not chr(int(code[2:], 16)).isspace())
    res.total += noise  # taken out as extraction noise, and the page's report says so
    res.in_report += noise
    norm, _ = normalise(clean)
    blocks = split_blocks(norm)
    outputs: dict[int | None, str] = {None: "\0".join(_squash(s) for s in _strings(page_data(page, None)))}
    for a in page.articles:
        vals = _strings(front_matter(page, a)) + [a.body_markdown]
        outputs[a.order] = "\0".join(_squash(s) for s in vals)
    named = named_in_report(page)
    by_block: dict[int, Counter] = {}
    for p in page.pieces:
        piece = _squash(p.text)
        by_block.setdefault(p.block, Counter()).update(piece)
        if p.where == "out":
            if piece and piece not in outputs.get(p.article, ""):
                res.unaccounted.append(f"block {p.block + 1}: {p.text!r} is not in the output of "
                                       f"{'the page' if p.article is None else f'article {p.article}'}")
        elif p.text not in named.get(p.article, []):
            res.unaccounted.append(f"block {p.block + 1}: {p.text!r} dropped but not named")
    for b in blocks:
        want = Counter(_squash(b.text))
        res.total += sum(want.values())
        got = by_block.get(b.index, Counter())
        missing, extra = want - got, got - want
        if missing:
            res.unaccounted.append(f"block {b.index + 1}: lost {''.join(sorted(missing.elements()))!r}")
        if extra:
            res.unaccounted.append(f"block {b.index + 1}: output invents {''.join(sorted(extra.elements()))!r}")
    for p in page.pieces:
        n = len(_squash(p.text))
        if p.where == "out":
            res.in_output += n
        else:
            res.in_report += n
    return res
