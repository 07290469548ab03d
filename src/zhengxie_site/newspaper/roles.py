"""What each block of a page is, decided before articles are assembled: by its own shape, then by its
neighbours (a label over a headline, a kicker ending in ！ over a dateline, numbered items in a row)."""
from __future__ import annotations

import re

from . import bylines as by
from .bylineforms import parse_byline_line
from .lookahead import photo_item_ahead
from .names import looks_like_name
from .classify import is_label_shape
from .datelines import is_dateline, LEAD, parse_lead
from .vocabulary import DEFAULT, Vocabulary
from .segment import BULLETS, Block, ends_final, is_list_block, is_short, item_number, list_item, SHORT_MAX
from .structures import box_label, SIDEBAR_LABELS, CAPTION_MARKS, captioned, EDITORS_SIGNATURE, is_photo_credit, labelled_box, \
    mark_described_items
from .signatures import parse_closing_note, trailing_signature

# （作者为云南大学教授）, （作者：曹文彬，系东南大学人文学院教授）: kept in the text, it closes its article
AUTHOR_NOTE = re.compile(r"^[（(](?:(?:作者|本文作者)(?:[：:](?P<name>[\u4e00-\u9fff·]{2,4})(?:[，,]\s*|(?=[）)])))?"
                         r"(?:(?:系|为|是)[^（）()]{2,60})?|作者单位[：:][^（）()]{2,60})[）)]$")
PHOTO_CREDIT_WORDS = ("摄", "供图", "提供", "资料图片", "新华社发")


def block_roles(rest: list[Block], words: Vocabulary = DEFAULT) -> list[str]:
    """One role per block: list, row, bracketed, brief_head, note, endnote, box, inline_box, summary, boxmore, signoff,
    byline, lead, caption, source, label, short, item, desc or para."""
    roles = [_role(b) for b in rest]
    _titled_authors(rest, roles)
    _bracketed_items(rest, roles)
    _table_rows(rest, roles)
    _headline_lines(rest, roles)
    _bulleted_briefs(rest, roles)
    _labels(rest, roles, words)
    mark_described_items(rest, roles)
    _numbered_runs(rest, roles)
    _summary_points(rest, roles)
    _boxes(rest, roles)
    _labels(rest, roles, words)  # a box's label with no text under it (出行提示 over a headline) is a column's
    _uncredited_captions(rest, roles)
    _marked_captions(rest, roles)
    return roles


def _marked_captions(rest: list[Block], roles: list[str]) -> None:
    """`▲12月1日，…展示冬装。` or `■ 昨天，市民在…拍照` over a photo's credit: the mark points at the photo
    above or sets its caption apart, a caption's (▲ items in a row are a list, read before this)."""
    for k in range(len(rest) - 1):
        if roles[k] in ("para", "short") and rest[k].single and rest[k].text[0] in CAPTION_MARKS and (
                roles[k + 1] == "source" or roles[k + 1] == "byline" and is_photo_credit(rest[k + 1].text)):
            roles[k] = "caption"


def _uncredited_captions(rest: list[Block], roles: list[str]) -> None:
    """One sentence standing between the blank runs a photo leaves (or closing its article), no credit
    under it: the caption of a photo printed without a credit (a credited one goes with its credit)."""
    def cut_by_it(k: int) -> bool:  # the text above stops mid-sentence: the photo stood inside it
        return k > 0 and roles[k - 1] == "para" and not ends_final(rest[k - 1].text)

    def pictured(k: int) -> bool:  # the article's byline credits its pictures (文/图 朱德荣): it has one
        j = k - 1  # (so may its dateline: 本报讯（记者 马晓东 通讯员 丁雪梅 文/图）)
        while j >= 0 and roles[j] in ("para", "caption"):
            j -= 1
        parsed = parse_byline_line(rest[j].text) if j >= 0 and roles[j] == "byline" else None
        if j >= 0 and roles[j] == "lead" and (lead := parse_lead(rest[j].text)):
            parsed = lead[1]
        return parsed is not None and any("图" in (p.get("credit") or "") for p in parsed.people)

    for k, b in enumerate(rest):
        nxt = roles[k + 1] if k + 1 < len(rest) else None
        if (roles[k] == "para" and b.single and b.blank_before >= 3 and len(b.text) <= 60
                and b.text.endswith("。") and b.text.count("。") == 1 and nxt not in ("byline", "source")
                and (nxt != "para" or rest[k + 1].blank_before >= 2 or cut_by_it(k) or pictured(k))):
            roles[k] = "caption"


