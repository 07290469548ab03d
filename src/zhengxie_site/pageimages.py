"""A printed page's PDF or scan -> the files the site serves beside its page view: the PDF itself, the
page image in two widths (WebP, with JPEG for browsers without it) and a thumbnail for articles.

Rendering a page takes a tenth of a second and more, so the images of a file's bytes are made once and
kept in the build cache (`page-images/<digest>/`); a build only copies them. pypdfium2 (PDFium, Apache
2.0/BSD) renders PDFs, Pillow (MIT-CMU) scales and encodes: both well-kept, neither hand-written here.
"""
from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from . import urls
from .model import PageFile, PrintPage

RENDER_VERSION = "1"  # change when the images change for the same bytes (sizes, quality)
WIDTHS = (700, 1400)  # the page view's sizes (srcset)
THUMB = 240  # an article's picture of where it was printed
FORMATS = (("webp", "WEBP", {"quality": 80, "method": 4}), ("jpg", "JPEG", {"quality": 82, "optimize": True}))


@dataclass(frozen=True)
class PageImage:
    """What templates need to show a printed page's image: URLs by width and format, and its shape."""

    width: int  # of the largest image, in pixels
    height: int
    pdf: str | None  # the PDF's URL, when the page has one


def image_name(width: int, ext: str) -> str:
    """The file of a page's image in one width and format, beside its page view."""
    return f"page-{width}.{ext}"


def image_names() -> list[str]:
    return [image_name(w, ext) for w in (*WIDTHS, THUMB) for ext, _, _ in FORMATS]


def page_source(page: PrintPage, files: dict[str, PageFile]) -> PageFile | None:
    """What a page's images are made from: its PDF, else its scan (`files`: its folder's page files)."""
    return files.get(page.pdf or "") or files.get(page.image or "")


def page_image(page: PrintPage, files: dict[str, PageFile]) -> PageImage | None:
    """The image of a page that has a PDF or scan (its size taken when the file was read)."""
    source = page_source(page, files)
    if source is None or not source.width:
        return None
    height = round(max(WIDTHS) * source.height / source.width)
    return PageImage(max(WIDTHS), height, urls.page_file(page, "page.pdf") if page.pdf else None)


def page_outputs(page: PrintPage, files: dict[str, PageFile], root: Path, cache: Path | None
                 ) -> list[tuple[str, str, Callable[[], bytes]]]:
    """(path, fingerprint, make the bytes) of each file the page's view shows: made only when the
    fingerprint (the source's bytes and this renderer) differs from the last build's."""
    source = page_source(page, files)
    if source is None:
        return []
    path = root / page.key / source.name
    outputs = []
    if page.pdf and source.name == page.pdf:
        outputs.append((urls.page_file(page, "page.pdf"), source.digest, path.read_bytes))
    made: dict[str, bytes] = {}

    def image(name: str) -> Callable[[], bytes]:
        def make() -> bytes:
            if not made:
                made.update(_images(path, source.digest, cache))
            return made[name]
        return make

    for name in image_names():
        outputs.append((urls.page_file(page, name), f"{source.digest}-{RENDER_VERSION}-{name}", image(name)))
    return outputs


def _images(path: Path, digest: str, cache: Path | None) -> dict[str, bytes]:
    folder = cache / "page-images" / f"{digest}-{RENDER_VERSION}" if cache else None
    if folder and all((folder / name).is_file() for name in image_names()):
        return {name: (folder / name).read_bytes() for name in image_names()}
    made = render_images(path)
    if folder:
        folder.mkdir(parents=True, exist_ok=True)
        for name, data in made.items():
            (folder / name).write_bytes(data)
    return made


def render_images(path: Path) -> dict[str, bytes]:
    """Every size and format of a page's image, from its PDF (first page) or its scan."""
    from PIL import Image

    picture = _rendered(path) if path.suffix.lower() == ".pdf" else _scanned(path)
    out: dict[str, bytes] = {}
    for width in (*WIDTHS, THUMB):
        scaled = picture if picture.width == width else picture.resize(
            (width, max(1, round(picture.height * width / picture.width))), Image.Resampling.LANCZOS)
        for ext, kind, options in FORMATS:
            buffer = io.BytesIO()
            scaled.save(buffer, kind, **options)
            out[f"page-{width}.{ext}"] = buffer.getvalue()
    return out


def _rendered(path: Path):
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(path))
    try:
        page = document[0]
        return page.render(scale=max(WIDTHS) / page.get_width()).to_pil().convert("RGB")
    finally:
        document.close()


def _scanned(path: Path):
    from PIL import Image

    with Image.open(path) as scan:
        return scan.convert("RGB")


def measure(path: str, data: bytes) -> tuple[float, float]:
    """A PDF's first page or a scan's (width, height), in points or pixels: its shape."""
    if path.lower().endswith(".pdf"):
        import pypdfium2 as pdfium

        document = pdfium.PdfDocument(data)
        try:
            return tuple(document[0].get_size())
        finally:
            document.close()
    from PIL import Image

    with Image.open(io.BytesIO(data)) as scan:
        return float(scan.width), float(scan.height)
