"""Verify a built site before it is uploaded: every feed and sitemap well-formed XML, every JSON file
JSON, every page a whole HTML document, no internal link or anchor leading nowhere under the base path.

    python -m zhengxie_site.verify public /archive/
"""
from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from .config import split_base_url
from .frontmatter import CONTROL
from .links import broken_links_in



def problems_in(folder: Path, base_path: str) -> tuple[list[str], int]:
    """(what is wrong, each as `path: problem`; how many files were read)."""
    files = {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}
    found = []
    for path, data in files.items():
        if path.endswith(".xml"):
            try:
                ET.fromstring(data)
            except ET.ParseError as exc:
                found.append(f"{path}: not well-formed XML ({exc})")
        elif path.endswith(".json"):
            try:
                json.loads(data)
            except ValueError as exc:
                found.append(f"{path}: not JSON ({exc})")
        elif path.endswith(".html"):
            text = data.decode("utf-8", "replace")
            if not text.startswith("<!DOCTYPE html>") or not text.rstrip().endswith("</html>"):
                found.append(f"{path}: not a whole HTML document")
            if CONTROL.search(text):
                found.append(f"{path}: a control character")
    found += broken_links_in(files, base_path)
    return found, len(files)


def main(argv: list[str]) -> int:
    folder = Path(argv[0]) if argv else Path("public")
    base = argv[1] if len(argv) > 1 else "/"
    base_path = split_base_url(base)["base_path"]
    if not folder.is_dir():
        print(f"error: {folder}: no built site there", file=sys.stderr)
        return 1
    found, count = problems_in(folder, base_path)
    for problem in found:
        print(problem, file=sys.stderr)
    if found:
        print(f"{len(found)} problem(s) in {folder}/", file=sys.stderr)
        return 1
    print(f"verified {count} files in {folder}/: well-formed, every internal link and anchor leads somewhere")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
