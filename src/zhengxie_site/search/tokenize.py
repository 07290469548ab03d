"""Tokenising for the static search index (pure functions).

The same rules are implemented in ``static/search.js``; keep them in step.

* Text is folded character by character: NFKC, lower case, then a traditional character to its simplified
  form (OpenCC's character table), so that 協商在基層 finds 协商在基层 and the other way round. One character
  to one, so the browser maps match offsets back for highlighting; the browser reads the same table from
  the index's ``fold.txt``.
* A *CJK run* (Han, kana, Hangul) yields its character bigrams and
  trigrams.  A query of two CJK characters looks up its bigram, a longer
  one all its trigrams: every document containing the substring contains
  those tokens (recall is complete).  Two- and three-character queries are
  exact; longer ones can have false positives (trigrams present but not
  adjacent) and are verified against the stored text.
* A *word run* (other letters and digits) yields its prefixes of length
  2..PREFIX_MAX, so ``commit`` finds ``committee`` and ``2021`` finds
  ``2021年度``.  Suffixes / infixes of Latin words are not searchable.
* Everything else (spaces, punctuation) separates runs.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from operator import add

PREFIX_MAX = 12

# Keep identical to CJK_CLASS in static/search.js.
_CJK = (
    "\u3040-\u30ff"  # hiragana, katakana
    "\u3400-\u4dbf"  # CJK ext A
    "\u4e00-\u9fff"  # CJK unified
    "\uac00-\ud7af"  # Hangul syllables
    "\uf900-\ufaff"  # CJK compatibility
    "\U00020000-\U0002fa1f"  # CJK ext B.. and compat supplement
)
_RUN_RE = re.compile(rf"([{_CJK}]+)|([^\W_{_CJK}]+)")
CJK_CHAR = re.compile(rf"[{_CJK}]")


# Where traditional characters are (CJK unified ideographs and extension A, the compatibility block)
_TRADITIONAL_RANGES = ((0x3400, 0x4DC0), (0x4E00, 0xA000), (0xF900, 0xFB00))


@functools.lru_cache(maxsize=None)
def simplified_of() -> dict[int, str]:
    """Each traditional character that OpenCC (t2s) writes as one other character -> that character."""
    import opencc

    converter = opencc.OpenCC("t2s.json")
    table: dict[int, str] = {}
    for start, end in _TRADITIONAL_RANGES:
        chars = "".join(map(chr, range(start, end)))
        converted = converter.convert(chars)
        if len(converted) == len(chars):  # one to one throughout: read it character by character
            table.update((ord(a), b) for a, b in zip(chars, converted) if a != b)
        else:
            table.update((ord(a), b) for a in chars if (b := converter.convert(a)) != a and len(b) == 1)
    return table


def fold_table_parts(parts: int) -> list[bytes]:
    """The table for the browser in `parts` files by code point (a character's file is its code point modulo
    `parts`): each traditional character followed by its simplified one."""
    files: list[list[str]] = [[] for _ in range(parts)]
    for t, s in sorted(simplified_of().items()):
        files[t % parts].append(chr(t) + s)
    return ["".join(pairs).encode("utf-8") for pairs in files]


def has_traditional(text: str) -> bool:
    return _traditional_pattern().search(text) is not None


@functools.lru_cache(maxsize=None)
def _traditional_pattern() -> re.Pattern[str]:
    return re.compile("[" + "".join(map(chr, sorted(simplified_of()))) + "]")


class _FoldTable(dict):
    """str.translate table: each character -> lower(NFKC(character)), traditional characters simplified."""

    def __missing__(self, code: int) -> str:
        folded = unicodedata.normalize("NFKC", chr(code)).lower().translate(simplified_of())
        self[code] = folded
        return folded


_FOLD = _FoldTable()


def normalize(text: str) -> str:
    """Per-character NFKC + lower case: the form used for tokens and for
    matching.  Per character (not whole-string NFKC) so that the browser can
    map folded offsets back to the original text for highlighting."""
    return text.translate(_FOLD)


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """Folded text and, for each folded character, its index in ``text``
    (plus a final entry ``len(text)``)."""
    parts: list[str] = []
    offsets: list[int] = []
    for i, ch in enumerate(text):
        f = _FOLD[ord(ch)]
        parts.append(f)
        offsets.extend([i] * len(f))
    offsets.append(len(text))
    return "".join(parts), offsets


def runs(norm_text: str) -> list[tuple[str, str]]:
    """Split normalised text into ``("cjk"|"word", run)`` pairs in order."""
    out: list[tuple[str, str]] = []
    for m in _RUN_RE.finditer(norm_text):
        if m.group(1):
            out.append(("cjk", m.group(1)))
        else:
            out.append(("word", m.group(2)))
    return out


def _query_run_tokens(kind: str, run: str) -> list[str]:
    if kind == "cjk":
        if len(run) == 2:
            return [run]
        return [run[i : i + 3] for i in range(len(run) - 2)]
    if len(run) < 2:
        return []
    return [run[:PREFIX_MAX]]


def _run_tokens(kind: str, run: str) -> list[str]:
    top = min(len(run), PREFIX_MAX)
    return [run[:n] for n in range(2, top + 1)]


_CJK_RUN_RE = re.compile(rf"[{_CJK}]+")  # the first group of _RUN_RE
_WORD_RUN_RE = re.compile(rf"[^\W_{_CJK}]+")  # the second group of _RUN_RE


def _cjk_gram_counts(norm_text: str) -> Counter[str]:
    """Bigrams and trigrams of every CJK run, counted in one pass (a count
    per run costs more than the counting itself).  ``operator.add`` is
    called faster than ``str.__add__``."""
    grams: list[str] = []
    for run in _CJK_RUN_RE.findall(norm_text):
        bigrams = list(map(add, run, run[1:]))
        grams += bigrams
        grams += map(add, bigrams, run[2:])
    return Counter(grams)


def index_token_counts(text: str) -> Counter[str]:
    """Token -> occurrence count for a document text (already any case)."""
    norm = normalize(text)
    counts = _cjk_gram_counts(norm)
    for word, n in Counter(_WORD_RUN_RE.findall(norm)).items():
        for prefix in _run_tokens("word", word):
            counts[prefix] += n
    return counts


@dataclass(frozen=True)
class Term:
    """One whitespace/punctuation separated part of a query.

    ``text`` is the normalised term that must occur as a substring of the
    document; ``tokens`` are index tokens whose postings bound the
    candidates; ``exact`` is True when the postings alone prove the match
    (no verification against the stored text is needed).
    """

    text: str
    tokens: tuple[str, ...]
    exact: bool


def query_terms(query: str) -> list[Term]:
    """Parse a user query into terms.  Terms without tokens are dropped
    unless other terms carry tokens (they are then still verified)."""
    norm = normalize(query)
    terms: list[Term] = []
    # A term is a maximal sequence of adjacent runs (no separator between).
    for chunk in re.split(r"[\s]+", norm):
        for piece in _split_adjacent(chunk):
            rs = runs(piece)
            if not rs:
                continue
            toks: list[str] = []
            for kind, run in rs:
                toks.extend(_query_run_tokens(kind, run))
            toks = sorted(set(toks))
            exact = len(rs) == 1 and (
                (rs[0][0] == "cjk" and len(rs[0][1]) in (2, 3))
                or (rs[0][0] == "word" and 2 <= len(rs[0][1]) <= PREFIX_MAX)
            )
            terms.append(Term(piece, tuple(toks), exact))
    if any(t.tokens for t in terms):
        return terms
    return []


def _split_adjacent(chunk: str) -> list[str]:
    """Split on characters that are neither CJK nor letters/digits."""
    out: list[str] = []
    start = None
    last = -1
    for m in _RUN_RE.finditer(chunk):
        if start is None:
            start, last = m.start(), m.end()
        elif m.start() == last:
            last = m.end()
        else:
            out.append(chunk[start:last])
            start, last = m.start(), m.end()
    if start is not None:
        out.append(chunk[start:last])
    return out
