"""Bylines: role + names + credit, in their own line, inside leads and closing notes (the datelines that
carry them: datelines.py)."""
from __future__ import annotations

import re

from .names import looks_like_name
from .punctuation import is_cjk

# org prefix + role; 本报 is dropped (本报记者 is stored as 记者), other orgs stay in the role
_ROLE = re.compile(
    r"^(?P<org>本报|新华社|中新社|[\u4e00-\u9fff·—/]{1,16}?(?:报业(?:集团|传媒)?|报社?|网|社|电讯|电视台|广播电视台|新闻|客户端|传媒|校媒)"
    r"(?:全媒体|融媒体|全媒|融媒)?|[\u4e00-\u9fff]{2,8}报[·/—、][\u4e00-\u9fff]{1,6}?(?:全媒体|融媒体|全媒|融媒)?|"  # (沈阳日报、沈报全媒体记者)
    # any other name before the role (津云记者, 资深记者): a brand or grade this list does not know, kept as printed
    # (its letters too: YMG全媒体记者, the Yantai press group's initials)
    r"(?P<brand>[A-Z\u4e00-\u9fff·—/\-－]{2,14}?))?"
    r"(?P<role>(?:全媒体|融媒体|全媒)?(?:特约|见习|首席|摄影|驻[\u4e00-\u9fff]{1,3})?(?:记者|通讯员|评论员|实习生|撰稿人)|特约摄影)"
)
_PAPER_AND_BRAND = re.compile(r"(?<=报)、(?=[\u4e00-\u9fff]{1,6}?(?:全媒体|融媒体)?(?:见习|首席|特约)?(?:记者|通讯员))")
# a paper's brand set apart from its role by a space (齐鲁晚报·齐鲁壹点 记者): one role, as when printed together
_BRAND_SPACE = re.compile(r"([\u4e00-\u9fff]{2,8}报[·/][\u4e00-\u9fff]{1,6})\s+(?=(?:全媒体|融媒体)?(?:记者|通讯员))")
# what people did (文/片: text and pictures; 文/视频: text and the video the paper puts online)
CREDITS = ("文/图", "图/文", "文/片", "文/摄", "文/视频", "图文", "文", "图", "摄", "摄影", "摄影报道", "作", "绘")
_ONE_CHARACTER_CREDITS = tuple(c for c in CREDITS if len(c) == 1)  # 文 图 摄 作 绘: after a name, its credit
PHOTO_CREDITS = ("摄", "摄影", "摄影报道", "作", "绘")  # a picture's credits: a photo's, a cartoon's (商  颂作)


def took_picture(person: dict) -> bool:
    """The person is credited for a picture: a photo (摄, 摄影, 摄影报道) or a cartoon (作, 绘)."""
    return person.get("credit") in PHOTO_CREDITS


# A photo credit glued to the name (`李舸摄`, `王沛  李舸摄影报道`) and an agency after it (`李舸摄（人民视觉）`)
_PHOTO_CREDIT = "|".join(sorted(PHOTO_CREDITS, key=len, reverse=True))  # longest first
_GLUED_CREDIT = re.compile(rf"^(?P<name>[\u4e00-\u9fff·]{{2,4}}?)(?P<credit>{_PHOTO_CREDIT})$")
_PHOTOGRAPHERS_BRAND = re.compile(r"^(?P<kept>.*?摄影[^/]+?)/(?P<slashed>[\u4e00-\u9fffA-Za-z]{2,10})$")
_AGENCY = re.compile(rf"(?P<credit>{_PHOTO_CREDIT})\s*(?:[（(](?P<agency>[\u4e00-\u9fffA-Za-z]{{2,10}})[）)]|"
                     rf"/(?P<slashed>[\u4e00-\u9fffA-Za-z]{{2,10}}))$")  # 李舸摄（人民视觉）, 陈晨摄/光明图片
