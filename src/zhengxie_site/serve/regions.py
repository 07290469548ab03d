"""In `serve` only: a page for drawing an article's regions on its page image (for scans, whose articles
were written by hand, or to adjust what a PDF gave). At `<page view>regions/` beside every page view
that has an image; it reads that page view (image, articles, their areas) and gives the `regions:` front
matter to paste into the article. Never part of a build."""
from __future__ import annotations

TOOL = "regions/"  # added to a page view's path

PAGE = """<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Draw regions · 版面热区</title>
<style>
body { margin: 0; font: 16px/1.6 system-ui, "Noto Sans CJK SC", sans-serif; color: #1d1d1f; background: #fffdf8; }
main { display: grid; grid-template-columns: minmax(0, 3fr) minmax(16rem, 2fr); gap: 1.5rem; padding: 1rem 1.5rem; }
@media (max-width: 48em) { main { grid-template-columns: minmax(0, 1fr); } }
h1 { font-size: 1.25rem; margin: 1rem 1.5rem 0; }
#sheet { position: relative; touch-action: none; user-select: none; cursor: crosshair; border: 1px solid #d8d2c4; }
#sheet img { display: block; width: 100%; height: auto; pointer-events: none; }
.box { position: absolute; border: 2px solid #1f4e8c; background: rgb(31 78 140 / .12); }
.box.mine { border-color: #a4161a; background: rgb(164 22 26 / .18); }
label, select, textarea, button { font: inherit; }
select, textarea { width: 100%; box-sizing: border-box; }
textarea { min-height: 9rem; font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: .9rem; }
ol { padding-left: 1.25rem; } li button { margin-left: .5rem; }
</style>
</head>
<body>
<h1>版面热区 · Draw an article's regions</h1>
<main>
  <div id="sheet" aria-label="page image: drag to draw a region"><img id="page" alt=""></div>
  <form id="panel" onsubmit="return false">
    <p><label for="article">文章 Article</label><br><select id="article"></select></p>
    <p>Drag on the page to add a rectangle (an article that runs round a photo or across columns has
       several). Blue: the other articles' regions.</p>
    <ol id="list"></ol>
    <p><label for="yaml">Front matter to paste into the article</label><br><textarea id="yaml" readonly></textarea></p>
    <p><button type="button" id="copy">Copy</button> <button type="button" id="clear">Clear</button></p>
  </form>
</main>
<script>
(async function () {
  var view = new DOMParser().parseFromString(await (await fetch("../")).text(), "text/html");
  var sheet = document.getElementById("sheet"), picture = view.querySelector(".page-scan img");
  var select = document.getElementById("article"), list = document.getElementById("list"), out = document.getElementById("yaml");
  document.getElementById("page").src = new URL(picture.getAttribute("src"), new URL("../", location)).href;
  var regions = {};  // article URL -> [[x, y, w, h], ...] as fractions of the page
  view.querySelectorAll(".page-headlines .card-title a").forEach(function (a) {
    var option = document.createElement("option");
    option.value = a.getAttribute("href"); option.textContent = a.textContent.trim();
    select.appendChild(option); regions[option.value] = [];
  });
  view.querySelectorAll(".page-area").forEach(function (a) {
    var s = a.style, r = [s.left, s.top, s.width, s.height].map(function (v) { return parseFloat(v) / 100; });
    (regions[a.getAttribute("href")] = regions[a.getAttribute("href")] || []).push(r);
  });
  function round(v) { return Math.round(v * 10000) / 10000; }
  function show() {
    sheet.querySelectorAll(".box").forEach(function (b) { b.remove(); });
    Object.keys(regions).forEach(function (url) {
      regions[url].forEach(function (r) {
        var box = document.createElement("div");
        box.className = "box" + (url === select.value ? " mine" : "");
        box.style.left = r[0] * 100 + "%"; box.style.top = r[1] * 100 + "%";
        box.style.width = r[2] * 100 + "%"; box.style.height = r[3] * 100 + "%";
        sheet.appendChild(box);
      });
    });
    var mine = regions[select.value] || [];
    list.innerHTML = "";
    mine.forEach(function (r, i) {
      var item = document.createElement("li"), remove = document.createElement("button");
      item.textContent = "[" + r.map(round).join(", ") + "]";
      remove.type = "button"; remove.textContent = "Remove";
      remove.onclick = function () { mine.splice(i, 1); show(); };
      item.appendChild(remove); list.appendChild(item);
    });
    out.value = mine.length ? "regions:\\n" + mine.map(function (r) { return "- [" + r.map(round).join(", ") + "]"; }).join("\\n") : "";
  }
  var start = null;
  function at(event) {
    var box = sheet.getBoundingClientRect();
    return [Math.min(1, Math.max(0, (event.clientX - box.left) / box.width)),
            Math.min(1, Math.max(0, (event.clientY - box.top) / box.height))];
  }
  sheet.addEventListener("pointerdown", function (e) { start = at(e); sheet.setPointerCapture(e.pointerId); });
  sheet.addEventListener("pointerup", function (e) {
    if (!start) { return; }
    var end = at(e), r = [Math.min(start[0], end[0]), Math.min(start[1], end[1]),
                          Math.abs(end[0] - start[0]), Math.abs(end[1] - start[1])];
    start = null;
    if (r[2] > 0.005 && r[3] > 0.005) { regions[select.value].push(r); show(); }
  });
  select.onchange = show;
  document.getElementById("clear").onclick = function () { regions[select.value] = []; show(); };
  document.getElementById("copy").onclick = function () { out.select(); navigator.clipboard && navigator.clipboard.writeText(out.value); };
  show();
})();
</script>
</body>
</html>
"""


def tool_page(rest: str, files) -> bytes | None:
    """The tool's page when `rest` is `<page view>regions/` and that page view shows a page image."""
    if not rest.endswith(TOOL) or not rest.startswith("editions/"):
        return None
    view = files.get(rest[: -len(TOOL)] + "index.html")
    if view is None or b'class="page-scan"' not in view:
        return None
    return PAGE.encode("utf-8")
