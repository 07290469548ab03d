"""Slugs: pinyin, never empty, never a path; hand-written ones checked against an allow-list."""
from __future__ import annotations

import pytest
from hypothesis import given, settings, strategies as st

from zhengxie_site.slugs import SLUG_RE, check_slug, make_slug, title_slug

ALLOW = "use lowercase letters, digits and single hyphens only (e.g. tui-dong-fa-zhan)"


def test_pinyin_of_chinese_title():
    assert make_slug("推动云南政协事业高质量发展") == "tui-dong-yun-nan-zheng-xie-shi-ye-gao-zhi-liang-fa-zhan"
    assert make_slug("重庆") == "chong-qing"  # polyphone read right


@pytest.mark.parametrize("title", ["！？", "……", "，。！？", "???", "😀", "😀😀🎉", "", "   ", "-"])
def test_unreadable_titles_get_a_stable_non_empty_slug(title):
    slug = make_slug(title)
    assert SLUG_RE.match(slug) and slug.startswith("item-")
    assert slug == make_slug(title)


def test_different_unreadable_titles_get_different_slugs():
    assert len({make_slug(t) for t in ["！？", "？！", "😀", "😀😀", "……"]}) == 5


def test_full_width_letters_and_digits_are_folded():
    assert make_slug("ＡＢＣ １２３") == "abc-123"


def test_reserved_windows_names_are_avoided():
    for title in ("CON", "con", "Nul", "com1"):
        assert make_slug(title) not in {"con", "nul", "com1"}
        assert check_slug(make_slug(title)) is None


def test_long_titles_are_cut_at_a_word():
    slug = make_slug("政协" * 100)
    assert len(slug) <= 60 and not slug.endswith("-") and SLUG_RE.match(slug)


@pytest.mark.parametrize("slug", ["../../x", "/etc/x", "%2e%2e/x", "a\\..\\x", "CON", "a\x00b", ".html", "a--b",
                                  "-a", "a-", "", "A", "tui dong", "中文", "a/b", "a.html"])
def test_bad_hand_written_slugs(slug):
    assert check_slug(slug) == ALLOW


@pytest.mark.parametrize("slug, problem", [("con", "'con' is a reserved file name on Windows"),
                                           ("lpt9", "'lpt9' is a reserved file name on Windows"),
                                           ("a" * 101, "at most 100 characters")])
def test_reserved_and_long_slugs(slug, problem):
    assert check_slug(slug) == problem


def test_good_hand_written_slug():
    assert check_slug("tui-dong-fa-zhan-2022") is None


@settings(max_examples=300, deadline=None)
@given(st.text())
def test_make_slug_is_safe_deterministic_and_idempotent(text):
    slug = make_slug(text)
    assert slug and "/" not in slug and ".." not in slug and "\\" not in slug
    assert SLUG_RE.match(slug)
    assert check_slug(slug) is None
    assert make_slug(text) == slug
    assert make_slug(slug) == slug


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF) | st.sampled_from("！？，。、 ：—"),
               max_size=40))
def test_make_slug_on_chinese_text(text):
    slug = make_slug(text)
    assert SLUG_RE.match(slug) and make_slug(slug) == slug


def test_unique_slugs_separate_homophones_whatever_the_order():
    from zhengxie_site.slugs import unique_slugs

    first = unique_slugs(["正写", "政协", "提案"])
    assert first == unique_slugs(["提案", "政协", "正写"])
    assert first["提案"] == "ti-an"
    assert len({first["政协"], first["正写"]}) == 2
    assert all(slug.startswith("zheng-xie") for label, slug in first.items() if label != "提案")


@pytest.mark.parametrize("title, slug", [
    ("政协调研", "zheng-xie-diao-yan"),  # read whole, 协调 gave tiao
    ("省政协调研组赴弥勒", "sheng-zheng-xie-diao-yan-zu-fu-mi-le"),
    ("重庆市长寿区", "chong-qing-shi-chang-shou-qu"),  # read whole, 市长 gave zhang
    ("“小小传承人”学扎非遗风筝", "xiao-xiao-chuan-cheng-ren-xue-zha-fei-yi-feng-zheng"),
    ("2021年度", "2021-nian-du"),
])
def test_a_new_articles_slug_reads_each_word_on_its_own(title, slug):
    assert title_slug(title) == slug


def test_names_keep_the_slug_they_are_published_under():
    # tags, sections and people get their slug at every build: segmenting them would move their pages
    assert make_slug("政协调研") == "zheng-xie-tiao-yan"
