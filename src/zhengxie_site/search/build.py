"""Build the static search index (pure; see ``write_search_index`` for I/O).

Output layout, relative to the language's ``search/index/`` directory::

    meta.json             version, doc and shard counts, routing parameters
    t/<n>.bin             token shards (see ``encoding``), hash-routed
    f/<id//1000>/<id>.json  one fragment per article: url, title, date label,
                          section and the text (whitespace collapsed) used for verification
                          and snippets

Two steps: ``doc_terms`` per article (pure, cacheable, see ``terms``), then
the merge of all articles' tokens into postings and their encoding.
"""

from __future__ import annotations

import math
from array import array
from collections import defaultdict, deque
from collections.abc import Iterable, Sequence
from functools import partial
from itertools import repeat
from pathlib import Path

from .document import (
    FRAGMENT_GROUP,
    SearchDoc,
    doc_order,
    fragment_path,
    json_bytes,
    order_docs,
)
from .encoding import EMPTY_POSTINGS, encode_postings, join_shard, shard_entry, shard_of
from .terms import OFTEN_MIN, DocTerms, TokenLists, doc_token_lists
from .tokenize import PREFIX_MAX

__all__ = [
    "DEFAULT_SHARD_BYTES",
    "FORMAT_VERSION",
    "FRAGMENT_GROUP",
    "OFTEN_MIN",
    "SearchDoc",
    "build_search_index",
    "fragment_path",
    "index_files",
    "order_docs",
    "write_search_index",
]

FORMAT_VERSION = 1
DEFAULT_SHARD_BYTES = 32_000

Postings = dict[str, array]  # token -> sorted doc ids


def build_search_index(
    docs: Sequence[SearchDoc],
    lang: str,
    terms: Sequence[DocTerms] | None = None,
    *,
    target_shard_bytes: int = DEFAULT_SHARD_BYTES,
) -> dict[str, bytes]:
    """Return ``{relative path: bytes}``; byte-identical for identical input.

    ``terms``, if given, holds ``doc_terms(doc)`` for each doc, in the order
    of ``docs``; the files are the same whether they are given or not.
    """
    order = doc_order(docs)
    if terms is None:  # computed one at a time, so they are never all in memory
        ordered: Iterable[TokenLists] = (doc_token_lists(docs[i]) for i in order)
    elif len(terms) == len(docs):
        ordered = (terms[i].token_lists() for i in order)
    else:
        raise ValueError(f"{len(terms)} DocTerms for {len(docs)} docs")
    return index_files(ordered, lang, target_shard_bytes=target_shard_bytes)


def index_files(
    ordered: Iterable[TokenLists], lang: str, *, target_shard_bytes: int = DEFAULT_SHARD_BYTES
) -> dict[str, bytes]:
    """The index of documents given one at a time in doc id order (``doc_order``), as
    ``build_search_index`` makes it: a caller can stream them instead of holding every one."""
    fragments, *postings = _invert(ordered)
    entries = _token_entries(*postings)
    del postings  # the encoded entries replace them
    shards = _shards(entries, target_shard_bytes)
    files = {fragment_path(doc_id): fragment for doc_id, fragment in enumerate(fragments)}
    files.update((f"t/{n}.bin", shard) for n, shard in enumerate(shards))
    files["meta.json"] = _meta(lang, len(fragments), len(shards))
    return dict(sorted(files.items()))


_new_id_list = partial(array, "I")
_append_id = array.append


def _invert(
    ordered: Iterable[TokenLists],
) -> tuple[list[bytes], Postings, Postings, Postings]:
    """The fragments in doc id order, and the docs' token lists inverted
    into three postings lists per token: all, title, often."""
    fragments: list[bytes] = []
    all_p: Postings = defaultdict(_new_id_list)
    title_p: Postings = defaultdict(_new_id_list)
    often_p: Postings = defaultdict(_new_id_list)
    for doc_id, (fragment, tokens, title_tokens, often_tokens) in enumerate(ordered):
        fragments.append(fragment)
        _add_doc(all_p, tokens, doc_id)
        _add_doc(title_p, title_tokens, doc_id)
        _add_doc(often_p, often_tokens, doc_id)
    return fragments, all_p, title_p, often_p


def _add_doc(postings: Postings, tokens: Iterable[str], doc_id: int) -> None:
    # Nested maps drained by a deque: the loop over a doc's tokens runs in C.
    deque(map(_append_id, map(postings.__getitem__, tokens), repeat(doc_id)), maxlen=0)


def _token_entries(
    all_p: Postings, title_p: Postings, often_p: Postings
) -> list[tuple[str, bytes]]:
    """(token, its encoded shard entry), in token order."""
    # Most tokens are in no title and in no doc often: look their empty
    # lists up instead of encoding them.
    title_b = {tok: encode_postings(ids) for tok, ids in title_p.items()}
    often_b = {tok: encode_postings(ids) for tok, ids in often_p.items()}
    return [
        (tok, shard_entry(tok, encode_postings(ids), title_b.get(tok, EMPTY_POSTINGS),
                          often_b.get(tok, EMPTY_POSTINGS)))
        for tok, ids in sorted(all_p.items())
    ]


def _shards(entries: list[tuple[str, bytes]], target_shard_bytes: int) -> list[bytes]:
    """Route the entries to as many shards as the target size asks for."""
    # A token is at most 12 characters (48 bytes), so its length prefix is one
    # byte and an entry's size is what the first implementation counted.
    total = sum(len(entry) for _, entry in entries)
    shard_count = max(1, math.ceil(total / target_shard_bytes))
    buckets: list[list[bytes]] = [[] for _ in range(shard_count)]
    for tok, entry in entries:
        buckets[shard_of(tok, shard_count)].append(entry)
    return [join_shard(bucket) for bucket in buckets]


def _meta(lang: str, doc_count: int, shard_count: int) -> bytes:
    return json_bytes(
        {
            "docs": doc_count,
            "fragment_group": FRAGMENT_GROUP,
            "hash": "fnv1a32",
            "lang": lang,
            "prefix_max": PREFIX_MAX,
            "shards": shard_count,
            "version": FORMAT_VERSION,
        }
    )


def write_search_index(files: dict[str, bytes], out_dir: str | Path) -> None:
    """The only function here that touches the file system."""
    root = Path(out_dir)
    for rel, data in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
