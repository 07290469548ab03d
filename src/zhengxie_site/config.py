"""Site settings from `site.yaml` at the project root, checked all at once. See docs/config.md."""
from __future__ import annotations

from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path
from typing import Any, TypedDict
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from babel import Locale, UnknownLocaleError
from urllib.parse import urlsplit

from .errors import SourceError, SourceErrors
from .fields import DEFAULT_CREDITS, IMPORTER, SITE, names, unknown_key
from .frontmatter import decode, parse_yaml
from .model import KINDS
from .scripts import script_of

CONFIG_FILE = "site.yaml"


@dataclass(frozen=True)
class Language:
    code: str  # as used in file names (article.en.md) and front matter `lang`
    locale: str  # BCP 47 tag for <html lang> and hreflang, e.g. zh-Hans
    name: str  # the language's own name, shown in the language switch
    prefix: str  # URL folder, "" for the default language
    source: str | None = None  # `from`: the language whose pages this one reads in another script (zh-Hant from zh)


@dataclass(frozen=True)
class Role:
    name: str  # as printed: 记者, 通讯员 …
    group: str  # reporter | correspondent | photographer | intern | other


_EXAMPLE_HOSTS = ("example.org", "example.com", "example.net")  # kept for examples by RFC 2606


@dataclass(frozen=True)
class SiteConfig:
    root: Path  # project folder: templates/, static/, i18n/ live here
    title: dict[str, str]  # per language code
    description: dict[str, str]
    site_url: str = "https://example.org"  # scheme and host, for feeds, sitemap and Open Graph
    base_path: str = "/"  # URL path the site is served under, always starting and ending with /
    content_dir: Path = Path("content")
    output_dir: Path = Path("public")
    page_size: int = 20
    languages: tuple[Language, ...] = ()
    roles: tuple[Role, ...] = ()
    kinds: tuple[str, ...] = KINDS  # the built-in kinds, then the site's own
    credits: tuple[str, ...] = DEFAULT_CREDITS  # likewise
    importer: tuple[tuple[str, tuple[str, ...]], ...] = ()  # the paper's own words for import, by kind
    time_zone: str = "Asia/Shanghai"  # IANA name: where the paper's dates are days
    drafts: bool = False
    relative: bool = False  # links relative to each page, ending in index.html: a copy read from disk (`--relative`)
    jobs: int = 0  # processes that read and render (`--jobs`); 0: one per CPU

    @property
    def default_language(self) -> Language:
        return self.languages[0]

    def language(self, code: str) -> Language:
        return next(lang for lang in self.languages if lang.code == code)

    def reads_original(self, code: str) -> bool:
        """The language prints the archive's own text: the default, or one made from it in another script
        (its names stay names, not romanised; its colophon is as printed)."""
        lang = self.language(code)
        return lang == self.default_language or lang.source == self.default_language.code

    @cached_property
    def role_names(self) -> tuple[str, ...]:
        return tuple(r.name for r in self.roles)

    @cached_property
    def _role_groups(self) -> dict[str, str]:
        groups: dict[str, str] = {}
        for role in self.roles:
            groups.setdefault(role.name, role.group)
        return groups

    def role_group(self, name: str | None) -> str:
        return self._role_groups.get(name, "other") if name is not None else "other"

    def with_overrides(self, *, content: str | None = None, out: str | None = None,
                       base_url: str | None = None, drafts: bool | None = None,
                       jobs: int | None = None, relative: bool | None = None) -> "SiteConfig":
        """Apply command-line flags, which win over the file."""
        changes: dict[str, Any] = {}
        if content:
            changes["content_dir"] = Path(content)
        if out:
            changes["output_dir"] = Path(out)
        if base_url:
            changes.update(split_base_url(base_url))
        if drafts is not None:
            changes["drafts"] = drafts
        if jobs is not None:
            changes["jobs"] = max(1, jobs)
        if relative is not None:
            changes["relative"] = relative
        return replace(self, **changes)

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.time_zone)

    @property
    def catalog_keys(self) -> dict[str, str]:
        """The interface strings the site's own kinds and credits need, each with why."""
        return {**{f"kind_{k}": f"site.yaml lists the kind {k!r}; give its label in every language"
                   for k in self.kinds if k not in KINDS},
                **{f"credit_{c}": f"site.yaml lists the credit {c!r}; give its words in every language"
                   for c in self.credits if c not in DEFAULT_CREDITS}}

    @property
    def example_site_url(self) -> bool:
        """site_url still names a domain kept for examples (example.org, archive.example.org: RFC 2606)."""
        host = urlsplit(self.site_url).hostname or ""
        return host in _EXAMPLE_HOSTS or host.endswith(tuple("." + h for h in _EXAMPLE_HOSTS)) or host.endswith(".example")

    @property
    def base_url(self) -> str:
        return self.site_url.rstrip("/") + self.base_path


