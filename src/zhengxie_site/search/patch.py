"""Change an index made earlier instead of building it again, when only some documents changed.

When every document keeps its doc id (the same documents in the same order, some with new text), the
files that change are the fragments of the changed documents and the shards holding a token that a
changed document gained or lost. Those shards are read back from the last build, the tokens' postings
are changed there, and every other entry is kept as it was: the result is byte for byte what
``build_search_index`` makes from scratch, at the cost of the changed tokens instead of every token.
It gives up (returns None) when the shard count would change or a file is not as expected.
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from .build import DEFAULT_SHARD_BYTES
from .document import fragment_path
from .encoding import (
    EMPTY_POSTINGS,
    KIND_BITMAP,
    decode_postings,
    decode_varint,
    encode_postings,
    join_shard,
    shard_entry,
    shard_of,
)
from .terms import DocTerms

LISTS = 3  # all, title, often: the postings lists of a token's entry, in entry order


@dataclass(frozen=True)
class IndexLayout:
    """What patching a language's index needs to know of the files made last time."""

    keys: tuple[str, ...]  # each document's key (a digest of what it is made from), in doc id order
    shards: int
    entry_bytes: int  # the size of every token entry together: the shard count follows from it


def layout_of(files: dict[str, bytes], keys: Sequence[str]) -> IndexLayout:
    """The layout of an index made by build_search_index() from documents with these keys, in doc id order."""
    shards = json.loads(files["meta.json"])["shards"]
    entry_bytes = 0
    for n in range(shards):
        shard = files[f"t/{n}.bin"]
        entry_bytes += _entry_bytes(shard)
    return IndexLayout(tuple(keys), shards, entry_bytes)


@dataclass(frozen=True)
class Change:
    """A document whose text changed and whose doc id did not."""

    doc_id: int
    old: DocTerms
    new: DocTerms


def patch_search_index(
    layout: IndexLayout,
    keys: Sequence[str],
    changes: Sequence[Change],
    previous: Callable[[str], bytes | None],
    *,
    target_shard_bytes: int = DEFAULT_SHARD_BYTES,
) -> tuple[dict[str, bytes], IndexLayout] | None:
    """The files that change (relative path -> bytes) and the new layout, or None when the index has to
    be built again. ``previous(path)`` gives a file of the last build, or None if it is not intact."""
    deltas = _deltas(changes)
    by_shard: dict[int, list[str]] = defaultdict(list)
    for token in deltas:
        by_shard[shard_of(token, layout.shards)].append(token)
    files: dict[str, bytes] = {}
    growth = 0
    for n, tokens in sorted(by_shard.items()):
        old = previous(f"t/{n}.bin")
        if old is None:
            return None
        patched = _patch_shard(old, {token: deltas[token] for token in tokens})
        if patched is None:
            return None
        files[f"t/{n}.bin"] = patched
        growth += _entry_bytes(patched) - _entry_bytes(old)
    entry_bytes = layout.entry_bytes + growth
    if max(1, math.ceil(entry_bytes / target_shard_bytes)) != layout.shards:
        return None
    files.update((fragment_path(change.doc_id), change.new.fragment) for change in changes)
    return files, IndexLayout(tuple(keys), layout.shards, entry_bytes)


Delta = list[tuple[set[int], set[int]]]  # per postings list: (doc ids gained, doc ids lost)


def _deltas(changes: Sequence[Change]) -> dict[str, Delta]:
    """Each token whose postings change, with the doc ids it gains and loses in each list."""
    deltas: dict[str, Delta] = {}
    for change in changes:
        old_lists, new_lists = change.old.token_lists()[1:], change.new.token_lists()[1:]
        for which, (old, new) in enumerate(zip(old_lists, new_lists)):
            old, new = set(old), set(new)
            for token, side in [(t, 0) for t in new - old] + [(t, 1) for t in old - new]:
                if token not in deltas:
                    deltas[token] = [(set(), set()) for _ in range(LISTS)]
                deltas[token][which][side].add(change.doc_id)
    return deltas


def _patch_shard(shard: bytes, deltas: dict[str, Delta]) -> bytes | None:
    """The shard with these tokens' postings changed; None if a change does not fit what is there."""
    try:
        entries = _entries(shard)
    except (IndexError, UnicodeDecodeError):
        return None
    for token, delta in deltas.items():
        lists = _postings(entries[token], len(token.encode("utf-8"))) if token in entries else [[]] * LISTS
        changed = []
        for ids, (gained, lost) in zip(lists, delta):
            present = set(ids)
            if gained & present or not lost <= present:
                return None  # the shard is not the one these documents were indexed into
            changed.append(sorted((present - lost) | gained))
        if changed[0]:
            entries[token] = shard_entry(token, *(encode_postings(ids) if ids else EMPTY_POSTINGS for ids in changed))
        else:
            entries.pop(token, None)
    return join_shard([entries[token] for token in sorted(entries)])


def _entries(shard: bytes) -> dict[str, bytes]:
    """A shard's entries by token, each as its bytes."""
    count, pos = decode_varint(shard, 0)
    entries: dict[str, bytes] = {}
    for _ in range(count):
        start = pos
        length, pos = decode_varint(shard, pos)
        token = shard[pos : pos + length].decode("utf-8")
        pos += length
        for _ in range(LISTS):
            pos = _skip_postings(shard, pos)
        entries[token] = shard[start:pos]
    if pos != len(shard):
        raise IndexError("trailing bytes")
    return entries


def _skip_postings(buf: bytes, pos: int) -> int:
    kind, pos = decode_varint(buf, pos)
    size, pos = decode_varint(buf, pos)
    if kind == KIND_BITMAP:
        return pos + size
    for _ in range(size):  # that many varints: each ends at a byte below 0x80
        while buf[pos] >= 0x80:
            pos += 1
        pos += 1
    return pos


def _postings(entry: bytes, token_bytes: int) -> list[list[int]]:
    pos = decode_varint(entry, 0)[1] + token_bytes
    lists = []
    for _ in range(LISTS):
        ids, pos = decode_postings(entry, pos)
        lists.append(ids)
    return lists


def _entry_bytes(shard: bytes) -> int:
    """The shard's size without its entry count."""
    return len(shard) - decode_varint(shard, 0)[1]
