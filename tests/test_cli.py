"""The command line: exit codes and what each command prints or writes."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from sitetext import REPO, make_project, read_tree, write_tree
from zhengxie_site.cli import main
from zhengxie_site.pipeline import PARALLEL_ARTICLES
from zhengxie_site.search import run_query

SEED = REPO / "sources" / "000_fcce5d2ff28a9145.txt"


@pytest.fixture
def project(tmp_path: Path) -> Path:
    return make_project(tmp_path / "site", with_repo_content=True)


def test_repository_site_checks_clean(project, capsys):
    assert main(["--root", str(project), "check"]) == 0
    assert "ok: no problems found" in capsys.readouterr().out


def test_check_writes_nothing(project):
    main(["--root", str(project), "check"])
    assert not (project / "public").exists()


def test_check_fails_on_a_broken_internal_link_and_a_missing_anchor(project, capsys):
    article = next((project / "content").rglob("04-*[!n].md"))
    article.write_text(article.read_text(encoding="utf-8") + "\n见[旧文](/articles/no-such-article/)和[小标题](#no-such-anchor)。\n",
                       encoding="utf-8")
    assert main(["--root", str(project), "check"]) == 1
    err = capsys.readouterr().err
    line = len(article.read_text(encoding="utf-8").splitlines())  # the link is on the last line, after 见[旧文]
    page = "articles/sheng-zheng-xie-shi-er-jie-wu-ci-hui-yi-ti-an-jiao-ban-hui/index.html"
    assert f"{article.relative_to(project).as_posix()}:{line}:7: body: broken link '/articles/no-such-article/' (on {page})" in err
    assert f"{article.relative_to(project).as_posix()}:{line}:41: body: link '#no-such-anchor' points to a missing anchor" in err


def test_check_translations_lists_missing_and_stale(project, capsys):
    content = project / "content" / "yun-nan-ri-bao" / "2022-03" / "zheng-xie"
    next(content.glob("03-*.en.md")).unlink()
    original = next(content.glob("05-*[!n].md"))
    original.write_text(original.read_text(encoding="utf-8") + "\n补充一段。\n", encoding="utf-8")
    assert main(["--root", str(project), "check", "--translations"]) == 0
    out = capsys.readouterr().out
    assert f"{next(content.glob('03-*.md')).relative_to(project).as_posix()}: missing en translation" in out
    assert "05-sheng-zheng-xie-tiao-yan-zu-fu-mi-le-diao-yan-wen-lv-rong-he.en.md: stale" in out
    assert out.count("translation: ") == 2


def test_new_creates_a_draft_and_never_overwrites(project, capsys):
    assert main(["--root", str(project), "new", "省政协召开常委会议", "--section", "资讯"]) == 0
    created = project / "content" / "articles" / "sheng-zheng-xie-zhao-kai-chang-wei-hui-yi.md"
    text = created.read_text(encoding="utf-8")
    assert "title: 省政协召开常委会议" in text and "section: 资讯" in text and "draft: true" in text
    assert "slug: sheng-zheng-xie-zhao-kai-chang-wei-hui-yi" in text  # fixed now: a later title edit keeps the URL
    created.write_text(text + "编辑写的正文。\n", encoding="utf-8")
    assert main(["--root", str(project), "new", "省政协召开常委会议"]) == 1
    assert "already exists" in capsys.readouterr().err
    assert "编辑写的正文。" in created.read_text(encoding="utf-8")
    assert main(["--root", str(project), "check"]) == 0  # the new file is valid content


def test_import_refuses_to_overwrite_then_force(tmp_path, capsys):
    out = tmp_path / "content"
    args = ["import", str(SEED), "--out", str(out), "--paper", "云南日报", "--date", "2022-03", "--page-name", "政协"]
    assert main(args) == 0
    first = next(out.rglob("01-*.md"))
    first.write_text("edited by hand", encoding="utf-8")
    assert main(args) == 1
    assert first.read_text(encoding="utf-8") == "edited by hand"
    assert main(args + ["--force"]) == 0
    assert first.read_text(encoding="utf-8").startswith("---\ntitle: 推动云南政协事业高质量发展")


def test_import_rejects_an_impossible_date(tmp_path, capsys):
    assert main(["import", str(SEED), "--out", str(tmp_path), "--date", "2022-02-30"]) == 2
    assert "2022-02-30" in capsys.readouterr().err
    assert not any(tmp_path.iterdir())


def test_imported_seed_builds(tmp_path):
    project = make_project(tmp_path / "site")
    assert main(["import", str(SEED), "--out", str(project / "content"), "--paper", "云南日报", "--date", "2022-03"]) == 0
    assert main(["--root", str(project), "build"]) == 0
    assert (project / "public" / "articles" / "tui-dong-yun-nan-zheng-xie-shi-ye-gao-zhi-liang-fa-zhan" / "index.html").is_file()


def test_bad_base_url_is_a_usage_error(project, capsys):
    assert main(["--root", str(project), "build", "--base-url", "ftp://x/"]) == 1
    assert "--base-url" in capsys.readouterr().err


def test_module_and_build_py_entry_points(tmp_path):
    result = subprocess.run([sys.executable, "-m", "zhengxie_site", "--help"], capture_output=True, text=True,
                            env={"PYTHONPATH": str(REPO / "src"), "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0 and "import" in result.stdout
    result = subprocess.run([sys.executable, str(REPO / "build.py"), "--out", str(tmp_path / "out")],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out" / "index.html").is_file()


@pytest.mark.parametrize("page", sorted((REPO / "tests" / "fixtures" / "pages").glob("*.txt")), ids=lambda p: p.stem)
def test_every_fixture_page_imports_into_a_site_that_checks_clean(tmp_path, page, capsys):
    """Imported as the paper that printed it (its own reporters are then 记者), into a site that checks."""
    project = make_project(tmp_path / "site")
    paper = yaml.safe_load(page.with_suffix(".expected.yaml").read_text(encoding="utf-8"))["page"]["paper"]
    assert main(["import", str(page), "--out", str(project / "content"), "--paper", paper,
                 "--date", "2022-03-25", "--page", "2"]) == 0
    if main(["--root", str(project), "check"]) != 0:
        # a role kept as printed that no rule ties to the paper (an app's name alone: 洪观新闻记者) is the one
        # thing left to the editor, and check names it; added to site.yaml, the site checks clean
        errors = capsys.readouterr().err.splitlines()[:-1]
        roles = {re.search(r"unknown role '([^']+)'", e).group(1) for e in errors if "unknown role" in e}
        assert roles and all("unknown role" in e for e in errors), errors
        site_yaml = project / "site.yaml"
        added = "".join(f"  {r}: reporter\n" for r in sorted(roles))
        site_yaml.write_text(re.sub(r"(?m)^(roles:.*\n)", lambda m: m.group(1) + added,
                                    site_yaml.read_text(encoding="utf-8"), count=1), encoding="utf-8")
        assert main(["--root", str(project), "check"]) == 0, capsys.readouterr().err


def test_parallel_rendering_gives_the_same_bytes_as_serial(tmp_path):
    project = make_project(tmp_path / "site", with_repo_content=True)
    many = "".join(f"-- content/extra/a{i}.md --\n---\ntitle: 第{i}篇\nslug: a-{i}\ndate: \"2022-03-{i % 28 + 1:02d}\"\n"
                   f"tags: [标签{i % 7}]\n---\n正文{i}。\n" for i in range(PARALLEL_ARTICLES))
    write_tree(project, many)
    assert main(["--root", str(project), "build", "--jobs", "1", "--out", str(tmp_path / "serial")]) == 0
    assert main(["--root", str(project), "build", "--jobs", "2", "--out", str(tmp_path / "parallel")]) == 0
    serial, parallel = read_tree(tmp_path / "serial"), read_tree(tmp_path / "parallel")
    assert sum(p.startswith("articles/") for p in serial) > PARALLEL_ARTICLES  # the parallel path really ran
    assert serial == parallel


def test_check_translations_lists_terms_the_glossary_does_not_translate(project, capsys):
    article = next((project / "content").rglob("04-*[!n].md"))
    article.write_text(article.read_text(encoding="utf-8").replace("tags:\n", "tags:\n- 新的标签\n", 1), encoding="utf-8")
    assert main(["--root", str(project), "check", "--translations"]) == 0
    out = capsys.readouterr().out
    assert "translation: i18n/glossary.yaml: tag '新的标签' has no en translation" in out


def test_a_page_imported_without_a_date_builds_with_its_date_unknown(tmp_path, capsys):
    project = make_project(tmp_path / "site")
    assert main(["import", str(SEED), "--out", str(project / "content"), "--paper", "云南日报"]) == 0
    assert "no date given: articles have no date" in capsys.readouterr().out
    assert main(["--root", str(project), "build"]) == 0
    editions = (project / "public" / "editions" / "index.html").read_text(encoding="utf-8")
    assert "日期不详" in editions and 'href="/editions/yun-nan-ri-bao/undated/"' in editions
    feed = (project / "public" / "feed.xml").read_text(encoding="utf-8")
    assert "<entry>" not in feed  # undated articles are not given an invented date


def test_build_refuses_to_publish_a_broken_internal_link(project, capsys):
    main(["--root", str(project), "build"])
    before = read_tree(project / "public")
    article = next((project / "content").rglob("04-*[!n].md"))
    article.write_text(article.read_text(encoding="utf-8") + "\n见[旧文](/articles/no-such-article/)。\n", encoding="utf-8")
    assert main(["--root", str(project), "build"]) == 1
    err = capsys.readouterr().err
    assert "body: broken link '/articles/no-such-article/'" in err and err.endswith("1 error(s); nothing was written\n")
    assert read_tree(project / "public") == before


def test_build_quiet_prints_nothing_and_a_second_build_is_up_to_date(tmp_path, capsys, monkeypatch):
    from zhengxie_site import build as build_module

    monkeypatch.setattr(build_module, "RACY_SECONDS", 0.0)
    project = make_project(tmp_path / "site", "-- content/a.md --\n---\ntitle: 标题\n---\n正文。\n")
    assert main(["--root", str(project), "build", "--quiet"]) == 0
    assert capsys.readouterr() == ("", "")
    assert main(["--root", str(project), "build"]) == 0
    assert capsys.readouterr().out.startswith("up to date: nothing changed since the last build")


def test_a_month_imported_from_a_folder_builds_and_its_import_notes_wait_for_review(tmp_path, capsys, monkeypatch):
    project = make_project(tmp_path / "site")
    raw = project / "raw"
    raw.mkdir()
    pages = REPO / "tests" / "fixtures" / "pages"
    (raw / "20220301-01.txt").write_bytes((pages / "001_national_datelines.txt").read_bytes())
    (raw / "20220302-04.txt").write_bytes((pages / "003_commentary_photos.txt").read_bytes())
    monkeypatch.chdir(project)
    assert main(["import", "raw", "--paper", "人民日报"]) == 0
    assert "imported 2 page(s)" in capsys.readouterr().out
    assert main(["import", "raw", "--paper", "人民日报"]) == 0
    assert "0 page(s) with 0 article(s); 2 skipped" in capsys.readouterr().out
    assert main(["import", "raw", "--date", "2022-03-01"]) == 2
    assert "not from --date and --page" in capsys.readouterr().err
    assert main(["check"]) == 0
    out = capsys.readouterr().out
    noted = [line for line in out.splitlines() if line.startswith("review: content/ren-min-ri-bao/2022-03-02/p04/")]
    assert noted and ": import_notes: " in noted[0] and "article(s) with import notes to review" in out
    assert main(["build", "--strict"]) == 1
    assert "import_notes" in capsys.readouterr().err and not (project / "public").exists()
    assert main(["build"]) == 0
    assert "with import notes to review (`zhengxie-site check` lists them)" in capsys.readouterr().out
    for article in (project / "content").rglob("*.md"):  # reviewed: the editor deletes the notes
        text = article.read_text(encoding="utf-8")
        if "import_notes:" in text:
            head, _, rest = text.partition("import_notes:\n")
            article.write_text(head + rest[rest.index("---\n"):], encoding="utf-8")
    assert main(["build", "--strict"]) == 0
    assert main(["check", "--strict"]) == 0


def test_a_page_pdf_imports_with_its_regions_and_is_kept_beside_its_page(tmp_path, capsys, monkeypatch):
    sys.path.insert(0, str(REPO / "tests"))
    import pdfpages

    project = make_project(tmp_path / "site")
    pdfpages.make_page_pdf(tmp_path / "p05.pdf", "four-columns")
    monkeypatch.chdir(project)
    assert main(["import", str(tmp_path / "p05.pdf"), "--paper", "云南日报", "--date", "2024-03-15", "--page", "5"]) == 0
    folder = project / "content" / "yun-nan-ri-bao" / "2024-03-15" / "p05"
    assert (folder / "page.pdf").read_bytes() == (tmp_path / "p05.pdf").read_bytes()
    assert "pdf: page.pdf" in (folder / "page.yaml").read_text(encoding="utf-8")
    lead = next(folder.glob("01-*.md")).read_text(encoding="utf-8")
    assert "kicker: 凝聚共识谋发展 履职尽责开新局" in lead and "regions:\n- [0.0" in lead
    assert main(["check"]) == 0, capsys.readouterr().err
    from PIL import Image
    Image.new("RGB", (8, 8)).save(folder / "stray.png")  # a page file its page.yaml does not name
    assert main(["check"]) == 1
    assert "stray.png:1:1: file: the page's" in capsys.readouterr().err


def test_correcting_an_imported_headline_keeps_the_articles_url(tmp_path, capsys):
    project = make_project(tmp_path / "site")
    assert main(["import", str(SEED), "--out", str(project / "content"), "--paper", "云南日报", "--date", "2022-03"]) == 0
    assert main(["--root", str(project), "build"]) == 0
    url = project / "public" / "articles" / "tui-dong-yun-nan-zheng-xie-shi-ye-gao-zhi-liang-fa-zhan" / "index.html"
    assert url.is_file()
    article = next((project / "content").rglob("01-*.md"))
    article.write_text(article.read_text(encoding="utf-8").replace("title: 推动云南政协事业高质量发展",
                                                                   "title: 推动云南政协事业高质量发展再上新台阶"),
                       encoding="utf-8")
    assert main(["--root", str(project), "build"]) == 0
    assert "再上新台阶" in url.read_text(encoding="utf-8")  # the same address, the corrected headline


def test_an_articles_earlier_slug_under_aliases_keeps_its_old_address_working(tmp_path, capsys):
    project = make_project(tmp_path / "site", "-- content/a.md --\n---\ntitle: 旧标题\nslug: jiu-biao-ti\n---\n正文。\n")
    assert main(["--root", str(project), "build"]) == 0
    article = project / "content" / "a.md"
    article.write_text("---\ntitle: 新标题\nslug: xin-biao-ti\n---\n正文。\n", encoding="utf-8")
    assert main(["--root", str(project), "build"]) == 1  # the old address would go away
    assert "articles/jiu-biao-ti/" in capsys.readouterr().err
    article.write_text("---\ntitle: 新标题\nslug: xin-biao-ti\naliases: [jiu-biao-ti]\n---\n正文。\n", encoding="utf-8")
    assert main(["--root", str(project), "build"]) == 0
    old = (project / "public" / "articles" / "jiu-biao-ti" / "index.html").read_text(encoding="utf-8")
    assert 'http-equiv="refresh" content="0; url=/articles/xin-biao-ti/"' in old and 'rel="canonical"' in old
    assert '本文已移至新地址：<a href="/articles/xin-biao-ti/">' in old  # for a reader whose browser does not move on
    assert (project / "public" / "articles" / "xin-biao-ti" / "index.html").is_file()
    sitemap = (project / "public" / "sitemap.xml").read_text(encoding="utf-8")
    assert "jiu-biao-ti" not in sitemap  # a redirect is no page of its own


RETRACTED = """-- content/a.md --
---
title: 某地发布失实数据
slug: shi-shi-shu-ju
date: 2022-03-01
figures: [{caption: 图为会场独有图注}]
retraction: {date: 2022-03-09, note: 本文所引数据失实，本报予以撤稿。, withdrawn: true}
---
正文里的独有词句漓江烟雨。
-- content/a.en.md --
---
title: A place publishes wrong figures
translation: {of: x}
---
The English text about Lijiang rain.
-- content/b.md --
---
title: 撤稿但保留原文
slug: bao-liu-yuan-wen
date: 2022-03-02
retraction: {date: 2022-03-10, note: 标题有误。}
---
保留的正文苍山洱海。
"""


def test_a_retracted_article_keeps_its_address_with_the_notice_in_every_language(tmp_path):
    project = make_project(tmp_path / "site", RETRACTED)
    assert main(["--root", str(project), "build"]) == 0
    public = project / "public"
    zh = (public / "articles" / "shi-shi-shu-ju" / "index.html").read_text(encoding="utf-8")
    assert 'class="notice notice-retraction" role="note"' in zh and "2022年3月9日撤稿：" in zh
    assert "本文所引数据失实" in zh and "本文原文已撤回" in zh
    assert "漓江烟雨" not in zh and "会场独有图注" not in zh  # withdrawn: the text is off the page
    ld = json.loads(zh.split('<script type="application/ld+json">')[1].split("</script>")[0])
    assert ld["correction"] == [{"@type": "CorrectionComment", "datePublished": "2022-03-09",
                                 "text": "本文所引数据失实，本报予以撤稿。"}] and ld["dateModified"] == "2022-03-09"
    en = (public / "en" / "articles" / "shi-shi-shu-ju" / "index.html").read_text(encoding="utf-8")
    assert '<span lang="zh-Hans">本文所引数据失实' in en and "Lijiang" not in en  # the original's notice, marked
    kept = (public / "articles" / "bao-liu-yuan-wen" / "index.html").read_text(encoding="utf-8")
    assert "标题有误。" in kept and "苍山洱海" in kept  # retracted, text kept
    home = (public / "index.html").read_text(encoding="utf-8")
    assert home.count('<span class="badge badge-retracted">已撤稿</span>') == 2
    fetch = lambda path: (public / "search" / "index" / path).read_bytes()  # noqa: E731
    assert run_query(fetch, "漓江烟雨").total == 0 and run_query(fetch, "会场独有").total == 0
    assert run_query(fetch, "苍山洱海").total == 1 and run_query(fetch, "失实数据").total == 1


def test_removing_a_published_article_names_retraction_as_a_way_to_keep_it(tmp_path, capsys):
    project = make_project(tmp_path / "site", RETRACTED)
    assert main(["--root", str(project), "build"]) == 0
    (project / "content" / "b.md").unlink()
    assert main(["--root", str(project), "build"]) == 1
    err = capsys.readouterr().err
    assert "articles/bao-liu-yuan-wen/" in err and "`retraction:`" in err


def test_a_retraction_needs_its_date_and_note(tmp_path, capsys):
    project = make_project(tmp_path / "site", "-- content/a.md --\n---\ntitle: 标题\nretraction: {date: 2022-03-09}\n---\n正文。\n")
    assert main(["--root", str(project), "build"]) == 1
    assert "content/a.md:3:13: retraction.note: required field is missing" in capsys.readouterr().err


def test_a_site_adds_a_credit_in_site_yaml_and_gives_its_words_in_every_language(tmp_path, capsys):
    article = ("-- content/a.md --\n---\ntitle: 渔村往事\nslug: yu-cun-wang-shi\n"
               "bylines:\n  - {name: 林海燕, credit: 讲述}\n---\n正文。\n")
    project = make_project(tmp_path / "site", article)
    assert main(["--root", str(project), "build"]) == 1
    assert "bylines.0.credit: unknown credit '讲述'; add it under credits in site.yaml" in capsys.readouterr().err
    config = project / "site.yaml"
    config.write_text(config.read_text(encoding="utf-8") + "credits: [讲述]\n", encoding="utf-8")
    assert main(["--root", str(project), "build"]) == 1
    err = capsys.readouterr().err
    assert "i18n/en.yaml:1:1: credit_讲述: missing: site.yaml lists the credit '讲述'; give its words in every language" in err
    for code, words in (("zh", "讲述"), ("en", "narrated")):
        catalog = project / "i18n" / f"{code}.yaml"
        catalog.write_text(catalog.read_text(encoding="utf-8") + f"credit_讲述: {words}\n", encoding="utf-8")
    assert main(["--root", str(project), "build"]) == 0
    page = (project / "public" / "articles" / "yu-cun-wang-shi" / "index.html").read_text(encoding="utf-8")
    assert "林海燕</a>/讲述" in page


PAPERS_OWN_WORDS = """政协之窗

