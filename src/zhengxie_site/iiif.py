"""A IIIF Presentation 3 manifest per edition, for libraries and aggregators: one canvas per printed page
with its image, and each article's regions as annotations linking to the article's page. Static (level 0,
no image server): any static host serves it and a IIIF viewer such as Mirador opens the archive."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from . import urls
from .dates import PubDate
from .model import Edition, PrintPage
from .pageimages import image_name, PageImage, THUMB, WIDTHS
from .site import Site

CONTEXT = "http://iiif.io/api/presentation/3/context.json"


@dataclass(frozen=True)
class Label:
    """An edition's or a page's name, written out in every language of the site when the manifest is
    rendered (a IIIF language map: {"zh": ["云南日报 2024年3月15日"], "en": [...]})."""

    paper: str
    date: PubDate | None
    number: int | None = None
    name: str | None = None
    page: bool = False


def _label(item: Edition | PrintPage) -> Label:
    if isinstance(item, PrintPage):
        return Label(item.paper, item.date, item.number, item.name, page=True)
    return Label(item.paper, item.date)


def edition_manifest(site: Site, edition: Edition, absolute: Callable[[str], str]) -> dict[str, Any]:
    """The manifest of an edition's pages that have an image; `absolute` makes a site path a full URL."""
    canvases = [_canvas(site, page, site.page_images[page.key], absolute)
                for page in edition.pages if page.key in site.page_images]
    return {
        "@context": CONTEXT,
        "id": absolute(urls.edition_manifest(edition)),
        "type": "Manifest",
        "label": _label(edition),
        "homepage": [{"id": absolute(urls.edition(edition, "")), "type": "Text", "label": _label(edition),
                      "format": "text/html"}],
        "items": canvases,
    }


def _canvas(site: Site, page: PrintPage, image: PageImage, absolute: Callable[[str], str]) -> dict[str, Any]:
    base = absolute(urls.page_file(page, ""))
    canvas = f"{base}canvas"
    width, height = image.width, image.height
    painting = {"id": f"{canvas}/image", "type": "Annotation", "motivation": "painting",
                "body": {"id": base + image_name(max(WIDTHS), "jpg"), "type": "Image", "format": "image/jpeg",
                         "width": width, "height": height},
                "target": canvas}
    links = [{"id": f"{canvas}/article/{n}-{k}", "type": "Annotation", "motivation": "linking",
              "body": {"id": absolute(urls.article(article, "")), "type": "Text", "format": "text/html",
                       "label": {site.config.default_language.code: [article.title]}},
              "target": f"{canvas}#xywh={_xywh(region, width, height)}"}
             for n, article in enumerate(page.articles, start=1) for k, region in enumerate(article.regions, start=1)]
    result = {"id": canvas, "type": "Canvas", "label": _label(page), "width": width, "height": height,
              "thumbnail": [{"id": base + image_name(THUMB, "jpg"), "type": "Image", "format": "image/jpeg",
                             "width": THUMB, "height": round(THUMB * height / width)}],
              "items": [{"id": f"{canvas}/painting", "type": "AnnotationPage", "items": [painting]}]}
    if links:
        result["annotations"] = [{"id": f"{canvas}/articles", "type": "AnnotationPage", "items": links}]
    return result


def _xywh(region: tuple[float, float, float, float], width: int, height: int) -> str:
    x, y, w, h = region
    return f"{round(x * width)},{round(y * height)},{max(1, round(w * width))},{max(1, round(h * height))}"
