"""Datelines: the paper's (本报讯, 本报北京1月16日电, 新华社…电) or the reporter's own (本报记者王晶晶北京报道),
and the byline printed in or after them."""
from __future__ import annotations

import re

from .bylineforms import noted_byline
from .bylines import Byline, IN_BRACKETS, name_ok, parse_byline
from .names import FILING_PLACES, looks_like_name

# 本报讯 / 本报北京1月16日电 / 新华社北京10月11日电 / 本报昆明3月5日讯 / 光明日报北京6月11日电
# (set in square brackets by some papers: 【本报讯】（…）)
LEAD = re.compile(
    r"^(?P<open>【)?(?P<lead>本报讯|本报电(?=[（(\s】]|$)|据?新华社电(?=[（(\s】]|$)|本报[\u4e00-\u9fff]{2,8}?讯(?=[（(\s】]|$)|"  # 本报腾冲讯: a place, no date
    # 湖北日报讯, 新京报讯: the paper named, no date; with its app before it and a city after it (新甘肃·甘肃日报定西讯)
    # (or its app after it: 燕赵都市报冀时客户端讯)
    r"(?:[\u4e00-\u9fff]{1,6}·)?[\u4e00-\u9fff]{1,6}报(?:[\u4e00-\u9fff]{2,4}|[\u4e00-\u9fff]{1,6}客户端)?讯(?=[（(\s】]|$)|"
    # a website's or an app's own (中央纪委国家监委网站讯)
    r"[\u4e00-\u9fff]{2,12}(?:网站|客户端)讯(?=[（(\s】]|$)|"
    # the paper's short name (南都讯 for 南方都市报), known for one by the reporter named after it
    r"[\u4e00-\u9fff]{2,4}讯(?=[（(]?\s*(?:记者|通讯员|见习记者|实习生))|"
    # the paper's name alone, no 讯, straight before the brackets naming its reporter (中国商报（记者 王晓彤）)
    r"[\u4e00-\u9fff]{2,8}报(?=[（(]\s*(?:记者|通讯员|见习记者|实习生))|"
    r"新华社微特稿|据?(?:本报|新华社|中新社|中新网|人民网|新华网|央视网|光明网|[\u4e00-\u9fff]{1,6}报)"
    r"[\u4e00-\u9fff]{0,8}?\d{1,2}月\d{1,2}日(?:专电|电|讯))(?(open)】)"
)



def parse_lead(text: str) -> tuple[str | None, Byline, str] | None:
    """`本报讯（记者 张潇予） 近日…` -> ("本报讯", byline, "近日…"); a reporter's own dateline (`本报记者王晶晶北京
    报道　…`) -> (None, byline with its place, "…"). None if no lead."""
    m = LEAD.match(text)
    if not m:
        return _reported_from(text) or _opening_people(text)
    rest = text[m.end():].lstrip()
    by = Byline()
    brackets = ["【", "】"] if m["open"] else []  # named in the report with the byline's own marks
    pm = IN_BRACKETS.match(rest)
    if pm:
        inner = pm.group("inner").strip()
        parsed = noted_byline(inner, require_role=False)  # (记者 张三 报道), (张三、李四)
        if parsed:
            by = parsed
            by.dropped += [rest[0], pm.group()[-1]]
            rest = rest[pm.end():].lstrip()
    elif (run_in := _RUN_IN.match(rest)) and (parsed := noted_byline(run_in["people"], require_role=True)):
        by, rest = parsed, rest[run_in.end():].lstrip()  # 本报讯　记者 王  敏 报道　10月14日…: closed by 报道
        if run_in["mark"]:  # 羊城晚报讯 记者黄婷、通讯员穗水宣报道：…
            by.dropped.append(run_in["mark"])
    elif bare := _BARE_PEOPLE.match(rest):  # 本报讯 记者张红梅 通讯员李家豪 小区…: no brackets
        parsed = parse_byline(bare.group().strip())
        if parsed:
            by, rest = parsed, rest[bare.end():].lstrip()
    by.dropped += brackets
    return m.group("lead"), by, rest


