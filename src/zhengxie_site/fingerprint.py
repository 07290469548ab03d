"""A page's fingerprint: a digest of everything it shows, so an unchanged page is neither rendered nor
written again.

The context is pickled with every value that has a `fingerprint` of its own (an Article, a card, a page
view) replaced by that digest, so a page listing twenty articles costs twenty short strings, not twenty
bodies. Values are immutable, which is what makes a digest taken once valid for the whole build. Each
such value also names, in `depends`, the fingerprints of the articles it shows: while the site's
structure stays the same, a page whose articles all kept their fingerprints needs no new look.
"""
from __future__ import annotations

import hashlib
import io
import pickle
from dataclasses import fields
from pathlib import Path
from typing import Any, Iterable


class _Fingerprinted:
    """What a fingerprinted value stands for in a page's digest."""

    def __init__(self, digest: str):
        self.digest = digest


class _Pickler(pickle.Pickler):
    """Pickles values, not objects: without the memo, equal values give equal bytes however they share
    their parts (a string reused in two fields, a list in two keys), which depends on where they came
    from (parsed now, or read from the cache)."""

    def __init__(self, file, protocol: int = 5):
        super().__init__(file, protocol=protocol)
        self.fast = True  # no memo: values here are never recursive
        self.depends: set[str] = set()

    def reducer_override(self, obj: Any):
        digest = getattr(obj, "fingerprint", None) if not isinstance(obj, type) else None
        if isinstance(digest, str):
            self.depends.update(getattr(obj, "depends", ()))
            return _Fingerprinted, (digest,)
        return NotImplemented


def fields_digest(value: Any, leave_out: frozenset[str] = frozenset()) -> str:
    """The fingerprint of a dataclass value: a digest of its fields (but those left out), where
    fingerprinted values inside stand in by their own fingerprints (never of its __dict__, which caches
    fingerprints as they are taken)."""
    buffer = io.BytesIO()
    _Pickler(buffer, protocol=5).dump((type(value).__qualname__, [_stand_in(getattr(value, f.name))
                                                                  for f in fields(value) if f.name not in leave_out]))
    return hashlib.blake2b(buffer.getbuffer(), digest_size=16).hexdigest()


def _stand_in(field_value: Any) -> Any:
    """A long text as the digest of its UTF-8 bytes. Pickling a str keeps its UTF-8 form inside it for
    as long as it lives (CPython caches it): for a rendered body that doubled its memory."""
    if isinstance(field_value, str) and len(field_value) > 256:
        return hashlib.blake2b(field_value.encode("utf-8", "surrogatepass"), digest_size=16).digest()
    return field_value


def page_fingerprint(base: bytes, path: str, template: str, context: dict[str, Any]) -> tuple[str, frozenset[str]]:
    """Digest of the build's shared inputs (`base`), the page's file and template, and its context; and
    the fingerprints of the articles the context shows (every fingerprinted value names them in `depends`)."""
    buffer = io.BytesIO()
    buffer.write(base)
    buffer.write(f"\0{path}\0{template}\0".encode())
    pickler = _Pickler(buffer, protocol=5)
    pickler.dump(context)
    return hashlib.blake2b(buffer.getbuffer(), digest_size=16).hexdigest(), frozenset(pickler.depends)


def files_digest(files: Iterable[Path], root: Path) -> bytes:
    """Digest of the names and bytes of files (templates, catalogs): what every page depends on."""
    digest = hashlib.blake2b(digest_size=16)
    for path in sorted(files):
        digest.update(path.relative_to(root).as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.digest()
