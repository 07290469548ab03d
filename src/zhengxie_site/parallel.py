"""Pure work spread over forked processes, with results in input order (so output is the same for any
number of processes). Below a few dozen items, starting processes costs more than it saves."""
from __future__ import annotations

import ctypes
import gc
import multiprocessing
import os
import signal
from typing import Any, Callable

MIN_ITEMS = 64


def default_jobs() -> int:
    """One process per CPU this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:
        return max(1, os.cpu_count() or 1)


def die_with_parent(parent: int) -> None:
    """In a worker: end when the build that forked it ends, even if it is killed (Linux), so no worker
    outlives it holding its files or its lock."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)


PR_SET_PDEATHSIG = 1


def can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def map_in_processes(function: Callable[[Any], Any], items: list, jobs: int) -> list:
    """[function(item) for item in items], in `jobs` forked processes when it pays."""
    if jobs <= 1 or len(items) < MIN_ITEMS or not can_fork():
        return [function(item) for item in items]
    gc.freeze()  # keep the workers' garbage collector off the inherited heap, so its pages stay shared
    try:
        with multiprocessing.get_context("fork").Pool(jobs, initializer=die_with_parent, initargs=(os.getpid(),)) as pool:
            return pool.map(function, items, chunksize=max(1, len(items) // (jobs * 8)))
    finally:
        gc.unfreeze()


class InBackground:
    """function(*args) computed in a forked process while this one goes on; result() waits for it. Done
    here, when result() is asked for, when forking is not possible or not wanted."""

    def __init__(self, function: Callable[..., Any], *args: Any, enabled: bool = True):
        self._process = None
        if not enabled or not can_fork():
            self._later = (function, args)
            return
        context = multiprocessing.get_context("fork")
        self._reader, writer = context.Pipe(duplex=False)
        gc.freeze()  # keep the child's collector off the inherited heap
        self._process = context.Process(target=_run_in_background, args=(function, args, writer, os.getpid()))
        self._process.start()
        gc.unfreeze()
        writer.close()

    def result(self) -> Any:
        if self._process is None:
            function, args = self._later
            return function(*args)
        try:
            ok, value = self._reader.recv()  # before join: a large result fills the pipe
        except EOFError:
            ok, value = False, RuntimeError("a background process of the build ended without its result")
        finally:
            self._process.join()
            self._reader.close()
        if not ok:
            raise value
        return value

    def cancel(self) -> None:
        if self._process is not None and self._process.is_alive():
            self._process.terminate()
            self._process.join()


def _run_in_background(function: Callable[..., Any], args: tuple, writer, parent: int) -> None:
    die_with_parent(parent)
    try:
        outcome = (True, function(*args))
    except Exception as exc:  # handed to the parent, which raises it
        outcome = (False, exc)
    writer.send(outcome)
    writer.close()
