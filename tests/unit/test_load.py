"""content/ -> articles, pages and datasets, or every SourceError at once."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from sitetext import write_tree
from zhengxie_site.config import load_config
from zhengxie_site.errors import SourceErrors
from zhengxie_site.load import JUNK, load_content

SITE_YAML = """title: {zh: 档案, en: Archive}
description: {zh: 说明, en: About}
languages:
  - {code: zh, locale: zh-Hans, name: 中文}
  - {code: en, locale: en, name: English}
roles: {记者: reporter}
"""


def _project(tmp_path: Path, text: str) -> Path:
    write_tree(tmp_path, "-- site.yaml --\n" + SITE_YAML + text)
    (tmp_path / "content").mkdir(exist_ok=True)
    return tmp_path


def _load(root: Path):
    return load_content(load_config(root))


def _errors(root: Path) -> list[str]:
    with pytest.raises(SourceErrors) as exc:
        _load(root)
    return [str(e) for e in exc.value.errors]


ARTICLE = "---\ntitle: 标题\n---\n正文\n"


def test_pages_articles_translations_and_datasets(tmp_path):
    root = _project(tmp_path, f"""
-- content/p/2022-03/a/page.yaml --
paper: 云南日报
date: "2022-03"
page: 5
source: p05.txt
-- content/p/2022-03/a/01-x.md --
{ARTICLE}-- content/p/2022-03/a/01-x.en.md --
---
title: Title
translation: {{of: x}}
---
Body
-- content/_data/t.yaml --
title: 表
columns: [a]
rows: [{{a: 1}}]
""")
    content = _load(root)
    by_lang = {a.lang: a for a in content.articles}
    assert by_lang["zh"].page_key == by_lang["en"].page_key == "p/2022-03/a"
    assert by_lang["en"].slug == by_lang["zh"].slug == "biao-ti"  # a translation shares its original's slug
    assert by_lang["en"].key == by_lang["zh"].key and by_lang["en"].stem == "p/2022-03/a/01-x"
    assert [p.extra for p in content.pages] == [{"source": "p05.txt"}]
    assert content.datasets[0].rows == ({"a": 1},)


def test_unknown_keys_of_a_page_and_a_data_file_name_the_closest_known_one(tmp_path):
    root = _project(tmp_path, """
