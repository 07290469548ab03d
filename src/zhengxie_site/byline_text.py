"""How an article's bylines read, once, in each language.

Chinese as the paper printed them: under the headline `本报记者 张潇予/文 通讯员 伏自文/图` (the importer stores
本报记者 as 记者, so the row gives it back its 本报), or inside the lead when the article has one:
`本报讯（通讯员 何建玮 许廉明）`. Other languages as their readers write bylines: `By Zhang Xiaoyu (staff
reporter); photos by Fu Ziwen (correspondent)`, roles made plural where they cover several names.

A line is a list of parts, each text or a person (with the address of their people page, if any), so that
the template links the names without knowing the language's grammar."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable, Union

import inflect

from .model import Byline

# 记者 in a byline row is the paper's own reporter, printed 本报记者; in a lead (本报讯（记者 X）) it is 记者.
ROW_ROLES = {"记者": "本报记者"}
# Credits that say only who wrote it: `By X` rather than `text by X`.
WRITING_CREDITS = (None, "文")

_english = inflect.engine()


@dataclass(frozen=True)
class Person:
    name: str  # as readers of the language write it
    url: str | None


Part = Union[str, Person]


@dataclass(frozen=True)
class Words:
    """What a line needs from the language: its code, terms (roles), interface strings and names."""

    chinese: bool  # zh, zh-Hant …: bylines as printed
    english: bool  # roles made plural by English rules
    term: Callable[[str], str]
    text: Callable[..., str]  # a catalog string, its placeholders filled
    person: Callable[[str], Person]


def byline_row(bylines: Iterable[Byline], words: Words) -> list[Part]:
    """The line under the headline."""
    if words.chinese:
        return _chinese(bylines, words, in_lead=False)
    return _english_row(list(bylines), words)


def lead_credits(bylines: Iterable[Byline], words: Words) -> list[Part]:
    """The brackets after a lead (本报讯), without the brackets: roles before the names they cover."""
    if words.chinese:
        return _chinese(bylines, words, in_lead=True)
    parts: list[Part] = []
    for i, (role, people) in enumerate(_runs(bylines, lambda b: b.role)):
        parts += [words.text("role_separator")] if i else []
        if role:
            parts.append(_role_in_english(role, len(people), words) + " ")
        parts += _names_in_english(people, words)
    return parts


def _chinese(bylines: Iterable[Byline], words: Words, in_lead: bool) -> list[Part]:
    """`本报记者 张潇予/文 通讯员 伏自文/图`; names of one role and credit side by side, as printed."""
    parts: list[Part] = []
    for i, ((role, credit), people) in enumerate(_runs(bylines, lambda b: (b.role, b.credit))):
        parts += [" "] if i else []
        if role:
            parts.append(words.term(role if in_lead else ROW_ROLES.get(role, role)) + " ")
        for j, byline in enumerate(people):
            parts += [" "] if j else []
            parts.append(words.person(byline.name))
        if credit:
            parts.append("/" + words.text("credit_" + credit))
    return parts


def _english_row(bylines: list[Byline], words: Words) -> list[Part]:
    """`By A and B (correspondents); photos by C (staff reporter)`: one clause per credit, in print order."""
    parts: list[Part] = []
    for i, (credit, people) in enumerate(_runs(bylines, lambda b: None if b.credit in WRITING_CREDITS else b.credit)):
        opening = words.text("byline_by") if credit is None else words.text("byline_credit_by",
                                                                                credit=words.text("credit_" + credit))
        parts.append("; " + opening + " " if i else opening[:1].upper() + opening[1:] + " ")
        parts += _listed([_names_in_english(same_role, words)
                          + ([f" ({_role_in_english(ROW_ROLES.get(role, role), len(same_role), words)})"] if role else [])
                          for role, same_role in _runs(people, lambda b: b.role)], words)
    return parts


def _names_in_english(people: list[Byline], words: Words) -> list[Part]:
    """`A`, `A and B`, `A, B and C`."""
    return _listed([[words.person(byline.name)] for byline in people], words)


def _listed(items: list[list[Part]], words: Words) -> list[Part]:
    """Items joined as English lists them: `A`, `A and B`, `A, B and C`."""
    parts: list[Part] = []
    for i, item in enumerate(items):
        if i:
            parts.append(words.text("name_separator") if i == len(items) - 1 else ", ")
        parts += item
    return parts


def _role_in_english(role: str, count: int, words: Words) -> str:
    """The glossary's word for the role, made plural for several people in English (correspondents,
    cameramen); other languages keep the glossary's word."""
    singular = words.term(role)
    if count < 2 or singular == role or not words.english:  # a role the glossary lacks stays as printed
        return singular
    return str(_english.plural_noun(singular))


def _runs(bylines: Iterable[Byline], key) -> list[tuple]:
    """Consecutive bylines that share a key: [(key, [bylines…]), …] in print order."""
    runs: list[tuple] = []
    for byline in bylines:
        k = key(byline)
        if runs and runs[-1][0] == k:
            runs[-1][1].append(byline)
        else:
            runs.append((k, [byline]))
    return runs
