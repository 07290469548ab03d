"""Static, serverless full-text search for the archive.

``build_search_index(docs, lang)`` returns the index files (relative path ->
bytes) that ``static/search.js`` reads; see ``docs/search.md``.  Its
per-article step, ``doc_terms(doc)``, is pure: a build may cache its
results and compute them in other processes, then pass them as
``build_search_index(docs, lang, terms)``.
"""

from .build import build_search_index, write_search_index
from .document import SearchDoc, order_docs
from .query import QueryResult, run_query
from .terms import TERMS_VERSION, DocTerms, doc_terms
from .tokenize import index_token_counts, normalize, query_terms

__all__ = [
    "TERMS_VERSION",
    "DocTerms",
    "QueryResult",
    "SearchDoc",
    "build_search_index",
    "doc_terms",
    "index_token_counts",
    "normalize",
    "order_docs",
    "query_terms",
    "run_query",
    "write_search_index",
]
