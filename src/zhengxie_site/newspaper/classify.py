"""What a block is (label, colophon, headline …), how a headline block splits, kinds and sections."""
from __future__ import annotations

import re
from collections.abc import Callable

from .bylines import took_picture
from .model import ParsedArticle
from .punctuation import is_cjk
from .segment import VERSE_BREAK
from .vocabulary import DEFAULT, Vocabulary

INTERVIEW_SECTIONS = {"访谈", "专访"}
NOTICE_WORDS = ("公告", "通告", "启事", "公示", "通知", "声明", "更正")


def is_label_shape(s: str) -> bool:
    """2–6 CJK characters on a line of their own, no punctuation (聚焦, 图片新闻, a column's name such as
    协商在基层): above a headline, the label of a section or column, not a kicker."""
    core = s[:-1] if s.endswith(("+", "＋")) else s  # 浙江新闻+: a column named after a brand
    if core[:1].isdigit() and sum(map(is_cjk, core)) >= 2 and len(core) <= 9:  # 12345热线: a hotline's number
        core = "".join(c for c in core if not c.isdigit())
    core = re.sub(r"[（(][\u4e00-\u9fff](?:、[\u4e00-\u9fff])?[）)]", "", core)  # 县（市）区政协, 县（市、区）政协: a
    # word's optional parts, as printed
    core = re.sub(r"(?<=[省市县区镇乡州旗])、(?=[省市县区镇乡州旗])", "", core)  # 区、县（市）快讯: units listed
    if "·" in core:  # 公园城市·社区行: a series logo, a theme and its column joined by a middle dot
        theme, _, column = core.partition("·")  # (the theme may be a campaign's name: 落实教育强国建设规划纲要·地方行动)
        return "\n" not in s and "·" not in column and 2 <= len(theme) <= 14 and 2 <= len(column) <= 6 \
            and all(map(is_cjk, theme + column))
    longest = 10 if _BRIEFS_COLUMN.search(core) else 6  # 县市区政协动态: briefs from the units it names
    return "\n" not in s and 2 <= len(core) <= longest and all(is_cjk(c) for c in core)


_BRIEFS_COLUMN = re.compile(r"(?:动态|快讯|简讯|速递|传真|短讯)$")


def is_staff_line(s: str, words: Vocabulary = DEFAULT) -> bool:
    """A page's staff credits (责任编辑：李明 美术编辑：王芳): page data, not an article."""
    return words.is_staff_line(s)


def is_colophon_start(s: str) -> bool:
    return s.startswith(("本版由", "本版与")) or _unsigned_colophon(s) is not None


_ORGANISATION = re.compile(r"(?:办公厅|办公室|报社|委员会|政协|协会|联合会|出版社|电视台|研究院|集团|日报|中心)$")  # (融媒体中心)


def _unsigned_colophon(text: str) -> list[str] | None:
    """`湖南省政协办公厅　湖南日报社　联合主办`: the partners and the verb on one line, without 本版由; or each
    partner after what it does (主办：昭通日报社　协办：昭通市政协办公室)."""
    if "\n" in text or len(text) > 60:
        return None
    labelled = [_LABELLED_PARTNER.match(w) for w in text.split()]  # 主办：昭通日报社　协办：昭通市政协办公室
    if len(labelled) >= 2 and all(labelled):
        named = [m["who"] for m in labelled if m]
        return named if all(_ORGANISATION.search(p) for p in named) else None
    first = labelled[0] if labelled else None
    if first and first["verb"] != "承办":  # 主办：六盘水市政协办公室　六盘水日报社: one label over them all
        named = [first["who"]] + [w for word in text.split()[1:] for w in word.split("、") if w]
        enough = len(named) >= 2 or first["verb"] == "协办"
        return named if enough and all(_ORGANISATION.search(p) for p in named) else None
    words = [w for w in re.split(r"[\s、]+", text.strip()) if w]
    verb = next((v for v in _COLOPHON_VERBS if words and words[-1].endswith(v)), None)
    if verb is None:
        return None
    partners = words[:-1] + ([words[-1][:-len(verb)]] if words[-1] != verb else [])
    # (州政协办公室协办: one office assists the paper, which goes unsaid; one 主办 alone is a paper's publisher)
    enough = len(partners) >= 2 or (verb == "协办" and len(partners) == 1)
    return partners if enough and all(_ORGANISATION.search(p) for p in partners) else None