def _role(b: Block) -> str:
    t = b.text
    if is_list_block(b):
        return "list"
    if parse_closing_note(t):
        return "note"
    if b.single and _is_author_note(t):
        return "endnote"
    if b.single and box_label(t):
        return "box"
    if t.startswith("【") and LEAD.match(t):
        return "lead"  # 【本报讯】（…）…: a dateline in brackets, not a box's label
    if labelled_box(b):
        return "inline_box"  # 【内容提要】… / 核心提示：…
    if b.single and EDITORS_SIGNATURE.match(t):
        return "signoff"
    if b.single and (source := by.photo_source(t)) and not _names_someone(source.removesuffix("供图")):
        return "source"  # 通讯员供图, 受访者供图: a photo's credit naming no one (张三供图 names someone)
    if (b.single or len(b.lines) <= 3) and (parsed := parse_byline_line(t)) and not _column_of_a_role(t, parsed):
        return "byline"  # (three lines at most: an author's posts stacked over the name)
    if b.single and b.small and len(t) <= 20 and any(t.endswith(w) for w in PHOTO_CREDIT_WORDS):
        return "source"  # a credit in caption type that names no one the byline rules know
    if b.single and by.photo_source(t):
        return "source"  # 受访者供图: a photo's credit naming no one
    if is_dateline(t):
        return "lead"
    if b.single and ((t.startswith("图为") and len(t) <= 120) or captioned(t) or (b.small and len(t) <= 200)):
        return "caption"  # 图为…。 or any text ending in its photo credit: never a paragraph or a fragment
    if is_short(t):
        return "short"
    return "para"


def _column_of_a_role(t: str, parsed: by.Byline) -> bool:
    """记者帮你问, 记者调查: a column named after a role, printed in one word, whose "name" is no name."""
    return not any(c.isspace() for c in t) and len(parsed.people) == 1 and parsed.people[0].get("role") is not None \
        and not looks_like_name(parsed.people[0]["name"])


def _names_someone(t: str) -> bool:
    """张三 names someone; 通讯员 or 受访者 alone does not."""
    parsed = parse_byline_line(t)
    return parsed is not None and any(p["name"] != p.get("role") for p in parsed.people)


def _is_author_note(t: str) -> bool:
    m = AUTHOR_NOTE.match(t)
    return m is not None and len(t) > 4 and (m["name"] is not None or "系" in t or "为" in t or "是" in t or "单位" in t)


# 【长沙】6月14日，…: a roundup's item headed by its place in brackets
BRACKETED_ITEM = re.compile(r"^【(?P<place>[\u4e00-\u9fff]{2,6})】(?=\S)")


def _bracketed_items(rest: list[Block], roles: list[str]) -> None:
    """Two or more paragraphs opening with a word in brackets, close together: a roundup whose items are
    headed by their places (【长沙】… 【衡阳】…), each an item of its own. One alone is a box's label."""
    heads = [k for k, b in enumerate(rest) if roles[k] in ("para", "inline_box") and not is_short(b.text)
             and BRACKETED_ITEM.match(b.text)]
    for k in heads:
        if any(j != k and abs(j - k) <= 3 for j in heads):
            roles[k] = "bracketed"


