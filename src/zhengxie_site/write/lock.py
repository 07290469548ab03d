"""One writer at a time: an exclusive lock file beside the output, `.<name>.lock`, holding the holder's pid.

With fcntl the lock is a non-blocking flock, released by the kernel when its holder dies, so a killed build
never blocks the next one. Without fcntl the file is created with O_EXCL and a file whose process is gone
is taken over. The holder removes the file when it lets go; a waiting build that locked a file already
removed tries again on the new one. The lock is re-entrant within one thread of one process (the build
holds it around everything it writes beside the output; the writer takes it again); another thread of the
same process is refused like another process.
"""
from __future__ import annotations

import os
import sys
import threading
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Iterator

from ..errors import SiteError

fcntl: ModuleType | None
try:
    import fcntl
except ImportError:  # Windows
    fcntl = None


@dataclass
class _Held:
    fd: int | None
    pid: int
    thread: int
    depth: int = 1


PID_WAIT = 0.1  # seconds: a holder writes its pid right after it takes the lock
_held: dict[Path, _Held] = {}
_held_guard = threading.Lock()


def lock_path(out: Path) -> Path:
    out = out.resolve()
    return out.with_name(f".{out.name}.lock")


@contextmanager
def output_lock(out: Path) -> Iterator[None]:
    """Hold the lock on `out` for the block; SiteError at once if another build holds it."""
    out = out.resolve()
    path = lock_path(out)
    if not _enter_again(path, out):
        out.parent.mkdir(parents=True, exist_ok=True)
        fd = _acquire(path, out)
        with _held_guard:
            _held[path] = _Held(fd, os.getpid(), threading.get_ident())
    try:
        yield
    finally:
        _leave(path)


def _enter_again(path: Path, out: Path) -> bool:
    with _held_guard:
        held = _held.get(path)
        if held is None or held.pid != os.getpid():  # a forked child holds nothing of its parent's
            return False
        if held.thread != threading.get_ident():
            raise _busy(out, held.pid)
        held.depth += 1
        return True


def _leave(path: Path) -> None:
    with _held_guard:
        held = _held[path]
        held.depth -= 1
        if held.depth:
            return
        del _held[path]
    if held.pid != os.getpid():  # a forked child leaving: the lock stays its parent's
        return
    path.unlink(missing_ok=True)  # before letting go, so a waiting build never takes a file that is then removed
    if held.fd is not None:
        os.close(held.fd)  # releases the flock


def _acquire(path: Path, out: Path) -> int | None:
    if fcntl is None:
        _acquire_exclusive(path, out)
        return None  # no descriptor to hold: the file is the lock
    return _acquire_flock(path, out)


def _acquire_flock(path: Path, out: Path) -> int:
    assert fcntl is not None  # _acquire comes here only with fcntl
    while True:
        fd = os.open(path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = _pid_in(os.pread(fd, 32, 0))
            if holder is None:  # locked a moment ago, its pid not yet written: look once more
                time.sleep(PID_WAIT)
                holder = _pid_in(os.pread(fd, 32, 0))
            os.close(fd)
            raise _busy(out, holder) from None
        except BaseException:
            os.close(fd)
            raise
        if _same_file(fd, path):
            os.ftruncate(fd, 0)
            os.pwrite(fd, f"{os.getpid()}\n".encode(), 0)
            return fd
        os.close(fd)  # its holder removed it while we waited for it: lock the file there now


def _same_file(fd: int, path: Path) -> bool:
    try:
        here, there = os.fstat(fd), os.stat(path)
    except FileNotFoundError:
        return False
    return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)


def _acquire_exclusive(path: Path, out: Path) -> None:
    for _ in range(3):
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            holder = _pid_in(_read(path))
            if holder is None or process_running(holder):
                raise _busy(out, holder, path) from None
            path.unlink(missing_ok=True)  # left by a build that died
            continue
        with os.fdopen(fd, "w") as handle:
            handle.write(f"{os.getpid()}\n")
        return None
    raise _busy(out, None, path)


def _busy(out: Path, holder: int | None, path: Path | None = None) -> SiteError:
    if holder is not None:
        return SiteError(f"another build is writing {out} (process {holder}); wait for it to finish")
    hint = f"; if no build is running, delete {path}" if path is not None else ""
    return SiteError(f"another build is writing {out}; wait for it to finish{hint}")


def _pid_in(data: bytes) -> int | None:
    text = data.decode("ascii", "replace").strip()
    return int(text) if text.isdigit() else None


def _read(path: Path) -> bytes:
    try:
        return path.read_bytes()[:32]
    except OSError:
        return b""


def process_running(pid: int) -> bool:
    """Whether a process with this pid exists (a reused pid counts as running: we never guess otherwise)."""
    if os.name == "nt":
        return _windows_process_running(pid)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OverflowError:  # too large to be a pid
        return False
    except PermissionError:  # someone else's process
        return True
    return True


def _windows_process_running(pid: int) -> bool:
    # os.kill(pid, 0) would send Ctrl-C there; ask for the process's exit code instead
    if sys.platform != "win32":  # called only on Windows, the only place ctypes has windll
        raise NotImplementedError("a Windows process check")
    import ctypes

    kernel32 = ctypes.windll.kernel32
    handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
    if not handle:
        return ctypes.GetLastError() != 87  # ERROR_INVALID_PARAMETER: no such process
    code = ctypes.c_ulong()
    try:
        return not kernel32.GetExitCodeProcess(handle, ctypes.byref(code)) or code.value == 259  # STILL_ACTIVE
    finally:
        kernel32.CloseHandle(handle)