_LABELLED_PARTNER = re.compile(r"^(?:本版)?(?P<verb>主办|协办|承办|联办)(?:单位)?[：:](?P<who>\S+)$")  # (本版协办：…)
_COLOPHON_VERBS = ("联合主办", "共同主办", "合办", "主办", "协办", "联办")  # longest first: 联合主办 ends in 主办


def parse_colophon(text: str) -> tuple[str, list[str]] | None:
    """`本版由\\n云南日报社\\n…\\n合办` or on one line -> ("本版由 A B 合办", [A, B])."""
    words = text.split()
    if len(words) == 1 and words[0].startswith("本版与"):  # 本版与青岛市政协办公室联合主办: the paper goes unsaid
        verb = next((v for v in _COLOPHON_VERBS if words[0].endswith(v)), None)
        named = [p for p in re.split(r"与|和|、|及", words[0][3:-len(verb)]) if p] if verb else []
        return (text.strip(), named) if named and all(_ORGANISATION.search(p) for p in named) else None
    if words and not words[0].startswith("本版由"):
        partners = _unsigned_colophon(text)
        return (text.strip(), partners) if partners else None
    if not words:
        return None
    first = words[0][len("本版由"):]
    parts = ([first] if first else []) + words[1:]
    verb = next((v for v in _COLOPHON_VERBS if parts and parts[-1].endswith(v)), None)
    if verb is None:
        return None
    parts[-1] = parts[-1][:-len(verb)]
    if len(words) == 1:  # 本版由福建日报社与福建省政协办公厅合办: as printed, partners joined by 与, 和 or 、
        partners = [p for p in re.split(r"与|和|、|及", parts[0]) if p] if parts and parts[0] else []
        return (text.strip(), partners) if partners else None
    partners = [p for p in parts if p]
    return "本版由 " + " ".join(partners) + " " + verb, partners


# ---------------------------------------------------------------- headline blocks

_DASH_END = re.compile(r"(——|—|：)$")


def _punct(s: str) -> bool:
    """Commas or an enumeration: a kicker's or subheadline's clauses (a colon is a headline's own form:
    大运河畔：遗产“活”起来)."""
    return any(c in s for c in "，、；,")


# 省政协召开专题协商会, 州政协就…开展专题协商: an event reported in full, a headline of its own (the line under it
# says what about)
_EVENT = re.compile(r"(?:召开|举行|举办|开展|启动|组织)\S{0,14}(?:会|会议|活动|仪式|论坛|调研|视察|协商)$")
_DONE = re.compile(r"(?:通过验收|投入使用|投用|正式开通|建成|竣工|揭牌|开幕|闭幕|落幕|上线|投产|开工)$")  # a thing done
# 全省…, 前5个月…: a line stating the news for a whole place or period, as a headline does
_SCOPE_OPENING = re.compile(r"^(?:全省|我省|全市|我市|全区|全县|全国|我国|本市|今年|前\d+个?月|前[一二三四]季度|"
                            r"[一二三四]季度|上半年|1[-—至]\d+月)")
# 推进“金角银边”场景营造: a direction, the way a kicker frames the news under it
_DIRECTIVE = re.compile(r"^(?:推进|推动|加快|助力|打造|深化|坚持|奋力|做好|守护|全力|持续|着力|提升|优化|激发|厚植|筑牢|"
                        r"擦亮|写好|答好|绘就|共建|共绘|加强|强化|培育|促进|激活|争创|勇当|建设|破解|探索|聚力)")
