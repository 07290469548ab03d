"""The per-article step of indexing: pure, cacheable, and cheap to send to
a worker process and back.

``doc_terms(doc)`` depends on nothing but ``doc`` (and the tokenising rules,
whose version is ``TERMS_VERSION``), so a build can keep the result keyed by
a hash of the doc and compute only the missing ones, in any process.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from itertools import compress, repeat
from operator import le
from typing import NamedTuple

from .document import SearchDoc, fragment_bytes
from .tokenize import index_token_counts

# Change when the tokens or the fragment of a doc change, so that cached
# DocTerms made by an older version are not reused.
TERMS_VERSION = 1
OFTEN_MIN = 3  # occurrences (title and text together) that make a token "often"
TOKEN_SEPARATOR = "\n"  # no token contains it: tokens are runs of letters, digits or CJK


class TokenLists(NamedTuple):
    """What the merge takes from one article: its fragment and its tokens."""

    fragment: bytes
    tokens: Iterable[str]  # every token of the title or the text
    title_tokens: Iterable[str]  # tokens of the title
    often_tokens: Iterable[str]  # tokens occurring OFTEN_MIN times or more


@dataclass(frozen=True)
class DocTerms:
    """The index tokens of one article and its fragment, as one value.

    Token lists are joined by ``TOKEN_SEPARATOR`` into one string: for an
    article of 900 characters (some 850 tokens) a tuple of strings takes
    twelve times the memory and fifteen times as long to pickle.  A
    DocTerms is about 10 KB, five times its article's text.
    """

    tokens: str
    title_tokens: str
    often_tokens: str
    fragment: bytes

    @staticmethod
    def split(joined: str) -> list[str]:
        return joined.split(TOKEN_SEPARATOR) if joined else []

    def token_lists(self) -> TokenLists:
        split = DocTerms.split
        return TokenLists(
            self.fragment, split(self.tokens), split(self.title_tokens), split(self.often_tokens)
        )


def doc_token_lists(doc: SearchDoc) -> TokenLists:
    """The tokens of ``doc`` as the tokenizer's own dicts: what ``doc_terms``
    stores, without joining them only to split them again in this process."""
    # Tokens never span a line break, so counting title and text joined by
    # one gives the sum of both counts in a single pass.
    counts = index_token_counts(doc.title + "\n" + doc.text)
    often = compress(counts, map(le, repeat(OFTEN_MIN), counts.values()))
    return TokenLists(fragment_bytes(doc), counts, index_token_counts(doc.title), often)


def doc_terms(doc: SearchDoc) -> DocTerms:
    lists = doc_token_lists(doc)
    join = TOKEN_SEPARATOR.join
    return DocTerms(
        tokens=join(lists.tokens),
        title_tokens=join(lists.title_tokens),
        often_tokens=join(lists.often_tokens),
        fragment=lists.fragment,
    )
