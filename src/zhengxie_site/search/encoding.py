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

import sys
from array import array
from collections.abc import Callable, Iterable, Sequence
from operator import sub
from typing import Literal, cast

KIND_DELTA = 0
KIND_BITMAP = 1

EMPTY_POSTINGS = bytes([KIND_DELTA, 0])  # a delta list of no ids
# The bitmap form must beat the gap form by more than this many bytes.
_BITMAP_MARGIN = 4


def fnv1a32(data: bytes) -> int:
    h = 0x811C9DC5
    for b in data:
        h ^= b
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h


def shard_of(token: str, shard_count: int) -> int:
    return fnv1a32(token.encode("utf-8")) % shard_count


def varint(n: int) -> bytes:
    """LEB128: 7 bits a byte, low bits first, high bit set on all but the last."""
    out = bytearray()
    while n >= 0x80:
        out.append((n & 0x7F) | 0x80)
        n >>= 7
    out.append(n)
    return bytes(out)


class _Table(dict):
    """n -> make(n), kept for n below ``limit``: lookups that run in C."""

    def __init__(self, make: Callable[[int], bytes], limit: int) -> None:
        super().__init__()
        self.make, self.limit = make, limit

    def __missing__(self, n: int) -> bytes:
        made = self.make(n)
        if n < self.limit:
            self[n] = made
        return made


# Gaps are below the doc count, so the table stays small.
_lookup_varint = _Table(varint, 1 << 17).__getitem__


def encode_varint(n: int, out: bytearray) -> None:
    out += _lookup_varint(n)


def decode_varint(buf: bytes, pos: int) -> tuple[int, int]:
    result = shift = 0
    while True:
        b = buf[pos]
        pos += 1
        result |= (b & 0x7F) << shift
        if b < 0x80:
            return result, pos
        shift += 7


_Unsigned = Literal["B", "H", "I", "L", "Q"]  # the typecodes of unsigned integer arrays


def _unsigned_array(ids: Sequence[int]) -> array | None:
    """``ids`` as an array of unsigned integers, or None if one is too large."""
    if isinstance(ids, array) and ids.typecode in "BHILQ":
        return ids
    try:
        return array("Q", ids)
    except OverflowError:
        return None


def _later_gaps(ids: Sequence[int]) -> Sequence[int]:
    """Each id minus the one before: bytes if all are below 256, else a list.

    All gaps come from one subtraction of two big integers, the ids but the
    first and the ids but the last, one per field of the array's width; the
    ids increase, so no field borrows from the next.
    """
    packed = _unsigned_array(ids)
    if packed is None:
        return list(map(sub, ids[1:], ids))
    size, order = packed.itemsize, sys.byteorder
    later = int.from_bytes(packed[1:].tobytes(), order)
    earlier = int.from_bytes(packed[:-1].tobytes(), order)
    fields = (later - earlier).to_bytes((len(packed) - 1) * size, order)
    low = fields[0::size] if order == "little" else fields[size - 1 :: size]
    if fields.count(0) - low.count(0) == len(low) * (size - 1):  # the other bytes are all 0
        return low
    return memoryview(fields).cast(cast(_Unsigned, packed.typecode)).tolist()


def _gap_varints(ids: Sequence[int]) -> bytes:
    """The varints of the first id and of each gap after it."""
    gaps = _later_gaps(ids)
    if isinstance(gaps, bytes) and gaps.isascii():  # gaps below 128 are their own varints
        return _lookup_varint(ids[0]) + gaps
    return _lookup_varint(ids[0]) + b"".join(map(_lookup_varint, gaps))


# Base-2 digits of a bitmap, lowest id first: a gap of g is g-1 zeros and a one.
_lookup_unary = _Table(lambda gap: b"0" * (gap - 1) + b"1", 256).__getitem__


def _bitmap_postings(ids: Sequence[int], size: int) -> bytes:
    digits = b"0" * ids[0] + b"1" + b"".join(map(_lookup_unary, _later_gaps(ids)))
    bits = int(digits[::-1], 2)  # read as a number: highest id first
    return b"\x01" + _lookup_varint(size) + bits.to_bytes(size, "little")


def encode_postings(ids: Sequence[int]) -> bytes:
    """Encode sorted unique doc ids in the smaller form: the bitmap if it is
    more than 4 bytes shorter than the gap list, else the gap list.

    A gap takes at least one byte, so a bitmap that beats one byte a gap is
    chosen before any gap is computed.  Both forms are built only when gaps
    of two bytes or more decide it.
    """
    if len(ids) < 2:  # most tokens: no gap to compute, and a bitmap never wins
        return b"\x00\x01" + _lookup_varint(ids[0]) if ids else EMPTY_POSTINGS
    bitmap_size = ids[-1] // 8 + 1
    count = _lookup_varint(len(ids))
    if bitmap_size + _BITMAP_MARGIN < len(count) + len(ids):
        return _bitmap_postings(ids, bitmap_size)
    gaps = _gap_varints(ids)
    if bitmap_size + _BITMAP_MARGIN < len(count) + len(gaps):
        return _bitmap_postings(ids, bitmap_size)
    return b"\x00" + count + gaps


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


def shard_entry(token: str, all_b: bytes, title_b: bytes, often_b: bytes) -> bytes:
    """One token's entry of a shard; its lists already encoded."""
    tb = token.encode("utf-8")
    return b"".join((_lookup_varint(len(tb)), tb, all_b, title_b, often_b))


def join_shard(entries: Sequence[bytes]) -> bytes:
    """A shard from entries already in token order."""
    return b"".join((_lookup_varint(len(entries)), *entries))


def encode_shard(entries: Iterable[tuple[str, bytes, bytes, bytes]]) -> bytes:
    """Entries: (token, all, title, often) with already-encoded lists."""
    return join_shard([shard_entry(*entry) for entry in sorted(entries)])


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