# A photo's source printed where a credit would be, naming no one: 受访者供图, 资料图片, 新华社发, 图片由…研究院提供
# (图据成都市公园城市建设管理局, 图片来源：…: the body that gave it)
PHOTO_SOURCE = re.compile(r"^(?:[\u4e00-\u9fff]{2,14}[ \u3000]?(?:供图|提供)|图片由[\u4e00-\u9fff]{2,20}提供|(?:本报)?资料图片|新华社发|[\u4e00-\u9fff]{2,8}图片库|"
                          r"(?:视觉中国|东方IC|人民视觉|图虫创意|全景网)(?:图片)?|"  # a photo agency's picture
                          r"(?:图据|图片来源[：:])[\u4e00-\u9fff]{2,20})$")
def photo_source(text: str) -> str | None:
    """受访者供图, or in brackets on a line of its own (（大连市甘井子区市场监管局供图）): a photo's source naming
    no one, without its brackets. None if the text is no such source."""
    m = IN_BRACKETS.fullmatch(text)
    inner = m["inner"] if m else text
    return inner if PHOTO_SOURCE.match(inner) else None


# A name printed alone and padded to the width of the column (王  沛, 何　川): a signature, never a headline
PADDED_NAME = re.compile(r"^[\u4e00-\u9fff](?:[ \u3000]+[\u4e00-\u9fff]){1,3}$")
# Credits printed before the people they credit: `文/本报记者 陈晨 图/通讯员 刘洋`, `图文/记者 郎晶晶`.
PREFIX_CREDITS = ("图文", "文", "图", "摄影", "摄")
MARKERS = "□◎●■○◇◆"
# What a closing note or a dateline says the people did: the credit they get (longest first: 参与采写 ends in 采写)
NOTE_WORDS = ("参与采写", "整理", "报道", "采写", "供稿", "综合", "编译", "采访")

def _own(org: str | None, role: str) -> bool:
    """本报记者 is the paper's reporter (stored as 记者); 本报评论员 is a title of its own, kept as printed."""
    return org == "本报" and role != "评论员"


def split_role(role: str) -> tuple[str | None, str] | None:
    """`中国青年报·中国青年网记者` -> ("中国青年报·中国青年网", "记者"); None if it is no role."""
    m = _ROLE.fullmatch(role)
    return (m["org"], m["role"]) if m else None  # (org holds the brand too: it is inside the org group)


def _role_of(org: str | None, role: str) -> str:
    return role if not org or _own(org, role) else org + role


class Byline:
    """Parse result: people plus the characters the renderer re-creates (named in the report)."""

    def __init__(self) -> None:
        self.people: list[dict] = []
        self.dropped: list[str] = []  # wrapper characters re-rendered from lead + bylines
        self.out: list[str] = []  # printed tokens kept in the output (roles, names, credits)
        self.agency: str | None = None  # 人民视觉 in 李舸摄（人民视觉）: the caller keeps the printed line
        self.titled: str | None = None  # the posts printed before an author's name (全国政协委员、…教授)
        self.place: str | None = None  # where the reporter filed from (本报记者王晶晶北京报道)


# Words that follow a role in a column's name (评论员观察, 记者手记), never a person's name
# how a unit, a note or a credit ends, never a name (通讯员 县政协办公室, 记者 李明明报道)
_NOT_NAME_ENDINGS = (*NOTE_WORDS, *CREDITS, *"办局委会处室部院厅站所队司校馆团组社报台网")
_COLUMN_WORDS = {"观察", "手记", "调查", "札记", "随笔", "视点", "来信", "观点", "述评", "综述", "笔记", "评论", "蹲点", "探访",
                 "走访", "连线", "直击", "体验", "一线"}


def name_ok(name: str) -> bool:
    core = name.replace("·", "")
    if core in _COLUMN_WORDS:
        return False
    if "·" in name.strip("·"):  # 古丽娜尔·吾甫尔, 叶尔兰·别克: a name in the Uyghur or Kazakh way, parts joined by ·
        parts = name.split("·")
        return all(1 <= len(p) <= 6 and all(is_cjk(c) for c in p) for p in parts) and len(core) <= 12
    return 2 <= len(core) <= 4 and all(is_cjk(c) for c in core) if len(core) > 1 else False


