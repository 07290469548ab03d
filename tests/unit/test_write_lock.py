"""One writer at a time: the lock beside the output."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from zhengxie_site.errors import SiteError
from zhengxie_site.write import SiteWriter, output_lock, write_site
from zhengxie_site.write import lock as lock_module

SRC = Path(__file__).resolve().parents[2] / "src"
HOLD = """
import sys, time
from pathlib import Path
from zhengxie_site.write import output_lock
with output_lock(Path(sys.argv[1])):
    print("held", flush=True)
    time.sleep(60)
"""


def _holder(out: Path) -> subprocess.Popen:
    """Another process holding the lock on `out` until it is killed."""
    process = subprocess.Popen([sys.executable, "-c", HOLD, str(out)], stdout=subprocess.PIPE,
                               env=dict(os.environ, PYTHONPATH=str(SRC)))
    assert process.stdout.readline() == b"held\n"
    return process


def test_another_process_holding_the_lock_stops_a_build_at_once(tmp_path):
    out = tmp_path / "public"
    write_site(out, {"index.html": b"old"})
    holder = _holder(out)
    try:
        with pytest.raises(SiteError) as exc:
            write_site(out, {"index.html": b"new"})
        assert str(exc.value) == f"another build is writing {out} (process {holder.pid}); wait for it to finish"
        assert (out / "index.html").read_bytes() == b"old"
    finally:
        holder.kill()
        holder.wait()
    write_site(out, {"index.html": b"new"})  # a killed holder blocks nobody
    assert (out / "index.html").read_bytes() == b"new"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["public"]


def test_the_lock_file_names_its_holder_and_goes_away(tmp_path):
    out = tmp_path / "public"
    lock_file = tmp_path / ".public.lock"
    with output_lock(out):
        assert lock_file.read_text() == f"{os.getpid()}\n"
    assert not lock_file.exists()
    with output_lock(out):  # and can be taken again
        pass


def test_the_lock_is_reentrant_within_a_thread(tmp_path):
    out = tmp_path / "public"
    with output_lock(out):
        with output_lock(tmp_path / "." / "public"):
            pass
        assert (tmp_path / ".public.lock").exists()  # still held by the outer block
        with SiteWriter(out, project=None, content=None) as writer:
            writer.put("index.html", b"x")
            writer.commit()
        assert (tmp_path / ".public.lock").exists()
    assert not (tmp_path / ".public.lock").exists()


def test_another_thread_of_the_same_process_is_refused(tmp_path):
    out = tmp_path / "public"
    errors: list[Exception] = []

    def second():
        try:
            with output_lock(out):
                pass
        except SiteError as exc:
            errors.append(exc)
    with output_lock(out):
        thread = threading.Thread(target=second)
        thread.start()
        thread.join()
    assert [str(e) for e in errors] == [f"another build is writing {out} (process {os.getpid()}); wait for it to finish"]


def test_outputs_of_different_names_do_not_share_a_lock(tmp_path):
    with output_lock(tmp_path / "public"):
        with output_lock(tmp_path / "preview"):
            pass


@pytest.fixture
def without_fcntl(monkeypatch):
    monkeypatch.setattr(lock_module, "fcntl", None)


def test_without_fcntl_a_live_holder_stops_a_build(tmp_path, without_fcntl):
    out = tmp_path / "public"
    (tmp_path / ".public.lock").write_text(f"{os.getppid()}\n")
    with pytest.raises(SiteError) as exc:
        with output_lock(out):
            pass
    assert str(exc.value) == f"another build is writing {out} (process {os.getppid()}); wait for it to finish"
    assert (tmp_path / ".public.lock").read_text() == f"{os.getppid()}\n"


def test_without_fcntl_a_dead_holder_is_taken_over(tmp_path, without_fcntl):
    out = tmp_path / "public"
    child = subprocess.Popen([sys.executable, "-c", ""])
    child.wait()
    (tmp_path / ".public.lock").write_text(f"{child.pid}\n")
    with output_lock(out):
        assert (tmp_path / ".public.lock").read_text() == f"{os.getpid()}\n"
        with output_lock(out):  # re-entrant here too
            pass
    assert not (tmp_path / ".public.lock").exists()


def test_without_fcntl_an_unreadable_holder_is_named_in_the_message(tmp_path, without_fcntl):
    (tmp_path / ".public.lock").write_text("")
    with pytest.raises(SiteError, match=r"wait for it to finish; if no build is running, delete .*\.public\.lock"):
        with output_lock(tmp_path / "public"):
            pass


def test_process_running():
    child = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        assert lock_module.process_running(child.pid)
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert not lock_module.process_running(child.pid)
    assert lock_module.process_running(os.getpid())
    assert not lock_module.process_running(2**40)
