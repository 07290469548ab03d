"""Links made relative to their page, for a site opened from disk."""
from __future__ import annotations

from zhengxie_site.links import relative_links


def test_site_links_become_relative_to_the_page_and_folders_their_index():
    page = ('<a href="/">home</a><link href="/static/site.css"><a href="/articles/x/#corrections">x</a>'
            '<a href="https://example.org/a/">out</a><a href="#main">skip</a><img src="/static/a.png">')
    assert relative_links(page, "articles/y/index.html", "/") == (
        '<a href="../../index.html">home</a><link href="../../static/site.css">'
        '<a href="../../articles/x/index.html#corrections">x</a><a href="https://example.org/a/">out</a>'
        '<a href="#main">skip</a><img src="../../static/a.png">')


def test_under_a_base_path_and_at_the_top():
    assert relative_links('<a href="/archive/editions/">e</a>', "index.html", "/archive/") == '<a href="editions/index.html">e</a>'
    assert relative_links('<a href="/other/">o</a>', "index.html", "/archive/") == '<a href="/other/">o</a>'
