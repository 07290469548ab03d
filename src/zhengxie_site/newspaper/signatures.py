"""What people sign at the end of a text: a closing note on a line of its own (（本报记者 李 娜 整理）) and a
signature run into a brief's last paragraph (…通报。（记者 张潇予））."""
from __future__ import annotations

import re

from .bylineforms import noted_byline
from .bylines import Byline, NOTE_WORDS, parse_byline, UNIT
from .names import looks_like_name
from .punctuation import is_cjk


def parse_closing_note(text: str) -> Byline | None:
    """`（本报记者 李 娜 整理）` at the end of an article: the people who put it together."""
    s = text.strip()
    if len(s) < 4 or s[0] not in "（(" or s[-1] not in "）)":
        return None
    inner = s[1:-1].strip()
    word = next((w for w in NOTE_WORDS if inner.endswith(w)), None)
    # （宁  轩）: a commentary signed with a pen name, printed padded as names are: no role, still a byline;
    # so is one name alone on its line (（钟一鸣）), a commentator's signature
    if parsed := noted_byline(inner, require_role=word is None):
        return parsed
    if word:
        return None
    return _names_alone(inner) or (parse_byline(inner, require_role=False) if looks_like_name(inner) else None)


_TRAILING = re.compile(r"[（(](?P<inner>[^（）()]{2,30})[）)]$")


# 渝纪宣, 苏民宣, 粤协宣: the pen name an office's publicity desk signs with (place, office, 宣)
_OFFICE_PEN_NAME = re.compile(r"^[\u4e00-\u9fff]{2,3}宣$")


def _names_alone(inner: str) -> Byline | None:
    """Two or more names (or one padded name) and nothing else: a signature, though no role is printed."""
    tokens = inner.replace("、", " ").split()
    padded = any(len(t) == 1 for t in tokens)
    if not (len(tokens) >= 2 or padded) or not all(is_cjk(c) for t in tokens for c in t):
        return None
    parsed = parse_byline(inner, require_role=False, among_names=any(looks_like_name(t) for t in tokens))
    return parsed if parsed and (len(parsed.people) >= 2 or padded) else None


class Signature(Byline):
    text: str = ""


def trailing_signature(paragraph: str) -> Signature | None:
    """`…通报。（记者 张潇予）`: a brief signed at its end. Needs a role, so `（下转第二版）` is not one."""
    m = _TRAILING.search(paragraph)
    if not m or m.start() == 0:
        return None
    inner = m.group("inner").strip()
    parsed = noted_byline(inner, require_role=True)
    if not parsed or not (all(p.get("role") for p in parsed.people) or UNIT.match(inner)):
        parsed = _names_alone(inner)  # （张  帆 谢玉兰）: reporters who sign with their names only
    if not parsed and paragraph[m.start() - 1] in "。！？”" and (looks_like_name(inner) or _OFFICE_PEN_NAME.match(inner)):
        parsed = parse_byline(inner, require_role=False)  # …结果。（王皓）: one reporter, the name alone (or 渝纪宣)
    if not parsed:
        return None
    signature = Signature()
    signature.people, signature.out, signature.dropped = parsed.people, parsed.out, parsed.dropped
    signature.text = m.group()
    return signature
