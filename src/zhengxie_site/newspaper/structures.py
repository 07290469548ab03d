"""Structures inside an article: boxes, lists (plain and described), photo captions, numbered headings."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, cast

from . import bylines as by
from .bylineforms import parse_byline_line
from .model import ParsedArticle
from .segment import BULLETS, ORDINALS, Block, is_list_block, is_short, item_number, list_item

if TYPE_CHECKING:
    from .builder import Builder


BOX_LABELS = ("核心阅读", "阅读提示", "核心提示", "内容提要", "编者按", "编者的话", "背景链接", "相关链接", "延伸阅读",
              "链接", "记者手记", "编后", "编后语", "数据", "名词解释")  # a label over a boxed text
# A sidebar set inside an article: it runs to the next heading (编者按 and 核心阅读 stop at the text)
SIDEBAR_LABELS = ("记者手记", "编后", "编后语", "链接", "相关链接", "背景链接", "延伸阅读")
# …摘要, …背景, …名片: a label over a boxed text too (提案摘要, 委员名片)
# (律师点评, 法官说法, 仲裁员说法: a professional's word on the case above it, boxed; 以案说法 over a case is a section label)
_BOX_LABEL_END = re.compile(r"^(?:[\u4e00-\u9fff]{0,4}(?:摘要|背景|链接|提要|提示|提醒|名片|档案|简介|贴士|点评)|"
                            r"(?:律师|法官|检察官|仲裁员|调解员|专家|医生|民警|交警|消防员)(?:说法|解读|提醒|建议)|"
                            r"(?:提案人|委员)(?:说|感言))$")  # (提案人说, 委员感言: the member's word on it)
_BRACKETED_LABEL = re.compile(r"[\u4e00-\u9fff]{2,6}")  # (over a paragraph; over a headline it is a column's tag)
_MARKED = re.compile(r"^[■□◆◇●○◎▲△★☆]\s*")  # ■ 链接: a mark before a box's label


def box_label(text: str) -> tuple[str, str] | None:
    """(the label, the mark printed before it) when `text` is a box label, else None."""
    if text.startswith("【") and text.endswith("】"):  # 【编者按】, 【提案人说】: a label in lenticular brackets
        label = text[1:-1]
        boxed = label in BOX_LABELS or bool(_BOX_LABEL_END.match(label) or _BRACKETED_LABEL.fullmatch(label))
        return (label, "【】") if boxed else None
    mark = _MARKED.match(text)
    label = text[mark.end():] if mark else text
    boxed = label in BOX_LABELS or bool(_BOX_LABEL_END.match(label))
    return (label, mark.group() if mark else "") if boxed else None


EDITORS_SIGNATURE = re.compile(r"^[—-]{1,2}\s*(?:编\s*者|本报编辑部|编辑部)$")  # ——编  者 under an editor's note


def split_heads(b: Block) -> list[Block]:
    """`会议确定的重点工作：` over `1.…` `2.…` on single newlines: the list's title, then the list; a part's
    title over its speaker (延链补链做大落地加工 / 市政协委员、…负责人 黄海峰): the title, then the speaker; a
    box run into the end of a paragraph (…开班。【温馨提示】各托管点名额有限…): the paragraph, then the box."""
    if (run_in := _RUN_IN_BOX.search(b.lines[-1])) and box_label(run_in["label"]) and run_in.end() < len(b.lines[-1]):
        cut = run_in.start("label")
        return [Block(b.index, b.lines[:-1] + [b.lines[-1][:cut]], b.blank_before),
                Block(b.index, [b.lines[-1][cut:]], 0)]
    title, rest = b.lines[0], Block(b.index, b.lines[1:], 0)
    if len(b.lines) >= 3 and is_short(title) and not list_item(title) and is_list_block(rest):
        return [Block(b.index, [title], b.blank_before), rest]
    speaker = parse_byline_line(b.lines[-1], titled=True) if len(b.lines) == 2 and is_short(title) else None
    if speaker is not None and speaker.titled and not title.endswith(("。", "：")) and not list_item(title) \
            and "：" not in b.lines[-1]:  # (◎关于…的提案 / 提案人：…: an item and its proposer)
        return [Block(b.index, [title], b.blank_before), rest]
    return [b]


_RUN_IN_BOX = re.compile(r"(?<=[。！？”])(?P<label>【[^【】]{2,8}】)")  # a box's label after a sentence's end


_FIRST_LEVEL = re.compile(r"^[一二三四五六七八九十]+、")
_SECOND_LEVEL = re.compile(r"^[（(][一二三四五六七八九十]+[）)]")
NUMBERED_HEADING = re.compile(f"{_FIRST_LEVEL.pattern}|{_SECOND_LEVEL.pattern}")


# A mark set before a heading as an ornament (■ 从堆物场到篮球场): not part of the heading
HEADING_MARK = re.compile(r"^[■□◆◇●▲]\s*(?=\S)")


def second_level(a: ParsedArticle, heading: str, marked: bool = False) -> bool:
    """（一） under 一、, or a heading set with a mark (■ …) under 一、: a subheading of the level below, as
    Chinese documents number them."""
    return (bool(_SECOND_LEVEL.match(heading)) or marked) and any(_FIRST_LEVEL.match(h) for h in a.subheadings[:-1])


# `…分餐。 本报记者 李浩 摄`, or the credit in brackets: `…毕业照。（通讯员 许婉婷 摄）`
# (an agency's or a picture brand's name after a slash: 记者 郑  杰 摄/视觉重庆)
_SHOT_BY = r"[^。！？（）()]{2,30}?摄(?:影)?(?:/[^。！？（）()/]{2,10})?"
# (a caption may end with no stop where a full-width space sets the credit apart: …下楼　本报记者 王子恒 摄)
_CAPTION_CREDIT = re.compile(rf"^(?P<caption>.+?[。！？”）)]|.+?(?=\u3000))\s*(?:(?P<credit>{_SHOT_BY})|"
                             rf"(?P<open>[（(])(?P<bracketed>{_SHOT_BY}|图片由[^。！？（）()]{{2,12}}"
                             r"提供|[^。！？（）()]{2,12}供图)(?P<close>[）)]))$")  # …手机。（图片由受访者提供）


_SUPPLIED_PHOTO = re.compile(r"^(?:图片由\S{2,12}提供|\S{2,12}供图)$")  # a photo someone gave the paper


def _caption_credit(text: str) -> tuple[str, str, tuple[str, ...]] | None:
    """(caption, credit, the marks printed round the credit and not kept: its brackets, or an ornament before
    it, `…上市。■记者 陈硕 摄`) when the caption ends in its credit."""
    m = _CAPTION_CREDIT.match(text)
    if m is None:
        return None
    credit = m["credit"] or m["bracketed"]
    if m["open"]:
        return m["caption"], credit, (m["open"], m["close"])
    if credit[0] in by.MARKERS and len(credit) > 1:
        return m["caption"], credit[1:].lstrip(), (credit[0],)
    return m["caption"], credit, ()


def captioned(text: str) -> bool:
    """A caption with its photo credit printed after it on the same line (`…分餐。 本报记者 李浩 摄`)."""
    found = _caption_credit(text)
    return found is not None and _photo_credit_people(found[1]) is not None


def _photo_credit_people(credit: str) -> list[dict] | None:
    """The people a caption's credit names, when it credits the photo: 李岚摄, a signature whose last credit
    is the photo's (何  峰 陈  露/文 李  岚/摄: the item's writers and its photographer), or no one for a
    photo someone gave the paper (图片由受访者提供); None for what credits no photo."""
    if _SUPPLIED_PHOTO.match(credit):
        return []
    parsed = by.parse_byline(credit)
    credits = [p.get("credit") for p in parsed.people] if parsed else []
    return parsed.people if parsed and credits and credits[-1] in by.PHOTO_CREDITS and all(credits) else None


CAPTION_MARKS = "▲△■"  # ▲ pointing at the photo above, ■ a caption's ornament (■ 昨天，市民在…拍照)
_CAPTION_MARK = re.compile(rf"^[{CAPTION_MARKS}]\s*(?=\S)")


def add_caption(bd: Builder, b: Block) -> None:
    """`图为赵云委员在调研中。 通讯员 刘洋 摄`: a figure; a photo credit printed after it stays with it."""
    a = bd.ensure()
    ornament = _CAPTION_MARK.match(b.text)  # named in the report
    if ornament:
        bd.put(b.index, ornament.group(), "report")
    text = b.text[ornament.end():] if ornament else b.text
    found = _caption_credit(text)
    people = _photo_credit_people(found[1]) if found else None
    if found and people is not None:
        caption, credit_text, marks = found
        a.figures.append({"caption": caption, "credit": credit_text})
        bd.put(b.index, caption)
        bd.put(b.index, credit_text)
        for mark in marks:
            bd.put(b.index, mark, "report")
        credit_photographers(a, people)
    else:
        a.figures.append({"caption": text})
        bd.put(b.index, text)
    if bd.photo_section and a.paragraphs == [f["caption"] for f in a.figures[:-1]]:
        caption = a.figures[-1]["caption"]  # photo news of several photos: its text is its captions
        a.paragraphs.append(caption)
        a.body.append(("p", caption))
        bd.last_para_fragment = False
    a.notes.append(f"photo caption: {b.text}")
    # a photo set inside a sentence cut by the column (…门窗， / photo / 满洲窗一时…) leaves the sentence open


def mark_described_items(rest: list[Block], roles: list[str]) -> None:
    """`1.昆明市五华区政协“有事来协商”` over a paragraph, then `2.…` over one, …: a numbered list whose items
    each stand in a block of their own with their description under them (role "item", the description
    "desc"), not subheadings. Two such items in a row, numbered one after the other, make the list."""
    k = 0
    while k < len(rest):
        if k and (_FIRST_LEVEL.match(rest[k - 1].text) or _other_bullet(rest[k - 1].text, rest[k].text)):
            k += 1  # ■ … under 一、…, ● … under ■ …: the headings of the level below
            continue
        run, number = k, None
        while run + 1 < len(rest) and roles[run] == "short" and roles[run + 1] == "para" \
                and (item := list_item(rest[run].text)) and item[0][:1] not in ORDINALS \
                and (number is None or item_number(item[0], number + 1) == number + 1):
            number, run = item_number(item[0], (number or 0) + 1), run + 2
        if run - k >= 4:
            for j in range(k, run, 2):
                roles[j], roles[j + 1] = "item", "desc"
        k = max(run, k + 1)


def _other_bullet(above: str, line: str) -> bool:
    """● 避风坞里的“慢时光” straight under ■ 渔港“变身”记: another ornament, a heading of another level."""
    return bool(above and line and above[0] in BULLETS and line[0] in BULLETS and above[0] != line[0])


def add_described_item(bd: Builder, b: Block, description: Block) -> None:
    a = bd.ensure()
    got = list_item(b.text)
    assert got is not None  # the role item means it is one
    printed, item = got
    text = "".join(description.lines)
    number = _put_number(bd, b.index, printed, len(a.list["items"]) + 1 if a.list else 1)
    bd.put(b.index, item)
    bd.put(description.index, text)
    if a.list is None:
        a.list = {"title": bd.pending_list_title, "items": [], "numbers": [], "descriptions": []}
        a.body.append(("list", a.list))
        a.notes.append("numbered items each over a paragraph read as one list with descriptions")
    a.list["items"].append(item)
    a.list["numbers"].append(number)
    a.list.setdefault("descriptions", [""] * (len(a.list["items"]) - 1)).append(text)
    bd.pending_list_title = None
    bd.last_para_fragment = False


def add_signoff(bd: Builder, a: ParsedArticle, b: Block) -> None:
    """`——编  者` signs the editor's note above it: kept with that box (else as a paragraph), never a kicker."""
    last = a.body[-1] if a.body else None
    if last and last[0] == "box":
        cast("dict[str, Any]", last[1])["signature"] = b.text  # a box is a dict
    else:
        a.body.append(("p", b.text))
        a.paragraphs.append(b.text)
    bd.put(b.index, b.text)
    bd.last_para_fragment = False


