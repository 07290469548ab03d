"""check's findings as GitHub workflow commands and JSON."""
from __future__ import annotations

import json

from zhengxie_site.annotations import as_json, github
from zhengxie_site.errors import SourceError


def test_workflow_commands_escape_what_the_format_asks():
    error = SourceError("content/a,b.md", 3, 7, "title:x", "100% wrong\nsecond line")
    note = SourceError("content/c.md", 1, 1, "slug", "follows the title")
    assert github([error], [note]) == [
        "::error file=content/a%2Cb.md,line=3,col=7,title=title%3Ax::100%25 wrong%0Asecond line",
        "::warning file=content/c.md,line=1,col=1,title=slug::follows the title",
    ]


def test_json_lists_errors_and_notes_with_their_places():
    report = json.loads(as_json([SourceError("a.md", 2, 8, "title", "expected text")], []))
    assert report == {"ok": False, "errors": [{"file": "a.md", "line": 2, "col": 8, "field": "title",
                                               "message": "expected text"}], "notes": []}
    assert json.loads(as_json([], []))["ok"] is True
