"""Module-level behaviour: punctuation, segmentation, bylines, headline splitting, sections."""
from __future__ import annotations

import pytest

from zhengxie_site.newspaper import check_fidelity, parse_page
from zhengxie_site.newspaper.bylines import parse_byline
from zhengxie_site.newspaper.signatures import parse_closing_note
from zhengxie_site.newspaper.datelines import parse_lead
from zhengxie_site.newspaper.classify import parse_colophon, split_headline
from zhengxie_site.newspaper.output import pinyin_slug
from zhengxie_site.newspaper.punctuation import normalise, stray_latin
from zhengxie_site.newspaper.segment import is_fragment, split_blocks


def test_normalise_only_next_to_chinese():
    assert normalise("州(市)、县,好:是;吗?啊!")[0] == "州（市）、县，好：是；吗？啊！"
    kept = "100% 2+4 3.5 10:30 1,200 Hello, world (ok)"
    assert normalise(kept) == (kept, 0)


def test_stray_latin_flags_lowercase_words_not_acronyms():
    assert stray_latin("在疫情防控 and 强边固防中") == ["and"]
    assert stray_latin("推动5G和APP建设") == []


def test_blocks_keep_lines_and_count_blank_runs():
    blocks = split_blocks("a\n\n\n\nb\nc\n\nd")
    assert [b.lines for b in blocks] == [["a"], ["b", "c"], ["d"]]
    assert [b.blank_before for b in blocks] == [0, 3, 1]


def test_fragment_by_shape_not_punctuation_alone():
    assert is_fragment("形成了以全体会议为龙头，专题协商会和主席会议重点关注问题情况通报为重点，")
    assert is_fragment("探索开展了丰富多彩活动，推动一批基层群众在生产生活中遇到的实际困难" * 2)
    assert not is_fragment("紧贴实际开展创新探索")  # a subheading
    assert not is_fragment("会议强调，要推动工作。")


def test_bylines_roles_credits_and_padding():
    assert parse_byline("本报记者 张潇予/文 通讯员 伏自文/图").people == [
        {"name": "张潇予", "role": "记者", "credit": "文"}, {"name": "伏自文", "role": "通讯员", "credit": "图"}]
    assert parse_byline("通讯员 刘洋 摄").people == [{"name": "刘洋", "role": "通讯员", "credit": "摄"}]
    assert parse_byline("新华社记者 王  沛").people == [{"name": "王沛", "role": "新华社记者"}]
    assert parse_byline("省政协调研组赴弥勒 调研文旅融合发展") is None
    assert parse_byline("张三 李四") is None  # no role, credit or marker: a headline, not names


def test_leads_and_datelines():
    lead, by, rest = parse_lead("本报讯（通讯员 何建玮 许廉明） 3月17日，禄丰市政协")
    assert lead == "本报讯" and [p["name"] for p in by.people] == ["何建玮", "许廉明"] and rest.startswith("3月")
    lead, by, rest = parse_lead("本报北京1月16日电 （记者倪弋） 全国政协16日")
    assert (lead, by.people, rest) == ("本报北京1月16日电", [{"name": "倪弋", "role": "记者"}], "全国政协16日")
    lead, by, rest = parse_lead("新华社北京10月11日电 全国政协")
    assert (lead, by.people, rest) == ("新华社北京10月11日电", [], "全国政协")
    assert parse_lead("近日，本报讯") is None


def test_closing_note():
    assert parse_closing_note("（本报记者 李  娜 整理）").people == [{"name": "李娜", "role": "记者", "credit": "整理"}]
    assert parse_closing_note("（李四参与采写）").people == [{"name": "李四", "credit": "参与采写"}]
    assert parse_closing_note("（下转第二版）") is None


def test_a_dateline_credit_may_join_names_with_a_mark_and_no_role():
    lead, byline, rest = parse_lead("本报讯（张三、李四） 近日，开会。")
    assert (lead, byline.people, rest) == ("本报讯", [{"name": "张三"}, {"name": "李四"}], "近日，开会。")
    assert byline.dropped.count("、") == 1
    assert parse_lead("本报北京3月2日电 （记者 王五 报道） 近日。")[1].people == [
        {"name": "王五", "role": "记者", "credit": "报道"}]


