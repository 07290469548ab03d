"""The repository's real site in headless Chromium: what a reader sees and can do.

Fixtures (tests/browser/conftest.py) build content/ with the repository's templates, static files and
string catalogs, serve the output over HTTP and drive Debian's chromium with Playwright.
"""
from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.error import HTTPError
from urllib.parse import urldefrag, urljoin, urlsplit
from urllib.request import urlopen

import pytest
import yaml

REPO = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"  # npm ci at the repository root
pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="browser tests need Debian chromium at /usr/bin/chromium (apt-get install chromium)")

PAGE_SECTIONS = ["聚焦", "资讯", "图片新闻"]
DATASET = "data/innovation-cases-2021/"


# --- what the content says the site must show -------------------------------------------------------

def front_matter(path: Path) -> dict:
    text = path.read_text(encoding="utf-8")
    match = re.match(r"---\n(.*?)\n---\n", text, re.S)
    assert match, f"{path} has no front matter"
    return yaml.safe_load(match.group(1))


def print_order() -> list[dict]:
    """The Chinese articles of the seed page (the folder holding page.yaml), in print order."""
    pages = sorted((REPO / "content").rglob("page.yaml"))
    assert pages, "content/ has no page.yaml"
    folder = pages[-1].parent
    articles = [front_matter(p) for p in folder.glob("*.md") if not re.search(r"\.[a-z]{2}(-[A-Za-z]+)?\.md$", p.name)]
    return sorted((a for a in articles if not a.get("draft")), key=lambda a: a.get("order", 0))


def text(page, selector: str) -> str:
    return " ".join(page.locator(selector).first.inner_text().split())


def path_of(url: str) -> str:
    return urlsplit(url).path


# --- 1. a reader's journey -------------------------------------------------------------------------

def test_reader_goes_from_home_to_page_article_person_and_english_and_back(page, base):
    expected = print_order()
    page.goto(base)

    # Home: the latest edition lists its pages; follow the (last) page of the latest edition.
    page_links = page.locator(".latest-edition .page-list a")
    assert page_links.count() >= 1, "the home page lists no page of the latest edition"
    page_links.first.click()
    page.wait_for_load_state()
    page_view_url = page.url
    assert "/editions/" in path_of(page_view_url)

    # Page view: section labels in print order, articles in print order, the colophon.
    labels = [" ".join(t.split()) for t in page.locator(".newspaper-page .section-label").all_inner_texts()]
    assert labels == PAGE_SECTIONS
    titles = [" ".join(t.split()) for t in page.locator(".newspaper-page .card-title a").all_inner_texts()]
    assert titles == [a["title"] for a in expected], "articles are not listed in print order"
    by_section = {}
    for section in page.locator(".newspaper-page .page-section").all():
        label = " ".join(section.locator(".section-label").inner_text().split())
        by_section[label] = [" ".join(t.split()) for t in section.locator(".card-title a").all_inner_texts()]
    for article in expected:
        assert article["title"] in by_section[article["section"]], f"{article['title']} not under {article['section']}"
    colophon = text(page, ".colophon")
    assert "本版由" in colophon and "合办" in colophon and "云南省政协办公厅" in colophon

    # Click the first article that carries bylines and a kicker (the lead feature).
    lead = next(a for a in expected if a.get("bylines") and a.get("kicker"))
    page.locator(".newspaper-page .card-title a", has_text=lead["title"]).click()
    page.wait_for_load_state()
    article_url = page.url
    assert "/articles/" in path_of(article_url)
    assert page.locator("html").get_attribute("lang").startswith("zh")
    assert text(page, ".story-head .kicker") == lead["kicker"]
    assert text(page, ".story-head h1") == lead["title"]
    bylines = text(page, ".story-head .bylines")
    for b in lead["bylines"]:
        assert b["name"] in bylines and b["role"] in bylines, f"byline {b} missing from {bylines!r}"
    assert page.locator(".story-head time").first.inner_text().strip() == "2022年3月"
    assert page.locator(".story-head time").first.get_attribute("datetime") == "2022-03"
    location = text(page, ".story-head .print-location")
    assert "云南日报" in location and "政协" in location and lead["section"] in location
    assert page.locator(".print-location a").first.evaluate("a => a.href") == page_view_url
    assert page.locator(".story-body p").count() >= 5, "the article body is missing"

    # Byline name -> the person page lists this article.
    first = lead["bylines"][0]["name"]
    page.locator(".story-head .bylines a", has_text=first).click()
    page.wait_for_load_state()
    assert "/people/" in path_of(page.url)
    assert text(page, "main h1") == first
    listed = page.locator("main .card-title a", has_text=lead["title"])
    assert listed.count() == 1, "the person page does not list the article"
    assert listed.evaluate("a => a.href") == article_url

    # Back on the article, the language switch leads to the English counterpart and back.
    page.go_back()
    page.wait_for_load_state()
    assert page.url == article_url
    page.locator("nav.lang-switch a[hreflang^='en']").click()
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == "en-GB"
    assert path_of(page.url).startswith("/en/")
    if page.locator("article.story").count():  # a translation: an English article
        assert page.locator("article.story").get_attribute("lang") == "en-GB"
        assert page.locator("article.story h1").inner_text().strip()
        assert page.locator(".story-body p").count() >= 1
    else:  # no translation yet: a notice page
        assert page.locator("main h1").inner_text().strip()
    # either way the page itself links to the Chinese original
    original = page.locator("main a[hreflang^='zh']")
    assert original.count() >= 1, "the English page does not link to the Chinese original"
    assert original.first.evaluate("a => a.href") == article_url
    current = page.locator("nav.lang-switch a[aria-current]")
    assert current.inner_text().strip() == "English"
    page.locator("nav.lang-switch a[hreflang='zh-Hans']").click()
    page.wait_for_load_state()
    assert page.url == article_url, "the language switch does not return to the same Chinese article"
    assert page.locator("html").get_attribute("lang").startswith("zh")


