"""The pure helpers of benchmarks/archive_bench.py: what a build wrote, long bodies, article files."""
import importlib.util
import os
import random
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parents[2] / "benchmarks" / "archive_bench.py"
spec = importlib.util.spec_from_file_location("archive_bench", BENCH)
bench = importlib.util.module_from_spec(spec)
sys.modules.setdefault("archive_bench", bench)
spec.loader.exec_module(bench)


def test_written_counts_changed_added_removed_and_bytes():
    before = {"a.html": (1, 100, 10), "b.html": (2, 100, 20), "gone.html": (3, 100, 30)}
    after = {"a.html": (1, 100, 10),  # untouched
             "b.html": (2, 200, 25),  # rewritten in place
             "c.html": (4, 200, 40)}  # new
    out = bench.written(before, after)
    assert (out.changed, out.added, out.removed, out.bytes, out.total, out.files) == (1, 1, 1, 65, 3, 3)


def test_written_counts_a_new_inode_as_a_change():
    out = bench.written({"a.html": (1, 100, 10)}, {"a.html": (9, 100, 10)})
    assert (out.changed, out.bytes) == (1, 10)


def test_written_nothing_when_nothing_changed():
    same = {"a.html": (1, 100, 10)}
    assert bench.written(same, dict(same)).files == 0


def test_snapshot_sees_rewrites(tmp_path):
    (tmp_path / "x").mkdir()
    page = tmp_path / "x" / "index.html"
    page.write_bytes(b"one")
    before = bench.snapshot(tmp_path)
    os.utime(page, ns=(1, 1))
    after = bench.snapshot(tmp_path)
    assert set(before) == {os.path.join("x", "index.html")}
    assert bench.written(before, after).changed == 1
    assert bench.snapshot(tmp_path / "missing") == {}


def test_long_bodies_stay_within_the_range_and_end_sentences():
    rng = random.Random(3)
    for _ in range(200):
        body = bench.long_body(rng, 800, 2500)
        assert 800 <= len(body.replace("\n", "")) <= 2500
        assert all(paragraph.endswith("。") for paragraph in body.split("\n\n"))


def test_split_article_and_edit_sentences():
    front, body = bench.split_article("---\ntitle: 标题\nslug: a-1\n---\n正文。\n")
    assert front == {"title": "标题", "slug": "a-1"} and body == "正文。\n"
    assert bench.edit_sentence(10) != bench.edit_sentence(1)
    assert "一〇" in bench.edit_sentence(10)
