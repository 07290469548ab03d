"""Every internal link and #anchor of the rendered site must lead somewhere.

A page is read once, when it is rendered, into its links and ids (`PageLinks`); the check then works on
those alone, so a build keeps each page's links, not its bytes, and pages kept from an earlier build are
checked from the links it recorded.
"""
from __future__ import annotations

import html
import re
import sys
from dataclasses import dataclass
from typing import Callable
from urllib.parse import unquote, urlsplit

# Our pages are all rendered by our templates and nh3, which write every attribute in double quotes,
# so attributes can be read with one pattern (far faster than an HTML parser). Text cannot fake one:
# in text and attribute values '"' and '<' are always escaped, and JSON-LD escapes its quotes as \".
_ATTR = re.compile(r'\s(href|src|id)="([^"]*)"')


@dataclass(frozen=True)
class PageLinks:
    links: tuple[str, ...]  # links to other places (interned: most pages link to the same few hundred)
    anchors: tuple[str, ...]  # same-page links, "#x"
    ids: frozenset[str]

    def __reduce__(self):
        # Interned again where unpickled (a page rendered in a worker, or read from the cache): the build
        # keeps every page's links, and unpickled strings are new copies of the few hundred most pages share.
        return _interned_links, (self.links, self.anchors, self.ids)


def _interned_links(links: tuple[str, ...], anchors: tuple[str, ...], ids: frozenset[str]) -> PageLinks:
    return PageLinks(tuple(map(sys.intern, links)), anchors, ids)


def page_links(page: str) -> PageLinks:
    links, anchors, ids = [], [], set()
    for name, value in _ATTR.findall(page):
        if "&" in value:
            value = html.unescape(value)
        if name == "id":
            ids.add(value)
        elif value.startswith("#"):
            anchors.append(value)
        elif value:
            links.append(sys.intern(value))
    return PageLinks(tuple(links), tuple(anchors), frozenset(ids))


def broken_links(pages: dict[str, PageLinks], paths: set[str] | dict, base_path: str,
                 ids_of: Callable[[str], frozenset[str]] | None = None) -> list[str]:
    """Every internal link (under base_path) of `pages` that points to no file, or to a missing #anchor, as
    'page: problem' lines in page order. `paths` holds every file of the site; ids_of(path) gives the ids
    of a page that is not among `pages`."""
    problems = {}
    ids = lambda path: pages[path].ids if path in pages else ids_of(path) if ids_of else frozenset()
    for link in set().union(*(page.links for page in pages.values())) if pages else ():
        if (problem := _link_problem(link, ids, paths, base_path)) is not None:
            problems[link] = problem
    found = []
    for path, page in sorted(pages.items()):
        found += [f"{path}: {problems[link]}" for link in dict.fromkeys(page.links) if link in problems]
        found += [f"{path}: link {a!r} points to a missing anchor" for a in dict.fromkeys(page.anchors)
                  if unquote(a[1:]) not in page.ids and a[1:] not in page.ids and a != "#"]
    return found


def _link_problem(link: str, ids: Callable[[str], frozenset[str]], paths, base_path: str) -> str | None:
    parts = urlsplit(link)
    if parts.scheme or parts.netloc or link.startswith(("mailto:", "data:")):
        return None
    if not parts.path.startswith(base_path):
        return f"link {link!r} is outside the site's base path {base_path}"
    target = file_of(unquote(parts.path[len(base_path):]))
    if target not in paths:
        return f"broken link {link!r}"
    if parts.fragment and target.endswith(".html") and parts.fragment not in ids(target):
        return f"link {link!r} points to a missing anchor"
    return None


def file_of(target: str) -> str:
    """The file a site path opens: a folder's index.html."""
    return target + "index.html" if target == "" or target.endswith("/") else target


def broken_links_in(files: dict[str, bytes], base_path: str) -> list[str]:
    """broken_links() of a whole site held in memory (path -> bytes)."""
    pages = {path: page_links(data.decode("utf-8")) for path, data in files.items() if path.endswith(".html")}
    return broken_links(pages, files, base_path)


_SITE_LINK = re.compile(r'(?P<attr>\s(?:href|src|action|srcset|data-index|data-site-root)=")(?P<path>/[^"]*)"')


def relative_links(html: str, page: str, base_path: str) -> str:
    """A page's links to the site made relative to the page (`../../articles/x/index.html`), so that the
    site opens from disk: there no server turns a folder into its index.html. Links elsewhere stay."""
    depth = page.count("/")

    def relative(m: re.Match) -> str:
        path = m["path"]
        if not path.startswith(base_path):
            return m.group()
        target, _, fragment = path[len(base_path):].partition("#")
        return f'{m["attr"]}{"../" * depth}{file_of(target)}{"#" + fragment if fragment else ""}"'

    return _SITE_LINK.sub(relative, html)
