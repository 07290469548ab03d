"""Rules for layouts the importer met on pages of other dailies: signatures, credits, labels, boxes, lists."""
from __future__ import annotations

import pytest

from zhengxie_site.newspaper import check_fidelity, parse_page
from zhengxie_site.newspaper.bylineforms import parse_byline_line
from zhengxie_site.newspaper.bylines import parse_byline
from zhengxie_site.newspaper.signatures import trailing_signature
from zhengxie_site.newspaper.datelines import parse_lead
from zhengxie_site.newspaper.classify import is_staff_line, parse_colophon, split_headline


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


@pytest.mark.parametrize("label, headline, subheadline, byline", [
    ("协商在基层", "“板凳会”上议出骑手“暖心驿站”", "——莲都区政协协商议事活动见闻", "本报记者 陆  远"),
    # a series named for who speaks on what (a post, 谈, a topic), over a headline and its ——subheadline
    ("县委书记谈乡村振兴", "“小山茶”要做成“大产业”", "——访河南省光山县委书记周明远", "农民日报·中国农网记者 吕  兵"),
])
def test_a_columns_name_over_a_headline_is_its_section_not_its_kicker(label, headline, subheadline, byline):
    (article,) = parsed(f"{label}\n\n{headline}\n\n{subheadline}\n\n{byline}\n\n骑手送餐跑一天，喝口热水都难。\n").articles
    assert (article.section, article.kicker, article.title) == (label, None, headline)


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


def test_circled_numbers_make_a_list_and_are_printed_again_as_numbers():
    text = ("这些提案关注青年“成长烦恼”\n\n本报记者 朱晨\n\n记者梳理了部分提案。\n\n部分提案摘要\n\n"
            "①关于拓宽高校毕业生基层就业渠道的提案\n\n建议完善基层就业激励政策。\n\n"
            "②关于推进青年发展型县域建设的提案\n\n建议把青年发展纳入县域规划。\n")
    page = parsed(text)
    (article,) = page.articles
    assert article.list["title"] == "部分提案摘要" and article.list["numbers"] == ["1", "2"]
    assert "①" in [p.text for p in page.pieces if p.where == "report"]


def test_a_dateline_may_name_the_place_without_a_date_and_an_org_before_a_role_may_be_long():
    assert parse_lead("本报腾冲讯（通讯员 寸丽华）近日，腾冲市")[0] == "本报腾冲讯"
    assert parse_lead("本报腾冲讯") is not None and parse_lead("本报腾冲市民讲述") is None
    assert parse_byline("中国青年报·中国青年网记者 王若溪").people == [{"name": "王若溪", "role": "中国青年报·中国青年网记者"}]
    text = "县城成为青年追梦的热土\n\n中国青年报·中国青年网记者 王若溪\n\n越来越多的青年回到县城。\n"
    assert parsed(text, paper="中国青年报").articles[0].bylines == [{"name": "王若溪", "role": "记者"}]


def test_a_headline_with_a_column_tag_is_an_opinion_piece_unless_it_is_datelined_news():
    text = ("县城的“烟火气”里藏着青春答卷（微观）\n\n本报记者 程  远\n\n县城的夜市越来越热闹。\n\n"
            "小区加装电梯提速（民生）\n\n本报讯（记者 李娜）今年以来，全市新增加装电梯120部。\n")
    opinion, news = parsed(text).articles
    assert (opinion.section, opinion.kind) == ("微观", "commentary") and news.kind == "brief"


def test_a_caption_ending_in_its_credit_is_a_photo_item_and_the_credit_closes_it():
    text = ("图片新闻\n\n花鼓灯进课堂 非遗有传人\n\n3月20日，学生在课后服务课堂上学习花鼓灯表演。\n\n刘  军 摄\n\n"
            "“司机之家”暖了货车司机的心\n\n3月21日，货车司机在服务区“司机之家”休息。本报记者 李  浩 摄\n\n"
            "全省首批零工驿站名单公布\n\n近日，省人社厅公布首批零工驿站名单。\n\n零工驿站提供岗位信息。（记者 方  圆）\n")
    first, second, third = parsed(text).articles
    assert second.kind == "photo" and second.figures == [
        {"caption": "3月21日，货车司机在服务区“司机之家”休息。", "credit": "本报记者 李  浩 摄"}]
    assert second.bylines == [{"name": "李浩", "role": "记者", "credit": "摄"}] and len(second.paragraphs) == 1
    assert (third.title, third.kind, third.section) == ("全省首批零工驿站名单公布", "brief", None)


