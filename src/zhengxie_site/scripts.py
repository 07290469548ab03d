"""Chinese in another script: a language made from the archive's simplified Chinese by OpenCC (BYVoid's
conversion tables), for readers in Hong Kong, Taiwan and abroad. Whole pages are converted once rendered,
so every word on them (text, names, sections, interface strings, dates) reads in the one script."""
from __future__ import annotations

import functools
import re
from collections.abc import Callable

from babel import Locale, UnknownLocaleError

_TRADITIONAL_TERRITORIES = ("TW", "HK", "MO")


def script_of(locale: str) -> str | None:
    """The script a locale writes Chinese in: zh-Hant and zh-TW are Hant, zh-Hans and zh are Hans."""
    try:
        parsed = Locale.parse(locale.replace("-", "_"))
    except (ValueError, UnknownLocaleError):
        return None
    if parsed.language != "zh":
        return None
    return parsed.script or ("Hant" if parsed.territory in _TRADITIONAL_TERRITORIES else "Hans")


def page_converter(locale: str, keep: str) -> Callable[[str], str]:
    """Rendered pages into the locale's script, but for what they mark as written in `keep` (the source's
    locale: the language switch's 中文, a section of the 404 page in simplified characters)."""
    convert = converter(locale)
    marked = re.compile(rf'<(\w+)\b[^>]*\blang="{re.escape(keep)}"[^>]*>.*?</\1>', re.S)

    def convert_page(html: str) -> str:
        out, at = [], 0
        for m in marked.finditer(html):
            out += [convert(html[at:m.start()]), m.group()]
            at = m.end()
        return "".join(out) + convert(html[at:])
    return convert_page


@functools.cache
def converter(locale: str) -> Callable[[str], str]:
    """Simplified to traditional Chinese as the locale's readers write it: Taiwan's words (zh-TW, s2twp:
    软件 is 軟體), Hong Kong's characters (zh-HK, s2hk), else the characters most readers of traditional
    script use, with the text's own words (zh-Hant, s2tw: 均為, 裡面; OpenCC's s2t would print 均爲, 裏面)."""
    import opencc

    territory = Locale.parse(locale.replace("-", "_")).territory
    table = {"TW": "s2twp", "HK": "s2hk", "MO": "s2hk"}.get(territory or "", "s2tw")
    return opencc.OpenCC(f"{table}.json").convert
