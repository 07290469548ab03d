"""serve: rebuilds when a watched file changes and serves the new output."""
from __future__ import annotations

import threading
import time
from urllib.request import urlopen

from sitetext import make_project
from zhengxie_site.serve import changed, serve


def test_changed_lists_added_removed_and_modified_paths():
    assert changed({"a": 1.0, "b": 2.0}, {"a": 1.0, "b": 3.0, "c": 1.0}) == ["b", "c"]
    assert changed({"a": 1.0}, {}) == ["a"]


def test_serve_rebuilds_after_a_change_and_serves_the_new_site(tmp_path):
    from zhengxie_site.build import build
    from zhengxie_site.config import load_config

    project = make_project(tmp_path, "-- content/a.md --\n---\ntitle: 第一版标题\n---\n正文。\n")
    config = load_config(project)
    builds, urls, stop = [], [], threading.Event()

    def rebuild() -> bool:
        builds.append(build(config))
        return True

    thread = threading.Thread(target=serve, args=(project, project / "public", rebuild, 0),
                              kwargs={"interval": 0.05, "stop": stop, "ready": lambda msg: urls.append(msg.split(" at ")[1].split()[0])})
    thread.start()
    try:
        deadline = time.time() + 10
        while not urls and time.time() < deadline:
            time.sleep(0.02)
        page = urlopen(urls[0] + "articles/di-yi-ban-biao-ti/").read().decode()
        assert "第一版标题" in page
        article = project / "content" / "a.md"
        article.write_text(article.read_text(encoding="utf-8").replace("正文。", "改过的正文。"), encoding="utf-8")
        while len(builds) < 2 and time.time() < deadline:
            time.sleep(0.02)
        assert len(builds) == 2
        assert "改过的正文。" in urlopen(urls[0] + "articles/di-yi-ban-biao-ti/").read().decode()
    finally:
        stop.set()
        thread.join()
