"""Output folders the build must refuse, and the commit that changes a site only when a build succeeds."""
from __future__ import annotations

from pathlib import Path

import pytest

from sitetext import read_tree, write_tree
from zhengxie_site.cli import main
from zhengxie_site.write import MANIFEST


def _build(project: Path, *extra: str) -> int:
    return main(["--root", str(project), "build", *extra])


@pytest.mark.parametrize("out, what", [
    (".", "the project folder"),
    ("..", "the project folder"),
    ("content", "the content folder"),
])
def test_refuses_output_that_is_or_contains_sources(project, capsys, out, what):
    before = read_tree(project.parent)
    assert _build(project, "--out", out) == 1
    resolved = (project / out).resolve()
    assert capsys.readouterr().err == f"error: refusing to write the site to {resolved}: it is or contains {what}\n"
    assert read_tree(project.parent) == before


def test_refuses_the_home_folder(project, tmp_path, monkeypatch, capsys):
    home = tmp_path / "home"
    (home / "notes").mkdir(parents=True)
    (home / "notes" / "diary.txt").write_text("私人", encoding="utf-8")
    monkeypatch.setenv("HOME", str(home))
    assert _build(project, "--out", str(home)) == 1
    assert capsys.readouterr().err == f"error: refusing to write the site to {home.resolve()}: it is or contains the home folder\n"
    assert read_tree(home) == {"notes/diary.txt": "私人".encode()}


def test_refuses_a_parent_of_a_content_folder_elsewhere(project, tmp_path, capsys):
    """--content outside the project: its parent may not be the output either."""
    elsewhere = tmp_path / "shared" / "content"
    elsewhere.mkdir(parents=True)
    (elsewhere / "x.md").write_text("---\ntitle: x\n---\n", encoding="utf-8")
    assert _build(project, "--content", str(elsewhere), "--out", str(tmp_path / "shared")) == 1
    assert "it is or contains the content folder" in capsys.readouterr().err
    assert (elsewhere / "x.md").read_text(encoding="utf-8") == "---\ntitle: x\n---\n"


def test_refuses_output_inside_the_content_folder(project, capsys):
    before = read_tree(project / "content")
    assert _build(project, "--out", "content/public") == 1
    err = capsys.readouterr().err
    assert err.endswith("it lies inside the content folder\n")
    assert read_tree(project / "content") == before


def test_refuses_existing_folder_without_manifest(project, capsys):
    write_tree(project, "-- public/mine.html --\n<p>hand made</p>\n")
    assert _build(project) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"error: {(project / 'public').resolve()} exists and was not made by zhengxie-site (no {MANIFEST})")
    assert read_tree(project / "public") == {"mine.html": b"<p>hand made</p>\n"}


def test_a_foreign_file_in_our_folder_is_kept_by_a_build_that_changes_the_site(project):
    assert _build(project) == 0
    write_tree(project, "-- public/notes/keep.txt --\nkeep me\n-- content/new.md --\n---\ntitle: New piece\n---\nNew.\n")
    assert _build(project) == 0
    public = read_tree(project / "public")
    assert "articles/new-piece/index.html" in public and public["notes/keep.txt"] == b"keep me\n"
    (project / "content/new.md").unlink()
    assert _build(project, "--allow-removed") == 0
    public = read_tree(project / "public")
    assert "articles/new-piece/index.html" not in public and public["notes/keep.txt"] == b"keep me\n"


def test_refuses_a_foreign_file_where_the_new_site_puts_its_own_and_keeps_it(project, capsys):
    assert _build(project) == 0
    write_tree(project, "-- public/articles/new-piece/index.html --\nmine\n"
                        "-- content/new.md --\n---\ntitle: New piece\n---\nNew.\n")
    before = read_tree(project / "public")
    capsys.readouterr()
    assert _build(project) == 1
    assert capsys.readouterr().err == (f"error: {(project / 'public').resolve()} holds files zhengxie-site did not make "
                                       "where the new site puts its own: articles/new-piece/index.html; move them away\n")
    assert read_tree(project / "public") == before
    assert [p.name for p in project.iterdir() if p.name.startswith((".public.new-", ".public.making-"))] == []