_ACTION = re.compile(r"^[\u4e00-\u9fff]{2,10}?(?:部署|印发|出台|发布|启动|推出|公布|召开|举行|推动|助推)")  # 教育部部署…
# 一件提案推动…, 一条路带富…: a headline whose subject is counted states the news itself, no theme above it
_COUNTED_SUBJECT = re.compile(r"^[一两二三四五六七八九十]+[件条座个位项张封台]")
_PURPOSE = re.compile(r"^为[\u4e00-\u9fff“”]{2,16}?(?:提供|注入|撑起|赋能|护航|保驾护航|添彩|加油|蓄力)")
_FROM_TO = re.compile(r"^从.{1,12}到.{1,12}$")  # 从“刷墙铺路”到“一巷一策”: a change, the kicker's way of framing news
# ——记…, ——访…, 围绕…建言献策 (as a second line); 高速交警提醒：…, 记者帮办：…: who says it, then what
_SUBHEADLINE_OPENING = re.compile(r"^(?:——|—|围绕|聚焦|[\u4e00-\u9fff]{1,8}?(?:专家|负责人)(?:解答|解读|答疑|回应)|"
                                  r"[\u4e00-\u9fff]{2,8}(?:提醒|表示|建议|提示|回应|答复|帮办|支招)[：:]|"
                                  r"[\u4e00-\u9fff]{0,8}(?:区|县|市|局|委|办|中心|公司|集团|部门|法院|检察院|医院|学校|大学)[：:])")  # 法院：…


# 浙江省台州市市场监管局联合公安机关: who acts, and no more (the headline under it says what they did)
_ACTORS_END = re.compile(r"(?:[省市县区州]|[\u4e00-\u9fff]{2}部门|公安机关|司法机关|检察机关)[\u4e00-\u9fff]{0,8}?"
                         r"(?:局|厅|委|部门|机关|法院|检察院)$")
_STATE_END = re.compile(r"(?:平稳|稳定|强劲|明显|显效|发力|向好|回升|企稳|活跃|旺盛|升温|较快增长|稳中有进|稳中向好|"
                        r"(?:持续|稳步|不断|加速)(?:提升|增长|扩大|改善|上升|加快|优化|释放))$")  # a trend, no figures
_STORY_TITLE = re.compile(r"的(?:一天|一夜|一年|一课|故事|日子|坚守|守望|[\d一二三四五六七八九十百]+年)$")  # 陪诊师的一天
_QUOTED_WORDS = re.compile(r"“[\u4e00-\u9fff]{1,4}”[\u4e00-\u9fff]")  # “触网”卖向, “漂洋过海”俏销: a headline's play
_OWN_PLACE = re.compile(r"全省|我省|全市|我市|全区|全县|本市|全国|我国")  # figures that say whose they are
_PLAYED_WORD = re.compile(r"“[\u4e00-\u9fff]{1,2}”[\u4e00-\u9fff]")  # “俏”出大市场: a verb in quotes, played on
_FIGURES = re.compile(r"\d|[％%]|[一二三四五六七八九十百千万亿]+(?:个|项|件|次|人|家|名|亿|万)")  # results, counts


def _unquoted(line: str) -> str:
    """The line without what it quotes: the figures of a named thing (“15分钟便民生活圈”) are not news."""
    return re.sub(r"“[^”]*”", "", line)


def _spaced(line: str) -> bool:
    """Two phrases set side by side, a space (or a full-width one) between them (not the space between two
    Latin words: 让“China Travel”更顺畅)."""
    return re.search(r"\S[ \u3000]+\S", re.sub(r"(?<=[A-Za-z]) (?=[A-Za-z])", "", line)) is not None


def _parallel(line: str) -> bool:
    """拓展岗位资源　强化精准帮扶: two phrases of one length side by side, the way a slogan frames news (a
    headline's two phrases differ: 今秋流感疫苗开打 哪些人最该打？)."""
    parts = re.split(r"[ \u3000]+", line.strip())
    return len(parts) == 2 and abs(len(parts[0]) - len(parts[1])) <= 1 and not _punct(line) \
        and not any(c in line for c in "“”？！?!")


def _clause_headline(line: str) -> bool:
    """高架桥下，长出一片社区“新客厅”: two clauses joined by a comma, no figures, no subheadline opening (three
    clauses tell what followed: 南都报道后，相关部门上门协调，电梯昨日正式启用 is a subheadline)."""
    return line.count("，") == 1 and not _FIGURES.search(line) and not line.startswith(("—", "访", "记")) \
        and "：" not in line and not _WHAT_FOLLOWED.match(line)  # (…，专家提醒：…: who says what, a subheadline's form)


