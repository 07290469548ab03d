"""site.yaml: every problem reported at once, at its line."""
from __future__ import annotations

from pathlib import Path

import pytest

from sitetext import REPO, write_tree
from zhengxie_site.config import load_config
from zhengxie_site.errors import SourceErrors

GOOD = """title: {zh: 档案, en: Archive}
description: {zh: 说明, en: About}
languages:
  - {code: zh, locale: zh-Hans, name: 中文}
  - {code: en, locale: en, name: English, prefix: /english/}
roles: {记者: reporter, 摄影: {group: photographer}}
"""


def _errors(tmp_path: Path, text: str) -> list[str]:
    write_tree(tmp_path, "-- site.yaml --\n" + text)
    with pytest.raises(SourceErrors) as exc:
        load_config(tmp_path)
    return [str(e) for e in exc.value.errors]


def test_repo_site_yaml_loads():
    config = load_config(REPO)
    assert [lang.code for lang in config.languages] == ["zh", "en", "zh-hant"]
    assert config.default_language.prefix == "" and config.language("en").prefix == "en"
    assert config.role_group("摄影记者") == "photographer" and config.role_group("unknown") == "other"
    assert config.base_path == "/" and config.base_url == "https://archive.example.org/"


def test_good_config_and_overrides(tmp_path):
    write_tree(tmp_path, "-- site.yaml --\n" + GOOD + "base_url: https://x.org/archive\n")
    config = load_config(tmp_path)
    assert config.language("en").prefix == "english"
    assert config.role_names == ("记者", "摄影") and config.role_group("摄影") == "photographer"
    assert (config.site_url, config.base_path) == ("https://x.org", "/archive/")
    moved = config.with_overrides(out="dist", base_url="/sub", drafts=True)
    assert (moved.output_dir, moved.base_path, moved.site_url, moved.drafts) == (Path("dist"), "/sub/", "https://x.org", True)
    with pytest.raises(ValueError):
        config.with_overrides(base_url="javascript:alert(1)")


def test_errors_with_lines(tmp_path):
    errors = _errors(tmp_path, GOOD.replace("roles: {记者: reporter, 摄影: {group: photographer}}", "roles: {记者: boss}")
                     + "page_size: 0\ncolour: red\nbase_url: 'ftp://x'\n")
    assert errors == [
        "site.yaml:6:13: roles.记者: group must be one of reporter, correspondent, photographer, intern, other",
        "site.yaml:7:12: page_size: expected a whole number of 1 or more",
        "site.yaml:8:9: colour: unknown setting; expected one of base_url, content_dir, credits, description, "
        "importer, kinds, languages, output_dir, page_size, roles, site_url, time_zone, title",
        "site.yaml:9:11: base_url: base URL must be a path like /archive/ or an http(s) URL",
    ]


def test_missing_language_texts(tmp_path):
    errors = _errors(tmp_path, GOOD.replace("title: {zh: 档案, en: Archive}", "title: {zh: 档案}").replace(
        "  - {code: zh, locale: zh-Hans, name: 中文}\n", "  - {code: zh, locale: zh-Hans, name: 中文}\n  - {code: fr}\n"))
    assert errors == ["site.yaml:1:8: title: missing the 'en' text",
                      "site.yaml:5:5: languages.1: each language needs text values code, locale and name"]


def test_no_languages_and_not_a_mapping(tmp_path):
    assert _errors(tmp_path, "title: {}\ndescription: {}\n") == [
        "site.yaml:1:1: languages: list at least one language; the first is the default, served at the root"]
    assert _errors(tmp_path, "- a\n") == ["site.yaml:1:1: config: must be a mapping of settings"]


def test_missing_file(tmp_path):
    with pytest.raises(SourceErrors) as exc:
        load_config(tmp_path)
    assert str(exc.value) == f"site.yaml:1:1: config: site.yaml not found in {tmp_path}"


@pytest.mark.parametrize("change, expected", [
    (("languages:\n  - {code: zh, locale: zh-Hans, name: 中文}\n  - {code: en, locale: en, name: English, prefix: /english/}\n",
      "languages: 5\n"), ["site.yaml:3:12: languages: expected a list of languages, each {code, locale, name}"]),
    (("{code: en, locale: en,", "{code: zh, locale: en,"), ["site.yaml:5:12: languages.1.code: the language code 'zh' is listed twice"]),
    (("{code: en, locale: en,", "{code: en, locale: xx-Nope,"),
     ["site.yaml:5:24: languages.1.locale: unknown locale 'xx-Nope'; use a BCP 47 tag such as zh-Hans or en"]),
    (("roles: {记者: reporter, 摄影: {group: photographer}}", "roles: [记者]"),
     ["site.yaml:6:8: roles: expected a mapping of printed role to group, e.g. 记者: reporter"]),
    (("roles:", "site_url: 'javascript:alert(1)'\nroles:"),
     ["site.yaml:6:11: site_url: expected the site's scheme and host, e.g. https://archive.example.org"]),
    (("roles:", "site_url: https://x.org/?a=1\nroles:"),
     ["site.yaml:6:11: site_url: expected the site's scheme and host, e.g. https://archive.example.org"]),
])
def test_wrong_kinds_of_value_are_messages_not_tracebacks(tmp_path, change, expected):
    assert _errors(tmp_path, GOOD.replace(*change)) == expected


def test_a_language_made_from_another_in_traditional_script(tmp_path):
    en = "  - {code: en, locale: en, name: English, prefix: /english/}\n"

    def with_language(item: str) -> str:
        return GOOD.replace(en, en + "  - {" + item + "}\n")
    write_tree(tmp_path, "-- site.yaml --\n" + with_language("code: zh-hk, locale: zh-HK, name: 繁體, from: zh"))
    config = load_config(tmp_path)
    assert config.language("zh-hk").source == "zh" and config.title["zh-hk"] == "档案"  # its source's, converted
    assert config.reads_original("zh-hk") and config.reads_original("zh") and not config.reads_original("en")
    only_traditional = ("a language is made from another only in traditional Chinese: from a zh language, with a "
                        "locale such as zh-Hant, zh-TW or zh-HK")
    assert _errors(tmp_path, with_language("code: zh-hk, locale: zh-HK, name: 繁體, from: fr")) == [
        "site.yaml:6:50: languages.2.from: expected the code of a language listed above it, e.g. from: zh"]
    assert _errors(tmp_path, with_language("code: zh-hk, locale: zh-HK, name: 繁體, from: en")) == [
        f"site.yaml:6:50: languages.2.from: {only_traditional}"]
    assert _errors(tmp_path, with_language("code: jp, locale: ja, name: 日本語, from: zh")) == [
        f"site.yaml:6:45: languages.2.from: {only_traditional}"]
    assert _errors(tmp_path, with_language("code: zh-hk, locale: zh-HK, name: 繁體, prefix: english")) == [
        "site.yaml:6:52: languages.2.prefix: the prefix 'english' is another language's already"]