@dataclass(frozen=True)
class Box:
    """A text set apart under a label (核心阅读 over a paragraph, 【内容提要】… in one block), or a stand-first
    printed between the headline and the byline (label None). `marks`: printed brackets the site re-renders."""

    label: str | None
    label_block: int
    parts: tuple[tuple[int, str], ...]  # (block, paragraph): a box above a dateline may hold several
    marks: tuple[str, ...] = ()

    @property
    def text(self) -> str:
        return "\n\n".join(text for _, text in self.parts)


_INLINE_LABELS = "内容提要|内容摘要|提要|摘要|核心提示|导读|导语|编者按|提案背景|提案回顾|提案摘要|提案人感言|提案人说|委员感言|委员点评|新闻背景|背景"
INLINE_BOX = re.compile(rf"^(?:(?P<open>【)(?P<bracketed>{_INLINE_LABELS})(?P<close>】)|"
                        rf"(?P<plain>{_INLINE_LABELS})(?P<colon>[：:]))\s*(?P<text>\S.*)$", re.S)


_ANY_BRACKETED = re.compile(r"^(?P<open>【)(?P<bracketed>[\u4e00-\u9fff]{2,6})(?P<close>】)(?P<colon>)\s*(?P<text>\S.*)$", re.S)


def labelled_box(b: Block) -> Box | None:
    """`【内容提要】…` or `核心提示：…`: label and text in one block; any label in 【】 before a paragraph
    (`【提案回顾】…`; before a headline, `【光明论坛】` is the column's tag)."""
    m = INLINE_BOX.match(b.text)
    if not m and not is_short(b.text):
        m = _ANY_BRACKETED.match(b.text)
    if not m:
        return None
    label = m["bracketed"] or m.groupdict().get("plain")
    marks = tuple(x for x in (m["open"], m["close"], m["colon"]) if x)
    return Box(label, b.index, ((b.index, "".join(m["text"].split("\n"))),), marks)


