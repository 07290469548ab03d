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
