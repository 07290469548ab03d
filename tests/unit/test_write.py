"""The writer: refuses dangerous folders, changes only what changed, in place; never deletes what we did not make;
completes a commit a killed build decided."""
from __future__ import annotations

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
from zhengxie_site.write.files import JOURNAL
from zhengxie_site.write import files as files_module, leftovers as leftovers_module, writer as writer_module

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


def test_an_empty_existing_folder_is_used_in_place(tmp_path):
    out = tmp_path / "public"
    out.mkdir()
    inode = out.stat().st_ino  # it may be a mount point or a web server's root: it stays
    write_site(out, SITE)
    assert read_tree(out) == {**SITE, MANIFEST: (out / MANIFEST).read_bytes()}
    assert out.stat().st_ino == inode
    assert _beside(out) == ["public"]


def test_manifest_bytes_are_those_of_json_dumps():
    for files in [{}, {"index.html": digest(b"x")}, {"文章/标题.html": "ab", "b": ""}, {'a"b': "c"}, {"a\\b": "c"},
                  {"a\nb": "c", "\u2028": "d"}, {"x": 'y"'}, {f"a/{i}.html": digest(bytes(i)) for i in range(50)}]:
        expected = json.dumps({"version": 2, "files": dict(sorted(files.items()))}, ensure_ascii=False, indent=0)
        assert files_module.manifest_bytes(files) == (expected + "\n").encode("utf-8")


@contextmanager
def _no_touching():
    """Inside the block, every way of changing or walking the file system fails the test."""
    def fail(*args, **kwargs):
        raise AssertionError(f"touched the file system: {args}")
    with pytest.MonkeyPatch.context() as patch:
        for name in ("mkdir", "makedirs", "rename", "replace", "link", "unlink", "rmdir", "scandir", "walk",
                     "listdir", "open", "lstat", "fsync"):
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


def test_an_unchanged_commit_of_36000_files_makes_no_file_system_call(tmp_path):
    # Counted, not timed: a wall-clock bound fails on a busy machine; the calls are what the time is.
    out = tmp_path / "public"
    write_site(out, {"index.html": b"x"})
    paths = {f"articles/{i}/index.html": digest(str(i).encode()) for i in range(36_000)}
    (out / MANIFEST).write_bytes(files_module.manifest_bytes(paths))  # the files need not exist: nothing looks
    with _writer(out) as writer:
        for path in paths:
            writer.keep(path)
        calls: list[str] = []
        with _counting(calls):
            writer.commit()
    assert calls == []


_FILE_SYSTEM_CALLS = ("open", "read", "write", "close", "fsync", "stat", "lstat", "replace", "rename", "link",
                      "unlink", "mkdir", "makedirs", "rmdir", "scandir", "listdir", "walk", "chmod", "utime")


@contextmanager
def _counting(calls: list[str]):
    """Inside the block, every call of an os function that reaches the file system is recorded by name."""
    with pytest.MonkeyPatch.context() as patch:
        for name in _FILE_SYSTEM_CALLS:
            def counted(*args, _real=getattr(os, name), _name=name, **kwargs):
                calls.append(_name)
                return _real(*args, **kwargs)
            patch.setattr(os, name, counted)
        yield


def test_one_change_among_30000_files_is_committed_in_a_few_dozen_calls(tmp_path):
    out = tmp_path / "public"
    write_site(out, {"index.html": b"x", "articles/7/index.html": b"old"})
    paths = {f"articles/{i}/index.html": digest(str(i).encode()) for i in range(30_000)}
    # the other files need not exist: nothing looks at them
    (out / MANIFEST).write_bytes(files_module.manifest_bytes({**paths, "index.html": digest(b"x")}))
    with _writer(out) as writer:
        writer.keep("index.html")
        for path in paths:
            writer.put(path, b"new") if path == "articles/7/index.html" else writer.keep(path)
        calls: list[str] = []
        with _counting(calls):
            stats = writer.commit()
    assert stats == WriteStats(written=1, kept=30_000, removed=0, bytes_written=3)
    assert (out / "articles/7/index.html").read_bytes() == b"new"
    assert len(_manifest(out)["files"]) == 30_001
    assert len(calls) <= 30, calls
    assert not {"scandir", "listdir", "walk", "link"} & set(calls), calls


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
    assert after["."][0] == before["."][0]  # changed in place, not swapped
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


