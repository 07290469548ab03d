"""Benchmark of the static search index (and, with --pagefind, Pagefind).

    PYTHONPATH=src python benchmarks/search_bench.py            # 10k and 100k
    PYTHONPATH=src python benchmarks/search_bench.py --sizes 10000 --browser
    PYTHONPATH=src python benchmarks/search_bench.py --sizes 10000 --pagefind .pagefind   # pip install --target .pagefind 'pagefind[extended]'
    PYTHONPATH=src python benchmarks/search_bench.py --timing --sizes 1000,10000 --runs 5

Synthetic archives of realistic Chinese news text (phrases from political
news, bylines, dates, numbers; planted query phrases and decoys that make
bigram false positives) are indexed with ``build_search_index``.  For each
query the fetch plan of ``static/search.js`` is replayed by
``zhengxie_site.search.run_query`` (same files, same order), counting the
bytes of every file fetched; ``--browser`` also times the real script in
headless Chromium; ``--pagefind DIR`` indexes the same pages with Pagefind
(``pip install --target DIR 'pagefind[extended]'``) and measures it in the
browser.

``--timing`` only times building the index: the package as it was at
``--baseline`` (loaded from git into a temporary package) against the
current one, in paired runs (old, new, new with precomputed terms, then again),
with the median wall and CPU times and the ratio old/new.
"""

from __future__ import annotations

import argparse
import gc
import importlib
import gzip
import html
import json
import os
import platform
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import resource
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from zhengxie_site.search import (
    SearchDoc,
    build_search_index,
    doc_terms,
    run_query,
    write_search_index,
)

ROOT = Path(__file__).resolve().parents[1]

PHRASES = """人民政协 政协委员 全国政协 省政协 州市政协 县级政协 政协常委会 政协主席会议 专门协商机构
协商民主 民主监督 参政议政 政治协商 凝聚共识 建言资政 双向发力 团结民主 大团结大联合 统一战线
高质量发展 乡村振兴 生态文明建设 营商环境 民生改善 共同富裕 产业转型 数字经济 绿色能源 对外开放
边境贸易 民族团结进步 示范区建设 铸牢中华民族共同体意识 基层治理 社会治理 公共服务 教育事业
医疗卫生 文化旅游 交通基础设施 水利工程 生物多样性 高原特色农业 科技创新 人才队伍 法治建设
委员履职 调研视察 专题议政 提案办理 反映社情民意 界别活动 委员工作室 联系群众 服务群众 实地调研
座谈会 常委会议 全体会议 专题协商会 对口协商 界别协商 民主评议 监督性调研 督办 工作报告
习近平新时代中国特色社会主义思想 党的二十大精神 中国式现代化 全过程人民民主 新发展理念
云南 昆明 大理 红河 曲靖 玉溪 普洱 西双版纳 德宏 怒江 迪庆 丽江 保山 临沧 文山 楚雄 昭通
州委 市委 省委 党组 机关 部门 单位 企业 学校 医院 社区 村民 群众 干部 专家 学者 代表
认真 扎实 积极 深入 全面 切实 持续 着力 聚焦 围绕 推动 推进 加强 完善 落实 提升 促进 发挥
开展 组织 召开 举行 听取 审议 通过 研究 部署 强调 指出 表示 要求 希望 认为 建议 提出
工作 作用 优势 成效 经验 问题 困难 措施 机制 制度 体系 能力 水平 质量 效率 成果 任务 目标
今年以来 近年来 下一步 同时 此外 其中 据了解 会上 会议强调 会议指出 与会人员 一致认为""".split()

SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
GIVEN = "潇予明华伟芳娜敏静丽强磊军洋勇艳杰娟涛超秀霞平刚桂英玉兰志红建国海燕晓东云波"
SECTIONS = ["要闻", "聚焦", "委员风采", "协商议政", "文史", "基层", "理论", "图片"]
EN_WORDS = """committee consultation proposal members conference political advisory provincial
democratic supervision development rural revitalization ecological cooperation report
meeting delegates research survey grassroots governance economy province border trade culture
education health innovation quality reform opening unity ethnic progress yunnan kunming""".split()

PLANTED = [  # (phrase, probability per article)
    ("协商在基层", 0.02),
    ("履职创新", 0.01),
    ("2021年度", 0.03),
    ("提案", 0.2),
]
DECOY = "招商在即，各方协商推进，工作重心放在基层。"  # bigrams of 协商在基层 but not the phrase