def _titled_authors(rest: list[Block], roles: list[str]) -> None:
    """An author's posts and name (`全国政协委员、南开大学历史学院教授 沈  澄`) right under the headline lines
    is the byline; the same form after text is a speaker's label inside a compound feature, and so is one
    under a part's title in remarks a reporter put together (`本报记者 … 整理` above: 委员建言, or the column
    signed so at its end), or under a headline naming them so (`——双月协商座谈会发言摘登`)."""
    compiled = False  # inside remarks put together (整理) by the byline above, until the next label or dateline
    signed_at_end = _compiled_columns(rest, roles)
    for k in range(1, len(rest)):
        # (a reporter's byline under a headline starts the next article, inside remarks put together or not)
        next_byline = roles[k] == "byline" and roles[k - 1] == "short" and by.parse_byline(rest[k].text) is not None
        if roles[k] in ("label", "lead") or (roles[k] == "byline" and not compiled) or next_byline:
            compiled = roles[k] == "byline" and rest[k].text.endswith("整理")
        if roles[k] in ("short", "para") and roles[k - 1] == "short" and rest[k].single \
                and not (compiled or k in signed_at_end) \
                and not COMPILED.search(rest[k - 1].text) and parse_byline_line(rest[k].text, titled=True):
            roles[k] = "byline"


def _compiled_columns(rest: list[Block], roles: list[str]) -> set[int]:
    """The blocks under a label whose remarks, two speakers' or more, a reporter put together and signed at the
    end (（记者黄少敏整理）)."""
    blocks: set[int] = set()
    start = 0
    for k, role in enumerate(roles):
        if role == "note" and rest[k].text[1:-1].strip().endswith("整理"):
            speakers = [j for j in range(start + 1, k) if roles[j - 1] == "short" and rest[j].single
                        and parse_byline_line(rest[j].text, titled=True)]
            if len(speakers) >= 2:
                blocks.update(range(start, k))
        if role in ("label", "note"):
            start = k
    return blocks


# A row of a table printed as text: cells set apart by a wide space (6月8日—7月20日　北京·国家典籍博物馆)
_CELL_GAP = re.compile(r"(?<=\S)(?:[\u3000\t]+| {2,})(?=\S)")


def _table_rows(rest: list[Block], roles: list[str]) -> None:
    """Three or more blocks in a row, each a line of cells with as many gaps and no sentence in it (a
    schedule, a price list), or three such lines in one block under a list's title: the rows of a list, not
    headlines or paragraphs."""
    def cells(k: int) -> int:
        b = rest[k]
        if not b.single or roles[k] not in ("short", "para") or len(b.text) > 60 or any(c in b.text for c in "。！？"):
            return 0
        return len(_CELL_GAP.findall(b.text))
    k = 0
    while k < len(rest):
        gaps, run = cells(k), k
        while gaps and run < len(rest) and cells(run) == gaps:
            run += 1
        if run - k >= 3:
            for j in range(k, run):
                roles[j] = "row"
        k = max(run, k + 1)
    for k in range(1, len(rest)):  # the rows in one block, one a line, under the list's title (部分项目冠军：)
        lines = rest[k].lines
        if roles[k] == "para" and len(lines) >= 3 and roles[k - 1] == "short" and rest[k - 1].text.endswith("：") \
                and all(len(x) <= 40 and not any(c in x for c in "。！？；") for x in lines):
            roles[k] = "row"


