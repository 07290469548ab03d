"""The whole archive in memory: articles per language and the indexes readers browse. No I/O."""
from __future__ import annotations

import hashlib
from collections import defaultdict
from dataclasses import dataclass, field, replace
from datetime import tzinfo
from functools import cached_property, partial

from .config import SiteConfig
from .fingerprint import fields_digest
from .load import Content
from .model import Article, Dataset, Edition, PageFile, Person, PrintPage
from .pageimages import PageImage, page_image
from .slugs import make_slug, unique_slugs

PHOTO_CREDITS = ("图", "摄", "摄影", "摄影报道", "图文", "文/图", "图/文", "文/片", "文/摄")


@dataclass
class Site:
    config: SiteConfig
    articles: dict[str, list[Article]]  # language code -> newest first
    editions: list[Edition]  # oldest first
    pages: dict[str, PrintPage]
    datasets: dict[str, dict[str, Dataset]]  # name -> language code -> dataset
    translations: dict[str, dict[str, Article]]  # translation key -> language code -> article
    # Browsing indexes are built once over the originals; each language shows its own version of
    # every entry, or the original marked as such, so every generated page exists in every language.
    entries: list[Article] = field(default_factory=list)  # one per translation key, newest first
    sections: dict[str, list[Article]] = field(default_factory=dict)  # label -> articles
    tags: dict[str, list[Article]] = field(default_factory=dict)
    people: dict[str, Person] = field(default_factory=dict)  # slug -> person
    years: dict[int, dict[int | None, list[Article]]] = field(default_factory=dict)
    person_slugs: dict[str, str] = field(default_factory=dict)  # name as printed -> people/<slug>/
    section_slugs: dict[str, str] = field(default_factory=dict)  # label -> sections/<slug>/
    tag_slugs: dict[str, str] = field(default_factory=dict)  # tag -> tags/<slug>/
    edition_index: dict[str, Edition] = field(default_factory=dict)  # edition key -> edition
    page_files: dict[str, dict[str, PageFile]] = field(default_factory=dict)  # page key -> name -> its PDF or scan
    page_images: dict[str, PageImage] = field(default_factory=dict)  # page key -> its image, where it has one
    paper_editions: dict[str, list[Edition]] = field(default_factory=dict)  # paper -> its editions, oldest first
    structure: str = ""  # a digest of what places every article, page and dataset (see Article.structure)
    drafts_left_out: int = 0  # drafts not published (build --drafts publishes them)
    hidden: tuple[str, ...] = ()  # content folders left out for the dot their names start with

    def counterpart(self, article: Article, lang: str) -> Article | None:
        return self.translations.get(article.key, {}).get(lang)

    def original(self, article: Article) -> Article | None:
        return self.counterpart(article, self.config.default_language.code)

    def dataset_in(self, key: str, lang: str) -> Dataset | None:
        """A dataset in the reader's language, else the original."""
        versions = self.datasets.get(key, {})
        return versions.get(lang) or versions.get(self.config.default_language.code)

    def dataset_shown(self, key: str, lang: str) -> Dataset:
        """dataset_in for a key of `datasets`: every dataset there has its original."""
        dataset = self.dataset_in(key, lang)
        assert dataset is not None, key
        return dataset

    def paper_of(self, article: Article) -> str | None:
        """The paper that printed the article: its page's, else the one its front matter names."""
        page = self.pages.get(article.page_key or "")
        return page.paper if page else (article.edition.paper if article.edition else None)

    def shown_in(self, article: Article, lang: str) -> Article:
        """The version a reader of `lang` gets: the translation, else the original."""
        return self.counterpart(article, lang) or article

    def edition_of(self, page: PrintPage) -> Edition:
        return self.edition_index[page.edition_key]

    def neighbours(self, edition: Edition) -> tuple[Edition | None, Edition | None]:
        """The paper's editions before and after this one (上一期, 下一期)."""
        same = self.paper_editions[edition.paper]
        at = self._positions[edition.key]
        return (same[at - 1] if at else None), (same[at + 1] if at + 1 < len(same) else None)

    @cached_property
    def _positions(self) -> dict[str, int]:
        return {e.key: i for editions in self.paper_editions.values() for i, e in enumerate(editions)}


def build_site(content: Content, config: SiteConfig) -> Site:
    """Sort the articles and build editions, sections, tags, people and date archives."""
    newest_first = partial(_newest_first, tz=config.tz)
    published = sorted((a for a in content.articles if config.drafts or not a.draft), key=newest_first)
    published = _retractions_carried(published, config.default_language.code)
    published += _in_other_scripts(published, config)
    by_lang: dict[str, list[Article]] = {lang.code: [] for lang in config.languages}
    for article in published:
        by_lang[article.lang].append(article)

    translations: dict[str, dict[str, Article]] = defaultdict(dict)
    for article in published:
        translations[article.key][article.lang] = article

    pages = _pages_with_articles(content.pages, by_lang[config.default_language.code])
    editions: dict[str, Edition] = {}
    for page in sorted(pages.values(), key=lambda p: (p.number or 10_000, p.key)):
        edition = editions.setdefault(page.edition_key, Edition(page.edition_key, page.paper, page.date))
        edition.pages.append(page)

    site = Site(config, by_lang, sorted(editions.values(), key=_edition_order), pages,
                _by_language(content.datasets), dict(translations))
    site.entries = _entries(published, translations, config.default_language.code)
    site.sections = _group(site.entries, lambda a: [a.section] if a.section else [])
    site.tags = _group(site.entries, lambda a: list(a.tags))
    site.section_slugs = unique_slugs(site.sections)
    site.tag_slugs = unique_slugs(site.tags)
    site.person_slugs = unique_slugs(b.name for a in site.entries for b in a.bylines)
    site.people = _people(site.entries, config, site.person_slugs)
    site.edition_index = {e.key: e for e in site.editions}
    site.years = _archive(site.entries)
    for edition in site.editions:
        site.paper_editions.setdefault(edition.paper, []).append(edition)
    for page_file in content.page_files:
        site.page_files.setdefault(page_file.page_key, {})[page_file.name] = page_file
    site.page_images = {key: image for key, files in site.page_files.items()
                        if key in site.pages and (image := page_image(site.pages[key], files))}
    site.structure = _structure(content)
    site.drafts_left_out = 0 if config.drafts else sum(1 for a in content.articles if a.draft)
    site.hidden = content.hidden
    return site