QUERIES_ZH = ["政协", "协商在基层", "协商在基", "提案", "履职创新", "张潇予", "2021年度",
              "高质量发展", "民主监督", "乡村振兴"]
QUERIES_EN = ["committee", "consultation"]


def zipf_weights(n: int) -> list[float]:
    return [1.0 / (i + 1) ** 0.9 for i in range(n)]


def make_corpus(n: int, seed: int = 7) -> list[SearchDoc]:
    rng = random.Random(seed)
    words = PHRASES[:]
    rng.shuffle(words)
    weights = zipf_weights(len(words))
    docs = []
    for i in range(n):
        year = 2015 + (i * 9) // n
        month = 1 + rng.randrange(12)
        sentences = []
        for _ in range(rng.randint(18, 55)):
            k = rng.randint(4, 9)
            sentences.append("".join(rng.choices(words, weights, k=k)) + rng.choice("，。。；"))
        for phrase, p in PLANTED:
            if rng.random() < p:
                pos = rng.randrange(len(sentences))
                sentences[pos] = f"{phrase}{sentences[pos]}"
        if rng.random() < 0.03:
            sentences.insert(rng.randrange(len(sentences)), DECOY)
        if rng.random() < 0.005:
            reporter = "张潇予"
        else:
            reporter = rng.choice(SURNAMES) + "".join(rng.choices(GIVEN, k=rng.randint(1, 2)))
        body = "".join(sentences) + f"（记者 {reporter}）"
        title = "".join(rng.choices(words, weights, k=rng.randint(2, 4)))
        docs.append(SearchDoc(
            url=f"articles/{year}/{i:06d}/", title=title, text=body,
            date=f"{year}-{month:02d}", date_label=f"{year}年{month}月",
            section=rng.choice(SECTIONS), lang="zh"))
    return docs


def make_en_corpus(n: int, seed: int = 11) -> list[SearchDoc]:
    rng = random.Random(seed)
    docs = []
    for i in range(n):
        words = rng.choices(EN_WORDS, zipf_weights(len(EN_WORDS)), k=rng.randint(150, 400))
        text = " ".join(words).capitalize() + "."
        docs.append(SearchDoc(url=f"en/articles/{i:05d}/", title=" ".join(words[:6]).title(),
                              text=text, date=f"{2016 + i % 8}-{1 + i % 12:02d}",
                              date_label=f"{2016 + i % 8}-{1 + i % 12:02d}", section="News",
                              lang="en"))
    return docs


def truth(docs: list[SearchDoc], q: str) -> set[str]:
    from zhengxie_site.search import normalize
    ql = normalize(q)
    return {d.url for d in docs if ql in normalize(d.title) + "\n" + normalize(d.text)}


def build_measured(docs: list[SearchDoc], lang: str):
    rss0 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    t0 = time.perf_counter()
    files = build_search_index(docs, lang)
    secs = time.perf_counter() - t0
    rss1 = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
    return files, secs, rss1  # peak RSS of the process (corpus included)


def index_stats(files: dict[str, bytes]) -> dict:
    shards = {k: len(v) for k, v in files.items() if k.startswith("t/")}
    frags = [len(v) for k, v in files.items() if k.startswith("f/")]
    return {
        "total_bytes": sum(len(v) for v in files.values()),
        "token_bytes": sum(shards.values()),
        "fragment_bytes": sum(frags),
        "files": len(files),
        "shards": len(shards),
        "largest_shard": max(shards.values()),
        "median_shard": int(statistics.median(shards.values())),
    }


def gz(b: bytes) -> int:
    return len(gzip.compress(b, 6, mtime=0))


def simulate(files: dict[str, bytes], docs: list[SearchDoc], queries: list[str]) -> list[dict]:
    rows = []
    for q in queries:
        t0 = time.perf_counter()
        res = run_query(files.__getitem__, q)
        ms = (time.perf_counter() - t0) * 1000
        exp = truth(docs, q)
        # recall: every true doc must be a candidate and survive verification
        rows.append({
            "query": q, "truth": len(exp), "total": res.total, "exact": res.total_exact,
            "candidates": res.candidates, "files": len(res.fetched),
            "bytes": res.bytes_fetched,
            "gzip_bytes": sum(gz(files[p]) for p, _ in res.fetched),
            "ms_python": round(ms, 1),
            "hits_ok": all(h.url in exp for h in res.hits),
        })
    return rows


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *a):  # noqa: D401
        pass


