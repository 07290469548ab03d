"""serve: the site from memory under its base path, rebuilt on change, pages told to reload, errors
shown in the page; nothing written."""
from __future__ import annotations

import http.client
import os
import re
import signal
import socket
import subprocess
import sys
import threading
import time
from contextlib import contextmanager
from pathlib import Path
from typing import Callable, Iterator
from urllib.parse import urlsplit

import pytest

from sitetext import REPO, make_project
from zhengxie_site import cli
from zhengxie_site.serve import serve
from zhengxie_site.serve.handler import respond
from zhengxie_site.serve.live import Snapshot, attempt
from zhengxie_site.serve.page import PANEL_ID, error_panel, inject
from zhengxie_site.serve.watch import Relevant, sources

ARTICLE = "-- content/a.md --\n---\ntitle: 第一版标题\ndate: 2022-03-01\n---\n正文。\n"
PAGE = "articles/di-yi-ban-biao-ti/"
SCRIPT = re.compile(r"<script>\n\(function \(\) \{.*?</script>\n", re.S)


def wait_for(condition: Callable[[], object], what: str, timeout: float = 15.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if result := condition():
            return result
        time.sleep(0.05)
    raise AssertionError(f"timed out waiting for {what}")


def get(url: str) -> tuple[int, dict[str, str], str]:
    """GET without following redirects: status, headers, body."""
    parts = urlsplit(url)
    conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=10)
    try:
        conn.request("GET", parts.path + (f"?{parts.query}" if parts.query else ""))
        response = conn.getresponse()
        return response.status, dict(response.getheaders()), response.read().decode()
    finally:
        conn.close()


@contextmanager
def serving(project: Path, *flags: str) -> Iterator[str]:
    """The project served on a free port, with the command line's flags; yields the site's URL."""
    args = cli._parser().parse_args(["--root", str(project), "serve", "--port", "0", *flags])
    stop, urls = threading.Event(), []
    thread = threading.Thread(target=serve, args=(lambda: cli._config(args),), daemon=True,
                              kwargs={"root": project, "port": 0, "stop": stop, "ready": urls.append})
    thread.start()
    try:
        wait_for(lambda: urls, "the server to start")
        yield urls[0]
    finally:
        stop.set()
        thread.join(10)
        assert not thread.is_alive(), "serve did not stop within 10 s"


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_pages_come_from_memory_and_nothing_is_written(tmp_path):
    project = make_project(tmp_path, ARTICLE + "-- content/d.md --\n---\ntitle: 草稿文章\ndraft: true\n---\n草稿。\n")
    with serving(project, "--drafts") as url:
        status, headers, body = get(url + PAGE)
        assert (status, headers["Content-Type"]) == (200, "text/html; charset=utf-8")
        assert "第一版标题" in body and "正文。" in body
        assert get(url + "articles/cao-gao-wen-zhang/")[0] == 200  # --drafts shows drafts, in memory only
        assert get(url + "static/site.css")[1]["Content-Type"] == "text/css; charset=utf-8"
    assert not (project / "public").exists()
    assert not [p for p in project.iterdir() if p.name.startswith(".public")]


def test_an_edit_is_served_after_the_rebuild(tmp_path):
    project = make_project(tmp_path, ARTICLE)
    with serving(project) as url:
        assert "正文。" in get(url + PAGE)[2]
        edit(project / "content" / "a.md", "正文。", "改过的正文。")
        wait_for(lambda: "改过的正文。" in get(url + PAGE)[2], "the edit to be served")


def test_a_changed_site_yaml_takes_effect(tmp_path):
    project = make_project(tmp_path, ARTICLE)
    with serving(project) as url:
        edit(project / "site.yaml", "zh: 云南日报·政协专版 数字档案", "zh: 改名的档案")
        wait_for(lambda: "改名的档案" in get(url + PAGE)[2], "the new site title")


@pytest.mark.parametrize("how", ["site.yaml", "--base-url"])
def test_the_site_is_served_under_its_base_path(tmp_path, how):
    project = make_project(tmp_path, ARTICLE)
    flags = ["--base-url", "/archive/"] if how == "--base-url" else []
    if how == "site.yaml":
        edit(project / "site.yaml", "base_url: /\n", "base_url: /archive/\n")
    with serving(project, *flags) as url:
        origin = url.removesuffix("/archive/")
        assert url.endswith("/archive/")
        status, _, body = get(origin + "/archive/" + PAGE)
        assert status == 200 and 'href="/archive/static/site.css"' in body
        assert get(origin + "/" + PAGE)[0] == 404
        assert get(origin + "/")[:2][0] == 302 and get(origin + "/")[1]["Location"] == "/archive/"
        assert get(origin + "/archive")[1]["Location"] == "/archive/"
        assert get(origin + "/archive/" + PAGE.rstrip("/") + "?x=1")[1]["Location"] == "/archive/" + PAGE + "?x=1"


