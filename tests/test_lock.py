"""The lock files pin, with hashes, a version of every library pyproject.toml asks for, within its bounds:
a dependency added or a bound changed without locking again fails here, not on a reader's machine."""
from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

REPO = Path(__file__).resolve().parents[1]
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)")


def pins(lock: Path) -> dict[str, tuple[str, int]]:
    """name -> (version, number of hashes) for each pinned requirement."""
    found: dict[str, tuple[str, int]] = {}
    current = None
    for line in lock.read_text(encoding="utf-8").splitlines():
        if match := PIN.match(line):
            current = canonicalize_name(match[1])
            found[current] = (match[2], 0)
        elif current and line.strip().startswith("--hash=sha256:"):
            version, hashes = found[current]
            found[current] = (version, hashes + 1)
    return found


def requirements(*extras: str) -> list[Requirement]:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    wanted = list(project["dependencies"])
    for extra in extras:
        wanted += project["optional-dependencies"][extra]
    return [Requirement(text) for text in wanted]


@pytest.mark.parametrize("lock, extras", [("requirements.lock", ()), ("requirements-test.lock", ("test",))])
def test_every_requirement_is_pinned_within_its_bounds_with_hashes(lock, extras):
    locked = pins(REPO / lock)
    assert locked, f"{lock} pins nothing"
    for requirement in requirements(*extras):
        name = canonicalize_name(requirement.name)
        assert name in locked, f"{lock} lacks {requirement.name}: lock again (see README, Dependencies)"
        version, hashes = locked[name]
        assert requirement.specifier.contains(version, prereleases=True), f"{lock}: {name}=={version} outside {requirement}"
    for name, (version, hashes) in locked.items():
        assert hashes >= 1, f"{lock}: {name}=={version} has no hash"


def test_the_runtime_lock_agrees_with_the_test_lock():
    runtime, test = pins(REPO / "requirements.lock"), pins(REPO / "requirements-test.lock")
    assert {name: runtime[name][0] for name in runtime} == {name: test[name][0] for name in runtime}


def test_pins_reads_a_name_its_version_and_hashes(tmp_path):
    lock = tmp_path / "x.lock"
    lock.write_text("a-b==1.2 ; python_version < '4' \\\n    --hash=sha256:00 \\\n    --hash=sha256:11\n"
                    "    # via x\nC_d==3\n", encoding="utf-8")
    assert pins(lock) == {"a-b": ("1.2", 2), "c-d": ("3", 0)}