# --- 2. accessibility (axe-core) -------------------------------------------------------------------

def first_article(base_dir: Path, prefix: str = "") -> str:
    """The first article page (by URL) under prefix/, preferring a real article to a not-translated notice."""
    folders = sorted(p for p in (base_dir / prefix / "articles").iterdir() if (p / "index.html").exists())
    stories = [p for p in folders if 'class="story"' in (p / "index.html").read_text(encoding="utf-8")]
    first = (stories or folders)[0]
    return f"{prefix}/articles/{first.name}/".lstrip("/")


def first_child(base_dir: Path, folder: str) -> str:
    first = sorted(p for p in (base_dir / folder).iterdir() if p.is_dir())[0]
    return f"{folder}/{first.name}/"


AXE_PAGES = ["", "ARTICLE", "EN_ARTICLE", "editions/", "PAGEVIEW", "PERSON", "SECTION", DATASET, "search/",
             "404.html", "en/", "en/search/", "en/404.html",
             "hant/", "HANT_ARTICLE", "hant/search/", "hant/404.html"]  # the traditional reading, made from the Chinese


def axe_targets(public: Path) -> list[str]:
    # editions/<paper>/<date>/<page>/index.html
    page_view = next(p for p in sorted((public / "editions").rglob("index.html"))
                     if len(p.relative_to(public / "editions").parts) == 4)
    names = {
        "ARTICLE": first_article(public),
        "EN_ARTICLE": first_article(public, "en"),
        "HANT_ARTICLE": first_article(public, "hant"),
        "PAGEVIEW": page_view.parent.relative_to(public).as_posix() + "/",
        "PERSON": first_child(public, "people"),
        "SECTION": first_child(public, "sections"),
    }
    return [re.sub(r"[A-Z_]+", lambda m: names[m.group(0)], p) for p in AXE_PAGES]


