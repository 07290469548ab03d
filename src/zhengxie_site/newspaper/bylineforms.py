"""Byline lines: a block that is only a byline, in the forms papers print it: parts each opened by a mark, the
credit before the people, an author's posts before the name, a signature after a dash, a proposer's label, a
photo an agency supplied; and the notes that credit people with what they did (整理, 报道 from a place)."""
from __future__ import annotations

import re

from .bylines import Byline, MARKERS, NOTE_WORDS, PADDED_NAME, parse_byline
from .names import FILING_PLACES, looks_like_name


def parse_byline_line(text: str, titled: bool = False) -> Byline | None:
    """A block that is only a byline: `本报记者 张三`, `本报记者 王  晶 整理` (what they did after the names),
    or a padded name alone (`宋  洁`, an author's signature); with `titled`, also an author's posts before
    the name (`全国政协委员、南开大学历史学院教授 沈  澄`: under a headline, where a speaker's label is not).
    A full-width slash reads as the slash it stands for (文／苏  禾, 邵  晨／摄) and is accounted as printed."""
    if "／" not in text:
        return _byline_line(text, titled)
    parsed = _byline_line(text.replace("／", "/"), titled)
    if parsed:
        parsed.dropped = [x.replace("/", "／") for x in parsed.dropped]
        parsed.out = [x.replace("/", "／") for x in parsed.out]
    return parsed


def _byline_line(text: str, titled: bool) -> Byline | None:
    if marked := _marked_parts(text, titled):
        return marked
    if PADDED_NAME.match(text):
        return parse_byline(text, require_role=False)
    if "\n" in text:  # 省政协委员 / 沈阳建筑大学…教授 / 韩  冰: the author's posts stacked over the name
        lines = text.split("\n")
        if len(lines) > 3 or not PADDED_NAME.match(lines[-1]) or not all(_POSTS_END.search(x) for x in lines[:-1]):
            return None
        stacked = parse_byline(lines[-1], require_role=False)
        if stacked:
            stacked.dropped += lines[:-1]
            stacked.titled = "、".join(lines[:-1])
        return stacked
    parsed = None if text.endswith("报道") and place_filed_from(text[:-2]) else parse_byline(text)
    if parsed is None and any(text.endswith(w) for w in NOTE_WORDS):
        parsed = noted_byline(text, require_role=True)
    if parsed is None and (m := _SUPPLIED.match(text)):  # 新华社发（刘  毅 摄）: supplied by an agency
        parsed = parse_byline(m["credit"])
        if parsed:
            parsed.agency = m["agency"]
            parsed.out += [m["agency"], text[len(m["agency"])], text[-1]]
    if parsed is None and (m := _CREDIT_FIRST.match(text)):  # 文/李  桐, 整理：本报记者 吴  蔚
        # (文/省政协委员 周  岩: the credit marks an author, so the posts before the name are the author's)
        parsed = parse_byline(m["people"], require_role=False) or _byline_line(m["people"], titled=True)
        credit, mark = m["credit"] or m["both"], m["mark"] or m["space"]
        if parsed and all(p.get("credit") in (None, credit) for p in parsed.people):
            for person in parsed.people:
                person["credit"] = credit
            parsed.out.append(credit)
            parsed.dropped.append(mark)
        else:
            parsed = None
    if parsed is None and (m := _DASHED.match(text)) and looks_like_name("".join(m["name"].split())):
        # ——陆  鸣（全国政协委员）, a letter's signature; ■ 沈  涵（…副教授）, an author with the post in brackets
        parsed = parse_byline(m["name"], require_role=False)
        if parsed and not m["dash"] and not m["post"]:
            parsed = None  # a padded name alone is PADDED_NAME's
        if parsed:
            parsed.dropped += [m["dash"]] if m["dash"] else []
            if m["post"]:
                parsed.dropped += [m["post"], "（", "）"]
                parsed.titled = m["post"]
    if parsed is None and (m := _PROPOSER.match(text)):  # 提案人：市政协委员 陈  蓓: a proposal's author
        parsed = _byline_line(m["who"], titled=True) or parse_byline(m["who"], require_role=False)
        if parsed and parsed.people:
            parsed.dropped.append(m["word"])
        else:
            parsed = None
    if parsed is None and titled and looks_like_name(text):  # 杨光明 alone under the headline: its author
        parsed = parse_byline(text, require_role=False)
    if parsed is None and titled and (m := _TITLED.match(text)):  # 全国政协委员、南开大学历史学院教授 沈  澄
        parsed = parse_byline(m["name"], require_role=False)
        if parsed and len(parsed.people) == 1:
            parsed.dropped += [m["mark"].strip()] if m["mark"] else []  # ■市政协委员 栾  冰: the column's mark
            parsed.dropped.append(m["title"])  # the author's posts: no byline field holds them (the report does)
            parsed.titled = m["title"]
        else:
            parsed = None
    return parsed