# 经消委会调解，商家退一赔三, 记者介入后，…: who stepped in, then the outcome: what followed the news, a subheadline
_WHAT_FOLLOWED = re.compile(r"^(?:经[\u4e00-\u9fff]{1,10}?(?:调解|协调|介入|督促|处理|核查|帮助)|"
                            r"[\u4e00-\u9fff]{1,8}?(?:介入后?|(?:报道|曝光|督促|协调)后))，")  # (城管部门介入，…)


KICKER, SUBHEADLINE = "kicker", "subheadline"  # what the first of two headline lines is above, or the second under


# 綦江：一个齿轮“咬”出百亿产业集群: a place (or a body) and what it did, a headline's own form
_COLON_HEADLINE = re.compile(r"^[\u4e00-\u9fff]{2,6}[：:]\S")


def _directs(a: str, b: str) -> bool:
    """推进… over the news: a direction (no figures of its own) over figures, a body acting (教育部部署…) or
    a place and what it did (綦江：…)."""
    return bool(_DIRECTIVE.match(a)) and not re.search(r"\d", _unquoted(a)) and not _punct(b) \
        and not _DIRECTIVE.match(b) and bool(re.search(r"\d", b) or _ACTION.search(b) or _COLON_HEADLINE.match(b))


def _scoped(a: str, b: str) -> bool:
    """A theme over the news for a whole place or period in figures (全省…, 前5个月…); a name in quotes in the
    theme is no figure (“1+5+N”产业集群加速成势). A line with words in quotes over figures that name no place
    is the headline, they go on from it (竹山绿松石“触网”卖向全国 / 前10月线上交易额突破20亿元, 莒南花生“漂洋过海”
    俏销海外 / 前三季度出口额…); over figures that name their place it is a theme (老旧小区改造“改”出幸福感 /
    今年我市计划改造老旧小区1026个)."""
    return bool(_FIGURES.search(b)) and not re.search(r"\d", _unquoted(a)) and bool(_SCOPE_OPENING.match(b)) \
        and not _SCOPE_OPENING.match(a) and not _COUNTED_SUBJECT.match(a) \
        and not (_QUOTED_WORDS.search(a) and not _OWN_PLACE.search(b))


