"""The seed and every own page in tests/fixtures/pages reproduce their expected yaml exactly."""
from __future__ import annotations

import pytest

from zhengxie_site.newspaper import check_fidelity

from conftest import PAGES, SEED, SEED_EXPECTED, differences, load_expected, parse_for


def test_seed_matches_expected_yaml_in_every_field():
    expected = load_expected(SEED_EXPECTED)
    parsed = parse_for(SEED, expected)
    assert differences(parsed, expected) == []


def test_seed_has_six_column_breaks_at_the_documented_places(seed_page):
    ends = [c.split(" | ")[0] for a in seed_page.articles for c in a.column_breaks]
    assert seed_page.column_breaks == 6
    for tail in ("情况通报为重点，", "凝聚共识的工", "乡村振兴的“双", "遇到的实际困难", "基层政协履职创新", "贯穿于办理全"):
        assert any(e.endswith(tail) for e in ends), tail


def test_seed_flags_the_stray_and_in_list_item_9(seed_page):
    noise = [(a.order, x) for a in seed_page.articles for x in a.noise]
    assert noise == [(2, 'list item 9: stray Latin word "and" inside Chinese text')]
    assert "在疫情防控 and 强边固防中" in seed_page.articles[1].list["items"][8]  # not silently changed


def test_at_least_four_own_pages():
    assert len(PAGES) >= 4
    for txt in PAGES:
        assert txt.with_suffix(".expected.yaml").exists(), txt


@pytest.mark.parametrize("txt", PAGES, ids=[p.stem for p in PAGES])
def test_own_page_matches_expected_yaml(txt):
    """Exactly; a page may list the differences the importer is known to leave (known_misses), so that
    both a fix and a new miss make this test fail until the yaml says so."""
    expected = load_expected(txt.with_suffix(".expected.yaml"))
    parsed = parse_for(txt, expected)
    assert differences(parsed, expected) == expected.get("known_misses", [])


@pytest.mark.parametrize("txt", [SEED] + PAGES, ids=["seed"] + [p.stem for p in PAGES])
def test_zero_unaccounted_characters(txt):
    expected = load_expected(SEED_EXPECTED if txt == SEED else txt.with_suffix(".expected.yaml"))
    parsed = parse_for(txt, expected)
    result = check_fidelity(txt.read_text(encoding="utf-8"), parsed)
    assert result.unaccounted == []
    assert result.total > 0 and result.in_output + result.in_report == result.total
