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
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from .document import (
    FRAGMENT_GROUP,
    SearchDoc,
    doc_order,
    fragment_path,
    json_bytes,
    order_docs,
)
from .encoding import encode_postings, join_shard, shard_entry, shard_of
from .postings import RUN_POSTINGS, IdLists, Inverter
from .terms import OFTEN_MIN, DocTerms, TokenLists, doc_token_lists
from .tokenize import PREFIX_MAX, fold_table_parts, has_traditional

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
    "stream_index",
    "write_search_index",
]

FORMAT_VERSION = 2  # 2: traditional characters folded to simplified (fold/<n>.txt)
FOLD_SHARDS = 64  # the fold table in files by code point (~400 B each): a query fetches those of its own characters
DEFAULT_SHARD_BYTES = 32_000

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
    files: dict[str, bytes] = {}
    stream_index(ordered, lang, files.__setitem__, target_shard_bytes=target_shard_bytes)
    return dict(sorted(files.items()))


def stream_index(
    ordered: Iterable[TokenLists],
    lang: str,
    put: Callable[[str, bytes], None],
    *,
    target_shard_bytes: int = DEFAULT_SHARD_BYTES,
    run_postings: int = RUN_POSTINGS,
    scratch: Path | None = None,
) -> tuple[int, int]:
    """``index_files``, each file handed to ``put(name, data)`` as it is made (a fragment as soon as
    its document is read). Postings past ``run_postings`` wait in temporary files in ``scratch`` (see
    ``postings``), so memory holds a part of them and the encoded entries (a tenth of their size).
    Returns the shard count and the size of every token entry together (what patching needs)."""
    inverter = Inverter(run_postings, scratch)
    traditional = [False]
    doc_count = _invert(ordered, put, inverter, traditional)
    entries = _token_entries(inverter.merged())  # encoded, a token at a time
    entry_bytes = sum(len(entry) for _, entry in entries)
    shards = _shards(entries, entry_bytes, target_shard_bytes)
    del entries
    for n, shard in enumerate(shards):
        put(f"t/{n}.bin", shard)
    for n, part in enumerate(fold_table_parts(FOLD_SHARDS)):
        put(f"fold/{n}.txt", part)
    put("meta.json", _meta(lang, doc_count, len(shards), traditional[0]))
    return len(shards), entry_bytes


def _invert(ordered: Iterable[TokenLists], put: Callable[[str, bytes], None], inverter: Inverter,
            traditional: list[bool]) -> int:
    """The docs' token lists inverted, each doc's fragment handed to ``put`` on the way; the doc count.
    ``traditional[0]`` tells whether any fragment holds a traditional character (the browser then folds
    fragments with the whole table, not only the characters of the query)."""
    doc_count = 0
    for doc_id, (fragment, tokens, title_tokens, often_tokens) in enumerate(ordered):
        put(fragment_path(doc_id), fragment)
        traditional[0] = traditional[0] or has_traditional(fragment.decode("utf-8"))
        inverter.add(doc_id, tokens, title_tokens, often_tokens)
        doc_count = doc_id + 1
    return doc_count


def _token_entries(postings: Iterable[tuple[str, IdLists]]) -> list[tuple[str, bytes]]:
    """(token, its encoded shard entry), in token order."""
    return [(token, shard_entry(token, *map(encode_postings, lists))) for token, lists in postings]


def _shards(entries: list[tuple[str, bytes]], entry_bytes: int, target_shard_bytes: int) -> list[bytes]:
    """Route the entries to as many shards as the target size asks for."""
    # A token is at most 12 characters (48 bytes), so its length prefix is one
    # byte and an entry's size is what the first implementation counted.
    shard_count = max(1, math.ceil(entry_bytes / target_shard_bytes))
    buckets: list[list[bytes]] = [[] for _ in range(shard_count)]
    for tok, entry in entries:
        buckets[shard_of(tok, shard_count)].append(entry)
    return [join_shard(bucket) for bucket in buckets]


def _meta(lang: str, doc_count: int, shard_count: int, traditional: bool = False) -> bytes:
    return json_bytes(
        {
            "docs": doc_count,
            "fold_shards": FOLD_SHARDS,
            "traditional": traditional,
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