def test_colophon_on_one_or_several_lines():
    assert parse_colophon("本版由\n云南日报社\n云南省政协办公厅\n合办") == (
        "本版由 云南日报社 云南省政协办公厅 合办", ["云南日报社", "云南省政协办公厅"])
    assert parse_colophon("本版由 甲报社 乙办公厅 合办")[1] == ["甲报社", "乙办公厅"]


def test_headline_forms():
    assert split_headline(["省民政厅高质高效做好提案办理工作 答复率、办结率、满意率均为100%"])[:3] == (
        None, "省民政厅高质高效做好提案办理工作", "答复率、办结率、满意率均为100%")
    assert split_headline(["新平县政协提前协商 86件提案 交付相关单位办理"])[:3] == (
        None, "新平县政协提前协商 86件提案 交付相关单位办理", None)
    assert split_headline(["农工党云南省委—— 组织开展 医疗帮扶活动"])[:3] == (
        "农工党云南省委——", "组织开展 医疗帮扶活动", None)
    k, t, s, notes = split_headline(["省政协高度重视、高位推动，各级政协组织大胆创新、积极实践", "推动云南政协事业高质量发展"])
    assert (k, t, s) == ("省政协高度重视、高位推动，各级政协组织大胆创新、积极实践", "推动云南政协事业高质量发展", None)
    assert notes  # a guess is reported


def test_slugs_are_pinyin_and_cut_at_syllables():
    assert pinyin_slug("云南日报", "x") == "yun-nan-ri-bao"
    long = pinyin_slug("省政协高度重视高位推动各级政协组织大胆创新积极实践推动云南政协事业高质量发展", "x")
    assert len(long) <= 60 and not long.endswith("-") and long.startswith("sheng-zheng-xie")
    assert pinyin_slug("", "article") == "article"


def test_section_label_covers_following_articles_of_the_same_kind_only(seed_page):
    assert [a.section for a in seed_page.articles] == ["聚焦", None, None, "资讯", "资讯", "资讯", "资讯", "图片新闻"]


def test_colophon_anywhere_is_page_data_not_an_article():
    page = parse_page("本版由 甲报社 乙办公厅 合办\n\n标题一\n\n本报讯（记者 张三） 近日，开会。\n", paper="p")
    assert page.colophon_partners == ["甲报社", "乙办公厅"] and len(page.articles) == 1
    assert page.articles[0].title == "标题一"


def test_a_page_staff_line_is_page_data_not_part_of_an_article():
    from zhengxie_site.newspaper import parse_page
    from zhengxie_site.newspaper.classify import is_staff_line
    from zhengxie_site.newspaper.output import page_data

    assert is_staff_line("责任编辑：李明 美术编辑：王芳") and is_staff_line("本版编辑 张三")
    assert not is_staff_line("编辑委员会召开会议") and not is_staff_line("编辑部：近日，省政协召开会议。")
    page = parse_page("省政协开会\n\n本报讯(记者 张潇予) 近日,省政协召开会议。\n\n责任编辑:李明 美术编辑:王芳\n")
    assert page_data(page, None)["staff"] == "责任编辑：李明 美术编辑：王芳"
    assert "责任编辑" not in page.articles[0].body_markdown


def test_trailing_signature_needs_a_role():
    from zhengxie_site.newspaper.signatures import trailing_signature

    signed = trailing_signature("近日，市政协召开会议。（记者 张潇予）")
    assert signed and signed.people == [{"name": "张潇予", "role": "记者"}] and signed.text == "（记者 张潇予）"
    assert trailing_signature("要认真抓好贯彻落实。（下转第二版）") is None
    assert trailing_signature("省政协（扩大）") is None
    assert trailing_signature("（记者 张潇予）") is None  # a whole block is a closing note, not this