def serve(directory: Path):
    srv = ThreadingHTTPServer(("127.0.0.1", 0), partial(_Quiet, directory=str(directory)))
    threading.Thread(target=srv.serve_forever, daemon=True).start()
    return srv


BROWSER_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run"]


def _body_len(r) -> int:
    try:
        return len(r.body())
    except Exception:  # response of a request cancelled / page closed
        return 0


def browser_own(site: Path, queries: list[str]) -> list[dict]:
    from playwright.sync_api import sync_playwright
    (site / "static").mkdir(parents=True, exist_ok=True)
    (site / "static" / "search.js").write_bytes((ROOT / "src" / "zhengxie_site" / "theme" / "static" / "search.js").read_bytes())
    page_html = ('<!doctype html><meta charset="utf-8"><form role="search" class="search-form">'
                 '<input id="q" name="q" type="search"><button>s</button></form>'
                 '<div id="search-results" data-index="index/" data-site-root="../" '
                 'data-msg-none="没有找到" data-msg-count="找到 {n} 篇" data-msg-loading="搜索中…" '
                 'aria-live="polite"></div><script src="../static/search.js" defer></script>')
    (site / "search" / "index.html").write_text(page_html, encoding="utf-8")
    srv = serve(site)
    rows = []
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path="/usr/bin/chromium", args=BROWSER_ARGS)
        page = b.new_page()
        base = f"http://127.0.0.1:{srv.server_address[1]}/search/"
        page.goto(base)
        for q in queries:
            got: list[int] = []
            handler = lambda r: got.append(_body_len(r)) if "/index/" in r.url else None  # noqa
            page.on("response", handler)
            t0 = time.perf_counter()
            page.evaluate("q => { document.getElementById('q').value = q; "
                          "document.querySelector('form').requestSubmit(); }", q)
            page.wait_for_function("() => { const b = document.getElementById('search-results'); "
                                   "return b.textContent && !b.hasAttribute('aria-busy'); }")
            ms = (time.perf_counter() - t0) * 1000
            page.remove_listener("response", handler)
            rows.append({"query": q, "ms_browser": round(ms, 1), "bytes_browser": sum(got),
                         "status": page.inner_text("#search-results")})
        b.close()
    srv.shutdown()
    return rows


def html_pages(docs: list[SearchDoc], out: Path) -> None:
    for d in docs:
        p = out / d.url / "index.html"
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(f'<!doctype html><html lang="{d.lang}"><meta charset="utf-8"><title>'
                     f'{html.escape(d.title)}</title><body><main data-pagefind-body><h1>'
                     f'{html.escape(d.title)}</h1><p>{html.escape(d.text)}</p></main></body></html>',
                     encoding="utf-8")


def pagefind_bench(docs: list[SearchDoc], queries: list[str], pfdir: str, work: Path,
                   full_check: int = 20000) -> dict:
    from playwright.sync_api import sync_playwright
    site = work / "pf"
    html_pages(docs, site)
    (site / "pf.html").write_text('<!doctype html><meta charset="utf-8"><p>pf</p>', encoding="utf-8")
    t0 = time.perf_counter()
    env = {"PYTHONPATH": pfdir, "PATH": "/usr/bin:/bin"}
    subprocess.run([sys.executable, "-m", "pagefind", "--site", str(site)], env=env, check=True,
                   capture_output=True)
    build_s = time.perf_counter() - t0
    pf = site / "pagefind"
    size = sum(f.stat().st_size for f in pf.rglob("*") if f.is_file())
    nfiles = sum(1 for f in pf.rglob("*") if f.is_file())
    srv = serve(site)
    rows = []
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path="/usr/bin/chromium", args=BROWSER_ARGS)
        page = b.new_page()
        page.goto(f"http://127.0.0.1:{srv.server_address[1]}/pf.html")
        init: list[int] = []
        init_handler = lambda r: init.append(_body_len(r)) if "pagefind" in r.url else None  # noqa
        page.on("response", init_handler)
        page.evaluate("async () => { window.pf = await import('/pagefind/pagefind.js'); "
                      "await window.pf.init(); await window.pf.search('初始化'); }")
        page.remove_listener("response", init_handler)
        init_bytes = sum(init)
        init.clear()
        for q in queries:
            got: list[int] = []
            handler = lambda r: got.append(_body_len(r))  # noqa: E731
            page.on("response", handler)
            t0 = time.perf_counter()
            n = page.evaluate("async q => { const s = await window.pf.search(q); "
                              "await Promise.all(s.results.slice(0, 10).map(r => r.data())); "
                              "return s.results.length; }", q)
            ms = (time.perf_counter() - t0) * 1000
            page.remove_listener("response", handler)
            exp = truth(docs, q)
            urls = None
            if n <= full_check:  # full recall check: load every result's URL
                urls = page.evaluate("async q => { const s = await window.pf.search(q); "
                                     "const d = await Promise.all(s.results.map(r => r.data())); "
                                     "return d.map(x => x.url); }", q)
                found = {u.strip("/") + "/" for u in urls}
                recall = len(found & exp) / len(exp) if exp else 1.0
                extra = len(found - exp)
            else:  # count only: recall is not checked (reported as None)
                recall, extra = None, None
            rows.append({"query": q, "truth": len(exp), "results": n, "recall": None if recall is None else round(recall, 3),
                         "false_pos": extra, "bytes": sum(got), "ms": round(ms, 1)})
        b.close()
    srv.shutdown()
    return {"build_s": round(build_s, 1), "size": size, "files": nfiles, "rows": rows,
            "init_bytes": init_bytes}


