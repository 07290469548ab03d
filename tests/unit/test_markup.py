"""Markdown to safe HTML: raw HTML shown as text, unsafe links reported, CJK soft breaks joined."""
from __future__ import annotations

import html as html_module
import re

import pytest
from hypothesis import given, settings, strategies as st

from zhengxie_site.markup import link_problem, plain_text, render_markdown, summarise

PROBLEM = "link scheme {!r} is not allowed; use http, https, mailto or a relative link: {}"


@pytest.mark.parametrize("source, shown", [
    ("<script>alert(1)</script>", "<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>"),
    ("x <img src=x onerror=alert(1)> y", "<p>x &lt;img src=x onerror=alert(1)&gt; y</p>"),
    ('<iframe src="https://e.org"></iframe>', '<p>&lt;iframe src="https://e.org"&gt;&lt;/iframe&gt;</p>'),
    ('<a href="javascript:x">x</a>', '<p>&lt;a href="javascript:x"&gt;x&lt;/a&gt;</p>'),
    ("<div>\n<script>x</script>\n</div>", "<p>&lt;div&gt;\n&lt;script&gt;x&lt;/script&gt;\n&lt;/div&gt;</p>"),
])
def test_raw_html_is_text(source, shown):
    html, problems = render_markdown(source)
    assert html == shown and problems == []
    assert "<script" not in html and "<iframe" not in html and "<img" not in html


@pytest.mark.parametrize("url, scheme", [
    ("javascript:alert(1)", "javascript"), ("&#106;avascript:alert(1)", "javascript"),
    ("&#x6A;avascript:alert(1)", "javascript"), ("JaVaScRiPt:alert(1)", "javascript"),
    ("jav&#x09;ascript:x", "javascript"), ("data:text/html;base64,PHNjcmlwdD4=", "data"), ("vbscript:x", "vbscript"),
])
def test_unsafe_links_reported_and_neutralised(url, scheme):
    html, problems = render_markdown(f"[点]({url})")
    assert html == '<p><a href="#">点</a></p>'
    assert problems == [PROBLEM.format(scheme, url)]


def test_unsafe_image_and_reference_links():
    html, problems = render_markdown("![i](data:image/png;base64,AA)\n\n[x][r]\n\n[r]: javascript:x\n")
    assert "data:" not in html and "javascript" not in html
    assert [p.split(":")[0] for p in problems] == ["link scheme 'data' is not allowed; use http, https, mailto or a relative link",
                                                   "link scheme 'javascript' is not allowed; use http, https, mailto or a relative link"]


def test_safe_links_kept():
    html, problems = render_markdown("[a](https://ok.org) [b](/rel/) [c](mailto:a@b.cn) [d](#x) [e](../x/)")
    assert problems == []
    for href in ("https://ok.org", "/rel/", "mailto:a@b.cn", "#x", "../x/"):
        assert f'href="{href}"' in html


def test_link_problem():
    assert link_problem("https://x") is None and link_problem("x/y:z") is None
    assert link_problem(" \tjavascript:x").startswith("link scheme 'javascript'")


def test_template_syntax_stays_literal():
    html, _ = render_markdown("{{ 7*7 }} {% if x %}")
    assert html == "<p>{{ 7*7 }} {% if x %}</p>"


@pytest.mark.parametrize("source, html", [
    ("近年来，全省\n各级政协", "<p>近年来，全省各级政协</p>"),
    ("**强调**\n中文", "<p><strong>强调</strong>中文</p>"),
    ("中文\n*强调*", "<p>中文<em>强调</em></p>"),
    ("[链接](/a)\n中文", '<p><a href="/a">链接</a>中文</p>'),
    ("1. 第一\n续行\n2. 第二", "<ol>\n<li>第一续行</li>\n<li>第二</li>\n</ol>"),
    ("Latin\nwords", "<p>Latin\nwords</p>"),
    ("中文\nLatin", "<p>中文\nLatin</p>"),
    ("中文  \n硬换行", "<p>中文<br>\n硬换行</p>"),
    ("    代码\n    两行", "<pre><code>代码\n两行\n</code></pre>"),
])
def test_soft_breaks_between_chinese_are_not_spaces(source, html):
    assert render_markdown(source)[0] == html


def test_heading_ids_are_slugs():
    assert render_markdown("## 紧贴实际\n\n## 紧贴实际")[0] == '<h2 id="jin-tie-shi-ji">紧贴实际</h2>\n<h2 id="jin-tie-shi-ji_1">紧贴实际</h2>'


def test_plain_text_and_summary():
    text = plain_text(render_markdown("第一段 **强调**。\n\n- 一\n- 二 &amp; <b>")[0])
    assert text == "第一段 强调。 一 二 & <b>"
    assert summarise("近年来，全省各级政协组织", 4) == "近年来…"
    assert summarise("one two three", 6) == "one…"
    assert summarise("短", 5) == "短"


def _link_attributes(html: str) -> list[str]:
    """The raw href and src values of the tags in html, as written (text never holds a literal <)."""
    return [value for tag in re.findall(r"<([^<>]*)>", html) for value in re.findall(r'(?:href|src)="([^"]*)"', tag)]


def _browser_url(value: str) -> str:
    """What a browser makes of an attribute value: entities decoded, controls and spaces dropped."""
    return re.sub(r"[\x00-\x20]", "", html_module.unescape(value)).lower()


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(["[a](", "![b](", "<", "javascript", "JaVaScRiPt", "&#106;", "&#x6A;", "ava", "script",
                                 ":", "alert(1)", ")", "\t", " ", "\n", "&colon;", "&#58;", "%3A", "data", "[r]: ", "[r]",
                                 "\"", "'", "<a href=", ">", "中文"]), max_size=25).map("".join))
def test_rendered_html_never_has_a_javascript_url(source):
    html, _ = render_markdown(source)
    assert "<a href=" not in html.replace('<a href="', "") and "<script" not in html
    for url in _link_attributes(html):  # of real tags: escaped text such as &lt;a href="…" is only text
        assert not _browser_url(url).startswith(("javascript:", "data:", "vbscript:"))
        assert link_problem(url) is None
