"""Page data and what a page brings besides its text: the staff line and colophon, type sizes (a PDF's),
and the paper's own name before its reporters' role."""
from __future__ import annotations

import datetime
import re

from pypinyin import Style, lazy_pinyin

from . import bylines as by
from .classify import is_colophon_start, parse_colophon
from .vocabulary import CONTACT_WORDS, DEFAULT, Vocabulary
from .model import PageImportError, ParsedPage, Piece
from .segment import Block


# 扫码看视频, 扫描二维码观看直播, 扫一扫 看更多: printed beside a code to scan, page furniture wherever it stands
QR_LABEL = re.compile(r"^(?:扫码|扫描(?:上方|下方|左侧|右侧)?二维码|扫一扫|长按识别(?:二维码)?)\s*[\u4e00-\u9fff]{0,10}$")


def take_page_data(blocks: list[Block], result: ParsedPage, words: Vocabulary = DEFAULT) -> list[Block]:
    """The staff line and the colophon (本版由 / … / 合办, on up to six blocks) are page data wherever they
    stand; the other blocks are returned."""
    rest: list[Block] = []
    i = _running_head(blocks, result, words)
    while i < len(blocks):
        b = blocks[i]
        if all(words.is_staff_line(line) for line in b.lines):  # (or one post a line: 责任编辑：余慧 / 视觉编辑：叶青)
            result.staff += b.lines
            result.pieces += [Piece(b.index, line, "out", None) for line in b.lines]
            i += 1
            continue
        if b.single and QR_LABEL.match(b.text):  # the label of a code readers scan: no article's text
            result.pieces.append(Piece(b.index, b.text, "report", None))
            result.page_notes.append(f"a QR code's label left out of the articles: {b.text}")
            i += 1
            continue
        if is_colophon_start(b.text):
            span = _colophon_span(blocks, i, result)
        else:
            span = 1 if _colophon_and_staff(b, result, words) else 0
        if span:
            i += span
            continue
        rest.append(b)
        i += 1
    return rest


# 2025年6月12日 星期四, 2025.10.15 星期三; after the folio on the same line (A7　城市　　2025.10.15　星期三)
_HEAD_DATE = re.compile(r"^(?:(?:[A-Z]{0,2}\d{1,2}\s*)?[\u4e00-\u9fff·]{2,8}\s+)?"  # (the folio, or the paper's name)
                        r"(?:\d{4}年\d{1,2}月\d{1,2}日|\d{4}[.．/]\d{1,2}[.．/]\d{1,2})"
                        r"\s*[/／]?\s*[（(]?(?:星期|周)[一二三四五六日天][）)]?(?:\s*农历\S+)?")  # (…26日/星期三)
_PAGE_NO = r"(?:[A-Z]{0,2}\d{1,2}版?|第[\d一二三四五六七八九十]+版)"  # A07, 7, 03版, 第3版
# the page's number, with its name and the paper's on either side (A07 北京新闻, 职工 4, 嘉兴日报　A5　经济)
_NAME = r"[\u4e00-\u9fff·]{2,8}"
_FOLIO = re.compile(rf"^{_PAGE_NO}\s*[：:｜|]?\s*{_NAME}$|^{_NAME}\s*{_PAGE_NO}$|^{_PAGE_NO}$|^{_NAME}\s+{_PAGE_NO}\s+{_NAME}$|"
                    rf"^{_NAME}\s+{_NAME}\s+{_PAGE_NO}$")  # (九江日报　经济　03: the paper's name, the page's, its number)
# the page's name or the paper's on a line of its own (经济, 深圳特区报, ZONG HE XIN WEN in pinyin capitals): a
# running head's only beside its other lines
_HEAD_NAME = re.compile(r"^(?:(?:\d{4})?[\u4e00-\u9fff·]{2,8}|[A-Z]+(?: [A-Z]+){1,5}|"  # (2026上海两会)
                        r"[\u4e00-\u9fff]{2,8}\s*[｜|]\s*[\u4e00-\u9fff·]{2,8}|"  # (衢州日报｜经济新闻)
                        r"[\u4e00-\u9fff]{2,8}[ \u3000]+[A-Z]+(?: [A-Z]+){0,4})$")  # 宁波日报　NINGBO DAILY
