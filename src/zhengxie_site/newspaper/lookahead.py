"""What the blocks ahead of a headline run say about it: an article starts there (a byline, a dateline, a
photo's credit, a box over the dateline, a stand-first, a signed brief), or the text goes on."""
from __future__ import annotations

import re

from .builder import Builder
from .model import ParsedArticle
from .segment import Block
from .signatures import trailing_signature
from .structures import captioned, is_photo_credit


def article_ahead(rest: list[Block], roles: list[str], k: int) -> bool:
    """Headline lines from rest[k] on, then a byline or dateline: an article starts there."""
    end = k
    while end < len(rest) and roles[end] == "short":
        end += 1
    return k < end < len(rest) and roles[end] in ("byline", "lead") and not is_photo_credit(rest[end].text)


def signed_brief_ahead(bd: Builder, rest: list[Block], roles: list[str], end: int) -> bool:
    """A headline over one to three paragraphs, the last signed at its end (`…（记者/何  雯 通讯员/李嘉敏）`),
    after an article without subheadings: a brief of its own, not the last section of the article before."""
    if end >= len(rest) or roles[end] != "para":
        return False
    last = end
    while last + 1 < len(rest) and roles[last + 1] == "para" and last + 1 - end < 3:
        last += 1
    ends_run = last + 1 == len(rest) or roles[last + 1] != "para"
    return ends_run and bd.cur is not None and not bd.cur.subheadings and _signed(rest[last].text)


# …（蒙山县政协供稿）, …（据郑州发布）, …（平坝区政协办）: a brief the body that supplied it signs, no one named
_BODY_SIGNED = re.compile(r"(?<=[。！？”])[（(](?:据[\u4e00-\u9fff“”]{2,16}|[\u4e00-\u9fff]{2,16}供稿|"
                       r"[\u4e00-\u9fff]{2,12}(?:政协|政协办|办公室|办公厅))[）)]$")


def _signed(paragraph: str) -> bool:
    """Signed at its end: by people (…（记者 张潇予）) or by the body that supplied it (…（蒙山县政协供稿））."""
    return trailing_signature(paragraph) is not None or _BODY_SIGNED.search(paragraph) is not None


def next_brief_in_column(bd: Builder, roles: list[str], k: int, end: int) -> bool:
    """One short line over text, after two or more briefs under one column label (界别活动: 经济界别… /
    医药卫生界别… / 文化艺术界别…), or after one under a column named for briefs (生活速递, 春城快讯): the next
    brief's headline, printed without a dateline, not a subheading."""
    cur = bd.cur
    if cur is None or end != k + 1 or end >= len(roles) or roles[end] != "para":
        return False
    labelled = [order for order in bd.labels if order <= cur.order]
    if not labelled:
        return False
    column = [a for a in bd.page.articles if a.order >= max(labelled)]
    named = _BRIEFS_COLUMN.search(bd.labels[max(labelled)]) is not None
    return len(column) >= (1 if named else 2) and all(is_brief(a) for a in column)


_BRIEFS_COLUMN = re.compile(r"(?:快讯|简讯|速递|速览|动态|短讯|播报|速读|一览)$")


def is_brief(a: ParsedArticle) -> bool:
    """A dated or signed item of one to three paragraphs: 本报讯（…）…, or …（特约通讯员 吴  静）."""
    signed = bool(a.paragraphs) and _signed(a.paragraphs[-1])
    return bool(a.lead or signed) and not (a.subheadings or a.figures or a.list) and len(a.paragraphs) <= 3


def box_over_dateline(roles: list[str], end: int) -> bool:
    """Headline lines over a box (核心阅读) over the dateline: the box sums up the news under it."""
    if end >= len(roles) or roles[end] not in ("box", "inline_box"):
        return False
    j = end + (2 if roles[end] == "box" else 1)
    while j < len(roles) and roles[j] == "boxmore":
        j += 1
    return j < len(roles) and roles[j] in ("lead", "byline")


def standfirst_ahead(rest: list[Block], roles: list[str], end: int) -> bool:
    """Headline lines, a paragraph, the byline, then the text: the paragraph is the article's stand-first."""
    return end + 2 < len(rest) and roles[end] == "para" and roles[end + 1] == "byline" \
        and roles[end + 2] == "para" and not is_photo_credit(rest[end + 1].text)


def photo_item_ahead(rest: list[Block], roles: list[str], end: int) -> bool:
    """A short headline, one caption paragraph, then a photo credit (`李舸摄`), or a caption with its
    credit on its own line: photo news."""
    if end < len(rest) and roles[end] == "caption" and (captioned(rest[end].text) or (
            end + 1 < len(rest) and roles[end + 1] in ("byline", "source") and rest[end].small)):
        return True
    return end + 1 < len(rest) and roles[end] == "para" and (roles[end + 1] == "source" or (
        roles[end + 1] == "byline" and is_photo_credit(rest[end + 1].text)))
