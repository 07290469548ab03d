"""plan(site) lists every output page: its path, its template and everything it shows. No I/O.

Each Output is a pure function of its context, so pages can be rendered in any order or in parallel.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import partial
from typing import Any, Callable

from . import urls
from .chart import bar_chart_svg
from .config import Language
from .dates import PubDate
from .markup import count_characters, paragraph_text, summarise
from .model import Article, PrintPage
from .seo import article_json_ld
from .site import Site
from .translations import status_of

CHARS_PER_MINUTE = 400
SUMMARY_CHARS = 120
LATEST = 10


@dataclass(frozen=True)
class Output:
    path: str  # file path under the output folder
    template: str
    context: dict[str, Any] = field(default_factory=dict)


def plan(site: Site, glossary: Callable[[str, str], str]) -> list[Output]:
    """Every page of every language, then the files shared by all. glossary(lang, term) translates terms."""
    outputs: list[Output] = []
    for lang in site.config.languages:
        outputs += _language_pages(site, lang, partial(glossary, lang.code))
    outputs.append(Output("sitemap.xml", "sitemap.xml", {"entries": _sitemap(outputs)}))
    outputs.append(Output("robots.txt", "robots.txt", {}))
    return outputs


def _language_pages(site: Site, lang: Language, term: Callable[[str], str]) -> list[Output]:
    p = lang.prefix
    pages: list[Output] = []

    def add(path: str, template: str, *, index: bool = True, **context) -> None:
        file = path + ("index.html" if path == "" or path.endswith("/") else "")
        alternates = _alternates(site, path[len(p) + 1 if p else 0:])
        context.update(lang=lang.code, locale=lang.locale, page_path=path, home=urls.home(p), indexable=index)
        context.setdefault("alternates", alternates)
        context.setdefault("hreflang", alternates)
        pages.append(Output(file, template, context))

    def listing(path: str, template: str, articles: list[Article], **context) -> None:
        size = site.config.page_size
        count = max(1, math.ceil(len(articles) / size))
        for number in range(1, count + 1):
            chunk = [_card(site, a, lang) for a in articles[(number - 1) * size: number * size]]
            pager = {"number": number, "count": count,
                     "prev": urls.paginated(path, number - 1) if number > 1 else None,
                     "next": urls.paginated(path, number + 1) if number < count else None}
            add(urls.paginated(path, number), template, items=chunk, pager=pager, total=len(articles), **context)

    latest_edition = site.editions[-1] if site.editions else None
    add(urls.home(p), "home.html",
        edition=_edition_view(site, latest_edition, lang) if latest_edition else None,
        latest=[_card(site, a, lang) for a in site.entries[:LATEST]],
        sections=[_term_link(s, len(a), urls.section(s, p)) for s, a in site.sections.items()],
        datasets=[{"title": d.title, "url": urls.dataset(d.key, p)} for d in site.datasets.values()])
    add(urls.listing("search", p), "search.html", index=False)
    if not p:
        add("404.html", "404.html", index=False)
    else:
        add(f"{p}/404.html", "404.html", index=False)

    for original in site.entries:
        shown = site.counterpart(original, lang.code)
        if shown is None:
            add(urls.article(original, p), "untranslated.html", index=False, original=_card(site, original, lang),
                alternates=_article_alternates(site, original))
        else:
            add(urls.article(shown, p), "article.html", **_article_view(site, shown, lang))

    add(urls.listing("editions", p), "editions.html", years=_editions_by_year(site, lang))
    for i, edition in enumerate(site.editions):
        neighbours = {"prev": site.editions[i - 1] if i else None,
                      "next": site.editions[i + 1] if i + 1 < len(site.editions) else None}
        add(urls.edition(edition, p), "edition.html", edition=_edition_view(site, edition, lang),
            prev=_edition_link(neighbours["prev"], lang), next=_edition_link(neighbours["next"], lang))
        for page in edition.pages:
            add(urls.page(page, p), "page.html", edition=_edition_view(site, edition, lang),
                page=_page_view(site, page, lang))

    add(urls.listing("sections", p), "terms.html", kind="section",
        terms=[_term_link(s, len(a), urls.section(s, p)) for s, a in site.sections.items()])
    for label, articles in site.sections.items():
        listing(urls.section(label, p), "list.html", articles, kind="section", label=label,
                feed=urls.section(label, p) + "feed.xml")
        pages.append(_feed(site, lang, urls.section(label, p) + "feed.xml", articles, label=label))
    add(urls.listing("tags", p), "terms.html", kind="tag",
        terms=[_term_link(t, len(a), urls.tag(t, p)) for t, a in site.tags.items()])
    for label, articles in site.tags.items():
        listing(urls.tag(label, p), "list.html", articles, kind="tag", label=label, feed=None)
    add(urls.listing("people", p), "people.html",
        people=[{"name": person.name, "url": urls.person(slug, p), "count": sum(len(v) for v in person.roles.values()),
                 "groups": sorted(person.roles)} for slug, person in site.people.items()])
    for slug, person in site.people.items():
        add(urls.person(slug, p), "person.html", name=person.name,
            groups=[{"group": g, "items": [_card(site, a, lang) for a in items]} for g, items in sorted(person.roles.items())])
    add(urls.listing("archive", p), "archive.html",
        years=[{"year": y, "url": urls.year(y, p), "months": [{"period": PubDate(y, m), "url": urls.month(y, m, p), "count": len(a)}
                                                            for m, a in sorted(months.items(), key=lambda kv: kv[0] or 0) if m],
                "count": sum(len(a) for a in months.values())} for y, months in site.years.items()])
    for y, months in site.years.items():
        every = [a for a in site.entries if a.date and a.date.year == y]
        listing(urls.year(y, p), "list.html", every, kind="year", label=str(y), feed=None, period=PubDate(y))
        for m, articles in months.items():
            if m:
                listing(urls.month(y, m, p), "list.html", articles, kind="month", label=f"{y}-{m:02d}",
                        feed=None, period=PubDate(y, m))
    for dataset in site.datasets.values():
        add(urls.dataset(dataset.key, p), "dataset.html", **_dataset_view(site, dataset, lang, term))
    pages.append(_feed(site, lang, urls.home(p) + "feed.xml", site.entries, label=None))
    return pages


def _article_alternates(site: Site, original: Article) -> list[dict[str, str]]:
    """An article in every language: its translation where there is one, else the notice page."""
    return [{"lang": lang.code, "locale": lang.locale, "name": lang.name,
             "path": urls.article(site.counterpart(original, lang.code) or original, lang.prefix)}
            for lang in site.config.languages]


def _alternates(site: Site, path: str) -> list[dict[str, str]]:
    """The same view in every language (generated pages exist in all of them)."""
    return [{"lang": lang.code, "locale": lang.locale, "name": lang.name, "path": urls.home(lang.prefix) + path}
            for lang in site.config.languages]


def _card(site: Site, article: Article, lang: Language) -> dict[str, Any]:
    """What a list shows of an article: the reader's language if translated, else the original, marked."""
    shown = site.shown_in(article, lang.code)
    return {"title": shown.title, "kicker": shown.kicker, "subtitle": shown.subtitle, "url": urls.article(article, lang.prefix),
            "date": shown.date, "section": shown.section, "kind": shown.kind, "lang": shown.lang,
            "locale": site.config.language(shown.lang).locale,
            "fallback": shown.lang != lang.code, "summary": shown.summary or summarise(paragraph_text(shown.html), SUMMARY_CHARS)}


