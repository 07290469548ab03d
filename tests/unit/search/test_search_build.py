"""The two steps of indexing (doc_terms per article, then the merge) against
a copy of the first, single-step build: the files must be the same, whether
the terms are computed by the build or given to it."""

from __future__ import annotations

import math
import pickle
import random
import re
import unicodedata
from array import array
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_search_golden import generated_corpus

from zhengxie_site.search.tokenize import fold_table_parts, has_traditional, simplified_of
from zhengxie_site.search import (
    TERMS_VERSION,
    DocTerms,
    SearchDoc,
    build_search_index,
    doc_terms,
    index_token_counts,
    order_docs,
)
from zhengxie_site.search.build import FORMAT_VERSION, fragment_path, stream_index
from zhengxie_site.search.document import doc_order
from zhengxie_site.search.patch import layout_of
from zhengxie_site.search.document import fragment_bytes, json_bytes
from zhengxie_site.search.encoding import encode_postings, encode_shard, shard_of

# --- reference: the first tokenizer and build loop, kept verbatim ----------
# (encode_postings and encode_shard are checked against their first versions
# in test_search_encoding.py)

_CJK = ("\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
        "\U00020000-\U0002fa1f")
_RUN_RE = re.compile(rf"([{_CJK}]+)|([^\W_{_CJK}]+)")


def ref_normalize(text: str) -> str:
    # the first implementation's folding, and (format 2) traditional characters to simplified ones
    return "".join(unicodedata.normalize("NFKC", ch).lower() for ch in text).translate(simplified_of())


def ref_index_token_counts(text: str) -> Counter[str]:
    counts: Counter[str] = Counter()
    for m in _RUN_RE.finditer(ref_normalize(text)):
        run = m.group(1) or m.group(2)
        if m.group(1):
            counts.update(map(str.__add__, run, run[1:]))
            counts.update(map(str.__add__, map(str.__add__, run, run[1:]), run[2:]))
        else:
            counts.update(run[:n] for n in range(2, min(len(run), 12) + 1))
    return counts


def ref_order_docs(docs):
    by_url = sorted(docs, key=lambda d: (d.url, d.title))
    dated = sorted((d for d in by_url if d.date), key=lambda d: d.date, reverse=True)
    return dated + [d for d in by_url if not d.date]


def ref_build(docs, lang, target_shard_bytes=32_000):
    ordered = ref_order_docs(docs)
    all_p, title_p, often_p, files = {}, {}, {}, {}
    for doc_id, doc in enumerate(ordered):
        title_counts = ref_index_token_counts(doc.title)
        counts = ref_index_token_counts(doc.text)
        counts.update(title_counts)
        for tok, n in counts.items():
            all_p.setdefault(tok, array("I")).append(doc_id)
            if n >= 3:
                often_p.setdefault(tok, array("I")).append(doc_id)
        for tok in title_counts:
            title_p.setdefault(tok, array("I")).append(doc_id)
        files[fragment_path(doc_id)] = fragment_bytes(doc)
    empty = encode_postings([])
    encoded, total = [], 0
    for tok in sorted(all_p):
        entry = (tok, encode_postings(all_p[tok]),
                 encode_postings(title_p[tok]) if tok in title_p else empty,
                 encode_postings(often_p[tok]) if tok in often_p else empty)
        total += len(tok.encode("utf-8")) + sum(len(b) for b in entry[1:]) + 1
        encoded.append(entry)
    shard_count = max(1, math.ceil(total / target_shard_bytes))
    buckets = [[] for _ in range(shard_count)]
    for entry in encoded:
        buckets[shard_of(entry[0], shard_count)].append(entry)
    for n, bucket in enumerate(buckets):
        files[f"t/{n}.bin"] = encode_shard(bucket)
    for n, part in enumerate(fold_table_parts(16 * 4)):  # format 2: the fold table for the browser
        files[f"fold/{n}.txt"] = part
    traditional = any(has_traditional(files[fragment_path(i)].decode("utf-8")) for i in range(len(ordered)))
    files["meta.json"] = json_bytes({
        "docs": len(ordered), "fold_shards": 64, "fragment_group": 1000, "hash": "fnv1a32", "lang": lang,
        "prefix_max": 12, "shards": shard_count, "traditional": traditional, "version": FORMAT_VERSION})
    return dict(sorted(files.items()))


# --- inputs ------------------------------------------------------------------

# Han, kana, Hangul (syllables and jamo), compatibility ideographs, astral Han,
# full-width and case-folding letters, combining marks, final sigma, digits,
# ligatures, punctuation and spaces.
ALPHABET = ("政协委员提案商在基层履职创新年度的了カタひら가나\u1100\u1161豈\U00020000\U0002f800"
            "ＡＢ１２ａbcXYZ019Σσİßǅﬁ①\u0301\u3099ｶﾞ㈠，。、；（）《》 \n\t-_.")
