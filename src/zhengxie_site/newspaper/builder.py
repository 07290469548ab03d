"""The page as it is being read: the article open now, the labels and boxes waiting for the next one,
and where every piece of the input went (the fidelity trace)."""
from __future__ import annotations

import re

from . import bylines as by
from .classify import split_headline
from .model import ParsedArticle, ParsedPage, Piece
from .segment import Block, is_fragment, join_fragments, list_item
from .structures import add_box, add_signoff, Box
from .vocabulary import Vocabulary

# 守护好一江清水（两会感悟）; not the other name of a place's unit (开进村（社区）, 各县（市、区）)
# (nor a part of the text, 节选, 部分, nor the other name of a unit: 智能工厂（车间）)
COLUMN_TAG = re.compile(r"(?<![村乡镇县市区道])[（(](?!外[一二三四五六七八九十]+[首章篇]|节选|组诗|续|"
                        r"(?:部分|摘选|摘要|局部|试行|车间|社区|街道|园区|基地|站点)[）)])(?P<tag>[\u4e00-\u9fff]{2,6})[）)]$")
# 【光明论坛】让非遗在当代生活中“活”起来, 提案观察丨“面商”不能止于“见面”
COLUMN_PREFIX = re.compile(r"^(?:【(?P<tag>[\u4e00-\u9fff]{2,8})】|(?P<bar>[\u4e00-\u9fff]{2,8})\s*[丨｜|]\s*)(?=\S)")


# 其二，…, 第二，…, （二）…: the next of points in a row, where list_item knows no item
_COUNTED_ON = re.compile(r"^(?:[其第][一二三四五六七八九十]+|[（(][一二三四五六七八九十]+[）)]|\d+[）)])")


