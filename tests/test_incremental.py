"""Incremental builds are proven equal to clean builds: random sequences of edits to a fixture archive,
and after each one the incremental output (on disk, and in serve's memory) equals a clean build, byte
for byte."""
from __future__ import annotations

import os
import re
import shutil
from pathlib import Path

import pytest
from hypothesis import example, HealthCheck, given, settings
from hypothesis import strategies as st

import pdfpages
from sitetext import make_project, read_tree, write_tree
from zhengxie_site import build as build_module
from zhengxie_site import cache as cache_module
from zhengxie_site import pageimages
from zhengxie_site import render as render_module
from zhengxie_site.cli import main
from zhengxie_site.config import load_config
from zhengxie_site.load import load_content
from zhengxie_site.newspaper import run_import
from zhengxie_site.translations import source_hash
from zhengxie_site.preview import PreviewSite
from zhengxie_site.slugs import make_slug

HERE = Path(__file__).parent
BASIC = (HERE / "sites" / "basic" / "site.txt").read_text(encoding="utf-8")
PAGE = "content/ri-bao/2022-03-25/p01"
EXTRA = "".join(
    f"-- {PAGE}/{10 + i:02d}-extra-{i}.md --\n---\ntitle: 第{i}篇 政协委员调研\nslug: extra-{i}\nsection: 要闻\n"
    f"date: \"2022-03-25\"\norder: {10 + i}\n{'summary: 固定的摘要' + chr(10) if i == 0 else ''}bylines: [{{name: 记者{i % 3}, role: 记者}}]\ntags: [标签{i % 4}]\n---\n"
    f"近年来，全省各级政协组织大胆创新{i}。\n\n## 小标题{i}\n\n积极实践。\n" for i in range(6))


def _articles(project: Path) -> list[Path]:
    return sorted(p for p in (project / "content").rglob("*.md"))


def _originals(project: Path) -> list[Path]:
    return [p for p in _articles(project) if not p.name.endswith(".en.md")]


