"""Rules for layouts the importer met on pages of other dailies: signatures, credits, labels, boxes, lists."""
from __future__ import annotations

import pytest

from zhengxie_site.newspaper import check_fidelity, parse_page
from zhengxie_site.newspaper.bylines import parse_byline, parse_byline_line, parse_lead, trailing_signature
from zhengxie_site.newspaper.classify import is_staff_line, split_headline


def parsed(text: str, **kw):
    page = parse_page(text, **kw)
    assert check_fidelity(text, page).ok  # every rule keeps every character accounted for
    return page


@pytest.mark.parametrize("line, people", [
    ("宋  洁", [{"name": "宋洁"}]),  # a padded name alone: an author's signature
    ("何　川", [{"name": "何川"}]),  # padded with a full-width space
    ("本报记者 王  晶 整理", [{"name": "王晶", "role": "记者", "credit": "整理"}]),
    ("陈  晨摄/光明图片", [{"name": "陈晨", "credit": "摄"}]),  # a padded name, credit glued, agency after /
])
def test_byline_lines_of_other_dailies(line, people):
    assert parse_byline_line(line).people == people


def test_a_headline_of_two_characters_is_no_name():
    assert parse_byline_line("春耕") is None and parse_byline_line("春 耕 忙 碌 时 节") is None


def test_the_papers_commentator_keeps_the_title_its_reporter_does_not():
    assert parse_byline("本报评论员 林立").people == [{"name": "林立", "role": "本报评论员"}]
    assert parse_byline("本报记者 林立").people == [{"name": "林立", "role": "记者"}]


def test_a_padded_name_may_end_in_a_credit_word():
    signature = trailing_signature("……通水运行。（记者 柳  文  通讯员 何一鸣）")
    assert signature.people == [{"name": "柳文", "role": "记者"}, {"name": "何一鸣", "role": "通讯员"}]


def test_a_datelined_lead_may_name_the_paper_and_its_reporters_are_its_own():
    text = ("古籍普查取得阶段性成果\n\n光明日报北京6月11日电（记者 许  晴）11日，记者从国家图书馆获悉。\n\n"
            "大运河文化带建设提速\n\n光明日报记者 姜  楠 光明日报通讯员 钱  铭\n\n初夏时节，扬州古运河畔游人如织。\n")
    assert parse_lead("光明日报北京6月11日电（记者 许  晴）11日")[0] == "光明日报北京6月11日电"
    first, second = parsed(text, paper="光明日报").articles
    assert first.lead == "光明日报北京6月11日电" and first.bylines == [{"name": "许晴", "role": "记者"}]
    assert second.bylines == [{"name": "姜楠", "role": "记者"}, {"name": "钱铭", "role": "通讯员"}]
    other = parse_page(text, paper="人民日报").articles[1]  # another paper's reporter keeps its name
    assert other.bylines[0]["role"] == "光明日报记者"


def test_a_headline_line_may_end_in_an_exclamation_or_hold_a_semicolon():
    text = ("城事\n\n盼了三年，终于来了！\n\n地铁5号线南延段今天开通试运营\n\n沿线新增6座车站\n\n"
            "本报讯（记者 周文婷）今天上午，地铁5号线南延段开通。\n\n"
            "一季度外贸进出口增长5.1%\n\n出口9.2万亿元，增长6.8%；进口6.7万亿元，增长2.9%\n\n"
            "本报北京4月13日讯（记者 冯  立）海关总署13日发布数据。\n")
    first, second = parsed(text).articles
    assert (first.section, first.kicker, first.title, first.subtitle) == (
        "城事", "盼了三年，终于来了！", "地铁5号线南延段今天开通试运营", "沿线新增6座车站")
    assert first.lead == "本报讯" and second.lead == "本报北京4月13日讯"
    assert second.subtitle == "出口9.2万亿元，增长6.8%；进口6.7万亿元，增长2.9%"


def test_a_columns_name_over_a_headline_is_its_section_not_its_kicker():
    text = ("协商在基层\n\n“板凳会”上议出骑手“暖心驿站”\n\n——莲都区政协协商议事活动见闻\n\n本报记者 陆  远\n\n"
            "骑手送餐跑一天，想找个地方喝口热水都难。\n")
    (article,) = parsed(text).articles
    assert (article.section, article.kicker, article.title) == ("协商在基层", None, "“板凳会”上议出骑手“暖心驿站”")


def test_a_column_tag_in_brackets_before_the_headline_and_a_named_author_at_the_end():
    text = ("【光明论坛】让非遗在当代生活中“活”起来\n\n【内容提要】非物质文化遗产是活态的文化。\n\n"
            "非物质文化遗产凝结着中华民族的智慧。\n\n（作者：曹文彬，系东南大学人文学院教授）\n")
    (article,) = parsed(text).articles
    assert (article.section, article.title, article.kind) == ("光明论坛", "让非遗在当代生活中“活”起来", "commentary")
    assert article.bylines == [{"name": "曹文彬"}] and article.body[0][1]["label"] == "内容提要"
    assert article.paragraphs[-1] == "（作者：曹文彬，系东南大学人文学院教授）"  # kept in the text


