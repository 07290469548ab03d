"""Markdown to safe HTML: CJK-aware line breaks, no raw HTML, only safe link schemes, then nh3."""
from __future__ import annotations

import functools
import html
import re
import xml.etree.ElementTree as etree

import markdown
import nh3
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

from .slugs import make_slug

CJK = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f"
_INLINE_TAGS = r"(?:</?(?:a|em|strong|code|del|sup|sub)\b[^>]*>)*"
# A soft break between Chinese characters, also across inline tags (**强调**⏎中文); <br> keeps its break.
_SOFT_BREAK = re.compile(rf"(?<=[{CJK}])({_INLINE_TAGS})[ \t]*\n[ \t]*({_INLINE_TAGS})(?=[{CJK}])")
_PRE = re.compile(r"(<pre\b.*?</pre>)", re.S)
SAFE_SCHEMES = ("http", "https", "mailto")
_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")
ALLOWED_TAGS = {"p", "h2", "h3", "h4", "ol", "ul", "li", "a", "em", "strong", "blockquote", "code", "pre",
                "hr", "br", "table", "thead", "tbody", "tr", "th", "td", "img", "sup", "sub", "del"}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "img": {"src", "alt", "title"}, "h2": {"id"}, "h3": {"id"},
                      "h4": {"id"}, "ol": {"start"}, "th": {"align"}, "td": {"align"}}


def link_problem(url: str) -> str | None:
    """Why a link target is unsafe, or None. Entities and control characters are decoded first."""
    plain = re.sub(r"[\x00-\x20]", "", html.unescape(url))
    match = _SCHEME.match(plain)
    if match and match.group(1).lower() not in SAFE_SCHEMES:
        return f"link scheme {match.group(1).lower()!r} is not allowed; use http, https, mailto or a relative link"
    return None


def join_cjk_lines(rendered_html: str) -> str:
    """Drop soft line breaks between Chinese characters (no space there in print); code blocks keep theirs."""
    parts = _PRE.split(rendered_html)
    return "".join(part if i % 2 else _SOFT_BREAK.sub(r"\1\2", part) for i, part in enumerate(parts))


class _SafeLinks(Treeprocessor):
    """Collect unsafe links and neutralise them."""

    def __init__(self, md, problems: list[str]):
        super().__init__(md)
        self.problems = problems

    def run(self, root: etree.Element) -> None:
        for element in root.iter():
            for attr in ("href", "src"):
                value = element.get(attr)
                if value is not None and (problem := link_problem(value)):
                    self.problems.append(f"{problem}: {value}")
                    element.set(attr, "#")


class _SafeMarkdown(Extension):
    def __init__(self, problems: list[str]):
        super().__init__()
        self.problems = problems

    def extendMarkdown(self, md):
        # Raw HTML is shown as text, never passed through (Python-Markdown has no safe mode).
        md.preprocessors.deregister("html_block")
        md.inlinePatterns.deregister("html")
        md.treeprocessors.register(_SafeLinks(md, self.problems), "safe_links", 1)


@functools.lru_cache(maxsize=1)
def _converter() -> tuple[markdown.Markdown, list[str]]:
    """One configured converter per process (setting one up costs more than converting an article)."""
    problems: list[str] = []
    md = markdown.Markdown(
        extensions=[_SafeMarkdown(problems), "tables", "sane_lists", "toc"],
        extension_configs={"toc": {"slugify": lambda value, sep: make_slug(value), "permalink": False}},
        output_format="html",
    )
    return md, problems


def render_markdown(text: str) -> tuple[str, list[str]]:
    """Body Markdown -> (sanitised HTML, problems found such as unsafe links)."""
    md, found = _converter()
    md.reset()
    found.clear()
    raw = join_cjk_lines(md.convert(text))
    problems = list(found)
    clean = nh3.clean(raw, tags=ALLOWED_TAGS, attributes=ALLOWED_ATTRIBUTES, url_schemes=set(SAFE_SCHEMES),
                      link_rel=None)
    return clean, problems


_BLOCK_END = re.compile(r"</(p|h[1-6]|li|blockquote|pre|td|th)>|<br\s*/?>")


def plain_text(rendered_html: str) -> str:
    """Visible text of rendered HTML, blocks separated by a space, for reading time and search."""
    text = _BLOCK_END.sub(" ", rendered_html)
    text = html.unescape(re.sub(r"<[^>]+>", "", text))
    return re.sub(r"\s+", " ", text).strip()


def paragraph_text(rendered_html: str) -> str:
    """Text of the body's paragraphs only (no headings or lists), for summaries."""
    return " ".join(plain_text(p) for p in re.findall(r"<p>(.*?)</p>", rendered_html, flags=re.S))


def count_characters(text: str) -> int:
    """Reading length: each Chinese character counts one, each Latin word counts one."""
    return len(re.findall(rf"[{CJK}]", text)) + len(re.findall(r"[A-Za-z0-9]+", text))


CJK_PER_MINUTE = 400  # Chinese is read at 300–500 characters a minute
WORDS_PER_MINUTE = 220


def reading_minutes(text: str) -> int:
    """Whole minutes to read, at least one: characters for Chinese, words for Latin scripts."""
    cjk = len(re.findall(rf"[{CJK}]", text))
    words = len(re.findall(r"[A-Za-z0-9]+", text))
    return max(1, round(cjk / CJK_PER_MINUTE + words / WORDS_PER_MINUTE + 0.49))


def summarise(text: str, limit: int) -> str:
    """Cut at a character boundary (never inside a Latin word) and add an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    if re.match(r"[A-Za-z0-9]", text[limit]) and " " in cut:
        cut = cut[: cut.rfind(" ")]
    return cut.rstrip(" ，、；：,;:") + "…"
