"""The articles of the index: their order (which gives the doc ids) and
their fragments, the per-article JSON files the browser reads."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass

FRAGMENT_GROUP = 1000


@dataclass(frozen=True)
class SearchDoc:
    url: str
    title: str
    text: str
    date: str = ""
    date_label: str = ""
    section: str = ""
    lang: str = "zh"
    facets: tuple[str, ...] = ()  # facet_token()s: what a reader can narrow a search to


FACETS = ("section", "person", "paper")  # the filters a search page offers, as its URL parameters name them


def facet_token(kind: str, value: str) -> str:
    """The index token of a filter's value (section:协商在基层). No text token holds a colon: text tokens
    are runs of letters, digits or CJK, so a filter never matches words of an article."""
    return f"{kind}:{value}"


def doc_order(docs: Sequence[SearchDoc]) -> list[int]:
    """Positions of ``docs`` in doc id order: newest first, then by url and
    title, undated last.  The sorts are stable, so the order depends on the
    input order only for docs with the same date, url and title."""
    by_url = sorted(range(len(docs)), key=lambda i: (docs[i].url, docs[i].title))
    dated = sorted((i for i in by_url if docs[i].date), key=lambda i: docs[i].date, reverse=True)
    return dated + [i for i in by_url if not docs[i].date]


def order_docs(docs: Sequence[SearchDoc]) -> list[SearchDoc]:
    """Doc id order: newest first, then by url (stable, deterministic)."""
    return [docs[i] for i in doc_order(docs)]


def fragment_path(doc_id: int) -> str:
    return f"f/{doc_id // FRAGMENT_GROUP}/{doc_id}.json"


def json_bytes(obj: object) -> bytes:
    return json.dumps(obj, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode(
        "utf-8"
    )


def fragment_bytes(doc: SearchDoc) -> bytes:
    """What a result shows and what a query is verified against."""
    return json_bytes(
        {
            "d": doc.date_label,
            "s": doc.section,
            "t": doc.title,
            "u": doc.url,
            "x": " ".join(doc.text.split()),
        }
    )