def test_a_short_line_after_a_photo_caption_and_over_text_is_a_subheading():
    text = ("长者食堂来了“青春帮厨”\n\n本报记者 汪婷婷 文/图\n\n中午11点刚过，社区长者食堂里热气腾腾。\n\n"
            "这些“青春帮厨”来自驻地高校。\n\n\n\n图为志愿者在长者食堂为老人分餐。\n\n\n一勺饭菜里的“烟火气”\n\n"
            "“以前一个人在家，常常一碗面条就对付了。”\n")
    (article,) = parsed(text).articles
    assert [f["caption"] for f in article.figures] == ["图为志愿者在长者食堂为老人分餐。"]
    assert article.subheadings == ["一勺饭菜里的“烟火气”"]


def test_a_notices_short_lines_are_its_text():
    text = ("“永昌书香”全民阅读征文启事\n\n为营造浓厚的阅读氛围，现面向全市征集稿件。\n\n"
            "联系人：赵老师（保山日报社副刊部）\n\n保山市全民阅读活动组委会办公室\n")
    (article,) = parsed(text).articles
    assert article.kind == "notice" and article.figures == [] and article.subheadings == []
    assert article.paragraphs[1:] == ["联系人：赵老师（保山日报社副刊部）", "保山市全民阅读活动组委会办公室"]


def test_speakers_labels_end_a_headline_run_and_are_not_joined_to_their_words():
    text = ("两会声音\n\n为青年成长成才多想一步\n\n全国政协委员、华东师范大学教授 宋以宁：\n\n"
            "青少年心理健康需要家校社协同发力，学校要配齐心理教师。\n\n全国人大代表、社区党委书记 陈嘉怡：\n\n"
            "我们社区七成居民是35岁以下的年轻人。\n")
    (article,) = parsed(text).articles
    assert article.title == "为青年成长成才多想一步" and article.subtitle is None
    assert article.subheadings == ["全国政协委员、华东师范大学教授 宋以宁：", "全国人大代表、社区党委书记 陈嘉怡："]
    assert not article.column_breaks


def test_a_headline_asking_a_question_over_an_editors_note():
    text = ("民生热线\n\n异地就医怎么备案？报销比例有变化吗？\n\n编者按：不少读者来电咨询异地就医备案。\n\n"
            "问：异地就医备案要去哪里办？\n\n答：可以通过国家医保服务平台APP办理。\n")
    (article,) = parsed(text).articles
    assert (article.section, article.title) == ("民生热线", "异地就医怎么备案？报销比例有变化吗？")
    assert article.body[0][1]["label"] == "编者按" and article.kind == "interview"


@pytest.mark.parametrize("lines, expected", [
    (["延链补链强链 推动“一杯咖啡”提质增效", "全市咖啡产业综合产值突破60亿元"],  # two phrases side by side
     ("延链补链强链 推动“一杯咖啡”提质增效", "全市咖啡产业综合产值突破60亿元", None)),
    (["一季度我国货物贸易进出口增长5.1%", "出口9.2万亿元，增长6.8%；进口6.7万亿元，增长2.9%"],  # % is no comma
     (None, "一季度我国货物贸易进出口增长5.1%", "出口9.2万亿元，增长6.8%；进口6.7万亿元，增长2.9%")),
])
def test_two_heading_lines_spaces_and_figures(lines, expected):
    assert split_headline(lines)[:3] == expected


def test_type_sizes_decide_a_headline_run_without_guessing():
    assert split_headline(["春日田间农机忙", "全省已完成春播面积1200万亩"], [24.0, 14.0]) == (
        None, "春日田间农机忙", "全省已完成春播面积1200万亩", [])
    assert split_headline(["稳外资政策持续显效", "前3个月新设外资企业4286家"], [14.0, 24.0]) == (
        "稳外资政策持续显效", "前3个月新设外资企业4286家", None, [])