@pytest.mark.parametrize("variant", ["bom-crlf", "cr", "trailing-spaces"])
def test_line_endings_bom_and_trailing_spaces_do_not_change_the_import(variant):
    from conftest import SEED
    from zhengxie_site.newspaper import parse_page

    text = SEED.read_text(encoding="utf-8")
    changed = {"bom-crlf": "\ufeff" + text.replace("\n", "\r\n"), "cr": text.replace("\n", "\r"),
               "trailing-spaces": "\n".join(line.rstrip() + "  " for line in text.split("\n"))}[variant]
    plain, other = parse_page(text, paper="云南日报", date="2022-03"), parse_page(changed, paper="云南日报", date="2022-03")
    assert [(a.title, a.body_markdown, a.bylines) for a in other.articles] == \
        [(a.title, a.body_markdown, a.bylines) for a in plain.articles]


@pytest.mark.parametrize("printed, people", [
    ("李舸摄", [{"name": "李舸", "credit": "摄"}]),
    ("新华社记者 李舸摄", [{"name": "李舸", "role": "新华社记者", "credit": "摄"}]),
    ("王沛  李舸摄影报道", [{"name": "王沛", "credit": "摄影报道"}, {"name": "李舸", "credit": "摄影报道"}]),
    ("李舸摄（人民视觉）", [{"name": "李舸", "credit": "摄"}]),
    ("本报记者 张三摄（影像中国）", [{"name": "张三", "role": "记者", "credit": "摄"}]),
])
def test_photo_credits_in_the_forms_dailies_print(printed, people):
    parsed = parse_byline(printed)
    assert parsed is not None and parsed.people == people
    kept = "".join(parsed.out) + "".join(parsed.dropped)  # every printed character accounted for
    assert sorted(kept.replace("记者", "").replace("本报", "")) == sorted(
        printed.replace(" ", "").replace("记者", "").replace("本报", ""))


def test_a_photo_credit_closes_a_photo_item_and_is_not_the_next_articles_kicker():
    text = ("图片新闻\n\n春耕时节\n\n3月20日，农民在田间忙着春耕。\n\n李舸摄（人民视觉）\n\n"
            "政协委员调研春耕生产\n\n本报记者 张三\n\n委员们走进田间地头，了解春耕备耕情况。\n")
    page = parse_page(text)
    photo, news = page.articles
    assert photo.title == "春耕时节" and photo.kind == "photo"
    assert {"name": "李舸", "credit": "摄"} in photo.bylines
    assert photo.figures[0]["credit"] == "李舸摄（人民视觉）"  # the agency stays with the printed credit
    assert check_fidelity(text, page).ok
    assert news.title == "政协委员调研春耕生产" and news.kicker is None
    assert news.bylines == [{"name": "张三", "role": "记者"}]


RMRB_STYLE = """守护好一江清水（两会感悟）

长江是中华民族的母亲河，保护长江生态环境，是全国政协委员们共同的心声。

委员们认为，要坚持生态优先、绿色发展，让一江清水永续东流。

（作者为全国政协委员、云南大学教授）

春耕时节

3月20日，云南省弥勒市的农民在田间忙着春耕。

李舸摄

政协委员调研春耕生产

本报记者 张三

委员们走进田间地头，了解春耕备耕情况，听取农民意见建议。
"""


def test_articles_that_start_without_a_byline_under_the_headline_are_found():
    page = parse_page(RMRB_STYLE, paper="人民日报", date="2022-03-05", page=5)
    tagged, photo, news = page.articles
    assert (tagged.title, tagged.section) == ("守护好一江清水", "两会感悟")  # the column tag is its section
    assert tagged.paragraphs[-1] == "（作者为全国政协委员、云南大学教授）"  # kept, and it closes the article
    assert (photo.title, photo.kind, photo.bylines) == ("春耕时节", "photo", [{"name": "李舸", "credit": "摄"}])
    assert photo.figures[0]["caption"] == "3月20日，云南省弥勒市的农民在田间忙着春耕。"
    assert (news.title, news.kicker, news.bylines) == ("政协委员调研春耕生产", None, [{"name": "张三", "role": "记者"}])
    fidelity = check_fidelity(RMRB_STYLE, page)
    assert fidelity.ok and fidelity.in_report == 4  # the brackets around the column tag, 本报 of 本报记者