def test_axe_finds_no_serious_or_critical_violations(page, base, built_site):
    if not AXE.exists():
        pytest.fail(f"{AXE} is missing: run `npm ci` at the repository root")
    targets = axe_targets(built_site)
    assert any(t.startswith("en/articles/") for t in targets)
    found: list[str] = []
    for target in targets:
        response = page.goto(base + target)
        assert response is not None and response.status == 200, f"{target}: HTTP {response and response.status}"
        page.add_script_tag(path=str(AXE))
        violations = page.evaluate("""async () => {
            const result = await axe.run(document, {resultTypes: ['violations']});
            return result.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.map(n => n.target.join(' ') + ': ' + n.failureSummary)}));
        }""")
        for v in violations:
            if v["impact"] in ("serious", "critical"):
                found.append(f"/{target}: [{v['impact']}] {v['id']} ({v['help']})\n    " + "\n    ".join(v["nodes"][:5]))
    assert not found, "axe-core found serious or critical problems:\n" + "\n".join(found)


# --- 3. reading without JavaScript -----------------------------------------------------------------

def test_articles_navigation_and_search_alternatives_work_without_javascript(browser, base, built_site):
    context = browser.new_context(java_script_enabled=False)
    context.set_default_timeout(10_000)
    try:
        page = context.new_page()
        page.goto(base)
        nav = page.locator("nav.site-nav a")
        assert nav.count() >= 5 and nav.first.is_visible()
        page.locator("main .card-title a").first.click()
        page.wait_for_load_state()
        assert "/articles/" in path_of(page.url)
        assert page.locator("article.story h1").is_visible()
        body = page.locator(".story-body")
        assert body.is_visible() and len(body.inner_text().strip()) > 100
        assert page.locator("nav.site-nav").is_visible() and page.locator("nav.lang-switch a").count() == 3  # 中文, English, 繁體中文

        page.goto(base + "search/")
        # without scripting, <noscript> content is real markup: links to browse instead of searching
        alternatives = page.locator("main noscript a")
        hrefs = [path_of(urljoin(page.url, alternatives.nth(i).get_attribute("href")))
                 for i in range(alternatives.count())]
        assert "/sections/" in hrefs and "/archive/" in hrefs, f"no-JS search page offers no alternatives: {hrefs}"
        assert all(alternatives.nth(i).is_visible() for i in range(alternatives.count()))
        # the search form still submits without JavaScript
        page.fill("#q", "政协")
        page.locator("main form button").click()
        page.wait_for_load_state()
        assert path_of(page.url) == "/search/" and "q=" in page.url
    finally:
        context.close()


# --- 4. responsive layout --------------------------------------------------------------------------

@pytest.mark.parametrize("width,height", [(360, 740), (1280, 900)])
def test_no_horizontal_scrolling_and_readable_measure(browser, base, built_site, width, height):
    context = browser.new_context(viewport={"width": width, "height": height})
    context.set_default_timeout(10_000)
    try:
        page = context.new_page()
        article = first_article(built_site)
        for target in ["", article, DATASET, "en/" + DATASET]:
            page.goto(base + target)
            scroll, inner = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
            assert scroll <= inner, f"/{target} scrolls sideways at {width}px: {scroll}px wide"
        page.goto(base + article)
        width_px, font_px = page.evaluate("""() => {
            const p = document.querySelector('.story-body p');
            return [p.getBoundingClientRect().width, parseFloat(getComputedStyle(p).fontSize)];
        }""")
        characters = width_px / font_px  # a CJK character is one em wide
        assert characters <= 45, f"article lines hold {characters:.0f} characters at {width}px"
        assert characters >= (15 if width < 400 else 25), f"article column too narrow: {characters:.0f} characters"
    finally:
        context.close()


