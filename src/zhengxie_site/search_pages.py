"""The search index files of each language, from the articles readers can open.

The per-article step (tokens and fragment, `doc_terms`) is most of the work; its results are kept by a
digest of what the article's search document is made from, so a build computes them only for articles
that changed, in worker processes when there are many.
"""
from __future__ import annotations

import hashlib
import pickle
from typing import Callable

from . import urls
from .config import Language
from .i18n import format_date
from .markup import plain_text
from .model import Article
from .parallel import map_in_processes
from .search import DocTerms, SearchDoc, build_search_index, doc_terms
from .site import Site


def search_doc(article: Article, lang: Language, section: str, with_text: bool = True) -> SearchDoc:
    """What the search knows of an article. The index reads a document's text only through its terms,
    so a document whose terms are known is made without it (deriving it is the costly part)."""
    text = " ".join(filter(None, [article.kicker, article.subtitle, " ".join(b.name for b in article.bylines),
                                  " ".join(f.caption for f in article.figures), plain_text(article.html)])) if with_text else ""
    return SearchDoc(url=urls.article(article, lang.prefix), title=article.title, text=text,
                     date=article.date.iso() if article.date else "",
                     date_label=format_date(article.date, lang.locale) if article.date else "",
                     section=section, lang=lang.code)


def doc_key(article: Article, lang: Language, section: str) -> str:
    """A digest of everything search_doc() reads."""
    made_from = (article.fingerprint, lang.code, lang.locale, lang.prefix, section)
    return hashlib.blake2b(pickle.dumps(made_from, protocol=5), digest_size=16).hexdigest()


def search_files(site: Site, glossary: Callable[[str, str], str],
                 known_terms: Callable[[], dict[str, DocTerms]] | None = None,
                 jobs: int = 1) -> tuple[dict[str, bytes], dict[str, DocTerms], set[str]]:
    """Each language's index files, the terms computed now (by document key) and the keys of every
    document (what to keep for the next build). known_terms() gives the terms computed before;
    glossary(lang, term) translates section names."""
    known = known_terms() if known_terms else {}
    shown: dict[str, list[tuple[str, Article, str]]] = {}
    for lang in site.config.languages:
        versions = (site.counterpart(original, lang.code) for original in site.entries)
        shown[lang.code] = [(doc_key(a, lang, section), a, section) for a in versions if a is not None
                            for section in [glossary(lang.code, a.section) if a.section else ""]]
    missing = {key: search_doc(article, site.config.language(code), section)
               for code, entries in shown.items() for key, article, section in entries if key not in known}
    computed = dict(zip(missing, map_in_processes(doc_terms, list(missing.values()), jobs)))
    terms = {key: known.get(key) or computed[key] for entries in shown.values() for key, _, _ in entries}
    files: dict[str, bytes] = {}
    for lang in site.config.languages:
        entries = shown[lang.code]
        docs = [missing.get(key) or search_doc(article, lang, section, with_text=False) for key, article, section in entries]
        index = build_search_index(docs, lang.code, [terms[key] for key, _, _ in entries])
        folder = urls.listing("search", lang.prefix) + "index/"
        files.update({folder + name: data for name, data in index.items()})
    return files, computed, set(terms)
