"""check's findings for machines: GitHub workflow commands (a pull request shows each error on the line that
caused it) and JSON. The text form is the default; these carry the same findings, file, line and column."""
from __future__ import annotations

import json

from .errors import SourceError


def _escape(text: str, in_property: bool = False) -> str:
    """As the workflow command format asks: % and line breaks always, : and , inside a property."""
    text = text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return text.replace(":", "%3A").replace(",", "%2C") if in_property else text


def github(errors: list[SourceError], notes: list[SourceError]) -> list[str]:
    """`::error file=…,line=…,col=…,title=…::message` per problem; notes to review as warnings."""
    return [f"::{level} file={_escape(e.path, True)},line={e.line},col={e.col},title={_escape(e.field, True)}"
            f"::{_escape(e.message)}" for level, found in (("error", errors), ("warning", notes)) for e in found]


def as_json(errors: list[SourceError], notes: list[SourceError]) -> str:
    def entries(found: list[SourceError]) -> list[dict]:
        return [{"file": e.path, "line": e.line, "col": e.col, "field": e.field, "message": e.message} for e in found]
    return json.dumps({"ok": not errors, "errors": entries(errors), "notes": entries(notes)},
                      ensure_ascii=False, indent=1)
