"""Property: whatever the dump looks like, no character is lost silently."""
from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from zhengxie_site.newspaper import check_fidelity, parse_page
from zhengxie_site.newspaper.model import Piece

CJK = st.characters(min_codepoint=0x4E00, max_codepoint=0x4E80)
PUNCT = st.sampled_from(list("，。、；：？！“”（）,:;()?!%+.—/ ") + ["——", "……"])
WORDS = st.sampled_from(["本报讯(记者 张三) ", "本报北京1月16日电 (记者倪弋) ", "新华社北京10月11日电 ",
                         "本报记者 李  娜/文 通讯员 刘洋/图", "通讯员 刘洋 摄", "(本报记者王沛整理)", "聚焦",
                         "图片新闻", "本版由", "云南日报社", "合办", "1. ", "2. ", "and", "□ ", "2022", "100%"])
TOKEN = st.one_of(CJK, CJK, CJK, PUNCT, WORDS, st.sampled_from(list("abcXYZ0123456789") + ["\x1b", "\x0c", "\x07"]))
LINE = st.lists(TOKEN, min_size=1, max_size=30).map("".join)
BLOCK = st.lists(LINE, min_size=1, max_size=3).map("\n".join)
SEP = st.sampled_from(["\n\n", "\n\n\n", "\n\n\n\n"])
PAGE = st.lists(st.tuples(BLOCK, SEP), min_size=1, max_size=14).map(lambda xs: "".join(b + s for b, s in xs))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PAGE)
@example("1. 一\n1. 一\n\n丁\n1. 一\n1. 一\n\n")  # a second list's title in an article with a list: was lost
@example("标题\n\n本报讯 正文\x1b[2J。\x07\n")  # control characters: taken out and named
@example("一\n\n本版由一一合办\n\n本版由一合办\n\n")  # a second colophon: was written over the first
def test_importer_never_loses_a_character_silently(text):
    page = parse_page(text, paper="云南日报", date="2022-03")
    result = check_fidelity(text, page)
    assert result.unaccounted == [], result.text()


def test_the_check_catches_a_lost_character(seed_page, seed_text):
    seed_page.articles[0].paragraphs[0] = seed_page.articles[0].paragraphs[0][1:]
    seed_page.articles[0].body[0] = ("p", seed_page.articles[0].paragraphs[0])
    assert not check_fidelity(seed_text, seed_page).ok


def test_the_check_catches_an_untraced_block(seed_page, seed_text):
    last = max(p.block for p in seed_page.pieces)
    seed_page.pieces = [p for p in seed_page.pieces if p.block != last]
    result = check_fidelity(seed_text, seed_page)
    assert any(f"block {last + 1}: lost" in u for u in result.unaccounted)


def test_the_check_catches_a_dropped_piece_that_is_not_named(seed_page, seed_text):
    seed_page.pieces.append(Piece(0, "X", "report", 99))
    assert not check_fidelity(seed_text, seed_page).ok