def _term_link(label: str, count: int, url: str) -> dict[str, Any]:
    return {"label": label, "count": count, "url": url}


def _edition_link(edition, lang: Language):
    return {"url": urls.edition(edition, lang.prefix), "paper": edition.paper, "date": edition.date} if edition else None


def _edition_view(site: Site, edition, lang: Language) -> dict[str, Any]:
    return {"url": urls.edition(edition, lang.prefix), "paper": edition.paper, "date": edition.date,
            "pages": [_page_view(site, page, lang) for page in edition.pages]}


def _page_view(site: Site, page: PrintPage, lang: Language) -> dict[str, Any]:
    groups: list[dict[str, Any]] = []
    for article in page.articles:
        if not groups or groups[-1]["section"] != article.section:
            groups.append({"section": article.section, "url": urls.section(article.section, lang.prefix) if article.section else None, "items": []})
        groups[-1]["items"].append(_card(site, article, lang))
    return {"url": urls.page(page, lang.prefix), "number": page.number, "name": page.name, "paper": page.paper,
            "date": page.date, "colophon": page.colophon, "groups": groups, "count": len(page.articles)}


def _article_view(site: Site, article: Article, lang: Language) -> dict[str, Any]:
    original = site.original(article) or article
    page = site.pages.get(original.page_key or "")
    siblings = page.articles if page else []
    position = siblings.index(original) if original in siblings else -1
    prev_ = _card(site, siblings[position - 1], lang) if position > 0 else None
    next_ = _card(site, siblings[position + 1], lang) if 0 <= position < len(siblings) - 1 else None
    characters = count_characters(article.text)
    status = status_of(original, lang.code, article) if article is not original else None
    dataset = site.datasets.get(original.dataset or "")
    return {
        "article": article,
        "original_url": urls.article(original, site.config.default_language.prefix),
        "byline_people": [{"name": b.name, "role": b.role, "credit": b.credit,
                           "url": urls.person(_person_slug(site, b.name), lang.prefix)} for b in article.bylines],
        "page": _page_view(site, page, lang) if page else None,
        "edition": _edition_view(site, site.edition_of(page), lang) if page else None,
        "prev": prev_, "next": next_,
        "characters": characters, "minutes": max(1, math.ceil(characters / CHARS_PER_MINUTE)),
        "summary": article.summary or summarise(paragraph_text(article.html), SUMMARY_CHARS),
        "stale": status is not None and status.state == "stale",
        "translated": status is not None,
        "dataset": {"title": dataset.title, "url": urls.dataset(dataset.key, lang.prefix)} if dataset else None,
        "section_url": urls.section(original.section, lang.prefix) if original.section else None,
        "tag_links": [_term_link(t, 0, urls.tag(t, lang.prefix)) for t in original.tags],
        "json_ld": article_json_ld(site, article, lang, page),
        "alternates": _article_alternates(site, original),
        "hreflang": [{"locale": site.config.language(a.lang).locale, "path": urls.article(a, site.config.language(a.lang).prefix)}
                     for a in site.translations.get(article.key, {}).values()],
    }


