"""The package as another newspaper installs it: a wheel built from the project, installed into a fresh
virtual environment outside the repository, makes, fills and builds a site with nothing else."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow


def run(*command, cwd: Path) -> str:
    result = subprocess.run([str(c) for c in command], cwd=cwd, capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, f"{command}: {result.stdout[-2000:]}\n{result.stderr[-2000:]}"
    return result.stdout


def test_a_wheel_installed_elsewhere_inits_imports_and_builds_a_whole_site(tmp_path):
    project = tmp_path / "project"  # built from a copy: building writes beside the sources
    shutil.copytree(REPO / "src", project / "src", ignore=shutil.ignore_patterns("*.egg-info", "__pycache__"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(REPO / name, project / name)
    run(sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", tmp_path / "dist", project, cwd=tmp_path)
    (wheel,) = (tmp_path / "dist").glob("zhengxie_site-*.whl")
    venv = tmp_path / "venv"
    run(sys.executable, "-m", "venv", venv, cwd=tmp_path)
    # the libraries as locked, then the wheel; pip check proves the lock meets the wheel's requirements
    run(venv / "bin" / "pip", "install", "-q", "--require-hashes", "-r", REPO / "requirements.lock", cwd=tmp_path)
    run(venv / "bin" / "pip", "install", "-q", "--no-deps", wheel, cwd=tmp_path)
    run(venv / "bin" / "pip", "check", cwd=tmp_path)
    tool = venv / "bin" / "zhengxie-site"
    run(tool, "init", "paper", "--name", "云南日报", cwd=tmp_path)
    site = tmp_path / "paper"
    run(tool, "import", REPO / "sources" / "000_fcce5d2ff28a9145.txt", "--paper", "云南日报", "--date", "2022-03",
        "--page-name", "政协", cwd=site)
    run(tool, "build", cwd=site)
    public = site / "public"
    pages = list(public.rglob("index.html"))
    assert len(pages) > 40 and (public / "static" / "site.css").is_file() and (public / "static" / "search.js").is_file()
    assert any(public.glob("search/*")) and (public / "en" / "index.html").is_file()
    article = next((public / "articles").glob("*/index.html")).read_text(encoding="utf-8")
    assert 'class="story"' in article and "云南日报" in article
