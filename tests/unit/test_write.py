"""The writer: refuses dangerous folders, touches only what changed, never deletes what we did not make."""
from __future__ import annotations

import errno
import json
import os
import shutil
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from sitetext import read_tree
from zhengxie_site.errors import SiteError
from zhengxie_site.write import MANIFEST, SiteWriter, WriteStats, check_output_folder, digest, write_site
from zhengxie_site.write import files as files_module, swap as swap_module, writer as writer_module

SITE = {"index.html": b"home", "a/b.html": b"two", "a/c/d.html": b"deep", "static/x.css": b"css"}


def _writer(out: Path, warnings: list[str] | None = None) -> SiteWriter:
    return SiteWriter(out, project=None, content=None, warn=(warnings.append if warnings is not None else print))


def _manifest(out: Path) -> dict:
    return json.loads((out / MANIFEST).read_text(encoding="utf-8"))


def _identity(out: Path) -> dict[str, tuple[int, int]]:
    """Inode and modification time of the folder and of every file in it."""
    found = {".": (out.stat().st_ino, out.stat().st_mtime_ns)}
    for path in out.rglob("*"):
        found[path.relative_to(out).as_posix()] = (path.stat().st_ino, path.stat().st_mtime_ns)
    return found


def _dead_pid() -> int:
    """The pid of a process that has ended (and been waited for)."""
    child = subprocess.Popen([sys.executable, "-c", ""])
    child.wait()
    return child.pid


def _beside(out: Path) -> list[str]:
    return sorted(p.name for p in out.parent.iterdir())


def test_refused_places(tmp_path, monkeypatch):
    project, home = tmp_path / "home" / "proj", tmp_path / "home"
    (project / "content").mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    for out, reason in [(project, "it is or contains the project folder"),
                        (project / "content", "it is or contains the content folder"),
                        (home, "it is or contains the project folder"),
                        (Path("/"), "it is or contains the project folder"),
                        (project / "content" / "site", "it lies inside the content folder")]:
        with pytest.raises(SiteError) as exc:
            check_output_folder(out, project, project / "content")
        assert str(exc.value) == f"refusing to write the site to {out.resolve()}: {reason}"
        with pytest.raises(SiteError) as exc:
            SiteWriter(out, project=project, content=project / "content")
        assert str(exc.value) == f"refusing to write the site to {out.resolve()}: {reason}"
    check_output_folder(project / "public", project, project / "content")


def test_home_folder_refused_even_outside_the_project(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path / "me"))
    (tmp_path / "me").mkdir()
    with pytest.raises(SiteError, match="the home folder"):
        check_output_folder(tmp_path / "me", tmp_path / "elsewhere", tmp_path / "elsewhere" / "content")
    with pytest.raises(SiteError, match="the home folder"):
        write_site(tmp_path / "me", {"index.html": b"x"})


def test_write_then_rewrite(tmp_path):
    out = tmp_path / "public"
    write_site(out, {"index.html": b"one", "a/b.html": b"two"})
    assert read_tree(out) == {"index.html": b"one", "a/b.html": b"two", MANIFEST: (
        b'{\n"version": 2,\n"files": {\n"a/b.html": "' + digest(b"two").encode() + b'",\n'
        b'"index.html": "' + digest(b"one").encode() + b'"\n}\n}\n')}
    write_site(out, {"index.html": b"three"})
    assert read_tree(out) == {"index.html": b"three", MANIFEST: (
        b'{\n"version": 2,\n"files": {\n"index.html": "' + digest(b"three").encode() + b'"\n}\n}\n')}
    assert _beside(out) == ["public"]


def test_digest_is_blake2b_of_16_bytes():
    assert digest(b"") == "cae66941d9efbd404e4d88758ea67670"
    assert len(digest(b"x" * 10_000)) == 32


def test_first_write_creates_everything(tmp_path):
    out = tmp_path / "public"
    with _writer(out) as writer:
        assert writer.previous == {}
        for path, data in SITE.items():
            writer.put(path, data)
        stats = writer.commit()
    assert stats == WriteStats(written=4, kept=0, removed=0, bytes_written=sum(map(len, SITE.values())))
    assert read_tree(out) == {**SITE, MANIFEST: (out / MANIFEST).read_bytes()}
    assert _manifest(out) == {"version": 2, "files": {path: digest(data) for path, data in SITE.items()}}
    assert _beside(out) == ["public"]