@pytest.mark.parametrize("lines, expected", [
    (["协商在基层", "政协委员走进社区听民声"], ("协商在基层", "政协委员走进社区听民声", None)),  # a column's name
    (["政协委员调研春耕生产", "走访十二个乡镇"], (None, "政协委员调研春耕生产", "走访十二个乡镇")),  # figures
])
def test_two_heading_lines_use_the_signals_the_page_gives(lines, expected):
    kicker, title, subtitle, notes = split_headline(lines)
    assert (kicker, title, subtitle) == expected and len(notes) == 1  # still reported as a guess


def test_a_core_reading_box_is_a_box_not_a_subheading():
    text = ("政协委员调研春耕生产\n\n本报记者 张三\n\n核心阅读\n\n"
            "今年以来，省政协围绕春耕生产开展专题调研，委员们提出建议二十余条。\n\n"
            "委员们走进田间地头，了解春耕备耕情况，听取农民意见建议。\n")
    page = parse_page(text)
    (article,) = page.articles
    assert article.subheadings == [] and article.paragraphs == ["委员们走进田间地头，了解春耕备耕情况，听取农民意见建议。"]
    assert article.body[0] == ("box", {"label": "核心阅读", "text": "今年以来，省政协围绕春耕生产开展专题调研，委员们提出建议二十余条。"})
    assert article.body_markdown.startswith("> **核心阅读**\n>\n> 今年以来，")
    assert check_fidelity(text, page).ok


def test_a_paragraph_that_ends_in_a_colon_is_not_glued_to_the_next():
    text = ("政协委员调研春耕生产\n\n本报记者 张三\n\n"
            "会上，委员们围绕春耕生产中的突出问题，结合各自调研情况，提出了意见建议。省政协主席指出：\n\n"
            "要把春耕生产作为当前的重要任务，抓紧抓实抓细。\n")
    (article,) = parse_page(text).articles
    assert len(article.paragraphs) == 2 and not article.column_breaks


LIST_WITH_DESCRIPTIONS = """全省政协系统创新案例出炉

本报记者 张三

近日，省政协公布了全省政协系统创新案例名单。

创新案例名单

1.昆明市五华区政协“有事来协商”

五华区政协在社区设立协商议事室，推动协商向基层延伸。

2.曲靖市麒麟区政协“协商在一线”

麒麟区政协组织委员深入一线，协商解决群众急难愁盼问题。

3.玉溪市红塔区政协“委员工作室”

红塔区政协建立委员工作室，畅通社情民意反映渠道。

入选案例将在全省推广。
"""


def test_numbered_items_each_over_a_paragraph_are_one_list_with_descriptions():
    page = parse_page(LIST_WITH_DESCRIPTIONS)
    (article,) = page.articles
    assert article.subheadings == [] and article.figures == []
    assert article.list["title"] == "创新案例名单"
    assert article.list["items"] == ["昆明市五华区政协“有事来协商”", "曲靖市麒麟区政协“协商在一线”", "玉溪市红塔区政协“委员工作室”"]
    assert article.list["descriptions"][1] == "麒麟区政协组织委员深入一线，协商解决群众急难愁盼问题。"
    assert article.paragraphs == ["近日，省政协公布了全省政协系统创新案例名单。", "入选案例将在全省推广。"]
    assert "1. 昆明市五华区政协“有事来协商”\n\n    五华区政协在社区设立协商议事室" in article.body_markdown
    assert check_fidelity(LIST_WITH_DESCRIPTIONS, page).ok


