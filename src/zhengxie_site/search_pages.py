"""The search index files of each language, from the articles readers can open.

The per-article step (tokens and fragment, `doc_terms`) is most of the work; its results are kept by a
digest of what the article's search document is made from, so a build computes them only for articles
that changed, in worker processes when there are many. When every document keeps its place in the
index (no article added, removed or moved), the last pass's index is patched instead of built again:
only the fragments of the changed articles and the shards of the tokens they gained or lost change.
"""
from __future__ import annotations

import hashlib
import pickle
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path
from typing import Callable, Collection, Iterator, MutableMapping, Protocol

from . import urls
from .config import Language
from .i18n import format_date, name_in_pinyin, romanised_name
from .markup import plain_text
from .model import Article
from .parallel import Workers
from .search import DocTerms, SearchDoc, doc_terms
from .search.build import FOLD_SHARDS, stream_index
from .search.dates import date_files
from .search.document import doc_order, facet_token, fragment_path
from .search.patch import Change, IndexLayout, patch_search_index
from .scripts import converter
from .site import Site

STREAM_BATCH = 1000  # documents whose terms are in memory at once while an index is built anew
PATCH_SHARE = 8  # patch an index when at most 1/8 of its documents changed; past that, build it anew


class SearchMemory(Protocol):
    """What the last pass left for this one's search index."""

    # Read only (a pass never sets them), so a frozen value or a class attribute may hold them.
    @property
    def layouts(self) -> dict[str, IndexLayout]: ...  # language code -> the index made then (empty: all anew)

    @property
    def scratch(self) -> Path | None: ...  # where the index files wait (None: the system's temporary folder)

    def terms(self, keys: Collection[str]) -> dict[str, DocTerms]: ...  # the known terms among these keys

    # Keep terms computed now for later passes; False when they are to be handed back in SearchOutput.
    def store(self, terms: dict[str, DocTerms]) -> bool: ...


@dataclass
class SearchOutput:
    files: MutableMapping[str, bytes] = field(default_factory=dict)  # output path -> bytes: index files made now
    kept: list[str] = field(default_factory=list)  # index files unchanged since the last pass
    computed: dict[str, DocTerms] = field(default_factory=dict)  # terms computed now, by document key
    used: set[str] = field(default_factory=set)  # the key of every document of this pass
    layouts: dict[str, IndexLayout] = field(default_factory=dict)  # what the next pass needs to patch


def search_doc(article: Article, lang: Language, section: str, names: tuple[str, ...] = (),
               paper: str = "") -> SearchDoc:
    """What the search knows of an article: read only to compute its terms (see _order_doc)."""
    withdrawn = article.retraction is not None and article.retraction.withdrawn
    captions = "" if withdrawn else " ".join(f.caption for f in article.figures)
    # the story first, so that a snippet shows the story; headline lines, names and captions after it, to be
    # found (a snippet starts at the first match, most often in the story)
    people = " ".join([b.name for b in article.bylines] + list(names))
    text = " ".join(filter(None, [plain_text(article.html), article.kicker, article.subtitle, people, captions]))
    doc = SearchDoc(url=urls.article(article, lang.prefix), title=article.title, text=text,
                    date=article.date.iso() if article.date else "",
                    date_label=format_date(article.date, lang.locale) if article.date else "",
                    section=section, lang=lang.code, facets=search_facets(article, paper, names))
    return _in_script(doc, converter(lang.locale)) if lang.source else doc


def _order_doc(article: Article, lang: Language) -> SearchDoc:
    """What the order of the index reads (doc_order: date, url, title) and its date table the date: made for
    every article at every pass, so nothing more (the text, labels and filters come with the terms, only for
    articles that changed)."""
    return SearchDoc(url=urls.article(article, lang.prefix), title=article.title, text="",
                     date=article.date.iso() if article.date else "")


def _in_script(doc: SearchDoc, convert: Callable[[str], str]) -> SearchDoc:
    """A document of a language made from another in its script, as its pages read: the filters take a
    name or section in either script (the search page offers them converted, a reader may type either)."""
    facets = doc.facets + tuple(f for f in map(convert, doc.facets) if f not in doc.facets)
    return replace(doc, title=convert(doc.title), text=convert(doc.text), section=convert(doc.section),
                   date_label=convert(doc.date_label), facets=facets)


