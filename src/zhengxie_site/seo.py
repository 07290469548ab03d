"""Machine-readable descriptions of an article: schema.org NewsArticle JSON-LD."""
from __future__ import annotations

from typing import Any, Callable

from . import urls
from .i18n import romanised_name


def article_json_ld(config, article, lang, page, term: Callable[[str], str]) -> dict[str, Any]:
    """NewsArticle in the page's language with the print fields as printed; partial dates stay partial
    (ISO 8601 allows 2022-03). `page` is the printed page's view; term() translates content terms for the
    page's language. Made while rendering: everything it reads is in the page's context."""
    translated = not config.reads_original(lang.code)
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": article.full_title,
        "inLanguage": lang.locale,
        "url": config.base_url + urls.article(article, lang.prefix),
        "author": [_person(b, translated, term) for b in article.bylines],
    }
    if article.kicker or article.subtitle:
        data["alternativeHeadline"] = " ".join(x for x in (article.kicker, article.subtitle) if x)
    if article.date:
        data["datePublished"] = article.date.iso()
        data["dateModified"] = (article.last_changed(config.tz) or article.date).iso()
    if article.section:
        data["articleSection"] = term(article.section)
        data["printSection"] = article.section
    if page:
        data["printEdition"] = " ".join(x for x in (page.paper, page.date.iso() if page.date else None) if x)
        data["printPage"] = str(page.number) if page.number else (page.name or page.slug)
        data["publisher"] = {"@type": "Organization", "name": page.paper}
    images = [config.base_url + "static/" + f.image for f in article.figures if f.image]
    if images:
        data["image"] = images
    if article.tags:
        data["keywords"] = [term(tag) for tag in article.tags]
    notes = [*article.corrections, *([article.retraction] if article.retraction else [])]
    if notes:  # schema.org has no retraction of its own: a retraction is the last correction
        data["correction"] = [{"@type": "CorrectionComment", "text": c.note, "datePublished": c.date.iso()}
                              for c in notes]
    return data


def _person(byline, translated: bool, term: Callable[[str], str]) -> dict[str, Any]:
    if not translated:
        person = {"@type": "Person", "name": byline.name, "jobTitle": byline.role}
    else:
        person = {"@type": "Person", "name": romanised_name(byline.name, term), "alternateName": byline.name,
                  "jobTitle": term(byline.role) if byline.role else None}
    return {key: value for key, value in person.items() if value is not None}
