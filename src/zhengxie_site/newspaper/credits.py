"""Bylines and photo credits under an article's text: whose it is, and which photo a credit belongs to."""
from __future__ import annotations

import re

from . import bylines as by
from .bylineforms import parse_byline_line
from .builder import add_people, Builder
from .model import ParsedArticle
from .segment import Block
from .signatures import parse_closing_note
from .structures import credit_photographers


def read_closing_note(bd: Builder, a: ParsedArticle, b: Block) -> None:
    note = parse_closing_note(b.text)
    assert note is not None
    shot = bool(note.people) and all(by.took_picture(p) for p in note.people)
    if shot and not (a.figures and a.figures[-1].get("credit")):  # （记者苏伟 摄） under a caption: its credit
        credit = _unbracketed(bd, b, b.text[1:-1])
        if a.figures:
            a.figures[-1]["credit"] = credit
            credit_photographers(a, note.people)
        else:  # under photo news: the item's printed credit (its caption is made at the end)
            a.photo_credit = a.photo_credit or credit
            add_people(a, note.people)
        a.notes.append(f"photo credit line {b.text} attached to the caption above it")
    else:
        add_people(a, note.people)
        a.notes.append(f"closing note {b.text} read as byline")
        bd.put(b.index, b.text)
    bd.last_para_fragment = False


def note_place_filed(a: ParsedArticle, people: by.Byline) -> None:
    """本报记者王晶晶北京报道, 记者 林若溪 北京报道: the reporter's own dateline; no field holds the place, the
    report names it."""
    if people.place:
        a.reported_from = people.place
        a.notes.append(f"the reporter's dateline names the place filed from ({people.place}); no field holds it")


# 11月18日，在肥乡区…，村医为老人测量血压。: a news photo's caption opens with its day (over a photo credit)
_DATED_CAPTION = re.compile(r"^\d{1,2}月\d{1,2}日[，,][^。]{4,70}。$")
_STANDING_MARK = re.compile(r"[（(](?:[左右][一二三四五六七八九]?|中)[）)]")  # 周立新（左二）在…: who stands where


def read_byline(bd: Builder, a: ParsedArticle, rest: list[Block], roles: list[str], k: int) -> None:
    """A byline line; or a photo credit (`李舸摄`, `受访者供图`) under the caption it belongs to: a short
    caption line, or a paragraph set apart by blank lines (or naming who stands where: （左二）)."""
    b = rest[k]
    parsed = parse_byline_line(b.text, titled=True) if roles[k] == "byline" else None
    if b.text[0] in by.MARKERS and not any(r in (p.get("role") or "") for p in (parsed.people if parsed else [])
                                           for r in ("记者", "通讯员", "实习生")):
        bd.marked.add(a.order)  # □ 特约评论员 王沛 signs an opinion piece; □ 本报记者 黄辉 is the paper's style
    people = parsed.people if parsed else []
    # (特约摄影 龙  帆: a photographer's role, no credit needed)
    shot = parsed is None or any(by.took_picture(p) or (p.get("role") or "").endswith("摄影")
                                 for p in people)
    if parsed and parsed.agency:  # the agency has no field of its own: the printed line keeps it
        a.photo_credit = a.photo_credit or b.text
        a.notes.append(f"photo credit with its agency kept as printed: {b.text}")
    if parsed and parsed.titled:
        a.notes.append(f"the author's posts printed before the name (no field holds them): {parsed.titled}")
    prev = rest[k - 1] if k else None
    # photo news of several photos: each caption set apart over its credit; its text is its captions
    group = bool(a.figures) and not a.lead and not a.subheadings and a.paragraphs[:-1] == [f["caption"] for f in a.figures]
    if shot and prev and roles[k - 1] == "para" and a.body and a.body[-1] == ("p", "".join(prev.lines)) \
            and (len(a.paragraphs) > 1 or bd.photo_section or _under_photo_gap(a, prev)) and (prev.blank_before >= 2 or _STANDING_MARK.search(prev.text)
                                                                  or _DATED_CAPTION.match(prev.text)
                                                                  or bd.photo_section and len(a.paragraphs) == 1):
        if group or bd.photo_section and len(a.paragraphs) == 1:
            a.figures.append({"caption": a.paragraphs[-1]})  # and it stays the text
        else:
            a.body.pop()
            a.figures.append({"caption": a.paragraphs.pop()})
        a.notes.append(f"photo caption guessed (a paragraph over a photo credit): {a.figures[-1]['caption']}")
    if shot and a.figures and "credit" not in a.figures[-1] and roles[k - 1] in ("short", "para", "caption"):
        # the credit printed under a caption belongs to that photo, as printed
        a.figures[-1]["credit"] = _credit_text(bd, b)
        a.notes.append(f"photo credit line {b.text} attached to the caption above it")
        credit_photographers(a, people)
    elif parsed:
        if shot and parsed.people and not a.figures:  # 本报记者 郁钧涛 摄 under photo news: its printed credit
            a.photo_credit = a.photo_credit or b.text
        note_place_filed(a, parsed)
        bd.add_byline(parsed, b.index)
    else:  # a source line with no caption to belong to: kept as the item's photo credit
        a.photo_credit = a.photo_credit or _credit_text(bd, b)
        a.notes.append(f"photo source line kept as the photo's credit: {b.text}")
    bd.last_para_fragment = False


def _credit_text(bd: Builder, b: Block) -> str:
    """A credit line as printed, but a source in brackets on its own line (（…供图）) without them."""
    source = by.photo_source(b.text)
    if source is None or source == b.text:
        bd.put(b.index, b.text)
        return b.text
    return _unbracketed(bd, b, source)


def _unbracketed(bd: Builder, b: Block, inside: str) -> str:
    """A credit printed in brackets on its own line, kept without them (named in the report)."""
    bd.put(b.index, b.text[0], "report")
    bd.put(b.index, inside)
    bd.put(b.index, b.text[-1], "report")
    return inside.strip()


def _under_photo_gap(a: ParsedArticle, caption: Block) -> bool:
    """An item's one paragraph set under the blank run a photo leaves, over a credit: the photo's caption,
    whatever column it stands in (its credit names a unit: 市政协办公室　供图)."""
    return a.lead is None and caption.blank_before >= 3 and a.paragraphs == ["".join(caption.lines)]