委员走进社区听民意

本报讯（记者 李明）近日，市政协组织委员走进社区，听取居民意见。

本版统筹：王  芳
"""


def test_import_reads_the_papers_own_labels_and_staff_words_from_site_yaml(tmp_path):
    page = tmp_path / "p.txt"
    page.write_text(PAPERS_OWN_WORDS, encoding="utf-8")

    def imported(site: Path) -> tuple[str, str]:
        run = subprocess.run([sys.executable, "-m", "zhengxie_site", "import", str(page), "--paper", "某日报",
                              "--date", "2024-05-06", "--page", "3"], cwd=site, capture_output=True, text=True)
        assert run.returncode == 0, run.stderr
        (yaml_file,) = site.glob("content/*/*/*/page.yaml")
        return run.stdout, yaml_file.read_text(encoding="utf-8")

    plain = make_project(tmp_path / "plain")
    report, page_yaml = imported(plain)
    assert "section label guessed from a short standalone line: 政协之窗" in report
    assert "staff:" not in page_yaml  # 本版统筹 is no staff word it knows: the line stays in the text
    own = make_project(tmp_path / "own")
    config = own / "site.yaml"
    config.write_text(config.read_text(encoding="utf-8") + "importer:\n  labels: [政协之窗]\n  staff_words: [本版统筹]\n",
                      encoding="utf-8")
    report, page_yaml = imported(own)
    assert "政协之窗" in page_yaml and "section label guessed" not in report
    assert "staff: 本版统筹：王  芳" in page_yaml


def test_a_wrong_importer_setting_is_reported_at_its_line(tmp_path, capsys):
    project = make_project(tmp_path / "site")
    config = project / "site.yaml"
    config.write_text(config.read_text(encoding="utf-8") + "importer:\n  lables: [政协之窗]\n  staff_words: 本版统筹\n",
                      encoding="utf-8")
    assert main(["--root", str(project), "check"]) == 1
    err = capsys.readouterr().err
    assert "site.yaml:41:11: importer.lables: unknown key; expected one of labels, photo_labels, comment_labels, staff_words" in err
    assert "site.yaml:42:16: importer.staff_words: expected a list of words, e.g. [政协之窗]" in err


def test_the_sites_time_zone_sets_the_moment_a_date_stands_for_in_feeds(tmp_path, capsys):
    article = "-- content/a.md --\n---\ntitle: 标题\nslug: biao-ti\ndate: 2022-03-25\n---\n正文。\n"
    project = make_project(tmp_path / "site", article)
    assert main(["--root", str(project), "build"]) == 0
    assert "<updated>2022-03-25T00:00:00+08:00</updated>" in (project / "public" / "feed.xml").read_text(encoding="utf-8")
    config = project / "site.yaml"
    config.write_text(config.read_text(encoding="utf-8") + "time_zone: America/New_York\n", encoding="utf-8")
    assert main(["--root", str(project), "build"]) == 0
    assert "<updated>2022-03-25T00:00:00-04:00</updated>" in (project / "public" / "feed.xml").read_text(encoding="utf-8")
    config.write_text(config.read_text(encoding="utf-8").replace("America/New_York", "Mars/Base"), encoding="utf-8")
    assert main(["--root", str(project), "build"]) == 1
    assert "time_zone: unknown time zone 'Mars/Base'; use an IANA name such as Asia/Shanghai" in capsys.readouterr().err


def test_fix_slugs_writes_each_published_address_into_its_article_and_nothing_else(tmp_path, capsys):
    project = make_project(tmp_path / "site", "-- content/a.md --\n---\ntitle: 旧的标题\n---\n正文。\n"
                                              "-- content/a.en.md --\n---\ntitle: Old title\ntranslation: {of: x}\n---\nText.\n")
    crlf = project / "content" / "b.md"
    crlf.write_bytes("---\r\ntitle: 另一篇\r\ndate: 2022-03\r\n---\r\n正文。\r\n".encode())
    before = {p.name: p.read_bytes() for p in (project / "content").iterdir()}
    assert main(["--root", str(project), "build"]) == 0
    published = sorted(p.name for p in (project / "public" / "articles").iterdir())
    assert main(["--root", str(project), "check"]) == 0
    out = capsys.readouterr().out
    assert "content/a.md:2:8: slug: not written: the address jiu-de-biao-ti follows the title" in out
    assert "2 address(es) following their titles (zhengxie-site fix-slugs)" in out
    assert main(["--root", str(project), "fix-slugs"]) == 0
    assert capsys.readouterr().out.splitlines() == ["content/a.md: slug: jiu-de-biao-ti", "content/b.md: slug: ling-yi-pian",
                                                    "2 article(s) given the slug they are published under"]
    assert (project / "content" / "a.md").read_bytes() == b"---\nslug: jiu-de-biao-ti\n" + before["a.md"][4:]
    assert crlf.read_bytes() == b"---\r\nslug: ling-yi-pian\r\n" + before["b.md"][5:]
    assert (project / "content" / "a.en.md").read_bytes() == before["a.en.md"]  # a translation follows its original
    (project / "content" / "a.md").write_text("---\nslug: jiu-de-biao-ti\ntitle: 改正后的标题\n---\n正文。\n", encoding="utf-8")
    assert main(["--root", str(project), "build"]) == 0  # nothing taken down: the address stayed
    assert sorted(p.name for p in (project / "public" / "articles").iterdir()) == published
    capsys.readouterr()
    assert main(["--root", str(project), "fix-slugs"]) == 0
    assert capsys.readouterr().out.strip() == "ok: every article has its slug"


def _typed(site: Path, *words: str) -> subprocess.CompletedProcess:
    """A command as a user types it in the site's folder."""
    return subprocess.run([sys.executable, "-m", "zhengxie_site", *words], cwd=site, capture_output=True, text=True)