def test_an_empty_existing_folder_is_used(tmp_path):
    out = tmp_path / "public"
    out.mkdir()
    write_site(out, SITE)
    assert read_tree(out) == {**SITE, MANIFEST: (out / MANIFEST).read_bytes()}
    assert _beside(out) == ["public"]


@contextmanager
def _no_touching():
    """Inside the block, every way of changing or walking the file system fails the test."""
    def fail(*args, **kwargs):
        raise AssertionError(f"touched the file system: {args}")
    with pytest.MonkeyPatch.context() as patch:
        for name in ("mkdir", "makedirs", "rename", "replace", "link", "unlink", "rmdir", "scandir", "walk",
                     "listdir", "open"):
            patch.setattr(os, name, fail)
        for name in ("rmtree", "copy2", "copyfile"):
            patch.setattr(shutil, name, fail)
        for name in ("rglob", "glob", "iterdir", "mkdir", "write_bytes", "write_text", "touch"):
            patch.setattr(Path, name, fail)
        patch.setattr(writer_module, "open", fail, raising=False)
        yield


@pytest.mark.parametrize("how", ["put", "keep"])
def test_an_unchanged_rebuild_touches_nothing(tmp_path, how):
    out = tmp_path / "public"
    write_site(out, SITE)
    before, beside = _identity(out), _beside(out)
    time.sleep(0.01)  # a rewrite would show in the modification times
    with _writer(out) as writer:
        assert writer.previous == {path: digest(data) for path, data in SITE.items()}
        with _no_touching():
            for path, data in SITE.items():
                writer.put(path, data) if how == "put" else writer.keep(path)
            stats = writer.commit()
    assert stats == WriteStats(written=0, kept=4, removed=0, bytes_written=0)
    assert _identity(out) == before
    assert _beside(out) == beside == ["public"]


def test_an_unchanged_commit_of_36000_files_takes_milliseconds(tmp_path):
    out = tmp_path / "public"
    write_site(out, {"index.html": b"x"})
    paths = {f"articles/{i}/index.html": digest(str(i).encode()) for i in range(36_000)}
    (out / MANIFEST).write_bytes(files_module.manifest_bytes(paths))  # the files need not exist: nothing looks
    with _writer(out) as writer:
        for path in paths:
            writer.keep(path)
        started = time.perf_counter()
        writer.commit()
        assert time.perf_counter() - started < 0.1


def test_one_changed_file_gets_a_new_inode_the_rest_keep_theirs(tmp_path):
    out = tmp_path / "public"
    write_site(out, SITE)
    before = _identity(out)
    time.sleep(0.01)
    with _writer(out) as writer:
        writer.put("index.html", b"home, changed")
        writer.keep("a/b.html")
        writer.put("a/c/d.html", SITE["a/c/d.html"])  # same bytes: counts as kept
        stats = writer.commit()  # static/x.css is gone
    after = _identity(out)
    assert stats == WriteStats(written=1, kept=2, removed=1, bytes_written=len(b"home, changed"))
    assert read_tree(out) == {"index.html": b"home, changed", "a/b.html": b"two", "a/c/d.html": b"deep",
                              MANIFEST: (out / MANIFEST).read_bytes()}
    assert after["index.html"][0] != before["index.html"][0]
    for path in ("a/b.html", "a/c/d.html"):
        assert after[path] == before[path]
        assert (out / path).stat().st_nlink == 1  # the previous site's link to it is gone
    assert "static/x.css" not in after and "static" not in after
    assert _manifest(out)["files"] == {"index.html": digest(b"home, changed"), "a/b.html": digest(b"two"),
                                       "a/c/d.html": digest(b"deep")}
    assert _beside(out) == ["public"]


def test_changed_bytes_are_written_as_they_are_put(tmp_path):
    out = tmp_path / "public"
    write_site(out, SITE)
    with _writer(out) as writer:
        writer.put("index.html", SITE["index.html"])
        assert _beside(out) == [".public.lock", "public"]  # nothing changed yet: no folder made
        writer.put("a/b.html", b"new")
        fresh = tmp_path / f".public.new-{os.getpid()}"
        assert (fresh / "a/b.html").read_bytes() == b"new"
        writer.commit()
    assert not fresh.exists()