def _headline_lines(rest: list[Block], roles: list[str]) -> None:
    """A headline line may end in ！ or ？ or …… or hold a ；(盼了三年，终于来了！ / 出口…增长6.8%；进口… /
    修鞋、配钥匙、磨剪子戗菜刀……): in a run of at most three headline lines over a dateline or byline, such a
    line is one of them."""
    def headline_like(k: int) -> bool:
        t = rest[k].text
        return roles[k] == "short" or (roles[k] == "para" and rest[k].single and len(t) <= SHORT_MAX
                                       and "。" not in t and (t[-1] in "！？!?…" or not ends_final(t)))
    for k in range(len(rest)):
        end = k
        while end < len(rest) and end - k < 3 and headline_like(end):
            end += 1
        if k < end < len(rest) and roles[end] in ("byline", "lead", "box", "inline_box") \
                and any(roles[j] == "short" for j in range(k, end)):
            for j in range(k, end):
                roles[j] = "short"
        # a long subheadline that explains the news (…摊点免租入驻，本市今年底前将新增200个…), between the
        # headline and the byline: clauses, no full stop
        if roles[k] == "para" and 0 < k < len(rest) - 1 and roles[k - 1] == "short" \
                and roles[k + 1] in ("byline", "lead") and rest[k].single and len(rest[k].text) <= 80 \
                and "。" not in rest[k].text and not ends_final(rest[k].text):
            roles[k] = "short"
        # 职工问答 over 年休假没休完，单位能否“一笔勾销”？ over the text: a column's label over a headline asking
        # a question, whatever follows (readers' letters open with no byline)
        if roles[k] == "para" and headline_like(k) and rest[k].text[-1] in "？?" and k > 0 \
                and roles[k - 1] == "short" and is_label_shape(rest[k - 1].text) \
                and (k == 1 or roles[k - 2] != "short") and k + 1 < len(rest) and roles[k + 1] == "para":
            roles[k] = "short"
        # 平安提示 over 接到“客服”电话说要退款？当心是骗局 over the dateline: a column's headline asking a question
        if roles[k] == "para" and headline_like(k) and 0 < k < len(rest) - 1 and roles[k - 1] in ("box", "label") \
                and roles[k + 1] == "lead":
            roles[k] = "short"
        # 租房提取公积金 额度提高了吗？ over ——…回应市民关切: a headline over its subheadline, whatever follows
        if roles[k] == "para" and headline_like(k) and k + 1 < len(rest) and roles[k + 1] == "short" \
                and rest[k + 1].text.startswith("——"):
            roles[k] = "short"


_BRIEF_MARKS = "●◆■▲◇□"


def _bulleted_briefs(rest: list[Block], roles: list[str]) -> None:
    """`●市政协召开提案办理情况通报会` over 本报讯…, then `●崂山区政协…` over its text: briefs whose headlines
    carry the column's bullet (role "brief_head"), not a list's items. News tells them from a list: one
    opens on a dateline or ends signed (…（通讯员 臧  蕾）)."""
    heads = [k for k in range(len(rest) - 1) if roles[k] == "short" and rest[k].single
             and rest[k].text[0] in _BRIEF_MARKS and len(rest[k].text) >= 6 and roles[k + 1] in ("lead", "para")]
    runs = [(k, next((j for j in range(k + 1, len(rest)) if roles[j] not in ("lead", "para")), len(rest)))
            for k in heads]
    news = [roles[k + 1] == "lead" or trailing_signature(rest[end - 1].text) is not None for k, end in runs]
    adjacent = all(end == nxt for (_, end), nxt in zip(runs, heads[1:]))
    if len(heads) >= 2 and any(news) and adjacent and len({rest[k].text[0] for k in heads}) == 1:
        for k in heads:
            roles[k] = "brief_head"


COMPILED = re.compile(r"(?:摘登|摘编|选登|选摘)$")  # a column of remarks put together: always a label


def _labels(rest: list[Block], roles: list[str], words: Vocabulary) -> None:
    """Section labels: short CJK lines (2–6 characters) over a headline or an editor's note, or a known
    label over an item's text. A 5–6 character line is a column's name only over a whole headline run
    (a byline or dateline under it), not over another short line inside an article."""
    for k, b in enumerate(rest):
        logo = roles[k] == "short" and _series_logo(rest, roles, k)
        named = logo and bool(_SERIES_WORD.search(b.text) or _OBSERVANCE.match(b.text))  # (even over the first item)
        if roles[k] != "short" or not (is_label_shape(b.text) or logo) or (b.heading and "·" in b.text):
            continue  # (set in headline type, 委员履职纪事·在基层一线 is a kicker: a PDF's sizes tell)
        nxt = roles[k + 1] if k + 1 < len(rest) else None
        over_heading = nxt == "brief_head" or (
            nxt == "short" and not list_item(rest[k + 1].text) and not rest[k + 1].text.startswith("—"))
        if len(b.text) > 4 and over_heading and not named:
            over_heading = _column_over_run(rest, roles, k)
        if over_heading or nxt in ("box", "inline_box", "bracketed") or (
                b.text in words.labels and nxt in ("lead", "byline", "para")) or (
                COMPILED.search(b.text) and nxt == "short"):  # 委员发言摘登 over a digest with no byline above it
            roles[k] = "label"