# Two headline lines without type sizes: the first rule that holds reads them (its guess goes to the report).
_PAIR_RULES: tuple[tuple[Callable[[str, str], bool], str, str | None], ...] = (
    (lambda a, b: bool(_DASH_END.search(a)) and not b.startswith("—"), KICKER, None),
    # a question is the headline (“一盔一带”，你做到了吗？ over 市公安局…发布冬季出行安全提示), the line with it its kicker
    # or its subheadline
    (lambda a, b: a.endswith("？") and not b.endswith("？") and not _DASH_END.search(a), SUBHEADLINE,
     "headline/subheadline: the first line asks a question, as headlines do"),
    (lambda a, b: b.endswith("？") and not a.endswith("？") and not b.startswith("—"), KICKER,
     "kicker/headline: the second line asks a question, as headlines do"),
    # 共青城：一件羽绒服的“暖经济” over 全市羽绒服装企业订单排至明年1月: a place and what it did, a headline's own form
    (lambda a, b: bool(_COLON_HEADLINE.match(a)) and not _COLON_HEADLINE.match(b) and not b.startswith("—")
     and not _punct(a.split("：", 1)[-1]), SUBHEADLINE,
     "headline/subheadline: the first line names a place and what it did (綦江：…), as headlines do"),
    # 聚焦“加快建设…目的地” over 州政协专题协商推动…: the topic named first frames the news under it
    (lambda a, b: a.startswith(("聚焦", "围绕")) and not _SUBHEADLINE_OPENING.match(b), KICKER,
     "kicker/headline: the first line names the topic (聚焦…, 围绕…), read as kicker"),
    (lambda a, b: bool(_ACTORS_END.search(a)) and not _punct(a + b) and not b.startswith("—"), KICKER,
     "kicker/headline: the first line names who acts (…市场监管局联合公安机关), the second what they did"),
    (lambda a, b: bool(_FROM_TO.match(a)) and not _SUBHEADLINE_OPENING.match(b), KICKER,
     "kicker/headline: the first line, a change from … to …, read as kicker"),
    (lambda a, b: bool(_EVENT.search(b)) and not _EVENT.search(a) and not _punct(b)
     and not _SUBHEADLINE_OPENING.match(b), KICKER, "kicker/headline: the second line reports an event (…召开…会): the headline, under a kicker"),
    (lambda a, b: bool(_EVENT.search(a)) and not _punct(a) and not _DASH_END.search(a), SUBHEADLINE,
     "headline/subheadline: the first line reports an event (…召开…会), the second says what for"),
    (lambda a, b: b.startswith("—"), SUBHEADLINE, None),  # ——记…, ——访…: printed as a subheadline
    (lambda a, b: bool(_SUBHEADLINE_OPENING.match(b)), SUBHEADLINE,
     "headline/subheadline: the second line opens as subheadlines do (围绕…, 聚焦…)"),
    (lambda a, b: _punct(a) and not _punct(b), KICKER,
     "kicker/headline: the first line (with commas) read as kicker above the headline"),
    (lambda a, b: _punct(b) and not _punct(a) and _clause_headline(b) and not _FIGURES.search(a), KICKER,
     "kicker/headline: the second line, two clauses with no figures, read as the headline under a kicker (a "
     "subheadline with commas gives figures or opens with ——, 访 or 记, or stands under a line of figures: "
     "寒潮来袭 岛城最低气温跌至零下7℃)"),
    (lambda a, b: _punct(b) and not _punct(a), SUBHEADLINE,
     "headline/subheadline: the second line read as subheadline"),
    # 为培育耐热作物新品种提供理论支撑 over 我国科学家发现…: what the news is for, framing it
    (lambda a, b: bool(_PURPOSE.match(a)) and not _punct(a), KICKER,
     "kicker/headline: the first line says what the news is for (为…提供…), read as kicker"),
    # 厦门同安湾红树林生态修复项目通过验收 over 新增红树林面积约46公顷: a thing done, then its figures
    (lambda a, b: bool(_DONE.search(a)) and bool(_FIGURES.search(b)) and not _FIGURES.search(a) and not _punct(a + b),
     SUBHEADLINE, "headline/subheadline: the first line reports a thing done (…通过验收, …投入使用), the second its figures"),
    # (a longer first line in figures is the news itself: 江苏前5个月技术合同成交额同比增长21.6% / 企业吸纳…超八成)
    # (nor over a line opening on a figure: 1.2万余人次上道除雪打冰 gives the figures under the headline)
    (lambda a, b: len(a) > len(b) + 4 and not re.search(r"\d", a) and not b[0].isdigit(), KICKER,
     "kicker/headline: the longer first line read as kicker"),
    (_directs, KICKER, "kicker/headline: the first line sets a direction (推进…, 加快…), the second gives the news "
                       "(figures, a body acting: 教育部部署…, or a place and what it did: 綦江：…): read as kicker over the headline"),
    (_scoped, KICKER, "kicker/headline: the second line states the news for a place or period (全省…, 前5个月…) in "
                      "figures, under a theme: read as the headline"),
    # 拓展岗位资源　强化精准帮扶 over 教育部启动…行动: two parallel phrases frame the news under them (a line of
    # figures under them explains them: 赶在供暖前 老旧管网“换新” / 一件…推动…1600公里)
    (lambda a, b: _parallel(a) and not _spaced(b) and not _FIGURES.search(a + b) and not _DIRECTIVE.match(b), KICKER,
     "kicker/headline: the first line, two phrases side by side, read as kicker"),
    (lambda a, b: len(a) >= 12 and len(b) * 2 >= len(a) * 3, SUBHEADLINE,
     "headline/subheadline: the first line is a headline's length, the second half as long again: read as the "
     "subheadline that explains it"),
    # dailies print a short kicker (引题) over the headline far more often than a headline over a longer subheadline
    (lambda a, b: len(a) + 3 <= len(b) and not _FIGURES.search(b), KICKER,
     "kicker/headline: the shorter first line read as kicker above the headline"),
    # two phrases side by side (延链补链强链 推动…): a kicker, or a subheadline
    (lambda a, b: _spaced(a) and not _spaced(b), KICKER,
     "kicker/headline: the first line, two phrases, read as kicker"),
    (lambda a, b: _spaced(b) and not _spaced(a), SUBHEADLINE,
     "headline/subheadline: the second line, two phrases, read as subheadline"),
    # 入冬以来全市供热系统运行平稳 over 主城区供热室温达标率达98.6%: a state (平稳, 强劲, 向好) framing the figures
    (lambda a, b: bool(_STATE_END.search(a)) and bool(re.search(r"\d", b)) and not _FIGURES.search(a), KICKER,
     "kicker/headline: the first line states how things stand (…运行平稳), the second gives the figures"),
    (lambda a, b: bool(_FIGURES.search(b)) and not _FIGURES.search(a), SUBHEADLINE,
     "headline/subheadline: the second line, with figures, read as subheadline"),
    # 在陌生人看病时“搭把手” over 年轻陪诊师的一天: someone's day, year or story is a feature's headline
    (lambda a, b: bool(_STORY_TITLE.search(b)) and not _STORY_TITLE.search(a) and not _punct(b), KICKER,
     "kicker/headline: the second line names someone's day or story (…的一天), as a feature's headline does"),
    # 年宵花进入上市旺季 over 青州盆花“俏”出大市场: a word in quotes played on (“俏”出, “织”出) is the headline's
    (lambda a, b: bool(_PLAYED_WORD.search(b)) and not _PLAYED_WORD.search(a), KICKER,
     "kicker/headline: the second line plays on a word in quotes (…“俏”出…), as a headline does: read as the "
     "headline under a kicker"),
    (lambda a, b: True, SUBHEADLINE, "headline/subheadline: two headline lines read as headline + subheadline"),
)