def add_box(bd: Builder, box: Box) -> None:
    """A box set apart from the text (a quotation block led by its label), never a subheading or paragraph."""
    a = bd.ensure()
    a.body.append(("box", {"label": box.label, "text": box.text}))
    if box.label:
        bd.put(box.label_block, box.label)
    for mark in box.marks:
        bd.put(box.label_block, mark, "report")
    for block, text in box.parts:
        bd.put(block, text)
    what = f"box: {box.label} and the text under it" if box.label else \
        f"stand-first (a paragraph between the headline and the byline) set apart as a box: {box.text[:20]}…"
    a.notes.append(what)
    bd.last_para_fragment = False


def credit_photographers(a: ParsedArticle, people: list[dict]) -> None:
    """A photographer credited only under a photo is a byline too (people pages list photographers);
    someone already credited for photos (伏自文/图) is not added twice; a reporter who also took the photo
    (本报记者 杨帆 … / 本报记者 杨帆 摄) is listed for both, as add_people lists them."""
    named = {(p["name"], _pictures(p)) for p in a.bylines}
    a.bylines += [dict(p) for p in people if (p["name"], _pictures(p)) not in named]


def _pictures(person: dict) -> bool:
    """Credited for the pictures: 摄 under a photo, or /图 in a byline line (赵  敏/文 刘洋/图)."""
    return by.took_picture(person) or person.get("credit") == "图"


