"""Every internal link and #anchor of the rendered site must lead somewhere. Pure: works on bytes."""
from __future__ import annotations

import html
import re
from urllib.parse import unquote, urlsplit

# Our pages are all rendered by our templates and nh3, which write every attribute in double quotes,
# so tags and attributes can be read with two patterns (about ten times faster than an HTML parser).
# Text cannot fake a tag: a "<" in text is always escaped.
_TAG = re.compile(r"<[a-zA-Z][^>]*>")
_ATTR = re.compile(r'\s(href|src|id)="([^"]*)"')


def _links_and_ids(page: str) -> tuple[list[str], set[str]]:
    links, ids = [], set()
    for tag in _TAG.findall(page):
        for name, value in _ATTR.findall(tag):
            value = html.unescape(value)
            if name == "id":
                ids.add(value)
            elif value:
                links.append(value)
    return links, ids


def broken_links(files: dict[str, bytes], base_path: str) -> list[str]:
    """Every internal link (under base_path) that points to no file, or to a missing #anchor."""
    parsed = {path: _links_and_ids(data.decode("utf-8")) for path, data in files.items() if path.endswith(".html")}
    problems = []
    for path, (links, _) in sorted(parsed.items()):
        for link in links:
            parts = urlsplit(link)
            if parts.scheme or parts.netloc or link.startswith(("mailto:", "data:")):
                continue
            if not parts.path:  # same-page anchor
                target = path
            elif parts.path.startswith(base_path):
                target = unquote(parts.path[len(base_path):])
                if target == "" or target.endswith("/"):
                    target += "index.html"
            else:
                problems.append(f"{path}: link {link!r} is outside the site's base path {base_path}")
                continue
            if target not in files:
                problems.append(f"{path}: broken link {link!r}")
            elif parts.fragment and target.endswith(".html"):
                if parts.fragment not in parsed[target][1]:
                    problems.append(f"{path}: link {link!r} points to a missing anchor")
    return problems