def _pair(a: str, b: str, notes: list[str]) -> tuple[str | None, str, str | None]:
    """(kicker, headline, subheadline) of two headline lines, by the first of _PAIR_RULES that holds."""
    reading, note = next((reading, note) for holds, reading, note in _PAIR_RULES if holds(a, b))
    if note:
        notes.append(note)
    return (a, b, None) if reading == KICKER else (None, a, b)


def split_headline(lines: list[str], sizes: list[float] | None = None
                   ) -> tuple[str | None, str | None, str | None, list[str]]:
    """(kicker, title, subtitle, guesses) from the headline run (1–3 short blocks).

    With type sizes (a PDF), the line set largest is the headline, the lines above it the kicker and
    those below the subheadline: no guess. Without: one block is print lines joined by spaces (a segment
    ending in a dash or ： is a kicker; a long first segment followed by more text is headline +
    subheadline; short segments are one headline printed on several lines, spaces kept). Two blocks: the
    one with commas/enumeration is the kicker if first, the subheadline if second. Three: kicker,
    headline, subheadline.
    """
    notes: list[str] = []
    kicker = title = subtitle = None
    if sizes and len(sizes) == len(lines) and len(lines) > 1 and len(set(sizes)) > 1:
        top = sizes.index(max(sizes))
        return (" ".join(lines[:top]) or None, lines[top], " ".join(lines[top + 1:]) or None, notes)
    lines = [x for x in lines if x]
    if not lines:
        return None, None, None, notes
    if len(lines) > 3:
        notes.append(f"headline run of {len(lines)} lines: first read as kicker, the rest joined as subheadline")
        return lines[0], lines[1], " ".join(lines[2:]), notes
    if len(lines) == 3:
        return lines[0], lines[1], lines[2], notes
    if len(lines) == 2:
        kicker, title, subtitle = _pair(lines[0], lines[1], notes)
        return kicker, title, subtitle, notes
    line = lines[0]
    segs = line.split()
    for i, seg in enumerate(segs[:-1]):
        if _DASH_END.search(seg):
            kicker = " ".join(segs[: i + 1])
            notes.append("kicker/headline split after the dash")
            segs = segs[i + 1:]
            break
    rest = " ".join(segs[1:])
    # a headline's length, then what reads as a subheadline (围绕…, a longer line, figures under a clearly longer
    # headline: …“回头看”工作启动 首批确定重点督办提案12件); two phrases of about one length side by side
    # (小区门口路灯“罢工”半个月 居民夜里摸黑出行, 青年大街部分路段夜间施工 6条公交线路临时绕行) are one headline
    long_first = len(segs[0]) >= 12 and bool(_SUBHEADLINE_OPENING.match(rest) or _EVENT.search(segs[0])
                                             or (_FIGURES.search(rest) and len(segs[0]) >= len(rest) + 4)
                                             or len(rest) >= len(segs[0]))
    if len(segs) >= 2 and (long_first or (_punct(rest) and len(segs[0]) >= 8)):
        title, subtitle = segs[0], " ".join(segs[1:])
        notes.append("headline/subheadline split at the space")
    else:
        title = " ".join(segs)
        if len(segs) >= 2:
            notes.append("headline printed on several lines kept as one headline (spaces kept); "
                         "may also be headline + subheadline")
    return kicker, title, subtitle, notes