def test_links_refused_by_the_file_system_become_copies(tmp_path, monkeypatch):
    out = tmp_path / "public"
    write_site(out, SITE)
    before = _identity(out)

    def refuse(*args, **kwargs):
        raise OSError(errno.EXDEV, "cross-device link")
    monkeypatch.setattr(os, "link", refuse)
    with _writer(out) as writer:
        writer.put("index.html", b"changed")
        for path in ("a/b.html", "a/c/d.html", "static/x.css"):
            writer.keep(path)
        writer.commit()
    assert read_tree(out) == {**SITE, "index.html": b"changed", MANIFEST: (out / MANIFEST).read_bytes()}
    assert _identity(out)["a/b.html"][1] == before["a/b.html"][1]  # copied with its modification time


def test_a_version_1_manifest_is_read(tmp_path):
    out = tmp_path / "public"
    write_site(out, SITE)
    (out / MANIFEST).write_text(json.dumps(sorted(SITE)), encoding="utf-8")
    with _writer(out) as writer:
        assert writer.previous == {}  # digests unknown
        writer.put("index.html", SITE["index.html"])
        writer.put("a/b.html", SITE["a/b.html"])
        with pytest.raises(SiteError, match="cannot keep 'static/x.css'"):
            writer.keep("static/x.css")
        stats = writer.commit()
    assert stats == WriteStats(written=2, kept=0, removed=2, bytes_written=len(b"home") + len(b"two"))
    assert read_tree(out) == {"index.html": b"home", "a/b.html": b"two", MANIFEST: (out / MANIFEST).read_bytes()}
    assert _manifest(out) == {"version": 2, "files": {"index.html": digest(b"home"), "a/b.html": digest(b"two")}}


@pytest.mark.parametrize("second", ["put", "keep"])
def test_a_path_given_twice_is_an_error(tmp_path, second):
    out = tmp_path / "public"
    write_site(out, SITE)
    with _writer(out) as writer:
        writer.put("index.html", b"x")
        with pytest.raises(SiteError, match="output path 'index.html' was given twice"):
            writer.put("index.html", b"y") if second == "put" else writer.keep("index.html")
        writer.keep("a/b.html")
        with pytest.raises(SiteError, match="output path 'a/b.html' was given twice"):
            writer.put("a/b.html", b"two")


@pytest.mark.parametrize("name", [MANIFEST, ".zhengxie-unfinished"])
def test_our_own_file_names_are_reserved(tmp_path, name):
    with _writer(tmp_path / "public") as writer:
        with pytest.raises(SiteError, match="is reserved"):
            writer.put(name, b"[]")


def test_a_kept_file_gone_missing_is_an_error(tmp_path):
    out = tmp_path / "public"
    write_site(out, SITE)
    (out / "a/b.html").unlink()
    with pytest.raises(SiteError, match="went missing since the last build"):
        with _writer(out) as writer:
            writer.put("index.html", b"new")
            writer.keep("a/b.html")
            writer.commit()
    assert (out / "index.html").read_bytes() == b"home"
    assert _beside(out) == ["public"]


@pytest.mark.parametrize("error", [ValueError, KeyboardInterrupt])
def test_an_exception_inside_the_with_leaves_the_site_as_it_was(tmp_path, error):
    out = tmp_path / "public"
    write_site(out, SITE)
    before, tree = _identity(out), read_tree(out)
    with pytest.raises(error):
        with _writer(out) as writer:
            writer.put("index.html", b"changed")
            writer.keep("a/b.html")
            raise error()
    assert _identity(out) == before and read_tree(out) == tree
    assert _beside(out) == ["public"]


def test_interrupted_between_the_two_renames_the_old_site_comes_back(tmp_path, monkeypatch):
    out = tmp_path / "public"
    write_site(out, SITE)
    tree = read_tree(out)
    monkeypatch.setattr(swap_module, "exchange", lambda a, b: False)  # as on systems without renameat2
    real_rename, renames = os.rename, []

    def rename(source, target):
        renames.append(source)
        if len(renames) == 3:  # making -> new, out -> old, then new -> out: interrupted
            raise KeyboardInterrupt
        real_rename(source, target)
    monkeypatch.setattr(os, "rename", rename)
    with pytest.raises(KeyboardInterrupt):
        with _writer(out) as writer:
            writer.put("index.html", b"changed")
            writer.commit()
    assert read_tree(out) == tree
    assert _beside(out) == ["public"]


