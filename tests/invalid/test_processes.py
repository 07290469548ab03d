"""The build as a separate process: killed before its commit is decided it leaves the old site whole, killed
during it the next build completes the new site; one build at a time writes an output; it is deterministic."""
from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from sitetext import make_project, read_tree
from zhengxie_site.write import MANIFEST, digest
from zhengxie_site.write.files import JOURNAL

SRC = Path(__file__).resolve().parents[2] / "src"


def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ, PYTHONPATH=str(SRC))
    env.update(extra)
    return env


def _cli(project: Path, *args: str, **env: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "zhengxie_site", "--root", str(project), "build", *args],
                            env=_env(**env), stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def _decided(project: Path) -> bool:
    """Whether a killed build left a commit it had decided (its journal beside the output)."""
    return any((p / JOURNAL).is_file() for p in project.iterdir() if p.name.startswith(".public.new-"))


def _leftovers(project: Path) -> list[str]:
    """Folders of unfinished builds beside the output (the lock file and the cache may stay)."""
    return [p.name for p in project.iterdir() if p.name.startswith((".public.making-", ".public.new-", ".public.old-"))]


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


def _built_then_edited(project: Path) -> tuple[dict[str, bytes], Path, bytes]:
    """Build the project, then change one article: (the site built, the article, its original bytes)."""
    first = _cli(project, "--allow-removed")  # the shared project was put back after the last test
    assert first.wait(timeout=300) == 0, first.stderr.read().decode()
    before = read_tree(project / "public")
    changed = project / "content/p/2022-03-25/a/000.md"
    original = changed.read_bytes()
    from zhengxie_site.slugs import make_slug

    title = re.search(r"^title: (.*)$", original.decode("utf-8"), re.M).group(1)  # its earlier address is kept
    changed.write_text(f"---\ntitle: 改过的标题\naliases: [{make_slug(title)}]\n---\n改过。\n", encoding="utf-8")
    return before, changed, original


@pytest.mark.slow
@pytest.mark.parametrize("moment", ["while-writing", 0.8])
def test_sigkill_half_way_keeps_old_site(large_project, moment):
    project = large_project
    before, changed, original = _built_then_edited(project)

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
        assert build.returncode == -signal.SIGKILL and not _decided(project)
    if build.returncode == 0:  # finished before the signal: the new site, whole
        assert "改过的标题".encode() in after["articles/gai-guo-de-biao-ti/index.html"]
    else:
        assert build.returncode == -signal.SIGKILL
        if not _decided(project):  # (killed in the middle of its commit, the next build completes it: below)
            # killed before its commit: the old site; after it (saving its cache): the new one, whole
            if after != before:
                assert "改过的标题".encode() in _whole_site(project / "public")["articles/gai-guo-de-biao-ti/index.html"]
    again = _cli(project)
    assert again.wait(timeout=300) == 0, again.stderr.read().decode()
    assert "articles/gai-guo-de-biao-ti/index.html" in read_tree(project / "public")
    assert _leftovers(project) == []
    changed.write_bytes(original)  # the next case starts from the module's site again


DIE_IN_COMMIT = """
import os, sys
from zhengxie_site.cli import main
from zhengxie_site.write import inplace
real, moved = inplace.move_into_place, []
def move_then_die(*args):
    if len(moved) == int(sys.argv[2]):
        os._exit(9)  # no cleanup at all, as if killed
    moved.append(args)
    real(*args)
inplace.move_into_place = move_then_die
sys.exit(main(["--root", sys.argv[1], "build"]))
"""


