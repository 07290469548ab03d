"""Documents' tokens inverted into postings lists, in bounded memory.

Each token has three lists of doc ids (every token of a doc, its title's, those it has often). The
documents come in doc id order; the lists of the documents read so far are kept in memory until they hold
``run_postings`` ids, then written to an unnamed temporary file as a *run*, sorted by token, and memory
starts again. Doc ids only grow, so a token's lists are its runs' lists joined in run order: reading the
runs back side by side, a token at a time, gives exactly what one pass in memory would have held, while
memory holds one run's lists at a time (an archive of 100,000 articles has some 150 million postings).
"""

from __future__ import annotations

import heapq
import struct
import tempfile
from array import array
from collections import defaultdict, deque
from collections.abc import Collection, Iterable, Iterator
from functools import partial
from itertools import groupby, repeat
from operator import itemgetter
from pathlib import Path
from typing import BinaryIO

RUN_POSTINGS = 24_000_000  # doc ids held in memory before they go to a run (4 bytes each)

IdLists = tuple[array, array, array]  # a token's doc ids: every token, title tokens, often tokens
_RECORD = struct.Struct("<HIII")  # a run's token record: the token's UTF-8 length, each list's length; then
# the token and the three lists' ids in machine order (the run is read back by the process that wrote it)
_EMPTY = array("I")
_new_id_list = partial(array, "I")
_append_id = array.append


class Inverter:
    """Takes documents in doc id order; ``merged()`` then gives each token's lists in token order."""

    def __init__(self, run_postings: int = RUN_POSTINGS, scratch: Path | None = None):
        self._run_postings, self._scratch = run_postings, scratch
        self._runs: list[BinaryIO] = []
        self._start_part()

    @property
    def runs(self) -> int:
        """Runs written so far."""
        return len(self._runs)

    def _start_part(self) -> None:
        self._part: tuple[dict[str, array], ...] = tuple(defaultdict(_new_id_list) for _ in range(3))
        self._held = 0

    def add(self, doc_id: int, tokens: Collection[str], title_tokens: Iterable[str],
            often_tokens: Iterable[str]) -> None:
        for postings, doc_tokens in zip(self._part, (tokens, title_tokens, often_tokens)):
            # Nested maps drained by a deque: the loop over a doc's tokens runs in C.
            deque(map(_append_id, map(postings.__getitem__, doc_tokens), repeat(doc_id)), maxlen=0)
        self._held += len(tokens)  # title and often tokens are among them: at most as many again each
        if self._held >= self._run_postings:
            self._spill()

    def _spill(self) -> None:
        run = tempfile.TemporaryFile(dir=self._scratch)
        for token, lists in self._sorted_part():
            name = token.encode("utf-8")
            run.write(_RECORD.pack(len(name), *map(len, lists)) + name)
            for ids in lists:
                ids.tofile(run)
        run.seek(0)
        self._runs.append(run)
        self._start_part()

    def _sorted_part(self) -> Iterator[tuple[str, IdLists]]:
        every, title, often = self._part
        for token in sorted(every):
            yield token, (every[token], title.get(token, _EMPTY), often.get(token, _EMPTY))

    def merged(self) -> Iterator[tuple[str, IdLists]]:
        """Every token with its three lists, in token order. The documents' tokens are read once."""
        if not self._runs:  # everything fitted in memory
            yield from self._sorted_part()
            return
        sources = [*map(_read_run, self._runs), self._sorted_part()]
        try:
            # heapq.merge keeps the sources' order among equal tokens: the runs' order, the doc ids' order
            for token, parts in groupby(heapq.merge(*sources, key=itemgetter(0)), key=itemgetter(0)):
                yield token, _joined([lists for _, lists in parts])
        finally:
            for run in self._runs:
                run.close()
            self._runs = []


def _read_run(run: BinaryIO) -> Iterator[tuple[str, IdLists]]:
    while header := run.read(_RECORD.size):
        name_bytes, every, title, often = _RECORD.unpack(header)
        token = run.read(name_bytes).decode("utf-8")
        yield token, (_ids(run, every), _ids(run, title), _ids(run, often))


def _ids(run: BinaryIO, count: int) -> array:
    ids = array("I")
    ids.fromfile(run, count)
    return ids


def _joined(parts: list[IdLists]) -> IdLists:
    if len(parts) == 1:
        return parts[0]
    joined = (array("I"), array("I"), array("I"))
    for lists in parts:
        for whole, part in zip(joined, lists):
            whole.extend(part)
    return joined
