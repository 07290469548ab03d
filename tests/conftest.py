import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent))


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true",
                     help="rewrite the expected output of tests/sites from the current build")


@pytest.fixture
def update_golden(request) -> bool:
    return request.config.getoption("--update-golden")


SLOW_FOLDERS = ("browser", "quality")  # a real browser or the Java validator


def pytest_configure(config):
    config.addinivalue_line("markers", "slow: browser, validator and process tests (deselect with -m 'not slow')")


def pytest_collection_modifyitems(items):
    for item in items:
        if Path(item.fspath).parent.name in SLOW_FOLDERS:
            item.add_marker(pytest.mark.slow)
