"""plan(site) lists every output page: its path, its template and everything it shows. No I/O.

Pages come one at a time (a generator), so a build never holds every page's context at once. Each
Output is a pure function of its context, so pages can be rendered in any order, in parallel, or not at
all when their fingerprint shows they have not changed. A page's context is built only when asked for:
a page the last build made from the same articles needs none.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import cached_property, partial
from typing import Any, Callable, Iterator

from . import urls
from .config import Language
from .dates import PubDate
from .errors import SiteError
from .iiif import edition_manifest
from .model import Article, Edition
from .site import Site
from .views import LanguageViews

LATEST = 10  # articles on the home page
FEED_ENTRIES = 50
SITEMAP_URLS = 50_000  # the sitemap protocol's limit per file (and 50 MB, far above 50,000 of our entries)


@dataclass(frozen=True)
class Output:
    path: str  # file path under the output folder
    template: str
    head: dict[str, Any] = field(default_factory=dict)  # known without building the page: language, path…
    make: Callable[[], dict[str, Any]] | None = None  # the rest of its context

    @cached_property
    def context(self) -> dict[str, Any]:
        return {**self.head, **self.make()} if self.make else self.head

    @property
    def sitemap_entry(self) -> dict[str, Any] | None:
        """What the sitemap lists of this page, if it is an indexable HTML page."""
        if self.template.endswith(".html") and self.head.get("indexable"):
            # the sitemap's lastmod is a day or an instant: a change known only to the month has none
            lastmod = self.head.get("lastmod")
            return {"path": self.head["page_path"], "alternates": self.head["hreflang"],
                    "lastmod": lastmod.iso() if lastmod and lastmod.day else None}
        return None


def plan(site: Site, glossary: Callable[[str, str], str], wanted: Callable[[str], bool] | None = None
         ) -> Iterator[Output]:
    """Every page of every language, then robots.txt (or only the pages whose file is `wanted`).
    glossary(lang, term) translates terms. The sitemap comes from `sitemaps()` once every page is known."""
    for lang in site.config.languages:
        pages = _LanguagePages(site, lang, partial(glossary, lang.code), wanted).pages()
        yield from (page for page in pages if page is not None)
    if wanted is None or wanted("robots.txt"):
        yield Output("robots.txt", "robots.txt", {})


def sitemaps(entries: list[dict[str, Any]]) -> list[Output]:
    """sitemap.xml; past SITEMAP_URLS pages, a sitemap index of sitemaps/N.xml files of at most that many."""
    if len(entries) <= SITEMAP_URLS:
        return [Output("sitemap.xml", "sitemap.xml", {"entries": entries})]
    parts = [Output(urls.sitemap_part(n), "sitemap.xml", {"entries": entries[start:start + SITEMAP_URLS]})
             for n, start in enumerate(range(0, len(entries), SITEMAP_URLS), start=1)]
    return [Output("sitemap.xml", "sitemap_index.xml", {"parts": [part.path for part in parts]}), *parts]


def is_sitemap(path: str) -> bool:
    """Whether the file is one sitemaps() makes."""
    return path == "sitemap.xml" or path.startswith(urls.sitemap_part(0).rpartition("/")[0] + "/")


class PathRegistry:
    """Two pages for one file would silently overwrite each other: make it an error instead."""

    def __init__(self):
        self._templates: dict[str, str] = {}

    def add(self, output: Output) -> None:
        if (other := self._templates.get(output.path)) is not None:
            raise SiteError(f"two pages would be written to {output.path} (templates {other} and "
                            f"{output.template}); rename one of the things they show")
        self._templates[output.path] = output.template


class _LanguagePages:
    """The pages of one language, kind by kind."""

    def __init__(self, site: Site, lang: Language, term: Callable[[str], str], wanted: Callable[[str], bool] | None):
        self.site, self.lang, self.p, self.wanted = site, lang, lang.prefix, wanted
        self.views = LanguageViews(site, lang, term)

    def pages(self) -> Iterator[Output | None]:
        """Each page, or None for one that is not wanted."""
        yield from self._front_pages()
        yield from self._article_pages()
        yield from self._edition_pages()
        yield from self._term_pages()
        yield from self._people_pages()
        yield from self._archive_pages()
        for key in self.site.datasets:
            yield self.add(urls.dataset(key, self.p), "dataset.html", partial(self.views.dataset, key))
        yield self.feed(urls.home(self.p) + "feed.xml", self.site.entries, label=None)

    def add(self, path: str, template: str, make: Callable[[], dict[str, Any]] | None = None, *,
            index: bool = True, hreflang: Callable[[], list[dict[str, str]]] | None = None,
            lastmod: PubDate | None = None) -> Output | None:
        """A page at `path` (None if not wanted); make() gives what it shows (built only if the page has to
        be looked at); hreflang() its versions in other languages when they are not the same view's; lastmod
        when what it shows last changed, as far as the paper tells (for the sitemap)."""
        file = path + ("index.html" if path == "" or path.endswith("/") else "")
        if self.wanted is not None and not self.wanted(file):
            return None
        alternates = _alternates(self.site, path[len(self.p) + 1 if self.p else 0:])
        head = {"lang": self.lang.code, "locale": self.lang.locale, "page_path": path, "home": urls.home(self.p),
                "indexable": index, "alternates": alternates, "hreflang": hreflang() if hreflang else alternates,
                "lastmod": lastmod}
        return Output(file, template, head, make)

    def listing(self, path: str, template: str, articles: list[Article], **context) -> Iterator[Output | None]:
        size = self.site.config.page_size
        count = max(1, math.ceil(len(articles) / size))
        for number in range(1, count + 1):
            yield self.add(urls.paginated(path, number), template,
                           partial(self._list_page, articles[(number - 1) * size: number * size],
                                   _pager(path, number, count), len(articles), context))

    def _list_page(self, chunk: list[Article], pager: dict[str, Any], total: int, context: dict[str, Any]) -> dict:
        return {**context, "items": [self.views.card(a) for a in chunk], "pager": pager, "total": total}

    def feed(self, path: str, articles: list[Article], label: str | None) -> Output | None:
        """The newest articles that have this language's version and a date (a feed is a timeline, and an
        undated article would need an invented one)."""
        if self.wanted is not None and not self.wanted(path):
            return None

        def entries() -> dict[str, Any]:
            versions = [self.site.counterpart(a, self.lang.code) for a in articles]
            shown = [a for a in versions if a is not None and a.date][:FEED_ENTRIES]
            tz = self.site.config.tz
            changed = [d for a in shown if (d := a.last_changed(tz)) is not None]  # all dated: one each
            entries = [{"article": a, "url": urls.article(a, self.p), "updated": d} for a, d in zip(shown, changed)]
            # the feed changed when its latest entry did: a correction to an older article counts too
            return {"entries": entries, "updated": max(changed, default=None, key=lambda d: d.sort_key(tz))}
        return Output(path, "feed.xml", {"lang": self.lang.code, "locale": self.lang.locale, "page_path": path,
                                         "label": label, "home": urls.home(self.p)}, entries)

    def _front_pages(self) -> Iterator[Output | None]:
        yield self.add(urls.home(self.p), "home.html", self._home)
        yield self.add(urls.listing("search", self.p), "search.html", self._search_choices, index=False)
        yield self.add(urls.home(self.p) + "404.html", "404.html", index=False)

    def _search_choices(self) -> dict[str, Any]:
        """What a search can be narrowed to: the values the index's facets hold (search_pages.search_facets)."""
        papers = sorted(self.site.paper_editions)
        return {"sections": list(self.site.sections), "papers": papers if len(papers) > 1 else []}

    def _home(self) -> dict[str, Any]:
        site, views, p = self.site, self.views, self.p
        latest_edition = site.editions[-1] if site.editions else None
        return dict(
            edition=views.edition(latest_edition) if latest_edition else None,
            latest=[views.card(a) for a in site.entries[:LATEST]],
            sections=[_term_link(s, len(a), urls.section(site.section_slugs[s], p)) for s, a in site.sections.items()],
            datasets=[{"title": site.dataset_shown(key, self.lang.code).title, "url": urls.dataset(key, p)}
                      for key in site.datasets])

    def _article_pages(self) -> Iterator[Output | None]:
        """Each article in this language; an untranslated one has no page here (cards link to the original)."""
        wanted, counterpart, code = self.wanted, self.site.counterpart, self.lang.code
        for original in self.site.entries:
            if (shown := counterpart(original, code)) is None:
                continue
            path = urls.article(shown, self.p)
            if wanted is None or wanted(path + "index.html"):  # tested first: an edit wants one of thousands
                yield self.add(path, "article.html", partial(self.views.article, shown),
                               hreflang=partial(self.views.article_hreflang, shown),
                               lastmod=shown.last_changed(self.site.config.tz))
            for alias in original.aliases:  # an earlier address keeps working: it sends the reader on
                old = urls.article_alias(alias, self.p)
                if wanted is None or wanted(old + "index.html"):
                    yield self.add(old, "redirect.html", partial(dict, target=path), index=False)

    def _edition_pages(self) -> Iterator[Output | None]:
        site, views, p = self.site, self.views, self.p
        yield self.add(urls.listing("editions", p), "editions.html", lambda: {"years": views.editions_by_year()})
        for i, edition in enumerate(site.editions):
            previous = site.editions[i - 1] if i else None
            following = site.editions[i + 1] if i + 1 < len(site.editions) else None
            yield self.add(urls.edition(edition, p), "edition.html", partial(self._edition, edition, previous, following),
                           lastmod=edition.date)
            for page in edition.pages:
                yield self.add(urls.page(page, p), "page.html", partial(self._page, edition, page), lastmod=edition.date)
            if not p and any(page.key in site.page_images for page in edition.pages):
                yield self.add(urls.edition_manifest(edition), "manifest.json", partial(self._manifest, edition),
                               index=False)

    def _manifest(self, edition: Edition) -> dict[str, Any]:
        return {"manifest": edition_manifest(self.site, edition, self.absolute)}

    def _edition(self, edition, previous, following) -> dict[str, Any]:
        views = self.views
        return {"edition": views.edition(edition), "prev": views.edition_link(previous), "next": views.edition_link(following)}

    def absolute(self, path: str) -> str:
        return self.site.config.base_url + path

    def _page(self, edition, page) -> dict[str, Any]:
        return {"edition": self.views.edition(edition), "page": self.views.page(page),
                "calendar": self.views.month_calendar(page)}

    def _term_pages(self) -> Iterator[Output | None]:
        site, p = self.site, self.p
        sections = [_term_link(s, len(a), urls.section(site.section_slugs[s], p)) for s, a in site.sections.items()]
        yield self.add(urls.listing("sections", p), "terms.html", lambda: {"kind": "section", "terms": sections})
        for label, articles in site.sections.items():
            path = urls.section(site.section_slugs[label], p)
            yield from self.listing(path, "list.html", articles, kind="section", label=label, feed=path + "feed.xml")
            yield self.feed(path + "feed.xml", articles, label=label)
        tags = [_term_link(t, len(a), urls.tag(site.tag_slugs[t], p)) for t, a in site.tags.items()]
        yield self.add(urls.listing("tags", p), "terms.html", lambda: {"kind": "tag", "terms": tags})
        for label, articles in site.tags.items():
            yield from self.listing(urls.tag(site.tag_slugs[label], p), "list.html", articles, kind="tag", label=label,
                                    feed=None)

    def _people_pages(self) -> Iterator[Output | None]:
        site, p = self.site, self.p
        yield self.add(urls.listing("people", p), "people.html", lambda: {"people": [
            {"name": person.name, "url": urls.person(slug, p), "count": sum(len(v) for v in person.roles.values()),
             "groups": sorted(person.roles)} for slug, person in site.people.items()]})
        for slug, person in site.people.items():
            yield from self._person_pages(urls.person(slug, p), person.name, sorted(person.roles.items()))

    def _person_pages(self, path: str, name: str, roles: list[tuple[str, list[Article]]]) -> Iterator[Output | None]:
        """A person's articles by role, paginated like every list (a staff reporter has thousands)."""
        listed = [(group, article) for group, articles in roles for article in articles]
        size = self.site.config.page_size
        count = max(1, math.ceil(len(listed) / size))
        totals = [{"group": group, "count": len(articles)} for group, articles in roles]
        for number in range(1, count + 1):
            yield self.add(urls.paginated(path, number), "person.html",
                           partial(self._person_page, name, listed[(number - 1) * size: number * size], totals,
                                   _pager(path, number, count)))

    def _person_page(self, name: str, chunk: list[tuple[str, Article]], totals: list, pager: dict) -> dict[str, Any]:
        groups: list[dict[str, Any]] = []
        for group, article in chunk:
            if not groups or groups[-1]["group"] != group:
                groups.append({"group": group, "items": []})
            groups[-1]["items"].append(self.views.card(article))
        return {"name": name, "groups": groups, "totals": totals, "pager": pager}

    def _archive_pages(self) -> Iterator[Output | None]:
        site, p = self.site, self.p
        yield self.add(urls.listing("archive", p), "archive.html", lambda: {"years": [
            {"year": y, "url": urls.year(y, p),
             "months": [{"period": PubDate(y, m), "url": urls.month(y, m, p), "count": len(a)}
                        for m, a in sorted(months.items(), key=lambda kv: kv[0] or 0) if m],
             "count": sum(len(a) for a in months.values())} for y, months in site.years.items()]})
        for y, months in site.years.items():
            every = [a for a in site.entries if a.date and a.date.year == y]
            yield from self.listing(urls.year(y, p), "list.html", every, kind="year", label=str(y), feed=None,
                                    period=PubDate(y))
            for m, articles in months.items():
                if m:
                    yield from self.listing(urls.month(y, m, p), "list.html", articles, kind="month",
                                            label=f"{y}-{m:02d}", feed=None, period=PubDate(y, m))


def _alternates(site: Site, path: str) -> list[dict[str, str]]:
    """The same view in every language (generated pages exist in all of them)."""
    return [{"lang": lang.code, "locale": lang.locale, "name": lang.name, "path": urls.home(lang.prefix) + path}
            for lang in site.config.languages]


def _pager(path: str, number: int, count: int) -> dict[str, Any]:
    return {"number": number, "count": count,
            "prev": urls.paginated(path, number - 1) if number > 1 else None,
            "next": urls.paginated(path, number + 1) if number < count else None}


def _term_link(label: str, count: int, url: str) -> dict[str, Any]:
    return {"label": label, "count": count, "url": url}