def test_a_kept_file_is_not_looked_at(tmp_path):
    """Keeping costs nothing: a file of ours deleted by hand is not noticed (the manifest is trusted)."""
    out = tmp_path / "public"
    write_site(out, SITE)
    (out / "a/b.html").unlink()
    with _writer(out) as writer:
        writer.put("index.html", b"new")
        writer.keep("a/b.html")
        writer.commit()
    assert (out / "index.html").read_bytes() == b"new" and "a/b.html" in _manifest(out)["files"]
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


def test_foreign_files_refused_and_kept(tmp_path):
    out = tmp_path / "public"
    out.mkdir()
    (out / "mine.txt").write_text("x")
    with pytest.raises(SiteError, match="was not made by zhengxie-site"):
        write_site(out, {"index.html": b"x"})
    assert (out / "mine.txt").exists()
    write_site(tmp_path / "ours", {"index.html": b"x"})
    (tmp_path / "ours" / "extra.txt").write_text("keep")
    write_site(tmp_path / "ours", {"index.html": b"y"})
    assert read_tree(tmp_path / "ours") == {"index.html": b"y", "extra.txt": b"keep",
                                            MANIFEST: (tmp_path / "ours" / MANIFEST).read_bytes()}


def test_an_unchanged_build_leaves_foreign_files_where_they_are(tmp_path):
    out = tmp_path / "public"
    write_site(out, SITE)
    (out / "extra.txt").write_text("keep")
    assert write_site(out, SITE).written == 0
    assert (out / "extra.txt").read_text() == "keep"


def test_entries_added_during_the_build_are_kept(tmp_path):
    out = tmp_path / "public"
    write_site(out, SITE)
    with _writer(out) as writer:
        writer.put("index.html", b"changed")
        writer.keep("a/b.html")
        (out / "a" / "notes.txt").write_text("mine")
        (out / "link").symlink_to(out / "index.html")
        (out / "empty").mkdir()
        writer.commit()  # a/c/d.html and static/x.css are gone
    tree = read_tree(out)
    assert tree.pop(MANIFEST) and tree == {"index.html": b"changed", "a/b.html": b"two", "a/notes.txt": b"mine",
                                           "link": b"changed"}  # read through the link, still there
    assert (out / "link").is_symlink() and (out / "empty").is_dir()
    assert not (out / "a/c").exists() and not (out / "static").exists()
    assert _beside(out) == ["public"]


def test_a_folder_left_holding_a_file_not_ours_stays_with_it(tmp_path):
    out = tmp_path / "public"
    write_site(out, SITE)
    (out / "a/c/notes.txt").write_text("mine")
    write_site(out, {"index.html": b"home"})
    assert read_tree(out) == {"index.html": b"home", "a/c/notes.txt": b"mine", MANIFEST: (out / MANIFEST).read_bytes()}
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_dir()) == ["a", "a/c"]


@pytest.mark.parametrize("in_the_way, expected", [
    ("file at a new path", "new/page.html"),
    ("file where a folder is needed", "new"),
    ("link where a folder is needed", "new"),
    ("empty folder at a new path", "new/page.html/"),
    ("link above a file to remove", "static"),
])
def test_what_a_commit_would_overwrite_or_write_through_is_refused_before_anything_is_decided(tmp_path, in_the_way,
                                                                                              expected):
    out, elsewhere = tmp_path / "public", tmp_path / "elsewhere"
    write_site(out, SITE)
    elsewhere.mkdir()
    (elsewhere / "x.css").write_text("not ours")
    if in_the_way == "file at a new path":
        (out / "new").mkdir()
        (out / "new/page.html").write_text("mine")
    elif in_the_way == "file where a folder is needed":
        (out / "new").write_text("mine")
    elif in_the_way == "link where a folder is needed":
        (out / "new").symlink_to(elsewhere, target_is_directory=True)
    elif in_the_way == "empty folder at a new path":
        (out / "new/page.html").mkdir(parents=True)
    else:
        (out / "static/x.css").unlink()
        (out / "static").rmdir()
        (out / "static").symlink_to(elsewhere, target_is_directory=True)
    before, tree = _identity(out), read_tree(out)
    with pytest.raises(SiteError) as exc:
        write_site(out, {"index.html": b"changed", "a/b.html": b"two", "a/c/d.html": b"deep", "new/page.html": b"n"})
    assert str(exc.value) == (f"{out} holds files zhengxie-site did not make where the new site puts its own: "
                              f"{expected}; move them away")
    assert _identity(out) == before and read_tree(out) == tree
    assert (elsewhere / "x.css").read_text() == "not ours"
    assert _beside(out) == ["elsewhere", "public"]


