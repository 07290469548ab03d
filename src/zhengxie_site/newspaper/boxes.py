"""Boxes: a label over its text, a label run into it, a stand-first or a summary, and where each belongs."""
from __future__ import annotations

import re

from .builder import Builder
from .lookahead import article_ahead
from .segment import Block
from .structures import add_box, add_signoff, Box, box_label, labelled_box, SIDEBAR_LABELS


def read_box(bd: Builder, rest: list[Block], roles: list[str], k: int) -> int:
    """A box at rest[k] (label over its text, label and text in one block, or a stand-first) with the
    editor's signature under it. Above a headline that starts an article (an editor's note printed over
    the piece it introduces, often at the top of a page) it belongs to that article. Returns the next k."""
    b = rest[k]
    box: Box | None
    if roles[k] == "box":
        end = _boxmore_end(roles, k + 2)
        found = box_label(b.text)
        assert found is not None  # the role box means it is a label
        label, mark = found
        box, k = Box(label, b.index, tuple((x.index, "".join(x.lines)) for x in rest[k + 1:end]),
                     (mark,) if mark else ()), end
    elif roles[k] == "inline_box":
        box, k = labelled_box(b), k + 1
    elif roles[k] == "summary":  # ● points summing up the report, no label
        end = _boxmore_end(roles, k + 1)
        box, k = Box(None, b.index, tuple((x.index, "".join(x.lines)) for x in rest[k:end])), end
    else:
        box, k = Box(None, b.index, ((b.index, "".join(b.lines)),)), k + 1
    assert box is not None
    signature = rest[k] if k < len(rest) and roles[k] == "signoff" else None
    k += signature is not None
    # 数据 or 链接 after an article's text closes that article, though a headline follows it; so does a tip or a
    # professional's word on it (【出行提示】…, 仲裁员说法), but not its summary (核心提示, printed over the text)
    closing = box.label in (*SIDEBAR_LABELS, "数据") or bool(box.label and _ADVICE.search(box.label)
                                                              and not box.label.startswith("核心"))
    closes = closing and bd.cur is not None and bool(bd.cur.paragraphs)
    if box.label and not closes and (bd.cur is None or bd.pending_label is not None or article_ahead(rest, roles, k)):
        bd.pending_boxes.append((box, signature))
        return k
    add_box(bd, box)
    if signature:
        add_signoff(bd, bd.ensure(), signature)
    return k


def _boxmore_end(roles: list[str], k: int) -> int:
    """Where a box's text that goes on from block k ends."""
    while k < len(roles) and roles[k] == "boxmore":
        k += 1
    return k


_ADVICE = re.compile(r"(?:提示|提醒|贴士|说法|点评)$")  # what the reader should do or know after the news
