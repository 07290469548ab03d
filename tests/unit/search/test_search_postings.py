"""Postings inverted in runs on disk are the postings inverted in memory."""

from __future__ import annotations

import random

import pytest
from test_search_golden import generated_corpus

from zhengxie_site.search import build_search_index, doc_terms
from zhengxie_site.search.build import stream_index
from zhengxie_site.search.document import doc_order
from zhengxie_site.search.postings import Inverter


def inverted(docs: list[tuple[list[str], list[str], list[str]]], run_postings: int) -> tuple[list, int]:
    inverter = Inverter(run_postings)
    for doc_id, lists in enumerate(docs):
        inverter.add(doc_id, *lists)
    runs = inverter.runs
    return [(token, tuple(ids.tolist() for ids in lists)) for token, lists in inverter.merged()], runs


def random_docs(seed: int, count: int) -> list[tuple[list[str], list[str], list[str]]]:
    rng = random.Random(seed)
    vocabulary = [f"t{n}" for n in range(300)]
    docs = []
    for _ in range(count):
        tokens = rng.sample(vocabulary, rng.randint(0, 40))
        docs.append((tokens, tokens[: rng.randint(0, 5)], tokens[: rng.randint(0, 10)]))
    return docs


@pytest.mark.parametrize("seed", range(4))
def test_runs_on_disk_merge_into_what_memory_alone_holds(seed):
    docs = random_docs(seed, 400)
    expected, runs = inverted(docs, 10**9)
    assert runs == 0
    for run_postings in (1, 37, 1000):
        merged, runs = inverted(docs, run_postings)
        assert runs > 0 and merged == expected
    assert [token for token, _ in expected] == sorted(token for token, _ in expected)
    every = {token: lists[0] for token, lists in expected}
    assert every["t7"] == [doc_id for doc_id, doc in enumerate(docs) if "t7" in doc[0]]


def test_an_index_made_with_runs_on_disk_is_the_one_made_in_memory(tmp_path):
    docs = generated_corpus(250, 5)
    ordered = [doc_terms(docs[i]).token_lists() for i in doc_order(docs)]
    made = {}
    stream_index(iter(ordered), "zh", made.__setitem__, target_shard_bytes=3000, run_postings=2000,
                 scratch=tmp_path)
    assert dict(sorted(made.items())) == build_search_index(docs, "zh", target_shard_bytes=3000)
    assert list(tmp_path.iterdir()) == []  # the runs were unnamed files, gone once read
