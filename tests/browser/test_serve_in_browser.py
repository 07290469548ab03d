"""serve in headless Chromium: an open page follows edits by itself, shows a build error at the top
and recovers when it is fixed."""
from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest

from sitetext import make_project

pytestmark = pytest.mark.slow

ARTICLE = "-- content/a.md --\n---\ntitle: 第一版标题\ndate: 2022-03-01\n---\n正文第一稿。\n"
PAGE = "articles/di-yi-ban-biao-ti/"
PANEL = "#zhengxie-build-error"


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


@pytest.fixture()
def served(tmp_path):
    """A one-article project served by `serve` on a free port: (project folder, site URL)."""
    from zhengxie_site.config import load_config
    from zhengxie_site.serve import serve

    (tmp_path / "project").mkdir()
    project = make_project(tmp_path / "project", ARTICLE)
    stop, urls = threading.Event(), []
    thread = threading.Thread(target=serve, args=(lambda: load_config(project),), daemon=True,
                              kwargs={"root": project, "port": 0, "stop": stop, "ready": urls.append})
    thread.start()
    deadline = time.monotonic() + 20
    while not urls and time.monotonic() < deadline:
        time.sleep(0.05)
    assert urls, "serve did not start"
    yield project, urls[0]
    stop.set()
    thread.join(10)
    assert not thread.is_alive()


def test_an_open_page_follows_edits_shows_the_build_error_and_recovers(served, page, tmp_path):
    from playwright.sync_api import expect

    project, url = served
    article = project / "content" / "a.md"
    loads: list[str] = []
    page.on("load", lambda: loads.append(page.url))
    page.goto(url + PAGE)
    main = page.locator("main")
    expect(main).to_contain_text("正文第一稿。")

    edit(article, "正文第一稿。", "正文第二稿。")
    expect(main).to_contain_text("正文第二稿。", timeout=15_000)  # no page.reload(): the page reloads itself

    edit(article, "date: 2022-03-01", 'date: "<b>二月三十日</b>"')
    panel = page.locator(PANEL)
    expect(panel).to_be_visible(timeout=15_000)
    expect(panel).to_contain_text("Build failed: 1 error")
    expect(panel).to_contain_text("content/a.md:3:7")
    expect(panel).to_contain_text("'<b>二月三十日</b>'")  # shown as text, not markup
    expect(main).to_contain_text("正文第二稿。")  # the last good page is still shown under the panel
    box = panel.bounding_box()
    assert box and box["y"] == 0 and box["height"] > 40, box  # at the top, not hidden
    page.screenshot(path=str(tmp_path / "error-panel.png"))

    edit(article, 'date: "<b>二月三十日</b>"', "date: 2022-03-01")
    expect(panel).to_have_count(0, timeout=15_000)
    expect(main).to_contain_text("正文第二稿。")
    settled = len(loads)
    page.wait_for_timeout(1500)
    assert len(loads) == settled, f"the page kept reloading: {loads}"


SCANNED = """-- content/ri-bao/2024-03-15/p01/page.yaml --
paper: 日报
date: "2024-03-15"
page: 1
image: scan.png
-- content/ri-bao/2024-03-15/p01/01-wei-yuan.md --
---
title: 委员走进社区
---
正文。
"""


def test_an_editor_draws_an_articles_regions_on_a_scanned_page(tmp_path, page):
    """serve only: <page view>regions/ shows the page image; dragging a rectangle gives the front matter."""
    from PIL import Image

    from zhengxie_site.config import load_config
    from zhengxie_site.serve import serve

    project = make_project(tmp_path / "project", SCANNED)
    Image.new("RGB", (1000, 1400), "white").save(project / "content" / "ri-bao" / "2024-03-15" / "p01" / "scan.png")
    stop, urls = threading.Event(), []
    thread = threading.Thread(target=serve, args=(lambda: load_config(project),), daemon=True,
                              kwargs={"root": project, "port": 0, "stop": stop, "ready": urls.append})
    thread.start()
    try:
        deadline = time.monotonic() + 20
        while not urls and time.monotonic() < deadline:
            time.sleep(0.05)
        page.set_viewport_size({"width": 1200, "height": 900})
        page.goto(urls[0] + "editions/ri-bao/2024-03-15/p01/regions/")
        # the tool sets the image's src once it has fetched the page view: decode() before that rejects
        page.wait_for_function("document.getElementById('page').getAttribute('src')")
        page.locator("#page").evaluate("img => img.decode()")
        assert page.locator("#article option").all_inner_texts() == ["委员走进社区"]
        box = page.locator("#sheet").bounding_box()
        page.mouse.move(box["x"] + box["width"] * 0.1, box["y"] + box["height"] * 0.2)
        page.mouse.down()
        page.mouse.move(box["x"] + box["width"] * 0.6, box["y"] + box["height"] * 0.5, steps=5)
        page.mouse.up()
        text = page.locator("#yaml").input_value()
        assert text.startswith("regions:\n- [")
        x, y, w, h = (float(v) for v in text.split("[")[1].rstrip("]").split(","))
        assert abs(x - 0.1) < 0.01 and abs(y - 0.2) < 0.01 and abs(w - 0.5) < 0.01 and abs(h - 0.3) < 0.01
        from urllib.request import urlopen
        with urlopen(urls[0] + "editions/ri-bao/2024-03-15/p01/page-1400.webp") as response:
            assert response.status == 200  # the scan's images are served too
    finally:
        stop.set()
        thread.join(10)
