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
        written = []
        for relative, data in sorted(files.items()):
            target = (fresh / relative).resolve()
            if fresh not in target.parents:
                raise SiteError(f"output path {relative!r} would lie outside the output folder")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
            written.append(relative)
        (fresh / MANIFEST).write_text(json.dumps(sorted(set(written)), ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
        _swap(fresh, out)
    except BaseException:
        shutil.rmtree(fresh, ignore_errors=True)
        raise


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