def test_editing_commands_typed_in_the_site_folder(tmp_path):
    site = make_project(tmp_path / "site", "-- content/p/2022-03-25/p05/page.yaml --\npaper: 云南日报\ndate: 2022-03-25\n"
                                           "page: 5\n")
    made = _typed(site, "new", "委员走进社区")
    assert (made.returncode, made.stdout.strip()) == (0, "created content/articles/wei-yuan-zou-jin-she-qu.md")
    again = _typed(site, "new", "委员走进社区")
    assert again.returncode == 1 and "Traceback" not in again.stderr
    assert again.stderr.strip() == "error: content/articles/wei-yuan-zou-jin-she-qu.md already exists; choose another title or edit that file"
    on_page = _typed(site, "new", "版面上的新稿", "--folder", "p/2022-03-25/p05")
    assert on_page.returncode == 0
    assert "date: '2022-03-25'" in (site / "content/p/2022-03-25/p05/ban-mian-shang-de-xin-gao.md").read_text(encoding="utf-8")
    checked = _typed(site, "check", "--root", ".")  # --root after the command name works too
    assert checked.returncode == 0 and "2 draft(s) not checked (check --drafts checks them too)" in checked.stdout
    assert _typed(site, "check", "--drafts").returncode == 0
    (site / "content" / "bad.md").write_text("---\ntitle: [a]\n---\n", encoding="utf-8")
    failed = _typed(site, "check")
    assert failed.returncode == 1 and failed.stderr.splitlines()[-1] == "1 error(s)"  # check never writes: no "nothing was written"
    assert _typed(site.parent, "build", "--root", "site").stderr.splitlines()[-1] == "1 error(s); nothing was written"
    usage = _typed(site, "bogus")
    assert usage.returncode == 2 and "invalid choice" in usage.stderr