def search_facets(article: Article, paper: str, names: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The filters that find the article: its section, each person named in its bylines and its paper, as
    the paper printed them (the same in every language: the search page's choices carry these values); a
    person also by the name this language's pages print (Zhang Xiaoyu)."""
    people = sorted({b.name for b in article.bylines} | set(names))
    return tuple(facet_token(kind, value) for kind, values in (
        ("section", [article.section] if article.section else []), ("person", people),
        ("paper", [paper] if paper else [])) for value in values)


def doc_key(article: Article, lang: Language, section: str, names: tuple[str, ...] = (), paper: str = "") -> str:
    """A digest of everything search_doc() reads."""
    made_from = (article.fingerprint, lang.code, lang.locale, lang.prefix, section, names, paper)
    return hashlib.blake2b(pickle.dumps(made_from, protocol=5), digest_size=16).hexdigest()


@dataclass
class _Language:
    """One language's documents in doc id order."""

    lang: Language
    keys: list[str]
    docs: list[SearchDoc]  # what the order reads (_order_doc): the rest is read only when the terms are computed
    # key -> (article, section, names as the language prints them, the paper that printed it)
    articles: dict[str, tuple[Article, str, tuple[str, ...], str]]

    @property
    def folder(self) -> str:
        return urls.listing("search", self.lang.prefix) + "index/"


def search_files(site: Site, glossary: Callable[[str, str], str], memory: SearchMemory,
                 previous: Callable[[str], bytes | None], jobs: int = 1,
                 files: MutableMapping[str, bytes] | None = None) -> SearchOutput:
    """Each language's index files, patched where the last pass's index allows it (`previous(path)` gives
    one of its files, or None when it is not intact); glossary(lang, term) translates section names. The
    files go into `files` (a Spool keeps an archive's index out of memory) as they are made."""
    output = SearchOutput(files={} if files is None else files)
    languages = [_documents(site, lang, glossary) for lang in site.config.languages]
    with Workers(jobs) as workers:
        terms = _Terms(languages, memory, output, workers)
        for language in languages:
            output.used.update(language.keys)
            layout = memory.layouts.get(language.lang.code)
            changes = _changes(language, layout)
            put = _put_into(output.files, language.folder)
            for name, data in date_files([doc.date for doc in language.docs]).items():
                put(name, data)  # small (one line per date): made anew whether the index is patched or not
            if changes is not None and layout is not None \
                    and _patch(language, changes, layout, terms, previous, output):
                continue
            shards, entry_bytes = stream_index((doc.token_lists() for doc in terms.in_order(language.keys)),
                                               language.lang.code, put)
            output.layouts[language.lang.code] = IndexLayout(tuple(language.keys), shards, entry_bytes)
    return output


def _put_into(files: MutableMapping[str, bytes], folder: str) -> Callable[[str, bytes], None]:
    def put(name: str, data: bytes) -> None:
        files[folder + name] = data
    return put


def _documents(site: Site, lang: Language, glossary: Callable[[str, str], str]) -> _Language:
    articles: dict[str, tuple[Article, str, tuple[str, ...], str]] = {}
    # names as another language's pages print them (Zhang Xiaoyu), so that readers find them as they read them;
    # on pages of the original's script, in pinyin too (a reader abroad types the name as they know it)
    romanise = partial(romanised_name, term=partial(glossary, lang.code)) \
        if not site.config.reads_original(lang.code) else name_in_pinyin
    for original in site.entries:
        if (article := site.counterpart(original, lang.code)) is not None:
            section = glossary(lang.code, article.section) if article.section else ""
            names = tuple(romanise(b.name) for b in article.bylines)
            paper = site.paper_of(article) or ""
            articles[doc_key(article, lang, section, names, paper)] = (article, section, names, paper)
    keys = list(articles)
    docs = [_order_doc(article, lang) for article, _, _, _ in articles.values()]
    order = doc_order(docs)
    return _Language(lang, [keys[i] for i in order], [docs[i] for i in order], articles)


def _changes(language: _Language, layout: IndexLayout | None) -> list[tuple[int, str, str]] | None:
    """(doc id, old key, new key) of each document whose text changed, when no document moved."""
    if layout is None or len(layout.keys) != len(language.keys):
        return None
    changes = [(i, old, new) for i, (old, new) in enumerate(zip(layout.keys, language.keys)) if old != new]
    return changes if len(changes) * PATCH_SHARE <= len(language.keys) else None


class _Terms:
    """The terms of documents by key: from the last pass, or computed now (in `jobs` processes when many)."""

    def __init__(self, languages: list[_Language], memory: SearchMemory, output: SearchOutput, workers: Workers):
        self._articles = {key: (language.lang, *found) for language in languages
                          for key, found in language.articles.items()}
        self._memory, self._output, self._workers = memory, output, workers
        self._have: dict[str, DocTerms] = {}

    def __call__(self, keys: Collection[str], keep: bool = True) -> dict[str, DocTerms]:
        """The terms of these keys that are known or can be computed (a key of the last pass may be neither);
        kept for later calls unless `keep` is False."""
        found = {key: self._have[key] for key in keys if key in self._have}
        found.update(self._memory.terms([key for key in keys if key not in found]))
        missing = [key for key in keys if key not in found and key in self._articles]
        docs = [search_doc(article, lang, section, names=names, paper=paper)
                for lang, article, section, names, paper in map(self._articles.__getitem__, missing)]
        computed = dict(zip(missing, self._workers.map(doc_terms, docs)))
        if not self._memory.store(computed):
            self._output.computed.update(computed)
        found.update(computed)
        if keep:
            self._have.update(found)
        return found

    def in_order(self, keys: list[str]) -> Iterator[DocTerms]:
        """Every key's terms in turn, a batch at a time: an archive's are never all in memory at once."""
        for start in range(0, len(keys), STREAM_BATCH):
            batch = keys[start:start + STREAM_BATCH]
            found = self(batch, keep=False)
            yield from (found[key] for key in batch)


def _patch(language: _Language, changes: list[tuple[int, str, str]], layout: IndexLayout, terms: _Terms,
           previous: Callable[[str], bytes | None], output: SearchOutput) -> bool:
    """Patch the language's index into `output`; False when it has to be built anew."""
    known = terms([key for change in changes for key in change[1:]])
    if any(old not in known or new not in known for _, old, new in changes):
        return False
    made = patch_search_index(layout, language.keys, [Change(i, known[old], known[new]) for i, old, new in changes],
                              lambda name: previous(language.folder + name))
    if made is None:
        return False
    files, output.layouts[language.lang.code] = made
    output.files.update((language.folder + name, data) for name, data in files.items())
    output.kept.extend(path for path in _index_paths(language.folder, layout) if path not in output.files)
    return True


def _index_paths(folder: str, layout: IndexLayout) -> list[str]:
    """Every file of an index with this layout."""
    return [folder + "meta.json", *(f"{folder}fold/{n}.txt" for n in range(FOLD_SHARDS)),
            *(f"{folder}t/{n}.bin" for n in range(layout.shards)),
            *(folder + fragment_path(doc_id) for doc_id in range(len(layout.keys)))]
