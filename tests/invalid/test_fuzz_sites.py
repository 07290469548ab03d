"""Whole small sites made of random front matter, page data, catalog strings and bodies: the build either
succeeds with well-formed feeds, sitemaps and JSON, or fails with `path:line:col: field: message` lines only,
no traceback, and the site built before it untouched."""
from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from sitetext import make_project, read_tree
from zhengxie_site.cli import main
from zhengxie_site.verify import problems_in

pytestmark = pytest.mark.slow

GOOD = "-- content/a.md --\n---\ntitle: 标题\nslug: biao-ti\ndate: 2022-03-25\n---\n正文。\n"
MESSAGE = re.compile(r"^\S[^:]*:\d+:\d+: \S.*: .+$")
SUMMARY = re.compile(r"^\d+ error\(s\); nothing was written$")

WORD = st.sampled_from(["标题", "政协", "委员", "", " ", "a", "1", "2022", "2022-03", "2022-02-30", "true", "no", "null",
                        "~", "{n}", "{date", "{x.y}", "<script>alert(1)</script>", "javascript:x", "../..", "\x1b[2J",
                        "\x00", "\u2028", "：", "#", "&amp;", "]]>", "'", '"', "\\", "\t", "记者", "摄", "brief"])
TEXT = st.lists(WORD, min_size=0, max_size=4).map("".join)
SCALAR = st.one_of(TEXT, st.integers(-3, 3000), st.booleans(), st.none())
VALUE = st.recursive(SCALAR, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                      st.dictionaries(st.sampled_from(["name", "role", "credit", "date",
                                                                                       "note", "of", "x"]), inner, max_size=3)),
                     max_leaves=8)
KEYS = st.sampled_from(["title", "kicker", "subtitle", "kind", "section", "date", "order", "bylines", "lead", "figures",
                        "tags", "slug", "lang", "corrections", "retraction", "draft", "summary", "aliases", "regions",
                        "edition", "translation", "dataset", "titel", "extra"])
FRONT = st.dictionaries(KEYS, VALUE, max_size=6)
# an article with a title and a few fields of text more often than not, so that builds succeed too
ARTICLE_FRONT = st.one_of(FRONT, st.builds(lambda title, extra: {"title": title, **extra},
                                           st.sampled_from(["委员走进社区", "A title", "标题<b>", "“引号”"]),
                                           st.dictionaries(st.sampled_from(["kicker", "subtitle", "summary", "section",
                                                                            "lead"]), TEXT, max_size=3)))
BODY = st.lists(st.sampled_from(["正文。", "## 小标题", "1. 一", "[链接](javascript:alert(1))", "[站内](/x/)",
                                 "<b>粗</b>", "\x1b", "&", "**", "`code`", "\n", "![图](x.png)", "> 引文"]),
                max_size=6).map("\n".join)


def _yaml_value(value) -> str:
    return json.dumps(value, ensure_ascii=False)  # JSON is YAML: any value written safely as flow style


def _front_matter(fields: dict) -> str:
    return "".join(f"{key}: {_yaml_value(value)}\n" for key, value in fields.items())


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(articles=st.lists(st.tuples(ARTICLE_FRONT, BODY), min_size=1, max_size=3),
       page=st.one_of(st.just({}), st.dictionaries(st.sampled_from(["date", "page", "name", "sections", "staff",
                                                                    "colophon", "x"]), VALUE, max_size=2)),
       catalog=st.one_of(st.just({}), st.dictionaries(st.sampled_from(["site_name", "x"]), st.one_of(TEXT, VALUE),
                                                      max_size=2)))
def test_a_random_site_builds_well_formed_or_fails_with_messages_only(tmp_path_factory, articles, page, catalog):
    project = make_project(tmp_path_factory.mktemp("fuzz") / "site", GOOD)
    assert main(["--root", str(project), "build", "--quiet"]) == 0
    before = read_tree(project / "public")
    folder = project / "content" / "p" / "2022-03-25" / "p05"
    folder.mkdir(parents=True)
    (folder / "page.yaml").write_text(_front_matter({"paper": "报", **page}), encoding="utf-8")
    for n, (fields, body) in enumerate(articles):
        (folder / f"{n}.md").write_text(f"---\n{_front_matter(fields)}---\n{body}\n", encoding="utf-8")
    catalog_file = project / "i18n" / "zh.yaml"
    catalog_file.write_text(catalog_file.read_text(encoding="utf-8") + _front_matter(catalog), encoding="utf-8")
    status = _build(project)
    event("built" if status == 0 else "refused")  # --hypothesis-show-statistics shows both happen
    if status == 0:
        _assert_well_formed(project / "public")
    else:
        assert read_tree(project / "public") == before  # a failed build leaves the last site as it was
    shutil.rmtree(project)


def _build(project: Path) -> int:
    import contextlib
    import io

    err = io.StringIO()
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
        status = main(["--root", str(project), "build", "--quiet"])
    lines = err.getvalue().splitlines()
    assert status in (0, 1) and "Traceback" not in err.getvalue()
    if status == 1:
        assert lines and SUMMARY.match(lines[-1]), lines[-3:]
        assert all(MESSAGE.match(line) for line in lines[:-1]), [line for line in lines[:-1] if not MESSAGE.match(line)]
    return status


def _assert_well_formed(public: Path) -> None:
    """Feeds and sitemaps well-formed XML, JSON files JSON, whole pages free of control characters (and no
    internal link leading nowhere): what python -m zhengxie_site.verify checks before an upload."""
    found, _ = problems_in(public, "/")
    assert found == [], found
