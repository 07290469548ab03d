"""What is settled once an article is read: a title where none was printed, noise flags, the order of its
bylines and a photo item's figure."""
from __future__ import annotations

import re

from . import bylines as by
from .model import ParsedArticle
from .punctuation import stray_latin
from .signatures import trailing_signature


def _caption_and_credit(caption: str, credit: str) -> tuple[str, str]:
    """…交流读书体会。（龚  健 摄）: the people credited at the end of a photo's text are its credit, not
    its caption (in photo news, whatever the note says they did: 报道 too)."""
    signed = trailing_signature(caption)
    if signed is None:
        return caption, credit
    return caption[:-len(signed.text)], signed.text[1:-1]


def _title_from(text: str) -> str:
    """The first clause of a text, for an item printed without a headline (photo news, briefs)."""
    date = r"^(?:\d{4}年)?\d{1,2}月\d{1,2}日|^近日|^日前"  # a date is no headline
    clauses = [re.sub(date, "", c).strip() for c in re.split(r"[，。；！？]", text)]
    return next((c for c in clauses if c), text)[:30]


def finish(a: ParsedArticle) -> None:
    """Noise flags, the photo item's figure, and a title where none was printed."""
    if not a.title and a.paragraphs:
        a.title = _title_from(a.paragraphs[0])
        a.notes.append(f"no headline printed: title taken from the start of the text ({a.title}); edit it")
    for n, p in enumerate(a.paragraphs, 1):
        for w in stray_latin(p):
            a.noise.append(f"paragraph {n}: stray Latin word \"{w}\" inside Chinese text")
    if a.list:
        for n, (num, item) in enumerate(zip(a.list["numbers"], a.list["items"]), 1):
            for w in stray_latin(item):
                a.noise.append(f"list item {num}: stray Latin word \"{w}\" inside Chinese text")
    for field, val in (("title", a.title), ("kicker", a.kicker), ("subtitle", a.subtitle)):
        for w in stray_latin(val or ""):
            a.noise.append(f"{field}: stray Latin word \"{w}\" inside Chinese text")
    # who wrote it before who took its photos, however they were printed (a byline closing the text comes after
    # the credit under a photo in its middle): the order readers are given the names in, By … ; photos by …
    a.bylines.sort(key=by.took_picture)
    if a.kind == "photo" and a.figures and not a.paragraphs:  # a photo item's text is its caption
        a.paragraphs.append(a.figures[0]["caption"])
        a.body.append(("p", a.figures[0]["caption"]))
    shooters = [b["name"] for b in a.bylines if by.took_picture(b)]
    signed = a.kind == "photo" and bool(a.paragraphs) and trailing_signature(a.paragraphs[0]) is not None
    # in photo news, people credited with 报道 under the caption took the photo (□ 通讯员 房  晨 报道)
    credited = shooters or [b["name"] for b in a.bylines if b.get("credit") == "报道"]
    # 记者 胡敏 文/摄: the byline credits the words and the picture, which has no credit of its own
    both = any(b.get("credit") in ("文/摄", "文/图", "图文") for b in a.bylines)
    if a.kind == "photo" and not a.figures and a.paragraphs and (credited or signed or both):
        caption, credit = a.paragraphs[0], a.photo_credit or "、".join(credited)
        caption, credit = _caption_and_credit(caption, credit)
        a.figures.append({"caption": caption, "credit": credit or None})
        a.notes.append("photo item: its text read as the photo's caption (also kept in the body)")