_CONTACT_LINE = re.compile(rf"^{CONTACT_WORDS}\s*[:：]?\s*\S.*$", re.IGNORECASE)  # the desk's, alone


def _running_head(blocks: list[Block], result: ParsedPage, words: Vocabulary) -> int:
    """How many blocks open the page as its running head: the day with its weekday (2025年6月12日 星期四),
    the page's number and name (A07 北京新闻, 职工 4, 06 / 经济) and the paper's name, named in the report;
    staff printed on the same line or next to it (编辑 刘梦婕 美编 顾  文) is the page's staff line. 0 when
    the page opens on news."""
    i = 0
    read: list[tuple[int, str, str]] = []  # (block, text, "report" | "out")
    while i < len(blocks) and (lines := _head_lines(blocks, i, words)) is not None:
        read += [(blocks[i].index, text, where) for text, where in lines]
        i += 1
    if not any(_HEAD_DATE.match(text) or _FOLIO.match(text) for _, text, where in read if where == "report"):
        return 0  # staff lines alone: take_page_data reads them wherever they stand
    for block, text, where in read:
        if where == "colophon" and result.colophon_text is None:
            result.colophon_text, result.colophon_partners = parse_colophon(text) or (None, [])
            result.pieces.append(Piece(block, text, "out", None))
            continue
        result.pieces.append(Piece(block, text, "report" if where == "colophon" else where, None))
        if where in ("report", "colophon"):
            result.page_notes.append(f"running head: {text}")
            if _HEAD_DATE.match(text) and result.printed_date is None:
                result.printed_date, problem = printed_day(text)
                result.disagreements += [problem] if problem else []
            elif _FOLIO.match(text) and (number := _FOLIO_NUMBER.search(text)) and result.printed_page is None:
                result.printed_page = int(number[1])
        else:
            result.staff.append(text)
    return i


_FOLIO_NUMBER = re.compile(r"(?<![A-Z\d])(?:第)?0*(\d{1,2})(?!\d)")  # 5, 05, 第3版; not A5 (page 5 of section A)
_DAY = re.compile(r"(\d{4})(?:年|[.．/])(\d{1,2})(?:月|[.．/])(\d{1,2})")
_WEEKDAY = re.compile(r"(?:星期|周)([一二三四五六日天])")
_WEEKDAYS = "一二三四五六日"


def printed_day(text: str) -> tuple[str | None, str | None]:
    """The day a running head's date line prints (2025年12月25日　星期四 -> 2025-12-25) and what is wrong with
    it, if anything: no such day, or a weekday that is not that day's (one of the two is misprinted)."""
    found = _DAY.search(text)
    if found is None:
        return None, None
    try:
        printed = datetime.date(*(int(x) for x in found.groups()))
    except ValueError:
        return None, f"the running head prints a day that does not exist ({text}): the date is not taken from it"
    weekday = _WEEKDAY.search(text)
    if weekday and _WEEKDAYS[printed.weekday()] != weekday[1].replace("天", "日"):
        return printed.isoformat(), (f"the running head's weekday is not the day's ({text}: {printed.isoformat()} "
                                     f"is a 星期{_WEEKDAYS[printed.weekday()]}): check the date")
    return printed.isoformat(), None


def page_date(result: ParsedPage, given: str | None) -> str | None:
    """The date given (--date, a file's name); else the day the running head prints. A running head that
    prints another day is reported: the file's name or --date is likely wrong."""
    printed = result.printed_date
    if printed is None:
        return given
    if given is None or printed.startswith(f"{given}-"):  # none, or only the year or month given
        result.page_notes.append(f"date {printed} taken from the running head")
        return printed
    if given != printed:
        result.disagreements.append(f"the running head prints {printed}, not the date given ({given}): the "
                                    f"file's name or --date may be wrong")
    return given


def page_number(result: ParsedPage, given: int | None) -> int | None:
    """The page number given; else the one the running head prints (as page_date)."""
    printed = result.printed_page
    if printed is None or given == printed:
        return given
    if given is None:
        result.page_notes.append(f"page number {printed} taken from the running head")
        return printed
    result.disagreements.append(f"the running head prints page {printed}, not the page given ({given}): the "
                                f"file's name or --page may be wrong")
    return given