def parse_byline(text: str, *, require_role: bool = True, among_names: bool = False) -> Byline | None:
    """`本报记者 张潇予/文 通讯员 伏自文/图`, `通讯员 刘洋 摄`, `记者倪弋`, `□ 特约评论员 王  沛`.

    Returns None when the text is not made only of roles, names (2–4 CJK chars, padded names
    such as `王  沛` merged) and credits; `require_role` demands a role, credit or marker, so a
    bare pair of words (a headline) is not mistaken for names. `among_names`: the text is a signature
    of names another of which is plainly a name, so a five-character one is a name too (李红 热依汗古丽).
    """
    res = Byline()
    s, agency = _strip_agency(_BRAND_SPACE.sub(r"\1", text.strip()), res)
    if "、" in s:  # names joined by 、 (张三、李四): the marks are printed again between names
        s = _PAPER_AND_BRAND.sub("\0", s)  # (not the one joining a paper to its brand: 沈阳日报、沈报全媒体记者)
        res.dropped += ["、"] * s.count("、")
        s = s.replace("、", " ").replace("\0", "、")
    marked = bool(s) and s[0] in MARKERS
    if marked:
        res.dropped.append(s[0])
        s = s[1:].strip()
    tokens = s.split()
    if not tokens:
        return None
    reader = _Reader(res, marked, among_names)
    for i, tok in enumerate(tokens):
        if not reader.read(tok, tokens[i + 1] if i + 1 < len(tokens) else "", tokens[-1]):
            return None
    if not reader.flush() or not reader.finish(tokens[-1]) or (require_role and not reader.seen_signal):
        return None
    if agency:
        res.out.append(agency)
    _share_text_credit(res.people)
    for p in res.people:
        if p.get("role") is None:
            p.pop("role")
    return res


def _share_text_credit(people: list[dict]) -> None:
    """孟凡霞 见习记者 朱晓彤/文 高山/图: who has no credit of their own before a text's credit (/文) wrote too;
    not before a picture's alone (本报记者 张三 通讯员 李四/图: 张三 wrote, 李四 took the photo)."""
    for i, person in enumerate(people):
        if "credit" not in person:
            after = next((p["credit"] for p in people[i + 1:] if "credit" in p), None)
            if after == "文":
                person["credit"] = after


def _strip_agency(s: str, res: Byline) -> tuple[str, str]:
    """李舸摄（人民视觉）, 特约摄影 龙  帆/视觉重庆: the agency or picture brand that supplied the photo, kept
    with the printed credit (see Byline.agency). The text without it, and the agency as printed."""
    if agency := _AGENCY.search(s):
        res.agency = agency["agency"] or agency["slashed"]
        return s[:agency.start("credit")] + agency["credit"], s[agency.end("credit"):].strip()
    if sent := _SENT_BY.match(s):  # 新华社发 程硕 作: the agency that sent the picture, before its maker
        res.agency = sent["agency"]
        return s[sent.end():], sent["agency"]
    if (brand := _PHOTOGRAPHERS_BRAND.match(s)) and brand["slashed"] not in CREDITS:
        res.agency = brand["slashed"]
        return brand["kept"], s[brand.end("kept"):]
    return s, ""


