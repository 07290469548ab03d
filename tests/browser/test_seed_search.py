"""Search on the repository's real site in headless Chromium: /search/?q=… finds the right articles."""
from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import quote

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
PAGE_FOLDER = REPO / "content" / "yun-nan-ri-bao" / "2022-03" / "zheng-xie"
CHINESE = ["政协", "协商", "协商在基层", "提案", "履职创新", "高质量发展", "民主监督", "乡村振兴", "文旅融合发展",
           "张潇予", "2021年度", "100%"]
ENGLISH = ["proposals", "Kunming", "consultation"]


def searchable(path: Path) -> tuple[str, str, str]:
    """(slug, title, everything a reader could search for) of one article file."""
    front, body = re.match(r"---\n(.*?)\n---\n(.*)", path.read_text(encoding="utf-8"), re.S).groups()
    meta = yaml.safe_load(front)
    parts = [meta.get("kicker"), meta["title"], meta.get("subtitle"), body,
             *(b["name"] for b in meta.get("bylines", [])), *(f["caption"] for f in meta.get("figures", []))]
    slug = re.sub(r"^\d+-|(\.en)?\.md$", "", path.name)
    return slug, meta["title"], " ".join(p for p in parts if p)


def expected(query: str, english: bool) -> tuple[set[str], set[str]]:
    """Slugs of the articles containing query, and of those with it in the title."""
    files = [p for p in PAGE_FOLDER.glob("*.md") if p.name.endswith(".en.md") == english]
    found, in_title = set(), set()
    for slug, title, text in map(searchable, files):
        haystack, needle = (text.lower(), query.lower()) if english else (text, query)
        if needle in haystack:
            found.add(slug)
            if needle in (title.lower() if english else title):
                in_title.add(slug)
    return found, in_title


def run(page, url: str) -> list[str]:
    page.goto(url)
    page.wait_for_function("() => { const b = document.getElementById('search-results');"
                           " return b.textContent && !b.hasAttribute('aria-busy'); }")
    hrefs = page.eval_on_selector_all(".search-result a", "els => els.map(e => e.getAttribute('href'))")
    return [href.rstrip("/").rsplit("/", 1)[-1] for href in hrefs]


@pytest.mark.parametrize("query", CHINESE)
def test_chinese_query_finds_exactly_the_articles_containing_it(page, base, query):
    found, in_title = expected(query, english=False)
    assert found, f"test data: no article contains {query!r}"
    results = run(page, f"{base}search/?q={quote(query)}")
    assert set(results) == found
    assert set(results[: len(in_title)]) == in_title  # title matches rank first
    assert page.input_value("#q") == query
    marks = page.eval_on_selector_all(".search-result mark", "els => els.map(e => e.textContent)")
    whole = query.rstrip("%")  # punctuation is not indexed: 100% highlights 100
    assert marks and all(m == whole for m in marks)


@pytest.mark.parametrize("query", ENGLISH)
def test_english_query_on_english_search_page(page, base, query):
    found, _ = expected(query, english=True)
    assert found, f"test data: no English article contains {query!r}"
    results = run(page, f"{base}en/search/?q={quote(query)}")
    assert set(results) == found
    assert page.locator("html").get_attribute("lang") == "en-GB"
    assert all(href.startswith("/en/articles/") for href in
               page.eval_on_selector_all(".search-result a", "els => els.map(e => e.getAttribute('href'))"))


def test_a_query_that_appears_nowhere_says_so(page, base):
    assert run(page, f"{base}search/?q=量子计算") == []
    assert page.inner_text("#search-results") == "没有找到相关文章"


@pytest.mark.parametrize("traditional, simplified", [("協商在基層", "协商在基层"), ("政協", "政协"), ("提案辦理", "提案办理")])
def test_a_query_in_traditional_characters_finds_what_its_simplified_form_finds(page, base, traditional, simplified):
    """Folded to simplified on both sides (OpenCC's character table): either script finds the same articles,
    and the match is highlighted in the simplified text."""
    found, _ = expected(simplified, english=False)
    assert found, f"test data: no article contains {simplified!r}"
    assert set(run(page, f"{base}search/?q={quote(traditional)}")) == found
    marks = page.eval_on_selector_all(".search-result mark", "els => els.map(e => e.textContent)")
    assert marks and all(m == simplified for m in marks)


def test_a_persons_name_as_english_pages_print_it_finds_their_articles(page, base):
    """Zhang Xiaoyu, as the English bylines read, finds on the English search page the articles 张潇予 wrote."""
    found, _ = expected("张潇予", english=True)
    assert found, "test data: no English version of an article by 张潇予"
    assert set(run(page, f"{base}en/search/?q={quote('Zhang Xiaoyu')}")) == found