# ---------------------------------------------------------------- kinds and sections

_STORY_SUBTITLE = re.compile(r"^—{1,2}(?P<kind>记|访|.*(?:见闻|追踪|纪实|侧记|探访|素描|札记)$)")
_PROPOSAL = re.compile(r"^关于.{4,40}的(?:提案|建议)$")
_LEARNED = re.compile(r"记者[^。，；]{0,12}获悉|一项(?:调查|调研|研究)显示")  # (a poll the paper ran: its news)


def base_kind(a: ParsedArticle, marked: bool) -> str:
    """Kind from the article's own shape, before its section label is applied."""
    title = a.title or ""
    if any(w in title for w in NOTICE_WORDS) and not a.lead:
        return "notice"
    qa = sum(1 for p in a.paragraphs if re.match(r"^(问|答|记者|委员|Q|A)[：:]", p))
    speakers = [m.group(1) for p in a.paragraphs if (m := re.match(r"^([\u4e00-\u9fff]{2,6})[：:]", p))]
    if qa >= 2 or "访谈" in title or "专访" in title or (len(speakers) >= 4 and len(set(speakers)) == 2):
        return "interview"
    if _PROPOSAL.match(title) and not a.subheadings:
        return "brief"  # a proposal printed in full (◎州政协委员 朱  红 marks its author): neither argument nor story
    if marked or any("评论员" in (b.get("role") or "") for b in a.bylines):
        return "commentary"
    captions_only = not a.paragraphs or a.paragraphs == [f["caption"] for f in a.figures]
    if a.figures and captions_only and not a.subheadings and not a.lead:
        return "photo"  # captions (with their credits) and nothing else
    # A profile (副题 "——记…") is a feature however short the dump is; so is a story its 副题 names as one
    # (——…见闻, ——…提案办理追踪, ——…侧记), unless a dateline makes it the day's news
    story = _STORY_SUBTITLE.match(a.subtitle or "")
    profile = story is not None and (story["kind"] in ("记", "访") or a.lead is None)
    poem = not a.lead and any(VERSE_BREAK in p for p in a.paragraphs)  # literature, neither news nor argument
    # remarks put together (整理) over three paragraphs or more: a digest, a feature (two are a brief's)
    compiled = not a.lead and len(a.paragraphs) >= 3 and any(b.get("credit") == "整理" for b in a.bylines)
    # 记者昨日从市总工会获悉: the reporter learned the news from a body, as a dateline would say, or from a poll
    # (一项调查显示…) (a feature tells what the reporter saw)
    # (or the headline reports a meeting held, 市政协召开专题议政性常委会议: the news of the day, dateline or none)
    dated = _datelined(a) or any(_LEARNED.search(p) for p in a.paragraphs[:3]) or bool(_EVENT.search(title))
    if poem or a.subheadings or (a.figures and not dated) or (not dated and len(a.paragraphs) >= 5) or profile \
            or compiled:
        return "feature"
    if not a.lead and any(took_picture(b) for b in a.bylines) and len(a.paragraphs) <= 2:
        return "photo"
    return "brief"


