"""plan(site) lists every output page: its path, its template and everything it shows. No I/O.

Each Output is a pure function of its context, so pages can be rendered in any order or in parallel.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import partial
from typing import Any, Callable

from . import urls
from .config import Language
from .dates import PubDate
from .errors import SiteError
from .model import Article
from .site import Site
from .views import LanguageViews

LATEST = 10  # articles on the home page


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
    _refuse_collisions(outputs)
    return outputs


def _refuse_collisions(outputs: list[Output]) -> None:
    """Two pages for one file would silently overwrite each other: make it an error instead."""
    seen: dict[str, Output] = {}
    for output in outputs:
        other = seen.setdefault(output.path, output)
        if other is not output:
            raise SiteError(f"two pages would be written to {output.path} (templates {other.template} and "
                            f"{output.template}); rename one of the things they show")


def _language_pages(site: Site, lang: Language, term: Callable[[str], str]) -> list[Output]:
    p = lang.prefix
    pages: list[Output] = []
    views = LanguageViews(site, lang, term)

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
            chunk = [views.card(a) for a in articles[(number - 1) * size: number * size]]
            pager = {"number": number, "count": count,
                     "prev": urls.paginated(path, number - 1) if number > 1 else None,
                     "next": urls.paginated(path, number + 1) if number < count else None}
            add(urls.paginated(path, number), template, items=chunk, pager=pager, total=len(articles), **context)

    latest_edition = site.editions[-1] if site.editions else None
    add(urls.home(p), "home.html",
        edition=views.edition(latest_edition) if latest_edition else None,
        latest=[views.card(a) for a in site.entries[:LATEST]],
        sections=[_term_link(s, len(a), urls.section(site.section_slugs[s], p)) for s, a in site.sections.items()],
        datasets=[{"title": site.dataset_in(key, lang.code).title, "url": urls.dataset(key, p)} for key in site.datasets])
    add(urls.listing("search", p), "search.html", index=False)
    add(urls.home(p) + "404.html", "404.html", index=False)

    for original in site.entries:
        shown = site.counterpart(original, lang.code)
        if shown is None:
            add(urls.article(original, p), "untranslated.html", index=False, original=views.card(original),
                alternates=views.article_alternates(original))
        else:
            add(urls.article(shown, p), "article.html", **views.article(shown))

    add(urls.listing("editions", p), "editions.html", years=views.editions_by_year())
    for i, edition in enumerate(site.editions):
        previous = site.editions[i - 1] if i else None
        following = site.editions[i + 1] if i + 1 < len(site.editions) else None
        add(urls.edition(edition, p), "edition.html", edition=views.edition(edition),
            prev=views.edition_link(previous), next=views.edition_link(following))
        for page in edition.pages:
            add(urls.page(page, p), "page.html", edition=views.edition(edition),
                page=views.page(page))

    add(urls.listing("sections", p), "terms.html", kind="section",
        terms=[_term_link(s, len(a), urls.section(site.section_slugs[s], p)) for s, a in site.sections.items()])
    for label, articles in site.sections.items():
        listing(urls.section(site.section_slugs[label], p), "list.html", articles, kind="section", label=label,
                feed=urls.section(site.section_slugs[label], p) + "feed.xml")
        pages.append(_feed(site, lang, urls.section(site.section_slugs[label], p) + "feed.xml", articles, label=label))
    add(urls.listing("tags", p), "terms.html", kind="tag",
        terms=[_term_link(t, len(a), urls.tag(site.tag_slugs[t], p)) for t, a in site.tags.items()])
    for label, articles in site.tags.items():
        listing(urls.tag(site.tag_slugs[label], p), "list.html", articles, kind="tag", label=label, feed=None)
    add(urls.listing("people", p), "people.html",
        people=[{"name": person.name, "url": urls.person(slug, p), "count": sum(len(v) for v in person.roles.values()),
                 "groups": sorted(person.roles)} for slug, person in site.people.items()])
    for slug, person in site.people.items():
        add(urls.person(slug, p), "person.html", name=person.name,
            groups=[{"group": g, "items": [views.card(a) for a in items]} for g, items in sorted(person.roles.items())])
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
    for key in site.datasets:
        add(urls.dataset(key, p), "dataset.html", **views.dataset(key))
    pages.append(_feed(site, lang, urls.home(p) + "feed.xml", site.entries, label=None))
    return pages


def _alternates(site: Site, path: str) -> list[dict[str, str]]:
    """The same view in every language (generated pages exist in all of them)."""
    return [{"lang": lang.code, "locale": lang.locale, "name": lang.name, "path": urls.home(lang.prefix) + path}
            for lang in site.config.languages]


def _term_link(label: str, count: int, url: str) -> dict[str, Any]:
    return {"label": label, "count": count, "url": url}


FEED_ENTRIES = 50


def _feed(site: Site, lang: Language, path: str, articles: list[Article], label: str | None) -> Output:
    """The newest articles that have this language's version and a date (a feed is a timeline, and an
    undated article would need an invented one)."""
    entries = [site.counterpart(a, lang.code) for a in articles]
    entries = [a for a in entries if a is not None and a.date][:FEED_ENTRIES]
    return Output(path, "feed.xml", {"lang": lang.code, "locale": lang.locale, "page_path": path, "label": label,
                                     "home": urls.home(lang.prefix),
                                     "entries": [{"article": a, "url": urls.article(a, lang.prefix)} for a in entries]})


def _sitemap(outputs: list[Output]) -> list[dict[str, Any]]:
    return [{"path": o.context["page_path"], "alternates": o.context["hreflang"]} for o in outputs
            if o.template.endswith(".html") and o.context.get("indexable")]