def test_a_full_disk_is_a_message_and_the_site_stays_as_it_was(tmp_path, capsys, monkeypatch):
    import errno

    from zhengxie_site.write import writer

    project = make_project(tmp_path / "site", "-- content/a.md --\n---\ntitle: 标题\nslug: biao-ti\n---\n正文。\n")
    assert main(["--root", str(project), "build"]) == 0
    before = read_tree(project / "public")
    (project / "content" / "a.md").write_text("---\ntitle: 标题\nslug: biao-ti\n---\n改过的正文。\n", encoding="utf-8")

    def full(path, data, **options):
        raise OSError(errno.ENOSPC, "No space left on device", path)

    monkeypatch.setattr(writer, "write_file", full)
    capsys.readouterr()
    assert main(["--root", str(project), "build"]) == 1
    err = capsys.readouterr().err
    assert "No space left on device. The output folder is as it was" in err and "Traceback" not in err
    assert read_tree(project / "public") == before


def test_folders_left_out_for_their_dot_are_named(tmp_path, capsys):
    project = make_project(tmp_path / "site", "-- content/a.md --\n---\ntitle: 标题\nslug: biao-ti\n---\n正文。\n"
                                              "-- content/.old/b.md --\n---\ntitle: 旧稿\n---\n旧的。\n")
    assert main(["--root", str(project), "build"]) == 0
    assert "left out, their names starting with a dot: content/.old" in capsys.readouterr().out
    assert not (project / "public" / "articles" / "jiu-gao").exists()
    assert main(["--root", str(project), "check"]) == 0
    assert "left out, their names starting with a dot: content/.old" in capsys.readouterr().out


