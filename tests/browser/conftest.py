"""Fixtures for the whole-site browser tests: the repository's real site, built twice (served at the
root and under /archive/), served over HTTP, and a headless Chromium driven by Playwright."""
from __future__ import annotations

import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Iterator

import pytest

from sitetext import make_project

REPO = Path(__file__).resolve().parents[2]
CHROMIUM = Path("/usr/bin/chromium")
AXE = REPO / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def copy_project(dest: Path) -> Path:
    """The repository's own site (site.yaml, content/, i18n/glossary.yaml, with the theme) copied into dest."""
    dest.mkdir(parents=True, exist_ok=True)
    return make_project(dest, with_repo_content=True)


def build_site(project: Path, *flags: str) -> None:
    from zhengxie_site.cli import main

    code = main(["--root", str(project), "build", *flags])
    assert code == 0, f"building the repository's site failed (exit {code}); see the captured output"


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:  # keep pytest output readable
        pass


def serve(directory: Path) -> Iterator[str]:
    """Serve directory on 127.0.0.1 on a free port; yields the origin, e.g. http://127.0.0.1:41234"""
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_QuietHandler, directory=str(directory)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Path:
    """public/ of the repository's site, built once per session with the default base URL /."""
    project = copy_project(tmp_path_factory.mktemp("site") / "project")
    build_site(project)
    return project / "public"


@pytest.fixture(scope="session")
def archive_root(tmp_path_factory) -> Path:
    """A folder whose archive/ subfolder is the site built with --base-url /archive/."""
    tmp = tmp_path_factory.mktemp("archive-site")
    project = copy_project(tmp / "project")
    serve_root = tmp / "www"
    build_site(project, "--base-url", "/archive/", "--out", str(serve_root / "archive"))
    return serve_root


@pytest.fixture(scope="session")
def base(built_site) -> Iterator[str]:
    """http://127.0.0.1:PORT/ serving the site built for the root."""
    for origin in serve(built_site):
        yield origin + "/"


@pytest.fixture(scope="session")
def archive_base(archive_root) -> Iterator[str]:
    """http://127.0.0.1:PORT/archive/ serving the site built for /archive/."""
    for origin in serve(archive_root):
        yield origin + "/archive/"


@pytest.fixture(scope="module")
def browser():
    """Headless Debian Chromium. Module scope: Playwright's sync API cannot nest, so it must be closed
    before another test module starts its own."""
    if not CHROMIUM.exists():
        pytest.skip("browser tests need Debian chromium at /usr/bin/chromium (apt-get install chromium)")
    sync_api = pytest.importorskip("playwright.sync_api")
    with sync_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield chromium
        finally:
            chromium.close()


@pytest.fixture()
def context(browser):
    ctx = browser.new_context()
    yield ctx
    ctx.close()


@pytest.fixture()
def page(context):
    """A fresh page; fails the test if a script on any visited page throws."""
    pg = context.new_page()
    pg.set_default_timeout(10_000)  # a missing element fails in seconds, not after 30 s
    errors: list[str] = []
    pg.on("pageerror", lambda exc: errors.append(str(exc)))
    yield pg
    assert not errors, f"JavaScript errors on the page: {errors}"
