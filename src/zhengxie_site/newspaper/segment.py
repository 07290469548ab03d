"""Split a raw page dump into blocks and decide by shape which blocks are column-break fragments."""
from __future__ import annotations

import re
from dataclasses import dataclass

# sentence-final marks (full-width after normalisation, ASCII kept for safety)
FINAL = "。！？…!?；;"
CLAUSE = "，、,"  # a block ending in one of these is certainly cut mid-sentence (a colon introduces what follows)
SHORT_MAX = 40  # headlines, subheadings, captions, list titles are shorter than this


@dataclass
class Block:
    index: int
    lines: list[str]
    blank_before: int  # blank lines before the block (caption hint: photos leave blank runs)
    size: float = 0.0  # type size, when the page came with one (a PDF's text layer)
    heading: bool = False  # set in type larger than the body text: a kicker, headline or subheadline
    small: bool = False  # set in type smaller than the body text: a caption or a credit

    @property
    def text(self) -> str:
        return "\n".join(self.lines)

    @property
    def single(self) -> bool:
        return len(self.lines) == 1


def split_blocks(text: str) -> list[Block]:
    """Blocks are separated by blank lines; lines inside a block are kept (lists, colophons)."""
    blocks: list[Block] = []
    cur: list[str] = []
    blanks = 0
    pending_blanks = 0
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        line = raw.strip()
        if not line:
            if cur:
                blocks.append(Block(len(blocks), cur, pending_blanks))
                cur = []
                blanks = 0
            blanks += 1
            continue
        if not cur:
            pending_blanks = blanks
        cur.append(line)
    if cur:
        blocks.append(Block(len(blocks), cur, pending_blanks))
    return blocks


def ends_final(s: str) -> bool:
    s = s.rstrip()
    if not s:
        return False
    if s[-1] in FINAL:
        return True
    # a closing quote/bracket ends a sentence only after a final mark: 。” ！」 …）
    return s[-1] in "”’」）)" and len(s) > 1 and s[-2] in FINAL


def has_inner_sentence(s: str) -> bool:
    return any(m in s[:-1] for m in "。！？；")


def is_short(s: str) -> bool:
    """Shape of a headline/subheading/caption line: one line, short, no final mark, no inner sentence."""
    return "\n" not in s and 0 < len(s) <= SHORT_MAX and not ends_final(s) and not has_inner_sentence(s) \
        and s[-1] not in "，、,"


def is_fragment(s: str) -> bool:
    """A paragraph cut by a column break: not sentence-final and not a short headline-like line."""
    if not s or ends_final(s) or "\n" in s or s[-1] in "：:":
        return False
    return s[-1] in CLAUSE or not is_short(s)


VERSE_BREAK = "  \n"  # Markdown's hard line break: a poem's lines stay lines


def is_stanza(b: Block) -> bool:
    """Several short lines in one block, none a sentence's end or a list item: a poem's stanza, one verse
    per line (a dump wraps prose at the column's width, to lines longer than these)."""
    lines = b.lines
    return len(lines) >= 2 and all(0 < len(x) <= 24 and not ends_final(x) and not list_item(x) for x in lines)


def join_fragments(a: str, b: str) -> str:
    # a space only between two Latin/digit characters (English words cut by the break)
    sep = " " if a[-1].isascii() and a[-1].isalnum() and b[0].isascii() and b[0].isalnum() else ""
    return a + sep + b


ORDINALS = "一二三四五六七八九十"  # 一、…二、…: a notice's clauses in a row (over text each, they are headings)
CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳"
BULLETS = "◆◇●•▲■□▶►◎"  # unnumbered items: numbered 1, 2, … by their place
_NUM_ITEM = re.compile(rf"^(\d{{1,3}}(?:[.．](?!\d)|、)|[（(](?:\d{{1,2}}|[{ORDINALS}]{{1,3}})[）)]|——(?=[^\s记访—])|[{CIRCLED}]|[{BULLETS}]|[{ORDINALS}]{{1,3}}、)\s*(\S.*)$")  # 68.3%: no item


# items whose key is part of their text: a day (`28日：全省阴天…`, `31日（端午节）：…`), a measure's ordinal (`一是加强…`), or
# the ordinal of a check to make, with what to check (`一看标识。…`, `二查日期：…`)
_KEYED_ITEM = re.compile(r"^(?:(?:\d{1,2}月)?\d{1,2}日(?:[（(][\u4e00-\u9fff]{2,6}[）)])?[：:]\S|[一二三四五六七八九十]是\S|"
                       r"[一二三四五六七八九十][看查闻摸问比选][\u4e00-\u9fff]{1,8}[。：:])")


def list_item(line: str) -> tuple[str, str] | None:
    """`1.错峰出行` / `①关于…的提案` -> (the number as printed, with its mark; the item). An item keyed by its
    day (`28日：全省阴天…`, a forecast's or a schedule's) or its ordinal word (`一是…`) has no number: the key
    is its text."""
    m = _NUM_ITEM.match(line)
    if m:
        return m.group(1), m.group(2)
    return ("", line) if _KEYED_ITEM.match(line) else None


def item_number(printed: str, place: int = 1) -> int:
    """The number of a printed item number: `1.` -> 1, `②` -> 2, `（3）` -> 3, `（三）` -> 3; a bullet (`◆`) numbers the item by its
    place in the list."""
    if not printed or printed in BULLETS or printed == "——":  # (——加大奖补力度。: a dash before each item)
        return place
    if printed.strip("（()）")[0] in ORDINALS:  # 一、, （一）
        return _ordinal(printed.strip("（()）、")) or place
    if printed in CIRCLED:
        return CIRCLED.index(printed) + 1
    return int(printed.strip("（()）.．、"))  # 1. 1、 （1）


def _ordinal(word: str) -> int:
    """一 -> 1, 十二 -> 12, 二十 -> 20; 0 for what is no ordinal."""
    digits = [ORDINALS.index(c) + 1 for c in word if c in ORDINALS]
    if len(digits) != len(word) or not digits:
        return 0
    if len(digits) == 1:
        return digits[0]
    if digits[0] == 10:
        return 10 + digits[1]
    return digits[0] * 10 + (digits[2] if len(digits) == 3 else 0) if digits[1] == 10 else 0


def is_list_block(b: Block) -> bool:
    """Numbered lines on single newlines; one numbered line is a list only if its number is 1."""
    items = [list_item(x) for x in b.lines]
    if not all(items):
        return False
    if len(items) == 1:
        return False
    return True