def _head_lines(blocks: list[Block], i: int, words: Vocabulary) -> list[tuple[str, str]] | None:
    """The lines of a running head's block, each (text, "report") for the day, the folio or a name, (text,
    "out") for staff and (text, "colophon") for the page's partners; None when a line is anything else (a name
    alone in its block only over more of the head: 民生 over A06, not over the first headline)."""
    lines = [line.strip() for line in blocks[i].text.split("\n")]
    read: list[tuple[str, str]] = []
    for line in lines:
        if parse_colophon(line):  # 州政协办公室协办 under the folio: the page's partner, in its running head
            read.append((line, "colophon"))
            continue
        date = _HEAD_DATE.match(line)
        staff = line[date.end():].strip() if date else line
        if date:
            read.append((line[:date.end()], "report"))
            if _FOLIO.match(staff):  # 2025年12月16日　星期二　第3版: the folio after the day
                read.append((staff, "report"))
                staff = ""
        elif _FOLIO.match(line) or (_HEAD_NAME.match(line) and (len(lines) > 1 or _head_after(blocks, i, words)
                                                                   or _after_number(blocks, i))):
            read.append((line, "report"))
            staff = ""
        if staff and not (words.is_staff_line(staff) or (len(lines) > 1 and _CONTACT_LINE.match(staff))):
            return None
        if staff:
            read.append((staff, "out"))
    return read


def _after_number(blocks: list[Block], i: int) -> bool:
    """The block before blocks[i] is the page's number alone (9 / 地方: a folio set in two blocks)."""
    return i > 0 and re.fullmatch(_PAGE_NO, blocks[i - 1].text.strip()) is not None


def _head_after(blocks: list[Block], i: int, words: Vocabulary) -> bool:
    """The block after blocks[i] is a running head's too (and not a name alone)."""
    if i + 1 >= len(blocks) or _HEAD_NAME.match(blocks[i + 1].text.strip()):
        return False
    return _head_lines(blocks, i + 1, words) is not None


def _colophon_and_staff(b: Block, result: ParsedPage, words: Vocabulary) -> bool:
    """州政协办公室协办　责任编辑：和丽萍　校对：此里央宗: the colophon and the staff line on one line (recorded
    in result)."""
    first, _, staff = b.text.partition("\u3000")
    colophon = parse_colophon(first) if staff and result.colophon_text is None else None
    if colophon is None or not words.is_staff_line(staff.strip()):
        return False
    result.colophon_text, result.colophon_partners = colophon
    result.staff.append(staff.strip())
    result.pieces += [Piece(b.index, first, "out", None), Piece(b.index, staff.strip(), "out", None)]
    return True


def _colophon_span(blocks: list[Block], i: int, result: ParsedPage) -> int:
    """How many blocks from blocks[i] make the colophon (recorded in result), 0 if none do. A page has one
    colophon: a second is read as text, not written over the first (whose words would then be lost)."""
    if result.colophon_text is not None:
        return 0
    for j in range(i, min(i + 6, len(blocks))):
        span = blocks[i:j + 1]
        if col := parse_colophon(" ".join(x.text for x in span)):
            result.colophon_text, result.colophon_partners = col
            result.pieces += [Piece(x.index, x.text, "out", None) for x in span]
            return len(span)
    return 0


HEADING_RATIO = 1.2  # type this much larger than the body text is a heading's
SMALL_RATIO = 0.95  # and this much smaller a caption's or a credit's


def set_sizes(blocks: list[Block], sizes: list[float]) -> None:
    if len(sizes) != len(blocks):
        raise PageImportError(f"{len(sizes)} type sizes for {len(blocks)} blocks")
    weights: dict[float, int] = {}
    for b, size in zip(blocks, sizes):
        weights[size] = weights.get(size, 0) + len(b.text)
    body = max(weights, key=weights.__getitem__) if weights else 0.0  # the size most text is set in
    for b, size in zip(blocks, sizes):
        b.size, b.heading, b.small = size, size >= body * HEADING_RATIO, size <= body * SMALL_RATIO


_POSTED = re.compile(r"^(驻[\u4e00-\u9fff]{1,3}?)(?:记者|通讯员)")


_MEDIA_GROUP = re.compile(r"(?:新闻|传媒|报业|媒体)(?:集团|中心)?$")
_AGENCIES = ("新华社", "中新社", "中国新闻社")
_NAMELESS_GROUP = re.compile(r"(?:新闻传媒|报业传媒|报业|传媒|融媒体?)(?:集团|中心)")  # a press group named by no place


