"""An article with its rendered body: a new value made from the loaded one (the loaded one is kept)."""
from __future__ import annotations

from dataclasses import replace

from .errors import SourceError
from .markup import count_characters, paragraph_text, plain_text, reading_minutes, render_markdown, summarise
from .model import Article

SUMMARY_CHARS = 120


def with_body(article: Article) -> tuple[Article, list[SourceError]]:
    """Render the Markdown once, keeping what is derived from it and dropping the Markdown itself; an
    unsafe link is an error at its line."""
    from .translations import source_hash

    html, problems = render_markdown(article.body)
    if article.retraction and article.retraction.withdrawn:  # checked, then kept off every page and the index
        html, excerpt = "", article.retraction.note
    else:
        excerpt = article.summary or summarise(paragraph_text(html), SUMMARY_CHARS)
    text = plain_text(html)
    rendered = replace(article, body="", html=html, source_hash=source_hash(article), excerpt=excerpt,
                       characters=count_characters(text), minutes=reading_minutes(text))
    errors = []
    searched_from = 0
    for problem in problems:
        message, target = problem.rsplit(": ", 1)
        line, col, searched_from = _locate(article, f"({target}", searched_from)
        errors.append(SourceError(article.source, line, col, "body", message))
    return rendered, errors


def _locate(article: Article, needle: str, start: int) -> tuple[int, int, int]:
    """Line and column of the next occurrence of needle in the body (problems come in body order)."""
    offset = article.body.find(needle, start)
    offset = offset + 1 if offset >= 0 else article.body.find(needle[1:], start)  # inline, else reference link
    if offset < 0:
        return article.body_line, 1, start
    line_start = article.body.rfind("\n", 0, offset) + 1
    return article.body_line + article.body.count("\n", 0, offset), offset - line_start + 1, offset + 1