texts = st.text(alphabet=ALPHABET, max_size=60)
search_docs = st.builds(
    SearchDoc, url=st.sampled_from(["a/", "b/", "c/", "d/"]), title=texts, text=texts,
    date=st.sampled_from(["", "2020", "2021-03", "2021-03-04"]), date_label=st.just("x"),
    section=st.just("s"))


# --- tests -------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(texts)
def test_token_counts_equal_reference(text):
    assert index_token_counts(text) == ref_index_token_counts(text)


@settings(max_examples=150, deadline=None)
@given(st.lists(search_docs, max_size=8), st.sampled_from([40, 300, 32_000]))
def test_build_equals_reference_with_and_without_terms(docs, shard_bytes):
    expected = ref_build(docs, "zh", shard_bytes)
    assert build_search_index(docs, "zh", target_shard_bytes=shard_bytes) == expected
    terms = [doc_terms(d) for d in docs]
    assert build_search_index(docs, "zh", terms, target_shard_bytes=shard_bytes) == expected


@pytest.mark.parametrize("seed", [1, 2])
def test_generated_corpus_equals_reference(seed):
    docs = generated_corpus(200, seed)
    expected = ref_build(docs, "zh", 4000)
    assert build_search_index(docs, "zh", target_shard_bytes=4000) == expected
    # terms computed elsewhere: pickled and back, as from a worker or a cache
    terms = pickle.loads(pickle.dumps([doc_terms(d) for d in docs]))
    assert build_search_index(docs, "zh", terms, target_shard_bytes=4000) == expected


def test_a_streamed_index_is_the_built_one_each_fragment_handed_over_as_its_document_is_read():
    docs = generated_corpus(300, 3)
    ordered = [docs[i] for i in doc_order(docs)]
    made, seen_at = {}, []

    def documents():
        for doc in ordered:
            seen_at.append(len(made))  # files handed over before this document was read
            yield doc_terms(doc).token_lists()

    shards, entry_bytes = stream_index(documents(), "zh", made.__setitem__, target_shard_bytes=4000)
    expected = build_search_index(docs, "zh", target_shard_bytes=4000)
    assert dict(sorted(made.items())) == expected
    assert seen_at == list(range(len(docs)))  # one fragment per document read, none held back
    layout = layout_of(expected, [str(i) for i in range(len(docs))])
    assert (shards, entry_bytes) == (layout.shards, layout.entry_bytes) and shards > 1


def test_doc_terms_is_a_plain_value():
    doc = generated_corpus(1, 4)[0]
    terms = doc_terms(doc)
    assert terms == doc_terms(doc) and hash(terms) == hash(doc_terms(doc))
    assert pickle.loads(pickle.dumps(terms)) == terms
    with pytest.raises(AttributeError):
        terms.tokens = ""  # type: ignore[misc]
    assert isinstance(TERMS_VERSION, int)


def test_doc_terms_content():
    doc = SearchDoc("u/", "政协委员", "政协政协政协 Committee")
    terms = doc_terms(doc)
    fragment, tokens, title_tokens, often_tokens = terms.token_lists()
    assert set(title_tokens) == {"政协", "协委", "委员", "政协委", "协委员"}
    assert list(often_tokens) == ["政协"]  # 4 times; 协政 only twice
    assert tokens[0] == "政协" and terms.often_count == 1  # the often ones first
    assert {"co", "committee", "协政", "政协政"} <= set(tokens)
    assert len(tokens) == len(set(tokens))
    assert fragment == terms.fragment == fragment_bytes(doc)
    assert DocTerms.split(doc_terms(SearchDoc("u/", "", "。")).tokens) == []


def test_terms_follow_their_docs_not_the_doc_order():
    docs = generated_corpus(60, 5)
    terms = [doc_terms(d) for d in docs]
    expected = build_search_index(docs, "zh")
    assert build_search_index(docs, "zh", terms) == expected
    swapped = terms[1:] + terms[:1]
    assert build_search_index(docs, "zh", swapped) != expected


def test_terms_must_match_docs_in_number():
    docs = generated_corpus(3, 6)
    with pytest.raises(ValueError):
        build_search_index(docs, "zh", [doc_terms(d) for d in docs[:2]])


def test_doc_ids_do_not_depend_on_input_order():
    docs = generated_corpus(120, 7)
    assert len({(d.url, d.title) for d in docs}) == len(docs)
    expected = build_search_index(docs, "zh")
    for seed in range(3):
        shuffled = docs[:]
        random.Random(seed).shuffle(shuffled)
        assert order_docs(shuffled) == order_docs(docs) == ref_order_docs(docs)
        assert build_search_index(shuffled, "zh") == expected
