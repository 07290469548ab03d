"""Pure work spread over forked processes, with results in input order (so output is the same for any
number of processes). Below a few dozen items, starting processes costs more than it saves."""
from __future__ import annotations

import ctypes
import gc
import multiprocessing
import os
import signal
import tempfile
from collections.abc import Iterator, MutableMapping
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Callable

if TYPE_CHECKING:
    from multiprocessing.pool import Pool

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
    with Workers(jobs) as workers:
        return workers.map(function, items)


class Workers:
    """Forked processes kept for several map() calls: forking a large process costs, so a stream of batches
    forks once (when the first batch large enough to pay comes)."""

    def __init__(self, jobs: int):
        self._jobs = jobs
        self._pool: Pool | None = None

    def map(self, function: Callable[[Any], Any], items: list) -> list:
        """[function(item) for item in items], in input order."""
        if self._jobs <= 1 or len(items) < MIN_ITEMS or not can_fork():
            return [function(item) for item in items]
        if self._pool is None:
            gc.freeze()  # keep the workers' garbage collector off the inherited heap, so its pages stay shared
            try:
                context = multiprocessing.get_context("fork")
                self._pool = context.Pool(self._jobs, initializer=die_with_parent, initargs=(os.getpid(),))
            finally:
                gc.unfreeze()
        return self._pool.map(function, items, chunksize=max(1, len(items) // (self._jobs * 8)))

    def close(self) -> None:
        if self._pool is not None:
            self._pool.terminate()
            self._pool.join()
            self._pool = None

    def __enter__(self) -> "Workers":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()


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


class Spool(MutableMapping):
    """Files (name -> bytes) kept in an unnamed temporary file instead of in memory: a process forked after
    the spool was made writes them, the one that made it reads them back. Pickled (as a background process
    returns it), a spool stands for the same file by its descriptor, with what the writer put in it."""

    _file: IO[bytes] | None  # None in an unpickled spool: the process that made it keeps the file

    def __init__(self, folder: Path | None = None):
        self._file = tempfile.TemporaryFile(dir=folder)  # gone with its last descriptor, even after a kill
        self._fd = self._file.fileno()
        self._where: dict[str, tuple[int, int]] = {}  # name -> (offset, length)
        self._end = 0

    def __setitem__(self, name: str, data: bytes) -> None:
        offset, view = self._end, memoryview(data)
        while view:
            view = view[os.pwrite(self._fd, view, self._end):]
            self._end = offset + len(data) - len(view)
        self._where[name] = (offset, len(data))

    def __getitem__(self, name: str) -> bytes:
        offset, length = self._where[name]
        return os.pread(self._fd, length, offset)

    def __delitem__(self, name: str) -> None:
        del self._where[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._where)

    def __len__(self) -> int:
        return len(self._where)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()

    def __reduce__(self):
        return _spool_at, (self._fd, self._where, self._end)


def _spool_at(fd: int, where: dict[str, tuple[int, int]], end: int) -> Spool:
    """The spool a forked process wrote, in the process that made it (which keeps the file open)."""
    spool = object.__new__(Spool)
    spool._file, spool._fd, spool._where, spool._end = None, fd, where, end
    return spool
