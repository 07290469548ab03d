"""The search index files of each language, from the articles readers can open."""
from __future__ import annotations

from typing import Callable

from . import urls
from .i18n import format_date
from .search import SearchDoc, build_search_index
from .site import Site


def search_files(site: Site, glossary: Callable[[str, str], str]) -> dict[str, bytes]:
    """Each language's index of the articles it has; glossary(lang, term) translates section names."""
    files: dict[str, bytes] = {}
    for lang in site.config.languages:
        docs = []
        for original in site.entries:
            article = site.counterpart(original, lang.code)
            if article is None:
                continue
            text = " ".join(filter(None, [article.kicker, article.subtitle, " ".join(b.name for b in article.bylines),
                                          " ".join(f.caption for f in article.figures), article.text]))
            docs.append(SearchDoc(url=urls.article(article, lang.prefix), title=article.title, text=text,
                                  date=article.date.iso() if article.date else "",
                                  date_label=format_date(article.date, lang.locale) if article.date else "",
                                  section=glossary(lang.code, article.section) if article.section else "", lang=lang.code))
        folder = urls.listing("search", lang.prefix) + "index/"
        files.update({folder + name: data for name, data in build_search_index(docs, lang.code).items()})
    return files
