"""Check an article's front matter field by field and turn it into an Article.

Every problem becomes a SourceError at the value's line and column; all are collected. The keys an
article may have are declared in fields.py; an unknown one is an error naming the closest known key.
"""
from __future__ import annotations

import re
import sys
from typing import Any

from .dates import PubDate, parse_date
from .errors import SourceError
from .fields import DEFAULT_CREDITS, FRONT_MATTER, names, unknown_key
from .frontmatter import Document
from .markup import CJK
from .model import KINDS, Article, Byline, Correction, EditionRef, Figure, Retraction
from .slugs import check_slug, make_slug

MAX_BODY_BYTES = 2 * 1024 * 1024
KNOWN_FIELDS = names(FRONT_MATTER)
KEPT_AS_WRITTEN = ("import_notes",)  # read by review.py, not modelled


class _Checker:
    """Reads typed values out of a Document, recording an error for each bad one."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.errors: list[SourceError] = []

    def fail(self, key: tuple, message: str) -> None:
        self.errors.append(self.doc.error(key, message))

    def text(self, mapping: dict, key: tuple, required: bool = False) -> str | None:
        value = mapping.get(key[-1])
        if value is None or value == "":
            if required:
                self.fail(key, "required, and must not be empty" if key[-1] in mapping else "required field is missing")
            return None
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            self.fail(key, f"expected text, got {_type_name(value)}")
            return None
        return str(value).strip()

    def integer(self, mapping: dict, key: tuple, minimum: int = 1) -> int | None:
        value = mapping.get(key[-1])
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(key, f"expected a whole number, got {_type_name(value)}")
            return None
        if value < minimum:
            self.fail(key, f"must be {minimum} or more")
            return None
        return value

    def boolean(self, mapping: dict, key: tuple) -> bool:
        value = mapping.get(key[-1], False)
        if not isinstance(value, bool):
            self.fail(key, f"expected true or false, got {_type_name(value)}")
            return False
        return value

    def date(self, mapping: dict, key: tuple, required: bool = False) -> PubDate | None:
        value = self.text(mapping, key, required)
        if value is None:
            return None
        try:
            return parse_date(value)
        except ValueError as exc:
            self.fail(key, str(exc))
            return None

    def items(self, mapping: dict, key: tuple) -> list[tuple[tuple, Any]]:
        value = mapping.get(key[-1])
        if value is None:
            return []
        if not isinstance(value, list):
            self.fail(key, f"expected a list, e.g. [{value}]" if isinstance(value, str) else f"expected a list, got {_type_name(value)}")
            return []
        return [(key + (i,), item) for i, item in enumerate(value)]

    def record(self, key: tuple, value: Any, allowed: set[str]) -> dict | None:
        if not isinstance(value, dict):
            self.fail(key, f"expected a mapping with keys {', '.join(sorted(allowed))}, got {_type_name(value)}")
            return None
        for unknown in sorted(set(value) - allowed):
            self.fail(key + (unknown,), f"unknown key; expected one of {', '.join(sorted(allowed))}")
        return value


def article_from_document(
    doc: Document, *, lang: str, languages: tuple[str, ...], roles: tuple[str, ...], page_key: str | None,
    stem: str = "", kinds: tuple[str, ...] = KINDS, credits: tuple[str, ...] = DEFAULT_CREDITS
) -> tuple[Article | None, list[SourceError]]:
    """Validate a parsed file; return the Article (None if any error) and every error found."""
    c = _Checker(doc)
    m = doc.meta
    for key in sorted(set(m) - KNOWN_FIELDS, key=str):
        c.fail((key,), unknown_key(str(key), FRONT_MATTER, "field"))
    title = c.text(m, ("title",), required=True)
    kind = c.text(m, ("kind",)) or "brief"
    if kind not in kinds:
        c.fail(("kind",), f"unknown kind {kind!r}; add it under kinds in site.yaml or use one of {', '.join(kinds)}")
    written_lang = c.text(m, ("lang",))
    if written_lang and written_lang not in languages:
        c.fail(("lang",), f"unknown language {written_lang!r}; configured: {', '.join(languages)}")
    elif written_lang and written_lang != lang:
        c.fail(("lang",), f"says {written_lang!r} but the file name says {lang!r}")
    slug = c.text(m, ("slug",))
    if slug and (problem := check_slug(slug)):
        c.fail(("slug",), problem)
    if len(doc.body.encode("utf-8")) > MAX_BODY_BYTES:
        c.errors.append(SourceError(doc.path, doc.body_line, 1, "body", f"larger than {MAX_BODY_BYTES // 1024 // 1024} MB; split the article"))

    article = Article(
        source=doc.path,
        title=title or "",
        body=doc.body,
        body_line=doc.body_line,
        lang=lang,
        slug=slug or make_slug(title or doc.path),
        kicker=c.text(m, ("kicker",)),
        subtitle=c.text(m, ("subtitle",)),
        kind=kind,
        section=c.text(m, ("section",)),
        date=c.date(m, ("date",)),
        edition=_edition(c, m),
        order=c.integer(m, ("order",)),
        bylines=tuple(_bylines(c, m, roles, credits)),
        lead=c.text(m, ("lead",)),
        figures=tuple(_figures(c, m)),
        regions=tuple(_regions(c, m)),
        aliases=tuple(_aliases(c, m)),
        tags=tuple(_strings(c, m, ("tags",))),
        translation_key=c.text(m, ("translation_key",)),
        corrections=tuple(_corrections(c, m)),
        retraction=_retraction(c, m),
        draft=c.boolean(m, ("draft",)),
        summary=c.text(m, ("summary",)),
        dataset=c.text(m, ("dataset",)),
        translation=_translation(c, m),
        extra={k: m[k] for k in KEPT_AS_WRITTEN if k in m},
        page_key=page_key,
        stem=stem,
        slug_given=bool(slug),
        lines=tuple(part for key, pos in doc.positions.items() if len(key) == 1
                    for part in (sys.intern(key[0]), *pos)),
    )
    return (None if c.errors else article), c.errors


def _edition(c: _Checker, m: dict) -> EditionRef | None:
    value = m.get("edition")
    if value is None:
        return None
    record = c.record(("edition",), value, {"paper", "date", "page", "page_name"})
    if record is None:
        return None
    key = ("edition",)
    date = c.date(record, key + ("date",))
    return EditionRef(c.text(record, key + ("paper",)), date.iso() if date else None,
                      c.integer(record, key + ("page",)), c.text(record, key + ("page_name",)))


def _bylines(c: _Checker, m: dict, roles: tuple[str, ...], credits: tuple[str, ...]):
    for key, item in c.items(m, ("bylines",)):
        record = c.record(key, item, {"name", "role", "credit"})
        if record is None:
            continue
        # a role only where one is printed: 张三、李四 in a dateline, 李舸摄 under a photo have none
        name, role = c.text(record, key + ("name",), True), c.text(record, key + ("role",))
        credit = c.text(record, key + ("credit",))
        if role and role not in roles:
            c.fail(key + ("role",), f"unknown role {role!r}; add it under roles in site.yaml or use one of {', '.join(roles)}")
        if credit and credit not in credits:
            c.fail(key + ("credit",), f"unknown credit {credit!r}; add it under credits in site.yaml or use one of "
                                      f"{', '.join(credits)}")
        if name:
            yield Byline(_person_name(name), role, credit)


def _figures(c: _Checker, m: dict):
    for key, item in c.items(m, ("figures",)):
        record = c.record(key, item, {"caption", "image", "credit", "alt"})
        if record is None:
            continue
        caption = c.text(record, key + ("caption",), True)
        image = c.text(record, key + ("image",))
        if image and (image.startswith(("/", "\\")) or ".." in image.replace("\\", "/").split("/") or ":" in image):
            c.fail(key + ("image",), "must be a path relative to static/, without '..'")
        if caption:
            yield Figure(caption, image, c.text(record, key + ("credit",)))


def _aliases(c: _Checker, m: dict):
    """Slugs the article was published under before: each keeps its URL alive as a redirect."""
    for key, item in c.items(m, ("aliases",)):
        text = str(item).strip() if isinstance(item, (str, int)) and not isinstance(item, bool) else ""
        if problem := (check_slug(text) if text else "expected an earlier slug, e.g. tui-dong-yun-nan"):
            c.fail(key, problem)
        else:
            yield text


def _regions(c: _Checker, m: dict):
    """Where the article stands on its printed page: [x, y, width, height] as fractions of the page's width
    and height from its top-left corner (as `import` writes them from a PDF, or as drawn by hand)."""
    for key, item in c.items(m, ("regions",)):
        # front matter reads decimals as text (its schema has whole numbers only): 0.25 arrives as "0.25"
        read = [_decimal(v) for v in item] if isinstance(item, list) and len(item) == 4 else []
        numbers = [n for n in read if n is not None]
        if len(numbers) != 4:
            c.fail(key, "expected [x, y, width, height]: four numbers from 0 to 1 (fractions of the page)")
            continue
        x, y, w, h = numbers
        if min(x, y) < 0 or w <= 0 or h <= 0 or x + w > 1.0001 or y + h > 1.0001:
            c.fail(key, "must lie on the page: x and y from 0, width and height above 0, x + width and "
                        "y + height at most 1")
            continue
        yield (x, y, w, h)


_DECIMAL = re.compile(r"^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$")


def _decimal(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    return float(value) if isinstance(value, str) and _DECIMAL.match(value) else None


def _corrections(c: _Checker, m: dict):
    for key, item in c.items(m, ("corrections",)):
        record = c.record(key, item, {"date", "note"})
        if record is None:
            continue
        date, note = c.date(record, key + ("date",), True), c.text(record, key + ("note",), True)
        if date and note:
            yield Correction(date, note)


def _retraction(c: _Checker, m: dict) -> Retraction | None:
    value = m.get("retraction")
    if value is None:
        return None
    key = ("retraction",)
    record = c.record(key, value, {"date", "note", "withdrawn"})
    if record is None:
        return None
    date, note = c.date(record, key + ("date",), True), c.text(record, key + ("note",), True)
    withdrawn = c.boolean(record, key + ("withdrawn",))
    return Retraction(date, note, withdrawn) if date and note else None


def _strings(c: _Checker, m: dict, key: tuple):
    for item_key, item in c.items(m, key):
        if isinstance(item, bool) or not isinstance(item, (str, int)) or not str(item).strip():
            c.fail(item_key, f"expected non-empty text, got {_type_name(item)}")
        else:
            yield str(item).strip()


def _translation(c: _Checker, m: dict) -> dict | None:
    value = m.get("translation")
    if value is None:
        return None
    record = c.record(("translation",), value, {"of", "translator", "note", "date"})
    if record is None:
        return None
    for name in sorted(record):
        c.text(record, ("translation", name), required=name == "of")
    return {k: str(v) for k, v in record.items() if v is not None}


def _person_name(name: str) -> str:
    """`王  沛` (padded for print alignment) is 王沛; `Zhang  Xiaoyu` is Zhang Xiaoyu."""
    return _PADDING.sub("", " ".join(name.split()))


_PADDING = re.compile(rf"(?<=[{CJK}]) (?=[{CJK}])")


def _type_name(value: Any) -> str:
    names: dict[type, str] = {list: "a list", dict: "a mapping", bool: "true/false", int: "a number", str: "text"}
    return "nothing" if value is None else names.get(type(value), type(value).__name__)