def test_a_datelines_people_may_be_printed_without_brackets_and_a_relayed_dateline_starts_with_据():
    assert parse_lead("本报讯 记者张红梅 通讯员李家豪 小区业主反映")[1].people == [
        {"name": "张红梅", "role": "记者"}, {"name": "李家豪", "role": "通讯员"}]
    assert parse_lead("本报讯 记者从省卫生健康委获悉")[1].people == []  # 记者 here is a word of the text
    assert parse_lead("据新华社北京9月13日电 司法部近日部署")[0] == "据新华社北京9月13日电"


@pytest.mark.parametrize("line, people", [
    ("新华社发（刘  毅 摄）", [{"name": "刘毅", "credit": "摄"}]),  # supplied by an agency
    ("文/李  桐", [{"name": "李桐", "credit": "文"}]),  # the credit before a name alone
    ("整理：本报记者 吴  蔚", [{"name": "吴蔚", "role": "记者", "credit": "整理"}]),
    ("本报记者 徐伟伦 本报通讯员 孙  岩 摄", [{"name": "徐伟伦", "role": "记者", "credit": "摄"},
                                       {"name": "孙岩", "role": "通讯员", "credit": "摄"}]),  # both took it
])
def test_more_credit_lines(line, people):
    assert parse_byline_line(line).people == people


def test_a_brief_signed_with_names_alone_and_nothing_else_in_the_brackets():
    assert trailing_signature("……收购价格。（张  帆 谢玉兰）").people == [{"name": "张帆"}, {"name": "谢玉兰"}]
    assert trailing_signature("……（下转第二版）") is None and trailing_signature("……（新华）") is None


def test_a_marked_reporters_byline_is_the_papers_style_not_an_opinion_pieces_mark():
    text = ("古村落里的检察“守护者”\n\n□ 本报记者  黄  辉\n\n近年来，检察机关持续加强传统村落保护。\n\n"
            "■ 链接\n\n文物保护法规定，历史文化名村应当整体保护。\n")
    page = parsed(text)
    (article,) = page.articles
    assert article.kind == "brief" and article.bylines == [{"name": "黄辉", "role": "记者"}]
    assert article.body[-1] == ("box", {"label": "链接", "text": "文物保护法规定，历史文化名村应当整体保护。"})


def test_a_poems_other_poem_is_no_column_tag_and_a_colophon_may_be_written_in_one_piece():
    (poem,) = parsed("沂河岸边（外一首）\n\n◎ 王晓川\n\n河水漫过春天的堤岸\n").articles
    assert poem.title == "沂河岸边（外一首）" and poem.section is None
    page = parsed("标题\n\n本报记者 张三\n\n正文。\n\n本版由福建日报社与福建省政协办公厅合办\n")
    assert page.colophon_partners == ["福建日报社", "福建省政协办公厅"]
    assert page.colophon_text == "本版由福建日报社与福建省政协办公厅合办"


def test_a_columns_name_made_of_a_role_and_a_word_is_no_byline():
    assert parse_byline_line("评论员观察") is None and parse_byline_line("记者手记") is None
    assert parse_byline_line("评论员 何鸣").people == [{"name": "何鸣", "role": "评论员"}]


def test_the_papers_own_reporters_under_a_longer_name_or_posted_abroad():
    text = ("新型树脂让风电叶片“拆得开”\n\n科技日报驻德国记者 于  帆\n\n德国研究人员开发出一种新型树脂。\n\n"
            "校车开进山村\n\n新甘肃·甘肃日报记者 马丽\n\n山里孩子上学不再难。\n")
    first, second = parsed(text, paper="科技日报").articles
    assert first.bylines == [{"name": "于帆", "role": "记者"}]
    assert parse_page(text, paper="甘肃日报").articles[1].bylines == [{"name": "马丽", "role": "记者"}]


def test_a_cartoons_credit_and_unnumbered_items_in_a_row():
    assert parse_byline_line("商  颂作").people == [{"name": "商颂", "credit": "作"}]
    text = ("省政协确定年度重点提案\n\n本报讯（记者 张倩）省政协确定年度重点提案。\n\n2024年度省政协重点提案（部分）\n\n"
            "◆关于加快新能源产业集群发展的提案\n\n◆关于解决农牧区学生交通难题的提案\n\n◆关于加强基层医疗人才队伍建设的提案\n")
    (article,) = parsed(text).articles
    assert article.list["title"] == "2024年度省政协重点提案（部分）" and article.list["numbers"] == ["1", "2", "3"]


