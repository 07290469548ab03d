"""Quality gates on the built site: every HTML page is valid (W3C Nu HTML checker), the stylesheet stays small.

vnu.jar comes from the npm package vnu-jar (package.json; `npm ci` at the repository root) and needs Java.
"""
from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
VNU = REPO / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
CSS_LIMIT = 30 * 1024


@pytest.fixture(scope="module")
def built_site(tmp_path_factory) -> Path:
    """public/ of the repository's own site (content/, i18n/, site.yaml; the theme from the package)."""
    from zhengxie_site.cli import main

    project = tmp_path_factory.mktemp("quality") / "project"
    project.mkdir()
    shutil.copy(REPO / "site.yaml", project / "site.yaml")
    for part in ("content", "i18n"):
        shutil.copytree(REPO / part, project / part)
    assert main(["--root", str(project), "build"]) == 0, "building the repository's site failed"
    return project / "public"


def test_every_html_page_passes_the_nu_html_checker(built_site):
    assert_valid_html(built_site, minimum_pages=20)


def test_fixture_site_pages_pass_the_nu_html_checker():
    """The golden fixture site shows what the seed page lacks: day-precise editions (calendar), several
    editions, a stale translation, corrections; tests/sites checks it matches a fresh build."""
    assert_valid_html(REPO / "tests" / "sites" / "basic" / "expected", minimum_pages=20)


def test_a_site_with_retracted_articles_passes_the_nu_html_checker(built_site, tmp_path):
    """The repository's site with one article withdrawn and one retracted with its text kept (and their
    translations showing the original's notice): the notices, badges and pages without a body are valid."""
    from zhengxie_site.cli import main

    project = tmp_path / "project"  # a copy: the other tests read the repository's site as it is
    shutil.copytree(built_site.parent, project, ignore=shutil.ignore_patterns("public", ".zhengxie-cache"))
    retracted = 0
    for path in sorted((project / "content").rglob("0[34]-*.md")):
        if path.name.endswith(".en.md"):
            continue
        text = path.read_text(encoding="utf-8")
        withdrawn = "true" if path.name.startswith("03") else "false"
        notice = f'retraction: {{date: "2022-04-02", note: 本文有误，本报予以撤稿。, withdrawn: {withdrawn}}}\n'
        path.write_text(text.replace("\n---\n", "\n" + notice + "---\n", 1), encoding="utf-8")
        retracted += 1
    assert retracted == 2
    out = tmp_path / "public"
    assert main(["--root", str(project), "build", "--out", str(out)]) == 0
    assert len([p for p in out.rglob("*.html") if "notice-retraction" in p.read_text(encoding="utf-8")]) == 6  # each in zh, en and zh-hant
    assert_valid_html(out, minimum_pages=20)


def assert_valid_html(built_site: Path, minimum_pages: int) -> None:
    java = shutil.which("java")
    if java is None:
        pytest.skip("the Nu HTML checker needs Java (apt-get install default-jre-headless)")
    assert VNU.exists(), f"{VNU} is missing: run `npm ci --no-audit --no-fund` at the repository root"
    pages = sorted(built_site.rglob("*.html"))
    assert len(pages) > minimum_pages, f"only {len(pages)} pages were built"
    run = subprocess.run([java, "-jar", str(VNU), "--errors-only", "--format", "json", *map(str, pages)],
                         capture_output=True, text=True, timeout=300)
    try:
        messages = json.loads(run.stderr or run.stdout)["messages"]  # vnu writes its report to stderr
    except (json.JSONDecodeError, KeyError):
        pytest.fail(f"vnu.jar failed (exit {run.returncode}):\n{run.stdout[-2000:]}\n{run.stderr[-2000:]}")
    errors = [m for m in messages if m.get("type") in ("error", "non-document-error")]
    report = "\n".join(
        f"{Path(m.get('url', '').removeprefix('file:')).relative_to(built_site) if m.get('url') else '?'}"
        f":{m.get('lastLine', '?')}:{m.get('firstColumn', m.get('lastColumn', '?'))}: {m.get('message')}"
        f"\n    {' '.join(m.get('extract', '').split())}"
        for m in errors)
    if errors:
        print(report)
    assert not errors, f"{len(errors)} HTML error(s):\n{report}"
    assert run.returncode == 0, run.stderr[-2000:]


def test_stylesheet_is_under_30_kb():
    size = (REPO / "src" / "zhengxie_site" / "theme" / "static" / "site.css").stat().st_size
    assert size < CSS_LIMIT, f"the theme's static/site.css is {size} bytes; keep it under {CSS_LIMIT}"
