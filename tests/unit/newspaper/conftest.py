"""Shared helpers: compare a ParsedPage with an expected yaml written by a careful reader."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from zhengxie_site.newspaper import parse_page
from zhengxie_site.newspaper.punctuation import normalise

ROOT = Path(__file__).resolve().parents[3]
FIXTURES = ROOT / "tests" / "fixtures"
SEED = ROOT / "sources" / "000_fcce5d2ff28a9145.txt"
SEED_EXPECTED = FIXTURES / "000_fcce5d2ff28a9145.expected.yaml"
PAGES = sorted((FIXTURES / "pages").glob("*.txt"))


def n(value):
    """Expected strings are normalised like the input (ASCII , : ( ) next to CJK -> full width)."""
    if isinstance(value, str):
        return normalise(value)[0]
    if isinstance(value, list):
        return [n(v) for v in value]
    if isinstance(value, dict):
        return {k: n(v) for k, v in value.items()}
    return value


def load_expected(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def parse_for(txt: Path, expected: dict):
    page = expected["page"]
    return parse_page(txt.read_text(encoding="utf-8"), paper=page.get("paper"),
                      date=page.get("date_known"), page=None, page_name="政协")


def differences(parsed, expected: dict) -> list[str]:
    """Every field of the expected yaml compared; returns human-readable differences."""
    diffs: list[str] = []
    page = expected["page"]

    def check(what, got, want):
        if got != want:
            diffs.append(f"{what}: got {got!r}, want {want!r}")

    check("colophon partners", parsed.colophon_partners, n(page.get("colophon") or []))
    if "colophon_text" in page:
        check("colophon text", parsed.colophon_text, n(page["colophon_text"]))
    if "sections" in page:
        check("sections", parsed.sections, n(page["sections"]))
    check("column breaks", parsed.column_breaks, page.get("column_breaks", 0))
    if "noise" in page:
        got_noise = [x for a in parsed.articles for x in a.noise]
        check("noise", [x.split(" inside")[0] for x in got_noise], n(page["noise"]))
    arts = expected["articles"]
    check("article count", len(parsed.articles), len(arts))
    for i, (a, e) in enumerate(zip(parsed.articles, arts), 1):
        p = f"article {i}"
        check(f"{p} section", a.section, n(e.get("section")))
        check(f"{p} kind", a.kind, e["kind"])
        check(f"{p} kicker", a.kicker, n(e.get("kicker")))
        check(f"{p} headline", a.title, n(e.get("headline")))
        check(f"{p} subheadline", a.subtitle, n(e.get("subheadline")))
        check(f"{p} bylines", a.bylines, n(e.get("bylines") or []))
        check(f"{p} lead", a.lead, n(e.get("lead")))
        check(f"{p} captions", [f["caption"] for f in a.figures], n(e.get("captions") or []))
        if "figure_credits" in e:
            check(f"{p} figure credits", [f.get("credit") for f in a.figures], n(e["figure_credits"]))
        check(f"{p} subheadings", a.subheadings, n(e.get("subheadings") or []))
        check(f"{p} paragraphs", len(a.paragraphs), e["paragraphs"])
        if "boxes" in e:  # labels of the boxes in print order (a stand-first has none: null)
            check(f"{p} boxes", [v.get("label") for k, v in a.body if k == "box"], n(e["boxes"]))
        want_list = e.get("list")
        got_list = None if a.list is None else {"title": a.list["title"], "items": len(a.list["items"])}
        check(f"{p} list", got_list, n(want_list))
    return diffs


@pytest.fixture
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture
def seed_page(seed_text):
    return parse_page(seed_text, paper="云南日报", date="2022-03", page=None, page_name="政协")