@pytest.mark.parametrize("width,height", [(390, 844), (1280, 900)])
def test_every_article_starts_its_story_within_the_first_screen(browser, base, built_site, width, height):
    """Headline, bylines and the story's first lines before any scrolling, in both languages; on the home
    page the news comes before the sidebar on a phone."""
    context = browser.new_context(viewport={"width": width, "height": height})
    context.set_default_timeout(10_000)
    try:
        page = context.new_page()
        articles = [p.parent for p in sorted(built_site.glob("*articles/*/index.html"))
                    if 'class="story-body"' in p.read_text(encoding="utf-8")]
        articles += [p.parent for p in sorted(built_site.glob("en/articles/*/index.html"))
                     if 'class="story-body"' in p.read_text(encoding="utf-8")]
        assert len(articles) >= 16
        for folder in articles:
            target = folder.relative_to(built_site).as_posix() + "/"
            page.goto(base + target)
            top = page.evaluate("document.querySelector('.story-body > p:not(.lead-line), .story-body p')"
                                ".getBoundingClientRect().top")
            line = page.evaluate("parseFloat(getComputedStyle(document.querySelector('.story-body p')).lineHeight)")
            assert top + 2 * line <= height, f"/{target}: the story starts {top:.0f}px down at {width}px"
        page.goto(base)
        news, sidebar = page.evaluate("""() => ['.latest-articles', '.latest-edition'].map(
            s => document.querySelector(s).getBoundingClientRect().top)""")
        assert news <= sidebar, f"the sidebar comes before the news at {width}px"
    finally:
        context.close()


@pytest.mark.parametrize("width,height", [(390, 844), (1280, 900)])
def test_the_article_that_printed_the_cases_shows_their_table_and_chart_with_no_label_cut(browser, base, built_site,
                                                                                           width, height):
    """The 21 cases where they were printed: inside the article, in both languages, every chart label whole
    and at a readable size at any width."""
    article = front_matter(next(p for p in sorted((REPO / "content").rglob("*.md"))
                                if not p.name.endswith(".en.md") and "\ndataset:" in p.read_text(encoding="utf-8")))
    slug = article["slug"]
    context = browser.new_context(viewport={"width": width, "height": height})
    context.set_default_timeout(10_000)
    try:
        page = context.new_page()
        for prefix in ("", "en/"):
            page.goto(f"{base}{prefix}articles/{slug}/")
            data = page.locator("article .article-data")
            assert data.locator("table.data-table tbody tr:not(.group-row)").count() == 21
            labels = data.locator("ol.chart .bar-label")
            assert labels.count() == 16  # the prefectures with cases
            for i in range(labels.count()):
                cut, size, text = labels.nth(i).evaluate(
                    "e => [e.scrollWidth > e.clientWidth + 1, parseFloat(getComputedStyle(e).fontSize), e.textContent]")
                assert not cut and size >= 12, f"/{prefix}articles/{slug}/ at {width}px: label {text!r} cut or {size}px"
            scroll, inner = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
            assert scroll <= inner, f"/{prefix}articles/{slug}/ scrolls sideways at {width}px"
    finally:
        context.close()


# --- 5. hosting under a sub-path -------------------------------------------------------------------

class _Links(HTMLParser):
    ATTRS = {"a": "href", "link": "href", "script": "src", "img": "src", "form": "action", "iframe": "src",
             "source": "src"}

    def __init__(self) -> None:
        super().__init__()
        self.links: list[tuple[str, str]] = []

    def handle_starttag(self, tag, attrs):
        wanted = self.ATTRS.get(tag)
        for name, value in attrs:
            if name == wanted and value is not None:
                self.links.append((tag, value))