def _column_over_run(rest: list[Block], roles: list[str], k: int) -> bool:
    """A line of five or six characters over a whole headline run is its column's name: over the headline
    lines and their byline, dateline or box; over kicker, headline and ——subheadline; over a photo's headline
    and caption. Not over the page's first item, datelined news (工业经济稳中有进 over its headline and
    subheadline is the kicker), nor under a column's label (基层观察 / 走进非遗工坊 / 苗绣针脚里… / ——…: the
    kicker, as a series' name there is)."""
    if k and roles[k - 1] == "label":
        return False
    end = _shorts_end(roles, k + 1)
    after = roles[end] if end < len(rest) else None
    if k == 0 and end - k == 3 and "·" not in rest[k].text and (
            after == "lead" or (after == "byline" and not rest[end - 1].text.startswith("——"))):
        return False  # (强冷空气来袭 over its headline, a subheadline stating the news, the byline; but 评论员观察 is
        # the column of a commentary, a ——subheadline naming its series)
    return after in ("byline", "lead", "box", "inline_box") \
        or (end - k == 4 and rest[end - 1].text.startswith("——")) \
        or (end - k == 2 and photo_item_ahead(rest, roles, end))


# …巡礼, …纪事, …进行时: the words a series of reports is named with
# (or who speaks on what, one after another: 县委书记谈乡村振兴, 委员谈履职)
_SERIES_WORD = re.compile(r"(?:巡礼|调研行|纪事|进行时|在行动|面对面|大家谈|蹲点记|走基层|新观察|"
                          r"(?:书记|委员|专家|代表|院士|市长|县长|区长|局长|厅长|校长|主任|部长)谈[\u4e00-\u9fff]{2,6})$")


# 全国交通安全日, 世界艾滋病日, 国家网络安全宣传周: the day or week a page marks, a column over its reports
_OBSERVANCE = re.compile(r"^(?:全国|国家|世界|国际|中国)[\u4e00-\u9fff]{2,8}(?:日|周|月)$")


def _series_logo(rest: list[Block], roles: list[str], k: int) -> bool:
    """高质量发展调研行 over a headline and its ——subheadline, then the byline: a series' logo of seven or eight
    characters (a headline that short over its ——subheadline has no third line); one of up to ten named as a
    series is (县域特色产业集群巡礼) over any headline run, but over the page's first headline and subheadline
    it is their kicker (民生工程进行时 / 今年我市312个老旧小区改造全面开工 / 惠及居民…), as a column's name is
    (not over a ——subheadline naming its part of the series, nor the day the page marks: 全国交通安全日)."""
    t = rest[k].text
    if not (7 <= len(t) <= 10 and all("\u4e00" <= c <= "\u9fff" for c in t)) or (k and roles[k - 1] == "label") \
            or rest[k].heading:
        return False  # (under a column's label, or set in headline type, it is the kicker: 劳模风采 / 焊花飞溅三十载)
    run = _shorts_end(roles, k + 1)
    if run >= len(rest) or roles[run] not in ("byline", "lead"):
        return False
    if _OBSERVANCE.match(t):
        return run - k in (2, 3)
    if _SERIES_WORD.search(t):
        return run - k == 2 or (run - k == 3 and (k > 0 or rest[run - 1].text.startswith("——")))
    # (over kicker, headline and ——subheadline too: 质量强国在基层 / 标准引领产业升级 / 安平丝网… / ——…见闻)
    return len(t) <= 8 and run - k in (3, 4) and rest[run - 1].text.startswith("——") \
        and not any(x.text.startswith("—") for x in rest[k + 1:run - 1])


def _shorts_end(roles: list[str], k: int) -> int:
    """Where the run of short lines (a headline's) from k on ends."""
    while k < len(roles) and roles[k] == "short":
        k += 1
    return k