# 科技观察, 人民论坛: a column of opinion when an author writes it (a reporter's 社区观察 is a news feature)
_OPINION_COLUMN = re.compile(r"(?:观察|论坛|观点|快评|锐评|时评|热评|随笔|杂谈|漫谈|巷议|刍议|漫议|杂议|来信|视角|建言|献策|(?<!小)说|之声)$")  # 青年说, 委员说 (a 小说 is fiction)


_HOTLINE_COLUMN = re.compile(r"热线|帮办|帮忙|问政")  # 热线追踪, 记者帮办: readers call, the paper follows it up
_HISTORY_COLUMN = re.compile(r"文史|(?:史话|往事|掌故|春秋|记忆)$")  # 文史天地, 甬城文史


def kind_for_section(section: str | None, kind: str, reported: bool = False, words: Vocabulary = DEFAULT,
                     dated: bool = False, parted: bool = False) -> str:
    if section in words.photo_labels or (section and words.is_photo_column(section) and kind in ("photo", "brief")):
        return "photo"
    if section in words.comment_labels or (section and _OPINION_COLUMN.search(section) and not reported
                                           and kind != "photo"):
        return "commentary"
    if section in INTERVIEW_SECTIONS:
        return "interview"
    if section and section.endswith("观察") and reported and not dated and kind == "brief":
        return "feature"  # 市场观察: a reporter's look at a market or a street, no dateline: a news feature
    if section and _HISTORY_COLUMN.search(section) and kind == "commentary":
        return "feature"  # 甬城文史: an author's piece of local history, signed （作者系…）, is not an argument
    if section and _HOTLINE_COLUMN.search(section) and kind == "feature" and not parted:
        return "brief"  # 热线追踪: a reader's call followed up is news, with its photo and no dateline (not in parts)
    return kind


_REPORTERS = ("记者", "通讯员", "实习生")


def _fits(section: str, a: ParsedArticle, words: Vocabulary) -> bool:
    """A comment column does not reach over a news item (a dateline, or a reporter in the byline)."""
    return not (section in words.comment_labels and _reported(a))


def _datelined(a: ParsedArticle) -> bool:
    """A dateline, the paper's (本报讯) or the reporter's own (本报记者王晶晶北京报道), or the people run into the
    text in its place (常德日报记者 龚宇辉 12月3日，…)."""
    return a.lead is not None or a.reported_from is not None or a.signed_in_text


def _reported(a: ParsedArticle) -> bool:
    """News: datelined, or a reporter (记者, 通讯员, 实习生) in its bylines."""
    return _datelined(a) or any(r in (b.get("role") or "") for b in a.bylines for r in _REPORTERS)


def apply_sections(articles: list[ParsedArticle], labels: dict[int, str], own: frozenset[int] = frozenset(),
                   words: Vocabulary = DEFAULT) -> None:
    """A label covers the article right after it and the following articles of the same kind.

    `labels` maps article order -> label printed right before it (or, for the orders in `own`, the
    column tag printed with its headline, which covers that article alone). Inheritance stops at the
    first article of another kind (it then has no section: reported as a guess).
    """
    current: str | None = None
    current_kind: str | None = None
    for a in articles:
        if a.order in own:
            a.section, current, current_kind = labels[a.order], None, None
        elif a.order in labels:
            current, current_kind = labels[a.order], a.base_kind
            a.section = current
        elif current is not None:
            if a.base_kind == current_kind and _fits(current, a, words):
                a.section = current
                a.notes.append(f"section {current} inherited from the label above an earlier article "
                               f"(same kind: {a.base_kind})")
            else:
                a.notes.append(f"no section label of its own: follows {current} ({current_kind}) "
                               f"but is a {a.base_kind}; left without section")
                current = current_kind = None
        a.kind = kind_for_section(a.section, a.base_kind, _reported(a), words, dated=_datelined(a),
                                  parted=bool(a.subheadings))

