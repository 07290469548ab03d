"""How well the text importer reads pages: per fixture page, the articles found and those right.

An expected article is found when an imported article has its headline; it is right when every compared
field is (all: the fields tests/unit/newspaper compares; floor: the fields the importer's floor names:
headline roles, bylines, photo credits, paragraphs, lists, subheadings, boxes).

    python benchmarks/importer_accuracy.py [PAGE.txt …]   # default: every page in tests/fixtures/pages
"""
from __future__ import annotations

import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests" / "unit" / "newspaper"))

from conftest import PAGES, load_expected, n, parse_for  # noqa: E402

FLOOR = ("kicker", "headline", "subheadline", "bylines", "captions", "figure_credits", "subheadings",
         "paragraphs", "list", "boxes")


def article_fields(a) -> dict:
    return {
        "section": a.section, "kind": a.kind, "kicker": a.kicker, "headline": a.title, "subheadline": a.subtitle,
        "bylines": a.bylines, "lead": a.lead, "captions": [f["caption"] for f in a.figures],
        "figure_credits": [f.get("credit") for f in a.figures], "subheadings": a.subheadings,
        "paragraphs": len(a.paragraphs), "boxes": [v.get("label") for k, v in a.body if k == "box"],
        "list": None if a.list is None else {"title": a.list["title"], "items": len(a.list["items"])},
    }


def expected_fields(e: dict) -> dict:
    want = {"section": n(e.get("section")), "kind": e["kind"], "kicker": n(e.get("kicker")),
            "headline": n(e.get("headline")), "subheadline": n(e.get("subheadline")),
            "bylines": n(e.get("bylines") or []), "lead": n(e.get("lead")), "captions": n(e.get("captions") or []),
            "subheadings": n(e.get("subheadings") or []), "paragraphs": e["paragraphs"], "list": n(e.get("list"))}
    for optional in ("figure_credits", "boxes"):
        if optional in e:
            want[optional] = n(e[optional])
    return want


def score(txt: Path) -> tuple[int, int, int, int, int, list[str]]:
    """(expected, found, right in every field, right in the floor's fields, invented, what is wrong)."""
    expected = load_expected(txt.with_suffix(".expected.yaml"))
    parsed = parse_for(txt, expected)
    by_headline = {a.title: a for a in parsed.articles}
    found = right = floor = 0
    wrong: list[str] = []
    for e in expected["articles"]:
        want = expected_fields(e)
        article = by_headline.get(want["headline"])
        if article is None:
            wrong.append(f"  not found: {want['headline']}")
            continue
        found += 1
        got = article_fields(article)
        bad = [k for k in want if got[k] != want[k]]
        right += not bad
        floor += not [k for k in bad if k in FLOOR]
        wrong += [f"  {want['headline']}: {k}: got {got[k]!r}, want {want[k]!r}" for k in bad]
    headlines = {n(e.get("headline")) for e in expected["articles"]}
    invented = [a.title for a in parsed.articles if a.title not in headlines]
    wrong += [f"  invented: {title}" for title in invented]
    return len(expected["articles"]), found, right, floor, len(invented), wrong


def main(argv: list[str]) -> None:
    pages = [Path(p) for p in argv] or PAGES
    totals = [0, 0, 0, 0, 0]
    print(f"{'page':44} {'articles':>8} {'found':>6} {'right':>6} {'floor':>6} {'invented':>8}")
    for txt in pages:
        *counts, wrong = score(txt)
        totals = [t + c for t, c in zip(totals, counts)]
        print(f"{txt.stem:44} {counts[0]:8} {counts[1]:6} {counts[2]:6} {counts[3]:6} {counts[4]:8}")
        if "-v" in sys.argv or len(pages) <= 4:
            print("\n".join(wrong))
    articles, found, right, floor, invented = totals
    print(f"{'all':44} {articles:8} {found:6} {right:6} {floor:6} {invented:8}")
    print(f"found {found / articles:.0%}, right in every field {right / articles:.0%}, "
          f"right in the floor's fields {floor / articles:.0%}, {invented} article(s) invented")


if __name__ == "__main__":
    main([a for a in sys.argv[1:] if a != "-v"])