def is_photo_credit(s: str) -> bool:
    """李舸摄, 本报记者 张三 摄, or a photo an agency sent (新华社发（郑嘉洛摄）)."""
    parsed = by.parse_byline(s)
    if parsed is None and s.endswith(("）", ")")) and (line := parse_byline_line(s)) and line.agency:
        parsed = line
    return parsed is not None and bool(parsed.people) and all(by.took_picture(p) for p in parsed.people)


def _put_number(bd: Builder, block: int, printed: str, place: int) -> str:
    """An item's number as the site writes it (`1`); the printed mark is in the output when the site
    prints it the same way (`1.`), else named in the report (`1、`, `①`, a bullet `◆`)."""
    number = str(item_number(printed, place))
    if not printed:  # an item keyed by its day: nothing printed besides its text
        return number
    if printed == number + ".":
        bd.put(block, number)
        bd.put(block, ".")
    else:
        bd.put(block, printed, "report")
    return number


def add_row(bd: Builder, b: Block) -> None:
    """A table's row printed as a line of text (or a block of them, one a line): an item of the list each, as
    printed (its gaps kept)."""
    a = bd.ensure()
    if a.list is None:
        a.list = {"title": bd.pending_list_title, "items": [], "numbers": []}
        a.body.append(("list", a.list))
    for line in b.lines:
        a.list["items"].append(line)
        a.list["numbers"].append(str(len(a.list["items"])))
        bd.put(b.index, line)
    bd.pending_list_title = None
    bd.last_para_fragment = False


def add_list(bd: Builder, b: Block) -> None:
    a = bd.ensure()
    numbers: list[str] = []
    items: list[str] = []
    for line in b.lines:
        got = list_item(line)
        if got is None and items:  # a line carrying on the item above it (提案者：…): part of that item
            items[-1] += " " + line
            bd.put(b.index, line)
            continue
        assert got is not None
        printed, item = got
        place = len(a.list["items"] if a.list else ()) + len(items) + 1
        numbers.append(_put_number(bd, b.index, printed, place))
        items.append(item)
        bd.put(b.index, item)
    if a.list is None:
        a.list = {"title": bd.pending_list_title, "items": items, "numbers": numbers}
        a.body.append(("list", a.list))
    else:  # a list continued after a column break
        a.list["items"] += items
        a.list["numbers"] += numbers
    bd.pending_list_title = None
    bd.last_para_fragment = False
