"""Languages: interface strings from catalog files, a glossary for terms, dates and names per language.

Catalogs are plain YAML files, `i18n/<code>.yaml` (key: text with {placeholders}), because editors edit
them like content and `check` can compare keys across languages; Babel (CLDR data) formats dates and
numbers so a new language needs no code. The glossary `i18n/glossary.yaml` translates content terms
(sections, tags, paper and page names, roles): `term: {en: …}`.
"""
from __future__ import annotations

import functools
import re
import string
from dataclasses import dataclass, field
from pathlib import Path

from babel import Locale
from babel.dates import format_skeleton, get_day_names
from babel.numbers import format_decimal
from pypinyin import Style, lazy_pinyin

from .dates import PubDate
from .errors import SourceError, SourceErrors
from .frontmatter import decode, parse_yaml
from .scripts import converter
from .theme import catalog_files

I18N_DIR = "i18n"
GLOSSARY = "glossary.yaml"
# Surnames of two characters, and surnames read differently from the same character elsewhere.
COMPOUND_SURNAMES = {"欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "司徒", "夏侯", "端木", "长孙"}
_SURNAME_READINGS = {"单": "shan", "曾": "zeng", "解": "xie", "区": "ou", "仇": "qiu", "朴": "piao", "查": "zha",
                     "盖": "ge", "覃": "qin", "尉": "yu", "乐": "yue", "华": "hua", "任": "ren", "缪": "miao", "翟": "zhai"}


@dataclass
class Catalogs:
    # language code -> key -> text, or plural forms {one: …, other: …} chosen by CLDR rules for {n}
    strings: dict[str, dict[str, str | dict[str, str]]]
    glossary: dict[str, dict[str, str]] = field(default_factory=dict)  # term -> language code -> text
    locales: dict[str, str] = field(default_factory=dict)  # language code -> locale, for plural rules
    sources: dict[str, str] = field(default_factory=dict)  # a language made from another -> that language

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
        """A content term in the language, or the term as written when the glossary lacks it (a language
        made from another takes that one's: its pages are converted whole)."""
        terms = self.glossary.get(term, {})
        return terms.get(lang) or terms.get(self.sources.get(lang, ""), term)

    def missing_keys(self) -> list[SourceError]:
        """Keys some catalog has and another lacks."""
        every = set().union(*(set(s) for s in self.strings.values()))
        errors = []
        for lang, strings in sorted(self.strings.items()):
            for key in sorted(every - set(strings)):
                errors.append(SourceError(f"{I18N_DIR}/{lang}.yaml", 1, 1, key, "missing in this language"))
        return errors


def load_catalogs(root: Path, locales: dict[str, str], required: dict[str, str] | None = None,
                  sources: dict[str, str] | None = None) -> Catalogs:
    """String catalogs and glossary for the languages {code: locale}; every problem reported at once.
    `required`: keys the settings call for (a kind or credit the site adds), each with why. A language made
    from another ({code: source code} in `sources`) reads that one's catalog unless it has its own."""
    errors: list[SourceError] = []
    strings = {}
    sources = sources or {}
    for code in locales:
        files = catalog_files(root, code)  # the theme's, then the site's: its keys win, one by one
        if not files and code in sources:
            continue  # its source's, below
        if not files:
            errors.append(SourceError(f"{I18N_DIR}/{code}.yaml", 1, 1, "catalog",
                                      f"no string catalog for language {code!r}; write {I18N_DIR}/{code}.yaml"))
            continue
        merged: dict = {}
        for shown, path in files:
            merged.update(_read_catalog(shown, path, errors))
        strings[code] = merged
    glossary = _read_glossary(root / I18N_DIR / GLOSSARY, errors)
    if errors:
        raise SourceErrors(errors)
    for code, source in sources.items():  # its source's strings in its script (also where another page names it)
        if code not in strings:
            strings[code] = _converted(strings.get(source, {}), converter(locales[code]))
    catalogs = Catalogs(strings, glossary, dict(locales), dict(sources))
    missing = catalogs.missing_keys()
    for key, why in (required or {}).items():
        if not any(key in s for s in strings.values()):  # else missing_keys() names the catalogs that lack it
            missing += [SourceError(f"{I18N_DIR}/{code}.yaml", 1, 1, key, f"missing: {why}") for code in sorted(strings)]
    if missing:
        raise SourceErrors(missing)
    return catalogs


def _converted(strings: dict[str, str | dict[str, str]], convert) -> dict[str, str | dict[str, str]]:
    return {key: {form: convert(text) for form, text in value.items()} if isinstance(value, dict) else convert(value)
            for key, value in strings.items()}


def _read_yaml_mapping(shown: str, path: Path, errors: list[SourceError], what: str) -> tuple[dict, dict]:
    try:
        data, positions = parse_yaml(shown, decode(shown, path.read_bytes()))
    except SourceErrors as exc:
        errors.extend(exc.errors)
        return {}, {}
    if data is not None and not isinstance(data, dict):
        errors.append(SourceError(shown, 1, 1, "catalog", f"must be a mapping of {what}"))
        return {}, {}
    return data or {}, positions


def _read_catalog(shown: str, path: Path, errors: list[SourceError]) -> dict[str, str | dict[str, str]]:
    """key: text, or key: {one: …, other: …}; each text's placeholders plain names ({n}, {date})."""
    data, positions = _read_yaml_mapping(shown, path, errors, "key: text")
    strings: dict[str, str | dict[str, str]] = {}
    for key, value in data.items():
        line, col = positions.get((key,), (1, 1))
        if isinstance(value, dict):
            if "other" not in value or not all(isinstance(v, (str, int)) for v in value.values()):
                errors.append(SourceError(shown, line, col, str(key), "plural forms need text for `other` (and one, few … as the language has)"))
                continue
            forms = {str(k): str(v) for k, v in value.items()}
        elif isinstance(value, (str, int)) and not isinstance(value, bool):
            forms = {"other": str(value)}
        else:
            errors.append(SourceError(shown, line, col, str(key), "expected text (or plural forms)"))
            continue
        if problem := next(filter(None, map(_placeholder_problem, forms.values())), None):
            errors.append(SourceError(shown, line, col, str(key), problem))
            continue
        strings[str(key)] = forms if isinstance(value, dict) else forms["other"]
    return strings


_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


def _placeholder_problem(text: str) -> str | None:
    """Only plain named placeholders: `{paper.__class__}` would print the program's insides on every page."""
    try:
        fields = [(name, spec, conversion) for _, name, spec, conversion in string.Formatter().parse(text) if name is not None]
    except ValueError as exc:
        return f"broken placeholder ({exc}); write {{name}}, and {{{{ }}}} for a brace itself"
    for name, spec, conversion in fields:
        if not _NAME.match(name) or spec or conversion:
            return f"placeholder {{{name}{'!' + conversion if conversion else ''}{':' + spec if spec else ''}}} is not allowed; only plain names such as {{date}}"
    return None


def _read_glossary(path: Path, errors: list[SourceError]) -> dict[str, dict[str, str]]:
    """term: {en: …}: how a content term reads in each other language."""
    if not path.is_file():
        return {}
    shown = f"{I18N_DIR}/{GLOSSARY}"
    data, positions = _read_yaml_mapping(shown, path, errors, "term: {language code: text}")
    glossary = {}
    for term, texts in data.items():
        if not isinstance(texts, dict) or not all(isinstance(v, (str, int)) for v in texts.values()):
            line, col = positions.get((term,), (1, 1))
            errors.append(SourceError(shown, line, col, str(term), "expected the term in each language, e.g. {en: CPPCC}"))
            continue
        glossary[str(term)] = {str(k): str(v) for k, v in texts.items()}
    return glossary


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
    split = 2 if name[:2] in COMPOUND_SURNAMES and len(name) > 2 else 1
    surname, given = name[:split], name[split:]
    family = _SURNAME_READINGS.get(surname) or "".join(lazy_pinyin(surname, style=Style.NORMAL)).replace("v", "ü")
    given_name = "".join(lazy_pinyin(given, style=Style.NORMAL)).replace("v", "ü")
    return " ".join(part.capitalize() for part in (family, given_name) if part)


def romanised_name(name: str, term) -> str:
    """A person's name for readers of another language: the glossary's form, else pinyin."""
    written = term(name)
    return written if written != name else name_in_pinyin(name)
