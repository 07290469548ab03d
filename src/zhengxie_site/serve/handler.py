"""HTTP for the preview: files from memory under the base path, the site's 404 page, redirects for
folders, and the event stream pages listen to for reloads. Bound to 127.0.0.1 only."""
from __future__ import annotations

import errno
import socketserver
import sys
import threading
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import quote, unquote

from ..errors import SiteError
from .live import LiveSite, Snapshot
from .page import EVENTS, error_page, inject
from .regions import tool_page

HOST = "127.0.0.1"
HTML = "text/html; charset=utf-8"
TYPES = {
    ".html": HTML, ".xml": "application/xml; charset=utf-8", ".json": "application/json; charset=utf-8",
    ".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8",
    ".svg": "image/svg+xml; charset=utf-8", ".txt": "text/plain; charset=utf-8",
    ".bin": "application/octet-stream", ".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg",
    ".gif": "image/gif", ".webp": "image/webp", ".avif": "image/avif", ".ico": "image/x-icon",
    ".woff2": "font/woff2", ".woff": "font/woff", ".pdf": "application/pdf",
}
KEEPALIVE_EVERY = 15  # seconds between comments on an idle event stream (finds closed connections)


@dataclass(frozen=True)
class Reply:
    status: int
    body: bytes = b""
    content_type: str = HTML
    location: str | None = None


def content_type(path: str) -> str:
    dot = path.rfind(".")
    return TYPES.get(path[dot:].lower(), "application/octet-stream") if dot > path.rfind("/") else "application/octet-stream"


def respond(snapshot: Snapshot, target: str) -> Reply:
    """The answer to GET target (path and query, as sent) from the files in snapshot."""
    raw, _, query = target.partition("#")[0].partition("?")
    path, base = unquote(raw), snapshot.base_path
    if not snapshot.built:
        return Reply(500, error_page(snapshot))
    if not path.startswith(base):
        if path in ("/", base.rstrip("/")):  # the server's root, or the base path without its slash
            return _redirect(quote(base), query)
        return _not_found(snapshot)
    rest = path[len(base):]
    name = rest + "index.html" if rest == "" or rest.endswith("/") else rest
    if name in snapshot.files:
        return _file(snapshot, name, 200)
    if (tool := tool_page(rest, snapshot.files)) is not None:  # serve only: drawing a page's regions
        return Reply(200, inject(tool, snapshot))
    if rest and not rest.endswith("/") and f"{rest}/index.html" in snapshot.files:
        return _redirect(raw + "/", query)
    return _not_found(snapshot)


def _file(snapshot: Snapshot, name: str, status: int) -> Reply:
    kind = content_type(name)
    data = snapshot.files[name]
    return Reply(status, inject(data, snapshot) if kind == HTML else data, kind)


def _not_found(snapshot: Snapshot) -> Reply:
    if "404.html" in snapshot.files:
        return _file(snapshot, "404.html", 404)
    return Reply(404, inject(b"<!DOCTYPE html>\n<title>Not found</title>\n<h1>Not found</h1>\n", snapshot))


def _redirect(location: str, query: str) -> Reply:
    # 302, not 301: browsers remember permanent redirects, and the base path may change in site.yaml
    return Reply(302, b"", HTML, location + (f"?{query}" if query else ""))


class PreviewHTTPServer(ThreadingHTTPServer):
    """One daemon thread a request; knows the LiveSite it serves and the event that stops streams."""

    daemon_threads = True

    def __init__(self, port: int, live: LiveSite, stop: threading.Event):
        self.live, self.stop = live, stop
        super().__init__((HOST, port), _Handler)

    def server_bind(self) -> None:  # HTTPServer's own also looks up the host name, which can be slow
        socketserver.TCPServer.server_bind(self)
        host, self.server_port = self.server_address[:2]
        assert isinstance(host, str)  # a bound socket's own address names its host as text
        self.server_name = host

    def handle_error(self, request, client_address) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):  # a closed tab is not worth a message
            super().handle_error(request, client_address)


def listen(port: int, live: LiveSite, stop: threading.Event) -> PreviewHTTPServer:
    """A server bound to 127.0.0.1:port (0 picks a free port); SiteError when that is impossible."""
    try:
        return PreviewHTTPServer(port, live, stop)
    except OverflowError:
        raise SiteError(f"port {port} does not exist; choose one from 1 to 65535 (or 0 for any free port)") from None
    except OSError as exc:
        if exc.errno == errno.EADDRINUSE:
            raise SiteError(f"port {port} is in use; choose another with --port") from None
        raise SiteError(f"cannot listen on {HOST} port {port}: {exc.strerror or exc}") from None


class _Handler(BaseHTTPRequestHandler):
    server: PreviewHTTPServer

    def do_GET(self) -> None:
        self._answer(with_body=True)

    def do_HEAD(self) -> None:
        self._answer(with_body=False)

    def log_message(self, format: str, *args) -> None:  # one line per rebuild is enough on the terminal
        pass

    def _answer(self, with_body: bool) -> None:
        if self.path.partition("?")[0].endswith("/" + EVENTS):
            self._stream_events()  # also under an old base path, so open pages still learn of a new one
            return
        reply = respond(self.server.live.snapshot, self.path)
        self.send_response(reply.status)
        if reply.location:
            self.send_header("Location", reply.location)
        self.send_header("Content-Type", reply.content_type)
        self.send_header("Content-Length", str(len(reply.body)))
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        if with_body:
            self.wfile.write(reply.body)

    def _stream_events(self) -> None:
        """Server-sent events: the current version at once, then each new one. Wakes every second so
        that the stream ends soon after the server stops."""
        self.send_response(200)
        self.send_header("Content-Type", "text/event-stream; charset=utf-8")
        self.send_header("Cache-Control", "no-store")
        self.end_headers()
        self.close_connection = True
        live, stop = self.server.live, self.server.stop
        sent, quiet = None, 0.0
        self.wfile.write(b"retry: 1000\n\n")  # reconnect after a second when the server restarts
        while not stop.is_set():
            version = live.snapshot.version
            if version != sent:
                self.wfile.write(f"data: {version}\n\n".encode())
                sent, quiet = version, 0.0
            elif quiet >= KEEPALIVE_EVERY:
                self.wfile.write(b": still here\n\n")
                quiet = 0.0
            self.wfile.flush()
            live.wait(sent, timeout=1.0)
            quiet += 1.0
