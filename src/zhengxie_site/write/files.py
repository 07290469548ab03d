"""What a site folder of ours holds: the manifest, the paths we may write, the entries that are not ours."""
from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from ..errors import SiteError

MANIFEST = ".zhengxie-manifest.json"
MARKER = ".zhengxie-unfinished"  # in a fresh folder from its creation until the folder is removed
JOURNAL = ".zhengxie-commit.json"  # in a fresh folder: the commit is decided (see inplace.py)
RESERVED = frozenset({MANIFEST, MARKER, JOURNAL})

_WRITE_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
# What json escapes with ensure_ascii=False; UTF-8 never holds these bytes inside a character.
_ESCAPED = bytes(range(0x20)) + b'"\\'


def digest(data: bytes) -> str:
    """The digest the manifest records for a file's bytes."""
    return hashlib.blake2b(data, digest_size=16).hexdigest()


def is_inside(relative: str) -> bool:
    """A path we may write under the output folder: relative, no '..', no backslash or NUL. The folder
    is new and holds no links, so checking the text is enough (and far cheaper than resolving)."""
    parts = relative.split("/")
    return (bool(relative) and not relative.startswith("/") and "\\" not in relative and "\0" not in relative
            and ":" not in parts[0] and all(part not in ("", ".", "..") for part in parts))


def check_output_folder(out: Path, project: Path | None, content: Path | None) -> None:
    """Refuse output folders whose replacement would destroy sources or a home folder."""
    out = out.resolve()
    forbidden = {}
    if project is not None:
        forbidden[project.resolve()] = "the project folder"
    if content is not None:
        forbidden[content.resolve()] = "the content folder"
    forbidden.setdefault(Path.home().resolve(), "the home folder")
    forbidden.setdefault(Path(out.anchor), "the file system root")
    for place, name in forbidden.items():
        if out == place or out in place.parents:
            raise SiteError(f"refusing to write the site to {out}: it is or contains {name}")
    if content is not None and content.resolve() in out.parents:  # the next build would read the site as content
        raise SiteError(f"refusing to write the site to {out}: it lies inside the content folder")


def write_file(path: str, data: bytes, *, sync: bool = False) -> None:
    """Write `data` to a new or truncated file; with `sync`, flushed to disk before returning."""
    fd = os.open(path, _WRITE_FLAGS, 0o666)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
        if sync:
            os.fsync(fd)
    finally:
        os.close(fd)


def manifest_bytes(files: dict[str, str]) -> bytes:
    """Version 2: every path with the digest of its bytes, sorted, one a line: the bytes of
    json.dumps(..., ensure_ascii=False, indent=0). That runs in Python; every commit writes the whole
    manifest, so the usual case (nothing to escape) is joined here instead, in about half the time."""
    if not files:
        return b'{\n"version": 2,\n"files": {}\n}\n'
    pairs = sorted(files.items())
    body = ",\n".join([f'"{path}": "{known}"' for path, known in pairs]).encode("utf-8")
    if len(body) - len(body.translate(None, _ESCAPED)) != 5 * len(pairs) - 1:  # 4 quotes a line, 1 newline between
        body = ",\n".join([f"{json.dumps(path, ensure_ascii=False)}: {json.dumps(known, ensure_ascii=False)}"
                           for path, known in pairs]).encode("utf-8")
    return b'{\n"version": 2,\n"files": {\n' + body + b"\n}\n}\n"


def parse_manifest(text: str) -> dict[str, str]:
    """Path -> digest; version 1 (a list of paths) gives "" for every digest: unknown."""
    data = json.loads(text)
    if isinstance(data, list) and all(isinstance(path, str) for path in data):
        return dict.fromkeys(data, "")
    files = data.get("files") if isinstance(data, dict) and data.get("version") == 2 else None
    if isinstance(files, dict) and all(isinstance(value, str) for value in files.values()):
        return files
    raise ValueError("not a manifest")


def read_manifest(folder: Path) -> dict[str, str] | None:
    """The manifest of a folder, or None if it has none or it cannot be read."""
    try:
        return parse_manifest((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError, TypeError):
        return None


def read_site(out: Path) -> dict[str, str] | None:
    """The current site's manifest; None when `out` is missing or empty. Refuses anything else.
    Only the manifest and the first entry of `out` are read: no walk."""
    if not os.path.lexists(out):
        return None
    if not out.is_dir():
        raise SiteError(f"{out} exists and is not a folder")
    manifest = out / MANIFEST
    if not manifest.is_file():
        with os.scandir(out) as entries:
            if next(entries, None) is None:
                return None
        raise SiteError(f"{out} exists and was not made by zhengxie-site (no {MANIFEST}); "
                        "move it or choose another --out")
    try:
        return parse_manifest(manifest.read_text(encoding="utf-8"))
    except (ValueError, TypeError, UnicodeDecodeError):
        raise SiteError(f"{manifest} is damaged; move {out} away and build again") from None


def folders_of(paths) -> set[str]:
    """Every folder that holds one of the paths, '' for the top."""
    folders = {""}
    for path in paths:
        while (path := os.path.dirname(path)) not in folders:
            folders.add(path)
    return folders


def foreign_entries(out: Path, ours) -> list[str]:
    """Entries of `out` that are not ours: files not in the manifest, symbolic links, folders no path of
    ours needs (their files are listed, or the folder itself if it is empty). A scandir walk, sorted."""
    return _sweep(os.fspath(out), ours, remove=False)


def remove_listed(folder: Path, paths) -> list[str]:
    """Remove a site of ours by its manifest's list: the files listed (regular files only; the walk never
    follows a link), the folders they emptied, the manifest last. Returns what is left, not ours; [] when
    `folder` itself is gone."""
    top = os.fspath(folder)
    left = _sweep(top, paths, remove=True)
    if left:
        for name in RESERVED:  # what is left is not ours: the folder is no longer a site of ours
            Path(os.path.join(top, name)).unlink(missing_ok=True)
        return left
    for name in (MARKER, MANIFEST):  # last: a removal killed half way can be resumed by the manifest
        Path(os.path.join(top, name)).unlink(missing_ok=True)
    try:
        os.rmdir(top)
    except FileNotFoundError:
        pass
    except OSError:  # something appeared meanwhile
        return _sweep(top, (), remove=False)
    return []


def _sweep(top: str, ours, remove: bool) -> list[str]:
    """Walk `top`, listing entries not ours; with `remove`, delete ours (our files at the top: later)."""
    files, folders = set(ours), folders_of(ours)
    found: list[str] = []

    def walk(folder: str, foreign: bool) -> bool:  # whether the folder is left empty
        here = os.path.join(top, folder)
        with os.scandir(here) as listing:  # the types come with the listing: no stat per entry
            entries = [(e.name, e.is_dir(follow_symlinks=False), e.is_file(follow_symlinks=False)) for e in listing]
        if foreign and not entries:
            found.append(folder + "/")
        empty = not foreign
        for name, is_dir, is_file in entries:
            path = f"{folder}/{name}" if folder else name
            if is_dir:
                if walk(path, foreign or path not in folders) and remove:
                    _rmdir(os.path.join(here, name))
                else:
                    empty = False
                continue
            own = folder == "" and name in RESERVED  # the caller removes these last
            if foreign or not is_file or (path not in files and not own):
                found.append(path)
                empty = False
            elif remove and not own:
                Path(os.path.join(here, name)).unlink(missing_ok=True)
            else:
                empty = False
        return empty

    walk("", False)
    return sorted(found)


def _rmdir(path: str) -> None:
    try:
        os.rmdir(path)
    except FileNotFoundError:
        pass
