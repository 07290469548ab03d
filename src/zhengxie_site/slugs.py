"""Readable, stable URL slugs: pinyin for Chinese (a library that knows polyphones), never empty."""
from __future__ import annotations

import functools
import hashlib
import logging
import re
import warnings

from pypinyin import Style, lazy_pinyin
from slugify import slugify

SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MAX_LENGTH = 60
_WINDOWS_RESERVED = {"con", "prn", "aux", "nul"} | {f"{p}{i}" for p in ("com", "lpt") for i in range(1, 10)}


@functools.lru_cache(maxsize=65536)  # pure, and asked for the same section and tag names again and again
def make_slug(text: str, max_length: int = MAX_LENGTH) -> str:
    """Pinyin syllables joined by hyphens; a short hash when nothing readable is left."""
    syllables = lazy_pinyin(text, style=Style.NORMAL)
    slug = slugify(" ".join(syllables), max_length=max_length, word_boundary=True, save_order=True)
    if not slug or slug in _WINDOWS_RESERVED:
        digest = hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]
        slug = f"{slug}-{digest}" if slug else f"item-{digest}"
    return slug


def title_slug(title: str, max_length: int = MAX_LENGTH) -> str:
    """The slug a new article gets from its headline: the words a segmenter finds read one by one, so a
    polyphone is read in its own word (政协|调研 is zheng-xie-diao-yan, where reading the whole headline
    took 协调 and gave tiao). Only new articles get it: the slugs of names and of published articles
    without one stay as make_slug reads them, so no published address changes."""
    words = _segmenter().lcut(title)
    return make_slug(" ".join(words), max_length) if len(words) > 1 else make_slug(title, max_length)


@functools.cache
def _segmenter():
    """jieba's tokenizer, built once per process (about 0.6 s: it reads its dictionary)."""
    with warnings.catch_warnings():  # its regexes' escapes warn when Python compiles it
        warnings.simplefilter("ignore")
        import jieba
    jieba.setLogLevel(logging.WARNING)  # it logs the dictionary load on every first use
    return jieba.Tokenizer()


def check_slug(value: str) -> str | None:
    """Why a hand-written slug is unsafe, or None when it is fine."""
    if not SLUG_RE.match(value):
        return "use lowercase letters, digits and single hyphens only (e.g. tui-dong-fa-zhan)"
    if value in _WINDOWS_RESERVED:
        return f"{value!r} is a reserved file name on Windows"
    if len(value) > 100:
        return "at most 100 characters"
    return None


def unique_slugs(labels) -> dict[str, str]:
    """label -> slug for a set of names that share one URL space (tags, sections, people). Homophones
    get one pinyin slug, so after the first in code point order each gets a short hash of its own."""
    slugs: dict[str, str] = {}
    taken: set[str] = set()
    for label in sorted(set(labels)):
        slug = make_slug(label)
        if slug in taken:
            slug = f"{slug}-{hashlib.sha1(label.encode('utf-8')).hexdigest()[:6]}"
        taken.add(slug)
        slugs[label] = slug
    return slugs
