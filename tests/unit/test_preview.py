"""PreviewSite: serve's site in memory. An edit's pages are handed over before the search index is done."""
from __future__ import annotations

from sitetext import make_project
from zhengxie_site.config import load_config
from zhengxie_site.preview import PreviewSite
from zhengxie_site.serve.live import LiveSite

ARTICLE = "-- content/a.md --\n---\ntitle: 第一版标题\nslug: a\n---\n正文。\n"


def test_changed_pages_are_published_before_the_search_index(tmp_path):
    project = make_project(tmp_path, ARTICLE)
    preview = PreviewSite(lambda: load_config(project))
    first = preview.rebuild()
    assert "articles/a/index.html" in first and any(p.startswith("search/index/") for p in first)

    article = project / "content" / "a.md"
    article.write_text(article.read_text(encoding="utf-8").replace("正文。", "改过的正文。"), encoding="utf-8")
    early: list[dict] = []
    changes = preview.rebuild(early.append)
    assert len(early) == 1
    assert "改过的正文" in early[0]["articles/a/index.html"].decode()
    assert not any(p.startswith("search/index/") for p in early[0])  # not ready yet, and not gone either
    assert any(p.startswith("search/index/") for p in changes)  # the index follows
    assert "改过的正文" in preview.files["articles/a/index.html"].decode()


def test_an_edit_reloads_open_pages_once(tmp_path):
    project = make_project(tmp_path, ARTICLE)
    live = LiveSite(lambda: load_config(project))
    live.rebuild()
    before = live.snapshot.version
    article = project / "content" / "a.md"
    article.write_text(article.read_text(encoding="utf-8").replace("正文。", "改过的正文。"), encoding="utf-8")
    live.rebuild()
    assert live.snapshot.version != before
    assert int(live.snapshot.version.rsplit("-", 1)[1]) == int(before.rsplit("-", 1)[1]) + 1
    assert any(p.startswith("search/index/") for p in live.snapshot.files)
    assert "改过的正文" in live.snapshot.files["articles/a/index.html"].decode()
