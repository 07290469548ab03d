"""Static, serverless full-text search for the archive.

``build_search_index(docs, lang)`` returns the index files (relative path ->
bytes) that ``static/search.js`` reads; see ``docs/search.md``.
"""

from .build import SearchDoc, build_search_index, order_docs, write_search_index
from .query import QueryResult, run_query
from .tokenize import index_token_counts, normalize, query_terms

__all__ = [
    "QueryResult",
    "SearchDoc",
    "build_search_index",
    "index_token_counts",
    "normalize",
    "order_docs",
    "query_terms",
    "run_query",
    "write_search_index",
]