_DASHED = re.compile(r"^(?P<dash>[—-]{1,2}|[■□]|(?=[\u4e00-\u9fff][ \u3000]))\s*(?P<name>[\u4e00-\u9fff](?:[ \u3000]*[\u4e00-\u9fff]){1,3})"
                     r"(?:[（(](?P<post>[^（）()]{2,30})[）)])?$")
# An author line that gives the author's posts before the name, set apart by a space
_MARKED_PART = re.compile(rf"(?:^|\s+)[{MARKERS}]\s*")


def _marked_parts(text: str, titled: bool) -> Byline | None:
    """`■采写：新快报记者 梁婉莹　■摄影：新快报记者 夏世焱`: parts each opened by the same mark, each a byline of
    its own (one credit a part): one byline, the marks named in the report."""
    parts, marks = _MARKED_PART.split(text), [m.strip() for m in _MARKED_PART.findall(text)]
    if len(parts) <= 2 or parts[0] or len(set(marks)) != 1:
        return None
    read = [_byline_line(part.strip(), titled) for part in parts[1:]]
    if not all(read):
        return None
    res = Byline()
    for part in read:
        assert part is not None
        res.people += part.people
        res.out += part.out
        res.dropped += part.dropped
    res.dropped += marks
    return res


POSTS = ("委员|常委|主席|主委|教授|研究员|馆员|院长|所长|主任|书记|会长|理事长|秘书长|作家|学者|律师|医师|代表|馆长|校长|"
          "局长|厅长|处长|部长|市长|县长|区长|董事长|总经理|经理|总监|工程师|社长|站长|负责人")  # (市交通运输局原副局长)
_POSTS_END = re.compile(rf"(?:{POSTS})$")
_TITLED = re.compile(rf"^(?P<mark>[■□◎●]\s*)?(?P<title>[\u4e00-\u9fff、·]{{2,30}}?(?:{POSTS}))[ \u3000]+"
                     r"(?P<name>[\u4e00-\u9fff](?:[ \u3000]*[\u4e00-\u9fff]){1,3})$")


_PROPOSER = re.compile(r"^(?P<word>(?:提案人|主讲人|反映人)\s*[：:])\s*(?P<who>\S.*)$")  # who proposes, lectures, reports
_SUPPLIED = re.compile(r"^(?P<agency>[\u4e00-\u9fff]{2,8}发)[（(](?P<credit>[^（）()]{2,20}摄)[）)]$")
_CREDIT_FIRST = re.compile(r"^(?:(?P<credit>文|图|摄|图文|摄影|整理|采写|撰文|口述)(?P<mark>\s*[/：:｜|丨]\s*)|"
                           r"(?P<both>文/图|图/文|文/片|文/视频)(?P<space>\s+))(?P<people>\S.*)$")  # 文/片 记者 孟  凡


def place_filed_from(names: str) -> str | None:
    """`记者 林若溪 北京` (before 报道): the place the reporters filed from, set apart from their names."""
    m = re.search(r"\s([\u4e00-\u9fff]{2,5})$", names)
    return m[1] if m and (m[1] in FILING_PLACES or m[1][-1] in "省市县区州") else None


def noted_byline(inner: str, require_role: bool) -> Byline | None:
    """`本报记者 李娜 整理`, `李四参与采写`: the people, credited with what the note says they did; a place
    before 报道 is where they filed from (`记者 赵一凡 西安报道`), named in the report, not a name."""
    word = next((w for w in NOTE_WORDS if inner.endswith(w)), None)
    names = inner[: -len(word)] if word else inner
    place = place_filed_from(names) if word == "报道" else None
    parsed = parse_byline(names[: -len(place)] if place else names, require_role=require_role)
    if parsed and word:
        parsed.out.append(word)
        for person in parsed.people:
            person.setdefault("credit", word)
    if parsed and place:
        parsed.dropped.append(place)
        parsed.place = place
    return parsed