ROLE_GROUPS = ("reporter", "correspondent", "photographer", "intern", "other")


def load_config(root: Path) -> SiteConfig:
    """Read and check site.yaml; raise SourceErrors listing every problem."""
    path = root / CONFIG_FILE
    shown = CONFIG_FILE
    if not path.is_file():
        raise SourceErrors([SourceError(shown, 1, 1, "config", f"{CONFIG_FILE} not found in {root}")])
    data, positions = parse_yaml(shown, decode(shown, path.read_bytes()))
    errors: list[SourceError] = []

    def fail(key: tuple, message: str) -> None:
        line, col = positions.get(key, positions.get(key[:1], (1, 1)))
        errors.append(SourceError(shown, line, col, ".".join(map(str, key)), message))

    if not isinstance(data, dict):
        raise SourceErrors([SourceError(shown, 1, 1, "config", "must be a mapping of settings")])
    for key in sorted(set(data) - names(SITE), key=str):
        fail((key,), unknown_key(str(key), SITE, "setting"))

    languages = _languages(data.get("languages"), fail)
    codes = [lang.code for lang in languages]

    def per_language(key: str) -> dict[str, str]:
        value = data.get(key)
        if not isinstance(value, dict):
            fail((key,), "expected one text per language code, e.g. zh: …, en: …")
            return {}
        made_from = {lang.code: lang.source for lang in languages if lang.source}
        for code in codes:
            if code in made_from and code not in value:
                continue  # its source's text, converted with its pages
            if not isinstance(value.get(code), str):
                fail((key, code) if code in value else (key,), f"missing the {code!r} text")
        texts = {k: str(v) for k, v in value.items()}
        return {**{code: texts[source] for code, source in made_from.items() if source in texts}, **texts}

    roles = _roles(data.get("roles"), fail)

    def added_words(key: str, built_in: tuple[str, ...]) -> tuple[str, ...]:
        value = data.get(key) or []
        if not isinstance(value, list) or not all(isinstance(w, str) and w.strip() for w in value):
            fail((key,), "expected a list of words, e.g. [讲述]")
            return built_in
        return built_in + tuple(w.strip() for w in value if w.strip() not in built_in)

    page_size = data.get("page_size", 20)
    if isinstance(page_size, bool) or not isinstance(page_size, int) or page_size < 1:
        fail(("page_size",), "expected a whole number of 1 or more")
    config = SiteConfig(
        root=root,
        title=per_language("title"),
        description=per_language("description"),
        site_url=_site_url(data.get("site_url", "https://example.org"), fail),
        content_dir=Path(str(data.get("content_dir", "content"))),
        output_dir=Path(str(data.get("output_dir", "public"))),
        page_size=page_size if isinstance(page_size, int) else 20,
        languages=tuple(languages),
        roles=tuple(roles),
        kinds=added_words("kinds", KINDS),
        credits=added_words("credits", DEFAULT_CREDITS),
        importer=_importer_words(data.get("importer"), fail),
        time_zone=_time_zone(data.get("time_zone", "Asia/Shanghai"), fail),
    )
    if "base_url" in data:
        try:
            config = replace(config, **split_base_url(str(data["base_url"])))
        except ValueError as exc:
            fail(("base_url",), str(exc))
    if errors:
        raise SourceErrors(errors)
    return config


class _BaseUrl(TypedDict, total=False):
    site_url: str
    base_path: str


