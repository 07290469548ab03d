"""Atomic output: refuse dangerous folders, never delete what we did not make, swap only on success."""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from sitetext import read_tree
from zhengxie_site.errors import SiteError
from zhengxie_site.write import MANIFEST, check_output_folder, write_site


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
    check_output_folder(project / "public", project, project / "content")


def test_home_folder_refused_even_outside_the_project(tmp_path, monkeypatch):
    monkeypatch.setenv("HOME", str(tmp_path / "me"))
    (tmp_path / "me").mkdir()
    with pytest.raises(SiteError, match="the home folder"):
        check_output_folder(tmp_path / "me", tmp_path / "elsewhere", tmp_path / "elsewhere" / "content")


def test_write_then_rewrite(tmp_path):
    out = tmp_path / "public"
    write_site(out, {"index.html": b"one", "a/b.html": b"two"})
    assert read_tree(out) == {"index.html": b"one", "a/b.html": b"two", MANIFEST: b'[\n"a/b.html",\n"index.html"\n]\n'}
    write_site(out, {"index.html": b"three"})
    assert read_tree(out) == {"index.html": b"three", MANIFEST: b'[\n"index.html"\n]\n'}
    assert [p.name for p in tmp_path.iterdir()] == ["public"]


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


@pytest.mark.parametrize("manifest", ["{oops", "5"])
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


def test_leftovers_of_a_killed_build_are_cleaned_or_restored(tmp_path):
    out = tmp_path / "public"
    write_site(out, {"index.html": b"old"})
    os.replace(out, tmp_path / ".public.old-999")  # killed between the two renames
    (tmp_path / ".public.new-998").mkdir()  # killed while writing
    write_site(out, {"index.html": b"new"})
    assert read_tree(out)["index.html"] == b"new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["public"]


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
