"""Build the static search index (pure; see ``write_search_index`` for I/O).

Output layout, relative to the language's ``search/index/`` directory::

    meta.json             version, doc and shard counts, routing parameters
    t/<n>.bin             token shards (see ``encoding``), hash-routed
    f/<id//1000>/<id>.json  one fragment per article: url, title, date label,
                          section and the text (whitespace collapsed) used for verification
                          and snippets
"""

from __future__ import annotations

import json
import math
from array import array
from dataclasses import dataclass
from pathlib import Path

from .encoding import encode_postings, encode_shard, shard_of
from .tokenize import PREFIX_MAX, index_token_counts

FORMAT_VERSION = 1
OFTEN_MIN = 3
FRAGMENT_GROUP = 1000
DEFAULT_SHARD_BYTES = 32_000


@dataclass(frozen=True)
class SearchDoc:
    url: str
    title: str
    text: str
    date: str = ""
    date_label: str = ""
    section: str = ""
    lang: str = "zh"


def order_docs(docs: list[SearchDoc]) -> list[SearchDoc]:
    """Doc id order: newest first, then by url (stable, deterministic)."""
    by_url = sorted(docs, key=lambda d: (d.url, d.title))
    dated = sorted((d for d in by_url if d.date), key=lambda d: d.date, reverse=True)
    return dated + [d for d in by_url if not d.date]


def fragment_path(doc_id: int) -> str:
    return f"f/{doc_id // FRAGMENT_GROUP}/{doc_id}.json"


def _json_bytes(obj: object) -> bytes:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode(
        "utf-8"
    )


def _fragment(doc: SearchDoc) -> bytes:
    return _json_bytes(
        {
            "d": doc.date_label,
            "s": doc.section,
            "t": doc.title,
            "u": doc.url,
            "x": " ".join(doc.text.split()),
        }
    )


def build_search_index(
    docs: list[SearchDoc], lang: str, target_shard_bytes: int = DEFAULT_SHARD_BYTES
) -> dict[str, bytes]:
    """Return ``{relative path: bytes}``; byte-identical for identical input."""
    ordered = order_docs(docs)
    all_p: dict[str, array] = {}
    title_p: dict[str, array] = {}
    often_p: dict[str, array] = {}
    files: dict[str, bytes] = {}
    for doc_id, doc in enumerate(ordered):
        title_counts = index_token_counts(doc.title)
        counts = index_token_counts(doc.text)
        counts.update(title_counts)
        for tok, n in counts.items():
            lst = all_p.get(tok)
            if lst is None:
                lst = all_p[tok] = array("I")
            lst.append(doc_id)
            if n >= OFTEN_MIN:
                often_p.setdefault(tok, array("I")).append(doc_id)
        for tok in title_counts:
            title_p.setdefault(tok, array("I")).append(doc_id)
        files[fragment_path(doc_id)] = _fragment(doc)

    empty = encode_postings([])
    encoded: list[tuple[str, bytes, bytes, bytes]] = []
    total = 0
    for tok in sorted(all_p):
        entry = (
            tok,
            encode_postings(all_p[tok]),
            encode_postings(title_p[tok]) if tok in title_p else empty,
            encode_postings(often_p[tok]) if tok in often_p else empty,
        )
        total += len(tok.encode("utf-8")) + sum(len(b) for b in entry[1:]) + 1
        encoded.append(entry)
    del all_p, title_p, often_p

    shard_count = max(1, math.ceil(total / target_shard_bytes))
    buckets: list[list[tuple[str, bytes, bytes, bytes]]] = [[] for _ in range(shard_count)]
    for entry in encoded:
        buckets[shard_of(entry[0], shard_count)].append(entry)
    for n, bucket in enumerate(buckets):
        files[f"t/{n}.bin"] = encode_shard(bucket)

    files["meta.json"] = _json_bytes(
        {
            "docs": len(ordered),
            "fragment_group": FRAGMENT_GROUP,
            "hash": "fnv1a32",
            "lang": lang,
            "prefix_max": PREFIX_MAX,
            "shards": shard_count,
            "version": FORMAT_VERSION,
        }
    )
    return dict(sorted(files.items()))


def write_search_index(files: dict[str, bytes], out_dir: str | Path) -> None:
    """The only function here that touches the file system."""
    root = Path(out_dir)
    for rel, data in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
