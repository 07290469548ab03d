"""Front matter values checked field by field into an Article; every error at its value."""
from __future__ import annotations

import pytest

from zhengxie_site.frontmatter import parse
from zhengxie_site.schema import article_from_document

ROLES = ("记者", "通讯员")


def _check(front: str, body: str = "正文\n", lang: str = "zh"):
    doc = parse("content/x.md", f"---\n{front}---\n{body}")
    article, errors = article_from_document(doc, lang=lang, languages=("zh", "en"), roles=ROLES, page_key=None)
    return article, [str(e) for e in errors]


def test_full_article():
    article, errors = _check(
        "title: ' 推动发展 '\nkind: feature\nsection: 聚焦\ndate: \"2022-03\"\norder: 2\n"
        "bylines:\n  - {name: 张  潇予, role: 记者, credit: 文}\ntags: [协商, 2022]\n"
        "edition: {paper: 云南日报, date: \"2022-03\", page: 5}\ncorrections:\n  - {date: \"2022-04-01\", note: 改正}\n"
        "import_notes: [a]\nsummary: no\nsubtitle: 1.10\n")
    assert errors == []
    assert article.title == "推动发展" and article.kind == "feature" and article.date.iso() == "2022-03"
    assert article.bylines[0].name == "张潇予" and article.bylines[0].credit == "文"
    assert article.tags == ("协商", "2022")
    assert article.edition.paper == "云南日报" and article.edition.page == 5
    assert article.slug == "tui-dong-fa-zhan" and not article.slug_given
    assert article.summary == "no" and article.subtitle == "1.10"  # strict YAML: no booleans or floats by accident
    assert article.extra == {"import_notes": ["a"]}


@pytest.mark.parametrize("front, expected", [
    ("title: [a, b]\n", "content/x.md:2:8: title: expected text, got a list"),
    ("title:\n", "content/x.md:2:7: title: required, and must not be empty"),
    ("title: ''\n", "content/x.md:2:8: title: required, and must not be empty"),
    ("kind: brief\n", "content/x.md:2:1: title: required field is missing"),
    ("title: a\ntags: \"x\"\n", "content/x.md:3:7: tags: expected a list, e.g. [x]"),
    ("title: a\nsubtitel: b\n", "content/x.md:3:11: subtitel: unknown field; did you mean 'subtitle'?"),
    ("title: a\nsumary: b\n", "content/x.md:3:9: sumary: unknown field; did you mean 'summary'?"),
    ("title: a\nmood: b\n", "content/x.md:3:7: mood: unknown field; expected one of aliases, bylines, corrections, "
     "dataset, date, draft, edition, figures, import_notes, kicker, kind, lang, lead, order, regions, retraction, "
     "section, slug, subtitle, summary, tags, title, translation, translation_key"),
    ("title: a\ntags: [a, {b: c}]\n", "content/x.md:3:11: tags.1: expected non-empty text, got a mapping"),
    ("title: a\ndate: 2024-02-30\n", "content/x.md:3:7: date: 2024-02-30 is not a real date"),
    ("title: a\ndate: tomorrow\n", "content/x.md:3:7: date: expected YYYY, YYYY-MM, YYYY-MM-DD or a datetime with offset, got 'tomorrow'"),
    ("title: a\nkind: news\n", "content/x.md:3:7: kind: unknown kind 'news'; add it under kinds in site.yaml or use one of feature, brief, photo, commentary, interview, notice"),
    ("title: a\nbylines:\n  - {name: 李四, role: 主编}\n",
     "content/x.md:4:22: bylines.0.role: unknown role '主编'; add it under roles in site.yaml or use one of 记者, 通讯员"),
    ("title: a\nbylines:\n  - {name: 李四, role: 记者, credit: 写}\n",
     "content/x.md:4:34: bylines.0.credit: unknown credit '写'; add it under credits in site.yaml or use one of 文, 图, 摄, 摄影, 摄影报道, 图文, 文/图, 图/文, 文/片, 文/摄, 文/视频, 绘, 作, 译, 整理, 报道, 采写, 参与采写, 综合, 编译, 供稿, 采访, 口述"),
    ("title: a\nbylines:\n  - {role: 记者}\n", "content/x.md:4:5: bylines.0.name: required field is missing"),
    ("title: a\nbylines: 李四\n", "content/x.md:3:10: bylines: expected a list, e.g. [李四]"),
    ("title: a\nlang: fr\n", "content/x.md:3:7: lang: unknown language 'fr'; configured: zh, en"),
    ("title: a\nlang: en\n", "content/x.md:3:7: lang: says 'en' but the file name says 'zh'"),
    ("title: a\norder: 0\n", "content/x.md:3:8: order: must be 1 or more"),
    ("title: a\norder: true\n", "content/x.md:3:8: order: expected a whole number, got true/false"),
    ("title: a\ndraft: no\n", "content/x.md:3:8: draft: expected true or false, got text"),
    ("title: a\nedition: {paper: x, when: y}\n", "content/x.md:3:27: edition.when: unknown key; expected one of date, page, page_name, paper"),
    ("title: a\nfigures:\n  - {image: a.jpg}\n", "content/x.md:4:5: figures.0.caption: required field is missing"),
    ("title: a\nfigures:\n  - {caption: c, image: /etc/passwd}\n", "content/x.md:4:25: figures.0.image: must be a path relative to static/, without '..'"),
    ("title: a\nfigures:\n  - {caption: c, image: 'javascript:x'}\n", "content/x.md:4:25: figures.0.image: must be a path relative to static/, without '..'"),
    ("title: a\ncorrections:\n  - {note: x}\n", "content/x.md:4:5: corrections.0.date: required field is missing"),
    ("title: a\ntranslation: {of: '', translator: x}\n", "content/x.md:3:19: translation.of: required, and must not be empty"),
    ("title: a\nslug: ../../x\n", "content/x.md:3:7: slug: use lowercase letters, digits and single hyphens only (e.g. tui-dong-fa-zhan)"),
])
def test_one_error_at_the_value(front, expected):
    article, errors = _check(front)
    assert article is None
    assert errors == [expected]


def test_all_errors_collected():
    _, errors = _check("title: [a]\nkind: x\ndate: 2022-13\norder: -1\n")
    assert [e.split(": ")[1] for e in errors] == ["title", "kind", "date", "order"]


def test_body_too_large_names_the_limit():
    _, errors = _check("title: a\n", "字" * (3 * 1024 * 1024))
    assert errors == ["content/x.md:4:1: body: larger than 2 MB; split the article"]


def test_given_slug_and_unreadable_title():
    article, _ = _check("title: a\nslug: my-slug\n")
    assert article.slug == "my-slug" and article.slug_given
    article, _ = _check("title: ！？\n")
    assert article.slug.startswith("item-")


def test_language_from_file_name_agrees():
    article, errors = _check("title: a\nlang: en\n", lang="en")
    assert errors == [] and article.lang == "en"
