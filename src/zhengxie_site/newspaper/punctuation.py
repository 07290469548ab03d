"""ASCII punctuation inside Chinese text -> full-width; stray Latin word detection."""
from __future__ import annotations

import re

from ..frontmatter import CONTROL  # in a page dump, extraction noise: what a site refuses

_FULL = {",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "?": "？", "!": "！"}


def strip_controls(text: str) -> tuple[str, list[str]]:
    """The text without control characters, and those taken out (as U+XXXX, in order)."""
    removed = [f"U+{ord(m[0]):04X}" for m in CONTROL.finditer(text)]
    return (CONTROL.sub("", text) if removed else text), removed


def is_cjk(ch: str) -> bool:
    o = ord(ch)
    return 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF


def is_cjk_or_mark(ch: str) -> bool:
    # full-width marks and CJK quotes count as Chinese context too
    return is_cjk(ch) or ch in "，。、；：？！“”‘’（）《》【】—…·" or 0xFF00 <= ord(ch) <= 0xFFEF


def _neighbour(s: str, i: int, step: int) -> str:
    """Nearest non-space character from position i in direction step ('' at the edge)."""
    j = i + step
    while 0 <= j < len(s) and s[j] in " \t":
        j += step
    return s[j] if 0 <= j < len(s) else ""


def normalise(text: str) -> tuple[str, int]:
    """Replace ASCII , : ; ( ) ? ! next to CJK text by full-width forms.

    Digits/Latin on both sides (100%, 2+4, 3.5, 10:30, English) are left alone: only a mark with
    Chinese on at least one side is Chinese punctuation. Returns the text and the count replaced.
    """
    out: list[str] = []
    count = 0
    for line in text.split("\n"):
        chars = list(line)
        for i, ch in enumerate(chars):
            if ch not in _FULL:
                continue
            left, right = _neighbour(line, i, -1), _neighbour(line, i, 1)
            if ch == ":" and left.isdigit() and right.isdigit():
                continue  # a time such as 10:30
            if ch == "," and left.isdigit() and right.isdigit() and i + 1 < len(line) and line[i + 1].isdigit():
                continue  # a thousands separator such as 1,200
            if (left and is_cjk_or_mark(left)) or (right and is_cjk_or_mark(right)):
                chars[i] = _FULL[ch]
                count += 1
        out.append("".join(chars))
    return "\n".join(out), count


_LATIN = re.compile(r"[A-Za-z]+")


def stray_latin(text: str) -> list[str]:
    """Latin words sitting between Chinese characters (extraction noise such as `防控 and 强边`).

    Upper-case acronyms (GDP, APP, 5G) are ordinary in Chinese news and are not flagged.
    """
    found = []
    for m in _LATIN.finditer(text):
        word = m.group()
        if word.isupper() or not word.islower():
            continue
        left, right = _neighbour(text, m.start(), -1), _neighbour(text, m.end() - 1, 1)
        if left and right and is_cjk_or_mark(left) and is_cjk_or_mark(right):
            found.append(word)
    return found
