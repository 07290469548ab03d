"""Inputs that look dangerous but are valid: they build, and the page shows them as text."""
from __future__ import annotations

from sitetext import read_tree, write_tree
from zhengxie_site.cli import main


def test_content_is_data_never_template_or_html(project, capsys):
    write_tree(project, """
-- content/risky.md --
---
title: "{{ 7*7 }} <script>alert(1)</script>"
---
算式 {{ 7*7 }} 与 {% raw %} 原样显示。

<script>alert(1)</script> <img src=x onerror=alert(1)> <iframe src="https://e.org"></iframe>

近年来，全省
各级政协 and Latin
words.
-- content/only-front-matter.md --
---
title: 只有标题
---
""")
    (project / "content/bom-crlf.md").write_bytes("\ufeff---\r\ntitle: 换行\r\n---\r\n正文".encode())
    for junk in (".#x.md", "._x.md", "x.md~"):
        (project / "content" / junk).write_bytes(b"\xff junk")
    assert main(["--root", str(project), "build"]) == 0, capsys.readouterr().err
    site = read_tree(project / "public")
    page = site["articles/7-7-script-alert-1-script/index.html"].decode()
    assert "算式 {{ 7*7 }} 与 {% raw %} 原样显示。" in page
    assert "49" not in page.split("<main", 1)[-1]
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "<script>alert" not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page and "<iframe" not in page
    assert "全省各级政协 and Latin\nwords." in page
    assert "articles/zhi-you-biao-ti/index.html" in site and "articles/huan-hang/index.html" in site
    assert not any("junk" in path or path.endswith(("~", ".#x.md")) for path in site)
