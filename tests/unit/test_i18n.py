"""Catalogs, glossary, dates and names per language."""
from __future__ import annotations

import pytest

from sitetext import REPO, write_tree
from zhengxie_site.dates import parse_date
from zhengxie_site.errors import SourceErrors
from zhengxie_site.i18n import format_date, format_number, load_catalogs, name_in_pinyin


def test_repo_catalogs_have_the_same_keys():
    catalogs = load_catalogs(REPO, ("zh", "en"))
    assert set(catalogs.strings["zh"]) == set(catalogs.strings["en"])
    assert catalogs.missing_keys() == []


def test_missing_key_names_file_and_key(tmp_path):
    write_tree(tmp_path, "-- i18n/zh.yaml --\nhome: 首页\nmore: 更多\n-- i18n/en.yaml --\nhome: Home\nonly_en: x\n")
    with pytest.raises(SourceErrors) as exc:
        load_catalogs(tmp_path, ("zh", "en"))
    assert [str(e) for e in exc.value.errors] == ["i18n/en.yaml:1:1: more: missing in this language",
                                                  "i18n/zh.yaml:1:1: only_en: missing in this language"]


def test_missing_catalog_and_bad_yaml(tmp_path):
    write_tree(tmp_path, "-- i18n/zh.yaml --\nhome: 首页\nhome: 又\n")
    with pytest.raises(SourceErrors) as exc:
        load_catalogs(tmp_path, ("zh", "fr"))  # the theme has zh and en, not fr
    assert sorted(str(e) for e in exc.value.errors) == [
        "i18n/fr.yaml:1:1: catalog: no string catalog for language 'fr'; write i18n/fr.yaml",
        "i18n/zh.yaml:2:1: home: duplicate key"]


def test_a_sites_catalog_overrides_the_themes_strings_one_by_one(tmp_path):
    theme = load_catalogs(tmp_path, ("zh", "en"))  # a site without catalogs of its own: the theme's
    write_tree(tmp_path, "-- i18n/zh.yaml --\nnav_home: 本站首页\n")
    catalogs = load_catalogs(tmp_path, ("zh", "en"))
    assert catalogs.text("zh", "nav_home") == "本站首页" != theme.text("zh", "nav_home")
    assert catalogs.text("zh", "editions") == theme.text("zh", "editions")  # every other key from the theme


def test_text_term_and_placeholders(tmp_path):
    write_tree(tmp_path, "-- i18n/zh.yaml --\nn: 共{count}篇\n-- i18n/en.yaml --\nn: '{count} articles'\n"
                         "-- i18n/glossary.yaml --\n聚焦: {en: Focus}\n")
    catalogs = load_catalogs(tmp_path, ("zh", "en"))
    assert catalogs.text("zh", "n", count=3) == "共3篇" and catalogs.text("en", "n", count=3) == "3 articles"
    assert catalogs.term("en", "聚焦") == "Focus" and catalogs.term("en", "资讯") == "资讯" and catalogs.term("zh", "聚焦") == "聚焦"
    with pytest.raises(KeyError, match="'nope' is missing from i18n/en.yaml"):
        catalogs.text("en", "nope")


@pytest.mark.parametrize("name, pinyin", [
    ("张潇予", "Zhang Xiaoyu"), ("欧阳修", "Ouyang Xiu"), ("欧阳", "Ou Yang"), ("司马光", "Sima Guang"),
    ("单田芳", "Shan Tianfang"), ("曾国藩", "Zeng Guofan"), ("吕布", "Lü Bu"), ("John Smith", "John Smith"),
])
def test_name_in_pinyin(name, pinyin):
    assert name_in_pinyin(name) == pinyin


@pytest.mark.parametrize("text, locale, shown", [
    ("2022-03", "zh-Hans", "2022年3月"), ("2022-03", "en", "March 2022"), ("2022-03-25", "en", "March 25, 2022"),
    ("2022", "en", "2022"), ("2022-03-25T08:00:00+08:00", "zh-Hans", "2022年3月25日"),
])
def test_format_date(text, locale, shown):
    assert format_date(parse_date(text), locale) == shown


def test_format_number():
    assert format_number(12345, "en") == "12,345" and format_number(12345, "zh-Hans") == "12,345"


def test_every_credit_the_schema_accepts_has_a_string_in_every_catalog():
    from pathlib import Path

    import yaml

    from zhengxie_site.fields import DEFAULT_CREDITS as CREDITS

    theme = Path(__file__).resolve().parents[2] / "src" / "zhengxie_site" / "theme"
    for catalog in sorted((theme / "i18n").glob("*.yaml")):
        strings = yaml.safe_load(catalog.read_text(encoding="utf-8"))
        assert [c for c in CREDITS if f"credit_{c}" not in strings] == [], catalog.name


def test_each_traditional_locale_reads_as_its_readers_write():
    from zhengxie_site.scripts import converter, script_of
    assert [script_of(x) for x in ("zh-Hant", "zh-TW", "zh-HK", "zh-Hans", "zh", "en")] == [
        "Hant", "Hant", "Hant", "Hans", "Hans", None]
    text = "答复率均为100%，软件里面"
    assert converter("zh-Hant")(text) == "答覆率均為100%，軟件裡面"  # characters only, the text's own words
    assert converter("zh-TW")(text) == "答覆率均為100%，軟體裡面"  # Taiwan's words
    assert converter("zh-HK")(text) == "答覆率均為100%，軟件裏面"  # Hong Kong's characters