def test_a_conversation_between_two_speakers_is_an_interview_and_聚焦_opens_a_subheadline():
    text = ("“让科研成果走出实验室”\n\n本报记者 张三\n\n科技日报：您怎么看成果转化？\n\n李明：关键在机制。\n\n"
            "科技日报：下一步呢？\n\n李明：建设中试平台。\n")
    assert parsed(text).articles[0].kind == "interview"
    assert split_headline(["省政协召开重点提案督办协商会", "聚焦加快河西走廊新能源产业集群发展"])[:3] == (
        None, "省政协召开重点提案督办协商会", "聚焦加快河西走廊新能源产业集群发展")
    assert split_headline(["市政协组织委员视察——", "聚焦“一老一小” 助力民生改善"])[:2] == ("市政协组织委员视察——", "聚焦“一老一小” 助力民生改善")


def test_roles_set_with_a_slash_and_the_papers_all_media_reporters():
    assert parse_byline("记者/黄  煦 李嘉祥 通讯员/林晓薇").people == [
        {"name": "黄煦", "role": "记者"}, {"name": "李嘉祥", "role": "记者"}, {"name": "林晓薇", "role": "通讯员"}]
    text = "省政协召开专题协商会\n\n本报讯（四川日报全媒体记者 蒋  芸）省政协召开专题协商会。\n"
    assert parsed(text, paper="四川日报").articles[0].bylines == [{"name": "蒋芸", "role": "记者"}]
    # 文 starting a padded name after a role is the name, not a credit
    assert parse_byline_line("四川日报全媒体记者 文  蕴 整理").people == [
        {"name": "文蕴", "role": "四川日报全媒体记者", "credit": "整理"}]


def test_a_headline_over_one_paragraph_signed_at_its_end_is_a_brief_of_its_own():
    text = ("跨境理财通汇划金额突破千亿元\n\n本报讯（记者/郭  珊）累计跨境汇划金额突破1000亿元。\n\n"
            "顺德家电产业集群产值超4000亿元\n\n近日，记者获悉，顺德家电产业集群实现产值4120亿元。(记者/何  雯 通讯员/李嘉敏)\n")
    first, second = parsed(text).articles
    assert second.title == "顺德家电产业集群产值超4000亿元" and first.subheadings == []
    assert second.bylines == [{"name": "何雯", "role": "记者"}, {"name": "李嘉敏", "role": "通讯员"}]


def test_an_authors_posts_before_the_name_under_the_headline_but_a_speakers_label_inside_a_feature():
    text = "一部县志里的半生心血\n\n全国政协委员、南开大学历史学院教授 沈  澄\n\n那年我二十岁。\n"
    (article,) = parsed(text).articles
    assert article.bylines == [{"name": "沈澄"}] and article.subheadings == []
    assert any("全国政协委员、南开大学历史学院教授" in note for note in article.notes)  # kept for the editor
    text = ("委员发言摘登\n\n本报记者 韩冬 整理\n\n现将发言摘登如下。\n\n全国政协委员、中国劳动关系学院教授 王芳\n\n"
            "明确平台用工责任边界\n\n建议加快出台规范。\n")
    (article,) = parsed(text).articles
    assert article.bylines == [{"name": "韩冬", "role": "记者", "credit": "整理"}]  # a speaker is no byline


def test_a_poems_stanzas_keep_their_lines_and_a_schedule_is_a_list():
    text = "故乡的老槐树\n\n韩  笛\n\n村口那棵老槐树\n把根扎进三百年的黄土\n\n如今我站在它的影子里\n像站在母亲的目光里\n"
    (poem,) = parsed(text).articles
    assert poem.paragraphs == ["村口那棵老槐树  \n把根扎进三百年的黄土", "如今我站在它的影子里  \n像站在母亲的目光里"]
    assert poem.kind == "feature"
    text = ("文献展启动巡展\n\n本报讯（记者 纪  萌）文献展开幕。\n\n巡展安排\n\n6月8日—7月20日\u3000北京·国家典籍博物馆\n\n"
            "7月30日—8月31日\u3000上海·上海图书馆东馆\n\n9月10日—10月20日\u3000广州·广东省立中山图书馆\n\n展览免费开放。\n")
    page = parsed(text)
    (article,) = page.articles
    assert article.list["title"] == "巡展安排" and len(article.list["items"]) == 3 and page.sections == []
    assert article.paragraphs == ["文献展开幕。", "展览免费开放。"]