def test_a_missing_page_gets_the_sites_404_page_and_built_files_have_no_script(tmp_path):
    project = make_project(tmp_path, ARTICLE)
    assert cli.main(["--root", str(project), "build", "--out", str(tmp_path / "out")]) == 0
    built = (tmp_path / "out" / "404.html").read_text(encoding="utf-8")
    assert "EventSource" not in built and not any(
        "EventSource" in p.read_text(encoding="utf-8") for p in (tmp_path / "out").rglob("*.html"))
    with serving(project) as url:
        status, headers, body = get(url + "no/such/page/")
        assert (status, headers["Content-Type"]) == (404, "text/html; charset=utf-8")
        assert len(SCRIPT.findall(body)) == 1 and "/__zhengxie/events" in body
        assert SCRIPT.sub("", body) == built  # the site's own 404 page, plus only the script
        assert SCRIPT.search(get(url + PAGE)[2])


def test_a_broken_edit_shows_the_error_in_every_page_over_the_last_good_site(tmp_path):
    project = make_project(tmp_path, ARTICLE)
    article = project / "content" / "a.md"
    with serving(project) as url:
        edit(article, "date: 2022-03-01", 'date: "<b>x</b>"')
        body = wait_for(lambda: (b := get(url + PAGE)[2]) and PANEL_ID in b and b, "the error panel")
        assert re.search(r"<strong[^>]*>content/a\.md:3:7</strong>", body) and "&#x27;&lt;b&gt;x&lt;/b&gt;&#x27;" in body
        assert "<b>x</b>" not in body
        assert "正文。" in body  # the last good site is still underneath
        status, _, home = get(url)
        assert status == 200 and PANEL_ID in home
        edit(article, 'date: "<b>x</b>"', "date: 2022-02-30")
        wait_for(lambda: "2022-02-30 is not a real date" in get(url + PAGE)[2], "the new error")
        edit(article, "date: 2022-02-30", "date: 2022-03-01")
        wait_for(lambda: PANEL_ID not in get(url + PAGE)[2], "the panel to go")


def test_a_first_build_that_fails_serves_an_error_page_until_one_succeeds(tmp_path, capsys):
    project = make_project(tmp_path, ARTICLE.replace("2022-03-01", "2022-02-30"))
    with serving(project) as url:
        status, _, body = get(url + PAGE)
        assert status == 500 and PANEL_ID in body and "content/a.md:3:7" in body and "EventSource" in body
        edit(project / "content" / "a.md", "2022-02-30", "2022-03-01")
        wait_for(lambda: get(url + PAGE)[0] == 200, "the page after the fix")
    out, err = capsys.readouterr()
    assert "content/a.md:3:7: date: 2022-02-30 is not a real date" in err
    assert "serving an error page until a build succeeds" in err
    assert re.search(r"content/a\.md changed: rebuilt in \d+\.\d\ds, \d+ files changed", out)


def read_event(stream) -> str:
    """The data of the next server-sent event."""
    while True:
        line = stream.readline()
        assert line, "the event stream ended"
        if line.startswith(b"data: "):
            return line[6:].decode().strip()


def test_the_event_stream_sends_a_new_version_after_a_rebuild_and_does_not_hold_up_stopping(tmp_path):
    project = make_project(tmp_path, ARTICLE)
    started = None
    with serving(project) as url:
        parts = urlsplit(url)
        conn = http.client.HTTPConnection(parts.hostname, parts.port, timeout=15)
        conn.request("GET", parts.path + "__zhengxie/events")
        response = conn.getresponse()
        assert response.getheader("Content-Type").startswith("text/event-stream")
        first = read_event(response)
        assert first in get(url + PAGE)[2]  # the version pages are served at
        edit(project / "content" / "a.md", "正文。", "新正文。")
        assert read_event(response) != first
        started = time.monotonic()
    assert time.monotonic() - started < 5  # stopped with the stream still open
    conn.close()


def test_a_taken_port_is_a_clear_error_with_exit_code_1(tmp_path, capsys):
    project = make_project(tmp_path, ARTICLE)
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        assert cli.main(["--root", str(project), "serve", "--port", str(port)]) == 1
    err = capsys.readouterr().err
    assert f"port {port} is in use; choose another with --port" in err
    assert "Traceback" not in err