def test_an_output_on_another_file_system_is_refused_before_anything_is_decided(tmp_path, monkeypatch):
    out = tmp_path / "public"
    write_site(out, SITE)
    before, real_stat = _identity(out), os.stat

    def stat(path, *args, **kwargs):  # the output a mount point: the folder beside it on another device
        result = real_stat(path, *args, **kwargs)
        if os.fspath(path) == os.fspath(out):
            return os.stat_result((*result[:2], result.st_dev + 1, *result[3:]))
        return result
    monkeypatch.setattr(os, "stat", stat)
    with pytest.raises(SiteError, match=r"public is on another file system than the folder it is in \(a mount point"):
        write_site(out, {**SITE, "index.html": b"changed"})
    monkeypatch.undo()
    assert _identity(out) == before and _beside(out) == ["public"]


def test_a_file_becomes_a_folder_and_a_folder_a_file(tmp_path):
    out = tmp_path / "public"
    write_site(out, {"index.html": b"home", "a/b.html": b"two", "a/c/d.html": b"deep", "e": b"file"})
    stats = write_site(out, {"index.html": b"home", "a/c": b"now a file", "e/f.html": b"now in a folder"})
    assert stats == WriteStats(written=2, kept=1, removed=3, bytes_written=len(b"now a file" + b"now in a folder"))
    assert read_tree(out) == {"index.html": b"home", "a/c": b"now a file", "e/f.html": b"now in a folder",
                              MANIFEST: (out / MANIFEST).read_bytes()}


def test_only_removals_are_committed_too(tmp_path):
    out = tmp_path / "public"
    write_site(out, SITE)
    stats = write_site(out, {"index.html": b"home", "a/b.html": b"two"})
    assert stats == WriteStats(written=0, kept=2, removed=2, bytes_written=0)
    assert read_tree(out) == {"index.html": b"home", "a/b.html": b"two", MANIFEST: (out / MANIFEST).read_bytes()}
    assert _beside(out) == ["public"]


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
        (folder / ".zhengxie-unfinished").write_text(leftovers_module.marker_text(pid), encoding="utf-8")
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
    (wrong_marker / ".zhengxie-unfinished").write_text(leftovers_module.marker_text(12345), encoding="utf-8")
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


class Crash(Exception):
    """A build dying where it raises."""


def _crashing_replace(monkeypatch, after: int) -> None:
    """os.replace works `after` times, then fails every time: a build that dies in the middle of its moves."""
    real, calls = os.replace, []

    def replace(source, target):
        calls.append(target)
        if len(calls) > after:
            raise Crash("killed")
        real(source, target)
    monkeypatch.setattr(os, "replace", replace)


def _as_left_by(fresh: Path, pid: int) -> Path:
    """This process's fresh folder as process `pid` would have left it: its name, marker and journal say so."""
    moved = fresh.with_name(f"{fresh.name.rsplit('-', 1)[0]}-{pid}")
    fresh.rename(moved)
    journal = json.loads((moved / JOURNAL).read_text(encoding="utf-8"))
    (moved / JOURNAL).write_text(json.dumps({**journal, "pid": pid}), encoding="utf-8")
    if (moved / ".zhengxie-unfinished").exists():
        (moved / ".zhengxie-unfinished").write_text(leftovers_module.marker_text(pid), encoding="utf-8")
    return moved


NEW_SITE = {"index.html": b"home, changed", "a/b.html": b"two, changed", "a/c/d.html": b"deep", "n/e/w.html": b"new"}


def test_a_commit_killed_in_its_moves_is_rolled_forward_by_the_next_writer(tmp_path, monkeypatch):
    out = tmp_path / "public"
    write_site(out, SITE)
    _crashing_replace(monkeypatch, after=1)
    warnings: list[str] = []
    with pytest.raises(Crash):
        write_site(out, NEW_SITE, warn=warnings.append)
    monkeypatch.undo()
    assert warnings == [f"the commit to {out} was interrupted and cannot be completed now (killed); "
                        "the next build completes it"]
    half = read_tree(out)  # static/x.css removed and a/b.html moved in; index.html and n/e/w.html not yet
    assert (half["a/b.html"], half["index.html"], "static/x.css" in half) == (b"two, changed", b"home", False)
    fresh = _as_left_by(tmp_path / f".public.new-{os.getpid()}", _dead_pid())

    with _writer(out) as writer:
        assert writer.previous == {path: digest(data) for path, data in NEW_SITE.items()}
    assert read_tree(out) == {**NEW_SITE, MANIFEST: files_module.manifest_bytes(
        {path: digest(data) for path, data in NEW_SITE.items()})}
    assert not fresh.exists() and _beside(out) == ["public"]


