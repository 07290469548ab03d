"""Where each view lives, relative to the site root. One place, so links and files always agree."""
from __future__ import annotations

from .model import Article, Edition, PrintPage


def home(prefix: str) -> str:
    return f"{prefix}/" if prefix else ""


def article(a: Article, prefix: str) -> str:
    return f"{home(prefix)}articles/{a.slug}/"


def article_alias(slug: str, prefix: str) -> str:
    """An article's earlier address (`aliases:`), kept as a redirect to where it is now."""
    return f"{home(prefix)}articles/{slug}/"


def edition(e: Edition, prefix: str) -> str:
    return f"{home(prefix)}editions/{e.key}/"


def page(p: PrintPage, prefix: str) -> str:
    return f"{home(prefix)}editions/{p.key}/"


def page_file(p: PrintPage, name: str) -> str:
    """A printed page's PDF and images: one copy for every language, beside the original's page view."""
    return f"editions/{p.key}/{name}"


def edition_manifest(e: Edition) -> str:
    """The edition's IIIF manifest (one for every language: its labels carry them all)."""
    return f"editions/{e.key}/manifest.json"


def section(slug: str, prefix: str) -> str:
    return f"{home(prefix)}sections/{slug}/"


def tag(slug: str, prefix: str) -> str:
    return f"{home(prefix)}tags/{slug}/"


def person(slug: str, prefix: str) -> str:
    return f"{home(prefix)}people/{slug}/"


def year(y: int, prefix: str) -> str:
    return f"{home(prefix)}archive/{y}/"


def month(y: int, m: int, prefix: str) -> str:
    return f"{home(prefix)}archive/{y}/{m:02d}/"


def dataset(key: str, prefix: str) -> str:
    return f"{home(prefix)}data/{key}/"


def listing(name: str, prefix: str) -> str:
    """Index pages: editions/, sections/, tags/, people/, archive/, search/."""
    return f"{home(prefix)}{name}/"


def paginated(path: str, number: int) -> str:
    return path if number == 1 else f"{path}page/{number}/"


def sitemap_part(number: int) -> str:
    return f"sitemaps/{number}.xml"
