"""What each kind of page shows of the model, in one language. Pure; each view is built once."""
from __future__ import annotations

import calendar
from dataclasses import dataclass
from functools import cached_property
from typing import Any, Callable, overload

from . import urls
from .chart import bar_chart_html
from .citation import Author, Work, apa, bibtex, chicago, data_url, gbt7714, meta_tags, ris
from .config import Language
from .i18n import romanised_name
from .dates import PubDate
from .fingerprint import fields_digest
from .markup import paragraph_text
from .model import Article, Colophon, Edition, PrintPage
from .site import Site
from .printed import PageNav, percent, page_nav, PrintedPage, printed_page
from .translations import status_of


@dataclass(frozen=True)
class Card:
    """What a list shows of an article."""

    title: str
    kicker: str | None
    subtitle: str | None
    url: str
    date: PubDate | None
    section: str | None
    kind: str
    lang: str
    locale: str
    fallback: bool  # shown in its original language: no version in the reader's
    summary: str
    retracted: bool = False
    shows: str = ""  # the fingerprint of the article shown

    @cached_property
    def fingerprint(self) -> str:
        # What the card shows, not which version of the article: a list whose articles changed only in
        # their text (which cards do not show) is the same list, and is not rendered again.
        return fields_digest(self, leave_out=frozenset({"shows"}))

    @property
    def depends(self) -> tuple[str, ...]:
        return (self.shows,) if self.shows else ()


@dataclass(frozen=True)
class SectionGroup:
    section: str | None
    url: str | None
    items: tuple[Card, ...]


@dataclass(frozen=True)
class PageView:
    """A printed page: its articles in print order under their section labels."""

    url: str
    slug: str  # the page's folder
    number: int | None
    name: str | None
    paper: str
    date: PubDate | None
    colophon: Colophon | None
    staff: str | None
    groups: tuple[SectionGroup, ...]
    count: int
    printed: PrintedPage | None = None  # the page image with its articles' areas, where there is one
    nav: PageNav | None = None

    @cached_property
    def fingerprint(self) -> str:
        return fields_digest(self)

    @cached_property
    def depends(self) -> frozenset[str]:
        return frozenset(fingerprint for group in self.groups for card in group.items for fingerprint in card.depends)