def _replace(path: Path, pattern: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    path.write_text(re.sub(pattern, new, text, count=1, flags=re.M), encoding="utf-8")


# Each edit takes the project and a number that picks what to change.
def edit_body(project: Path, n: int) -> None:
    path = _articles(project)[n % len(_articles(project))]
    path.write_text(path.read_text(encoding="utf-8") + f"\n新增一段{n}。\n", encoding="utf-8")


def edit_title(project: Path, n: int) -> None:
    """A corrected headline; the article keeps its address, as an editor's article does (its slug: written)."""
    path = _originals(project)[n % len(_originals(project))]
    text = path.read_text(encoding="utf-8")
    if not re.search(r"^slug: ", text, flags=re.M):
        title = re.search(r"^title: (.*)$", text, flags=re.M)
        assert title is not None
        path.write_text(text.replace("---\n", f"---\nslug: {make_slug(title[1])}\n", 1), encoding="utf-8")
    _replace(path, r"^title: .*$", f"title: 改过的标题{n}")


def edit_date(project: Path, n: int) -> None:
    _replace(_originals(project)[n % len(_originals(project))], r"^date: .*$", f'date: "2022-03-{1 + n % 27:02d}"')


def edit_byline(project: Path, n: int) -> None:
    _replace(_originals(project)[n % len(_originals(project))], r"^bylines: .*$",
             f"bylines: [{{name: 新记者{n % 3}, role: 记者}}]")


def edit_tag(project: Path, n: int) -> None:
    _replace(_originals(project)[n % len(_originals(project))], r"^tags: \[", f"tags: [新标签{n % 2}, ")


def add_article(project: Path, n: int) -> None:
    write_tree(project, f"-- {PAGE}/{30 + n % 20:02d}-new-{n}.md --\n---\ntitle: 新文章{n}\nslug: new-{n}\nsection: 要闻\n"
                        f"date: \"2022-03-{1 + n % 27:02d}\"\ntags: [政协]\n---\n新文章的正文{n}。\n")


def delete_article(project: Path, n: int) -> None:
    candidates = [p for p in _originals(project) if "extra" in p.name or "new-" in p.name]
    if candidates:
        path = candidates[n % len(candidates)]
        path.with_name(path.stem + ".en.md").unlink(missing_ok=True)  # an editor deletes its translation with it
        path.unlink()


def rename_article(project: Path, n: int) -> None:
    candidates = [p for p in _originals(project) if "extra" in p.name or "new-" in p.name]
    if candidates:
        path = candidates[n % len(candidates)]
        moved = path.with_name(f"{40 + n % 20:02d}-moved-{n}.md")
        translation = path.with_name(path.stem + ".en.md")
        if translation.exists():  # an editor moves its translation with it (left behind, it translates nothing)
            translation.rename(moved.with_name(moved.stem + ".en.md"))
        path.rename(moved)


def add_translation(project: Path, n: int) -> None:
    candidates = [p for p in _originals(project) if not p.with_name(p.stem + ".en.md").exists()]
    if candidates:
        path = candidates[n % len(candidates)]
        path.with_name(path.stem + ".en.md").write_text(f"---\ntitle: Translated {n}\ntranslation: {{of: \"0000\", translator: Test}}\n---\nTranslated body {n}.\n",
                                                          encoding="utf-8")


def delete_translation(project: Path, n: int) -> None:
    translations = [p for p in _articles(project) if p.name.endswith(".en.md")]
    if translations:
        translations[n % len(translations)].unlink()


def edit_template(project: Path, n: int) -> None:
    path = project / "templates" / ("article.html" if n % 2 else "list.html")
    path.write_text(path.read_text(encoding="utf-8").replace("{% endblock %}", f"<!-- v{n} -->{{% endblock %}}", 1),
                    encoding="utf-8")


def edit_catalog(project: Path, n: int) -> None:
    _replace(project / "i18n" / "en.yaml", r"^nav_home: .*$", f"nav_home: Home {n}")


def edit_settings(project: Path, n: int) -> None:
    _replace(project / "site.yaml", r"^page_size: .*$", f"page_size: {2 + n % 3}")


def edit_summary(project: Path, n: int) -> None:
    path = _originals(project)[n % len(_originals(project))]
    text = path.read_text(encoding="utf-8")
    text = re.sub(r"^summary: .*\n", "", text, flags=re.M)
    path.write_text(text.replace("\ntitle: ", f"\nsummary: 新的摘要{n}\ntitle: ", 1), encoding="utf-8")


def translate_current(project: Path, n: int) -> None:
    """Record in a translation the original's present source hash: it stops being stale (until the
    original is edited again)."""
    translations = [p for p in _articles(project) if p.name.endswith(".en.md")]
    if not translations:
        return
    path = translations[n % len(translations)]
    originals = {a.source: a for a in load_content(load_config(project)).articles}
    original = originals[path.with_name(path.name[: -len(".en.md")] + ".md").relative_to(project).as_posix()]
    _replace(path, r"^translation: .*$", f'translation: {{of: "{source_hash(original)}", translator: Test}}')


def edit_page(project: Path, n: int) -> None:
    _replace(project / PAGE / "page.yaml", r"^name: .*$", f"name: 要闻{n % 3}")


def edit_dataset(project: Path, n: int) -> None:
    _replace(project / "content" / "_data" / "cases.yaml", r"单位: 昭通市政协[^,]*", f"单位: 昭通市政协{n % 3}")


def nothing(project: Path, n: int) -> None:
    pass


EDITS = [edit_body, edit_title, edit_summary, edit_date, edit_byline, edit_tag, add_article, delete_article,
         rename_article, add_translation, translate_current, delete_translation, edit_page, edit_dataset,
         edit_template, edit_catalog, edit_settings, nothing]


def _saved_later(project: Path) -> None:
    """Give every file a distinct, later time stamp, as editors' saves seconds apart would."""
    newest = max(p.stat().st_mtime_ns for p in project.rglob("*") if p.is_file() and "public" not in p.parts)
    for path in project.rglob("*"):
        if path.is_file() and not any(part.startswith((".public", "public")) for part in path.relative_to(project).parts):
            stat = path.stat()
            if stat.st_mtime_ns >= newest - 10**9:
                os.utime(path, ns=(stat.st_atime_ns, newest + 2 * 10**9))


def _clean_build(project: Path, scratch: Path) -> dict[str, bytes]:
    out = scratch / "clean"
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir()
    assert main(["--root", str(project), "build", "--out", str(out)]) == 0
    return read_tree(out)


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    project = make_project(tmp_path / "site", BASIC + EXTRA)
    if "page_size:" not in (project / "site.yaml").read_text(encoding="utf-8"):
        with open(project / "site.yaml", "a", encoding="utf-8") as handle:
            handle.write("page_size: 3\n")
    return project


@pytest.mark.slow
@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(steps=st.lists(st.tuples(st.sampled_from(EDITS), st.integers(0, 1000)), min_size=1, max_size=6))
@example(steps=[(edit_body, 0), (add_translation, 445), (delete_article, 229)])  # (found: a translation left behind)
def test_incremental_build_equals_clean_build_after_every_edit(archive, tmp_path, steps, monkeypatch):
    _builds_equal_clean_builds(archive, tmp_path, steps, monkeypatch)


@pytest.mark.slow
@pytest.mark.parametrize("steps", [
    [(translate_current, 0), (edit_body, "01-kai-mu.md")],  # the original changes: its translation turns stale
    [(edit_summary, 1), (edit_body, "10-extra-0.md"), (edit_summary, 2)],
    [(edit_page, 1), (edit_dataset, 1), (edit_body, "11-extra-1.md")],
    # the first edit leaves the lists as they were; the second changes what they show of the article
    [(edit_body, "10-extra-0.md"), (edit_title, "10-extra-0.md"), (edit_body, "10-extra-0.md")],  # summary set
], ids=["stale", "summary", "page-and-dataset", "text-then-title"])
def test_edits_of_what_pages_show_of_other_articles(archive, tmp_path, steps, monkeypatch):
    def number(edit, name):  # the number that makes the edit pick the named file
        files = _articles(archive) if edit is edit_body else _originals(archive)
        return [path.name for path in files].index(name)
    _builds_equal_clean_builds(archive, tmp_path, [(edit, number(edit, n) if isinstance(n, str) else n)
                                                   for edit, n in steps], monkeypatch)


def _builds_equal_clean_builds(archive: Path, tmp_path: Path, steps, monkeypatch) -> None:
    monkeypatch.setattr(build_module, "RACY_SECONDS", 0.0)  # time stamps below are made distinct by hand
    monkeypatch.setattr(cache_module, "RACY_SECONDS", 0.0)
    project = tmp_path / f"run{len(list(tmp_path.iterdir()))}"
    shutil.copytree(archive, project)
    preview = PreviewSite(lambda: load_config(project))
    assert main(["--root", str(project), "build"]) == 0
    preview.rebuild()
    for edit, n in steps:
        edit(project, n)
        _saved_later(project)
        # edits here remove and rename articles on purpose: their addresses may go
        assert main(["--root", str(project), "build", "--allow-removed"]) == 0
        incremental = read_tree(project / "public")
        clean = _clean_build(project, tmp_path / "scratch")
        assert incremental.keys() == clean.keys(), edit.__name__
        assert [p for p in clean if incremental[p] != clean[p]] == [], edit.__name__
        preview.rebuild()
        assert preview.files == {p: d for p, d in clean.items() if not p.startswith(".zhengxie")}, edit.__name__


def test_a_build_without_changes_writes_nothing_and_an_edit_rewrites_only_its_pages(archive, monkeypatch, capsys):
    monkeypatch.setattr(build_module, "RACY_SECONDS", 0.0)
    monkeypatch.setattr(cache_module, "RACY_SECONDS", 0.0)
    assert main(["--root", str(archive), "build"]) == 0
    before = {p: (p.stat().st_ino, p.stat().st_mtime_ns) for p in (archive / "public").rglob("*")}
    capsys.readouterr()
    assert main(["--root", str(archive), "build"]) == 0
    assert "up to date" in capsys.readouterr().out
    assert {p: (p.stat().st_ino, p.stat().st_mtime_ns) for p in (archive / "public").rglob("*")} == before

    article = archive / PAGE / "10-extra-0.md"  # its summary is set: a new paragraph changes its page and feeds
    article.write_text(article.read_text(encoding="utf-8") + "\n新增的一段。\n", encoding="utf-8")
    _saved_later(archive)
    assert main(["--root", str(archive), "build"]) == 0
    capsys.readouterr()  # the build's own report is not what this test looks at
    after = {p: (p.stat().st_ino, p.stat().st_mtime_ns) for p in (archive / "public").rglob("*")}
    changed = sorted(p.relative_to(archive / "public").as_posix() for p in after if after[p] != before.get(p))
    assert [p for p in changed if "search/" not in p and (archive / "public" / p).is_file()] == [
        ".zhengxie-manifest.json", "articles/extra-0/index.html", "feed.xml", "hant/articles/extra-0/index.html",
        "hant/feed.xml", "hant/sections/yao-wen/feed.xml", "sections/yao-wen/feed.xml"], changed  # (and in zh-Hant)


def test_an_edit_looks_only_at_the_pages_that_show_the_article(archive, monkeypatch):
    """While the site's structure stays, pages that do not show the edited article are not even planned in
    full: their contexts are never built."""
    monkeypatch.setattr(build_module, "RACY_SECONDS", 0.0)
    monkeypatch.setattr(cache_module, "RACY_SECONDS", 0.0)
    assert main(["--root", str(archive), "build", "--jobs", "1"]) == 0
    looked_at = []
    real = render_module.page_fingerprint
    monkeypatch.setattr(render_module, "page_fingerprint", lambda *a: looked_at.append(a[1]) or real(*a))
    article = archive / PAGE / "10-extra-0.md"
    article.write_text(article.read_text(encoding="utf-8") + "\n新增的一段。\n", encoding="utf-8")
    _saved_later(archive)
    assert main(["--root", str(archive), "build", "--jobs", "1"]) == 0
    every = [p for p in read_tree(archive / "public") if p.endswith((".html", ".xml"))]
    assert "articles/extra-0/index.html" in looked_at and "en/articles/extra-0/index.html" not in every
    # its page, edition, lists, feeds and the neighbours in print order show it; the search page does not
    assert "search/index.html" not in looked_at and "404.html" not in looked_at
    assert len(looked_at) < len(every) / 2, (len(looked_at), len(every))



@pytest.mark.slow
def test_a_build_killed_before_saving_its_cache_is_followed_by_a_correct_one(archive, tmp_path, monkeypatch):
    """The site was written but the cache still describes the build before: the next build must not trust
    the cache's search index layout or page records where the output says otherwise."""
    monkeypatch.setattr(build_module, "RACY_SECONDS", 0.0)
    monkeypatch.setattr(cache_module, "RACY_SECONDS", 0.0)
    assert main(["--root", str(archive), "build"]) == 0
    article = archive / PAGE / "10-extra-0.md"
    before = article.read_text(encoding="utf-8")
    article.write_text(before + "\n新增一段，写入网站后构建被中止。\n", encoding="utf-8")
    _saved_later(archive)

    def killed(*args, **kwargs):
        raise RuntimeError("killed")
    with monkeypatch.context() as patch:
        patch.setattr(cache_module.BuildCache, "save", killed)
        with pytest.raises(RuntimeError):
            build_module.build(load_config(archive))
    article.write_text(before, encoding="utf-8")  # back to what the cache describes; the site is not
    _saved_later(archive)
    assert main(["--root", str(archive), "build"]) == 0
    assert read_tree(archive / "public") == _clean_build(archive, tmp_path / "scratch")


def _project_with_printed_page(tmp_path: Path) -> Path:
    """A project holding one printed page, imported from a laid-out PDF."""
    project = make_project(tmp_path / "site")
    pdfpages.make_page_pdf(tmp_path / "p01.pdf", "four-columns")
    run_import(tmp_path / "p01.pdf", project / "content", paper="云南日报", date="2024-03-15", page=1,
               page_name=None, force=False)
    return project


def test_a_printed_pages_images_are_made_once_and_again_only_when_its_pdf_changes(tmp_path, monkeypatch):
    project = _project_with_printed_page(tmp_path)
    config = load_config(project)
    build = build_module.build
    made = []
    real = pageimages._images
    monkeypatch.setattr(pageimages, "_images", lambda *args: made.append(args) or real(*args))
    build(config)
    image = project / "public" / "editions" / "yun-nan-ri-bao" / "2024-03-15" / "p01" / "page-1400.webp"
    first = image.read_bytes()
    (project / "content" / "extra.md").write_text("---\ntitle: 另一篇\n---\n正文。\n", encoding="utf-8")
    build(config)
    assert len(made) == 1 and image.read_bytes() == first  # kept from the last build, not even read again
    pdfpages.make_page_pdf(project / "content" / "yun-nan-ri-bao" / "2024-03-15" / "p01" / "page.pdf", "banner-and-briefs")
    build(config)
    assert len(made) == 2 and image.read_bytes() != first  # a new PDF, new images


def test_check_lists_a_printed_pages_files_without_making_its_images(tmp_path, monkeypatch):
    project = _project_with_printed_page(tmp_path)
    monkeypatch.setattr(pageimages, "_images", lambda *args: pytest.fail("check rendered a page image"))
    assert main(["--root", str(project), "check"]) == 0  # the page view's links to its images still resolve