def test_a_box_above_the_dateline_holds_every_paragraph_up_to_it():
    text = ("全国政协召开双周协商座谈会\n\n围绕“加强新就业形态劳动者权益保障”协商议政\n\n核心阅读\n\n"
            "新就业形态劳动者已超过8000万人。\n\n委员们认为，要加快健全权益保障制度。\n\n"
            "本报北京6月16日电（记者 孙晓燕、韩冬）全国政协16日在京召开双周协商座谈会。\n\n会议认为，平台经济快速发展。\n")
    (article,) = parsed(text).articles
    assert (article.title, article.subtitle) == ("全国政协召开双周协商座谈会", "围绕“加强新就业形态劳动者权益保障”协商议政")
    assert article.body[0] == ("box", {"label": "核心阅读",
                                       "text": "新就业形态劳动者已超过8000万人。\n\n委员们认为，要加快健全权益保障制度。"})
    assert article.lead == "本报北京6月16日电" and len(article.paragraphs) == 2
    assert "> 新就业形态劳动者已超过8000万人。\n>\n> 委员们认为" in article.body_markdown


def test_a_bracketed_label_before_a_paragraph_makes_a_box():
    text = ("普惠托育“托”起幸福“家”\n\n本报记者 刘畅\n\n【提案回顾】民进省委提交了关于发展普惠托育服务的提案。\n\n"
            "记者从省卫生健康委获悉，全省新增普惠托位2.1万个。\n")
    (article,) = parsed(text).articles
    assert article.body[0] == ("box", {"label": "提案回顾", "text": "民进省委提交了关于发展普惠托育服务的提案。"})


def test_numbered_items_one_per_block_are_one_list():
    text = ("清明祭扫出行提示请收好\n\n本报讯（记者 钱程）清明节将至。\n\n交警部门提醒，祭扫出行请注意以下几点：\n\n"
            "1.错峰出行。建议市民避开高峰时段。\n\n2.优先乘坐公交。公交集团将开通专线。\n\n3.文明祭扫。提倡鲜花祭扫。\n\n"
            "市民可关注“滨江交警”微信公众号。\n")
    (article,) = parsed(text).articles
    assert article.list["title"] == "交警部门提醒，祭扫出行请注意以下几点：" and len(article.list["items"]) == 3
    assert article.paragraphs == ["清明节将至。", "市民可关注“滨江交警”微信公众号。"]


def test_a_photo_caption_set_apart_in_a_feature_takes_the_credit_under_it():
    text = ("把调研做在“泥土里”\n\n本报记者 陈思远\n\n11月的江汉平原，晚稻收割已近尾声。\n\n这是他今年第11次来监利。\n\n\n\n"
            "周立新（左二）在监利市再生稻示范田查看稻桩再生情况。\n\n受访者供图\n\n谈及今后的打算，周立新说了很多。\n")
    (article,) = parsed(text).articles
    assert article.figures == [{"caption": "周立新（左二）在监利市再生稻示范田查看稻桩再生情况。", "credit": "受访者供图"}]
    assert article.bylines == [{"name": "陈思远", "role": "记者"}] and len(article.paragraphs) == 3


def test_a_speakers_label_is_a_subheading_never_a_caption():
    text = ("为守护一江碧水献良策\n\n本报记者 王  晶 整理\n\n省政协召开专题协商会。\n\n李红梅委员：\n\n"
            "让“化工围江”变为“绿色沿江”\n\n近年来，沿江化工企业“关改搬转”取得明显成效。\n")
    (article,) = parsed(text).articles
    assert article.figures == [] and article.subheadings == ["李红梅委员：", "让“化工围江”变为“绿色沿江”"]
    assert article.bylines == [{"name": "王晶", "role": "记者", "credit": "整理"}]


def test_a_comment_columns_label_does_not_reach_over_the_news_after_it():
    text = ("短评\n\n让园区成为农民增收的“主引擎”\n\n现代农业园区建得好不好，要看农民腰包鼓不鼓。\n\n何  川\n\n"
            "全省便民生活圈覆盖率超八成\n\n本报记者 张曦\n\n买菜、理发、修鞋……在家门口就能办。\n")
    comment, news = parsed(text).articles
    assert (comment.kind, comment.section, comment.bylines) == ("commentary", "短评", [{"name": "何川"}])
    assert (news.kind, news.section) == ("brief", None)


@pytest.mark.parametrize("lines, expected", [
    (["让古老运河焕发时代光彩", "大运河畔：遗产“活”起来 文旅“火”起来"],  # a colon is the headline's own
     ("让古老运河焕发时代光彩", "大运河畔：遗产“活”起来 文旅“火”起来", None)),
    (["全国政协召开双周协商座谈会", "围绕“加强新就业形态劳动者权益保障”协商议政"],  # opens as subheadlines do
     (None, "全国政协召开双周协商座谈会", "围绕“加强新就业形态劳动者权益保障”协商议政")),
])
def test_two_heading_lines_more_signals(lines, expected):
    kicker, title, subtitle, notes = split_headline(lines)
    assert (kicker, title, subtitle) == expected and notes


def test_a_staff_line_with_slashes_and_padded_names_is_page_data():
    assert is_staff_line("本版责编 / 谭  宁  校对 / 马  磊  排版 / 姚  亮")
    assert not is_staff_line("编辑部的故事")