def table(rows: list[dict]) -> str:
    keys = list(rows[0])
    out = ["| " + " | ".join(keys) + " |", "|" + "---|" * len(keys)]
    out += ["| " + " | ".join(str(r[k]) for k in keys) + " |" for r in rows]
    return "\n".join(out)


# --- build timing: baseline from git against the current package -----------

BASELINE_REV = "c9907da"  # the first implementation: per-posting encoder, one-step build
PACKAGE_DIR = "src/zhengxie_site/search"


def load_baseline(rev: str, into: Path):
    """Import the search package as it was at ``rev`` under another name.
    Its imports are relative, so it runs beside the current one."""
    names = subprocess.run(["git", "ls-tree", "--name-only", f"{rev}:{PACKAGE_DIR}"], cwd=ROOT,
                           check=True, capture_output=True, text=True).stdout.split()
    pkg = into / f"search_{rev}"
    pkg.mkdir()
    for name in names:
        source = subprocess.run(["git", "show", f"{rev}:{PACKAGE_DIR}/{name}"], cwd=ROOT,
                                check=True, capture_output=True).stdout
        (pkg / name).write_bytes(source)
    sys.path.insert(0, str(into))
    return importlib.import_module(pkg.name)


def timed(work):
    """(wall seconds, CPU seconds, result) of ``work()``."""
    gc.collect()
    wall, cpu = time.perf_counter(), time.process_time()
    result = work()
    return time.perf_counter() - wall, time.process_time() - cpu, result


def paired_timing(docs: list[SearchDoc], old, runs: int) -> dict:
    """Runs old, new, new with terms given, old, new, ... and their medians."""
    secs, cpu_s, terms = timed(lambda: [doc_terms(d) for d in docs])
    variants = {"old": lambda: old.build_search_index(docs, "zh"),
                "new": lambda: build_search_index(docs, "zh"),
                "new, terms given": lambda: build_search_index(docs, "zh", terms)}
    times: dict[str, list[tuple[float, float]]] = {name: [] for name in variants}
    identical = True
    for _ in range(runs):
        outputs = []
        for name, build in variants.items():
            wall, cpu, files = timed(build)
            times[name].append((wall, cpu))
            outputs.append(files)
        identical &= outputs[0] == outputs[1] == outputs[2]
        del outputs
    med = {name: (statistics.median(w for w, _ in t), statistics.median(c for _, c in t))
           for name, t in times.items()}
    return {"runs": times, "median": med, "identical": identical,
            "doc_terms": (round(secs, 2), round(cpu_s, 2))}


def timing_report(n: int, result: dict) -> str:
    med, (old_wall, old_cpu) = result["median"], result["median"]["old"]
    rows = [{"docs": n, "build": name, "median wall s": f"{w:.2f}", "median CPU s": f"{c:.2f}",
             "old/this wall": f"{old_wall / w:.2f}", "old/this CPU": f"{old_cpu / c:.2f}",
             "runs (wall)": " ".join(f"{x:.2f}" for x, _ in result["runs"][name])}
            for name, (w, c) in med.items()]
    wall, cpu = result["doc_terms"]
    return (table(rows) + f"\ndoc_terms for all {n} docs alone: {wall} s wall, {cpu} s CPU; "
            f"same files from all three: {result['identical']}")


