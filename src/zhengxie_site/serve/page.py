"""What the preview adds to HTML it serves (never to built files): a script that reloads the page when
the site changes, and a panel listing the errors of a failed rebuild."""
from __future__ import annotations

import json
import re
from html import escape

from .live import Snapshot

EVENTS = "__zhengxie/events"  # under the base path; answers with server-sent events
PANEL_ID = "zhengxie-build-error"

# The page knows the version it was served at; the server sends the current version when the stream
# opens and whenever it changes. Any difference means the page is stale. EventSource reconnects by
# itself after a network error (a restarted server); after an HTTP error it gives up, so listen again.
RELOAD_SCRIPT = """<script>
(function () {
  var served = %(version)s, url = %(url)s;
  function listen() {
    var events = new EventSource(url);
    events.onmessage = function (event) {
      if (event.data !== served) { events.close(); location.reload(); }
    };
    events.onerror = function () {
      if (events.readyState === EventSource.CLOSED) { setTimeout(listen, 2000); }
    };
  }
  if (window.EventSource) { listen(); }
})();
</script>
"""

_PANEL_STYLE = ("all:initial;display:block;box-sizing:border-box;margin:0;padding:1rem 1.25rem;"
                "background:#fff4f4;color:#1a1a1a;border-bottom:4px solid #b00020;font:16px/1.5 system-ui,"
                "'Noto Sans CJK SC','Noto Sans SC',sans-serif;text-align:left;position:relative;z-index:2147483647")
_HEAD_STYLE = "all:initial;display:block;font:inherit;font-weight:700;color:#b00020;margin:0 0 .5rem"
_LIST_STYLE = "all:initial;display:block;margin:0;padding:0;list-style:none"
_ITEM_STYLE = ("all:initial;display:block;margin:.4rem 0 0;padding:.5rem .75rem;background:#fff;"
               "border-left:3px solid #b00020;color:#1a1a1a;white-space:pre-wrap;overflow-wrap:anywhere;"
               "font:14px/1.5 ui-monospace,'DejaVu Sans Mono','Noto Sans Mono CJK SC',monospace")
_WHERE = re.compile(r"^(\S+?:\d+(?::\d+)?): ", re.S)  # path:line[:col] at the start of a message


def reload_script(snapshot: Snapshot) -> str:
    def js(value: str) -> str:  # a JSON string is a JavaScript string; no "</script>" can end it early
        return json.dumps(value).replace("<", "\\u003c")

    return RELOAD_SCRIPT % {"version": js(snapshot.version), "url": js(snapshot.base_path + EVENTS)}


def error_panel(errors: tuple[str, ...], built: bool) -> str:
    """The errors, escaped, each with its file and line in bold."""
    shown = ("Showing the last good build below; this page reloads when the error is fixed." if built
             else "There is no good build to show yet; this page reloads when the error is fixed.")
    items = "".join(f'<li style="{_ITEM_STYLE}">{_error_item(error)}</li>' for error in errors)
    count = f"{len(errors)} error{'s' if len(errors) != 1 else ''}"
    return (f'<section id="{PANEL_ID}" role="alert" aria-labelledby="{PANEL_ID}-title" lang="en" style="{_PANEL_STYLE}">'
            f'<h2 id="{PANEL_ID}-title" style="{_HEAD_STYLE}">Build failed: {count}</h2>'
            f'<p style="all:initial;display:block;font:inherit;margin:0">{shown}</p>'
            f'<ul style="{_LIST_STYLE}">{items}</ul></section>\n')


def _error_item(error: str) -> str:
    if match := _WHERE.match(error):
        where = f'<strong style="all:initial;font:inherit;font-weight:700">{escape(match.group(1))}</strong>'
        return f"{where}: {escape(error[match.end():])}"
    return escape(error)


def error_page(snapshot: Snapshot) -> bytes:
    """The whole page served while no build has succeeded yet."""
    return ('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            '<title>Build failed</title>\n</head>\n<body>\n'
            + error_panel(snapshot.errors, built=False) + reload_script(snapshot)
            + "</body>\n</html>\n").encode()


def inject(html: bytes, snapshot: Snapshot) -> bytes:
    """html with the error panel (if the last rebuild failed) at the top of <body> and the reload
    script before </body>."""
    if snapshot.errors:
        opening = re.search(rb"<body\b[^>]*>", html, re.I)
        at = opening.end() if opening else 0
        html = html[:at] + b"\n" + error_panel(snapshot.errors, snapshot.built).encode() + html[at:]
    closing = html.lower().rfind(b"</body>")
    at = closing if closing >= 0 else len(html)
    return html[:at] + reload_script(snapshot).encode() + html[at:]
