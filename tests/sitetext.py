"""Whole small sites written inline, txtar-style: `-- path --` lines start files."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
_HEADER = re.compile(r"^-- (.+?) --$", re.M)


def write_tree(root: Path, text: str) -> Path:
    """Write every `-- path --` section of text as a file under root."""
    parts = _HEADER.split(text)
    for name, body in zip(parts[1::2], parts[2::2]):
        path = root / name.strip()
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(body.lstrip("\n"), encoding="utf-8")
    return root


THEME = REPO / "src" / "zhengxie_site" / "theme"


def make_project(root: Path, content: str = "", *, with_repo_content: bool = False) -> Path:
    """A project using the repository's settings and glossary, with the theme's templates, strings and
    static files copied in as its own (so a test can change them, as a site overriding the theme does)."""
    for name in ("templates", "static", "i18n"):
        shutil.copytree(THEME / name, root / name)
    shutil.copy(REPO / "i18n" / "glossary.yaml", root / "i18n" / "glossary.yaml")
    shutil.copy(REPO / "site.yaml", root / "site.yaml")
    if with_repo_content:
        shutil.copytree(REPO / "content", root / "content")
    else:
        (root / "content").mkdir()
    return write_tree(root, content)


def read_tree(root: Path) -> dict[str, bytes]:
    """Every file under root, by relative path."""
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}
