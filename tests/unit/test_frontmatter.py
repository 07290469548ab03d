"""Front matter: split, strict YAML, positions, encodings; written against strings and bytes."""
from __future__ import annotations

import pytest

from zhengxie_site.errors import SourceErrors
from zhengxie_site.frontmatter import decode, parse, parse_yaml

PLAIN = b"---\ntitle: \xe6\xa0\x87\xe9\xa2\x98\ntags: [a, b]\n---\n\xe6\xad\xa3\xe6\x96\x87\n\nsecond\n"


def _doc(data: bytes):
    return parse("content/x.md", decode("content/x.md", data))


def _errors(data: bytes) -> list[str]:
    with pytest.raises(SourceErrors) as exc:
        _doc(data)
    return [str(e) for e in exc.value.errors]


@pytest.mark.parametrize("variant", [
    b"\xef\xbb\xbf" + PLAIN,
    PLAIN.replace(b"\n", b"\r\n"),
    PLAIN.replace(b"\n", b"\r"),
    PLAIN.rstrip(b"\n"),
], ids=["bom", "crlf", "cr-only", "no-final-newline"])
def test_bom_crlf_cr_and_missing_newline_parse_like_lf(variant):
    plain, other = _doc(PLAIN), _doc(variant)
    assert other.meta == plain.meta == {"title": "标题", "tags": ["a", "b"]}
    assert other.positions == plain.positions
    assert other.body.rstrip("\n") == plain.body.rstrip("\n") == "正文\n\nsecond"
    assert other.body_line == plain.body_line == 5


def test_positions_are_file_lines_and_columns():
    doc = _doc(b"---\ntitle: a\nbylines:\n  - {name: b, role: c}\n---\n")
    assert doc.where("title") == (2, 8)
    assert doc.where("bylines", 0, "role") == (4, 21)
    assert doc.where("nothing", "here") == (2, 1)
    assert str(doc.error(("bylines", 0, "name"), "bad")) == "content/x.md:4:12: bylines.0.name: bad"


def test_front_matter_only_is_valid_with_empty_body():
    doc = _doc(b"---\ntitle: a\n---")
    assert doc.meta == {"title": "a"} and doc.body == ""


def test_small_schema_keeps_words_and_versions_as_text():
    doc = _doc(b"---\ntitle: a\nx: no\ny: 1.10\nz: 010\nw: yes\nd: 2024-01-01\nn: 7\nt: true\nnull_: ~\n---\n")
    assert doc.meta == {"title": "a", "x": "no", "y": "1.10", "z": 10, "w": "yes", "d": "2024-01-01", "n": 7,
                        "t": True, "null_": None}


@pytest.mark.parametrize("data, expected", [
    (b"---\ntitle: a\n", "content/x.md:1:1: front matter: no closing '---' line"),
    (b"---\ntitle: a\ntags:\n\t- b\n---\n", "content/x.md:4:1: front matter: invalid YAML: found character '\\t' "
     "that cannot start any token (indent with spaces, not tabs)"),
    ("---\ntitle: 头条: 新闻\n---\n".encode(), "content/x.md:2:10: front matter: invalid YAML: mapping values are "
     "not allowed here (quote a value that contains ': ')"),
    (b"---\ntitle: a\ntitle: b\n---\n", "content/x.md:3:1: title: duplicate key"),
    (b"---\ntitle: !!python/object/apply:os.system [ls]\n---\n",
     "content/x.md:2:8: title: YAML tag 'tag:yaml.org,2002:python/object/apply:os.system' is not allowed"),
    (b"---\na: &a [x, x]\nb: [*a, *a]\n---\n", "content/x.md:2:4: front matter: invalid YAML: anchors and aliases are not allowed"),
    (b"---\ntrue: a\n---\n", "content/x.md:2:1: front matter: keys must be plain words"),
    (b"", "content/x.md:1:1: front matter: file is empty; an article needs front matter with a title"),
    (b" \n\t\n", "content/x.md:1:1: front matter: file is empty; an article needs front matter with a title"),
    (b"title: a\n", "content/x.md:1:1: front matter: file must begin with a '---' line"),
    (b"---\n- a\n---\n", "content/x.md:2:1: front matter: must be a mapping of fields (key: value)"),
    (b"---\ntitle: a\xffb\n---\n", "content/x.md:2:9: encoding: invalid UTF-8 byte 0xff"),
    ("---\ntitle: 标题\r\n---\r\n正文\xff".encode("utf-8").replace(b"\xc3\xbf", b"\xff"),
     "content/x.md:4:3: encoding: invalid UTF-8 byte 0xff"),
    ("---\ntitle: a\n---\n".encode("utf-16"), "content/x.md:1:1: encoding: file is UTF-16; save it as UTF-8"),
    ("---\ntitle: a\n---\n".encode("utf-16-be"), "content/x.md:1:1: encoding: NUL byte; is the file UTF-16? save it as UTF-8"),
    (b"---\ntitle: a\x07\n---\n", "content/x.md:2:9: front matter: invalid YAML: character U+0007 is not allowed"),
], ids=["unclosed", "tab", "colon", "duplicate", "python-tag", "alias", "bool-key", "empty", "whitespace",
        "no-opening", "not-mapping", "bad-utf8", "bad-utf8-chars-crlf", "utf16", "utf16-no-bom", "control-char"])
def test_errors_name_line_column_field(data, expected):
    assert _errors(data) == [expected]


def test_alias_bomb_fails_fast():
    bomb = "---\na: &a [" + ",".join(["lol"] * 9) + "]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [" + ",".join([f"*{chr(97 + i)}"] * 9) + "]\n" for i in range(8)) + "---\n"
    assert _errors(bomb.encode()) == ["content/x.md:2:4: front matter: invalid YAML: anchors and aliases are not allowed"]


def test_every_duplicate_and_tag_reported_together():
    assert _errors(b"---\na: 1\na: 2\nb: !!binary aGk=\nb: 3\n---\n") == [
        "content/x.md:3:1: a: duplicate key",
        "content/x.md:4:4: b: YAML tag 'tag:yaml.org,2002:binary' is not allowed",
        "content/x.md:5:1: b: duplicate key",
    ]


def test_parse_yaml_offsets_lines_and_returns_none_for_empty():
    assert parse_yaml("f.yaml", "") == (None, {})
    value, positions = parse_yaml("f.yaml", "a:\n  - x\n", first_line=10)
    assert value == {"a": ["x"]} and positions[("a", 0)] == (11, 5)


def test_fast_and_strict_parsers_agree_on_every_repository_file():
    """libyaml reads ordinary files; the pure-Python loader must give the same values and positions."""
    from pathlib import Path

    from zhengxie_site import frontmatter

    repo = Path(__file__).resolve().parents[2]
    files = [*repo.glob("content/**/*.md"), *repo.glob("content/**/*.yaml"), repo / "site.yaml", *repo.glob("i18n/*.yaml")]
    assert len(files) > 20
    for path in files:
        text = path.read_text(encoding="utf-8")
        source = text.split("---\n")[1] if path.suffix == ".md" else text
        fast = frontmatter._FastLoader(source)
        strict = frontmatter._StrictLoader(source)
        try:
            assert frontmatter._values(fast.get_single_node(), "x", 1) == \
                frontmatter._values(strict.get_single_node(), "x", 1), path
        finally:
            fast.dispose()
            strict.dispose()