def _brands_named(page: ParsedPage, paper: str) -> frozenset[str]:
    """The newsrooms the page joins to the paper's name (楚天都市报极目新闻, 南昌晚报·洪观新闻): the paper's own,
    as the page itself says, when printed alone elsewhere on it."""
    brands = set()
    for a in page.articles:
        for person in a.bylines:
            parts = by.split_role(person.get("role") or "")
            org = parts[0] if parts else None
            if org and org.startswith(paper) and org != paper:
                brand = re.sub(rf"(?:{by.NEWSROOM})$", "", org[len(paper):].lstrip("·/—-、"))
                if len(brand) >= 2:
                    brands.add(brand)
    return frozenset(brands)


def _names_the_paper(org: str, paper: str) -> bool:
    """广西云—广西日报 names 广西日报; so do its short forms, apps and press group: 郑报融媒 (郑州日报), 大众新闻
    (大众日报), 西安报业 (西安晚报)."""
    if paper in org:
        return True
    if "·" in org:  # 中青报·中青网 (中国青年报): the paper's short name and its website's, as one brand
        return any(_names_the_paper(part, paper) for part in org.split("·") if part)
    if org in _AGENCIES:  # 新华社 on a page of 新华日报: the news agency, not the paper
        return False
    if _NAMELESS_GROUP.fullmatch(org):  # 新闻传媒集团记者: the paper's own press group, which needs no name on it
        return True
    org = re.sub(rf"(?:{by.NEWSROOM})$", "", org)  # 西安报业全媒体: the press group, whatever its newsroom
    if not org:  # 全媒体首席记者: the newsroom alone, no paper named
        return False
    short = paper[:-2] if paper.endswith(("日报", "晚报")) else ""
    if short and len(org) <= 6 and (org.startswith(short) or org.startswith(short[0] + "报")):
        return True
    if short and org.startswith(short) and _MEDIA_GROUP.search(org):  # 大连新闻传媒集团: the city's press group
        return True
    if short and len(org) <= 4 and org[0] == paper[0] and _MEDIA_GROUP.search(org):  # 台传媒 (台州日报): the same,
        return True  # named by the city's first character
    if 2 <= len(org) <= 5 and org.isascii() and org.isupper():  # YMG (烟台日报): its press group's initials
        return org[0] == lazy_pinyin(paper[0], style=Style.FIRST_LETTER)[0].upper()
    # 中青校媒 (中国青年报): the paper's first character, then another of its name, as Chinese abbreviates
    return len(org) <= 6 and len(paper) > 2 \
        and org[0] == paper[0] and org[1] in paper[1:-1]


def own_paper_roles(page: ParsedPage, paper: str) -> None:
    """`光明日报记者` (or `新甘肃·甘肃日报记者`, `科技日报驻德国记者`) on a page of that paper is its own
    reporter, as 本报记者 is: stored as 记者, the rest named in the report (the site prints the paper
    beside every article). So is a reporter of a newsroom the page prints after the paper's name
    (极目新闻记者 where 楚天都市报极目新闻记者 is printed too)."""
    brands = _brands_named(page, paper)

    def own(role: str) -> tuple[str, str] | None:
        parts = by.split_role(role)
        if not parts or not parts[0] or not (_names_the_paper(parts[0], paper) or parts[0] in brands):
            return None
        org, role = parts[0], parts[1]
        if media := re.match(rf"(?:{by.NEWSROOM})(?=记者|通讯员)", role):  # YMG全媒体记者: its newsroom
            org, role = org + media[0], role[media.end():]
        posted = _POSTED.match(role)  # 驻德国记者: a correspondent abroad is a reporter of the paper
        return (org + posted.group(1), role[posted.end(1):]) if posted else (org, role)

    for a in page.articles:
        printed = {person["role"]: owned for person in a.bylines
                   if person.get("role") and (owned := own(person["role"]))}
        for person in a.bylines:
            if person.get("role") in printed:
                person["role"] = printed[person["role"]][1]
        for i, piece in enumerate(page.pieces):
            if piece.article == a.order and piece.where == "out" and piece.text in printed:
                org, role = printed[piece.text]
                page.pieces[i:i + 1] = [Piece(piece.block, org, "report", a.order), Piece(piece.block, role, "out", a.order)]