def test_a_build_that_changes_nothing_leaves_a_foreign_file_and_every_file_alone(project, capsys):
    assert _build(project) == 0
    write_tree(project, "-- public/notes/keep.txt --\nkeep me\n")
    public = project / "public"
    before = {p: (p.stat().st_ino, p.stat().st_mtime_ns) for p in [public, *public.rglob("*")]}
    assert _build(project) == 0
    assert {p: (p.stat().st_ino, p.stat().st_mtime_ns) for p in [public, *public.rglob("*")]} == before
    assert (public / "notes/keep.txt").read_text(encoding="utf-8") == "keep me\n"


def test_a_rebuild_writes_only_what_changed(project):
    assert _build(project) == 0
    public = project / "public"
    before = {p.relative_to(public).as_posix(): p.stat().st_ino for p in public.rglob("*") if p.is_file()}
    article = project / "content/web-only.md"
    article.write_text(article.read_text(encoding="utf-8").replace("A web-only article.", "A changed article."),
                       encoding="utf-8")
    assert _build(project) == 0
    after = {p.relative_to(public).as_posix(): p.stat().st_ino for p in public.rglob("*") if p.is_file()}
    changed = {path for path in after if after[path] != before.get(path)}
    assert "articles/web-only/index.html" in changed and MANIFEST in changed
    assert "static/site.css" in after and "static/site.css" not in changed
    assert len(changed) < len(after) / 2


def test_a_folder_beside_the_output_that_is_not_ours_is_left_alone_and_named(project, capsys):
    write_tree(project, "-- .public.new-1/mine.txt --\nmine\n")
    assert _build(project) == 0
    assert capsys.readouterr().err == (f"warning: leaving {project.resolve() / '.public.new-1'} alone: it holds neither "
                                       f"our .zhengxie-unfinished nor our {MANIFEST}, so zhengxie-site did not make it\n")
    assert (project / ".public.new-1/mine.txt").read_text(encoding="utf-8") == "mine\n"


def test_refuses_a_damaged_manifest(project, capsys):
    assert _build(project) == 0
    (project / "public" / MANIFEST).write_text("{not json", encoding="utf-8")
    before = read_tree(project / "public")
    assert _build(project) == 1
    assert "is damaged" in capsys.readouterr().err
    assert read_tree(project / "public") == before


def test_empty_existing_folder_is_fine(project):
    (project / "public").mkdir()
    assert _build(project) == 0
    assert (project / "public" / "index.html").is_file()


def test_rebuild_replaces_the_site_and_removes_what_is_gone(project, capsys):
    assert _build(project) == 0
    assert (project / "public/articles/web-only/index.html").is_file()
    (project / "content/web-only.md").unlink()
    write_tree(project, "-- content/new.md --\n---\ntitle: New piece\n---\nNew.\n")
    before = read_tree(project / "public")
    assert _build(project) == 1  # a published article would go away: refused, nothing written
    err = capsys.readouterr().err
    # its address in every language that has it: the traditional-script reading made from it too
    assert "2 published address(es) would go away; nothing was written:\n  articles/web-only/\n  hant/articles/web-only/\n" in err
    assert "aliases:" in err and "--allow-removed" in err and read_tree(project / "public") == before
    assert _build(project, "--allow-removed") == 0
    assert "taken down (--allow-removed): articles/web-only/" in capsys.readouterr().out
    public = read_tree(project / "public")
    assert "articles/new-piece/index.html" in public
    assert not any("web-only" in path for path in public)
    assert not any(b"web-only" in data for data in public.values())
    assert [p.name for p in project.iterdir() if p.name.startswith((".public.new-", ".public.old-", ".public.making-"))] == []


def test_template_error_after_good_build_leaves_site(project, capsys):
    assert _build(project) == 0
    before = read_tree(project / "public")
    (project / "templates/home.html").write_text("{% extends 'base.html' %}\n{% block main %}{{ oops }}{% endblock %}\n",
                                                 encoding="utf-8")
    assert _build(project) == 1
    assert capsys.readouterr().err.startswith("error: templates/home.html:2: 'oops' is undefined")
    assert read_tree(project / "public") == before