def test_ctrl_c_stops_the_server_with_exit_code_0(tmp_path):
    project = make_project(tmp_path, ARTICLE)
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    # Ctrl-C as in a terminal, also when the tests themselves run in the background (where a shell starts
    # commands with SIGINT ignored, and Python then leaves it ignored)
    proc = subprocess.Popen([sys.executable, "-m", "zhengxie_site", "--root", str(project), "serve", "--port", "0"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        lines = [proc.stdout.readline(), proc.stdout.readline()]
        assert re.fullmatch(r"built \d+ files in \d+\.\d\ds\n", lines[0])
        assert re.fullmatch(r"serving at http://127\.0\.0\.1:\d+/ \(Ctrl-C to stop\)\n", lines[1])
        proc.send_signal(signal.SIGINT)
        try:
            out, err = proc.communicate(timeout=20)
        except subprocess.TimeoutExpired:  # say what the server was doing instead of stopping
            proc.kill()
            out, err = proc.communicate()
            pytest.fail(f"serve did not stop within 20 s of Ctrl-C; stdout: {out!r}; stderr: {err!r}")
    finally:
        proc.kill()
    assert proc.returncode == 0, err
    assert "Traceback" not in err and "stopped" in out


def snapshot(files: dict[str, bytes], base: str = "/", errors: tuple[str, ...] = ()) -> Snapshot:
    return Snapshot(files, base, errors, "v1", built=True)


def test_content_types_and_folder_urls():
    files = {name: b"x" for name in ("index.html", "a/index.html", "feed.xml", "m.json", "s.css", "s.js",
                                     "c.svg", "robots.txt", "t/0.bin", "404.html")}
    site = snapshot(files)
    types = {name: respond(site, "/" + name).content_type for name in files}
    assert types == {"index.html": "text/html; charset=utf-8", "a/index.html": "text/html; charset=utf-8",
                     "feed.xml": "application/xml; charset=utf-8", "m.json": "application/json; charset=utf-8",
                     "s.css": "text/css; charset=utf-8", "s.js": "text/javascript; charset=utf-8",
                     "c.svg": "image/svg+xml; charset=utf-8", "robots.txt": "text/plain; charset=utf-8",
                     "t/0.bin": "application/octet-stream", "404.html": "text/html; charset=utf-8"}
    assert respond(site, "/t/0.bin").body == b"x"  # only HTML gets the script
    assert respond(site, "/a/").status == 200 and respond(site, "/").status == 200
    assert (respond(site, "/a").status, respond(site, "/a").location) == (302, "/a/")
    assert respond(site, "/a/index.html/").status == 404
    assert respond(site, "/../index.html").status == 404


def test_the_error_panel_escapes_messages_and_names_file_and_line():
    panel = error_panel(("content/x.md:4:1: title: <script>alert(1)</script> & more", "plain <i>"), built=True)
    assert "<script>" not in panel and "&lt;script&gt;alert(1)&lt;/script&gt; &amp; more" in panel
    assert re.search(r"<strong[^>]*>content/x\.md:4:1</strong>", panel) and "plain &lt;i&gt;" in panel
    assert "2 errors" in panel
    page = inject(b"<html><body class='x'>\n<p>hi</p>\n</body></html>", snapshot({}, errors=("e",))).decode()
    assert page.index("<body class='x'>") < page.index(PANEL_ID) < page.index("<p>hi</p>") < page.index("<script>")
    assert page.endswith("</script>\n</body></html>")


def test_a_file_vanishing_mid_read_is_read_again_once_then_reported_without_a_traceback(capsys):
    calls = []

    def flaky():
        calls.append(1)
        if len(calls) == 1:
            raise FileNotFoundError(2, "No such file or directory", "content/a.md")
        return {"index.html": b"x"}

    assert attempt(flaky) == ({"index.html": b"x"}, ())

    def gone():
        raise FileNotFoundError(2, "No such file or directory", "content/a.md")

    assert attempt(gone) == ({}, ("content/a.md: No such file or directory",))
    assert "Traceback" not in capsys.readouterr().err


def test_only_what_the_build_reads_is_watched(tmp_path):
    from zhengxie_site.config import load_config

    project = make_project(tmp_path / "p", ARTICLE)
    (tmp_path / "elsewhere").mkdir()
    config = load_config(project).with_overrides(content=str(tmp_path / "elsewhere"))
    watched = sources(project, config)
    assert (tmp_path / "elsewhere").absolute() in watched and (project / "content").absolute() not in watched
    assert {p.name for p in watched} == {"site.yaml", "elsewhere", "templates", "static", "i18n"}
    assert {p.name for p in sources(project, None)} == {"site.yaml", "content", "templates", "static", "i18n"}
    relevant = Relevant([Path("/p/content"), Path("/p/templates")])
    assert relevant(None, "/p/content/a.md") and relevant(None, "/p/templates/base.html")
    assert relevant(None, "/p/content/2022/01/a.md")
    assert not any(relevant(None, "/p/content/" + name) for name in
                   (".a.md.swp", "a.md~", "#a.md#", "a.md.swp", "4913", ".DS_Store", ".git/index", "x/.hidden/a.md"))
    assert Relevant([Path("/home/.config/p/content")])(None, "/home/.config/p/content/a.md")


def test_atomic_saves_are_noticed_again_and_again(tmp_path):
    """Editors write a new file and rename it over the old one: the watch on site.yaml must follow."""
    project = make_project(tmp_path, ARTICLE)

    def save(path: Path, old: str, new: str) -> None:
        temporary = path.with_name(path.name + ".tmp")
        temporary.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
        os.replace(temporary, path)

    with serving(project) as url:
        for title in ("第二个名字", "第三个名字"):
            save(project / "site.yaml", "zh: " + ("云南日报·政协专版 数字档案" if title == "第二个名字" else "第二个名字"),
                 "zh: " + title)
            wait_for(lambda: title in get(url + PAGE)[2], f"site title {title}")
        for text in ("第二稿。", "第三稿。"):
            save(project / "content" / "a.md", "正文。" if text == "第二稿。" else "第二稿。", text)
            wait_for(lambda: text in get(url + PAGE)[2], f"body {text}")