def test_an_english_original_says_so_with_lang(tmp_path):
    project = make_project(tmp_path / "site", "-- content/alone.en.md --\n---\ntitle: Alone\nlang: en\nslug: alone\n---\nText.\n")
    assert main(["--root", str(project), "build"]) == 0
    assert (project / "public" / "en" / "articles" / "alone" / "index.html").is_file()


def test_import_into_a_file_where_a_folder_should_be_is_a_message(tmp_path, capsys):
    blocker = tmp_path / "content"
    blocker.write_text("not a folder", encoding="utf-8")
    assert main(["import", str(SEED), "--out", str(blocker), "--paper", "云南日报", "--date", "2022-03"]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: {blocker}/yun-nan-ri-bao/2022-03/") and "cannot write (Not a directory)" in err
    assert blocker.read_text(encoding="utf-8") == "not a folder"  # what the user had stays


def test_check_prints_workflow_annotations_and_json_for_ci(tmp_path):
    site = make_project(tmp_path / "site", "-- content/a.md --\n---\ntitle: 标题\n---\n正文。\n"
                                           "-- content/bad.md --\n---\ntitle: [x]\nsubtitel: 副题\n---\n正文。\n")
    annotated = _typed(site, "check", "--format", "github")
    assert annotated.returncode == 1 and annotated.stdout.splitlines() == [
        "::error file=content/bad.md,line=2,col=8,title=title::expected text, got a list",
        "::error file=content/bad.md,line=3,col=11,title=subtitel::unknown field; did you mean 'subtitle'?"]
    (site / "content" / "bad.md").unlink()
    clean = _typed(site, "check", "--format", "json")
    report = json.loads(clean.stdout)
    assert clean.returncode == 0 and report["ok"] and report["errors"] == []
    assert [n["field"] for n in report["notes"]] == ["slug"]  # a.md's address follows its title: told, not refused
    broken = site / "site.yaml"
    broken.write_text(broken.read_text(encoding="utf-8") + "colour: red\n", encoding="utf-8")
    config_error = _typed(site, "check", "--format", "github")
    assert config_error.returncode == 1 and config_error.stdout.startswith("::error file=site.yaml,line=")


@pytest.mark.slow
def test_a_build_says_while_site_url_is_still_the_example_domain(tmp_path):
    site = make_project(tmp_path / "site", "-- content/a.md --\n---\ntitle: 稿件\ndate: \"2022-03\"\n---\n正文。\n")
    text = (site / "site.yaml").read_text(encoding="utf-8")
    assert "site_url: https://archive.example.org" in text
    built = _typed(site, "build")
    assert built.returncode == 0
    assert "note: site.yaml: site_url is still https://archive.example.org, an example domain" in built.stdout
    assert "an example domain" in _typed(site, "check").stdout
    (site / "site.yaml").write_text(text.replace("https://archive.example.org", "https://news.yndaily.cn"), encoding="utf-8")
    assert "example domain" not in _typed(site, "build").stdout


def test_a_page_file_named_by_its_day_and_page_is_imported_there_and_its_running_head_checks_the_name(
        tmp_path, capsys, monkeypatch):
    project = make_project(tmp_path / "site")
    raw = project / "raw"
    raw.mkdir()
    page = (REPO / "tests" / "fixtures" / "pages" / "162_honghe_daily_cppcc_page.txt").read_bytes()  # 2025年12月25日, 5
    (raw / "20251225-05.txt").write_bytes(page)
    (raw / "20251224-06.txt").write_bytes(page)  # misnamed
    (raw / "honghe.txt").write_bytes(page)
    (raw / "20251232-05.txt").write_bytes(page)
    monkeypatch.chdir(project)
    assert main(["import", "raw/20251225-05.txt", "--paper", "红河日报"]) == 0
    out = capsys.readouterr().out
    assert Path("content/hong-he-ri-bao/2025-12-25/p05/page.yaml").is_file() and "running head prints" not in out
    assert main(["import", "raw/20251224-06.txt", "--paper", "红河日报"]) == 0
    assert "the running head prints 2025-12-25, not the date given (2025-12-24)" in capsys.readouterr().out
    assert Path("content/hong-he-ri-bao/2025-12-24/p06/page.yaml").is_file()  # the name is what was given
    assert main(["import", "raw/honghe.txt", "--paper", "红河日报", "--out", "other"]) == 0
    assert "page: date 2025-12-25 taken from the running head" in capsys.readouterr().out
    assert Path("other/hong-he-ri-bao/2025-12-25/p05/page.yaml").is_file()
    assert main(["import", "raw/20251232-05.txt", "--paper", "红河日报"]) == 2
    assert capsys.readouterr().err == ("error: raw/20251232-05.txt: its name gives an impossible date '2025-12-32': "
                                       "2025-12-32 is not a real date\n")
