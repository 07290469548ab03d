"""A third language is configuration and strings only: no code."""
from __future__ import annotations

from pathlib import Path

import yaml

from sitetext import make_project, read_tree
from zhengxie_site.cli import main

HERE = Path(__file__).parent


def add_traditional_chinese(project: Path, drop_key: str | None = None) -> None:
    config = yaml.safe_load((project / "site.yaml").read_text(encoding="utf-8"))
    # written by hand this time: its own catalog, no `from` (the project's zh-hant is made from zh)
    config["languages"] = [lang for lang in config["languages"] if lang.get("prefix") != "hant"]
    config["languages"].append({"code": "zh-Hant", "locale": "zh-Hant", "name": "繁體中文", "prefix": "hant"})
    config["title"]["zh-Hant"] = "雲南日報·政協專版 數字檔案"
    config["description"]["zh-Hant"] = "雲南日報與雲南省政協辦公廳合辦專版的數字報檔案。"
    (project / "site.yaml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    strings = yaml.safe_load((project / "i18n" / "zh.yaml").read_text(encoding="utf-8"))
    strings.update(nav_home="首頁", nav_editions="版面", language="語言")
    if drop_key:
        del strings[drop_key]
    (project / "i18n" / "zh-Hant.yaml").write_text(yaml.safe_dump(strings, allow_unicode=True), encoding="utf-8")


def test_third_language_from_configuration_and_strings(tmp_path):
    project = make_project(tmp_path, (HERE / "basic" / "site.txt").read_text(encoding="utf-8"))
    add_traditional_chinese(project)
    assert main(["--root", str(project), "build"]) == 0
    files = read_tree(project / "public")
    home = files["hant/index.html"].decode()
    assert '<html lang="zh-Hant">' in home and "首頁" in home and "雲南日報·政協專版 數字檔案" in home
    assert "2022年3月" in files["hant/archive/index.html"].decode()
    # an article without a zh-Hant version has no page there; zh-Hant lists link to the original
    assert "hant/articles/tui-dong-yun-nan-zheng-xie-shi-ye-gao-zhi-liang-fa-zhan/index.html" not in files
    assert 'href="/articles/tui-dong-yun-nan-zheng-xie-shi-ye-gao-zhi-liang-fa-zhan/"' in files["hant/archive/2022/index.html"].decode()
    # every page names all three languages; those without a version are marked, not linked
    zh_article = files["articles/tui-dong-yun-nan-zheng-xie-shi-ye-gao-zhi-liang-fa-zhan/index.html"].decode()
    assert all(name in zh_article for name in (">中文<", ">English <small>", ">繁體中文 <small>"))
    assert "hant/search/index/meta.json" in files


def test_a_string_missing_in_one_language_fails_naming_file_and_key(tmp_path, capsys):
    project = make_project(tmp_path, (HERE / "basic" / "site.txt").read_text(encoding="utf-8"))
    add_traditional_chinese(project, drop_key="nav_tags")
    assert main(["--root", str(project), "check"]) == 1
    assert "i18n/zh-Hant.yaml:1:1: nav_tags: missing in this language" in capsys.readouterr().err