def test_two_clauses_under_a_phrase_are_kicker_and_headline_and_marked_headings_sit_under_numbered_ones():
    assert split_headline(["从“消极空间”到“共享空间”", "高架桥下，长出一片社区“新客厅”"])[:3] == (
        "从“消极空间”到“共享空间”", "高架桥下，长出一片社区“新客厅”", None)
    assert split_headline(["一季度进出口增长5.1%", "出口9.2万亿元，增长6.8%"])[1:3] == ("一季度进出口增长5.1%", "出口9.2万亿元，增长6.8%")
    text = ("桥下空间\n\n本报记者 周  缘\n\n开头。\n\n一、“灰空间”里长出运动场\n\n■ 从堆物场到篮球场\n\n第一段。\n\n"
            "二、“小空间”撬动大治理\n\n■ 管理难题交给“议事会”\n\n第二段。\n\n■ 更新经验向更多区域复制\n\n第三段。\n\n"
            "第四段。\n")
    (article,) = parsed(text).articles
    assert article.subheadings == ["一、“灰空间”里长出运动场", "从堆物场到篮球场", "二、“小空间”撬动大治理",
                                   "管理难题交给“议事会”", "更新经验向更多区域复制"]
    assert [kind for kind, _ in article.body if kind in ("h", "h3")] == ["h", "h3", "h", "h3", "h3"]
    assert article.list is None


def test_staff_words_and_a_colophon_run_jointly():
    assert is_staff_line("责任编辑：俞 立 视觉设计：黄 佳")
    assert parse_colophon("本版由四川省政协办公厅、四川日报社联合主办")[1] == ["四川省政协办公厅", "四川日报社"]


def test_a_roundups_items_headed_by_their_places_in_brackets():
    text = ("市县政协\n\n【长沙】6月14日，长沙市政协召开月度协商座谈会。（刘  洋 周慧敏）\n\n"
            "【衡阳】近日，衡阳市政协开展专项民主监督。\n\n目前，整改已完成。（通讯员 谭  军）\n")
    changsha, hengyang = parsed(text).articles
    assert (changsha.title, changsha.section, changsha.bylines) == ("长沙", "市县政协", [{"name": "刘洋"}, {"name": "周慧敏"}])
    assert (hengyang.title, hengyang.section, len(hengyang.paragraphs)) == ("衡阳", "市县政协", 2)
    one = parsed("政协动态\n\n本报讯（记者 李明）会议召开。\n\n【提案回顾】去年以来，提案办理成效明显。\n").articles[0]
    assert [v["label"] for k, v in one.body if k == "box"] == ["提案回顾"]  # one alone is a box's label


def test_a_unit_or_a_reader_where_a_role_would_be_and_a_name_alone_signing_a_brief():
    assert parse_byline("本报记者 方  舟 见习记者 陈思琪 共享联盟·安吉站 何  斌").people == [
        {"name": "方舟", "role": "记者"}, {"name": "陈思琪", "role": "见习记者"}, {"name": "何斌"}]
    assert parse_byline_line("拍友 沈宏伟 摄").people == [{"name": "沈宏伟", "credit": "摄"}]
    assert trailing_signature("班车票价2元。（共享联盟·桐庐站 陈  洁）").people == [{"name": "陈洁"}]
    assert trailing_signature("被列入“黑榜”。（王皓）").people == [{"name": "王皓"}]
    assert trailing_signature("故事讲完了。（待续）") is None and trailing_signature("见下文（上）") is None
    assert parse_byline_line("山海协作") is None  # a label ending as a cartoon's credit (作) does


def test_colophons_staff_lines_and_column_tags_of_other_papers():
    assert parse_colophon("湖南省政协办公厅\u3000湖南日报社\u3000联合主办") == (
        "湖南省政协办公厅\u3000湖南日报社\u3000联合主办", ["湖南省政协办公厅", "湖南日报社"])
    assert parse_colophon("团结协作 共同主办") is None  # words, not organisations
    assert is_staff_line("本版责任编辑 孙  昊\u3000\u3000视觉设计 钱  程")
    assert is_staff_line("本版主编：王  卉\u3000责编：赵一鸣\u3000校对：马  丽")
    text = "提案观察丨“面商”不能止于“见面”\n\n本报特约评论员 宁  远\n\n面商的价值，在于“商”。\n"
    (article,) = parsed(text).articles
    assert (article.title, article.section, article.kind) == ("“面商”不能止于“见面”", "提案观察", "commentary")