def machine() -> str:
    cpu = "unknown CPU"
    if Path("/proc/cpuinfo").exists():
        names = [line.split(":", 1)[1].strip() for line in
                 Path("/proc/cpuinfo").read_text().splitlines() if line.startswith("model name")]
        cpu = names[0] if names else cpu
    return f"{cpu}, {os.cpu_count()} CPUs, Python {platform.python_version()}"


def timing_main(sizes: list[int], runs: int, rev: str) -> dict:
    report = {}
    print(f"machine: {machine()}")
    with tempfile.TemporaryDirectory() as tmp:
        old = load_baseline(rev, Path(tmp))
        for n in sizes:
            result = paired_timing(make_corpus(n), old, runs)
            print(f"\n## index build, {n} articles, baseline {rev}, {runs} paired runs")
            print(timing_report(n, result))
            report[n] = result
    return report


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="10000,100000")
    ap.add_argument("--browser", action="store_true", help="also time search.js in Chromium")
    ap.add_argument("--pagefind", metavar="DIR", help="dir with the pagefind package installed")
    ap.add_argument("--json", metavar="FILE", help="write all figures as JSON")
    ap.add_argument("--timing", action="store_true",
                    help="only time index building: --baseline against the current package")
    ap.add_argument("--baseline", default=BASELINE_REV, help="git revision for --timing")
    ap.add_argument("--runs", type=int, default=3, help="paired runs for --timing")
    args = ap.parse_args()
    if args.timing:
        report = timing_main([int(s) for s in args.sizes.split(",")], args.runs, args.baseline)
        if args.json:
            Path(args.json).write_text(json.dumps(report, indent=1), encoding="utf-8")
        return
    report = {}
    for n in [int(s) for s in args.sizes.split(",")]:
        t0 = time.perf_counter()
        docs = make_corpus(n)
        en_docs = make_en_corpus(max(200, n // 10))
        gen_s = time.perf_counter() - t0
        rss_corpus = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
        files, build_s, peak = build_measured(docs, "zh")
        en_files, _, _ = build_measured(en_docs, "en")
        st = index_stats(files)
        text_chars = sum(len(d.text) for d in docs)
        print(f"\n## {n} articles (zh), {text_chars / n:.0f} chars/article avg; "
              f"+ {len(en_docs)} en articles; corpus generated in {gen_s:.1f}s")
        print(f"build: {build_s:.1f}s, process peak RSS after build {peak / 2**20:.0f} MiB "
              f"(corpus {rss_corpus / 2**20:.0f} MiB before)")
        print("index: " + ", ".join(f"{k}={v}" for k, v in st.items()))
        rows = simulate(files, docs, QUERIES_ZH) + simulate(en_files, en_docs, QUERIES_EN)
        print(table(rows))
        med = {k: statistics.median(r[k] for r in rows) for k in ("bytes", "gzip_bytes", "ms_python")}
        print(f"medians: bytes={med['bytes']:.0f} gzip_bytes={med['gzip_bytes']:.0f} "
              f"ms_python={med['ms_python']}")
        entry = {"stats": st, "build_s": round(build_s, 1), "peak_mib": round(peak / 2**20),
                 "rows": rows, "medians": med}
        if args.browser or args.pagefind:
            with tempfile.TemporaryDirectory() as tmp:
                work = Path(tmp)
                if args.browser:
                    write_search_index(files, work / "own" / "search" / "index")
                    brows = browser_own(work / "own", QUERIES_ZH)
                    print(table(brows))
                    print("median browser ms:", statistics.median(r["ms_browser"] for r in brows))
                    entry["browser"] = brows
                if args.pagefind:
                    pfr = pagefind_bench(docs, QUERIES_ZH, args.pagefind, work,
                                         full_check=20000 if n <= 10000 else 0)
                    print(f"pagefind: build {pfr['build_s']}s, size {pfr['size']} bytes, "
                          f"{pfr['files']} files, init (js+wasm+entry+meta) {pfr['init_bytes']} bytes")
                    print(table(pfr["rows"]))
                    entry["pagefind"] = pfr
        report[n] = entry
        del files, docs
    if args.json:
        Path(args.json).write_text(json.dumps(report, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