# A dateline of the reporter's own, no 讯 or 电: 本报记者王晶晶北京报道　…, 本报记者 孙  浩 西宁报道　…
REPORTED_FROM = re.compile(r"^(?P<role>本报(?:特约|首席)?记者)\s*(?P<run>[\u4e00-\u9fff][\u4e00-\u9fff \u3000]{3,9}?)"
                           r"\s*报道(?P<space>[\u3000 ]+|[：:])(?=\S)")


def is_dateline(text: str) -> bool:
    """Opens with a dateline: the paper's (本报讯, …日电) or the reporter's own (本报记者王晶晶北京报道　)."""
    return bool(LEAD.match(text)) or _reported_from(text) is not None or _opening_people(text) is not None


# The people run into the text with no dateline, roles and names set apart by spaces, perhaps what they did
# after them (常德日报记者 龚宇辉 通讯员 谌文博 12月3日，…; 记者 胡敏 文/摄 1月12日，…): the text opens on its day
_OPENING_DAY = r"(?:\d{1,2}月\d{1,2}日|\d{1,2}日|近日|日前|昨日|昨天|今天|今日|连日来|近期|今年以来)"
_OPENING_PEOPLE = re.compile(r"^(?P<people>[\u4e00-\u9fff·]{0,8}?(?:记者|通讯员|实习生)(?:\s+[\u4e00-\u9fff·]{2,8})+?"
                             rf"(?:\s+(?:文/摄|文/图|摄))?)\s+(?={_OPENING_DAY})")


def _opening_people(text: str) -> tuple[None, Byline, str] | None:
    m = _OPENING_PEOPLE.match(text)
    parsed = parse_byline(m["people"]) if m else None  # (a credit after the names is parse_byline's to read)
    if m is None or parsed is None or not parsed.people or not all(p.get("role") for p in parsed.people):
        return None
    return None, parsed, text[m.end():]


def _reported_from(text: str) -> tuple[None, Byline, str] | None:
    """本报记者王晶晶北京报道　…: the reporter, the place filed from (named in the report) and the text."""
    m = REPORTED_FROM.match(text)
    split = _name_and_place(m["run"]) if m else None
    if m is None or split is None:
        return None
    name, place = split
    res = Byline()
    res.people.append({"name": re.sub(r"\s", "", name), "role": m["role"][2:], "credit": "报道"})
    res.out += [m["role"][2:], name, "报道"]
    res.dropped += ["本报", place] + ([m["space"]] if m["space"].strip() else [])
    res.place = place
    return None, res, text[m.end():]


def _name_and_place(run: str) -> tuple[str, str] | None:
    """王晶晶北京 -> (王晶晶, 北京): set apart by a space, else a known place at the end, else a two-character
    place after a name of two or three (glued, the name must open with a common surname)."""
    parts = run.split()
    if len(parts) >= 2:
        place = parts[-1]
        name = run[:run.rindex(place)].strip()
        ok = name_ok(re.sub(r"\s", "", name))
    else:
        place = next((p for p in FILING_PLACES if run.endswith(p) and len(run) - len(p) >= 2), run[-2:])
        name = run[:-len(place)]
        ok = looks_like_name(name)
    return (name, place) if ok and len(place) >= 2 else None


# The people after a dateline run into the text, closed by what they did: 记者 刘  佳 通讯员 于雅婷 报道
_RUN_IN = re.compile(r"^(?P<people>(?:本报)?(?:特约|见习|首席)?(?:记者|通讯员|实习生)[^。，,：:（(\n]{1,40}?(?:报道|采写))"
                     r"(?P<mark>[：:])?(?=\s|(?<=[：:]))")
# The people after a dateline printed without brackets: role and name in one word, words set apart by spaces
_BARE_PEOPLE = re.compile(r"^(?:(?:本报)?(?:特约|见习|首席)?(?:记者|通讯员|实习生)[\u4e00-\u9fff·]{2,4}\s+)+")