def test_a_letter_a_photo_group_and_a_data_box():
    text = ("委员来信\n\n小区充电桩“进门难”亟待破解\n\n编辑同志：\n\n近期我在调研时发现，装桩难。\n\n"
            "希望有关部门重视。\n\n——陆  鸣（全国政协委员）\n")
    (letter,) = parsed(text).articles
    assert letter.paragraphs[0] == "编辑同志：" and letter.bylines == [{"name": "陆鸣"}]
    assert letter.kind == "commentary" and any("全国政协委员" in n for n in letter.notes)
    text = ("图片新闻\n\n街巷添新绿 市民享清凉\n\n\n\n5月25日，居民在林荫下休憩纳凉。\n\n本报记者 卢志成/摄\n\n\n\n"
            "5月26日，孩子们认识蔬菜。\n\n本报记者 汪嘉禾/摄\n")
    (group,) = parsed(text).articles
    assert [f["caption"] for f in group.figures] == group.paragraphs == ["5月25日，居民在林荫下休憩纳凉。", "5月26日，孩子们认识蔬菜。"]
    assert [f.get("credit") for f in group.figures] == ["本报记者 卢志成/摄", "本报记者 汪嘉禾/摄"]
    text = ("竹林撬动共富\n\n本报记者 方  舟\n\n初冬时节，走进竹坞村。\n\n数据\n\n2.1万亩\u3000全村竹林面积\n\n"
            "412万元\u3000村集体经济总收入\n\n136人\u3000返乡青年\n\n01 一根毛竹的“全竹利用”\n\n过去一根毛竹只卖竹竿。\n")
    (feature,) = parsed(text).articles
    assert [v["label"] for k, v in feature.body if k == "box"] == ["数据"] and feature.list is None
    assert feature.paragraphs == ["初冬时节，走进竹坞村。", "过去一根毛竹只卖竹竿。"]


def test_an_event_over_its_purpose_and_a_change_over_the_news():
    assert split_headline(["省政协召开专题协商会", "为湘江流域生态保护修复建言献策"])[:3] == (
        None, "省政协召开专题协商会", "为湘江流域生态保护修复建言献策")
    assert split_headline(["从“刷墙铺路”到“一巷一策”", "东城今年将打造50条“精品街巷”"])[:2] == (
        "从“刷墙铺路”到“一巷一策”", "东城今年将打造50条“精品街巷”")
    assert split_headline(["让“一键叫车”不再难住老年人", "交通运输部办理委员提案推动网约车服务适老化改造"])[1:3] == (
        "让“一键叫车”不再难住老年人", "交通运输部办理委员提案推动网约车服务适老化改造")


def test_control_characters_in_a_dump_are_taken_out_and_named_in_the_report():
    text = "委员走进社区\x1b[2J\n\n本报讯（记者 李明）近日，\x0c委员走进社区。\x07\n"
    page = parse_page(text)
    (article,) = page.articles
    assert article.title == "委员走进社区[2J" and article.paragraphs == ["近日，委员走进社区。"]
    assert page.page_notes[0] == "extraction noise: 3 control character(s) taken out of the text: U+0007, U+000C, U+001B"
    result = check_fidelity(text, page)
    assert result.ok and result.in_report >= 2  # ESC and BEL counted as named (a form feed is whitespace)


