"""Put a rendered site on disk: only what changed, atomically, one writer at a time.

    with SiteWriter(out, project=root, content=root / "content") as writer:
        for path, data in pages:
            writer.put(path, data)        # or writer.keep(path) when the caller knows it is unchanged
        stats = writer.commit()

The output folder carries a manifest, `.zhengxie-manifest.json`: {"version": 2, "files": {path: digest}},
the digest being blake2b-128 of the bytes (`digest`). Version 1, a plain list of paths, is still read; its
digests are unknown, so every file of the next build counts as changed.

What a build touches
- Nothing at all when every path was kept or put with its previous digest and no path came or went:
  the manifest and the top of `out` are read, no folder is made, no file written, no tree walked.
- Otherwise the new site is assembled in `.<out>.new-<pid>` beside the output: changed files are written
  as they are put (so the caller need not hold the site in memory), unchanged ones become hard links to
  the current files at commit (same inode, bytes and modification time; copies where the file system
  refuses links), the manifest is written last, and the folder replaces `out` in one step (Linux
  renameat2 RENAME_EXCHANGE: there is never a moment without a site) or, elsewhere, with two renames that
  the next build repairs if it was killed between them. The previous site is then removed by its
  manifest: a walk that deletes the regular files listed and the folders they leave empty, never a
  recursive delete, never through a link. The cost of such a build is one folder made and one removed
  per folder of the site, one link and one unlink per unchanged file.
- An exception (KeyboardInterrupt too) before commit finishes removes the fresh folder; `out` stays as it was.

Files that are not ours
- Before the first build `out` may be missing or empty; a non-empty folder without our manifest is refused.
- A build that changes something walks `out` with os.scandir at commit (it links every file then anyway)
  and refuses to replace it if it holds anything the manifest does not list: files, symbolic links,
  folders. A build that changes nothing does not look: it touches nothing, so nothing can be lost.
- Something added after that walk survives the removal by manifest. The previous site's folder is then
  kept as `<out>.kept-<pid>` beside the output, visible, and a warning names it and a few of the entries.
- Files of ours edited by hand in `out` are not noticed: the manifest's digests are trusted, not re-read.

Leftovers of killed builds (`.<out>.making-*`, `.<out>.new-*`, `.<out>.old-*`) are handled only when
provably ours: our marker (naming the pid) or our manifest inside, and the pid in the name no longer a
running process (or this one, which holds the lock). A half-built folder (marker) is deleted, and so is an
empty `.making-` folder (killed before its marker was written: nothing can be lost); an old site is
restored if `out` is missing, otherwise removed by its manifest. Anything else of those names is left
alone with a warning naming it.

One writer at a time: `output_lock(out)` (see lock.py) is taken on entering unless this thread holds it;
`previous` is read after that, so it is the site no other build is replacing. Warnings go to `warn`
(by default printed to stderr as `warning: …`); errors the user can fix are SiteErrors.
"""
from __future__ import annotations

from pathlib import Path

from .files import MANIFEST, check_output_folder, digest, is_inside
from .lock import output_lock
from .swap import Warn
from .writer import SiteWriter, WriteStats, print_warning

__all__ = ["MANIFEST", "SiteWriter", "WriteStats", "check_output_folder", "digest", "is_inside", "output_lock",
           "write_site"]


def write_site(out: Path, files: dict[str, bytes], *, project: Path | None = None, content: Path | None = None,
               warn: Warn = print_warning) -> WriteStats:
    """Every file of the site at once; only those that changed are written."""
    with SiteWriter(out, project=project, content=content, warn=warn) as writer:
        for path, data in sorted(files.items()):
            writer.put(path, data)
        return writer.commit()
