"""The printed page as readers know it from e-papers (数字报): the page image with each article a link
over the place it was printed, 上一版/下一版 and 上一期/下一期, the PDF; and, on an article, a small
picture of its page with its place marked. Pure views over the site model."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from . import urls
from .model import Article, Edition, PrintPage
from .pageimages import image_name, THUMB, WIDTHS
from .site import Site

Rect = tuple[str, str, str, str]  # left, top, width, height in percent of the page, as CSS takes them


@dataclass(frozen=True)
class Area:
    """An article's place on the page image: a link named by its headline."""

    url: str
    title: str
    rects: tuple[Rect, ...]


@dataclass(frozen=True)
class PrintedPage:
    """A page's image (files beside the page view, in two widths and a thumbnail) and its articles' areas."""

    base: str  # the folder of the page's files
    width: int
    height: int
    pdf: str | None
    areas: tuple[Area, ...]
    manifest: str = ""  # the edition's IIIF manifest
    widths: tuple[int, ...] = WIDTHS
    thumb: int = THUMB

    @property
    def thumb_height(self) -> int:
        return round(self.thumb * self.height / self.width)

    def src(self, width: int, ext: str) -> str:
        """The page's image in one width and format."""
        return self.base + image_name(width, ext)


@dataclass(frozen=True)
class PageLink:
    url: str
    number: int | None
    name: str | None


@dataclass(frozen=True)
class PageNav:
    """上一版/下一版 within the edition, 上一期/下一期 among the paper's editions."""

    prev_page: PageLink | None
    next_page: PageLink | None
    prev_edition: dict | None
    next_edition: dict | None


def printed_page(site: Site, page: PrintPage, link: Callable[[Article], tuple[str, str]]) -> PrintedPage | None:
    """The page's image and areas; `link` gives an article's URL and title in the reader's language."""
    image = site.page_images.get(page.key)
    if image is None:
        return None
    areas = tuple(Area(*link(article), tuple(percent(r) for r in article.regions))
                  for article in page.articles if article.regions)
    return PrintedPage(urls.page_file(page, ""), image.width, image.height, image.pdf, areas,
                       urls.edition_manifest(site.edition_of(page)))


def percent(region: tuple[float, float, float, float]) -> Rect:
    return tuple(f"{100 * v:.2f}".rstrip("0").rstrip(".") for v in region)  # type: ignore[return-value]


def page_nav(site: Site, page: PrintPage, prefix: str, edition_link: Callable[[Edition | None], dict | None]) -> PageNav:
    edition = site.edition_of(page)
    pages = edition.pages
    at = pages.index(page)
    before, after = site.neighbours(edition)
    return PageNav(
        _page_link(pages[at - 1], prefix) if at > 0 else None,
        _page_link(pages[at + 1], prefix) if at + 1 < len(pages) else None,
        edition_link(before), edition_link(after))


def _page_link(page: PrintPage, prefix: str) -> PageLink:
    return PageLink(urls.page(page, prefix), page.number, page.name)