def test_without_renameat2_two_renames_put_the_site_in_place(tmp_path, monkeypatch):
    out = tmp_path / "public"
    write_site(out, SITE)
    monkeypatch.setattr(swap_module, "exchange", lambda a, b: False)
    write_site(out, {**SITE, "index.html": b"changed"})
    assert read_tree(out)["index.html"] == b"changed"
    assert _beside(out) == ["public"]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="renameat2 is Linux's")
def test_exchange_swaps_two_folders_in_one_step(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x").write_text("a")
    (tmp_path / "b").mkdir()
    assert swap_module.exchange(tmp_path / "a", tmp_path / "b")
    assert (tmp_path / "b" / "x").read_text() == "a" and not (tmp_path / "a" / "x").exists()


def test_foreign_files_refused_and_kept(tmp_path):
    out = tmp_path / "public"
    out.mkdir()
    (out / "mine.txt").write_text("x")
    with pytest.raises(SiteError, match="was not made by zhengxie-site"):
        write_site(out, {"index.html": b"x"})
    write_site(tmp_path / "ours", {"index.html": b"x"})
    (tmp_path / "ours" / "extra.txt").write_text("keep")
    with pytest.raises(SiteError, match="did not make, which a build would delete: extra.txt"):
        write_site(tmp_path / "ours", {"index.html": b"y"})
    assert (tmp_path / "ours" / "extra.txt").read_text() == "keep" and (out / "mine.txt").exists()


def test_an_unchanged_build_leaves_foreign_files_where_they_are(tmp_path):
    out = tmp_path / "public"
    write_site(out, SITE)
    (out / "extra.txt").write_text("keep")
    assert write_site(out, SITE).written == 0
    assert (out / "extra.txt").read_text() == "keep"


def test_a_file_added_during_the_build_is_refused_and_kept(tmp_path):
    out = tmp_path / "public"
    write_site(out, SITE)
    with pytest.raises(SiteError) as exc:
        with _writer(out) as writer:
            writer.put("index.html", b"changed")
            (out / "a" / "notes.txt").write_text("mine")
            (out / "link").symlink_to(out / "index.html")
            (out / "empty").mkdir()
            writer.commit()
    assert str(exc.value) == (f"{out.resolve()} holds files zhengxie-site did not make, which a build would delete: "
                              "a/notes.txt, empty/, link; move them away")
    assert (out / "a" / "notes.txt").read_text() == "mine" and (out / "index.html").read_bytes() == b"home"
    assert _beside(out) == ["public"]


def test_a_file_added_after_the_check_is_kept_and_reported(tmp_path, monkeypatch):
    out = tmp_path / "public"
    write_site(out, SITE)
    monkeypatch.setattr(writer_module, "foreign_entries", lambda out, ours: [])  # added just after the check
    warnings: list[str] = []
    with _writer(out, warnings) as writer:
        writer.put("index.html", b"changed")
        (out / "a" / "notes.txt").write_text("mine")
        writer.commit()
    kept = tmp_path / f"public.kept-{os.getpid()}"
    assert read_tree(kept) == {"a/notes.txt": b"mine"}
    assert warnings == [f"{out.resolve()} held entries zhengxie-site did not make (a/notes.txt); they were not "
                        f"deleted: the previous site's folder with them is kept as {kept}"]
    assert read_tree(out)["index.html"] == b"changed" and "a/notes.txt" not in read_tree(out)


@pytest.mark.parametrize("manifest", ["{oops", "5", '{"version": 3, "files": {}}', '{"version": 2, "files": [1]}'])
def test_damaged_manifest_is_refused(tmp_path, manifest):
    out = tmp_path / "public"
    write_site(out, {"index.html": b"x"})
    (out / MANIFEST).write_text(manifest)
    with pytest.raises(SiteError, match="is damaged"):
        write_site(out, {"index.html": b"y"})
    assert (out / "index.html").read_bytes() == b"x"


@pytest.mark.parametrize("bad", ["../x.html", "/etc/x", "a/../../x", "", "."])
def test_paths_outside_the_output_are_refused_and_old_site_kept(tmp_path, bad):
    out = tmp_path / "public"
    write_site(out, {"index.html": b"old"})
    with pytest.raises(SiteError, match="would lie outside the output folder"):
        write_site(out, {"index.html": b"new", bad: b"evil"})
    assert read_tree(out)["index.html"] == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["public"]
    assert not (tmp_path / "x.html").exists()


def _leftover(out: Path, kind: str, pid: int, *, marker: bool = False, site: dict | None = None) -> Path:
    folder = out.with_name(f".{out.name}.{kind}-{pid}")
    folder.mkdir()
    if marker:
        (folder / ".zhengxie-unfinished").write_text(swap_module.marker_text(pid), encoding="utf-8")
        (folder / "half.html").write_text("half")
    if site is not None:
        for path, data in site.items():
            (folder / path).parent.mkdir(parents=True, exist_ok=True)
            (folder / path).write_bytes(data)
        (folder / MANIFEST).write_bytes(files_module.manifest_bytes({p: digest(d) for p, d in site.items()}))
    return folder


def test_leftovers_of_a_killed_build_are_cleaned_or_restored(tmp_path):
    out = tmp_path / "public"
    write_site(out, {"index.html": b"old"})
    dead = _dead_pid()
    os.replace(out, tmp_path / f".public.old-{dead}")  # killed between the two renames
    _leftover(out, "new", dead, marker=True)  # killed while writing
    (tmp_path / f".public.making-{dead}").mkdir()  # killed before its marker was written
    with _writer(out) as writer:
        assert writer.previous == {"index.html": digest(b"old")}  # the old site came back first
        writer.put("index.html", b"new")
        writer.commit()
    assert read_tree(out)["index.html"] == b"new"
    assert _beside(out) == ["public"]


def test_leftovers_not_provably_ours_are_left_alone_and_named(tmp_path):
    out = tmp_path / "public"
    write_site(out, SITE)
    dead, alive = _dead_pid(), os.getppid()
    no_marker = _leftover(out, "new", dead)
    (no_marker / "mine.txt").write_text("mine")
    running = _leftover(out, "new", alive, marker=True)
    wrong_marker = _leftover(out, "old", dead + 1 if dead + 1 != alive else dead + 2)
    (wrong_marker / ".zhengxie-unfinished").write_text(swap_module.marker_text(12345), encoding="utf-8")
    file = tmp_path / f".public.old-{dead}"
    file.write_text("a file")
    before = {p: read_tree(p) for p in (no_marker, running, wrong_marker)}
    warnings: list[str] = []
    write_site(out, {"index.html": b"new"}, warn=warnings.append)
    assert {p: read_tree(p) for p in (no_marker, running, wrong_marker)} == before and file.read_text() == "a file"
    assert sorted(warnings) == sorted([
        f"leaving {no_marker} alone: it holds neither our .zhengxie-unfinished nor our {MANIFEST}, so zhengxie-site did not make it",
        f"leaving {running} alone: process {alive} is still running",
        f"leaving {wrong_marker} alone: it holds neither our .zhengxie-unfinished nor our {MANIFEST}, so zhengxie-site did not make it",
        f"leaving {file} alone: it is not a folder zhengxie-site made"])


def test_an_old_site_left_behind_is_removed_by_its_manifest(tmp_path):
    out = tmp_path / "public"
    write_site(out, SITE)
    dead = _dead_pid()
    old = _leftover(out, "old", dead, site={"index.html": b"older", "a/b.html": b"older"})
    (old / "a" / "notes.txt").write_text("mine")
    warnings: list[str] = []
    write_site(out, SITE, warn=warnings.append)
    assert not old.exists()
    assert read_tree(tmp_path / f"public.kept-{dead}") == {"a/notes.txt": b"mine"}
    assert len(warnings) == 1 and "(a/notes.txt)" in warnings[0]


def test_a_second_writer_on_the_same_output_in_one_thread_is_refused(tmp_path):
    out = tmp_path / "public"
    with _writer(out):
        with pytest.raises(SiteError, match="already open in this process"):
            with _writer(out):
                pass


def test_commit_only_once_and_only_inside_the_with(tmp_path):
    writer = _writer(tmp_path / "public")
    with pytest.raises(RuntimeError):
        writer.put("index.html", b"x")
    with writer:
        writer.put("index.html", b"x")
        writer.commit()
        with pytest.raises(RuntimeError):
            writer.commit()


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="ab./\\:-~ \x00", min_size=1, max_size=12), min_size=1, max_size=4))
def test_every_written_file_lies_inside_the_output(tmp_path_factory, names):
    root = tmp_path_factory.mktemp("w")
    out = root / "public"
    try:
        write_site(out, {name: b"x" for name in names})
    except (SiteError, OSError, ValueError):
        pass
    for path in root.rglob("*"):
        assert path == out or out in path.parents
    if out.exists():
        assert json.loads((out / MANIFEST).read_text(encoding="utf-8"))