def test_round_seven_rules_a_dashed_media_name_a_scope_headline_and_photo_credits_as_printed():
    text = "委员走进边民互市贸易区\n\n广西云—广西日报记者 梁  峰 摄\n\n委员们在互市贸易区了解情况。\n"
    assert parse_byline_line("广西云—广西日报记者 黄  婷 通讯员 陆思远").people == [
        {"name": "黄婷", "role": "广西云—广西日报记者"}, {"name": "陆思远", "role": "通讯员"}]
    assert parse_page(text, paper="广西日报").articles[0].bylines == [{"name": "梁峰", "role": "记者", "credit": "摄"}]
    assert split_headline(["稳岗扩就业政策持续发力", "全省前5个月城镇新增就业56.3万人"])[:2] == (
        "稳岗扩就业政策持续发力", "全省前5个月城镇新增就业56.3万人")
    assert split_headline(["物业公司擅自挪用小区公共收益", "法院判令返还业主共有资金32万余元"])[1:3] == (
        "物业公司擅自挪用小区公共收益", "法院判令返还业主共有资金32万余元")
    text = "图片新闻\n\n白马湖畔荷花开\n\n6月11日，游客在白马湖畔赏荷。\n\n本报记者 郁钧涛 摄\n"
    (photo,) = parsed(text).articles
    assert photo.figures == [{"caption": "6月11日，游客在白马湖畔赏荷。", "credit": "本报记者 郁钧涛 摄"}]
    text = "图片新闻\n\n寿光大棚蔬菜上市忙\n\n菜农在采摘彩椒。（□记者 卢  鹏 通讯员 孙  琳 报道）\n"
    (photo,) = parsed(text).articles
    assert photo.figures == [{"caption": "菜农在采摘彩椒。", "credit": "□记者 卢  鹏 通讯员 孙  琳 报道"}]


def test_a_brief_of_two_paragraphs_signed_at_its_end_after_a_brief():
    text = ("市县政协\n\n洛阳市政协推动协商议事室全覆盖\n\n本报讯（通讯员 孙  磊）议事室实现全覆盖。\n\n"
            "信阳市政协为茶产业发展建言\n\n信阳市政协组织委员调研。\n\n委员们提出建议。（王  晨 吴  凡）\n")
    first, second = parsed(text).articles
    assert first.subheadings == [] and second.title == "信阳市政协为茶产业发展建言"
    assert len(second.paragraphs) == 2 and second.bylines == [{"name": "王晨"}, {"name": "吴凡"}]


def test_round_eight_the_papers_own_dateline_and_bylines_run_into_the_text():
    text = "省政协常委会会议在汉举行\n\n湖北日报讯（记者 张  真、通讯员 鄂政宣）9月25日，会议举行。\n"
    (article,) = parsed(text, paper="湖北日报").articles
    assert article.lead == "湖北日报讯" and article.bylines == [{"name": "张真", "role": "记者"}, {"name": "鄂政宣", "role": "通讯员"}]
    assert parse_byline_line("湖北日报全媒记者 李  源 通讯员 万  晴").people[0]["role"] == "湖北日报全媒记者"
    text = "大连医院开设夜间儿科门诊\n\n本报讯\u3000记者 刘  佳 通讯员 于雅婷 报道\u300010月14日，门诊开设。\n"
    (article,) = parsed(text).articles
    assert article.bylines == [{"name": "刘佳", "role": "记者", "credit": "报道"},
                               {"name": "于雅婷", "role": "通讯员", "credit": "报道"}]
    assert article.paragraphs == ["10月14日，门诊开设。"]
    assert is_staff_line("责任编辑：赵  光\u3000\u3000视觉设计：孙  宇\u3000\u3000检校：李  然")


def test_round_nine_the_papers_all_media_reporters_and_a_members_suggestions():
    assert parse_byline("本报全媒体记者 邹  晖 通讯员 程  斌").people == [
        {"name": "邹晖", "role": "记者"}, {"name": "程斌", "role": "通讯员"}]
    assert parse_byline("全媒体记者 钟  颖").people == [{"name": "钟颖", "role": "记者"}]
    text = "委员建言\n\n让县域商业体系更好连接城乡\n\n省政协委员  孙  浩\n\n要补齐短板。\n\n要完善网络。\n"
    (article,) = parsed(text).articles
    assert article.kind == "commentary" and article.bylines == [{"name": "孙浩"}]
    text = ("“瓷博士”的守艺与创新\n\n本报记者 邹  晖\n\n开头。\n\n从碎瓷片里“找配方”\n\n第一段。\n\n"
            "詹文清（左）在实验室指导学生。\n\n本报记者 洪怀峰 摄\n\n第二段。\n")
    (feature,) = parsed(text).articles
    assert feature.figures == [{"caption": "詹文清（左）在实验室指导学生。", "credit": "本报记者 洪怀峰 摄"}]


