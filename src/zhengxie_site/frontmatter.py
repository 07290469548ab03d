"""Split a source file into YAML front matter and body; map every value to its file line.

YAML is read with a deliberately small schema: strings by default, integers, ``true``/``false``
and null. Timestamps stay strings (we parse dates ourselves, with positions), ``no`` stays the word
"no", ``1.10`` stays "1.10". Duplicate keys, anchors/aliases and explicit tags are errors.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

import yaml
from yaml.nodes import MappingNode, ScalarNode, SequenceNode

from .errors import SourceError, SourceErrors

Path_ = tuple  # a key path inside the front matter, e.g. ("bylines", 0, "name")

_STR = "tag:yaml.org,2002:str"
_INT = "tag:yaml.org,2002:int"
_BOOL = "tag:yaml.org,2002:bool"
_NULL = "tag:yaml.org,2002:null"
_SCALAR_TAGS = {_STR, _INT, _BOOL, _NULL}
_COLLECTION_TAGS = {"tag:yaml.org,2002:seq", "tag:yaml.org,2002:map"}


class _StrictLoader(yaml.SafeLoader):
    """SafeLoader with a small implicit schema and no anchors or aliases."""

    def compose_node(self, parent, index):
        event = self.peek_event()
        if isinstance(event, yaml.AliasEvent) or getattr(event, "anchor", None):
            raise yaml.MarkedYAMLError(
                problem="anchors and aliases are not allowed", problem_mark=event.start_mark
            )
        return super().compose_node(parent, index)


_StrictLoader.yaml_implicit_resolvers = {}
_StrictLoader.add_implicit_resolver(_BOOL, re.compile(r"^(?:true|false)$"), list("tf"))
_StrictLoader.add_implicit_resolver(_INT, re.compile(r"^[-+]?[0-9]+$"), list("-+0123456789"))
_StrictLoader.add_implicit_resolver(_NULL, re.compile(r"^(?:~|null|)$"), ["~", "n", ""])


# a base chosen at run time (PyYAML may be built without libyaml), which the checker cannot follow
class _FastLoader(getattr(yaml, "CSafeLoader", _StrictLoader)):  # type: ignore[misc]
    """libyaml's parser (about ten times faster) with the same small schema. Used only for text without
    anchors, aliases or control characters; anything it rejects is read again by _StrictLoader so every
    error message is the same whichever parser ran."""


_FastLoader.yaml_implicit_resolvers = _StrictLoader.yaml_implicit_resolvers
_NEEDS_STRICT = re.compile(r"[&*\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffe\uffff\u2028\u2029]")

_HINTS = {
    "mapping values are not allowed here": "quote a value that contains ': '",
    "found character '\\t' that cannot start any token": "indent with spaces, not tabs",
}


@dataclass
class Document:
    """A parsed source file: front matter values, where each came from, and the body."""

    path: str
    meta: dict[str, Any]
    positions: dict[Path_, tuple[int, int]] = field(default_factory=dict)
    body: str = ""
    body_line: int = 1

    def where(self, *key: Any) -> tuple[int, int]:
        """File line and column of a front matter value (or its nearest parent)."""
        while key and key not in self.positions:
            key = key[:-1]
        return self.positions.get(key, (1, 1))

    def error(self, key: tuple, message: str) -> SourceError:
        line, col = self.where(*key)
        name = ".".join(str(k) for k in key) if key else "front matter"
        return SourceError(self.path, line, col, name, message)


def decode(path: str, data: bytes) -> str:
    """Bytes to text with newlines normalised; UTF-8 only, with a BOM tolerated."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _fail(path, 1, 1, "encoding", "file is UTF-16; save it as UTF-8")
    if b"\x00" in data:  # UTF-16 without a BOM, or a stray NUL
        line, col = _line_col(_newlines(data[: data.index(b"\x00")].decode("utf-8-sig", "replace")))
        raise _fail(path, line, col, "encoding", "NUL byte; is the file UTF-16? save it as UTF-8")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line, col = _line_col(_newlines(data[: exc.start].decode("utf-8-sig")))
        raise _fail(path, line, col, "encoding", f"invalid UTF-8 byte 0x{data[exc.start]:02x}") from None
    return _newlines(text)


def _newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def parse(path: str, text: str) -> Document:
    """Parse normalised text; raise SourceErrors with every problem found."""
    if not text.strip():
        raise _fail(path, 1, 1, "front matter", "file is empty; an article needs front matter with a title")
    lines = text.split("\n")
    if lines[0].rstrip() != "---":
        raise _fail(path, 1, 1, "front matter", "file must begin with a '---' line")
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].rstrip() == "---")
    except StopIteration:
        raise _fail(path, 1, 1, "front matter", "no closing '---' line") from None
    source = "\n".join(lines[1:end]) + "\n"
    if len(source) > MAX_FRONT_MATTER:
        raise _fail(path, 2, 1, "front matter", f"larger than {MAX_FRONT_MATTER // 1024} KB; an article's fields are "
                    "short (its text goes below the closing ---)")
    meta, positions = parse_yaml(path, source, first_line=2, what="front matter")
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise _fail(path, 2, 1, "front matter", "must be a mapping of fields (key: value)")
    body = "\n".join(lines[end + 1 :])
    if control := [m for m, _ in zip(CONTROL.finditer(body), range(10))]:  # the first ten are enough to find them
        raise SourceErrors([SourceError(path, *_body_position(body, m.start(), end + 2), "body", _control_message(m[0]))
                            for m in control])
    return Document(path, meta, positions, body, body_line=end + 2)


