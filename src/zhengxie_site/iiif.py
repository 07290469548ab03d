"""A IIIF Presentation 3 manifest per edition, for libraries and aggregators: one canvas per printed page
with its image, and each article's regions as annotations linking to the article's page. Static (level 0,
no image server): any static host serves it and a IIIF viewer such as Mirador opens the archive."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable

from . import urls
from .dates import PubDate
from .model import Edition, PrintPage
from .pageimages import page_image, THUMB, WIDTHS
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
    label = _label
    article_url = lambda article: urls.article(article, "")  # noqa: E731  the original's page
    manifest_id = absolute(urls.edition_manifest(edition))
    canvases = [_canvas(site, page, absolute(urls.page_file(page, "")), label, article_url, absolute)
                for page in edition.pages if page_image(page, site.page_files.get(page.key, {}))]
    return {
        "@context": CONTEXT,
        "id": manifest_id,
        "type": "Manifest",
        "label": label(edition),
        "homepage": [{"id": absolute(urls.edition(edition, "")), "type": "Text", "label": label(edition),
                      "format": "text/html"}],
        "items": canvases,
    }


def _canvas(site: Site, page: PrintPage, base: str, label: Callable[[Any], dict], article_url: Callable[[Any], str],
            absolute: Callable[[str], str]) -> dict[str, Any]:
    image = page_image(page, site.page_files.get(page.key, {}))
    assert image is not None
    canvas = f"{base}canvas"
    width, height = image.width, image.height
    painting = {"id": f"{canvas}/image", "type": "Annotation", "motivation": "painting",
                "body": {"id": f"{base}page-{max(WIDTHS)}.jpg", "type": "Image", "format": "image/jpeg",
                         "width": width, "height": height},
                "target": canvas}
    links = [{"id": f"{canvas}/article/{n}-{k}", "type": "Annotation", "motivation": "linking",
              "body": {"id": absolute(article_url(article)), "type": "Text", "format": "text/html",
                       "label": {site.config.default_language.code: [article.title]}},
              "target": f"{canvas}#xywh={_xywh(region, width, height)}"}
             for n, article in enumerate(page.articles, start=1) for k, region in enumerate(article.regions, start=1)]
    result = {"id": canvas, "type": "Canvas", "label": label(page), "width": width, "height": height,
              "thumbnail": [{"id": f"{base}page-{THUMB}.jpg", "type": "Image", "format": "image/jpeg",
                             "width": THUMB, "height": round(THUMB * height / width)}],
              "items": [{"id": f"{canvas}/painting", "type": "AnnotationPage", "items": [painting]}]}
    if links:
        result["annotations"] = [{"id": f"{canvas}/articles", "type": "AnnotationPage", "items": links}]
    return result


def _xywh(region: tuple[float, float, float, float], width: int, height: int) -> str:
    x, y, w, h = region
    return f"{round(x * width)},{round(y * height)},{max(1, round(w * width))},{max(1, round(h * height))}"
