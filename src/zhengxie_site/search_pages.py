"""The search index files of each language, from the articles readers can open.

The per-article step (tokens and fragment, `doc_terms`) is most of the work; its results are kept by a
digest of the article's search document, so a build recomputes them only for articles that changed,
in worker processes when there are many.
"""
from __future__ import annotations

import hashlib
import pickle
from typing import Callable

from . import urls
from .i18n import format_date
from .markup import plain_text
from .parallel import map_in_processes
from .search import DocTerms, SearchDoc, build_search_index, doc_terms
from .site import Site


def search_docs(site: Site, glossary: Callable[[str, str], str]) -> dict[str, list[SearchDoc]]:
    """Each language's search documents: the articles it has."""
    docs: dict[str, list[SearchDoc]] = {}
    for lang in site.config.languages:
        docs[lang.code] = []
        for original in site.entries:
            article = site.counterpart(original, lang.code)
            if article is None:
                continue
            text = " ".join(filter(None, [article.kicker, article.subtitle, " ".join(b.name for b in article.bylines),
                                          " ".join(f.caption for f in article.figures), plain_text(article.html)]))
            docs[lang.code].append(SearchDoc(
                url=urls.article(article, lang.prefix), title=article.title, text=text,
                date=article.date.iso() if article.date else "",
                date_label=format_date(article.date, lang.locale) if article.date else "",
                section=glossary(lang.code, article.section) if article.section else "", lang=lang.code))
    return docs


def doc_key(doc: SearchDoc) -> str:
    return hashlib.blake2b(pickle.dumps(doc, protocol=5), digest_size=16).hexdigest()


def search_files(site: Site, glossary: Callable[[str, str], str], known: dict[str, DocTerms] | None = None,
                 jobs: int = 1) -> tuple[dict[str, bytes], dict[str, DocTerms]]:
    """Each language's index files, and the terms of every document by its key (to keep for the next
    build). `known` holds terms computed before."""
    known = known or {}
    docs = search_docs(site, glossary)
    keys = {lang: [doc_key(doc) for doc in lang_docs] for lang, lang_docs in docs.items()}
    missing = {key: doc for lang, lang_docs in docs.items() for key, doc in zip(keys[lang], lang_docs)
               if key not in known}
    computed = dict(zip(missing, map_in_processes(doc_terms, list(missing.values()), jobs)))
    terms = {key: known.get(key) or computed[key] for lang_keys in keys.values() for key in lang_keys}
    files: dict[str, bytes] = {}
    for lang in site.config.languages:
        folder = urls.listing("search", lang.prefix) + "index/"
        index = build_search_index(docs[lang.code], lang.code, [terms[key] for key in keys[lang.code]])
        files.update({folder + name: data for name, data in index.items()})
    return files, terms