-- content/p/2022-03/a/page.yaml --
paper: 云南日报
pag: 5
layout: wide
-- content/_data/t.yaml --
title: 表
columns: [a]
rows: [{a: 1}]
group_by: b
colums: [a]
""")
    with pytest.raises(SourceErrors) as raised:
        _load(root)
    assert [str(e) for e in raised.value.errors] == [
        "content/_data/t.yaml:4:11: group_by: not a column; columns are a",
        "content/_data/t.yaml:5:9: colums: unknown key; did you mean 'columns'?",
        "content/p/2022-03/a/page.yaml:2:6: pag: unknown key; did you mean 'page'?",
        "content/p/2022-03/a/page.yaml:3:9: layout: unknown key; expected one of colophon, date, image, name, page, "
        "paper, pdf, sections, source, staff",
    ]


@pytest.mark.parametrize("name", [".#x.md", "._x.md", "x.md~", "#x.md#", ".x.md.swp", "x.md.bak", "Thumbs.db",
                                  ".DS_Store", "desktop.ini", "x.orig"])
def test_editor_junk_is_ignored(tmp_path, name):
    root = _project(tmp_path, f"-- content/ok.md --\n{ARTICLE}")
    (root / "content" / name).write_bytes(b"\xff\xfe not an article")
    assert JUNK.match(name)
    assert [a.source for a in _load(root).articles] == ["content/ok.md"]


@pytest.mark.parametrize("name", ["x.md", "page.yaml", "01-x.en.md", "x.txt"])
def test_real_files_are_not_junk(name):
    assert not JUNK.match(name)


def test_symlinks_and_unexpected_files_are_errors(tmp_path):
    root = _project(tmp_path, f"-- content/ok.md --\n{ARTICLE}-- content/img.png --\nPNG\n-- outside.md --\n{ARTICLE}")
    os.symlink(root / "outside.md", root / "content" / "link.md")
    os.symlink(root / "missing.md", root / "content" / "dangling.md")
    os.symlink(root, root / "content" / "loop")
    assert _errors(root) == [
        "content/dangling.md:1:1: file: symbolic links are not allowed under content/",
        "content/img.png:1:1: file: unexpected file; articles are .md, page data is page.yaml (with the page's PDF "
        "or scan beside it), datasets are _data/*.yaml",
        "content/link.md:1:1: file: symbolic links are not allowed under content/",
        "content/loop:1:1: file: symbolic links are not allowed under content/",
    ]


def test_same_slug_twice_names_both_files(tmp_path):
    root = _project(tmp_path, f"-- content/a.md --\n{ARTICLE}-- content/b/c.md --\n{ARTICLE}")
    assert _errors(root) == ["content/b/c.md:2:8: slug: 'biao-ti' is already used by content/a.md; set a different slug"]


def test_same_slug_in_two_languages_is_fine(tmp_path):
    root = _project(tmp_path, f"-- content/a.md --\n{ARTICLE}-- content/z.en.md --\n---\ntitle: x\nslug: biao-ti\n"
                              "translation: {of: x}\n---\n")
    assert len(_load(root).articles) == 2


def test_errors_from_every_file_are_listed(tmp_path):
    root = _project(tmp_path, "-- content/a.md --\n---\ntitle: [x]\n---\n-- content/b.md --\n\n"
                              "-- content/c.md --\n---\ntitle: c\nedition: {paper: 人民日报}\n---\n"
                              "-- content/page.yaml --\npaper: 云南日报\ndate: 2022-02-30\n")
    assert _errors(root) == [
        "content/a.md:2:8: title: expected text, got a list",
        "content/b.md:1:1: front matter: file is empty; an article needs front matter with a title",
        "content/page.yaml:1:1: folder: a page lives in content/<paper>/<edition>/<page>/ and those folder names "
        "become its URL: lowercase letters, digits and hyphens (e.g. yun-nan-ri-bao/2022-03-25/p05)",
        "content/page.yaml:2:7: date: 2022-02-30 is not a real date",
    ]


def test_page_folder_names_become_urls_so_must_be_slugs(tmp_path):
    root = _project(tmp_path, "-- content/云南日报/2022-03/p 1/page.yaml --\npaper: 云南日报\n")
    assert [e.split(": ")[1] for e in _errors(root)] == ["folder"]


def test_edition_must_agree_with_page(tmp_path):
    root = _project(tmp_path, "-- content/p/2022/a/page.yaml --\npaper: 云南日报\n"
                              "-- content/p/2022/a/c.md --\n---\ntitle: c\nedition: {paper: 人民日报}\n---\n")
    assert _errors(root) == ["content/p/2022/a/c.md:3:10: edition.paper: '人民日报' differs from "
                             "content/p/2022/a/page.yaml ('云南日报')"]


def test_missing_content_folder(tmp_path):
    write_tree(tmp_path, "-- site.yaml --\n" + SITE_YAML)
    assert _errors(tmp_path) == ["content:1:1: content: content folder not found"]


def _aged(root: Path) -> None:
    """Every file and folder under root last changed a minute ago (older than any racy window)."""
    for path in [root, *root.rglob("*")]:
        stat = path.stat()
        os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns - 60 * 10**9))


def test_a_walk_is_kept_until_a_folder_changes(tmp_path, monkeypatch):
    from zhengxie_site import load as load_module
    from zhengxie_site.cache import SourceCache

    root = _project(tmp_path, f"-- content/a.md --\n{ARTICLE}-- content/x/b.md --\n{ARTICLE.replace('标题', '乙')}")
    _aged(tmp_path / "content")
    walks = []
    real = load_module._walk
    monkeypatch.setattr(load_module, "_walk", lambda folder, *rest: walks.append(folder) or real(folder, *rest))
    cache, config = SourceCache(), load_config(root)
    assert len(load_content(config, cache).articles) == 2 and walks
    walks.clear()
    (root / "content" / "x" / "b.md").write_text(ARTICLE.replace("标题", "丙"), encoding="utf-8")  # edited in place
    assert sorted(a.title for a in load_content(config, cache).articles) == ["丙", "标题"] and walks == []
    (root / "content" / "x" / "c.md").write_text(ARTICLE.replace("标题", "丁"), encoding="utf-8")  # a new file
    assert sorted(a.title for a in load_content(config, cache).articles) == ["丁", "丙", "标题"] and walks
    walks.clear()
    assert len(load_content(config, cache).articles) == 3 and walks  # the folder changed just now: walked again
    _aged(tmp_path / "content")
    walks.clear()
    (root / "content" / "x" / "c.md").unlink()
    assert len(load_content(config, cache).articles) == 2 and walks


@pytest.mark.parametrize("jobs", [1, 2])
def test_files_are_parsed_again_only_when_their_bytes_change(tmp_path, jobs):
    from zhengxie_site.cache import SourceCache

    count = 80  # more than a worker process is started for
    root = _project(tmp_path, "".join(f"-- content/a{n}.md --\n{ARTICLE.replace('标题', f'标题{n}')}"
                                      for n in range(count)))
    _aged(tmp_path / "content")
    cache, config = SourceCache(), load_config(root)
    first = {a.source: a for a in load_content(config, cache, jobs).articles}
    assert cache.misses == count and len(first) == count
    again = {a.source: a for a in load_content(config, cache, jobs).articles}
    assert cache.misses == 0 and all(again[s] is first[s] for s in first)
    touched, edited = root / "content" / "a1.md", root / "content" / "a2.md"
    os.utime(touched, ns=(10**18, 10**18))  # the same bytes, another time stamp: read, not parsed
    edited.write_text(ARTICLE.replace("标题", "新标题"), encoding="utf-8")
    os.utime(edited, ns=(10**18, 10**18))
    third = {a.source: a for a in load_content(config, cache, jobs).articles}
    assert cache.misses == 1
    assert third["content/a1.md"] is first["content/a1.md"] and third["content/a2.md"].title == "新标题"
    edited.unlink()  # removed: its article goes
    os.utime(root / "content", ns=(10**18, 10**18))
    assert len(load_content(config, cache, jobs).articles) == count - 1


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_file_that_vanishes_before_it_is_read_is_an_error_of_its_own(tmp_path, monkeypatch, jobs):
    from zhengxie_site import cache as cache_module

    root = _project(tmp_path, "".join(f"-- content/a{n}.md --\n{ARTICLE.replace('标题', f'标题{n}')}"
                                      for n in range(70)))
    real_stat = cache_module._stat_key

    def stat_then_vanish(path: str):
        stat = real_stat(path)
        if path.endswith("a7.md"):
            os.unlink(path)  # as an editor's atomic save or a checkout might, between stat and read
        return stat

    monkeypatch.setattr(cache_module, "_stat_key", stat_then_vanish)
    with pytest.raises(SourceErrors) as exc:
        load_content(load_config(root), jobs=jobs)
    assert [str(e) for e in exc.value.errors] == ["content/a7.md:1:1: file: could not be read: No such file or directory"]
