"""`init` makes a site that builds at once from the theme in the package; a site overrides what it changes."""
from __future__ import annotations

import shutil

from zhengxie_site.cli import main

from sitetext import REPO


def test_init_makes_a_site_that_builds_at_once_and_never_writes_over_one(tmp_path, capsys):
    assert main(["--root", str(tmp_path), "init", "paper", "--name", "云南日报"]) == 0
    site = tmp_path / "paper"
    assert {p.name for p in site.iterdir()} == {"site.yaml", "content", "templates", "static", "i18n"}
    assert "云南日报 数字档案" in (site / "site.yaml").read_text(encoding="utf-8")
    assert main(["--root", str(site), "build"]) == 0
    public = site / "public"
    assert (public / "index.html").is_file() and (public / "en" / "index.html").is_file()
    assert (public / "static" / "site.css").read_bytes() == (REPO / "src" / "zhengxie_site" / "theme" / "static" / "site.css").read_bytes()
    capsys.readouterr()
    assert main(["--root", str(tmp_path), "init", "paper"]) == 1
    assert "site.yaml: exists already" in capsys.readouterr().err
    (tmp_path / "file").write_text("x", encoding="utf-8")
    assert main(["--root", str(tmp_path), "init", "file"]) == 1
    assert "a file is there" in capsys.readouterr().err


def test_a_site_overrides_one_template_and_one_string_and_keeps_the_rest_of_the_theme(tmp_path):
    assert main(["--root", str(tmp_path), "init", "paper"]) == 0
    site = tmp_path / "paper"
    shutil.copy(REPO / "sources" / "000_fcce5d2ff28a9145.txt", tmp_path / "page.txt")
    assert main(["import", str(tmp_path / "page.txt"), "--out", str(site / "content"), "--paper", "云南日报",
                 "--date", "2022-03"]) == 0
    (site / "i18n" / "zh.yaml").write_text("nav_home: 本站首页\n", encoding="utf-8")  # one key; the rest from the theme
    theme_404 = (REPO / "src" / "zhengxie_site" / "theme" / "templates" / "404.html").read_text(encoding="utf-8")
    (site / "templates" / "404.html").write_text(theme_404.replace("{% block main %}", "{% block main %}<p>本报自定义</p>"),
                                                 encoding="utf-8")
    assert main(["--root", str(site), "build"]) == 0
    home = (site / "public" / "index.html").read_text(encoding="utf-8")
    assert ">本站首页<" in home and ">栏目<" in home  # the override, and a theme string beside it
    assert "本报自定义" in (site / "public" / "404.html").read_text(encoding="utf-8")
    assert "本报自定义" not in home  # other templates are the theme's
