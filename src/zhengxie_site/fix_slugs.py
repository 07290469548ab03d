"""zhengxie-site fix-slugs: write into each article that has no `slug:` the slug it is published under
now, so that its address no longer follows its title (a corrected headline would move it and break every
link and citation). Articles written by `import` and `new` have theirs already; this fixes older ones.

Only a `slug: …` line is added, right under the opening `---`; every other byte of the file stays."""
from __future__ import annotations

from pathlib import Path

from .config import SiteConfig
from .load import load_content
from .model import Article
from .newspaper.writer import write_atomic


def unfixed(articles: list[Article], default_lang: str) -> list[Article]:
    """Originals whose slug comes from their title (a translation follows its original's)."""
    return sorted((a for a in articles if a.lang == default_lang and not a.slug_given), key=lambda a: a.source)


def fix_slugs(config: SiteConfig) -> list[str]:
    """Write each unfixed article's slug into its file; return `path: slug` for each one written."""
    content = load_content(config)  # every file valid first: a slug is taken only from a site that builds
    written = []
    for article in unfixed(content.articles, config.default_language.code):
        if "slug" in article.lines[::3]:  # `slug:` with nothing after it: the editor's to fill, not ours
            line, col = article.where("slug")
            written.append(f"{article.source}:{line}:{col}: slug: empty; left as it is (the address is {article.slug})")
            continue
        _add_slug_line(config.root / article.source, article.slug)
        written.append(f"{article.source}: slug: {article.slug}")
    return written


def _add_slug_line(path: Path, slug: str) -> None:
    data = path.read_bytes()
    first_end = data.index(b"\n") + 1  # after the opening --- line (the file was read and checked just now)
    newline = b"\r\n" if data[:first_end].endswith(b"\r\n") else b"\n"
    write_atomic(path, data[:first_end] + f"slug: {slug}".encode() + newline + data[first_end:])
