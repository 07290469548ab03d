"""Unit tests for zhengxie_site.search (index building, tokens, routing,
ranking, verification)."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from zhengxie_site.search import SearchDoc, build_search_index, query_terms, run_query
from zhengxie_site.search.build import fragment_path, order_docs
from zhengxie_site.search.encoding import (
    decode_postings,
    decode_shard,
    decode_varint,
    encode_postings,
    encode_varint,
    fnv1a32,
    shard_of,
)
from zhengxie_site.search.query import snippet
from zhengxie_site.search.tokenize import index_token_counts, normalize


def doc(url, title, text, date="2022-01", section="要闻", lang="zh"):
    return SearchDoc(url=url, title=title, text=text, date=date, date_label=date,
                     section=section, lang=lang)


DOCS = [
    doc("a/", "推动云南政协事业高质量发展", "政协委员在基层协商，协商在基层取得实效。（记者 张潇予）", "2022-03"),
    doc("b/", "提案工作综述", "2021年度提案办理情况。协商 在 基层。政协", "2021-12"),
    doc("c/", "履职创新", "委员履职创新，政协政协政协。Committee meeting", "2020-05"),
    # decoy: has 协商在, 商在基, 在基层 trigrams but never 协商在基层
    doc("d/", "招商", "协商在即。招商在基地。在基层工作。", "2023-01"),
]


@pytest.fixture(scope="module")
def files():
    return build_search_index(DOCS, "zh")


def urls(files, q):
    return [h.url for h in run_query(files.__getitem__, q).hits]


# --- tokenising ---------------------------------------------------------

def test_cjk_tokens_are_bigrams_and_trigrams():
    assert set(index_token_counts("政协委员")) == {"政协", "协委", "委员", "政协委", "协委员"}


def test_latin_tokens_are_lowercase_prefixes():
    toks = set(index_token_counts("Committee 2021"))
    assert {"co", "com", "committee", "20", "2021"} <= toks
    assert "ommittee" not in toks


def test_runs_split_at_punctuation_and_script():
    toks = index_token_counts("协商，在基层2021年度")
    assert "商在" not in toks and "层2" not in toks
    assert toks["年度"] == 1 and "2021" in toks


def test_normalize_fullwidth_and_case():
    assert normalize("ＡＢＣ２０２１") == "abc2021"


def test_query_terms_exactness():
    terms = query_terms("政协 张潇予 协商在基层 2021年度 Committee")
    by_text = {t.text: t for t in terms}
    assert by_text["政协"].exact and by_text["政协"].tokens == ("政协",)
    assert by_text["张潇予"].exact and by_text["张潇予"].tokens == ("张潇予",)
    assert not by_text["协商在基层"].exact
    assert by_text["协商在基层"].tokens == ("协商在", "商在基", "在基层")
    assert not by_text["2021年度"].exact
    assert set(by_text["2021年度"].tokens) == {"2021", "年度"}
    assert by_text["committee"].exact


def test_single_char_query_is_empty():
    assert query_terms("政") == [] and query_terms("a") == [] and query_terms("，") == []


# --- encoding and routing -------------------------------------------------

@given(st.integers(min_value=0, max_value=2**40))
def test_varint_roundtrip(n):
    out = bytearray()
    encode_varint(n, out)
    assert decode_varint(bytes(out), 0) == (n, len(out))


@given(st.lists(st.integers(min_value=0, max_value=5000), unique=True))
def test_postings_roundtrip(ids):
    ids = sorted(ids)
    data = encode_postings(ids)
    assert decode_postings(data, 0) == (ids, len(data))


def test_dense_postings_use_bitmap():
    assert encode_postings(list(range(1000)))[0] == 1
    assert encode_postings([5, 900])[0] == 0


def test_fnv_known_values():
    assert fnv1a32(b"") == 0x811C9DC5
    assert fnv1a32(b"a") == 0xE40C292C


def test_every_token_is_in_its_routed_shard(files):
    meta = json.loads(files["meta.json"])
    seen = 0
    for n in range(meta["shards"]):
        for tok in decode_shard(files[f"t/{n}.bin"]):
            assert shard_of(tok, meta["shards"]) == n
            seen += 1
    assert seen > 0


def test_shards_split_by_target_size():
    big = [doc(f"x{i}/", f"标题{i}", "政协委员" * 5 + f"第{i}号文件编号{i * 7919}", "2020-01")
           for i in range(300)]
    files = build_search_index(big, "zh", target_shard_bytes=2000)
    meta = json.loads(files["meta.json"])
    assert meta["shards"] > 1
    assert sorted(k for k in files if k.startswith("t/")) == sorted(
        f"t/{n}.bin" for n in range(meta["shards"]))


# --- building ------------------------------------------------------------

def test_deterministic_and_sorted(files):
    again = build_search_index(list(reversed(DOCS)), "zh")
    assert again == files
    assert list(files) == sorted(files)
    assert b"time" not in files["meta.json"]


def test_doc_ids_newest_first_and_fragments(files):
    ordered = order_docs(DOCS)
    assert [d.url for d in ordered] == ["d/", "a/", "b/", "c/"]
    frag = json.loads(files[fragment_path(1)])
    assert frag == {"d": "2022-03", "s": "要闻", "t": "推动云南政协事业高质量发展", "u": "a/",
                    "x": "政协委员在基层协商，协商在基层取得实效。（记者 张潇予）"}


def test_empty_index():
    files = build_search_index([], "en")
    assert json.loads(files["meta.json"])["docs"] == 0
    assert run_query(files.__getitem__, "committee").hits == []


# --- querying ------------------------------------------------------------

def test_phrase_queries(files):
    assert sorted(urls(files, "政协")) == ["a/", "b/", "c/"]
    assert urls(files, "协商在基层") == ["a/"]
    assert urls(files, "协商在基") == ["a/"]
    assert urls(files, "张潇予") == ["a/"]
    assert urls(files, "2021年度") == ["b/"]
    assert urls(files, "提案") == ["b/"]
    assert urls(files, "commit") == ["c/"]
    assert urls(files, "COMMITTEE") == ["c/"]
    assert urls(files, "不存在的词") == []


def test_false_positive_is_verified_away(files):
    res = run_query(files.__getitem__, "协商在基层")
    assert res.candidates == 2  # a/ and the decoy d/
    assert [h.url for h in res.hits] == ["a/"]
    assert res.total == 1 and res.total_exact


def test_multi_term_query_is_and(files):
    assert urls(files, "政协 提案") == ["b/"]
    assert urls(files, "政协 不存在") == []


def test_ranking_title_first_then_frequency_then_recency(files):
    # 履职创新 is c/'s title; 政协 is in a/'s title; c/ says 政协 often
    assert urls(files, "履职") == ["c/"]
    assert urls(files, "政协") == ["a/", "c/", "b/"]
    extra = DOCS + [doc("e/", "新闻", "政协", "2024-01"), doc("f/", "新闻", "政协", "2019-01")]
    f2 = build_search_index(extra, "zh")
    assert urls(f2, "政协") == ["a/", "c/", "e/", "b/", "f/"]


def test_exact_queries_fetch_only_needed_files(files):
    res = run_query(files.__getitem__, "政协")
    paths = [p for p, _ in res.fetched]
    assert paths[0] == "meta.json"
    assert sum(p.startswith("t/") for p in paths) == 1
    assert sum(p.startswith("f/") for p in paths) == 3


def test_pagination_limits_fragments():
    many = [doc(f"p{i}/", "标题", f"政协第{i}篇", f"2020-{1 + i % 12:02d}") for i in range(40)]
    files = build_search_index(many, "zh")
    res = run_query(files.__getitem__, "政协", page_size=10)
    assert len(res.hits) == 10 and res.total == 40 and res.total_exact
    assert sum(p.startswith("f/") for p, _ in res.fetched) == 10


def test_snippet_marks_match_in_original_text():
    terms = query_terms("ｃｏｍｍｉｔｔｅｅ")
    parts = snippet("前文 Committee 后文", terms)
    assert ("Committee", True) in parts
    text = "很长的前文。" * 20 + "协商在基层" + "后文。" * 50
    parts = snippet(text, query_terms("协商在基层"))
    assert parts[0] == ("…", False) and parts[-1] == ("…", False)
    assert [p for p, m in parts if m] == ["协商在基层"]


# --- property: every substring of 2+ chars finds its document -------------

CJK_TEXT = st.text(alphabet="政协委员提案商在基层履职创新张潇予年度的", min_size=2, max_size=40)


@settings(max_examples=60, deadline=None)
@given(st.lists(CJK_TEXT, min_size=1, max_size=4), st.data())
def test_every_substring_finds_its_doc(texts, data):
    docs = [doc(f"d{i}/", "题", t, f"2020-{i + 1:02d}") for i, t in enumerate(texts)]
    files = build_search_index(docs, "zh")
    i = data.draw(st.integers(0, len(texts) - 1))
    t = texts[i]
    a = data.draw(st.integers(0, len(t) - 2))
    b = data.draw(st.integers(a + 2, len(t)))
    sub = t[a:b]
    res = run_query(files.__getitem__, sub, page_size=len(docs))
    found = {h.url for h in res.hits}
    assert f"d{i}/" in found
    assert found == {d.url for d in docs if sub in d.text}


def test_either_script_finds_the_same_articles_and_a_query_fetches_only_its_characters_fold_files(files):
    assert normalize("協商在基層") == "协商在基层" and normalize("臺灣") == "台湾"
    assert urls(files, "協商在基層") == urls(files, "协商在基层") == ["a/"]
    fetched = [path for path, _ in run_query(files.__getitem__, "協商在基層").fetched if path.startswith("fold/")]
    # the files of the query's own characters (the table is keyed by the traditional ones), each once
    assert fetched == [f"fold/{n}.txt" for n in sorted({ord(c) % 64 for c in "協商在基層"})]
    assert not [p for p, _ in run_query(files.__getitem__, "committee").fetched if p.startswith("fold/")]
    assert json.loads(files["meta.json"])["traditional"] is False


def test_an_index_holding_traditional_text_is_found_by_simplified_queries_with_the_whole_table():
    hant = build_search_index([doc("t/", "政協委員在基層協商", "協商在基層取得實效。")], "zh-Hant")
    assert json.loads(hant["meta.json"])["traditional"] is True
    result = run_query(hant.__getitem__, "协商在基层")
    assert [h.url for h in result.hits] == ["t/"]
    assert len([p for p, _ in result.fetched if p.startswith("fold/")]) == 64  # fragments are folded too


def test_filters_narrow_to_a_section_a_person_or_a_paper_and_keep_the_ranking():
    from dataclasses import replace

    from zhengxie_site.search.document import facet_token
    tagged = [replace(DOCS[0], facets=(facet_token("section", "聚焦"), facet_token("person", "张潇予"))),
              replace(DOCS[1], facets=(facet_token("section", "资讯"),)),
              replace(DOCS[2], facets=(facet_token("section", "聚焦"), facet_token("paper", "云南日报"))), DOCS[3]]
    files = build_search_index(tagged, "zh")

    def found(query, **filters):
        return [h.url for h in run_query(files.__getitem__, query, filters=filters).hits]
    assert found("政协") == ["a/", "c/", "b/"]
    assert found("政协", section="聚焦") == ["a/", "c/"]  # the order the query alone gives
    assert found("政协", section="聚焦", person="张潇予") == ["a/"]
    assert found("政协", paper="云南日报") == ["c/"]
    assert found("政协", section="无此栏目") == []
    assert found("政协", section="  ") == ["a/", "c/", "b/"]  # an empty field is no filter
    assert found("section") == [] and found("聚焦") == []  # a filter's value is not text of the article
    assert run_query(files.__getitem__, "政协", filters={"section": "聚焦"}).total == 2


def test_within_a_tier_the_page_puts_the_article_that_says_it_most_first():
    docs = [doc("a/", "政协新闻", "政协。", "2022-03"), doc("b/", "政协会议", "政协政协政协政协政协。", "2022-02"),
            doc("c/", "政协简讯", "政协政协政协。", "2022-01"), doc("d/", "别的", "政协。", "2023-01")]
    files = build_search_index(docs, "zh")
    # b/ and c/ say it often (tier 3), a/ only in the title (tier 2), d/ not in the title (tier 0): the tiers
    # keep their order, and within one the article with more matches leads (b/ six times, c/ four)
    assert urls(files, "政协") == ["b/", "c/", "a/", "d/"]
