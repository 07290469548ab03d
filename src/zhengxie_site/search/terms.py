"""The per-article step of indexing: pure, cacheable, and cheap to send to
a worker process and back.

``doc_terms(doc)`` depends on nothing but ``doc`` (and the tokenising rules,
whose version is ``TERMS_VERSION``), so a build can keep the result keyed by
a hash of the doc and compute only the missing ones, in any process.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Iterator
from dataclasses import dataclass
from itertools import chain, compress, repeat
from operator import gt, le
from typing import NamedTuple

from .document import SearchDoc, fragment_bytes
from .tokenize import index_token_counts

# Change when the tokens or the fragment of a doc change, so that cached
# DocTerms made by an older version are not reused.
TERMS_VERSION = 4  # 2: traditional characters folded to simplified; 3: the story first in a fragment; 4: facets
OFTEN_MIN = 3  # occurrences (title and text together) that make a token "often"
TOKEN_SEPARATOR = "\n"  # no token contains it: tokens are runs of letters, digits or CJK


class TokenLists(NamedTuple):
    """What the merge takes from one article: its fragment and its tokens."""

    fragment: bytes
    tokens: Collection[str]  # every token of the title or the text (counted: the inverter takes its len)
    title_tokens: Iterable[str]  # tokens of the title
    often_tokens: Iterable[str]  # tokens occurring OFTEN_MIN times or more


@dataclass(frozen=True)
class DocTerms:
    """The index tokens of one article and its fragment, as one value.

    Tokens are joined by ``TOKEN_SEPARATOR`` into one string: for an
    article of 900 characters (some 850 tokens) a tuple of strings takes
    twelve times the memory and fifteen times as long to pickle.  The
    tokens occurring often come first, so they are not stored twice.  For
    such an article a DocTerms is about 9 KB, five times its text.
    """

    tokens: str  # every token of the title or the text, the often ones first
    often_count: int  # how many of them occur OFTEN_MIN times or more
    title_tokens: str  # the tokens of the title
    fragment: bytes  # the article's fragment file

    @staticmethod
    def split(joined: str) -> list[str]:
        return joined.split(TOKEN_SEPARATOR) if joined else []

    def token_lists(self) -> TokenLists:
        tokens = DocTerms.split(self.tokens)
        return TokenLists(
            self.fragment, tokens, DocTerms.split(self.title_tokens), tokens[: self.often_count]
        )


def _counts(doc: SearchDoc) -> tuple[Counter[str], Counter[str]]:
    """Occurrences of each token in title and text together, and the title's tokens."""
    # Tokens never span a line break, so counting title and text joined by
    # one gives the sum of both counts in a single pass.
    counts = index_token_counts(doc.title + "\n" + doc.text)
    counts.update(doc.facets)  # once each: a filter narrows, it never ranks
    return counts, index_token_counts(doc.title)


def _often(counts: Counter[str], often: bool = True) -> Iterator[str]:
    """The tokens occurring OFTEN_MIN times or more (or, if not ``often``, the others)."""
    return compress(counts, map(le if often else gt, repeat(OFTEN_MIN), counts.values()))


def doc_token_lists(doc: SearchDoc) -> TokenLists:
    """The tokens of ``doc`` as the tokenizer's own dicts: what ``doc_terms``
    keeps, without joining them only to split them again in this process."""
    counts, title_counts = _counts(doc)
    return TokenLists(fragment_bytes(doc), counts, title_counts, _often(counts))


def doc_terms(doc: SearchDoc) -> DocTerms:
    counts, title_counts = _counts(doc)
    often = list(_often(counts))
    join = TOKEN_SEPARATOR.join
    return DocTerms(
        tokens=join(chain(often, _often(counts, often=False))),
        often_count=len(often),
        title_tokens=join(title_counts),
        fragment=fragment_bytes(doc),
    )