def _in_other_scripts(articles: list[Article], config: SiteConfig) -> list[Article]:
    """Each article of a language that another is made from (zh-Hant from zh), as that language's version
    where it has none of its own: the same article, its pages converted when rendered (render.py)."""
    made: list[Article] = []
    for lang in config.languages:
        if lang.source:
            own = {a.key for a in articles if a.lang == lang.code}
            made += [replace(a, lang=lang.code) for a in articles if a.lang == lang.source and a.key not in own]
    return made


def _retractions_carried(articles: list[Article], default: str) -> list[Article]:
    """A translation of a retracted original is retracted with it (its own `retraction:` may word the
    notice in its language); a withdrawn text is withdrawn in every language."""
    retracted = {a.key: a.retraction for a in articles if a.lang == default and a.retraction}
    carried = []
    for article in articles:
        original = retracted.get(article.key) if article.lang != default else None
        if original:
            own = article.retraction or original
            article = replace(article, retraction=own)
            if original.withdrawn and article.html:
                article = replace(article, html="", excerpt=own.note, characters=0)
        carried.append(article)
    return carried


def _structure(content: Content) -> str:
    """While this digest stays the same, a page shows something new only if an article it shows changed."""
    digest = hashlib.blake2b(digest_size=16)
    placed: tuple[Article | PrintPage, ...] = (*content.articles, *content.pages)
    for value in placed:
        digest.update(value.structure.encode())
    for dataset in content.datasets:
        digest.update(fields_digest(dataset).encode())
    for page_file in content.page_files:  # a new PDF or scan changes the page's view and images
        digest.update(fields_digest(page_file).encode())
    return digest.hexdigest()


def _pages_with_articles(pages: list[PrintPage], originals: list[Article]) -> dict[str, PrintPage]:
    """Each page with its published originals in print order."""
    on_page: dict[str, list[Article]] = defaultdict(list)
    for article in originals:
        if article.page_key:
            on_page[article.page_key].append(article)
    return {p.key: replace(p, articles=tuple(sorted(on_page[p.key], key=lambda a: (a.order or 10_000, a.slug))))
            for p in pages}


def _entries(published: list[Article], translations: dict[str, dict[str, Article]], default: str) -> list[Article]:
    """One article per translation key, newest first: the original, or the first version there is."""
    seen: set[str] = set()
    entries = []
    for article in published:
        if article.key not in seen and (article.lang == default or default not in translations[article.key]):
            seen.add(article.key)
            entries.append(article)
    return entries


def _by_language(datasets: list[Dataset]) -> dict[str, dict[str, Dataset]]:
    grouped: dict[str, dict[str, Dataset]] = {}
    for dataset in sorted(datasets, key=lambda d: d.source):
        grouped.setdefault(dataset.key, {})[dataset.lang] = dataset
    return grouped


def _newest_first(article: Article, tz: tzinfo):
    # Undated articles last; on one page, print order; the slug makes the order total.
    newest = -article.date.first_moment(tz).timestamp() if article.date else 0
    return (article.date is None, newest, article.page_key or "", article.order or 10_000, article.slug)


def _edition_order(edition: Edition):
    return (edition.date.sort_key() if edition.date else (), edition.key)  # days: one order in any time zone


def _group(articles: list[Article], labels) -> dict[str, list[Article]]:
    groups: dict[str, list[Article]] = {}
    for article in articles:
        for label in labels(article):
            groups.setdefault(label, []).append(article)
    return dict(sorted(groups.items(), key=lambda kv: make_slug(kv[0])))


def _people(articles: list[Article], config: SiteConfig, slugs: dict[str, str]) -> dict[str, Person]:
    people: dict[str, Person] = {}
    for article in articles:
        listed_in: set[tuple[str, str]] = set()  # a person credited twice in one role lists the article once
        for byline in article.bylines:
            slug = slugs[byline.name]
            person = people.setdefault(slug, Person(slug, byline.name))
            # listed under the role the article prints (通讯员 伏自文/图 is a correspondent); a name printed
            # without a role but with a photo credit (李舸摄) is a photographer
            group = "photographer" if byline.role is None and byline.credit in PHOTO_CREDITS \
                else config.role_group(byline.role)
            if (slug, group) not in listed_in:
                listed_in.add((slug, group))
                person.roles.setdefault(group, []).append(article)
    return dict(sorted(people.items()))


def _archive(articles: list[Article]) -> dict[int, dict[int | None, list[Article]]]:
    years: dict[int, dict[int | None, list[Article]]] = {}
    for article in articles:
        if article.date:
            years.setdefault(article.date.year, {}).setdefault(article.date.month, []).append(article)
    return dict(sorted(years.items(), reverse=True))
