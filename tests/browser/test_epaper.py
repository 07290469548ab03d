"""The printed page in a browser: page PDFs imported as an editor would, built, and read as an e-paper:
the page image with each article a link over where it was printed, page and edition navigation, the
PDF, and on each article its place on a thumbnail of the page."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from conftest import AXE, serve
from sitetext import make_project

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "tests"))
import pdfpages  # noqa: E402

ISSUES = [("2024-03-15", 1, "four-columns"), ("2024-03-15", 2, "banner-and-briefs"), ("2024-03-16", 1, "five-columns-photo")]


@pytest.fixture(scope="module")
def epaper(tmp_path_factory):
    """Two editions of 云南日报 imported from page PDFs, built; (origin, public folder, true articles)."""
    from zhengxie_site.cli import main

    tmp = tmp_path_factory.mktemp("epaper")
    project = make_project(tmp / "site")
    truth = {}
    for date, number, layout in ISSUES:
        pdf = tmp / f"{date}-{number}.pdf"
        truth[(date, number)] = pdfpages.make_page_pdf(pdf, layout)
        assert main(["import", str(pdf), "--out", str(project / "content"), "--paper", "云南日报",
                     "--date", date, "--page", str(number), "--page-name", "政协"]) == 0
    assert main(["--root", str(project), "build"]) == 0
    for origin in serve(project / "public"):
        yield origin + "/", project / "public", truth


def page_url(date: str, number: int) -> str:
    return f"editions/yun-nan-ri-bao/{date}/p{number:02d}/"


def test_every_area_on_the_page_image_leads_to_its_article(page, epaper):
    base, _, truth = epaper
    for (date, number), articles in truth.items():
        page.goto(base + page_url(date, number))
        areas = page.locator(".page-area[aria-label]")
        assert sorted(areas.evaluate_all("els => els.map(e => e.getAttribute('aria-label'))")) == \
            sorted(a.headline for a in articles)
        for index in range(areas.count()):
            page.goto(base + page_url(date, number))
            area = page.locator(".page-area[aria-label]").nth(index)
            headline = area.get_attribute("aria-label")
            area.scroll_into_view_if_needed()
            box = area.bounding_box()
            with page.expect_navigation():
                page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)  # where a reader taps
            assert page.locator("h1").inner_text() == headline


def test_areas_are_reached_by_keyboard_and_lit_where_focused(page, epaper):
    base, _, _ = epaper
    page.goto(base + page_url("2024-03-15", 1))
    first = page.locator(".page-area[aria-label]").first
    first.focus()
    assert page.evaluate("document.activeElement.classList.contains('page-area')")
    assert first.evaluate("e => getComputedStyle(e).borderTopColor") != "rgba(0, 0, 0, 0)"


def test_pages_and_editions_are_turned_and_the_pdf_is_offered(page, epaper):
    base, public, _ = epaper
    page.goto(base + page_url("2024-03-15", 1))
    nav = page.locator("nav.page-nav")
    assert nav.get_by_role("link", name="下一版：第2版 · 政协").count() == 1
    assert nav.get_by_role("link", name="下一期：云南日报 2024年3月16日").count() == 1
    pdf = page.locator("a[download][href$='page.pdf']")
    response = page.request.get(pdf.evaluate("a => a.href"))
    assert response.ok and response.body()[:5] == b"%PDF-"
    assert response.body() == (public / page_url("2024-03-15", 1) / "page.pdf").read_bytes()
    page.goto(base + page_url("2024-03-15", 2))
    assert page.locator("nav.page-nav").get_by_role("link", name="上一版：第1版 · 政协").count() == 1
    calendar = page.locator("aside.edition-calendar")  # 往期回顾: the month's editions, today's marked
    assert calendar.locator("a[aria-current='date']").inner_text() == "15"
    calendar.get_by_role("link", name="云南日报 2024年3月16日").click()
    assert page.locator("h1").inner_text().startswith("云南日报 2024年3月16日")


def test_on_a_phone_the_page_image_fits_and_its_areas_stay_tappable(browser, epaper):
    base, _, _ = epaper
    context = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2, has_touch=True)
    try:
        page = context.new_page()
        page.goto(base + page_url("2024-03-15", 1))
        assert page.evaluate("document.documentElement.scrollWidth") <= 390
        image = page.locator(".page-scan img")
        assert image.is_visible() and image.bounding_box()["width"] <= 390
        assert image.evaluate("img => img.currentSrc").endswith(".webp")  # the modern format where supported
        assert "700w" in page.locator(".page-scan source").get_attribute("srcset")
        assert page.locator(".page-headlines .card-title").first.is_visible()
        area = page.locator(".page-area[aria-label]").first
        box = area.bounding_box()
        assert box["width"] >= 44 and box["height"] >= 24  # big enough to tap
    finally:
        context.close()


def test_an_article_shows_where_it_was_printed(page, epaper):
    base, _, truth = epaper
    page.goto(base + page_url("2024-03-15", 1))
    page.locator(".page-area[aria-label]").first.click()
    aside = page.locator("aside.printed-at")
    assert aside.locator("img").get_attribute("loading") == "lazy"
    assert aside.locator(".page-mark").count() >= 1
    assert aside.locator("a").get_attribute("href").endswith(page_url("2024-03-15", 1))


def test_the_page_view_works_without_javascript(browser, epaper):
    base, _, truth = epaper
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(base + page_url("2024-03-16", 1))
        headline = truth[("2024-03-16", 1)][0].headline
        page.locator(f".page-area[aria-label='{headline}']").click()
        assert page.locator("h1").inner_text() == headline
    finally:
        context.close()


def test_the_page_view_has_no_serious_accessibility_problems(page, epaper):
    base, _, _ = epaper
    if not AXE.exists():
        pytest.fail(f"{AXE} is missing: run `npm ci` at the repository root")
    page.goto(base + page_url("2024-03-15", 1))
    page.add_script_tag(path=str(AXE))
    violations = page.evaluate("""async () => (await axe.run(document, {resultTypes: ['violations']}))
        .violations.filter(v => ['serious', 'critical'].includes(v.impact)).map(v => v.id + ': ' + v.help)""")
    assert violations == []


def test_the_page_view_and_an_article_with_their_images_are_valid_html(epaper):
    import json
    import shutil
    import subprocess

    vnu = REPO / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
    java = shutil.which("java")
    if java is None or not vnu.exists():
        pytest.fail("the HTML check needs Java and node_modules/vnu-jar (.ci/run installs both)")
    _, public, _ = epaper
    pages = [public / page_url("2024-03-15", 1) / "index.html",
             next((public / "articles").glob("*/index.html"))]
    run = subprocess.run([java, "-jar", str(vnu), "--errors-only", "--format", "json", *map(str, pages)],
                         capture_output=True, text=True)
    assert json.loads(run.stderr or run.stdout)["messages"] == []


def test_an_editions_iiif_manifest_opens_in_mirador(browser, epaper, tmp_path):
    """Built for the address it is served at (a manifest's ids are full URLs), opened in the IIIF viewer
    Mirador: the edition's name, each page as a canvas with its image, each article as a linking
    annotation on its region."""
    import json
    import shutil

    from zhengxie_site.cli import main

    mirador = REPO / "node_modules" / "mirador" / "dist" / "mirador.min.js"
    if not mirador.exists():
        pytest.fail(f"{mirador} is missing: run `npm ci` at the repository root")
    _, public, truth = epaper
    project = public.parent
    www = tmp_path / "www"
    www.mkdir()
    for origin in serve(www):
        assert main(["--root", str(project), "build", "--base-url", origin + "/", "--out", str(www)]) == 0
        manifest_path = "editions/yun-nan-ri-bao/2024-03-15/manifest.json"
        manifest = json.loads((www / manifest_path).read_text(encoding="utf-8"))
        assert [c["label"]["zh"][0] for c in manifest["items"]] == [
            "云南日报 2024年3月15日 · 第1版 · 政协", "云南日报 2024年3月15日 · 第2版 · 政协"]
        links = [a for c in manifest["items"] for page in c["annotations"] for a in page["items"]]
        assert {a["body"]["label"]["zh"][0] for a in links} == {
            t.headline for number in (1, 2) for t in truth[("2024-03-15", number)]}
        assert all(a["target"].startswith(origin) and "#xywh=" in a["target"] for a in links)
        shutil.copy(mirador, www / "mirador.min.js")
        (www / "viewer.html").write_text(
            '<!doctype html><meta charset="utf-8"><title>Mirador</title><div id="m" style="position:absolute;inset:0">'
            '</div><script src="mirador.min.js"></script><script>Mirador.viewer({id: "m", windows: [{manifestId: "'
            f'{origin}/{manifest_path}"}}]}});</script>', encoding="utf-8")
        page = browser.new_page(viewport={"width": 1200, "height": 800})
        try:
            with page.expect_response(lambda r: r.url.endswith("p01/page-1400.jpg")) as image:
                page.goto(f"{origin}/viewer.html")
            assert image.value.ok
            page.get_by_text("1 of 2").wait_for()  # the canvases are the edition's two pages
            assert page.locator("h2").first.inner_text() in ("云南日报 2024年3月15日", "Yunnan Daily, 15 March 2024")
        finally:
            page.close()
