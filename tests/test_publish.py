"""Publishing from CI: the workflow files are valid for GitHub Actions and GitLab CI, the publishing script
builds this repository's site under a sub-path into a folder of our choosing, and the verifier catches a
broken site."""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from zhengxie_site.verify import problems_in

REPO = Path(__file__).resolve().parents[1]
CHECK = Path(sys.executable).parent / "check-jsonschema"


@pytest.mark.parametrize("schema, path", [("vendor.github-workflows", ".github/workflows/pages.yml"),
                                          ("vendor.gitlab-ci", ".gitlab-ci.yml")])
def test_the_workflow_files_are_valid_against_their_schemas(schema, path):
    run = subprocess.run([str(CHECK), "--builtin-schema", schema, str(REPO / path)], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


def test_the_workflows_run_the_publishing_script_the_repository_tests():
    for path in (".github/workflows/pages.yml", ".gitlab-ci.yml"):
        assert ".ci/publish" in (REPO / path).read_text(encoding="utf-8"), path


@pytest.mark.slow
def test_the_publishing_script_builds_this_site_under_a_sub_path(tmp_path):
    out = tmp_path / "site"
    own = REPO / "public" / "index.html"
    before = own.read_bytes() if own.exists() else None
    env = {**os.environ, "BASE_URL": "/archive/", "OUT": str(out), "SKIP_TESTS": "1"}
    run = subprocess.run([str(REPO / ".ci" / "publish")], cwd=REPO, env=env, capture_output=True, text=True, timeout=900)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    assert f"published into {out}/ under /archive/" in run.stdout and "verified" in run.stdout
    home = (out / "index.html").read_text(encoding="utf-8")
    assert 'href="/archive/static/' in home and 'href="/static/' not in home
    assert (own.read_bytes() if own.exists() else None) == before  # the repository's own public/ is not touched


def test_the_verifier_finds_what_a_host_should_not_get(tmp_path):
    (tmp_path / "index.html").write_text('<!DOCTYPE html><html><a href="/gone/">x</a></html>', encoding="utf-8")
    (tmp_path / "feed.xml").write_text("<feed><entry></feed>", encoding="utf-8")
    (tmp_path / "data.json").write_text("{", encoding="utf-8")
    (tmp_path / "half.html").write_text("<!DOCTYPE html><html><body>", encoding="utf-8")
    found, count = problems_in(tmp_path, "/")
    assert count == 4
    assert [p.split(":")[0] for p in found] == ["data.json", "feed.xml", "half.html", "index.html"]
    assert "broken link '/gone/'" in found[-1]