# Control characters other than tab and newline: they break feeds (XML 1.0 forbids them) and terminals
CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")


def _control_message(char: str) -> str:
    return f"control character U+{ord(char):04X} is not allowed; delete it (a copy from another program may have brought it)"


def _body_position(body: str, offset: int, first_line: int) -> tuple[int, int]:
    line, col = _line_col(body[:offset])
    return line + first_line - 1, col


MAX_FRONT_MATTER = 256 * 1024  # characters
MAX_YAML = 16 * 1024 * 1024  # characters of any YAML file: a data file of 100,000 rows fits


def parse_yaml(path: str, source: str, first_line: int = 1, what: str = "yaml") -> tuple[Any, dict]:
    """YAML text to plain values plus a map from key paths to (line, col) in the file."""
    if len(source) > MAX_YAML:
        raise _fail(path, first_line, 1, what, f"larger than {MAX_YAML // 1024 // 1024} MB; split it")
    try:
        return _parse_yaml(path, source, first_line, what)
    except RecursionError:  # [[[[…]]]] thousands deep: the reader's stack, not the machine's, runs out
        raise _fail(path, first_line, 1, what, "nested too deeply; these files are a few levels deep at most") from None


def _parse_yaml(path: str, source: str, first_line: int, what: str) -> tuple[Any, dict]:
    if not _NEEDS_STRICT.search(source):
        fast = _FastLoader(source)
        try:
            node = fast.get_single_node()
            return _values(node, path, first_line)
        except yaml.YAMLError:
            pass  # read again below, for the exact message and position
        finally:
            fast.dispose()
    loader = None
    try:
        loader = _StrictLoader(source)  # checks for unprintable characters already
        node = loader.get_single_node()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        assert mark is not None  # the parser's errors say where
        problem = exc.problem or exc.context or "invalid YAML"
        hint = _HINTS.get(problem)
        message = f"invalid YAML: {problem}" + (f" ({hint})" if hint else "")
        raise _fail(path, mark.line + first_line, mark.column + 1, what, message) from None
    except yaml.reader.ReaderError as exc:  # a control character such as \x07
        line, col = _line_col(source[: exc.position])
        message = f"invalid YAML: character U+{exc.character:04X} is not allowed"
        raise _fail(path, line + first_line - 1, col, what, message) from None
    finally:
        if loader:
            loader.dispose()
    return _values(node, path, first_line)


def _values(node, path: str, first_line: int) -> tuple[Any, dict]:
    """Plain values and their positions from a composed node tree; raises SourceErrors."""
    if node is None:
        return None, {}
    positions: dict[Path_, tuple[int, int]] = {}
    errors: list[SourceError] = []
    value = _build(node, (), positions, errors, path, first_line)
    if errors:
        raise SourceErrors(errors)
    return value, positions


def _build(node, key: Path_, positions, errors, path, first_line):
    where = (node.start_mark.line + first_line, node.start_mark.column + 1)
    positions[key] = where
    name = ".".join(str(k) for k in key) or "front matter"
    if isinstance(node, ScalarNode):
        if node.tag not in _SCALAR_TAGS:
            errors.append(SourceError(path, *where, name, f"YAML tag {node.tag!r} is not allowed"))
            return None
        if node.tag == _INT:
            return int(node.value)
        if node.tag == _BOOL:
            return node.value == "true"
        if node.tag == _NULL:
            return None
        if control := CONTROL.search(node.value):  # written as a YAML escape ("\x1b", "\u0000")
            errors.append(SourceError(path, *where, name, _control_message(control[0])))
        return node.value
    if node.tag not in _COLLECTION_TAGS:
        errors.append(SourceError(path, *where, name, f"YAML tag {node.tag!r} is not allowed"))
        return None
    if isinstance(node, SequenceNode):
        return [_build(item, key + (i,), positions, errors, path, first_line) for i, item in enumerate(node.value)]
    assert isinstance(node, MappingNode)
    result: dict[str, Any] = {}
    for key_node, value_node in node.value:
        kpos = (key_node.start_mark.line + first_line, key_node.start_mark.column + 1)
        if not isinstance(key_node, ScalarNode) or key_node.tag not in (_STR, _INT):
            errors.append(SourceError(path, *kpos, name, "keys must be plain words"))
            continue
        k = key_node.value
        if k in result:
            errors.append(SourceError(path, *kpos, ".".join(map(str, key + (k,))), "duplicate key"))
            continue
        result[k] = _build(value_node, key + (k,), positions, errors, path, first_line)
    return result


def _line_col(before: str) -> tuple[int, int]:
    """Line and column (in characters, from 1) just after `before`."""
    return before.count("\n") + 1, len(before) - (before.rfind("\n") + 1) + 1


def _fail(path: str, line: int, col: int, field_: str, message: str) -> SourceErrors:
    return SourceErrors([SourceError(path, line, col, field_, message)])