class LanguageViews:
    """Cards, page views and article views for one language, cached: lists reuse the same cards."""

    def __init__(self, site: Site, lang: Language, term: Callable[[str], str]):
        self.site, self.lang, self.term, self.prefix = site, lang, term, lang.prefix
        self._cards: dict[int, Card] = {}
        self._pages: dict[str, PageView] = {}
        self._editions: dict[str, dict] = {}
        self._months: dict[tuple, list[Edition]] | None = None  # (paper, year, month) -> its editions

    def card(self, article: Article) -> Card:
        """What a list shows of an article: the reader's language if translated, else the original, marked
        and linked where it is (no page is made for a version that does not exist)."""
        if id(article) not in self._cards:
            shown = self.site.shown_in(article, self.lang.code)
            language = self.site.config.language(shown.lang)
            self._cards[id(article)] = Card(
                title=shown.title, kicker=shown.kicker, subtitle=shown.subtitle,
                url=urls.article(shown, language.prefix), date=shown.date, section=shown.section,
                kind=shown.kind, lang=shown.lang, locale=language.locale,
                fallback=shown.lang != self.lang.code, summary=shown.excerpt, retracted=shown.retraction is not None,
                shows=shown.fingerprint)
        return self._cards[id(article)]

    def page(self, page: PrintPage) -> PageView:
        if page.key not in self._pages:
            groups: list[tuple[str | None, list[Card]]] = []
            for article in page.articles:
                if not groups or groups[-1][0] != article.section:
                    groups.append((article.section, []))
                groups[-1][1].append(self.card(article))
            self._pages[page.key] = PageView(
                url=urls.page(page, self.prefix), slug=page.slug, number=page.number, name=page.name, paper=page.paper,
                date=page.date, colophon=page.colophon, staff=page.staff,
                groups=tuple(SectionGroup(section, self._section_url(section), tuple(cards)) for section, cards in groups),
                count=len(page.articles), printed=printed_page(self.site, page, self._area_link),
                nav=page_nav(self.site, page, self.prefix, self.edition_link))
        return self._pages[page.key]

    def _area_link(self, article: Article) -> tuple[str, str]:
        card = self.card(article)
        return card.url, card.title

    def _section_url(self, section: str | None) -> str | None:
        return urls.section(self.site.section_slugs[section], self.prefix) if section else None

    def edition(self, edition: Edition) -> dict[str, Any]:
        if edition.key not in self._editions:
            self._editions[edition.key] = {
                "url": urls.edition(edition, self.prefix), "paper": edition.paper, "date": edition.date,
                "pages": [self.page(page) for page in edition.pages]}
        return self._editions[edition.key]

    @overload
    def edition_link(self, edition: Edition) -> dict[str, Any]: ...
    @overload
    def edition_link(self, edition: Edition | None) -> dict[str, Any] | None: ...
    def edition_link(self, edition: Edition | None) -> dict[str, Any] | None:
        return {"url": urls.edition(edition, self.prefix), "paper": edition.paper, "date": edition.date} if edition else None

    def edition_outline(self, edition: Edition) -> dict[str, Any]:
        """An edition and the labels of its pages, without their articles: the editions index lists every
        edition, and a page that showed every article would change with every edit."""
        return {"url": urls.edition(edition, self.prefix), "paper": edition.paper, "date": edition.date,
                "pages": [{"url": urls.page(page, self.prefix), "number": page.number, "name": page.name}
                          for page in edition.pages]}

    def month_calendar(self, page: PrintPage) -> dict[str, Any] | None:
        """往期回顾 beside a page: the month of its edition, each day that has an edition of the same paper
        linked, like an e-paper's date picker."""
        edition = self.site.edition_of(page)
        if not (edition.date and edition.date.month and edition.date.day):
            return None
        key = (edition.paper, edition.date.year, edition.date.month)
        if self._months is None:
            self._months = {}
            for other in self.site.editions:
                if other.date and other.date.month and other.date.day:
                    self._months.setdefault((other.paper, other.date.year, other.date.month), []).append(other)
        outlines = [self.edition_link(other) for other in self._months.get(key, [])]
        return {"period": PubDate(key[1], key[2]), "weeks": _month_grid(key[1], key[2], outlines),
                "current": urls.edition(edition, self.prefix)}

    def editions_by_year(self) -> list[dict[str, Any]]:
        """Newest first: year -> month (None when only the year is known) -> editions."""
        years: dict[int | None, dict[int | None, list]] = {}
        for edition in reversed(self.site.editions):
            year, month = (edition.date.year, edition.date.month) if edition.date else (None, None)
            years.setdefault(year, {}).setdefault(month, []).append(self.edition_outline(edition))
        return [{"year": y, "months": [{"period": PubDate(y, m) if y and m else None, "editions": e,
                                        "weeks": _month_grid(y, m, e) if y and m else []}
                                       for m, e in months.items()]} for y, months in years.items()]

    def article_alternates(self, original: Article) -> list[dict[str, Any]]:
        """An article in every language: its version's URL, or None where it has not been translated (the
        language switch says so instead of leading to a page that only says so)."""
        versions = [(lang, self.site.counterpart(original, lang.code)) for lang in self.site.config.languages]
        return [{"lang": lang.code, "locale": lang.locale, "name": lang.name,
                 "path": urls.article(version, lang.prefix) if version else None} for lang, version in versions]

    def article(self, article: Article) -> dict[str, Any]:
        site, prefix = self.site, self.prefix
        original = site.original(article) or article
        page = site.pages.get(original.page_key or "")
        siblings = page.articles if page else []
        position = siblings.index(original) if original in siblings else -1
        # a language made from the original's in another script reads the original: no translation to mark
        translated = article is not original and not self.lang.source
        status = status_of(original, self.lang.code, article) if translated else None
        dataset = site.dataset_in(original.dataset or "", self.lang.code)
        return {
            "article": article,
            "original_url": urls.article(original, site.config.default_language.prefix),
            # A translation may spell a byline its own way; only names of the originals have a people page.
            "byline_urls": {b.name: urls.person(site.person_slugs[b.name], prefix)
                            for b in article.bylines if b.name in site.person_slugs},
            "page": self.page(page) if page else None,
            "printed_at": _printed_at(self.page(page), original) if page else None,
            "edition": self.edition_link(site.edition_of(page)) if page else None,
            "prev": self.card(siblings[position - 1]) if position > 0 else None,
            "next": self.card(siblings[position + 1]) if 0 <= position < len(siblings) - 1 else None,
            "characters": article.characters, "minutes": article.minutes,
            "translation": article.translation if status is not None else None,
            "summary": article.excerpt,
            "standfirst": _standfirst(article),
            # the original's notice on a translation that has none of its own: marked in its language
            "retraction_locale": site.config.language(original.lang).locale
                                 if article.retraction and article.retraction is original.retraction and article is not original else None,
            "stale": status is not None and status.state == "stale",
            "translated": status is not None,
            "dataset": self.dataset(dataset.key) if dataset else None,  # printed with the article: shown in it
            "section_url": urls.section(site.section_slugs[original.section], prefix) if original.section else None,
            "tag_links": [{"label": t, "url": urls.tag(site.tag_slugs[t], prefix)} for t in original.tags],
            "alternates": self.article_alternates(original),
            # Whether a translation is stale depends on its original's text: the page shows that article too.
            "translates": original if status is not None else None,
            "citation": self.citation(article, original, page),
        }

    def citation(self, article: Article, original: Article, page: PrintPage | None) -> dict[str, Any]:
        """The article cited in three styles, as RIS and BibTeX downloads, and as meta tags."""
        config, lang = self.site.config, self.lang
        people = tuple(Author(b.name, romanised_name(b.name, self.term)) for b in original.bylines)
        paper = self.site.paper_of(original) or config.title[lang.code]
        work = Work(people=people, title=article.full_title, paper=paper, paper_in_language=self.term(paper),
                    date=original.date, page=page.number if page else None,
                    url=config.base_url + urls.article(article, self.prefix), lang=lang.locale,
                    original_title=original.full_title if article is not original else None)
        key = f"{original.slug}-{original.date.year}" if original.date else original.slug
        return {"gbt7714": gbt7714(work), "chicago": chicago(work), "apa": apa(work), "meta": meta_tags(work),
                "ris": data_url(ris(work), "application/x-research-info-systems"),
                "bibtex": data_url(bibtex(work, key), "application/x-bibtex"), "file": key}

    def article_hreflang(self, article: Article) -> list[dict[str, Any]]:
        """The article's versions, for search engines (and the sitemap)."""
        return [{"lang": lang.code, "locale": lang.locale, "path": urls.article(version, lang.prefix)}
                for lang in self.site.config.languages if (version := self.site.counterpart(article, lang.code))]

    def dataset(self, key: str) -> dict[str, Any]:
        """The data as a table grouped by `group_by` (in `group_order`, else the order of the rows) and a
        chart of how many rows each group has (largest first, ties in the groups' order)."""
        dataset = self.site.dataset_shown(key, self.lang.code)
        group_by = dataset.extra.get("group_by")
        groups: dict[str, list] = {}
        for row in dataset.rows:
            groups.setdefault(str(row.get(group_by, "")) if group_by is not None else "", []).append(row)
        declared = [str(g) for g in dataset.extra.get("group_order") or () if str(g) in groups]
        ordered = [(name, groups[name]) for name in declared + [g for g in groups if g not in declared]]
        counts = sorted(((k, len(v)) for k, v in ordered), key=lambda kv: -kv[1])  # stable: ties keep the order
        article = next((a for a in self.site.entries if a.slug == dataset.article), None)
        chart = bar_chart_html([(self.term(k), n) for k, n in counts], label=self.term(dataset.title)) if group_by else None
        return {"dataset": dataset, "group_by": group_by, "groups": ordered, "chart": chart,
                "article": self.card(article) if article else None, "data_page": urls.dataset(dataset.key, self.prefix)}


def _standfirst(article: Article) -> str | None:
    """An editor's summary shown above the text: only where it is not the text's own opening, which the
    reader is about to read anyway."""
    summary = (article.summary or "").strip()
    if not summary or not article.html:
        return None
    return None if paragraph_text(article.html).startswith(summary.rstrip("…。. ")) else summary


def _month_grid(year: int, month: int, editions: list[dict[str, Any]]) -> list[list[dict[str, Any] | None]]:
    """Weeks of the month, Monday first, like an e-paper's date picker: a day with an edition carries its
    link; days of other months are None. Editions known only to the month are listed beside the grid."""
    by_day = {e["date"].day: e for e in editions if e["date"] and e["date"].day}
    if not by_day:
        return []
    weeks = calendar.Calendar(firstweekday=0).monthdayscalendar(year, month)
    return [[({"day": d, "edition": by_day.get(d)} if d else None) for d in week] for week in weeks]


def _printed_at(page: PageView, article: Article) -> dict[str, Any] | None:
    """An article's place on its page's thumbnail, where the page has an image and the article regions."""
    if page.printed is None or not article.regions:
        return None
    return {"image": page.printed, "rects": [percent(r) for r in article.regions]}
