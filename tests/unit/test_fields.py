"""The declarations of what each file may say: messages for unknown keys, and the docs tables made from them."""
from __future__ import annotations

from pathlib import Path

from zhengxie_site.fields import FRONT_MATTER, SITE, TABLES, docs_with_tables, markdown_table, unknown_key

REPO = Path(__file__).resolve().parents[2]


def test_the_docs_tables_are_the_declarations():
    """After changing fields.py, `python -m zhengxie_site.fields` writes the tables again."""
    for path, text in docs_with_tables(REPO).items():
        assert path.read_text(encoding="utf-8") == text, f"{path.name}: run python -m zhengxie_site.fields"
    for table, (keys, doc) in TABLES.items():
        assert f"<!-- keys: {table} -->\n{markdown_table(keys)}<!-- /keys -->" in (REPO / doc).read_text(encoding="utf-8")


def test_an_unknown_key_names_the_closest_known_one_or_lists_them():
    assert unknown_key("subtitel", FRONT_MATTER, "field") == "unknown field; did you mean 'subtitle'?"
    assert unknown_key("sumary", FRONT_MATTER, "field") == "unknown field; did you mean 'summary'?"
    assert unknown_key("base-url", SITE, "setting") == "unknown setting; did you mean 'base_url'?"
    assert unknown_key("colour", SITE, "setting").startswith("unknown setting; expected one of base_url, content_dir")


def test_every_key_is_declared_once_with_a_meaning():
    for keys, _ in TABLES.values():
        assert len({k.name for k in keys}) == len(keys)
        assert all(k.meaning and k.type and "|" not in k.meaning for k in keys)
