"""check: load and render everything in memory, then verify every internal link and anchor. Writes nothing."""
from __future__ import annotations

from .pipeline import MemoryHistory, Stopwatch, site_pass
from .cache import SourceCache
from .config import SiteConfig
from .errors import SourceError
from .i18n import GLOSSARY, I18N_DIR
from .memory import MemorySite
from .review import slugs_to_fix, unreviewed_imports
from .site import Site
from .translations import translation_report


GLOSSARY_PATH = f"{I18N_DIR}/{GLOSSARY}"


def check(config: SiteConfig, translations: bool = False
          ) -> tuple[list[SourceError], list[str], list[SourceError], list[SourceError], Site]:
    """(problems that fail the check, translation work still to do when asked for, articles with import
    notes to review, articles whose address follows their title, the site checked: what it left out)."""
    result = site_pass(config, MemorySite(), SourceCache(), MemoryHistory(), Stopwatch(), images=False)
    site, problems = result.site, result.link_problems(MemoryHistory(), ())
    todo = []
    if translations:
        codes = tuple(lang.code for lang in config.languages if not lang.source)  # (one made from another: nothing to write)
        originals = site.articles[config.default_language.code]
        todo = [str(s) for s in translation_report(originals, site.translations, codes) if s.state != "current"]
        todo += untranslated_terms(site, result.catalogs.glossary)
    return problems, todo, unreviewed_imports(site), slugs_to_fix(site), site


def untranslated_terms(site: Site, glossary: dict[str, dict[str, str]]) -> list[str]:
    """Content terms shown in every language (sections, tags, roles, papers, page names, partners) that the
    glossary does not translate into some language: those pages would show them as written."""
    terms: dict[str, str] = {}
    for article in site.entries:
        terms.update({article.section: "section"} if article.section else {})
        terms.update({tag: "tag" for tag in article.tags})
        terms.update({byline.role: "role" for byline in article.bylines if byline.role})
    for page in site.pages.values():
        terms.update({page.paper: "paper"})
        terms.update({page.name: "page name"} if page.name else {})
        terms.update({partner: "colophon partner" for partner in (page.colophon.partners if page.colophon else ())})
    default = site.config.default_language.code
    return [f"{GLOSSARY_PATH}: {kind} {term!r} has no {lang.code} translation"
            for term, kind in sorted(terms.items()) for lang in site.config.languages
            if lang.code != default and not lang.source and lang.code not in glossary.get(term, {})]