class Builder:
    """The page being read: the article open now, labels and boxes waiting for their article, the trace."""

    def __init__(self, page: ParsedPage, words: Vocabulary):
        self.page = page
        self.words = words
        self.cur: ParsedArticle | None = None
        self.labels: dict[int, str] = {}
        self.pending_label: str | None = None
        self.marked: set[int] = set()  # articles signed with □ (commentary)
        self.last_para_fragment: bool | None = False  # None: a semicolon ended it, the next block tells
        self.pending_list_title: str | None = None
        self.signed = False  # the last paragraph ended with a signature such as （记者 张潇予）
        self.column_tags: set[int] = set()  # articles whose label is the column tag after their headline
        self.pending_boxes: list[tuple[Box, Block | None]] = []  # an editor's note above the headline it introduces
        self.tagged: set[int] = set()  # headlines printed with a column's tag: opinion columns

    def put(self, block: int, text: str, where: str = "out") -> None:
        art = self.cur.order if self.cur and where != "page" else None
        self.page.pieces.append(Piece(block, text, "out" if where == "page" else where, art))

    @property
    def photo_section(self) -> bool:
        """The article being read stands under a photo label (图片新闻, 镜头 …)."""
        label = self.labels.get(self.cur.order) if self.cur is not None else None
        return label is not None and self.words.is_photo_column(label)

    def new_article(self, heads: list[Block]) -> ParsedArticle:
        a = ParsedArticle(order=len(self.page.articles) + 1)
        self.page.articles.append(a)
        self.cur = a
        kicker, title, subtitle, notes = split_headline([h.text for h in heads], [h.size for h in heads])
        a.kicker, a.title, a.subtitle = kicker, title, subtitle
        a.notes += notes
        fields = [f for f in (kicker, title, subtitle) if f]
        if len(heads) == 1:
            for f in fields:  # one block split at spaces
                self.put(heads[0].index, f)
        else:  # one block per field; a 4+ line run joins the rest into the subheadline
            for n, h in enumerate(heads):
                self.put(h.index, fields[min(n, len(fields) - 1)] if n < 2 else h.text)
        if a.title and (tag := COLUMN_TAG.search(a.title) or COLUMN_PREFIX.match(a.title)) \
                and len(a.title) > tag.end() - tag.start() + 2:
            self._column_tag(a, tag, labelled=self.pending_label is not None)
        if self.pending_label:
            self.labels[a.order] = self.pending_label
            self.pending_label = None
        self.last_para_fragment = False
        for box, signature in self.pending_boxes:
            add_box(self, box)
            if signature:
                add_signoff(self, a, signature)
        self.pending_boxes = []
        return a

    def _column_tag(self, a: ParsedArticle, tag: re.Match, labelled: bool) -> None:
        """`守护好一江清水（两会感悟）` or `【光明论坛】让非遗…`: the headline, under the column named in the
        brackets (its section, unless a label printed above it gives one)."""
        printed = a.title
        assert printed is not None  # only a headline carries a column tag
        group = "bar" if tag.groupdict().get("bar") else "tag"
        name = tag[group]
        a.title = (printed[:tag.start()] if tag.start() else printed[tag.end():]).strip()
        if not labelled:
            self.labels[a.order] = name
            self.column_tags.add(a.order)
        at = max(i for i, piece in enumerate(self.page.pieces) if piece.text == printed)
        block = self.page.pieces[at].block
        self.page.pieces[at:at + 1] = [Piece(block, a.title, "out", a.order), Piece(block, name, "out", a.order),
                                       Piece(block, printed[tag.start():tag.start(group)], "report", a.order),
                                       Piece(block, printed[tag.end(group):tag.end()], "report", a.order)]
        a.notes.append(f"column tag with the headline read as its section: {name}")
        self.tagged.add(a.order)

    def ensure(self) -> ParsedArticle:
        if self.cur is not None:
            return self.cur
        a = self.new_article([])
        a.notes.append("no headline found before this text")
        return a

    def add_byline(self, b: by.Byline, block: int) -> None:
        a = self.ensure()
        add_people(a, b.people)
        for t in b.out:
            self.put(block, t)
        for t in b.dropped:
            self.put(block, t, "report")

    def paragraph(self, text: str, block: int, fragment: bool | None = None) -> None:
        a = self.ensure()
        self.put(block, text)
        prev = str(a.body[-1][1]) if a.body and a.body[-1][0] == "p" else ""
        # …还想再来； / 另一方面，…: a sentence's clauses cut after a semicolon (not the next of items in a row:
        # 一是…； / 二是…；); “…关键看什么？ / 看草料…。”: a quotation cut after a question, closed in the next block
        if prev and (self.last_para_fragment or (self.last_para_fragment is None and (
                (prev.endswith("；") and not (list_item(text) or _COUNTED_ON.match(text)))
                or (_quotation_open(prev) and _closes_quotation(text))
                or (_SAYS.search(prev) and text.startswith("“"))))):
            joined = join_fragments(prev, text)
            a.body[-1] = ("p", joined)
            a.paragraphs[-1] = joined
            a.column_breaks.append(f"…{prev[-8:]} | {text[:8]}…")
            self.page.column_breaks += 1
        else:
            a.body.append(("p", text))
            a.paragraphs.append(text)
        self.last_para_fragment = is_fragment(text) if fragment is None else fragment
        if fragment is None and not self.last_para_fragment and (
                text.endswith("；") or _quotation_open(text) or _SAYS.search(text)):
            self.last_para_fragment = None  # perhaps: the next block tells


_SAYS = re.compile(r"(?:说|道|讲|问|表示|介绍|感慨|坦言|笑言|回忆)：$")  # 他常对徒弟们说： / “泥要揉透，…”


def _quotation_open(text: str) -> bool:
    return text.count("“") > text.count("”")


def _closes_quotation(text: str) -> bool:
    """The block closes a quotation before it opens one: the rest of a quotation a column break cut (a quotation
    running over paragraphs opens each of them again)."""
    close, open_ = text.find("”"), text.find("“")
    return close >= 0 and (open_ < 0 or close < open_)


def add_people(a: ParsedArticle, people: list[dict]) -> None:
    """Bylines, but not a person already listed in the same role: a byline line, the lead, a closing
    note or a signature often name the same reporter."""
    named = {(p["name"], p.get("role"), by.took_picture(p)) for p in a.bylines}
    # the same reporter credited for a photo too (本报记者 赵一鸣 / 本报记者 赵一鸣 摄) is listed for both
    a.bylines += [p for p in people if (p["name"], p.get("role"), by.took_picture(p)) not in named]
