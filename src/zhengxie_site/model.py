"""The archive as pure data: articles, pages, editions and the indexes built from them. No I/O."""
from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import tzinfo
from functools import cached_property
from typing import Any

from .dates import PubDate
from .fingerprint import fields_digest

KINDS = ("feature", "brief", "photo", "commentary", "interview", "notice")


@dataclass(frozen=True)
class Byline:
    name: str
    role: str | None  # as printed (记者, 通讯员 …); None where the paper prints the name alone
    credit: str | None = None  # 文 (text), 图 / 摄 (photos)


@dataclass(frozen=True)
class Figure:
    caption: str
    image: str | None = None
    credit: str | None = None


@dataclass(frozen=True)
class Correction:
    date: PubDate
    note: str


@dataclass(frozen=True)
class Retraction:
    """The paper has withdrawn the article: its address stays, with this notice; `withdrawn` also takes its
    text off the site (kept in the source file)."""

    date: PubDate
    note: str
    withdrawn: bool = False


@dataclass(frozen=True)
class EditionRef:
    """Where an article was printed, as its front matter says."""

    paper: str | None = None
    date: str | None = None
    page: int | None = None
    page_name: str | None = None


class _Digests:
    __slots__ = ("_fingerprint", "_structure")  # taken when first asked for (Article.fingerprint, .structure)
    _fingerprint: str
    _structure: str


# A value built once; lists compare articles by identity. Slots, not a dict per article: an archive holds
# every article in memory (a dict of 40 fields took 1.6 KB of an article's 8.6).
@dataclass(frozen=True, eq=False, slots=True)
class Article(_Digests):
    """One article, as written in one `.md` file, plus values derived from it. Never changed after it is
    made: a step that derives something new (the rendered body, a translation's key) makes a new value."""

    source: str  # path relative to the project, for messages
    title: str
    body: str  # Markdown as written; "" once rendered into `html`, which is all pages need (memory at scale)
    lang: str
    slug: str
    kicker: str | None = None
    subtitle: str | None = None
    kind: str = "brief"
    section: str | None = None
    date: PubDate | None = None
    edition: EditionRef | None = None
    order: int | None = None
    bylines: tuple[Byline, ...] = ()
    lead: str | None = None
    figures: tuple[Figure, ...] = ()
    regions: tuple[tuple[float, float, float, float], ...] = ()  # where it was printed: fractions of its page
    aliases: tuple[str, ...] = ()  # slugs it was published under before: redirects keep those URLs
    tags: tuple[str, ...] = ()
    translation_key: str | None = None
    corrections: tuple[Correction, ...] = ()
    retraction: Retraction | None = None
    draft: bool = False
    summary: str | None = None
    dataset: str | None = None
    translation: dict[str, Any] | None = None  # {of: hash of the original it translates, translator, note}
    extra: dict[str, Any] = field(default_factory=dict)  # declared keys read as written (import_notes)
    page_key: str | None = None  # the page folder this article sits in (edition/page)
    body_line: int = 1
    stem: str = ""  # file path without language and extension: what links translations by name
    slug_given: bool = False  # the front matter sets the slug (else it comes from the title)
    lines: tuple = ()  # (key, line, col) of each front matter key, one after another: where() finds them
    html: str = ""  # rendered body
    source_hash: str = ""  # what a translation records it translates (translations.source_hash)
    excerpt: str = ""  # `summary`, else the start of the body's paragraphs
    characters: int = 0  # reading length: Chinese characters plus Latin words
    minutes: int = 1  # reading time

    def where(self, name: str) -> tuple[int, int]:
        """File position of a front matter field, else of the title, for messages."""
        lines = self.lines
        for key in (name, "title"):
            if key in lines[::3]:
                at = lines[::3].index(key) * 3
                return lines[at + 1], lines[at + 2]
        return (1, 1)

    @property
    def full_title(self) -> str:
        """The headline as a title standing alone (the page's <title>, feeds, citations): a kicker that runs
        into it (农工党云南省委—— / 组织开展医疗帮扶活动) is its subject and goes before it."""
        kicker = (self.kicker or "").rstrip()
        if not kicker.endswith(("—", "：")):
            return self.title
        subject = kicker.rstrip("— ") if kicker.endswith("—") else kicker
        cjk = "\u4e00" <= subject[-1:] <= "\u9fff" or subject.endswith("：")
        return subject + ("" if cjk else " ") + self.title

    def last_changed(self, tz: tzinfo) -> PubDate | None:
        """When the paper last changed it: its latest correction or retraction, else its own date (each at
        the precision printed); None for an undated article."""
        if self.date is None:
            return None
        changes = [c.date for c in self.corrections] + ([self.retraction.date] if self.retraction else [])
        return max(changes, default=self.date, key=lambda d: d.sort_key(tz))

    @property
    def key(self) -> str:
        """What links an article to its translations: translation_key, else its slug."""
        return self.translation_key or self.slug

    @property
    def fingerprint(self) -> str:
        """A digest of every field: pages that show this article are rendered again only when it changes."""
        try:
            return self._fingerprint
        except AttributeError:
            object.__setattr__(self, "_fingerprint", fields_digest(self))
            return self._fingerprint

    @property
    def depends(self) -> tuple[str, ...]:
        """The articles a page showing this value depends on (see fingerprint.page_fingerprint)."""
        return (self.fingerprint,)

    @property
    def structure(self) -> str:
        """A digest of every field but those a page reads only through the article itself (its text): what
        places the article in the site. While no article's structure changes, a page changes only when an
        article it shows does."""
        try:
            return self._structure
        except AttributeError:
            object.__setattr__(self, "_structure", fields_digest(self, leave_out=TEXT_FIELDS))
            return self._structure

    def __reduce__(self):
        # The field values in order, with the digests taken so far: the build cache unpickles every
        # article on every build, a third faster so. The rendered body goes as bytes: pickling it as a
        # str would keep a UTF-8 copy inside it.
        values = tuple(getattr(self, name) for name in ARTICLE_FIELDS)
        values = values[:_HTML] + (values[_HTML].encode("utf-8", "surrogatepass"),) + values[_HTML + 1:]
        return _article, (values, getattr(self, "_fingerprint", None), getattr(self, "_structure", None))


