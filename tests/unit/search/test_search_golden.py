"""The index files of a generated corpus must not change by a single byte:
``static/search.js`` reads them.  The digests below were recorded from the
first implementation; a change of the format has to change them on purpose
(and search.js with it)."""

from __future__ import annotations

import hashlib
import random

import pytest

from zhengxie_site.search import SearchDoc, build_search_index

HAN = ("政协委员提案协商民主监督乡村振兴高质量发展云南昆明大理红河基层履职创新年度工作会议"
       "人民群众团结进步生态文明建设营商环境教育医疗卫生文化旅游科技人才法治的了在是和有")
RARE = "龘靐齉𠀋𠀍𡈽ㄅ가나다カタカナひらがな"
LATIN = ["Committee", "consultation", "CPPCC", "Yunnan", "proposal", "2021", "3", "COVID-19",
         "ＡＢＣ", "２０２２", "Über", "naïve", "x", "supercalifragilistic", "e-paper"]
PUNCT = "，。；：、！？（）《》“” ,.;:-\n\t"


def _sentence(rng: random.Random) -> str:
    parts = []
    for _ in range(rng.randint(1, 8)):
        roll = rng.random()
        if roll < 0.7:
            parts.append("".join(rng.choices(HAN, k=rng.randint(1, 12))))
        elif roll < 0.8:
            parts.append("".join(rng.choices(RARE, k=rng.randint(1, 4))))
        else:
            parts.append(rng.choice(LATIN))
        parts.append(rng.choice(PUNCT) if rng.random() < 0.6 else "")
    return "".join(parts)


def _date(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.1:
        return ""
    if roll < 0.2:
        return str(rng.randint(2000, 2024))
    if roll < 0.5:
        return f"{rng.randint(2000, 2024)}-{rng.randint(1, 12):02d}"
    return f"{rng.randint(2000, 2024)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"


def generated_corpus(n: int, seed: int) -> list[SearchDoc]:
    """Random Chinese text with Latin words, numbers, rare and astral
    characters, partial and missing dates, and repeated urls with other titles."""
    rng = random.Random(seed)
    docs = []
    for i in range(n):
        date = _date(rng)
        url = f"articles/{rng.randint(0, n // 2):05d}/"  # some urls repeat
        text = "".join(_sentence(rng) for _ in range(rng.randint(0, 40)))
        docs.append(SearchDoc(url=url, title=_sentence(rng)[:30], text=text, date=date,
                              date_label=date.replace("-", "/"), section=rng.choice("要闻基层文史"),
                              lang="zh"))
    return docs


def index_digest(files: dict[str, bytes]) -> str:
    h = hashlib.sha256()
    for path, data in files.items():
        h.update(path.encode() + b"\0" + hashlib.sha256(data).digest())
    return h.hexdigest()


GOLDEN = {
    # (docs, seed, target shard bytes): digest over every (path, sha256 of bytes)
    # format 2: traditional characters folded to simplified (the rare 靐/豈… of the corpus), fold/<n>.txt
    (300, 1, 32_000): "3ccd523586e24d1acd81e7782864c1553ffe721be307a0862704099d923dd0d6",
    (300, 2, 2_000): "7ec350449789d2fe83f4a960a543242fe0825b2a03570432df96c196280a0d68",
    (40, 3, 500): "cd093c371e761ba774b01bdfb183932935da35e1bff037f8962d47461aebb173",
}


@pytest.mark.parametrize("n, seed, shard_bytes", sorted(GOLDEN))
def test_index_bytes_unchanged(n, seed, shard_bytes):
    docs = generated_corpus(n, seed)
    files = build_search_index(docs, "zh", target_shard_bytes=shard_bytes)
    assert index_digest(files) == GOLDEN[n, seed, shard_bytes]