class _Reader:
    """Reads a byline's tokens left to right: the role in force and the people still waiting for a credit."""

    def __init__(self, res: Byline, marked: bool, among_names: bool = False) -> None:
        self.res = res
        self.role: str | None = None
        self.group: list[dict] = []  # people of the current role still waiting for a credit
        self.prefix_credit: str | None = None  # `文/` before a role: credits everyone up to the next prefix
        self.branded = False  # the role's org is no known kind of newsroom (津云记者): it needs a name after it
        self.seen_signal = marked
        self.among_names = among_names  # a five-character name may stand among plain ones (李红 热依汗古丽)
        self.pending = ""  # one-character tokens of a padded name (王  沛)

    def read(self, tok: str, nxt: str, last: str) -> bool:
        """Take one token; False when it cannot be part of a byline."""
        if self._padded_character(tok, nxt):
            self.pending += tok  # `柳  文`: after one character, 文 ends a padded name (no name has one)
            return True
        if self.pending and len(tok) >= 2 and is_cjk(tok[0]) and tok[1:] in CREDITS:
            self.pending += tok[0]  # `陈  晨摄`: the credit glued to a padded name
            return self._credited(tok[1:])
        after_prefix = self._prefix_credit(tok)
        if after_prefix is None:
            return False
        tok = after_prefix
        head, slash, tail = tok.partition("/")
        if self.pending and slash and len(head) == 1 and is_cjk(head) and not (tok in CREDITS and len(self.pending) >= 2):
            self.pending += head  # `赵  敏/文`: the credit follows the padded name (`黄  婷 文/图`: a credit of its own)
            self.res.dropped.append("/")
            return tail in CREDITS and self._credited(tail)
        if not self.flush():
            return False
        if tok in CREDITS:
            self._credit_token(tok, last)
            return True
        if tok in NOTE_WORDS:
            return False  # handled by closing-note parsing
        if (UNIT.fullmatch(tok) or tok in _CONTRIBUTORS) and nxt:  # 共享联盟·安吉站 何  斌: no role word, the unit
            # (before the name it introduces: 走基层 看台站 is a series' name, no one's unit)
            self.res.dropped.append(tok)
            self.role, self.group, self.seen_signal = None, [], True
            return True
        if m := _ROLE.match(tok):
            tok = self._role(m, tok[m.end():])
            if not tok:
                return True
            if len(tok) == 1 and is_cjk(tok):  # 记者/黄  煦: the first character of a padded name
                self.pending += tok
                return True
        return self._name(tok)

    def _padded_character(self, tok: str, nxt: str) -> bool:
        if not (len(tok) == 1 and is_cjk(tok)):
            return False
        # `记者 文  蕴 整理`: a role, then 文 over one more character: a padded name, not a credit
        return tok not in _ONE_CHARACTER_CREDITS or len(self.pending) == 1 or (
            not self.pending and bool(self.role) and not self.group and len(nxt) == 1 and is_cjk(nxt) and nxt not in CREDITS)

    def _credited(self, credit: str) -> bool:
        """The padded name now complete, and the credit printed after it."""
        if not self.flush():
            return False
        self.res.out.append(credit)
        self._credit(credit)
        self.seen_signal = True
        return True

    def _prefix_credit(self, tok: str) -> str | None:
        """`文/本报记者`: the credit before a role credits the people up to the next one; the rest of the token."""
        head, slash, tail = tok.partition("/")
        if not (slash and head in PREFIX_CREDITS and tail and _ROLE.match(tail)):
            return tok
        if not self.flush():
            return None
        self.prefix_credit = head
        self.res.out.append(head)
        self.res.dropped.append("/")
        self.seen_signal = True
        return tail

    def _credit_token(self, tok: str, last: str) -> None:
        self.res.out.append(tok)
        if (tok in PHOTO_CREDITS or "/" in tok) and tok == last:  # 本报记者 徐伟伦 本报通讯员 孙岩 摄, … 文/图: all took it
            for p in self.res.people:
                p.setdefault("credit", tok)
        elif self.group:
            self._credit(tok)
        else:  # `文/图 本报记者 张三`: the credit is printed before the people it credits
            self.prefix_credit = tok
        self.seen_signal = True

    def _role(self, m: re.Match, rest: str) -> str:
        """A role word (with its org) sets the role of the people after it; the rest of the token."""
        self.branded = bool(m["brand"])
        if _own(m["org"], m["role"]):
            self.res.dropped.append("本报")
        role = _role_of(m["org"], m["role"])
        if media := _MEDIA.match(role):  # 本报全媒体记者: the paper's reporter, whatever its newsroom is called
            self.res.dropped.append(media[0])
            role = role[media.end():]
        if posted := _POSTED_HERE.match(role):  # 驻京记者: the paper's reporter posted in Beijing
            self.res.dropped.append(posted[1])
            role = role[posted.end(1):]
        self.res.out.append(role)
        self.role, self.group, self.seen_signal = role, [], True
        if rest.startswith(("/", "／")):  # 记者/黄  煦 李嘉祥 通讯员/林晓薇: a paper's way of setting a role
            self.res.dropped.append(rest[0])
            rest = rest[1:]
        return rest

    def _name(self, tok: str) -> bool:
        """A name, with its credit glued on (李舸摄) or after a slash (张潇予/文)."""
        glued = _GLUED_CREDIT.match(tok) if "/" not in tok else None
        if glued and glued["credit"] in ("作", "绘") and not looks_like_name(glued["name"]):
            glued = None  # 山海协作, 彩绘: words ending as a cartoon's credit does, not a name
        if glued and name_ok(glued["name"]):
            self.res.out += [glued["name"], glued["credit"]]
            self._person(glued["name"], with_prefix=False)
            self._credit(glued["credit"])
            self.seen_signal = True
            return True
        name, _, cred = tok.partition("/")
        if not (name_ok(name) or self._long_name(name)):
            return False
        self.res.out.append(name)
        self._person(name)
        if cred:
            if cred not in CREDITS:
                return False
            self.res.dropped.append("/")
            self.res.out.append(cred)
            self._credit(cred)
            self.seen_signal = True
        return True

    def _long_name(self, name: str) -> bool:
        """乌兰其其格, 热依汗古丽: a Mongolian or Uyghur name of five characters, printed with no dot between its
        parts; taken only where a role word says a name comes (通讯员 乌兰其其格) or among plain names, and never
        a unit or a note."""
        return (self.role is not None or self.among_names) and len(name) == 5 and all(is_cjk(c) for c in name) \
            and not name.endswith(_NOT_NAME_ENDINGS) and UNIT.fullmatch(name) is None

    def _person(self, name: str, with_prefix: bool = True) -> None:
        credit = {"credit": self.prefix_credit} if self.prefix_credit and with_prefix else {}
        person = {"name": name, "role": self.role, **credit}
        self.res.people.append(person)
        self.group.append(person)

    def _credit(self, credit: str) -> None:
        for p in self.group:
            p.setdefault("credit", credit)

    def flush(self) -> bool:
        """Padded names: `王  沛` is one 2-character name; `王  沛 刘  洋` two of them."""
        run, self.pending = self.pending, ""
        if not run:
            return True
        names = [run] if len(run) <= 3 else [run[i:i + 2] for i in range(0, len(run), 2)]
        if len(names) > 1 and len(names[-1]) == 1:
            names[-2:] = [names[-2] + names[-1]]
        for name in names:
            if not name_ok(name):
                return False
            self.res.out.append(name)
            self._person(name)
        return True

    def finish(self, last: str) -> bool:
        """A role must name someone, except a signature of the role alone (`本报评论员`)."""
        res = self.res
        if not res.people and not self.role:
            return False
        if self.role and not res.people:
            if self.branded:  # 争当新时代好记者: a line ending in a role word, no one named
                return False
            res.people.append({"name": last, "role": self.role})
            res.dropped = [d for d in res.dropped if d != "本报"]
            res.out = [last]
        return True


