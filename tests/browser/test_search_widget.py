"""Headless Chromium test of static/search.js against a tiny generated index."""

from __future__ import annotations

import json
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from zhengxie_site.search import SearchDoc, build_search_index, write_search_index

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.skipif(
    not CHROMIUM.exists(), reason="headless browser test needs Debian chromium at /usr/bin/chromium"
)

PAGE = """<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>搜索</title></head>
<body><form role="search" action="" method="get" class="search-form"><label for="q">搜索</label>
<input id="q" name="q" type="search"><button>搜索</button></form>
<div id="search-results" data-index="index/" data-site-root="../" data-lang="zh"
 data-msg-none="没有找到" data-msg-count="找到 {n} 篇" data-msg-loading="搜索中…" aria-live="polite"></div>
<noscript>需要 JavaScript</noscript>
<script src="../static/search.js" defer></script></body></html>
"""

DOCS = [
    SearchDoc("articles/tui-dong/", "推动云南政协事业高质量发展", "政协委员在基层协商。（记者 张潇予）",
              "2022-03", "2022年3月", "聚焦", "zh"),
    SearchDoc("articles/ti-an/", "提案工作<综述>", "2021年度提案办理。政协提案。", "2021-12",
              "2021年12月", "要闻", "zh"),
    SearchDoc("articles/other/", "乡村振兴", "与本次搜索无关的文章。", "2023-01", "2023年1月", "基层", "zh"),
]


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture()
def site(tmp_path):
    # hosted under a sub-path: /archive/
    root = tmp_path / "archive"
    write_search_index(build_search_index(DOCS, "zh"), root / "search" / "index")
    (root / "search" / "index.html").write_text(PAGE, encoding="utf-8")
    (root / "static").mkdir()
    (root / "static" / "search.js").write_bytes((ROOT / "src" / "zhengxie_site" / "theme" / "static" / "search.js").read_bytes())
    srv = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Quiet, directory=str(tmp_path)))
    thread = threading.Thread(target=srv.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{srv.server_address[1]}/archive/"
    srv.shutdown()
    thread.join()


@pytest.fixture()
def page():
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=str(CHROMIUM),
            args=["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                  "--disable-component-update", "--disable-sync", "--no-first-run"],
        )
        pg = browser.new_page()
        errors: list[str] = []
        pg.on("pageerror", lambda e: errors.append(str(e)))
        yield pg
        browser.close()
        assert not errors


def wait_done(page):
    page.wait_for_function(
        "() => { const b = document.getElementById('search-results');"
        " return b.textContent && !b.hasAttribute('aria-busy'); }", timeout=10000)


def test_query_from_url_renders_results(site, page):
    requested: list[str] = []
    page.on("request", lambda r: requested.append(r.url))
    page.goto(site + "search/?q=政协")
    wait_done(page)
    assert page.input_value("#q") == "政协"
    assert page.inner_text("#search-results") == "找到 2 篇"
    links = page.eval_on_selector_all(".search-result a", "els => els.map(e => e.href)")
    assert links == [site + "articles/tui-dong/", site + "articles/ti-an/"]  # title match first
    marks = page.eval_on_selector_all(".search-result mark", "els => els.map(e => e.textContent)")
    assert marks and set(marks) == {"政协"}
    assert page.inner_text(".search-result-date >> nth=0") == "2022年3月"
    assert page.inner_text(".search-result-section >> nth=0") == "聚焦"
    # escaped, not parsed: the title's <综述> stays text
    assert page.inner_text(".search-result a >> nth=1") == "提案工作<综述>"
    # only what is needed: meta, one token shard, two fragments (no whole index)
    index_reqs = [u for u in requested if "/search/index/" in u]
    assert sum("/t/" in u for u in index_reqs) == 1
    assert sum("/f/" in u for u in index_reqs) == 2
    assert not any("articles/other" in u for u in requested)


def test_form_submit_updates_url_without_reload(site, page):
    page.goto(site + "search/")
    page.evaluate("window.__marker = 1")
    page.fill("#q", "张潇予")
    page.click("form button")
    wait_done(page)
    assert page.evaluate("window.__marker") == 1  # no reload
    assert "q=%E5%BC%A0%E6%BD%87%E4%BA%88" in page.url
    assert page.inner_text("#search-results") == "找到 1 篇"
    assert page.eval_on_selector_all(".search-result mark", "els => els.map(e => e.textContent)") == [
        "张潇予"]


def test_no_results_message_and_phrase_verification(site, page):
    page.goto(site + "search/?q=协商在基层办理")
    wait_done(page)
    assert page.inner_text("#search-results") == "没有找到"
    assert page.query_selector_all(".search-result") == []
    page.goto(site + "search/?q=2021年度")
    wait_done(page)
    assert page.eval_on_selector_all(".search-result mark", "els => els.map(e => e.textContent)") == [
        "2021年度"]


def test_an_index_of_another_format_is_refused_with_the_error_message(site, page, tmp_path):
    meta = tmp_path / "archive" / "search" / "index" / "meta.json"
    data = json.loads(meta.read_text(encoding="utf-8"))
    meta.write_text(json.dumps({**data, "version": 99}), encoding="utf-8")
    assert '"version": 99' in meta.read_text(encoding="utf-8") or '"version":99' in meta.read_text(encoding="utf-8")
    index = tmp_path / "archive" / "search" / "index.html"
    index.write_text(index.read_text(encoding="utf-8").replace('data-msg-none="没有找到"',
                                                               'data-msg-none="没有找到" data-msg-error="搜索出错"'),
                     encoding="utf-8")
    logged: list[str] = []
    page.on("console", lambda m: logged.append(m.text) if m.type == "error" else None)
    page.goto(site + "search/?q=" + "政协")
    wait_done(page)
    assert page.locator("#search-results").inner_text() == "搜索出错"
    assert any("search index format 99" in line for line in logged)
