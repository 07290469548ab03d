"""Build speed and memory on generated archives: pages per second and peak memory.

    python benchmarks/build_bench.py [--sizes 1000 5000] [--runs 3]

Each run is a fresh process (so peak RSS is that build's own), building a generated archive of N
Chinese articles (8 per page, 4 pages per daily edition) with the project's real templates.
Prints the median of the runs for each size.
"""
from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
WORDS = ("政协 协商 基层 提案 办理 委员 履职 创新 调研 民主 监督 凝聚 共识 乡村 振兴 发展 会议 工作 "
         "群众 服务 制度 建设 推动 助推 文旅 融合 医疗 帮扶 专家 培训").split()
NAMES = ["张潇予", "郎晶晶", "高月英", "郑涛", "杨瑛", "何建玮", "许廉明", "贝欧娜", "伏自文"]
SECTIONS = ["聚焦", "资讯", "图片新闻", "要闻"]


def sentence(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(WORDS) for _ in range(n)) + "。"


def generate(root: Path, count: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    shutil.copytree(REPO / "i18n", root / "i18n")  # the glossary; templates, strings and static: the theme's
    shutil.copy(REPO / "site.yaml", root / "site.yaml")
    day = date(2020, 1, 1)
    for i in range(count):
        edition, page, order = divmod(i, 32)[0], divmod(i % 32, 8)[0] + 1, i % 8 + 1
        when = day + timedelta(days=edition)
        folder = root / "content" / "ri-bao" / when.isoformat() / f"p{page:02d}"
        if order == 1:
            folder.mkdir(parents=True)
            (folder / "page.yaml").write_text(f'paper: 云南日报\ndate: "{when}"\npage: {page}\n', encoding="utf-8")
        body = "\n\n".join(sentence(rng, rng.randint(20, 60)) for _ in range(rng.randint(3, 8)))
        title = sentence(rng, rng.randint(4, 9))[:-1]
        (folder / f"{order:02d}-a{i}.md").write_text(
            f'---\ntitle: {title}\nslug: a-{i}\nsection: {rng.choice(SECTIONS)}\ndate: "{when}"\norder: {order}\n'
            f"bylines: [{{name: {rng.choice(NAMES)}, role: 记者}}]\ntags: [{rng.choice(WORDS)}, {rng.choice(WORDS)}]\n---\n{body}\n",
            encoding="utf-8")


def one_build(root: str, jobs: int) -> None:
    """Child process: build and print seconds, pages and peak RSS as JSON."""
    sys.path.insert(0, str(REPO / "src"))
    from zhengxie_site.build import build
    from zhengxie_site.config import load_config

    started = time.perf_counter()
    report = build(load_config(Path(root)).with_overrides(jobs=jobs))
    seconds = time.perf_counter() - started
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"seconds": seconds, "pages": report.pages, "files": report.files, "peak_mib": peak_kib / 1024,
                      "phases": report.phases}))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 5000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2], help="rendering processes to compare")
    parser.add_argument("--child")
    args = parser.parse_args()
    if args.child:
        return one_build(args.child, args.jobs[0])
    print(f"{'articles':>9} {'jobs':>4} {'pages':>7} {'median s':>9} {'pages/s':>9} {'peak MiB':>9}  "
          "median seconds per stage; all runs")
    for size in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            generate(Path(tmp), size)
            for jobs in args.jobs:
                results = []
                for _ in range(args.runs):
                    out = subprocess.run([sys.executable, __file__, "--child", tmp, "--jobs", str(jobs)],
                                         capture_output=True, text=True, check=True)
                    results.append(json.loads(out.stdout.strip().splitlines()[-1]))
                seconds = statistics.median(r["seconds"] for r in results)
                pages = results[0]["pages"]
                peak = statistics.median(r["peak_mib"] for r in results)  # the parent process only
                stages = " ".join(f"{name} {statistics.median(r['phases'][name] for r in results):.2f}"
                                  for name in results[0]["phases"])
                print(f"{size:>9} {jobs:>4} {pages:>7} {seconds:>9.2f} {pages / seconds:>9.0f} {peak:>9.0f}  {stages}; "
                      + ", ".join(f"{r['seconds']:.2f}s" for r in results), flush=True)


if __name__ == "__main__":
    main()