IN_BRACKETS = re.compile(r"^[（(【](?P<inner>[^（）()【】]{2,40})[）)】]")  # (本报讯【通讯员王亚楠 杨帆】: lenticular)


_SENT_BY = re.compile(r"^(?P<agency>[\u4e00-\u9fff]{1,6}社发)\s+(?=\S)")
_POSTED_HERE = re.compile(r"^(驻[\u4e00-\u9fff]{1,3}?)(?=记者$|通讯员$)")  # no paper named before it: the paper's own
# A newsroom's word for itself, before the role (本报全媒体记者, YMG全媒体记者, 西安报业全媒体记者)
NEWSROOM = "全媒体|融媒体|全媒|融媒"
_MEDIA = re.compile(rf"^(?:{NEWSROOM})(?=(?:首席|特约|见习|摄影)?(?:记者|通讯员|评论员))")  # (全媒体首席记者)
_CONTRIBUTORS = ("拍友", "网友", "读者")  # 拍友 沈宏伟 摄: a reader who sends photos, not a role of the paper
# A unit a contributor writes for, printed where a role would be (共享联盟·安吉站 何  斌, 南平市政协, 县融媒体中心,
# 市政协办公厅 王慧敏, a government bureau's official): no role, the unit is not kept
UNIT = re.compile(r"[\u4e00-\u9fff·]{2,14}(?:站|融媒体中心|新闻中心|政协|记者站|办公厅|办公室|宣传部|统战部|新闻办|研究室)"
                   r"|[\u4e00-\u9fff]{0,10}[省市县区州旗][\u4e00-\u9fff]{1,8}?局")  # 江苏省南通市市场监管局 顾晓峰: an official