def test_a_section_filter_kept_in_the_url_narrows_the_results(page, base):
    """The filter is a field of the search form: opened from a shared URL it is filled in, and the results are
    those of the query in that section only."""
    everywhere, _ = expected("政协", english=False)
    in_section = {slug for slug in everywhere
                  if yaml.safe_load(re.match(r"---\n(.*?)\n---", next(PAGE_FOLDER.glob(f"*-{slug}.md")).read_text(
                      encoding="utf-8"), re.S).group(1)).get("section") == "聚焦"}
    assert in_section and in_section != everywhere, "test data: 政协 in 聚焦 and elsewhere"
    assert set(run(page, f"{base}search/?q={quote('政协')}&section={quote('聚焦')}")) == in_section
    assert page.input_value("#search-section") == "聚焦"
    assert page.inner_text("#search-results") == f"找到 {len(in_section)} 篇"
    page.select_option("#search-section", "")  # any section again, from the form
    page.click("button[type=submit]")
    page.wait_for_function(f"() => document.querySelectorAll('.search-result').length == {len(everywhere)}")
    assert "section=" not in page.url


def test_a_person_filter_takes_the_name_as_each_languages_pages_print_it(page, base):
    found, _ = expected("consultation", english=True)
    by_her = set(run(page, f"{base}en/search/?q=consultation&person={quote('张潇予')}"))
    assert by_her and by_her < found  # narrowed, not emptied
    assert set(run(page, f"{base}en/search/?q=consultation&person={quote('Zhang Xiaoyu')}")) == by_her
    assert page.input_value("#search-person") == "Zhang Xiaoyu"


def test_a_date_range_narrows_to_what_may_fall_in_it(page, base):
    """The seed's articles are dated by month (2022-03): a range of days in March finds them, one before
    it finds none, and the range stays in the form."""
    everywhere, _ = expected("政协", english=False)
    assert set(run(page, f"{base}search/?q={quote('政协')}&from=2022-03-10&to=2022-03-20")) == everywhere
    assert page.input_value("#search-from") == "2022-03-10" and page.input_value("#search-to") == "2022-03-20"
    assert run(page, f"{base}search/?q={quote('政协')}&to=2022-02-28") == []
    assert page.inner_text("#search-results") == "没有找到相关文章"
    page.fill("#search-to", "")
    page.fill("#search-from", "2022-03-01")
    page.click("button[type=submit]")
    page.wait_for_function(f"() => document.querySelectorAll('.search-result').length == {len(everywhere)}")
    assert "from=2022-03-01" in page.url and "to=" not in page.url


def test_a_range_of_months_in_the_url_shows_as_the_days_it_spans(page, base):
    everywhere, _ = expected("政协", english=False)
    assert set(run(page, f"{base}search/?q={quote('政协')}&from=2022-03&to=2024-02")) == everywhere
    assert page.input_value("#search-from") == "2022-03-01" and page.input_value("#search-to") == "2024-02-29"


@pytest.mark.parametrize("query, simplified", [("協商在基層", "协商在基层"), ("协商在基层", "协商在基层"), ("政協", "政协")])
def test_the_traditional_script_reading_finds_in_either_script(page, base, query, simplified):
    """The zh-Hant pages are made from the Chinese ones: their search finds what the Chinese search finds, for
    a query in either script, and highlights it as the page prints it (traditional)."""
    found, _ = expected(simplified, english=False)
    assert set(run(page, f"{base}hant/search/?q={quote(query)}")) == found
    marks = page.eval_on_selector_all(".search-result mark", "els => els.map(e => e.textContent)")
    traditional = {"协商在基层": "協商在基層", "政协": "政協"}[simplified]
    assert marks and all(m == traditional for m in marks)
    assert all(href.startswith("/hant/articles/") for href in
               page.eval_on_selector_all(".search-result a", "els => els.map(e => e.getAttribute('href'))"))


def test_a_persons_name_in_pinyin_finds_their_articles_on_the_chinese_pages_too(page, base):
    """A reader abroad types the name as they know it: Zhang Xiaoyu on the Chinese search page finds what
    张潇予 finds (the Chinese pages print the name in characters)."""
    found, _ = expected("张潇予", english=False)
    assert found, "test data: no article by 张潇予"
    assert set(run(page, f"{base}search/?q={quote('Zhang Xiaoyu')}")) == found
    assert set(run(page, f"{base}hant/search/?q={quote('zhang xiaoyu')}")) == found


def test_among_title_matches_the_article_that_says_it_most_comes_first(page, base):
    """政协 is in six headlines; the feature that prints it fifty times leads them (the browser ranks as
    search/query.py does: tier, then matches on the page, then newest)."""
    chinese = [p for p in PAGE_FOLDER.glob("*.md") if not p.name.endswith(".en.md")]
    counts = {slug: text.count("政协") for slug, title, text in map(searchable, chinese) if "政协" in title}
    results = run(page, f"{base}search/?q={quote('政协')}")
    most = max(counts, key=counts.get)
    assert results[0] == most, (results, counts)


def test_a_section_from_the_url_in_the_other_script_is_chosen_on_the_traditional_page(page, base):
    everywhere, _ = expected("协商", english=False)
    results = run(page, f"{base}hant/search/?q={quote('協商')}&section={quote('资讯')}")
    assert results and set(results) < everywhere
    assert page.input_value("#search-section") == "資訊"  # the page's own choice, as the filter reads it