def test_an_editors_note_keeps_its_signature_which_is_never_a_kicker():
    text = ("政协委员走进社区听民声\n\n本报记者 张三\n\n编者按\n\n"
            "今年是全省政协系统开展“协商在基层”活动的第三年。本版今起推出系列报道，敬请关注。\n\n——编  者\n\n"
            "近日，五华区政协组织委员走进社区，与居民面对面协商停车难问题。\n\n"
            "协商议事室建在小区里\n\n本报记者 李四\n\n小区里的协商议事室，成了居民议事的好去处。\n")
    page = parse_page(text)
    first, second = page.articles
    assert first.body[0][1]["signature"] == "——编  者" and first.body_markdown.count("——编  者") == 1
    assert (second.kicker, second.title) == (None, "协商议事室建在小区里")
    assert check_fidelity(text, page).ok


def test_two_levels_of_subheadings():
    text = ("提案办理工作综述\n\n本报记者 张三\n\n今年以来，提案办理工作取得新进展。\n\n一、完善制度机制\n\n"
            "（一）健全督办机制\n\n建立重点提案督办制度。\n\n（二）完善评价体系\n\n开展办理质量评价。\n\n"
            "二、提升办理质量\n\n办理质量进一步提升。\n")
    page = parse_page(text)
    (article,) = page.articles
    assert article.subheadings == ["一、完善制度机制", "（一）健全督办机制", "（二）完善评价体系", "二、提升办理质量"]
    assert [kind for kind, _ in article.body if kind in ("h", "h3")] == ["h", "h3", "h3", "h"]
    assert "\n\n### （一）健全督办机制\n\n" in article.body_markdown
    assert check_fidelity(text, page).ok


def test_the_parts_of_a_compound_feature_begin_with_their_label_as_kicker():
    text = ("委员声音\n\n赵云委员：\n\n让协商成果更好转化为治理效能\n\n本报记者 张三\n\n协商成果转化是检验协商质量的重要标尺。\n\n"
            "李明委员：\n\n把乡村振兴的文章做实做细\n\n本报记者 李四\n\n乡村振兴关键在产业，要因地制宜发展特色产业。\n")
    first, second = parse_page(text).articles
    assert (first.kicker, first.title, second.kicker, second.title) == (
        "赵云委员：", "让协商成果更好转化为治理效能", "李明委员：", "把乡村振兴的文章做实做细")
    assert first.section == second.section == "委员声音"


def test_a_subheading_with_a_comma_is_not_glued_to_the_paragraph_under_it():
    text = ("提案办理工作综述\n\n本报讯（记者 张三）今年以来，提案办理工作取得新进展。\n\n坚持问题导向，推动成果转化\n\n"
            "各承办单位把提案办理与推进工作结合起来。\n")
    (article,) = parse_page(text).articles
    assert article.subheadings == ["坚持问题导向，推动成果转化"] and not article.column_breaks
    assert article.paragraphs == ["今年以来，提案办理工作取得新进展。", "各承办单位把提案办理与推进工作结合起来。"]


def test_a_paragraph_between_the_headline_and_the_byline_is_the_stand_first():
    text = ("让协商成果更好转化为治理效能\n\n"
            "协商成果转化是检验协商质量的重要标尺，关键在于建立健全闭环机制。\n\n"
            "□ 特约评论员 王沛\n\n近年来，各级政协在提高协商质量上下了不少功夫。\n\n协商的生命力在于实效。\n")
    page = parse_page(text)
    (article,) = page.articles
    assert article.title == "让协商成果更好转化为治理效能" and article.bylines == [{"name": "王沛", "role": "特约评论员"}]
    assert article.body[0] == ("box", {"label": None, "text": "协商成果转化是检验协商质量的重要标尺，关键在于建立健全闭环机制。"})
    assert article.paragraphs == ["近年来，各级政协在提高协商质量上下了不少功夫。", "协商的生命力在于实效。"]
    assert article.body_markdown.startswith("> 协商成果转化是检验协商质量的重要标尺")
    assert any(n.startswith("stand-first") for n in article.notes) and check_fidelity(text, page).ok


