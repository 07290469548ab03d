"""Binary encoding of postings and token shards, and shard routing.

Token shard file (``t/<n>.bin``)::

    varint  entry count
    entry*  (sorted by token)
        varint  token length in bytes, token (UTF-8)
        list    all      docs containing the token (title or body)
        list    title    docs whose title contains the token
        list    often    docs containing the token 3 or more times

    list := varint kind
            kind 0: varint count, then count varints: first id, then gaps
            kind 1: varint byte length L, then L bytes of bitmap
                    (bit i of byte j set <=> doc id 8*j+i is present)

Document ids are 0..N-1, assigned by date descending, so a smaller id is a
more recent article.  Routing: ``fnv1a32(utf8(token)) % shard_count``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

KIND_DELTA = 0
KIND_BITMAP = 1


def fnv1a32(data: bytes) -> int:
    h = 0x811C9DC5
    for b in data:
        h ^= b
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h


def shard_of(token: str, shard_count: int) -> int:
    return fnv1a32(token.encode("utf-8")) % shard_count


def encode_varint(n: int, out: bytearray) -> None:
    while n >= 0x80:
        out.append((n & 0x7F) | 0x80)
        n >>= 7
    out.append(n)


def decode_varint(buf: bytes, pos: int) -> tuple[int, int]:
    result = shift = 0
    while True:
        b = buf[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        if b < 0x80:
            return result, pos
        shift += 7


def _delta_bytes(ids: Sequence[int]) -> bytes:
    out = bytearray()
    encode_varint(len(ids), out)
    prev = 0
    for i, d in enumerate(ids):
        encode_varint(d - prev if i else d, out)
        prev = d
    return bytes(out)


def _bitmap_bytes(ids: Sequence[int]) -> bytes:
    size = ids[-1] // 8 + 1 if ids else 0
    bits = bytearray(size)
    for d in ids:
        bits[d >> 3] |= 1 << (d & 7)
    out = bytearray()
    encode_varint(size, out)
    return bytes(out) + bytes(bits)


def encode_postings(ids: Sequence[int]) -> bytes:
    """Encode sorted unique doc ids, choosing the smaller of the two forms."""
    delta = _delta_bytes(ids)
    bitmap_size = (ids[-1] // 8 + 1) if ids else 0
    if ids and bitmap_size + 4 < len(delta):
        return bytes([KIND_BITMAP]) + _bitmap_bytes(ids)
    return bytes([KIND_DELTA]) + delta


def decode_postings(buf: bytes, pos: int) -> tuple[list[int], int]:
    kind, pos = decode_varint(buf, pos)
    if kind == KIND_DELTA:
        count, pos = decode_varint(buf, pos)
        ids: list[int] = []
        cur = 0
        for i in range(count):
            v, pos = decode_varint(buf, pos)
            cur = v if i == 0 else cur + v
            ids.append(cur)
        return ids, pos
    if kind == KIND_BITMAP:
        size, pos = decode_varint(buf, pos)
        ids = [
            8 * j + i
            for j, byte in enumerate(buf[pos : pos + size])
            if byte
            for i in range(8)
            if byte >> i & 1
        ]
        return ids, pos + size
    raise ValueError(f"unknown postings kind {kind}")


def encode_shard(entries: Iterable[tuple[str, bytes, bytes, bytes]]) -> bytes:
    """Entries: (token, all, title, often) with already-encoded lists."""
    items = sorted(entries)
    out = bytearray()
    encode_varint(len(items), out)
    for token, all_b, title_b, often_b in items:
        tb = token.encode("utf-8")
        encode_varint(len(tb), out)
        out += tb
        out += all_b
        out += title_b
        out += often_b
    return bytes(out)


def decode_shard(buf: bytes) -> dict[str, tuple[list[int], list[int], list[int]]]:
    count, pos = decode_varint(buf, 0)
    out: dict[str, tuple[list[int], list[int], list[int]]] = {}
    for _ in range(count):
        n, pos = decode_varint(buf, pos)
        token = buf[pos : pos + n].decode("utf-8")
        pos += n
        all_ids, pos = decode_postings(buf, pos)
        title_ids, pos = decode_postings(buf, pos)
        often_ids, pos = decode_postings(buf, pos)
        out[token] = (all_ids, title_ids, often_ids)
    return out