ARTICLE_FIELDS = tuple(f.name for f in fields(Article))
_HTML = ARTICLE_FIELDS.index("html")


def _article(values: tuple, fingerprint: str | None, structure: str | None) -> Article:
    article = object.__new__(Article)
    for name, value in zip(ARTICLE_FIELDS, values):
        object.__setattr__(article, name, value)
    object.__setattr__(article, "html", values[_HTML].decode("utf-8", "surrogatepass"))
    for name, digest in (("_fingerprint", fingerprint), ("_structure", structure)):
        if digest is not None:
            object.__setattr__(article, name, digest)
    return article


# Fields read only through the article (its page, its card, its feed entry), never to place it. Any other
# field, including one added later, counts as structure.
TEXT_FIELDS = frozenset({"title", "body", "kicker", "subtitle", "lead", "figures", "corrections", "summary",
                         "translation", "extra", "body_line", "lines", "html", "source_hash", "excerpt",
                         "characters", "minutes"})


@dataclass(frozen=True)
class Colophon:
    text: str
    partners: tuple[str, ...] = ()


@dataclass(frozen=True)
class PageFile:
    """A printed page's PDF or scan in its page folder: its name, a digest of its bytes (what its images
    are made from) and its shape (points of a PDF's page, pixels of a scan)."""

    page_key: str
    name: str
    source: str
    digest: str
    width: float = 0.0
    height: float = 0.0


@dataclass(frozen=True)
class PrintPage:
    """A printed page (版) of one edition, from its `page.yaml`."""

    key: str  # folder path under content/, e.g. yun-nan-ri-bao/2022-03/zheng-xie
    source: str
    paper: str
    date: PubDate | None
    number: int | None = None
    name: str | None = None
    colophon: Colophon | None = None
    sections: tuple[str, ...] = ()
    staff: str | None = None  # 责任编辑：… as printed
    pdf: str | None = None  # the printed page's PDF, in the page's folder
    image: str | None = None  # or its scan (when there is no PDF)
    extra: dict[str, Any] = field(default_factory=dict)
    articles: tuple[Article, ...] = ()  # published originals in print order, filled in by the site model

    @cached_property
    def structure(self) -> str:
        """A digest of the page as page.yaml gives it (taken before the site model adds its articles)."""
        return fields_digest(self, leave_out=frozenset({"articles"}))

    @property
    def edition_key(self) -> str:
        return self.key.rsplit("/", 1)[0]

    @property
    def slug(self) -> str:
        return self.key.rsplit("/", 1)[1]


@dataclass
class Edition:
    """One day's (or month's, when the day is unknown) issue of one paper."""

    key: str  # paper-slug/date-folder
    paper: str
    date: PubDate | None
    pages: list[PrintPage] = field(default_factory=list)


@dataclass
class Person:
    slug: str
    name: str
    roles: dict[str, list[Article]] = field(default_factory=dict)  # role group -> articles


@dataclass
class Dataset:
    """Structured data that goes with an article, e.g. a ranked list of cases."""

    key: str
    source: str
    title: str
    columns: tuple[str, ...]
    rows: tuple[dict[str, Any], ...]
    article: str | None = None  # slug of the article that prints it
    article_at: tuple[int, int] = (1, 1)  # where `article:` is written, for messages
    lang: str = ""
    translation: bool = False  # NAME.<lang>.yaml beside NAME.yaml
    extra: dict[str, Any] = field(default_factory=dict)