def _languages(value: Any, fail) -> list[Language]:
    """The configured languages, each code once, each locale one that CLDR knows (dates, plural rules)."""
    if value is not None and not isinstance(value, list):
        fail(("languages",), "expected a list of languages, each {code, locale, name}")
        return []
    languages: list[Language] = []
    for i, item in enumerate(value or []):
        if not isinstance(item, dict) or not all(isinstance(item.get(k), str) for k in ("code", "locale", "name")):
            fail(("languages", i), "each language needs text values code, locale and name")
            continue
        if any(lang.code == item["code"] for lang in languages):
            fail(("languages", i, "code"), f"the language code {item['code']!r} is listed twice")
            continue
        try:
            Locale.parse(item["locale"].replace("-", "_"))
        except (ValueError, UnknownLocaleError):
            fail(("languages", i, "locale"), f"unknown locale {item['locale']!r}; use a BCP 47 tag such as zh-Hans or en")
            continue
        prefix = "" if i == 0 else str(item.get("prefix", item["code"])).strip("/")
        if i and any(lang.prefix == prefix for lang in languages):
            fail(("languages", i, "prefix"), f"the prefix {prefix!r} is another language's already")
            continue
        source = _source(item, i, languages, fail)
        languages.append(Language(item["code"], item["locale"], item["name"], prefix, source))
    if not value:
        fail(("languages",), "list at least one language; the first is the default, served at the root")
    return languages


def _source(item: dict, i: int, earlier: list[Language], fail) -> str | None:
    """`from: zh`: the language is made from an earlier Chinese one by OpenCC, in the script its locale names
    (zh-Hant, zh-TW, zh-HK)."""
    source = item.get("from")
    if source is None:
        return None
    codes = {lang.code: lang for lang in earlier}
    if not isinstance(source, str) or source not in codes:
        fail(("languages", i, "from"), "expected the code of a language listed above it, e.g. from: zh")
    elif not codes[source].locale.startswith("zh") or script_of(item["locale"]) != "Hant":
        fail(("languages", i, "from"), "a language is made from another only in traditional Chinese: from a zh "
                                       "language, with a locale such as zh-Hant, zh-TW or zh-HK")
    # kept even when wrong (the settings fail anyway): its texts are not asked for, only the `from` is reported
    return source if isinstance(source, str) else None


def _roles(value: Any, fail) -> list[Role]:
    if value is not None and not isinstance(value, dict):
        fail(("roles",), "expected a mapping of printed role to group, e.g. 记者: reporter")
        return []
    roles = []
    for name, spec in (value or {}).items():
        group = spec.get("group") if isinstance(spec, dict) else spec
        if group not in ROLE_GROUPS:
            fail(("roles", name), f"group must be one of {', '.join(ROLE_GROUPS)}")
        else:
            roles.append(Role(str(name), group))
    return roles


def _site_url(value: Any, fail) -> str:
    """Scheme and host: it is written into canonical links, feeds and the sitemap, so http(s) only."""
    parts = urlsplit(str(value))
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.query or parts.fragment:
        fail(("site_url",), "expected the site's scheme and host, e.g. https://archive.example.org")
        return "https://example.org"
    return str(value).rstrip("/")


def _time_zone(value: Any, fail) -> str:
    try:
        ZoneInfo(str(value))
    except (ValueError, ZoneInfoNotFoundError):
        fail(("time_zone",), f"unknown time zone {value!r}; use an IANA name such as Asia/Shanghai or Asia/Taipei")
        return "Asia/Shanghai"
    return str(value)


def _importer_words(value: Any, fail) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """`importer: {labels: [政协之窗], staff_words: [本版统筹]}`: each kind of word, checked."""
    if value is None:
        return ()
    if not isinstance(value, dict):
        fail(("importer",), f"expected a mapping with lists {', '.join(IMPORTER)}")
        return ()
    words = []
    for kind, listed in value.items():
        if kind not in IMPORTER:
            fail(("importer", kind), f"unknown key; expected one of {', '.join(IMPORTER)}")
        elif not isinstance(listed, list) or not all(isinstance(w, str) and w.strip() for w in listed):
            fail(("importer", kind), "expected a list of words, e.g. [政协之窗]")
        else:
            words.append((str(kind), tuple(w.strip() for w in listed)))
    return tuple(words)


def split_base_url(value: str) -> _BaseUrl:
    """`/archive/` or `https://host/archive/` -> site_url and base_path."""
    parts = urlsplit(value)
    if parts.scheme and parts.scheme not in ("http", "https"):
        raise ValueError("base URL must be a path like /archive/ or an http(s) URL")
    path = "/" + parts.path.strip("/") + "/" if parts.path.strip("/") else "/"
    result: _BaseUrl = {"base_path": path}
    if parts.scheme:
        result["site_url"] = f"{parts.scheme}://{parts.netloc}"
    return result
