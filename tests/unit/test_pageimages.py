"""A printed page's images: sizes and formats, the same bytes every time, made once per file's bytes."""
from __future__ import annotations

import io
import sys
from pathlib import Path

from PIL import Image

from zhengxie_site import pageimages
from zhengxie_site.model import PageFile, PrintPage

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
import pdfpages  # noqa: E402


def test_a_pdf_page_is_rendered_in_every_width_and_format_the_same_way_twice(tmp_path):
    pdf = tmp_path / "page.pdf"
    pdfpages.make_page_pdf(pdf, "four-columns")
    first, second = pageimages.render_images(pdf), pageimages.render_images(pdf)
    assert first == second  # byte for byte: a rebuild changes nothing
    assert sorted(first) == sorted(pageimages.image_names())
    for name, data in first.items():
        with Image.open(io.BytesIO(data)) as image:
            width = int(name.split("-")[1].split(".")[0])
            assert image.format == ("WEBP" if name.endswith(".webp") else "JPEG") and image.width == width
            assert abs(image.height / image.width - 1191 / 842) < 0.01  # the page's shape


def test_a_scan_is_scaled_to_the_same_widths(tmp_path):
    scan = tmp_path / "scan.png"
    Image.new("RGB", (2000, 2800), "white").save(scan)
    made = pageimages.render_images(scan)
    with Image.open(io.BytesIO(made["page-700.jpg"])) as image:
        assert image.size == (700, 980)


def test_images_are_made_once_per_file_and_kept_in_the_cache(tmp_path, monkeypatch):
    root = tmp_path / "content"
    folder = root / "p" / "2024-03-15" / "p01"
    folder.mkdir(parents=True)
    pdfpages.make_page_pdf(folder / "page.pdf", "banner-and-briefs")
    page = PrintPage(key="p/2024-03-15/p01", source="page.yaml", paper="报", date=None, pdf="page.pdf")
    files = {"page.pdf": PageFile(page.key, "page.pdf", "page.pdf", "abc", 842.0, 1191.0)}
    calls = []
    real = pageimages.render_images
    monkeypatch.setattr(pageimages, "render_images", lambda path: calls.append(path) or real(path))
    for _ in range(2):
        outputs = pageimages.page_outputs(page, files, root, tmp_path / "cache")
        made = {path: make() for path, _, make in outputs}
    assert len(calls) == 1  # the second pass read the cache
    assert made["editions/p/2024-03-15/p01/page.pdf"] == (folder / "page.pdf").read_bytes()
    assert {path.rsplit("/", 1)[1] for path in made} == {"page.pdf", *pageimages.image_names()}
    fingerprints = [fingerprint for _, fingerprint, _ in outputs]
    assert len(set(fingerprints)) == len(fingerprints) and all("abc" in f for f in fingerprints)
    image = pageimages.page_image(page, files)
    assert (image.width, image.height, image.pdf) == (1400, 1980, "editions/p/2024-03-15/p01/page.pdf")
