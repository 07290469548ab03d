"""The postings and shard encoders against a copy of the first, per-posting
implementation: both must give the same bytes for every input."""

from __future__ import annotations

from array import array

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from zhengxie_site.search.encoding import (
    decode_postings,
    decode_shard,
    encode_postings,
    encode_shard,
    encode_varint,
    fnv1a32,
    varint,
)

# --- reference: the first implementation, kept verbatim -------------------


def ref_encode_varint(n: int, out: bytearray) -> None:
    while n >= 0x80:
        out.append((n & 0x7F) | 0x80)
        n >>= 7
    out.append(n)


def ref_delta_bytes(ids) -> bytes:
    out = bytearray()
    ref_encode_varint(len(ids), out)
    prev = 0
    for i, d in enumerate(ids):
        ref_encode_varint(d - prev if i else d, out)
        prev = d
    return bytes(out)


def ref_bitmap_bytes(ids) -> bytes:
    size = ids[-1] // 8 + 1 if ids else 0
    bits = bytearray(size)
    for d in ids:
        bits[d >> 3] |= 1 << (d & 7)
    out = bytearray()
    ref_encode_varint(size, out)
    return bytes(out) + bytes(bits)


def ref_encode_postings(ids) -> bytes:
    delta = ref_delta_bytes(ids)
    bitmap_size = (ids[-1] // 8 + 1) if ids else 0
    if ids and bitmap_size + 4 < len(delta):
        return bytes([1]) + ref_bitmap_bytes(ids)
    return bytes([0]) + delta


def ref_encode_shard(entries) -> bytes:
    items = sorted(entries)
    out = bytearray()
    ref_encode_varint(len(items), out)
    for token, all_b, title_b, often_b in items:
        tb = token.encode("utf-8")
        ref_encode_varint(len(tb), out)
        out += tb
        out += all_b
        out += title_b
        out += often_b
    return bytes(out)


def ref_fnv1a32(data: bytes) -> int:
    h = 0x811C9DC5
    for b in data:
        h ^= b
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h


# --- inputs ------------------------------------------------------------------

ID_MAX = 2**32 - 1  # doc ids are stored in array("I")
VARINT_EDGES = [0, 1, 127, 128, 129, 255, 256, 16383, 16384, 16385, 2**21 - 1, 2**21,
                2**28 - 1, 2**28, ID_MAX - 1, ID_MAX]


def sorted_ids(values) -> list[int]:
    return sorted(set(values))


sparse_ids = st.lists(st.integers(0, ID_MAX), max_size=50).map(sorted_ids)
small_ids = st.lists(st.integers(0, 3000), max_size=400).map(sorted_ids)
edge_ids = st.lists(st.sampled_from(VARINT_EDGES), max_size=len(VARINT_EDGES)).map(sorted_ids)


@st.composite
def dense_ids(draw):
    """A range with holes: the density decides between bitmap and gaps, and
    densities near 1/8 sit on the edge of the choice."""
    start = draw(st.integers(0, 5000))
    length = draw(st.integers(1, 4000))
    step = draw(st.integers(1, 12))
    keep = draw(st.floats(0.5, 1.0))
    seed = draw(st.integers(0, 2**16))
    mixed = (seed * 2654435761 + i * 40503 for i in range(start, start + length, step))
    return [d for d, m in zip(range(start, start + length, step), mixed)
            if (m % 1000) < keep * 1000]


postings = st.one_of(sparse_ids, small_ids, edge_ids, dense_ids())


# --- tests -------------------------------------------------------------------


@settings(max_examples=400, deadline=None)
@given(postings)
@example([])
@example([0])
@example([ID_MAX])
@example(list(range(4096)))
@example(list(range(0, 4096, 8)))
@example([ID_MAX - 3, ID_MAX - 2, ID_MAX])
@example(list(range(128, 150)))
@example([5, *range(300, 500, 3), 70000])
def test_postings_bytes_equal_reference(ids):
    expected = ref_encode_postings(ids)
    assert encode_postings(ids) == expected
    assert encode_postings(array("I", ids)) == expected
    assert decode_postings(expected, 0) == (ids, len(expected))


def test_both_forms_are_exercised():
    assert encode_postings(list(range(100)))[0] == 1
    assert encode_postings([3, 70000])[0] == 0


def test_both_forms_are_weighed_when_long_gaps_decide():
    # 22 ids, the first a two-byte gap: one byte a gap would lose to the
    # bitmap, the real gaps win; one more id and the bitmap wins.
    assert encode_postings(list(range(128, 149)))[0] == 0
    assert encode_postings(list(range(128, 150)))[0] == 1


@pytest.mark.parametrize("step", range(1, 14))
@pytest.mark.parametrize("start", [0, 1, 7, 127, 128, 1000, 16383, 16384])
def test_choice_at_every_density_equals_reference(start, step):
    for length in range(1, 300):
        ids = list(range(start, start + length * step, step))
        assert encode_postings(ids) == ref_encode_postings(ids), (start, step, length)


@given(st.integers(0, 2**70))
@example(0)
@example(127)
@example(128)
def test_varint_equals_reference(n):
    expected = bytearray()
    ref_encode_varint(n, expected)
    out = bytearray(b"x")
    encode_varint(n, out)
    assert varint(n) == bytes(expected) and out == b"x" + expected


tokens = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=12)


@settings(max_examples=100, deadline=None)
@given(st.dictionaries(tokens, st.tuples(postings, small_ids, edge_ids), max_size=20))
def test_shard_bytes_equal_reference(entries):
    encoded = [(tok, *map(encode_postings, lists)) for tok, lists in entries.items()]
    expected = ref_encode_shard(encoded)
    assert encode_shard(encoded) == expected
    assert encode_shard(reversed(encoded)) == expected
    assert list(decode_shard(expected)) == sorted(entries)


@given(st.binary(max_size=64))
def test_fnv_equals_reference(data):
    assert fnv1a32(data) == ref_fnv1a32(data)