@pytest.mark.slow
def test_killed_during_its_commit_the_next_build_completes_it(large_project, tmp_path):
    project = large_project
    before, changed, original = _built_then_edited(project)
    try:
        dying = subprocess.run([sys.executable, "-c", DIE_IN_COMMIT, str(project), "3"], env=_env(),
                               capture_output=True, timeout=300)
        assert dying.returncode == 9, dying.stderr.decode()
        assert _decided(project)
        half = read_tree(project / "public")  # the old page removed, three files new, the manifest still old
        assert half[MANIFEST] == before[MANIFEST] and half != before
        assert [path for path in half if half[path] != before.get(path)] != []
        fresh = next(p for p in project.iterdir() if p.name.startswith(".public.new-"))
        waiting = {path: (fresh / path).stat().st_ino for path in json.loads((fresh / JOURNAL).read_bytes())["put"]
                   if (fresh / path).exists()}
        assert waiting  # staged, not yet moved in

        again = _cli(project)
        assert again.wait(timeout=300) == 0, again.stderr.read().decode()
        assert _leftovers(project) == []
        # the commit was completed from its journal: the staged files themselves were moved in
        assert {path: (project / "public" / path).stat().st_ino for path in waiting} == waiting
        clean = _cli(project, "--out", str(tmp_path / "clean"))
        assert clean.wait(timeout=300) == 0, clean.stderr.read().decode()
        assert read_tree(project / "public") == read_tree(tmp_path / "clean")
        assert "articles/gai-guo-de-biao-ti/index.html" in _whole_site(project / "public")
    finally:
        changed.write_bytes(original)


def _whole_site(public: Path) -> dict[str, bytes]:
    """The output as a site: exactly the files its manifest lists, each with the bytes it was written with."""
    tree = read_tree(public)
    listed = json.loads(tree.pop(MANIFEST))["files"]
    assert sorted(tree) == sorted(listed)
    assert [path for path, data in tree.items() if digest(data) != listed[path]] == []
    return tree


HOLD_LOCK = """
import sys, time
from pathlib import Path
from zhengxie_site.write import output_lock
with output_lock(Path(sys.argv[1])):
    print("held", flush=True)
    time.sleep(120)
"""


def test_a_build_fails_at_once_while_another_process_writes_the_output(project):
    first = _cli(project, "--allow-removed")  # the shared project was put back after the last test
    assert first.wait(timeout=300) == 0, first.stderr.read().decode()
    before = read_tree(project / "public")
    (project / "content/web-only.md").write_text("---\ntitle: Changed\naliases: [web-only]\n---\nChanged.\n",
                                                 encoding="utf-8")
    holder = subprocess.Popen([sys.executable, "-c", HOLD_LOCK, str(project / "public")], env=_env(),
                              stdout=subprocess.PIPE)
    try:
        assert holder.stdout.readline() == b"held\n"
        build = _cli(project)
        assert build.wait(timeout=300) == 1
        assert build.stderr.read().decode() == (f"error: another build is writing {(project / 'public').resolve()} "
                                                f"(process {holder.pid}); wait for it to finish\n")
        assert read_tree(project / "public") == before
    finally:
        holder.kill()
        holder.wait()
    again = _cli(project)
    assert again.wait(timeout=300) == 0, again.stderr.read().decode()
    assert "articles/changed/index.html" in _whole_site(project / "public")


@pytest.mark.slow
def test_two_builds_at_once_one_writes_the_other_stops(large_project):
    project = large_project
    template = project / "templates" / "base.html"
    original = template.read_bytes()
    template.write_bytes(original + b"{# every page renders again: neither build is over before the other starts #}\n")
    try:
        builds = [_cli(project, "--allow-removed"), _cli(project, "--allow-removed")]  # shared project, put back
        codes = sorted(build.wait(timeout=300) for build in builds)
    finally:
        template.write_bytes(original)
    errors = {build.returncode: build.stderr.read().decode() for build in builds}
    assert codes == [0, 1], errors
    winner = next(build for build in builds if build.returncode == 0)
    assert errors[1] == (f"error: another build is writing {(project / 'public').resolve()} (process {winner.pid}); "
                         "wait for it to finish\n")
    assert len(_whole_site(project / "public")) > 300
    assert _leftovers(project) == []


@pytest.mark.slow
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