def _person_slug(site: Site, name: str) -> str:
    return next(slug for slug, person in site.people.items() if person.name == name)


def _editions_by_year(site: Site, lang: Language) -> list[dict[str, Any]]:
    years: dict[int | None, list] = {}
    for edition in reversed(site.editions):
        years.setdefault(edition.date.year if edition.date else None, []).append(_edition_view(site, edition, lang))
    return [{"year": y, "editions": e} for y, e in years.items()]


def _dataset_view(site: Site, dataset, lang: Language, term: Callable[[str], str]) -> dict[str, Any]:
    group_by = dataset.extra.get("group_by")
    groups: dict[str, list] = {}
    for row in dataset.rows:
        groups.setdefault(str(row.get(group_by, "")), []).append(row)
    counts = sorted(((k, len(v)) for k, v in groups.items()), key=lambda kv: (-kv[1], kv[0]))
    article = next((a for a in site.entries if a.slug == dataset.article), None)
    return {"dataset": dataset, "group_by": group_by, "groups": sorted(groups.items(), key=lambda kv: kv[0]),
            "chart": bar_chart_svg([(term(k), n) for k, n in counts], label=term(dataset.title)) if group_by else None,
            "article": _card(site, article, lang) if article else None}


def _feed(site: Site, lang: Language, path: str, articles: list[Article], label: str | None) -> Output:
    entries = [site.counterpart(a, lang.code) for a in articles[:50]]
    entries = [a for a in entries if a is not None]
    return Output(path, "feed.xml", {"lang": lang.code, "locale": lang.locale, "page_path": path, "label": label,
                                     "home": urls.home(lang.prefix),
                                     "entries": [{"article": a, "url": urls.article(a, lang.prefix)} for a in entries]})


def _sitemap(outputs: list[Output]) -> list[dict[str, Any]]:
    return [{"path": o.context["page_path"], "alternates": o.context["hreflang"]} for o in outputs
            if o.template.endswith(".html") and o.context.get("indexable")]
