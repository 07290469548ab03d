"""The build as a separate process: killed half way it leaves the old site whole; it is deterministic."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sitetext import make_project, read_tree

SRC = Path(__file__).resolve().parents[2] / "src"


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=str(SRC))
    env.update(extra)
    return env


def _cli(project: Path, **env: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "zhengxie_site", "--root", str(project), "build"],
                            env=_env(**env), stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _large_site(n: int) -> str:
    parts = ["-- content/p/2022-03-25/a/page.yaml --\npaper: 云南日报\ndate: \"2022-03-25\"\npage: 1\nname: 要闻\n"]
    for i in range(n):
        parts.append(
            f"-- content/p/2022-03-25/a/{i:03d}.md --\n---\ntitle: 第{i}篇 政协委员调研{i % 7}号\norder: {i + 1}\n"
            f"date: \"2022-03-{1 + i % 28:02d}\"\ntags: [标签{i % 13}]\nbylines:\n  - {{name: 记者{i % 11}, role: 记者}}\n---\n"
            + "近年来，全省各级政协组织大胆创新、积极实践。\n\n" * 30)
    return "".join(parts)


@pytest.fixture(scope="module")
def large_project(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("large")
    return make_project(root, _large_site(300))


@pytest.mark.parametrize("moment", ["while-writing", 0.8])
def test_sigkill_half_way_keeps_old_site(large_project, moment):
    project = large_project
    first = _cli(project)
    assert first.wait(timeout=300) == 0, first.stderr.read().decode()
    before = read_tree(project / "public")
    changed = project / "content/p/2022-03-25/a/000.md"
    original = changed.read_bytes()
    changed.write_text("---\ntitle: 改过的标题\n---\n改过。\n", encoding="utf-8")

    build = _cli(project)
    if moment == "while-writing":  # kill as soon as the fresh folder appears beside the output
        deadline = time.monotonic() + 120
        while not any(p.name.startswith(".public.new-") for p in project.iterdir()):
            assert build.poll() is None, "build finished before it started writing"
            assert time.monotonic() < deadline
            time.sleep(0.001)
    else:
        time.sleep(moment)
    build.send_signal(signal.SIGKILL)
    build.wait(timeout=60)

    after = read_tree(project / "public")
    if moment == "while-writing":
        assert build.returncode == -signal.SIGKILL
    if build.returncode == 0:  # finished before the signal: the new site, whole
        assert "改过的标题".encode() in after["articles/gai-guo-de-biao-ti/index.html"]
    else:
        assert build.returncode == -signal.SIGKILL
        assert after == before
    again = _cli(project)
    assert again.wait(timeout=300) == 0, again.stderr.read().decode()
    assert "articles/gai-guo-de-biao-ti/index.html" in read_tree(project / "public")
    assert [p.name for p in project.iterdir() if p.name.startswith(".public")] == []
    changed.write_bytes(original)  # the next case starts from the module's site again


def test_same_input_gives_identical_bytes_whatever_tz_and_hash_seed(tmp_path):
    project = make_project(tmp_path, _large_site(20) + "-- content/web.md --\n---\ntitle: 网页\n"
                           "date: \"2022-03-25T23:30:00+08:00\"\n---\n深夜发布。\n")
    trees = []
    for tz, seed in [("UTC", "1"), ("America/Los_Angeles", "2"), ("Asia/Shanghai", "12345"), ("Pacific/Kiritimati", "0")]:
        proc = _cli(project, TZ=tz, PYTHONHASHSEED=seed)
        assert proc.wait(timeout=300) == 0, proc.stderr.read().decode()
        trees.append(read_tree(project / "public"))
    assert len(trees[0]) > 50
    for tree in trees[1:]:
        assert tree.keys() == trees[0].keys()
        assert [path for path in tree if tree[path] != trees[0][path]] == []
