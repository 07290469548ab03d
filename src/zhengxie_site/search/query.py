"""Reference implementation of the query plan of ``static/search.js``.

It fetches exactly the files the browser script fetches, in the same
order of decisions, so tests and the benchmark can measure bytes per query
and check ranking without a browser.  ``fetch`` maps a path relative to the
index directory to its bytes (e.g. ``files.__getitem__``).
"""

from __future__ import annotations

import json
import unicodedata
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field

from .dates import DATE, id_runs, within
from .document import FACETS, facet_token, fragment_path
from .encoding import decode_shard, shard_of
from .tokenize import CJK_CHAR as _CJK_CHAR, Term, fold_with_map, normalize, query_terms

PAGE_SIZE = 10
VERIFY_BATCHES = 3  # at most PAGE_SIZE * VERIFY_BATCHES fragments per page
SNIPPET_BEFORE = 30
SNIPPET_AFTER = 90


@dataclass
class Hit:
    doc_id: int
    url: str
    title: str
    date_label: str
    section: str
    snippet: list[tuple[str, bool]]  # (text, is_match)


@dataclass
class QueryResult:
    hits: list[Hit] = field(default_factory=list)
    total: int = 0
    total_exact: bool = True
    candidates: int = 0
    fetched: list[tuple[str, int]] = field(default_factory=list)

    @property
    def bytes_fetched(self) -> int:
        return sum(n for _, n in self.fetched)




def intersect(lists: list[list[int]]) -> list[int]:
    if not lists:
        return []
    lists = sorted(lists, key=len)
    result = lists[0]
    for other in lists[1:]:
        s = set(other)
        result = [d for d in result if d in s]
    return result


def tiers(
    cands: list[int],
    terms: list[Term],
    entries: dict[str, tuple[list[int], list[int], list[int]]],
) -> dict[int, int]:
    """Each candidate's tier: 2 for every term in the title, plus 1 for every term three or more times. Results
    run by tier, then newest (lowest id) first."""

    def all_in(which: int) -> set[int]:
        sets = [set(entries[tok][which]) for t in terms for tok in t.tokens]
        out = set(cands)
        for s in sets:
            out &= s
        return out

    in_title = all_in(1)
    often = all_in(2)
    return {d: 2 * (d in in_title) + (d in often) for d in cands}


def matches(frag: dict, terms: list[Term]) -> int:
    """How often the query's terms occur in an article (its title and text): within a tier, on the page the
    fragments were read for, the article that says it most comes first."""
    hay = normalize(frag["t"]) + "\n" + normalize(frag["x"])
    return sum(hay.count(t.text) for t in terms if t.text)


def verify(frag: dict, terms: list[Term]) -> bool:
    hay = normalize(frag["t"]) + "\n" + normalize(frag["x"])
    return all(t.text in hay for t in terms)


def snippet(text: str, terms: list[Term]) -> list[tuple[str, bool]]:
    """Window around the first match, matches flagged True (for <mark>).
    Offsets are found in the folded text and mapped back to ``text``."""
    low, offs = fold_with_map(text)
    needles = sorted({t.text for t in terms if t.text}, key=len, reverse=True)
    first = min((p for p in (low.find(n) for n in needles) if p >= 0), default=0)
    first = offs[first]
    start = max(0, first - SNIPPET_BEFORE)
    end = min(len(text), first + SNIPPET_AFTER)
    # matches in original coordinates, leftmost-longest, non-overlapping
    marks: list[tuple[int, int]] = []
    i = 0
    while i < len(low):
        hit = next((n for n in needles if low.startswith(n, i)), None)
        if hit:
            marks.append((offs[i], offs[i + len(hit) - 1] + 1))
            i += len(hit)
        else:
            i += 1
    parts: list[tuple[str, bool]] = []
    if start > 0:
        parts.append(("…", False))
    cur = start
    for a, b in marks:
        a, b = max(a, start), min(b, end)
        if a >= b or a < cur:
            continue
        if cur < a:
            parts.append((text[cur:a], False))
        parts.append((text[a:b], True))
        cur = b
    if cur < end:
        parts.append((text[cur:end], False))
    if end < len(text):
        parts.append(("…", False))
    return parts


def facet_tokens(filters: Mapping[str, str]) -> list[str]:
    """The index tokens of a search's filters, as search.js makes them from the page's URL."""
    return [facet_token(kind, value.strip()) for kind in FACETS if (value := filters.get(kind, "")).strip()]


def fold_parts_for(query: str, meta: dict) -> list[int]:
    """The fold table's files a query needs: those of its CJK characters (all of them for an index holding
    traditional text, whose fragments are folded too)."""
    parts = meta.get("fold_shards", 0)
    if meta.get("traditional"):
        return list(range(parts))
    folded = unicodedata.normalize("NFKC", query).lower()
    return sorted({ord(ch) % parts for ch in folded if parts and _CJK_CHAR.match(ch)})


def run_query(
    fetch: Callable[[str], bytes], query: str, page_size: int = PAGE_SIZE,
    filters: Mapping[str, str] | None = None,
) -> QueryResult:
    """``filters`` maps a facet (section, person, paper) to the value a result must have, and from / to to
    the bounds of its date (2022, 2022-03 or 2022-03-25), as the search page's URL carries them; empty or
    malformed values are no filter."""
    res = QueryResult()

    def get(path: str) -> bytes:
        data = fetch(path)
        res.fetched.append((path, len(data)))
        return data

    terms = query_terms(query)
    if not terms:
        return res
    meta = json.loads(get("meta.json"))
    for n in fold_parts_for(query, meta):  # as the browser does before it folds the query
        get(f"fold/{n}.txt")
    narrowed = facet_tokens(filters or {})
    tokens = sorted({tok for t in terms for tok in t.tokens} | set(narrowed))
    shards = sorted({shard_of(tok, meta["shards"]) for tok in tokens})
    entries: dict[str, tuple[list[int], list[int], list[int]]] = {}
    for n in shards:
        decoded = decode_shard(get(f"t/{n}.bin"))
        entries.update((tok, decoded[tok]) for tok in tokens if tok in decoded)
    if any(tok not in entries for tok in tokens):
        return res
    cands = intersect([entries[tok][0] for tok in tokens])
    start, end = (bound if DATE.match(bound := (filters or {}).get(k, "").strip()) else "" for k in ("from", "to"))
    if start or end:  # the runs of ids that hold the dates within the range (dates.py)
        cands = within(cands, id_runs(get, start, end))
    tier = tiers(cands, terms, entries)
    order = sorted(cands, key=lambda d: (-tier[d], d))
    res.candidates = len(order)
    counted: dict[int, int] = {}
    needs_verify = any(not t.exact for t in terms)
    pos = checked = rejected = 0
    limit = page_size * (VERIFY_BATCHES if needs_verify else 1)
    while len(res.hits) < page_size and pos < len(order) and checked < limit:
        batch = order[pos : pos + (page_size - len(res.hits) if not needs_verify else page_size)]
        pos += len(batch)
        for doc_id in batch:
            frag = json.loads(get(fragment_path(doc_id)))
            checked += 1
            if needs_verify and not verify(frag, terms):
                rejected += 1
                continue
            if len(res.hits) < page_size:
                counted[doc_id] = matches(frag, terms)
                res.hits.append(
                    Hit(doc_id, frag["u"], frag["t"], frag["d"], frag["s"], snippet(frag["x"], terms))
                )
    res.hits.sort(key=lambda h: (-tier[h.doc_id], -counted[h.doc_id]))  # stable: newest first among equals
    res.total = len(order) - rejected
    res.total_exact = not needs_verify or pos >= len(order)
    return res