def test_a_dated_caption_over_a_photo_credit_inside_a_feature():
    text = ("互助幸福院有了“幸福食堂”\n\n河北日报记者 郭  东\n\n开头。\n\n一个小标题\n\n第一段。\n\n"
            "11月18日，在肥乡区前屯村互助幸福院，村医为老人测量血压。\n\n河北日报通讯员 郝群英 摄\n\n第二段。\n")
    (feature,) = parsed(text, paper="河北日报").articles
    assert feature.figures == [{"caption": "11月18日，在肥乡区前屯村互助幸福院，村医为老人测量血压。",
                                "credit": "河北日报通讯员 郝群英 摄"}]
    assert feature.paragraphs == ["开头。", "第一段。", "第二段。"]


def test_round_eleven_a_papers_news_brand_before_its_reporters():
    text = "省政协召开专题议政性常委会议\n\n本报讯（贵州日报天眼新闻记者 周  璐）会议召开。\n"
    assert parsed(text, paper="贵州日报").articles[0].bylines == [{"name": "周璐", "role": "记者"}]
    text = "太阳岛上花正艳\n\n7月10日，游客在太阳岛赏花。\n\n黑龙江日报/极光新闻记者 郭  俊 摄\n"
    (photo,) = parsed(text, paper="黑龙江日报").articles
    assert photo.bylines == [{"name": "郭俊", "role": "记者", "credit": "摄"}] and photo.kind == "photo"
    assert is_staff_line("编辑：杨  柳\u3000\u3000二审：吴  昊\u3000\u3000三审：周  平")


def test_round_twelve_dotted_names_a_run_in_byline_closed_by_a_colon_and_an_event_under_a_kicker():
    assert parse_byline_line("石榴云/新疆日报记者 古丽娜尔·吾甫尔 通讯员 刘  婷").people == [
        {"name": "古丽娜尔·吾甫尔", "role": "石榴云/新疆日报记者"}, {"name": "刘婷", "role": "通讯员"}]
    assert parse_byline_line("通讯员 叶尔兰·别克 摄").people == [{"name": "叶尔兰·别克", "role": "通讯员", "credit": "摄"}]
    text = "广州启动防暴雨Ⅳ级应急响应\n\n羊城晚报讯 记者黄婷、通讯员穗水宣报道：昨日，广州启动应急响应。\n"
    (article,) = parsed(text).articles
    assert article.lead == "羊城晚报讯" and article.paragraphs == ["昨日，广州启动应急响应。"]
    assert article.bylines == [{"name": "黄婷", "role": "记者", "credit": "报道"},
                               {"name": "穗水宣", "role": "通讯员", "credit": "报道"}]
    assert split_headline(["助力建设国家重要农畜产品生产基地", "自治区政协召开专题协商会"])[:2] == (
        "助力建设国家重要农畜产品生产基地", "自治区政协召开专题协商会")


def test_round_thirteen_a_papers_app_after_a_dot_and_a_members_say_column():
    assert parse_byline_line("新华日报·交汇点记者 孙  立 通讯员 顾海燕").people == [
        {"name": "孙立", "role": "新华日报·交汇点记者"}, {"name": "顾海燕", "role": "通讯员"}]
    text = "委员说\n\n让“苏超”热度持续转化为城市发展动力\n\n省政协委员、南京体育学院教授\u3000戴  君\n\n一是要办好赛事。\n"
    assert parsed(text).articles[0].kind == "commentary"


def test_round_fourteen_a_papers_short_name_and_app_and_photo_columns_by_their_names():
    text = "老旧小区改造\n\n本报讯（郑报融媒记者 张  倩 通讯员 郑建宣）今年改造老旧小区。\n"
    assert parsed(text, paper="郑州日报").articles[0].bylines == [{"name": "张倩", "role": "记者"},
                                                               {"name": "郑建宣", "role": "通讯员"}]
    text = "协商会召开\n\n□ 大众新闻记者 高  远 通讯员 孟  晗 报道\n\n本报济南7月17日讯 会议召开。\n"
    assert parsed(text, paper="大众日报").articles[0].bylines[0] == {"name": "高远", "role": "记者", "credit": "报道"}
    text = "履职镜头\n\n委员视察小清河复航工程\n\n7月10日，委员在济南港察看复航工程。\n\n□ 通讯员 房  晨 报道\n"
    (photo,) = parsed(text).articles
    assert photo.kind == "photo" and photo.figures[0]["caption"] == "7月10日，委员在济南港察看复航工程。"