def test_site_under_archive_subpath_has_no_broken_or_escaping_links(archive_base, archive_root):
    origin = archive_base[: -len("/archive/")]
    site_url = yaml.safe_load((REPO / "site.yaml").read_text(encoding="utf-8")).get("site_url", "")
    site_host = urlsplit(site_url).netloc
    queue, seen, problems = [archive_base], {archive_base}, []
    pages = 0
    while queue:
        url = queue.pop()
        try:
            with urlopen(url, timeout=10) as response:
                status, kind, body = response.status, response.headers.get_content_type(), response.read()
        except HTTPError as exc:
            status, kind, body = exc.code, "", b""
        if status != 200:
            problems.append(f"{path_of(url)}: HTTP {status}")
            continue
        if kind != "text/html":
            continue
        pages += 1
        parser = _Links()
        parser.feed(body.decode("utf-8"))
        for tag, raw in parser.links:
            target = urldefrag(urljoin(url, raw)).url
            parts = urlsplit(target)
            if parts.scheme not in ("http", "https"):
                continue
            if parts.netloc == site_host and not parts.path.startswith("/archive/"):
                problems.append(f"{path_of(url)}: absolute {tag} link escapes /archive/: {raw}")
            if target.split("?")[0].startswith(origin):
                if not parts.path.startswith("/archive/"):
                    problems.append(f"{path_of(url)}: {tag} link escapes /archive/: {raw}")
                    continue
                target = target.split("?")[0]
                if target not in seen:
                    seen.add(target)
                    queue.append(target)
    built = {"/archive/" + p.relative_to(archive_root / "archive").as_posix().removesuffix("index.html")
             for p in (archive_root / "archive").rglob("*.html") if p.name != "404.html"}
    reached = {path_of(u) for u in seen}
    unreached = sorted(built - reached)
    problems.sort()
    assert not problems, f"{len(problems)} problem(s):\n" + "\n".join(problems[:40])
    assert not unreached, f"pages no link leads to: {unreached}"
    assert pages == len(built)


# --- 6. print -------------------------------------------------------------------------------------

def test_print_stylesheet_hides_navigation_and_keeps_the_text(page, base, built_site):
    page.goto(base + first_article(built_site))
    assert page.locator(".masthead nav.site-nav").is_visible()
    page.emulate_media(media="print")
    for selector in (".masthead nav.site-nav", ".masthead nav.lang-switch", ".site-search"):
        assert page.locator(selector).first.is_hidden(), f"{selector} is printed"
    assert page.locator("article.story h1").is_visible()
    assert page.locator(".story-body p").first.is_visible()
    colour = page.locator(".story-body p").first.evaluate("p => getComputedStyle(p).color")
    assert colour in ("rgb(0, 0, 0)", "rgb(29, 29, 31)"), f"body text prints in {colour}"


def test_every_request_of_a_page_is_answered_and_the_tab_shows_the_sites_icon(page, base):
    """No 404 for anything a page asks for, the browser's own icon request included."""
    failed: list[str] = []
    page.on("response", lambda response: failed.append(f"{response.status} {response.url}") if response.status >= 400 else None)
    page.goto(base)
    page.wait_for_load_state("networkidle")
    icon = page.locator("link[rel=icon]").get_attribute("href")
    assert icon == "/static/favicon.svg"
    assert page.request.get(base.rstrip("/") + icon).headers["content-type"].startswith("image/svg")
    assert failed == []


def test_a_relative_build_opens_from_disk_styled_and_its_links_lead_on(browser, tmp_path):
    """`build --relative`: a copy handed out on media, opened from file:// with no server."""
    from sitetext import make_project
    from zhengxie_site.cli import main

    project = make_project(tmp_path / "project", with_repo_content=True)
    assert main(["--root", str(project), "build", "--relative", "--out", str(tmp_path / "disk")]) == 0
    page = browser.new_page()
    try:
        page.goto((tmp_path / "disk" / "index.html").as_uri())
        background = page.evaluate("getComputedStyle(document.body).backgroundColor")
        assert background == "rgb(255, 253, 248)", "the stylesheet did not load from disk"
        page.locator(".latest-articles .card-title a").first.click()
        assert page.url.startswith("file://") and page.url.endswith("/index.html")
        assert page.locator("article.story h1").count() == 1
        assert page.evaluate("getComputedStyle(document.body).backgroundColor") == background
        page.locator("nav.lang-switch a[hreflang^='en']").click()
        assert "/en/articles/" in page.url and page.locator("html").get_attribute("lang") == "en-GB"
    finally:
        page.close()