@pytest.mark.parametrize("before, after", [({"a/b/c.html": b"in a folder"}, {"a/b": b"a file"}),
                                           ({"a/b": b"a file"}, {"a/b/c.html": b"in a folder"})])
def test_a_commit_changing_a_file_into_a_folder_is_rolled_forward_after_its_moves(tmp_path, monkeypatch, before,
                                                                                  after):
    """Redone after the moves, the removals meet a file where a folder was, or a folder where a file was."""
    out = tmp_path / "public"
    write_site(out, {"index.html": b"home", **before})
    _crashing_replace(monkeypatch, after=1)  # the page moved in, the manifest not
    with pytest.raises(Crash):
        write_site(out, {"index.html": b"home", **after}, warn=lambda message: None)
    monkeypatch.undo()
    _as_left_by(tmp_path / f".public.new-{os.getpid()}", _dead_pid())
    with _writer(out) as writer:
        assert writer.previous == {path: digest(data) for path, data in {"index.html": b"home", **after}.items()}
    assert read_tree(out) == {"index.html": b"home", **after, MANIFEST: (out / MANIFEST).read_bytes()}
    assert _beside(out) == ["public"]


def test_a_commit_interrupted_in_its_moves_is_completed_on_leaving(tmp_path, monkeypatch):
    out = tmp_path / "public"
    write_site(out, SITE)
    real, calls = os.replace, []

    def replace(source, target):
        calls.append(target)
        if len(calls) == 2:
            raise KeyboardInterrupt
        real(source, target)
    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(KeyboardInterrupt):
        write_site(out, NEW_SITE)
    assert read_tree(out) == {**NEW_SITE, MANIFEST: (out / MANIFEST).read_bytes()}
    assert _manifest(out)["files"] == {path: digest(data) for path, data in NEW_SITE.items()}
    assert _beside(out) == ["public"]


@pytest.mark.parametrize("journal", [None, '{"version": 1, "pid": 1, "put": ["half.ht'])
def test_a_fresh_folder_of_a_dead_build_without_a_whole_journal_is_deleted_and_the_site_untouched(tmp_path,
                                                                                                  journal):
    out = tmp_path / "public"
    write_site(out, SITE)
    fresh = _leftover(out, "new", _dead_pid(), marker=True)  # killed while staging, or while writing the journal
    if journal is not None:
        (fresh / JOURNAL).write_text(journal, encoding="utf-8")
    before, tree = _identity(out), read_tree(out)
    with _writer(out) as writer:
        assert writer.previous == {path: digest(data) for path, data in SITE.items()}
    assert _identity(out) == before and read_tree(out) == tree
    assert _beside(out) == ["public"]


def test_a_commit_decided_by_a_running_process_is_left_alone_and_stops_the_build(tmp_path):
    out = tmp_path / "public"
    write_site(out, SITE)
    alive = os.getppid()
    fresh = _leftover(out, "new", alive, marker=True)
    (fresh / JOURNAL).write_text(json.dumps({"version": 1, "pid": alive, "put": ["half.html"],
                                             "remove": ["static/x.css"]}), encoding="utf-8")
    before, held = _identity(out), read_tree(fresh)
    with pytest.raises(SiteError) as exc:
        write_site(out, NEW_SITE)
    assert str(exc.value) == (f"{fresh} holds an unfinished commit to {out} by process {alive}, which is still "
                              f"running: wait for it to end (if it is not a build, move {fresh} and {out} away "
                              "and build again)")
    assert _identity(out) == before and read_tree(fresh) == held


def test_a_first_build_killed_before_its_rename_is_put_in_place(tmp_path):
    out = tmp_path / "public"
    _leftover(out, "new", _dead_pid(), site=SITE)
    with _writer(out) as writer:
        assert writer.previous == {path: digest(data) for path, data in SITE.items()}
    assert read_tree(out) == {**SITE, MANIFEST: (out / MANIFEST).read_bytes()}
    assert _beside(out) == ["public"]


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
