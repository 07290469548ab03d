"""Patching an index where some documents changed gives the files a build from scratch gives."""

from __future__ import annotations

import random
from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st
from test_search_golden import generated_corpus

from zhengxie_site.search import SearchDoc, build_search_index, doc_terms
from zhengxie_site.search.document import doc_order
from zhengxie_site.search.patch import Change, layout_of, patch_search_index

WORDS = ["政协", "委员", "提案", "协商", "基层", "履职", "创新", "年度", "乡村", "振兴", "民主", "监督", "committee"]


def ordered(docs: list[SearchDoc]) -> list[SearchDoc]:
    return [docs[i] for i in doc_order(docs)]


def patched(docs: list[SearchDoc], edited: dict[int, SearchDoc], shard_bytes: int):
    """(files made by patching the index of docs with the edits, files built from the edited docs)."""
    docs = ordered(docs)
    before = build_search_index(docs, "zh", target_shard_bytes=shard_bytes)
    keys = [str(i) for i in range(len(docs))]
    layout = layout_of(before, keys)
    after_docs = [edited.get(i, doc) for i, doc in enumerate(docs)]
    assert ordered(after_docs) == after_docs  # edits keep the doc ids
    changes = [Change(i, doc_terms(docs[i]), doc_terms(doc)) for i, doc in edited.items()]
    result = patch_search_index(layout, [f"{k}'" for k in keys], changes, before.get, target_shard_bytes=shard_bytes)
    after = build_search_index(after_docs, "zh", target_shard_bytes=shard_bytes)
    return result, before, after


def merged(before: dict[str, bytes], changed: dict[str, bytes]) -> dict[str, bytes]:
    return dict(sorted({**before, **changed}.items()))


def test_patching_one_edited_article_equals_a_new_build_and_changes_few_files():
    docs = generated_corpus(300, 4)
    target = ordered(docs)[150]
    edit = replace(target, text=target.text + "新增的一句话：协商在基层委员履职。")
    result, before, after = patched(docs, {150: edit}, 32_000)
    assert result is not None
    changed, layout = result
    assert merged(before, changed) == after
    assert "f/0/150.json" in changed and "meta.json" not in changed
    shards = [path for path in before if path.startswith("t/")]
    assert 0 < len([p for p in changed if p.startswith("t/")]) < len(shards)
    assert layout == layout_of(after, [f"{i}'" for i in range(len(docs))])


@settings(max_examples=60, deadline=None)
@given(st.randoms(use_true_random=False), st.integers(1, 6), st.sampled_from([300, 4000, 32_000]))
def test_patching_random_edits_equals_a_new_build_or_gives_up(rng: random.Random, edits: int, shard_bytes: int):
    docs = ordered(generated_corpus(60, rng.randrange(1000)))
    edited = {}
    for i in rng.sample(range(len(docs)), edits):
        words = " ".join(rng.choice(WORDS) for _ in range(rng.randrange(0, 12)))
        kind = rng.randrange(3)
        text = docs[i].text + words if kind == 0 else words if kind == 1 else docs[i].text[: len(docs[i].text) // 2]
        title = docs[i].title if rng.random() < 0.7 else words[:8]
        edited[i] = replace(docs[i], text=text, title=title if title else docs[i].title)
    if ordered([edited.get(i, d) for i, d in enumerate(docs)]) != [edited.get(i, d) for i, d in enumerate(docs)]:
        return  # a title edit moved a document: the build makes the index anew
    result, before, after = patched(docs, edited, shard_bytes)
    if result is None:  # only when the shard count changes
        assert len([p for p in after if p.startswith("t/")]) != len([p for p in before if p.startswith("t/")])
    else:
        assert merged(before, result[0]) == after


def test_a_shard_that_does_not_hold_what_the_old_terms_say_gives_up():
    docs = ordered(generated_corpus(50, 2))
    before = build_search_index(docs, "zh")
    layout = layout_of(before, [str(i) for i in range(len(docs))])
    wrong_old = doc_terms(replace(docs[3], text="完全不同的内容从未被索引"))
    changes = [Change(3, wrong_old, doc_terms(docs[3]))]
    assert patch_search_index(layout, layout.keys, changes, before.get) is None


def test_a_missing_or_damaged_shard_gives_up():
    docs = ordered(generated_corpus(50, 3))
    before = build_search_index(docs, "zh")
    layout = layout_of(before, [str(i) for i in range(len(docs))])
    changes = [Change(5, doc_terms(docs[5]), doc_terms(replace(docs[5], text=docs[5].text + "新词汇")))]
    assert patch_search_index(layout, layout.keys, changes, lambda path: None) is None
    assert patch_search_index(layout, layout.keys, changes, lambda path: before[path][:-3]) is None