def _numbered_runs(rest: list[Block], roles: list[str]) -> None:
    """`1.错峰出行。建议…` / `2.优先乘坐公交。…` one per block: numbered 1, 2, … in a row, one list."""
    k = 0
    while k < len(rest):
        run, mark = k, None
        while run < len(rest) and _one_item(rest[run]) and roles[run] in ("para", "short") \
                and (item := list_item(rest[run].lines[0])) and item_number(item[0], run - k + 1) == run - k + 1 \
                and (item[0] not in BULLETS or mark in (None, item[0])):  # ■ over ●: two heading levels
            mark = item[0]
            run += 1
        if run - k >= 2 and not _unannounced_paragraphs(rest, k, run):
            for j in range(k, run):
                roles[j] = "list"
        k = max(run, k + 1)


_AS_FOLLOWS = re.compile(r"(?:如下|以下[\u4e00-\u9fff]{0,6})[：:]$")  # 主要措施如下：, 包括以下几个方面：


def _unannounced_paragraphs(rest: list[Block], k: int, end: int) -> bool:
    """一是加强规划引导。建议… / 二是…, ●李建华常委：建议…: each a paragraph of its own, with nothing announcing a
    list before them (`…具体措施如下：`): the text's own way of counting or of giving the floor, paragraphs. (A
    paragraph that ends `…问题比较突出。为此建议：` goes on into its own sentences: only a line of its own, or
    `…如下：`, announces a list.)"""
    before = rest[k - 1].text.rstrip() if k else ""
    announced = before.endswith(("：", ":")) and (not re.search(r"[。！？]", before) or bool(_AS_FOLLOWS.search(before)))
    return not announced and all(ends_final(b.text) and (len(b.text) > 50 or _counted_sentences(b.text))
                                 for b in rest[k:end])


def _counted_sentences(t: str) -> bool:
    """一是丰富四季旅游产品。在夏季赏荷之外，…: a measure counted by its ordinal word, then sentences saying how."""
    return bool(re.match(r"[一二三四五六七八九十]是", t)) and "。" in t.rstrip()[:-1]


def _summary_points(rest: list[Block], roles: list[str]) -> None:
    """Bulleted points between the byline and the text with no title over them (● 交几万元成为“会员”…
    / ● 记者调查发现… / ● 受访专家认为…): what the report found, summed up as a box above it, not a list."""
    for k in range(1, len(roles)):
        if roles[k - 1] != "byline" or roles[k] != "list" or not rest[k].text.startswith(tuple(BULLETS)):
            continue
        end = k
        while end < len(roles) and roles[end] == "list" and rest[end].text[0] == rest[k].text[0]:
            end += 1
        if end - k >= 2 and end < len(roles) and roles[end] == "para":
            roles[k:end] = ["summary"] + ["boxmore"] * (end - k - 1)


def _one_item(b: Block) -> bool:
    """One item in a block: one line, or an item's line with short lines under it that carry on the item
    (`◇关于…的提案` / `提案者：民建中央`)."""
    return b.single or (list_item(b.lines[0]) is not None and all(
        list_item(x) is None and len(x) <= 40 for x in b.lines[1:]))


def _boxes(rest: list[Block], roles: list[str]) -> None:
    """A box label needs text under it (else it is a short line like any other); a box printed above a
    dateline or byline (核心阅读 over the news it sums up) takes every paragraph up to it."""
    for k, role in enumerate(roles):
        if role != "box":
            continue
        if k + 1 < len(roles) and roles[k + 1] == "row":  # 数据 over rows of figures: the rows are its text
            end = k + 2
            while end < len(roles) and roles[end] == "row":
                roles[end] = "boxmore"
                end += 1
            continue
        if k + 1 == len(roles) or roles[k + 1] != "para":
            roles[k] = "short"
            continue
        end = k + 2
        while end < len(roles) and end - k <= 4 and roles[end] == "para":
            end += 1
        label = box_label(rest[k].text)
        sidebar = label is not None and label[0] in SIDEBAR_LABELS and (
            end == len(roles) or roles[end] in ("short", "label", "box"))  # (链接 over 编后: a box closes the sidebar)
        if end < len(roles) and roles[end] in ("lead", "byline") and end > k + 2 or sidebar:
            for j in range(k + 2, end):
                roles[j] = "boxmore"
