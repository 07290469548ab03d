"""Languages: interface strings from catalog files, a glossary for terms, dates and names per language.

Catalogs are plain YAML files, `i18n/<code>.yaml` (key: text with {placeholders}), because editors edit
them like content and `check` can compare keys across languages; Babel (CLDR data) formats dates and
numbers so a new language needs no code. The glossary `i18n/glossary.yaml` translates content terms
(sections, tags, paper and page names, roles): `term: {en: …}`.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field
from pathlib import Path

from babel import Locale
from babel.dates import format_skeleton, get_day_names
from babel.numbers import format_decimal
from pypinyin import Style, lazy_pinyin

from .dates import PubDate
from .errors import SourceError, SourceErrors
from .frontmatter import decode, parse_yaml
from .theme import catalog_files

I18N_DIR = "i18n"
GLOSSARY = "glossary.yaml"
# Surnames of two characters, and surnames read differently from the same character elsewhere.
_COMPOUND_SURNAMES = {"欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "司徒", "夏侯", "端木", "长孙"}
_SURNAME_READINGS = {"单": "shan", "曾": "zeng", "解": "xie", "区": "ou", "仇": "qiu", "朴": "piao", "查": "zha",
                     "盖": "ge", "覃": "qin", "尉": "yu", "乐": "yue", "华": "hua", "任": "ren", "缪": "miao", "翟": "zhai"}


@dataclass
class Catalogs:
    # language code -> key -> text, or plural forms {one: …, other: …} chosen by CLDR rules for {n}
    strings: dict[str, dict[str, str | dict[str, str]]]
    glossary: dict[str, dict[str, str]] = field(default_factory=dict)  # term -> language code -> text
    locales: dict[str, str] = field(default_factory=dict)  # language code -> locale, for plural rules

    def text(self, lang: str, key: str, **values) -> str:
        try:
            template = self.strings[lang][key]
        except KeyError:
            raise KeyError(f"interface string {key!r} is missing from {I18N_DIR}/{lang}.yaml") from None
        if isinstance(template, dict):
            form = babel_locale(self.locales.get(lang, lang)).plural_form(values.get("n", 0))
            template = template.get(form, template["other"])
        return template.format(**values) if values else template

    def term(self, lang: str, term: str) -> str:
        """A content term in the language, or the term as written when the glossary lacks it."""
        return self.glossary.get(term, {}).get(lang, term)

    def missing_keys(self) -> list[SourceError]:
        """Keys some catalog has and another lacks."""
        every = set().union(*(set(s) for s in self.strings.values()))
        errors = []
        for lang, strings in sorted(self.strings.items()):
            for key in sorted(every - set(strings)):
                errors.append(SourceError(f"{I18N_DIR}/{lang}.yaml", 1, 1, key, "missing in this language"))
        return errors


def load_catalogs(root: Path, locales: dict[str, str], required: dict[str, str] | None = None) -> Catalogs:
    """String catalogs and glossary for the languages {code: locale}; every problem reported at once.
    `required`: keys the settings call for (a kind or credit the site adds), each with why."""
    errors: list[SourceError] = []
    strings = {}
    for code in locales:
        files = catalog_files(root, code)  # the theme's, then the site's: its keys win, one by one
        if not files:
            errors.append(SourceError(f"{I18N_DIR}/{code}.yaml", 1, 1, "catalog",
                                      f"no string catalog for language {code!r}; write {I18N_DIR}/{code}.yaml"))
            continue
        merged: dict = {}
        for shown, path in files:
            try:
                data, _ = parse_yaml(shown, decode(shown, path.read_bytes()))
            except SourceErrors as exc:
                errors.extend(exc.errors)
                continue
            merged.update({str(k): _string_or_plurals(v) for k, v in (data or {}).items()})
        strings[code] = merged
    glossary: dict[str, dict[str, str]] = {}
    path = root / I18N_DIR / GLOSSARY
    if path.is_file():
        shown = f"{I18N_DIR}/{GLOSSARY}"
        try:
            data, _ = parse_yaml(shown, decode(shown, path.read_bytes()))
            glossary = {str(term): {str(k): str(v) for k, v in (tr or {}).items()} for term, tr in (data or {}).items()}
        except SourceErrors as exc:
            errors.extend(exc.errors)
    if errors:
        raise SourceErrors(errors)
    catalogs = Catalogs(strings, glossary, dict(locales))
    missing = catalogs.missing_keys()
    for key, why in (required or {}).items():
        if not any(key in s for s in strings.values()):  # else missing_keys() names the catalogs that lack it
            missing += [SourceError(f"{I18N_DIR}/{code}.yaml", 1, 1, key, f"missing: {why}") for code in sorted(strings)]
    if missing:
        raise SourceErrors(missing)
    return catalogs


def _string_or_plurals(value) -> str | dict[str, str]:
    if isinstance(value, dict):
        forms = {str(k): str(v) for k, v in value.items()}
        return forms if "other" in forms else str(value)
    return str(value)


@functools.lru_cache(maxsize=None)
def babel_locale(locale: str) -> Locale:
    return Locale.parse(locale.replace("-", "_"))


_SKELETONS = {"year": "y", "month": "yMMMM", "day": "yMMMMd"}


@functools.lru_cache(maxsize=4096)  # CLDR formatting is slow and archives repeat the same dates
def format_date(value: PubDate, locale: str) -> str:
    """A date in the language's form and at the precision known: 2022年3月 / March 2022."""
    moment = value.first_moment()
    return format_skeleton(_SKELETONS[value.precision], moment, locale=babel_locale(locale))


@functools.lru_cache(maxsize=None)
def weekday_names(locale: str) -> tuple[tuple[str, str], ...]:
    """(short, full) weekday names, Monday first, in the locale's words."""
    short = get_day_names("abbreviated", locale=babel_locale(locale))
    full = get_day_names("wide", locale=babel_locale(locale))
    return tuple((short[i], full[i]) for i in range(7))


def format_number(value: int, locale: str) -> str:
    return format_decimal(value, locale=babel_locale(locale))


def name_in_pinyin(name: str) -> str:
    """张潇予 -> Zhang Xiaoyu: surname first, given name as one word, as Chinese names are romanised."""
    if not any("\u4e00" <= ch <= "\u9fff" for ch in name):
        return name
    split = 2 if name[:2] in _COMPOUND_SURNAMES and len(name) > 2 else 1
    surname, given = name[:split], name[split:]
    family = _SURNAME_READINGS.get(surname) or "".join(lazy_pinyin(surname, style=Style.NORMAL)).replace("v", "ü")
    given_name = "".join(lazy_pinyin(given, style=Style.NORMAL)).replace("v", "ü")
    return " ".join(part.capitalize() for part in (family, given_name) if part)


def romanised_name(name: str, term) -> str:
    """A person's name for readers of another language: the glossary's form, else pinyin."""
    written = term(name)
    return written if written != name else name_in_pinyin(name)