def test_a_one_paragraph_item_signed_under_its_text_has_no_stand_first():
    text = ("委员走进社区听民声\n\n近日，五华区政协组织委员走进社区，与居民面对面协商停车难问题。\n\n张三\n\n"
            "协商议事室建在小区里\n\n本报记者 李四\n\n小区里的协商议事室，成了居民议事的好去处。\n")
    first, second = parse_page(text).articles
    assert first.paragraphs and not any(kind == "box" for kind, _ in first.body)
    assert second.title == "协商议事室建在小区里"


@pytest.mark.parametrize("printed, label, marks", [
    ("【内容提要】数字乡村建设是乡村振兴的重要方向。", "内容提要", ["【", "】"]),
    ("核心提示：今年以来，全省政协系统开展专题协商二十余次。", "核心提示", ["："]),
])
def test_a_label_and_its_text_in_one_block_make_a_box(printed, label, marks):
    text = f"数字乡村建设的实践与思考\n\n本报记者 张三\n\n{printed}\n\n近年来，数字乡村建设取得积极进展。\n"
    page = parse_page(text)
    (article,) = page.articles
    kind, box = article.body[0]
    assert kind == "box" and box["label"] == label and printed.endswith(box["text"])
    assert article.paragraphs == ["近年来，数字乡村建设取得积极进展。"]
    assert [p.text for p in page.pieces if p.where == "report" and p.block == 2] == marks  # re-rendered
    assert check_fidelity(text, page).ok


def test_an_editors_note_above_a_headline_belongs_to_the_article_it_introduces():
    text = ("编者按\n\n今年是全省政协系统开展“协商在基层”活动的第三年。本版今起推出系列报道。\n\n——编  者\n\n"
            "政协委员走进社区听民声\n\n本报记者 张三\n\n近日，五华区政协组织委员走进社区。\n\n"
            "编者按\n\n协商议事室建在小区里，是基层协商的新探索。\n\n"
            "协商议事室建在小区里\n\n本报记者 李四\n\n小区里的协商议事室，成了居民议事的好去处。\n")
    page = parse_page(text)
    first, second = page.articles  # no item without a headline for the note at the top
    assert first.title == "政协委员走进社区听民声" and first.body[0][0] == "box"
    assert first.body[0][1]["signature"] == "——编  者" and first.paragraphs == ["近日，五华区政协组织委员走进社区。"]
    assert second.body[0] == ("box", {"label": "编者按", "text": "协商议事室建在小区里，是基层协商的新探索。"})
    assert check_fidelity(text, page).ok


def test_the_running_head_gives_the_pages_day_and_number_when_none_is_given_and_checks_them_when_one_is():
    from zhengxie_site.newspaper.pagedata import printed_day

    assert printed_day("2025年12月25日　星期四") == ("2025-12-25", None)
    assert printed_day("A7　城市　　2025.10.15　星期三") == ("2025-10-15", None)
    day, problem = printed_day("2025年12月25日　星期三")
    assert day == "2025-12-25" and "is a 星期四" in problem  # the weekday or the day is misprinted
    assert "is a 星期四" in parse_page("2025年12月25日　星期三\n\n标题\n\n本报讯 近日，正文。\n").disagreements[0]
    assert printed_day("2025年2月30日　星期一")[0] is None
    text = "2025年12月25日　星期四\n5\n红河政协\n\n梯田红米走出大山\n\n本报讯（记者 李  昆）近日，红米上市。\n"
    page = parse_page(text)
    assert (page.date, page.page) == ("2025-12-25", 5)
    assert "date 2025-12-25 taken from the running head" in page.page_notes
    assert parse_page(text, date="2025-12").date == "2025-12-25"  # the day, where only the month was given
    given = parse_page(text, date="2025-12-24", page=6)
    assert (given.date, given.page) == ("2025-12-24", 6)  # what is given wins, and the difference is reported
    assert given.disagreements == [
        "the running head prints 2025-12-25, not the date given (2025-12-24): the file's name or --date may be wrong",
        "the running head prints page 5, not the page given (6): the file's name or --page may be wrong"]
    assert parse_page(text, date="2025-12-25", page=5).disagreements == []
    assert parse_page(text.replace("\n5\n", "\nA5\n")).page is None  # page 5 of section A is not page 5
