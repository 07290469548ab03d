"""parse_page: blocks -> articles with headline blocks, bylines, captions, lists and a fidelity trace."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import overload

from .boxes import read_box
from .builder import add_people, Builder, COLUMN_PREFIX, COLUMN_TAG
from .bylineforms import parse_byline_line, POSTS
from .classify import apply_sections, base_kind, NOTICE_WORDS
from .credits import note_place_filed, read_byline, read_closing_note
from .datelines import parse_lead
from .finish import finish
from ..dates import parse_date
from .lookahead import box_over_dateline, next_brief_in_column, photo_item_ahead, \
    signed_brief_ahead, standfirst_ahead
from .model import PageImportError, ParsedArticle, ParsedPage, Piece
from .pagedata import own_paper_roles, page_date, page_number, set_sizes, take_page_data
from .punctuation import normalise, strip_controls
from .roles import AUTHOR_NOTE, BRACKETED_ITEM, block_roles, COMPILED
from .vocabulary import DEFAULT, Vocabulary
from .segment import Block, ends_final, is_stanza, split_blocks, VERSE_BREAK
from .structures import add_caption, add_described_item, add_list, add_row, add_signoff, is_photo_credit, HEADING_MARK, \
    NUMBERED_HEADING, second_level, split_heads
from .signatures import parse_closing_note, trailing_signature


_DAY_PRECISION = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")


@overload
def validate_date(date: str) -> str: ...
@overload
def validate_date(date: None) -> None: ...
def validate_date(date: str | None) -> str | None:
    """--date as YYYY, YYYY-MM or YYYY-MM-DD, checked by the same rules as front matter dates."""
    if date is None:
        return None
    if not _DAY_PRECISION.match(str(date)):
        raise PageImportError(f"invalid date {date!r}: use YYYY, YYYY-MM or YYYY-MM-DD")
    try:
        parse_date(str(date))
    except ValueError as exc:
        raise PageImportError(f"impossible date {date!r}: {exc}") from None
    return date


def parse_page(text: str, paper: str | None = None, date: str | None = None, page: int | None = None,
               page_name: str | None = None, sizes: list[float] | None = None,
               words: Vocabulary = DEFAULT) -> ParsedPage:
    """Pure: raw page dump -> ParsedPage (articles, page data, fidelity trace). `sizes`: each block's type
    size, when the page came with them (a PDF): headings are told from the body text by size. `words`:
    the labels and staff words the paper prints (site.yaml's `importer:` adds its own)."""
    date = validate_date(date)
    clean, removed = strip_controls(text.lstrip("\ufeff"))
    norm, count = normalise(clean)
    result = ParsedPage(paper=paper, date=date, page=page, page_name=page_name, normalised_marks=count)
    if removed:
        result.page_notes.append(f"extraction noise: {len(removed)} control character(s) taken out of the text: "
                                 f"{', '.join(sorted(set(removed)))}")
    blocks = split_blocks(norm)
    if sizes is not None:
        set_sizes(blocks, sizes)
    rest = [part for b in take_page_data(blocks, result, words) for part in split_heads(b)]
    result.date, result.page = page_date(result, date), page_number(result, page)
    roles = block_roles(rest, words)
    bd = Builder(result, words)
    k = 0
    while k < len(rest):
        k = _read_block(bd, rest, roles, k)
    if bd.pending_boxes:  # an editor's note with no headline after it
        bd.ensure()
    for a in result.articles:  # a column's tag marks an opinion piece, unless the item is datelined news
        a.base_kind = base_kind(a, a.order in bd.marked or (a.order in bd.tagged and a.lead is None))
    apply_sections(result.articles, bd.labels, frozenset(bd.column_tags), words)
    for a in result.articles:
        finish(a)
    if paper:
        own_paper_roles(result, paper)
    return result


def _read_block(bd: Builder, rest: list[Block], roles: list[str], k: int) -> int:
    """One block (or a run of them) into the article being read, or a new one. Returns the next k."""
    b, role = rest[k], roles[k]
    if role == "label":
        _label(bd, b)
        return k + 1
    if role == "short":
        return _short_lines(bd, rest, roles, k)
    if role == "bracketed":
        _bracketed_item(bd, b)
        return k + 1
    if role == "brief_head":  # ●市政协召开…: the column's bullet is not the headline's
        headline = b.text[1:].lstrip()
        bd.new_article([replace(b, lines=[headline])])
        bd.put(b.index, b.text[:len(b.text) - len(headline)], "report")
        return k + 1
    if role in ("box", "inline_box", "standfirst", "summary"):
        return read_box(bd, rest, roles, k)
    a = bd.ensure()
    if role == "item":
        add_described_item(bd, b, rest[k + 1])
        return k + 2
    if role == "signoff":
        add_signoff(bd, a, b)
    elif role == "list":
        _announced_list_title(bd, a, rest, roles, k)
        add_list(bd, b)
    elif role == "row":
        add_row(bd, b)
    elif role == "caption":
        add_caption(bd, b)
    elif role == "note":
        read_closing_note(bd, a, b)
    elif role in ("byline", "source"):
        read_byline(bd, a, rest, roles, k)
    elif role == "lead" and a.lead is None and not a.paragraphs:
        _lead(bd, a, b)
        return k + 1  # a lead's paragraph may be signed at its end: that signature still counts
    elif role == "para" and _asked_heading(a, b):
        _body_short(bd, rest, roles, k)
    else:
        _text(bd, a, b, role)
        return k + 1
    bd.signed = False
    return k + 1


def _label(bd: Builder, b: Block) -> None:
    page = bd.page
    if b.text not in page.sections:
        page.sections.append(b.text)
    bd.pending_label = b.text
    page.pieces.append(Piece(b.index, b.text, "out", None))
    if b.text not in bd.words.labels:
        page.page_notes.append(f"section label guessed from a short standalone line: {b.text}")


def _lead(bd: Builder, a: ParsedArticle, b: Block) -> None:
    """`本报讯（记者 张三）…`: the dateline, its people, and the text after it."""
    lead = parse_lead(b.text)
    assert lead is not None
    a.lead, people, body = lead
    if a.lead is not None:
        bd.put(b.index, a.lead)
    a.signed_in_text = a.lead is None and people.place is None
    if a.signed_in_text:
        a.notes.append("the people who signed it are run into the start of its text, with no dateline")
    note_place_filed(a, people)
    bd.add_byline(people, b.index)
    bd.signed = False
    if body:
        _signed_paragraph(bd, a, body, b.index)  # 本报讯 …。（通讯员 王丽）: signed at its end


def _text(bd: Builder, a: ParsedArticle, b: Block, role: str) -> None:
    """A paragraph (the lines of one block are one paragraph wrapped by the dump), or an author's note."""
    if bd.pending_label is not None:  # a label straight above text: an item without a headline
        a = bd.new_article([])
    if is_stanza(b):  # a poem's stanza: its lines are verse lines, kept as hard line breaks
        bd.paragraph(VERSE_BREAK.join(b.lines), b.index, fragment=False)
        bd.signed = False
        return
    _signed_paragraph(bd, a, "".join(b.lines), b.index)
    if role == "endnote":  # （作者为…）: a signed opinion piece
        bd.marked.add(a.order)
        note = AUTHOR_NOTE.match(b.text)
        assert note is not None  # the role endnote means it matched
        if name := note["name"]:  # （作者：曹文彬，系…）
            add_people(a, [{"name": name}])
            a.notes.append(f"author named in the closing note read as byline: {name}")


def _bracketed_item(bd: Builder, b: Block) -> None:
    """【长沙】…: the place is the item's headline (the brackets are named in the report), the rest its text."""
    m = BRACKETED_ITEM.match(b.text)
    assert m is not None  # its role says so
    a = bd.new_article([Block(b.index, [m["place"]], b.blank_before)])
    bd.put(b.index, "【", "report")
    bd.put(b.index, "】", "report")
    a.notes.append(f"a roundup's item headed by its place in brackets: 【{m['place']}】 read as its headline")
    _signed_paragraph(bd, a, "".join(b.lines)[m.end():], b.index)


def _run_end(rest: list[Block], roles: list[str], k: int) -> int:
    """Where a run of short lines from rest[k] ends: before a numbered heading or a speaker's label
    (一、…, 李红梅委员：, the first subheading of the article the run begins) or a part's title over a
    speaker's words (加强古村落整体保护 / 胡晓云（市政协委员、…）：…), or, under a digest's label (发言摘登), over
    a speaker on a line of their own (补齐冷链短板… / 市政协常委 虎学明 / …); after a ——subheadline."""
    end = k
    digest = k > 0 and roles[k - 1] == "label" and COMPILED.search(rest[k - 1].text) is not None
    while end < len(rest) and roles[end] == "short":
        if end > k and (NUMBERED_HEADING.match(rest[end].text) or rest[end].text.endswith("：") or (
                end + 1 < len(rest) and _SPEAKER_OPENING.match(rest[end + 1].text)) or (
                digest and end + 2 < len(rest) and roles[end + 2] == "para" and _speaks(rest[end + 1]))):
            break
        end += 1
        if rest[end - 1].text.startswith("——") and end - k >= 2:
            break
    return end


# 陈海波（市政协委员、市港航物流协会会长）: a member named, then the posts in brackets
_NAME_AND_POSTS = r"[\u4e00-\u9fff·]{2,5}[（(][^（）()]{2,40}[）)]"
_SPEAKER_LINE = re.compile(_NAME_AND_POSTS)  # on a line of its own
# 胡晓云（市政协委员、安顺学院教授）：…, 市政协委员、肇庆学院…副教授何丽君：…: a speaker run into the words
_SPEAKER_OPENING = re.compile(rf"^(?:{_NAME_AND_POSTS}|"
                              rf"[\u4e00-\u9fff、·]{{2,30}}?(?:{POSTS})[ \u3000]?[\u4e00-\u9fff]{{2,4}})[：:]")


def _item_ended(bd: Builder, rest: list[Block], roles: list[str], k: int) -> bool:
    """The article before rest[k] is complete: a closing or author's note, a byline under its text, a
    signature, or the credit of a photo item (a credit closes a photo item)."""
    cur, before = bd.cur, roles[k - 1] if k else None
    if cur is None or before is None:
        return False
    # a photo item holds its caption alone: as a figure, or as its one paragraph (made the figure at the end)
    photo_item = not cur.subheadings and not cur.list and (
        (bool(cur.figures) and not cur.paragraphs) or (not cur.figures and len(cur.paragraphs) == 1)
        or (bool(cur.figures) and cur.paragraphs == [f["caption"] for f in cur.figures]))
    credit = before in ("source", "caption") or (before == "byline" and is_photo_credit(rest[k - 1].text))
    return before in ("note", "endnote") or (before in ("para", "lead") and bd.signed) or (credit and photo_item) or (
        before == "byline" and bool(cur.paragraphs) and not cur.figures and not cur.subheadings and not cur.list)


def _short_lines(bd: Builder, rest: list[Block], roles: list[str], k: int) -> int:
    """A run of short lines: the headline lines of a new article, or lines inside the current one
    (subheading, caption, list title). Returns the next k."""
    end = _run_end(rest, roles, k)
    after = roles[end] if end < len(rest) else None
    cur = bd.cur
    # a 摄 credit under a short line inside an article is a photo credit, not a new byline
    credit_after = after == "byline" and cur is not None and is_photo_credit(rest[end].text)
    standfirst = standfirst_ahead(rest, roles, end)
    starts = (after in ("byline", "lead") and not credit_after) or bd.pending_label is not None \
        or cur is None or _item_ended(bd, rest, roles, k) or _column_tagged(rest[end - 1].text, after) \
        or photo_item_ahead(rest, roles, end) or standfirst or box_over_dateline(roles, end) \
        or signed_brief_ahead(bd, rest, roles, end) or next_brief_in_column(bd, roles, k, end) \
        or any(rest[j].heading for j in range(k, end)) \
        or (end - k >= 2 and rest[end - 1].text.startswith("——"))  # a ——subheadline under a headline
    if starts and after not in ("list", "item", "row"):
        first = max(k, end - 3)
        for j in range(k, first):  # leftover short lines before a 3-line headline run
            bd.ensure()
            bd.paragraph(rest[j].text, rest[j].index)
        bd.new_article(rest[first:end])
        if standfirst:
            roles[end] = "standfirst"
        return end
    _body_short(bd, rest, roles, k)
    return k + 1


def _column_tagged(line: str, after: str | None) -> bool:
    """A headline carrying its column's tag (`守护好一江清水（两会感悟）`, `【光明论坛】…`) over text (or its
    stand-first box): an article starts."""
    tagged = (COLUMN_TAG.search(line) is not None and not parse_closing_note(line)) or bool(COLUMN_PREFIX.match(line))
    return after in ("para", "inline_box", "box") and tagged


def _announced_list_title(bd: Builder, a: ParsedArticle, rest: list[Block], roles: list[str], k: int) -> None:
    """…现就有关事项通告如下： straight over the first item: the sentence announcing the list is its title
    (as a short 停水范围如下： is), not a paragraph."""
    if a.list is None and bd.pending_list_title is None and k and roles[k - 1] == "para" \
            and a.body and a.body[-1] == ("p", rest[k - 1].text) and rest[k - 1].text.endswith("如下："):
        a.body.pop()
        bd.pending_list_title = a.paragraphs.pop()
    elif a.list is None and bd.pending_list_title is None and k and roles[k - 1] == "lead" and a.paragraphs \
            and a.body and a.body[-1] == ("p", a.paragraphs[-1]) and a.paragraphs[-1].endswith("如下："):
        _run_in_list_title(bd, a, rest[k - 1].index)


def _run_in_list_title(bd: Builder, a: ParsedArticle, block: int) -> None:
    """本报讯（…）…。具体安排如下： over the first item: the dateline paragraph's last sentence is the list's
    title, run in; the paragraph keeps the rest."""
    text = a.paragraphs[-1]
    head, stop, title = text.rpartition("。")
    piece = next((i for i in range(len(bd.page.pieces) - 1, -1, -1)
                  if bd.page.pieces[i].block == block and bd.page.pieces[i].text == text), None)
    if not head or not title or piece is None:
        return
    old = bd.page.pieces[piece]
    bd.page.pieces[piece:piece + 1] = [replace(old, text=head + stop), replace(old, text=title)]
    a.paragraphs[-1] = head + stop
    a.body[-1] = ("p", head + stop)
    bd.pending_list_title = title


def _body_short(bd: Builder, rest: list[Block], roles: list[str], k: int) -> None:
    """A short line inside an article: list title, photo caption or subheading."""
    a = bd.ensure()
    b = rest[k]
    nxt = roles[k + 1] if k + 1 < len(rest) else None
    bd.last_para_fragment = False
    bd.put(b.index, b.text)
    if nxt in ("list", "item", "row") and a.list is None:  # an article holds one list: a second title is a heading
        bd.pending_list_title = b.text
        return
    credit_next = nxt in ("byline", "source") and (nxt == "source" or is_photo_credit(rest[k + 1].text))
    numbered = bool(NUMBERED_HEADING.match(b.text))
    notice_text = any(w in (a.title or "") for w in NOTICE_WORDS) and not numbered  # 联系人：…, its 落款
    notice_text = notice_text or _FIELD_LINE.match(b.text) is not None  # 承办单位：市教委、…: a line of text
    if _SALUTATION.match(b.text) and not a.paragraphs:  # 编辑同志：, a letter's first line: its text
        bd.page.pieces.pop()
        bd.paragraph(b.text, b.index, fragment=False)
        return
    # the part's title, then who speaks, then what they said (when the title comes after the speaker, as in
    # 全国政协委员、…教授 王芳 / 明确平台用工责任边界, this line is that title)
    under_speaker = k >= 2 and a.subheadings[-2:] == [rest[k - 2].text, rest[k - 1].text] and _speaks(rest[k - 1])
    # (straight under a subheading, a line with a comma opens the part's text: 驾驶室里，…有轨电车的于 / 师傅…)
    # (not a line naming who, 提案人：王海涛等4位委员, a part's second heading)
    under_heading = bool(a.body) and a.body[-1][0] in ("h", "h3") and "，" in b.text and "：" not in b.text
    if (nxt == "para" and b.blank_before < 2 and (_clause_like(b.text) and (len(b.text) > 20 or under_heading)
                                                  or under_speaker or b.text.endswith(_DANGLING))
            and not numbered and not b.text.endswith("：")) or notice_text:
        # a short piece of a sentence cut by a column break, or a notice's own lines: text, not headings
        bd.page.pieces.pop()
        bd.paragraph(b.text, b.index, fragment=not notice_text)
        return
    after_caption = k > 0 and roles[k - 1] in ("caption", "byline", "source") and bool(a.figures)
    marked = HEADING_MARK.match(b.text) is not None  # ■ 渔港“变身”记: a heading's ornament, never a caption's
    over_speaker = nxt in ("short", "para") and _speaks(rest[k + 1])  # a part's title over the member who speaks
    caption = not numbered and not marked and not b.text.endswith("：") and (b.text.startswith("图为") or credit_next or (
        not a.subheadings and (b.blank_before >= 2 or nxt == "short" and not over_speaker) and a.paragraphs
        and not (after_caption and nxt == "para")) or (b.blank_before >= 2 and a.paragraphs and nxt != "para"))
    if caption:
        a.figures.append({"caption": b.text})
        why = "blank-line run before it" if b.blank_before >= 2 else "position among short lines"
        a.notes.append(f"photo caption guessed ({why}): {b.text}")
    else:
        heading, mark = b.text, HEADING_MARK.match(b.text)
        if mark:  # the ornament is named in the report, the heading is the words after it
            heading = b.text[mark.end():]
            bd.page.pieces.pop()
            bd.put(b.index, mark.group().strip(), "report")
            bd.put(b.index, heading)
        a.subheadings.append(heading)
        a.body.append(("h3" if second_level(a, heading, marked=bool(mark)) else "h", heading))


# 承办单位：市教委、市卫生健康委: a field of a proposal or notice, printed on its own line, part of the text
_FIELD_LINE = re.compile(r"^(?:承办单位|主办单位|协办单位|会办单位|联系人|联系电话|咨询电话|报名电话|报名方式|地址|邮箱)[：:]\S")


def _speaks(b: Block) -> bool:
    """陈海波（市政协委员、…）, 市政协委员、广州大学…教授 罗家明: the member who speaks in a part of remarks."""
    return _SPEAKER_LINE.fullmatch(b.text) is not None or bool(b.single and parse_byline_line(b.text, titled=True))


# what no heading ends on: a preposition or a particle waiting for its word (…连续多年保持在 / 80%以上，…)
_DANGLING = tuple("在的和与及对把被从向于将")
_SALUTATION = re.compile(r"^(?:编辑同志|编辑部|尊敬的[\u4e00-\u9fff]{1,12}|亲爱的[\u4e00-\u9fff]{1,12}|各位[\u4e00-\u9fff]{1,6})[：:]$")


def _signed_paragraph(bd: Builder, a: ParsedArticle, text: str, block: int) -> None:
    """A paragraph, and the people of a signature at its end (`…通报。（记者 张潇予）`; kept in the text)."""
    bd.paragraph(text, block)
    signature = trailing_signature(text)
    if signature:
        add_people(a, signature.people)
        a.notes.append(f"signature at the end of a paragraph read as byline (kept in the text): "
                       f"{text[-len(signature.text):]}")
    bd.signed = signature is not None


def _asked_heading(a: ParsedArticle, b: Block) -> bool:
    """退费为何这么难？ standing alone between the paragraphs of an article already parted by subheadings: its
    next subheading, asked. A question with a comma, after a sentence a column break cut, or asking of what the
    text just said (为什么？, 这是为什么？, 怎么办？) is text."""
    return bool(a.subheadings) and b.single and 6 <= len(b.text) <= 16 and b.text.endswith("？") \
        and not _clause_like(b.text) and not b.text.startswith(_RHETORICAL) \
        and not (a.paragraphs and a.body[-1:] == [("p", a.paragraphs[-1])] and not ends_final(a.paragraphs[-1]))


_RHETORICAL = ("为什么", "这是", "那是", "这又", "怎么办", "何以", "难道")  # a question the text asks itself


def _clause_like(s: str) -> bool:
    return any(c in s for c in "，；：")
