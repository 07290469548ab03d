"""Put a rendered site on disk atomically: build beside the output, swap in on success.

The output folder carries a manifest of what we wrote. We refuse to replace a folder that has no
manifest or holds files we did not make, so nothing a user put there is ever deleted.
"""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

from .errors import SiteError

MANIFEST = ".zhengxie-manifest.json"


def check_output_folder(out: Path, project: Path, content: Path) -> None:
    """Refuse output folders whose replacement would destroy sources or a home folder."""
    out, project, content = out.resolve(), project.resolve(), content.resolve()
    home = Path.home().resolve()
    forbidden = {project: "the project folder", content: "the content folder", home: "the home folder",
                 Path(out.anchor): "the file system root"}
    for place, name in forbidden.items():
        if out == place or out in place.parents:
            raise SiteError(f"refusing to write the site to {out}: it is or contains {name}")
    if content in out.parents:  # the next build would read the site as content
        raise SiteError(f"refusing to write the site to {out}: it lies inside the content folder")


def write_site(out: Path, files: dict[str, bytes]) -> None:
    """Write every file into a fresh folder, then swap it in place of `out`."""
    out = out.resolve()
    out.parent.mkdir(parents=True, exist_ok=True)
    _remove_leftovers(out)
    _check_replaceable(out)
    fresh = out.with_name(f".{out.name}.new-{os.getpid()}")
    fresh.mkdir()
    try:
        made: set[str] = set()
        for relative, data in sorted(files.items()):
            if not is_inside(relative):
                raise SiteError(f"output path {relative!r} would lie outside the output folder")
            folder = os.path.dirname(relative)
            if folder not in made:  # one mkdir per folder, not per file: builds write tens of thousands
                os.makedirs(fresh / folder, exist_ok=True)
                made.add(folder)
            with open(fresh / relative, "wb") as handle:
                handle.write(data)
        (fresh / MANIFEST).write_text(json.dumps(sorted(files), ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
        _swap(fresh, out)
    except BaseException:
        shutil.rmtree(fresh, ignore_errors=True)
        raise


def is_inside(relative: str) -> bool:
    """A path we may write under the output folder: relative, no '..', no backslash or NUL. The folder
    is new and holds no links, so checking the text is enough (and far cheaper than resolving)."""
    parts = relative.split("/")
    return (bool(relative) and not relative.startswith("/") and "\\" not in relative and "\0" not in relative
            and ":" not in parts[0] and all(part not in ("", ".", "..") for part in parts))


def _check_replaceable(out: Path) -> None:
    if not out.exists():
        return
    if not out.is_dir():
        raise SiteError(f"{out} exists and is not a folder")
    entries = list(out.iterdir())
    if not entries:
        return
    manifest = out / MANIFEST
    if not manifest.is_file():
        raise SiteError(f"{out} exists and was not made by zhengxie-site (no {MANIFEST}); move it or choose another --out")
    try:
        ours = set(json.loads(manifest.read_text(encoding="utf-8"))) | {MANIFEST}
    except (ValueError, TypeError):
        raise SiteError(f"{out / MANIFEST} is damaged; move {out} away and build again") from None
    foreign = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file() and p.relative_to(out).as_posix() not in ours)
    if foreign:
        raise SiteError(f"{out} holds files zhengxie-site did not make, which a build would delete: {', '.join(foreign[:5])}; move them away")


def _swap(fresh: Path, out: Path) -> None:
    old = out.with_name(f".{out.name}.old-{os.getpid()}")
    if out.exists():
        os.replace(out, old)
    os.replace(fresh, out)
    shutil.rmtree(old, ignore_errors=True)


def _remove_leftovers(out: Path) -> None:
    """Folders of builds that were killed half way (ours: named after the output, with a pid)."""
    for pattern in (f".{out.name}.new-*", f".{out.name}.old-*"):
        for leftover in out.parent.glob(pattern):
            if leftover.is_dir() and not out.exists() and pattern.endswith("old-*") and (leftover / MANIFEST).exists():
                os.replace(leftover, out)  # killed between the two renames: restore the old site
            else:
                shutil.rmtree(leftover, ignore_errors=True)
