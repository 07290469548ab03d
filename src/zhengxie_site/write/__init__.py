"""Put a rendered site on disk: only what changed, in place, one writer at a time.

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
- Otherwise changed files are staged as they are put in `.<out>.new-<pid>` beside the output (so the caller
  need not hold the site in memory; our marker inside names the pid); nothing in `out` changes before
  commit(). commit() then changes `out` in place (inplace.py):
  1. the new manifest and a journal (`.zhengxie-commit.json`: the pid, the paths to move in, the paths to
     remove) are written into the fresh folder, the journal flushed to disk. From the moment the journal
     exists the commit is decided: it is completed (rolled forward), never undone;
  2. the files the new site lacks are removed (only paths the current manifest lists), then their folders
     that are left empty, deepest first (os.rmdir: never a folder that still holds anything);
  3. each changed file is moved into place with os.replace, its folders made as needed: atomic per file, a
     new inode; unchanged files are not touched (same inode, bytes and modification time);
  4. the new manifest is moved into place;
  5. the fresh folder, emptied, is removed, the journal last.
  Every step finds what was done before and skips it, so running 2-5 again completes a commit killed
  anywhere. The cost is a few calls per changed or removed file and per folder above one (19 in all for
  one changed file), plus writing the manifest; nothing walks `out` or looks at the files kept.
- When there is no `out` at all, the fresh folder, manifest written, is renamed into place: one step. An
  empty `out` is filled in place, keeping the folder (it may be a mount point or a web server's root).
- An exception (KeyboardInterrupt too) before the journal exists removes the fresh folder; `out` stays as it
  was. After it, leaving the with block completes the commit, or, if that fails too, leaves it to the next.

Why in place, not a whole new tree swapped in
Earlier versions assembled the whole new site beside the output (hard links for unchanged files) and
swapped it in with renameat2(RENAME_EXCHANGE). That costs one folder made and one removed per folder of
the site and one link and one unlink per file: 3.6-11.6 s to commit one changed file among 30,000 in
20,000 folders on a slow virtual disk, against 20-70 ms in place (most of it writing the manifest). For
a rebuild of everything the two cost about the same (5-7 s against 6-9 s there, after 15-20 s of
staging either way). All the swap gave in return is that a reader serving `out` directly never saw old
and new files together. In place there is such a window while steps 2-4 run (milliseconds for an edit,
about 4 s for those 30,000 moves): every file is whole, old or new, but a new page may link to one not
yet moved in, or a page about to be removed may still be served. A build killed in that window leaves
the mix until the next build, which completes it first thing. A swap also has to refuse files not ours
in `out` (they would vanish with the old tree), which means walking the whole output; in place they are
simply kept. Keeping the swap for full rebuilds would mean two rules for such files and two ways to
recover, for a few seconds of mixed pages in a rare case, so the swap is gone.

Killed builds
- Killed while staging or before the journal is whole: `out` is untouched (the old site stays whole); the
  next build deletes the fresh folder. A journal cut short does not parse and counts as none.
- Killed after: the next build completes the commit, so `out` holds the new site whole.
- The journal is flushed to disk; the staged files are not (a flush per file would cost more than the
  commit), so after a power cut, as opposed to a killed build, changed files may hold what the file system
  kept of them.

Files that are not ours
- Before the first build `out` may be missing or empty; a non-empty folder without our manifest is refused.
- Nothing is removed that the manifest does not list, so `out` is never walked: a file added by hand stays,
  and so does a folder it keeps from being empty. A build that would overwrite or write through something
  not ours is refused before anything is decided: a file not listed where the new site puts one, a file or
  link where it needs a folder, a link above a file to remove (each found with one lstat per path concerned).
- Files of ours edited or deleted by hand in `out` are not noticed: the manifest's digests are trusted, not
  re-read, and a kept file is not looked at.

Leftovers of killed builds (`.<out>.making-*`, `.<out>.new-*`, `.<out>.old-*`) are handled only when provably
ours: our journal or marker (naming the pid) or our manifest inside, and the pid in the name no longer a
running process (or this one, which holds the lock). A decided commit is rolled forward; a half-built folder
(marker) is deleted, and so is an empty one; a whole site (`.old-`, left by the swaps of earlier versions) is
put back if `out` is missing, otherwise removed by its manifest. A journal whose process still runs stops the
build: `out` may be half changed. Anything else of those names is left alone with a warning naming it.

One writer at a time: `output_lock(out)` (see lock.py) is taken on entering unless this thread holds it;
`previous` is read after that, so it is the site no other build is changing. Warnings go to `warn`
(by default printed to stderr as `warning: …`); errors the user can fix are SiteErrors. The output is
changed only with os.replace, os.unlink, os.makedirs and os.rmdir, which work on Windows too (where a file a
reader holds open may refuse to be replaced: the commit then stops, and the next build completes it).
"""

from __future__ import annotations

from pathlib import Path

from .files import MANIFEST, check_output_folder, digest, is_inside
from .lock import output_lock
from .leftovers import Warn
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
