"""Work in forked processes: a Spool written by a background process is read by the one that made it."""
from __future__ import annotations

import os

import pytest

from zhengxie_site.parallel import InBackground, Spool, can_fork, map_in_processes

needs_fork = pytest.mark.skipif(not can_fork(), reason="needs fork")


def _fill(spool: Spool, count: int) -> Spool:
    for n in range(count):
        spool[f"f/{n}.json"] = f"文件 {n} ".encode() * (n % 7 + 1)
    spool["big.bin"] = bytes(range(256)) * 12_000  # larger than a pipe's buffer or one write
    return spool


def test_a_spool_holds_what_was_put_in_it_in_order(tmp_path):
    spool = _fill(Spool(tmp_path), 50)
    try:
        assert list(spool)[:3] == ["f/0.json", "f/1.json", "f/2.json"] and len(spool) == 51
        assert spool["f/3.json"] == "文件 3 ".encode() * 4
        assert spool["big.bin"] == bytes(range(256)) * 12_000
        assert os.listdir(tmp_path) == []  # an unnamed file: nothing to clean up after a kill
    finally:
        spool.close()


@needs_fork
def test_files_a_background_process_spooled_are_read_back_here(tmp_path):
    spool = Spool(tmp_path)
    try:
        here = _fill(Spool(tmp_path), 200)
        expected = dict(here.items())
        here.close()
        returned = InBackground(_fill, spool, 200).result()
        assert len(spool) == 0  # this process's spool saw nothing written: the returned one says where
        assert dict(returned.items()) == expected
    finally:
        spool.close()


def test_map_in_processes_keeps_input_order():
    items = list(range(500))
    assert map_in_processes(str, items, 2) == [str(n) for n in items]
