"""Pure rendering of the content files (page.yaml, NN-slug.md) and their paths."""
from __future__ import annotations

import yaml

from ..slugs import make_slug, title_slug
from .model import ParsedArticle, ParsedPage


def pinyin_slug(text: str | None, fallback: str) -> str:
    """The site's own slug for text (so a file is named like its URL), or fallback when there is none."""
    return make_slug(text) if text and text.strip() else fallback


def article_slug(a: ParsedArticle) -> str:
    """A new article's slug from its headline's words (its file is named like its URL)."""
    return title_slug(a.title) if a.title and a.title.strip() else "article"


def folder_parts(page: ParsedPage) -> tuple[str, str, str]:
    paper = pinyin_slug(page.paper, "unknown-paper")
    date = page.date or "undated"
    if page.page is not None:
        key = f"p{page.page:02d}"
    else:
        key = pinyin_slug(page.page_name, "page") if page.page_name else "page"
    return paper, date, key


def article_filename(a: ParsedArticle) -> str:
    return f"{a.order:02d}-{article_slug(a)}.md"


class _Flow(list):
    """A list written on one line ([0.05, 0.07, 0.6, 0.3]): a region reads as one rectangle."""


class Quoted(str):
    """A string always written in double quotes (dates: "2022-03" must stay a string)."""


class _Dumper(yaml.SafeDumper):
    pass


_Dumper.add_representer(_Flow, lambda d, v: d.represent_sequence("tag:yaml.org,2002:seq", list(v), flow_style=True))
_Dumper.add_representer(Quoted, lambda d, v: d.represent_scalar("tag:yaml.org,2002:str", str(v), style='"'))


def _dump(data: dict) -> str:
    # width: never fold long Chinese strings (the fidelity check and editors read them whole)
    return yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False, width=10**9)


def page_data(page: ParsedPage, source: str | None, pdf: str | None = None) -> dict:
    d: dict = {"paper": page.paper}
    if page.date:
        d["date"] = Quoted(page.date)
    if page.page is not None:
        d["page"] = int(page.page)
    if page.page_name:
        d["name"] = page.page_name
    if page.colophon_text:
        d["colophon"] = {"text": page.colophon_text, "partners": list(page.colophon_partners)}
    if page.staff:
        d["staff"] = " ".join(page.staff)
    # the labels printed over articles, and the column tags printed with headlines, in print order
    sections = list(dict.fromkeys([*page.sections, *(a.section for a in page.articles if a.section)]))
    if sections:
        d["sections"] = sections
    if source:
        d["source"] = source
    if pdf:
        d["pdf"] = pdf
    if d["paper"] is None:
        del d["paper"]
    return d


def render_page_yaml(page: ParsedPage, source: str | None, pdf: str | None = None) -> str:
    return _dump(page_data(page, source, pdf))


def front_matter(page: ParsedPage, a: ParsedArticle) -> dict:
    fm: dict = {}

    def put(key: str, val: object) -> None:
        if val not in (None, "", [], {}):
            fm[key] = val

    put("title", a.title)
    # fixed when the article is made: correcting a headline later keeps its URL (and every link to it)
    put("slug", article_slug(a))
    put("kicker", a.kicker)
    put("subtitle", a.subtitle)
    put("kind", a.kind)
    put("section", a.section)
    put("date", Quoted(page.date) if page.date else None)
    edition = {k: v for k, v in (("paper", page.paper), ("date", Quoted(page.date) if page.date else None),
                                 ("page", page.page), ("page_name", page.page_name)) if v is not None}
    put("edition", edition)
    put("order", a.order)
    put("bylines", [dict(b) for b in a.bylines])
    put("lead", a.lead)
    put("figures", [dict(f) for f in a.figures])
    put("regions", [_Flow(r) for r in a.regions])
    fm["tags"] = []
    put("import_notes", list(a.notes))
    return fm


def render_article(page: ParsedPage, a: ParsedArticle) -> str:
    return "---\n" + _dump(front_matter(page, a)) + "---\n\n" + a.body_markdown
