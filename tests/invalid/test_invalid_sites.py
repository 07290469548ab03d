"""Sites that must fail: exit code 1, the exact `path:line:col: field: message` lines, old site untouched.

Each case is a small inline site (sitetext blocks) written over a minimal valid project that was
built once before; `setup` does what text cannot (bytes, symlinks).
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pytest

from sitetext import read_tree, write_tree
from zhengxie_site.cli import main

LINK = "link scheme {!r} is not allowed; use http, https, mailto or a relative link"
REQUIRED = "required, and must not be empty"


@dataclass
class Case:
    id: str
    site: str
    errors: list[str]  # exact stderr lines before the "N error(s)" summary
    setup: Callable[[Path], None] | None = None


def _bytes(path: str, data: bytes) -> Callable[[Path], None]:
    def setup(root: Path) -> None:
        (root / path).write_bytes(data)
    return setup


def _symlink(path: str, target: str) -> Callable[[Path], None]:
    def setup(root: Path) -> None:
        (root / path).symlink_to(target)
    return setup


def _replace_with_symlink(path: str) -> Callable[[Path], None]:
    def setup(root: Path) -> None:
        (root / path).unlink()
        (root / path).symlink_to("/etc/hostname")
    return setup


def _template_line(name: str, line: int, text: str) -> Callable[[Path], None]:
    def setup(root: Path) -> None:
        path = root / "templates" / name
        lines = path.read_text(encoding="utf-8").split("\n")
        lines.insert(line - 1, text)
        path.write_text("\n".join(lines), encoding="utf-8")
    return setup


def _article(front: str, body: str = "正文。\n") -> str:
    return f"-- content/bad.md --\n---\n{front}---\n{body}"


CASES = [
    # --- front matter syntax
    Case("unclosed", "-- content/bad.md --\n---\ntitle: 标题\n正文\n",
         ["content/bad.md:1:1: front matter: no closing '---' line"]),
    Case("tab-indent", _article("title: 标题\ntags:\n\t- 一\n"),
         ["content/bad.md:4:1: front matter: invalid YAML: found character '\\t' that cannot start any token "
          "(indent with spaces, not tabs)"]),
    Case("unquoted-colon", _article("title: 头条: 新闻\n"),
         ["content/bad.md:2:10: front matter: invalid YAML: mapping values are not allowed here "
          "(quote a value that contains ': ')"]),
    Case("duplicate-key", _article("title: 一\nkind: brief\ntitle: 二\n"),
         ["content/bad.md:4:1: title: duplicate key"]),
    Case("python-tag", _article("title: 标题\nx: !!python/object/apply:os.system [\"touch pwned\"]\n"),
         ["content/bad.md:3:4: x: YAML tag 'tag:yaml.org,2002:python/object/apply:os.system' is not allowed"]),
    Case("alias-bomb", _article("title: 标题\na: &a [lol, lol, lol]\nb: &b [*a, *a, *a]\nc: [*b, *b, *b]\n"),
         ["content/bad.md:3:4: front matter: invalid YAML: anchors and aliases are not allowed"]),
    Case("control-char", _article("title: 标\x07题\n"),
         ["content/bad.md:2:9: front matter: invalid YAML: character U+0007 is not allowed"]),
    Case("control-escape", _article('title: "标题\\x0c\\u0000\\x1b[2J"\n'),
         ["content/bad.md:2:8: title: control character U+000C is not allowed; delete it (a copy from another "
          "program may have brought it)"]),
    Case("control-body", _article("title: 标题\n", "正文\x1b[2J。\n"),
         ["content/bad.md:4:3: body: control character U+001B is not allowed; delete it (a copy from another "
          "program may have brought it)"]),
    Case("control-catalog", "-- i18n/zh.yaml --\nsearch: \"搜索\\x1b\"\n",
         ["i18n/zh.yaml:1:9: search: control character U+001B is not allowed; delete it (a copy from another "
          "program may have brought it)"]),
    Case("nested-too-deep", _article("title: 标题\ntags: " + "[" * 5000 + "]" * 5000 + "\n"),
         ["content/bad.md:2:1: front matter: nested too deeply; these files are a few levels deep at most"]),
    Case("front-matter-too-large", _article("title: 标题\nsummary: " + "长" * 300_000 + "\n"),
         ["content/bad.md:2:1: front matter: larger than 256 KB; an article's fields are short (its text goes below "
          "the closing ---)"]),
    Case("data-nested-too-deep", "-- content/_data/deep.yaml --\ntitle: 表\ncolumns: [a]\nrows: " + "[" * 5000 + "]" * 5000 + "\n",
         ["content/_data/deep.yaml:1:1: yaml: nested too deeply; these files are a few levels deep at most"]),
    Case("empty-file", "-- content/bad.md --\n",
         ["content/bad.md:1:1: front matter: file is empty; an article needs front matter with a title"]),
    Case("whitespace-only", "-- content/bad.md --\n  \n\t\n\n",
         ["content/bad.md:1:1: front matter: file is empty; an article needs front matter with a title"]),
    Case("no-front-matter", "-- content/bad.md --\n# 标题\n正文\n",
         ["content/bad.md:1:1: front matter: file must begin with a '---' line"]),
    Case("not-a-mapping", _article("- a\n- b\n"),
         ["content/bad.md:2:1: front matter: must be a mapping of fields (key: value)"]),
    # --- front matter values
    Case("title-list", _article("title: [a, b]\n"), ["content/bad.md:2:8: title: expected text, got a list"]),
    Case("title-empty", _article("title:\nkind: brief\n"), [f"content/bad.md:2:7: title: {REQUIRED}"]),
    Case("title-missing", _article("kind: brief\n"), ["content/bad.md:2:1: title: required field is missing"]),
    Case("tags-string", _article('title: 标题\ntags: "x"\n'), ["content/bad.md:3:7: tags: expected a list, e.g. [x]"]),
    Case("tag-empty", _article('title: 标题\ntags: [一, ""]\n'),
         ["content/bad.md:3:11: tags.1: expected non-empty text, got text"]),
    Case("date-impossible", _article("title: 标题\ndate: 2024-02-30\n"),
         ["content/bad.md:3:7: date: 2024-02-30 is not a real date"]),
    Case("date-word", _article("title: 标题\ndate: tomorrow\n"),
         ["content/bad.md:3:7: date: expected YYYY, YYYY-MM, YYYY-MM-DD or a datetime with offset, got 'tomorrow'"]),
    Case("date-no-offset", _article('title: 标题\ndate: "2022-03-25T08:00"\n'),
         ["content/bad.md:3:7: date: a datetime needs an offset, e.g. 2022-03-25T08:00:00+08:00"]),
    Case("date-year-zero", _article('title: 标题\ndate: "0000"\n'),
         ["content/bad.md:3:7: date: year 0000 does not exist"]),
    Case("kind", _article("title: 标题\nkind: news\n"),
         ["content/bad.md:3:7: kind: unknown kind 'news'; add it under kinds in site.yaml or use one of feature, brief, photo, commentary, interview, notice"]),
    Case("role", _article("title: 标题\nbylines:\n  - {name: 张三, role: 主编}\n"),
         ["content/bad.md:4:22: bylines.0.role: unknown role '主编'; add it under roles in site.yaml or use one of "
          "记者, 本报记者, 特约记者, 首席记者, 见习记者, 新华社记者, 摄影记者, 通讯员, 特约通讯员, 实习生, 评论员, 本报评论员, 特约评论员, 编辑, 译者"]),
    Case("credit", _article("title: 标题\nbylines:\n  - name: 张三\n    role: 记者\n    credit: 写\n"),
         ["content/bad.md:6:13: bylines.0.credit: unknown credit '写'; add it under credits in site.yaml or use one of 文, 图, 摄, 摄影, 摄影报道, 图文, 文/图, 图/文, 文/片, 文/摄, 文/视频, 绘, 作, 译, 整理, 报道, 采写, 参与采写, 综合, 编译, 供稿, 采访, 口述"]),
    Case("byline-unknown-key", _article("title: 标题\nbylines:\n  - {name: 张三, role: 记者, rank: 1}\n"),
         ["content/bad.md:4:32: bylines.0.rank: unknown key; expected one of credit, name, role"]),
    Case("lang", _article("title: 标题\nlang: fr\n"), ["content/bad.md:3:7: lang: unknown language 'fr'; configured: zh, en, zh-hant"]),
    Case("lang-vs-file-name", _article("title: 标题\nlang: en\n"),
         ["content/bad.md:3:7: lang: says 'en' but the file name says 'zh'"]),
    Case("order-text", _article("title: 标题\norder: first\n"),
         ["content/bad.md:3:8: order: expected a whole number, got text"]),
    Case("draft-no", _article("title: 标题\ndraft: no\n"), ["content/bad.md:3:8: draft: expected true or false, got text"]),
    Case("figure-traversal", _article("title: 标题\nfigures:\n  - {caption: 图, image: ../../etc/passwd}\n"),
         ["content/bad.md:4:25: figures.0.image: must be a path relative to static/, without '..'"]),
    # --- bytes
    Case("invalid-utf8", "", ["content/bad.md:2:10: encoding: invalid UTF-8 byte 0xff"],
         _bytes("content/bad.md", b"---\ntitle: ab\xff\n---\n")),
    Case("invalid-utf8-body-column-in-characters", "", ["content/bad.md:5:4: encoding: invalid UTF-8 byte 0xc3"],
         _bytes("content/bad.md", "---\ntitle: 标题\n---\n正文\n第二行".encode() + b"\xc3(\n")),
    Case("utf16", "", ["content/bad.md:1:1: encoding: file is UTF-16; save it as UTF-8"],
         _bytes("content/bad.md", "---\ntitle: 标题\n---\n".encode("utf-16"))),
    Case("utf16-without-bom", "", ["content/bad.md:1:2: encoding: NUL byte; is the file UTF-16? save it as UTF-8"],
         _bytes("content/bad.md", "---\ntitle: 标题\n---\n".encode("utf-16-le"))),
    Case("body-8mb", "", ["content/bad.md:4:1: body: larger than 2 MB; split the article"],
         _bytes("content/bad.md", b"---\ntitle: big\n---\n" + ("很长的正文。" * (8 * 1024 * 1024 // 18) + "\n").encode())),
    # --- slugs
    *[Case(f"slug-{i}", _article(f"title: 标题\nslug: {slug}\n"),
           ["content/bad.md:3:7: slug: use lowercase letters, digits and single hyphens only (e.g. tui-dong-fa-zhan)"])
      for i, slug in enumerate(['"../../x"', "/etc/x", "'%2e%2e/x'", "'a\\..\\x'", "CON", "a b", ".html"])],
    Case("slug-nul", _article('title: 标题\nslug: "a\\0b"\n'),
         ["content/bad.md:3:7: slug: control character U+0000 is not allowed; delete it (a copy from another program "
          "may have brought it)"]),
    Case("slug-reserved", _article("title: 标题\nslug: nul\n"),
         ["content/bad.md:3:7: slug: 'nul' is a reserved file name on Windows"]),
    Case("slug-twice", _article("title: 另一篇\nslug: tui-dong-yun-nan-zheng-xie-shi-ye-gao-zhi-liang-fa-zhan\n"),
         ["content/yun-nan-ri-bao/2022-03/zheng-xie/01-tui-dong.md:2:8: slug: "
          "'tui-dong-yun-nan-zheng-xie-shi-ye-gao-zhi-liang-fa-zhan' is already used by content/bad.md; set a different slug"]),
    Case("same-title-twice", "-- content/a/x.md --\n---\ntitle: 同题\n---\n-- content/b/x.md --\n---\ntitle: 同题\n---\n",
         ["content/b/x.md:2:8: slug: 'tong-ti' is already used by content/a/x.md; set a different slug"]),
    # --- every error in every file at once
    Case("all-errors-listed", _article("title: [a]\ndate: 2024-13\nkind: news\n")
         + "-- content/zz.md --\n---\ntitle: ok\ndraft: maybe\n---\n",
         ["content/bad.md:2:8: title: expected text, got a list",
          "content/bad.md:3:7: date: month 13 does not exist",
          "content/bad.md:4:7: kind: unknown kind 'news'; add it under kinds in site.yaml or use one of feature, brief, photo, commentary, interview, notice",
          "content/zz.md:3:8: draft: expected true or false, got text"]),
    # --- Markdown links
    *[Case(f"link-{scheme}-{i}", _article("title: 链接\n", f"第一段。\n\n见[此处]({url})。\n"),
           [f"content/bad.md:6:7: body: {LINK.format(scheme)}"])
      for i, (scheme, url) in enumerate([("javascript", "javascript:alert(1)"), ("javascript", "&#106;avascript:alert(1)"),
                                         ("javascript", "JaVaScRiPt:alert(1)"), ("data", "data:text/html,<b>x</b>"),
                                         ("vbscript", "vbscript:x")])],
    Case("image-data-url", _article("title: 图\n", "![图](data:image/png;base64,AAAA)\n"),
         [f"content/bad.md:4:6: body: {LINK.format('data')}"]),
    Case("reference-link", _article("title: 链接\n", "[点][x]\n\n[x]: javascript:alert(1)\n"),
         [f"content/bad.md:6:6: body: {LINK.format('javascript')}"]),
    # --- files
    Case("symlink", "", ["content/link.md:1:1: file: symbolic links are not allowed under content/"],
         _symlink("content/link.md", "/etc/passwd")),
    Case("dangling-symlink", "", ["content/gone.md:1:1: file: symbolic links are not allowed under content/"],
         _symlink("content/gone.md", "/nonexistent/zhengxie")),
    Case("symlinked-folder", "", ["content/more:1:1: file: symbolic links are not allowed under content/"],
         _symlink("content/more", "/etc")),
    Case("static-symlink", "", ["static/x:1:1: file: symbolic link: not allowed in static/ (it is not followed: "
                                "copy the file itself in)"], _symlink("static/x", "/etc/passwd")),
    Case("template-symlink", "", ["templates/base.html:1:1: file: symbolic link: not allowed in templates/ (it is "
                                  "not followed: copy the file itself in)"], _replace_with_symlink("templates/base.html")),
    Case("catalog-symlink", "", ["i18n/more:1:1: file: symbolic link: not allowed in i18n/ (it is not followed: "
                                 "copy the file itself in)"], _symlink("i18n/more", "/etc")),
    Case("static-fifo", "", ["static/pipe:1:1: file: special file (a device, pipe or socket): only plain files and "
                             "folders are allowed in static/"], lambda root: os.mkfifo(root / "static" / "pipe")),
    Case("content-fifo", "", ["content/pipe.md:1:1: file: special file (a device, pipe or socket): only plain files "
                              "and folders are allowed under content/"], lambda root: os.mkfifo(root / "content" / "pipe.md")),
    Case("unexpected-file", "-- content/notes.txt --\nhello\n",
         ["content/notes.txt:1:1: file: unexpected file; articles are .md, page data is page.yaml (with the page's "
          "PDF or scan beside it), datasets are _data/*.yaml"]),
    Case("page-file-not-named", "-- content/p/2022/a/page.yaml --\npaper: 报\npdf: missing.pdf\n"
         "-- content/p/2022/a/scan.jpg --\nnot really\n",
         ["content/p/2022/a/page.yaml:1:1: pdf: 'missing.pdf' is not in the page's folder",
          "content/p/2022/a/scan.jpg:1:1: file: cannot be read as an image (UnidentifiedImageError)"]),
    Case("page-file-outside-its-folder", "-- content/p/2022/a/page.yaml --\npaper: 报\nimage: ../x.jpg\n",
         ["content/p/2022/a/page.yaml:2:8: image: expected the name of a .jpg or .jpeg or .png or .webp file in the "
          "page's folder"]),
    Case("alias-not-a-slug", "-- content/a.md --\n---\ntitle: 标题\naliases: [旧 地址]\n---\n正文。\n",
         ["content/a.md:3:11: aliases.0: use lowercase letters, digits and single hyphens only (e.g. tui-dong-fa-zhan)"]),
    Case("regions-off-the-page", "-- content/a.md --\n---\ntitle: 标题\nregions:\n- [0.5, 0.5, 0.6, 0.2]\n"
         "- [0, 0, 1]\n---\n正文。\n",
         ["content/a.md:4:3: regions.0: must lie on the page: x and y from 0, width and height above 0, x + width and "
          "y + height at most 1",
          "content/a.md:5:3: regions.1: expected [x, y, width, height]: four numbers from 0 to 1 (fractions of the page)"]),
    # --- page.yaml and datasets
    Case("page-without-paper", "-- content/p/2022/a/page.yaml --\npage: 0\n",
         ["content/p/2022/a/page.yaml:1:1: paper: required: the paper's name, e.g. 云南日报",
          "content/p/2022/a/page.yaml:1:7: page: expected the page number, a whole number of 1 or more"]),
    Case("edition-disagrees", "-- content/yun-nan-ri-bao/2022-03/zheng-xie/02-x.md --\n---\ntitle: 第二篇\n"
         "edition: {paper: 人民日报}\n---\n",
         ["content/yun-nan-ri-bao/2022-03/zheng-xie/02-x.md:3:10: edition.paper: '人民日报' differs from "
          "content/yun-nan-ri-bao/2022-03/zheng-xie/page.yaml ('云南日报')"]),
    Case("dataset-row", "-- content/_data/cases.yaml --\ntitle: 事例\ncolumns: [序号, 单位]\nrows:\n  - {序号: 1}\n",
         ["content/_data/cases.yaml:4:5: rows.0: missing 单位"]),
    Case("dataset-group-order", "-- content/_data/cases.yaml --\ntitle: 事例\ncolumns: [序号, 州市]\ngroup_by: 州市\n"
         "group_order: [昆明市, 昆明市, 曲靖]\nrows:\n  - {序号: 1, 州市: 昆明市}\n  - {序号: 2, 州市: 曲靖市}\n",
         ["content/_data/cases.yaml:4:20: group_order.1: '昆明市' is listed twice",
          "content/_data/cases.yaml:4:25: group_order.2: '曲靖' is no value of the column 州市"]),
    Case("dataset-group-order-without-group-by", "-- content/_data/cases.yaml --\ntitle: 事例\ncolumns: [序号]\n"
         "group_order: [昆明市]\nrows:\n  - {序号: 1}\n",
         ["content/_data/cases.yaml:3:14: group_order: orders the groups of `group_by`, which this file does not set"]),
    Case("unknown-dataset", _article("title: 标题\ndataset: nothing\n"),
         ["content/bad.md:3:10: dataset: no dataset 'nothing' in content/_data/"]),
    Case("dataset-article-nothing", "-- content/_data/cases.yaml --\ntitle: 事例\ncolumns: [序号]\nrows: [{序号: 1}]\n"
                                    "article: no-such-article\n",
         ["content/_data/cases.yaml:4:10: article: no article has the slug 'no-such-article'"]),
    Case("orphan-translation", "-- content/lonely.en.md --\n---\ntitle: Lonely\ntranslation: {of: abc}\n---\nText.\n",
         ["content/lonely.en.md:3:14: translation: translates nothing: there is no content/lonely.md, nor an original "
          "with translation_key 'lonely'"]),
    Case("edition-disagrees", "-- content/p/2022-03-25/p05/page.yaml --\npaper: 报\ndate: 2022-03-25\npage: 5\n"
                              "sections: [聚焦]\n-- content/p/2022-03-25/p05/a.md --\n---\ntitle: 标题\nsection: 资讯\n"
                              "edition: {paper: 报, date: 2022-03-26, page: 6}\n---\n正文。\n",
         ["content/p/2022-03-25/p05/a.md:3:10: section: '资讯' is not among the sections "
          "content/p/2022-03-25/p05/page.yaml lists (聚焦); add it there or correct it here",
          "content/p/2022-03-25/p05/a.md:4:10: edition.date: '2022-03-26' differs from "
          "content/p/2022-03-25/p05/page.yaml ('2022-03-25')",
          "content/p/2022-03-25/p05/a.md:4:10: edition.page: 6 differs from content/p/2022-03-25/p05/page.yaml (5)"]),
    Case("english-file-without-original", "-- content/alone.en.md --\n---\ntitle: Alone\n---\nText.\n",
         ["content/alone.en.md:2:8: lang: no original content/alone.md for this en file: add the original, or write "
          "lang: en to publish it as an original"]),
    Case("translation-without-its-block", "-- content/yun-nan-ri-bao/2022-03/zheng-xie/01-tui-dong.en.md --\n---\n"
                                          "title: Title\n---\nText.\n",
         ["content/yun-nan-ri-bao/2022-03/zheng-xie/01-tui-dong.en.md:2:8: translation: missing: a translation says "
          "what it translates, translation: {of: HASH} (zhengxie-site check --translations prints the hash)"]),
    Case("page-values-of-the-wrong-type", "-- content/p/2022/a/page.yaml --\npaper: 报\nname: {a: b}\n"
                                          "colophon: {text: 本版由 A B 合办, partners: 5}\n",
         ["content/p/2022/a/page.yaml:2:7: name: expected the page's name as printed, e.g. 政协",
          "content/p/2022/a/page.yaml:3:11: colophon: expected a mapping with text and partners, e.g. {text: 本版由 A B "
          "合办, partners: [A, B]}"]),
    # --- config and catalogs
    Case("config-unknown-setting", "", ["site.yaml:40:9: colour: unknown setting; expected one of base_url, content_dir, "
                                        "credits, description, importer, kinds, languages, output_dir, page_size, roles, site_url, "
                                        "time_zone, title"],
         lambda root: (root / "site.yaml").write_text((root / "site.yaml").read_text(encoding="utf-8") + "colour: red\n",
                                                      encoding="utf-8")),
    Case("catalog-key-missing", "", ["i18n/en.yaml:1:1: only_in_zh: missing in this language"],
         lambda root: (root / "i18n/zh.yaml").write_text((root / "i18n/zh.yaml").read_text(encoding="utf-8")
                                                         + "only_in_zh: 只在中文\n", encoding="utf-8")),
    Case("catalog-attribute", "-- i18n/zh.yaml --\nsite_name: \"{paper.__class__.__mro__}\"\n",
         ["i18n/zh.yaml:1:12: site_name: placeholder {paper.__class__.__mro__} is not allowed; only plain names such "
          "as {date}"]),
    Case("catalog-broken-placeholder", "-- i18n/zh.yaml --\nsite_name: \"{date\"\n",
         ["i18n/zh.yaml:1:12: site_name: broken placeholder (expected '}' before end of string); write {name}, and "
          "{{ }} for a brace itself"]),
    Case("catalog-a-list", "-- i18n/zh.yaml --\n- 一\n- 二\n", ["i18n/zh.yaml:1:1: catalog: must be a mapping of key: text"]),
    Case("glossary-entry-text", "-- i18n/glossary.yaml --\n政协: CPPCC\n",
         ["i18n/glossary.yaml:1:5: 政协: expected the term in each language, e.g. {en: CPPCC}"]),
]


def _expected_stderr(case: Case) -> list[str]:
    return [*case.errors, f"{len(case.errors)} error(s); nothing was written"]


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_invalid_site_fails_and_keeps_old_site(case: Case, built, capsys):
    project, before = built
    write_tree(project, case.site)
    if case.setup:
        case.setup(project)
    assert main(["--root", str(project), "build"]) == 1
    assert capsys.readouterr().err.splitlines() == _expected_stderr(case)
    assert read_tree(project / "public") == before
    assert sorted(p.name for p in project.iterdir() if p.name.startswith((".public.new-", ".public.old-", ".public.making-"))) == []


TEMPLATE_CASES = [
    Case("template-undefined", "", ["error: templates/article.html:30: 'no_such_variable' is undefined "
                                    "(rendering articles/web-only/index.html)"],
         _template_line("article.html", 30, "{{ no_such_variable }}")),
    Case("template-syntax", "", ["error: templates/article.html:30: template syntax error: Expected an expression, got 'end of statement block'"],
         _template_line("article.html", 30, "{% if %}")),
    Case("template-unknown-filter", "", ["error: templates/base.html:2: template syntax error: No filter named 'shout'."],
         _template_line("base.html", 2, "{{ 'x' | shout }}")),
]


@pytest.mark.parametrize("case", TEMPLATE_CASES, ids=[c.id for c in TEMPLATE_CASES])
def test_broken_template_names_file_and_line(case: Case, built, capsys):
    project, before = built
    case.setup(project)
    assert main(["--root", str(project), "build"]) == 1
    assert capsys.readouterr().err.splitlines() == case.errors
    assert read_tree(project / "public") == before
