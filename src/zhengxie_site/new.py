"""zhengxie-site new: an article file with its front matter filled in, never over an existing file."""
from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

import yaml

from .config import SiteConfig
from .errors import SiteError
from .frontmatter import decode, parse_yaml
from .slugs import title_slug


def new_article(config: SiteConfig, title: str, *, section: str | None, kind: str, folder: str | None,
                today: datetime | None = None) -> Path:
    if not title.strip():
        raise SiteError("the title must not be empty")
    if kind not in config.kinds:
        raise SiteError(f"unknown kind {kind!r}; add it under kinds in site.yaml or use one of {', '.join(config.kinds)}")
    root = config.root.resolve()
    content = root / config.content_dir
    target_dir = (content / (folder or "articles")).resolve()
    if content.resolve() not in [target_dir, *target_dir.parents]:
        raise SiteError(f"--folder {folder!r} is outside the content folder")
    slug = title_slug(title)
    path = target_dir / f"{slug}.md"
    if path.exists():
        raise SiteError(f"{path.relative_to(root)} already exists; choose another title or edit that file")
    # an article in a page folder was printed in that edition: its date, not today's
    date = _edition_date(target_dir) or (today or datetime.now(config.tz)).date().isoformat()
    # the slug is fixed now: correcting the title later keeps the article's URL, and every link to it
    meta: dict[str, Any] = {"title": title.strip(), "slug": slug, "kind": kind, "section": section, "date": date,
                            "bylines": [], "tags": [], "draft": True}
    front = yaml.safe_dump({k: v for k, v in meta.items() if v is not None}, allow_unicode=True, sort_keys=False)
    target_dir.mkdir(parents=True, exist_ok=True)
    with open(path, "x", encoding="utf-8") as handle:  # "x": fail rather than overwrite
        handle.write(f"---\n{front}---\n\n正文。\n")
    return path.relative_to(root)


def _edition_date(folder: Path) -> str | None:
    page = folder / "page.yaml"
    if not page.is_file():
        return None
    data, _ = parse_yaml(str(page), decode(str(page), page.read_bytes()))
    date = data.get("date") if isinstance(data, dict) else None
    return str(date) if date else None
