"""Rules for layouts met on pages of other dailies, from round fifteen on (test_roles.py holds the earlier
rounds): each a general rule, shown on the smallest page that needs it."""
from __future__ import annotations

from zhengxie_site.newspaper import check_fidelity, parse_page
from zhengxie_site.newspaper.bylineforms import parse_byline_line
from zhengxie_site.newspaper.signatures import parse_closing_note
from zhengxie_site.newspaper.datelines import parse_lead
from zhengxie_site.newspaper.classify import split_headline
from zhengxie_site.newspaper.vocabulary import DEFAULT


def parsed(text: str, **kw):
    page = parse_page(text, **kw)
    assert check_fidelity(text, page).ok  # every rule keeps every character accounted for
    return page


def test_a_direction_over_the_news_for_the_city_in_figures_is_kicker_and_headline():
    """一件事 is a set phrase, not a count: only digits in the first line make it a figures line too."""
    assert split_headline(["推动“高效办成一件事”提质扩面", "我市新增18项“一件事”集成服务"])[:3] == (
        "推动“高效办成一件事”提质扩面", "我市新增18项“一件事”集成服务", None)


def test_a_commentary_signed_with_a_padded_pen_name_in_brackets():
    assert [p["name"] for p in parse_closing_note("（宁  轩）").people] == ["宁轩"]
    assert parse_closing_note("（两会感悟）") is None  # a column's tag is no name
    text = "短评\n\n让“一件事”办得更舒心\n\n改的是流程，考验的是理念。\n\n（宁  轩）\n"
    (comment,) = parsed(text).articles
    assert comment.bylines == [{"name": "宁轩"}] and comment.paragraphs == ["改的是流程，考验的是理念。"]


def test_a_photo_supplied_by_a_correspondent_names_no_one():
    text = ("村医的新帮手\n\n本报讯（记者 黄  璐 通讯员 邱  敏）紫金县推广远程医疗。\n\n\n\n"
            "曾丽华（右二）在村卫生站为村民检查身体。\n\n通讯员供图\n\n如今，村医遇到难题可以视频会诊。\n")
    (article,) = parsed(text).articles
    assert article.bylines == [{"name": "黄璐", "role": "记者"}, {"name": "邱敏", "role": "通讯员"}]
    assert article.figures == [{"caption": "曾丽华（右二）在村卫生站为村民检查身体。", "credit": "通讯员供图"}]
    assert parse_byline_line("张三供图") is None or parse_byline_line("张三供图").people[0]["name"] == "张三"


def test_a_sentence_alone_between_the_blank_runs_of_a_photo_is_its_caption():
    text = ("老渔港的新日子\n\n本报记者 郑  晨\n\n清晨，渔船驶回坞内。\n\n再过几个小时，这里换了模样。\n\n\n\n"
            "傍晚时分，渔船与两岸文创店铺相映成趣。\n\n市民热线\n\n工地噪声扰民\n\n近日，市民反映噪声问题。\n")
    first = parsed(text).articles[0]
    assert first.figures == [{"caption": "傍晚时分，渔船与两岸文创店铺相映成趣。"}]
    assert first.paragraphs == ["清晨，渔船驶回坞内。", "再过几个小时，这里换了模样。"]


def test_photo_news_of_two_photos_one_credit_under_the_caption_one_in_brackets_after_it():
    text = ("图说鹭岛\n\n凤凰花开 满城火红\n\n6月11日，中山公园内凤凰花竞相绽放。眼下正值盛花期。\n\n本报记者 黄嘉树 摄\n\n"
            "6月12日，毕业生在凤凰花下拍摄毕业照。（通讯员 许婉婷 摄）\n")
    (photo,) = parsed(text).articles
    assert photo.kind == "photo" and photo.section == "图说鹭岛"
    assert [f.get("credit") for f in photo.figures] == ["本报记者 黄嘉树 摄", "通讯员 许婉婷 摄"]
    assert photo.paragraphs == [f["caption"] for f in photo.figures]  # its text is its captions
    assert DEFAULT.is_photo_column("图说鹭岛") and not DEFAULT.is_photo_column("图书馆里的夏天")


def test_a_square_over_a_dot_is_two_levels_of_subheadings_not_a_list():
    text = ("沙坡尾的新潮日子\n\n本报记者 郑  晨\n\n清晨，渔船驶回坞内。\n\n■ 渔港“变身”记\n\n● 避风坞里的“慢时光”\n\n"
            "避风坞曾是重要渔港。\n\n● 老厂房成了“新地标”\n\n老厂房改造后引入新业态。\n\n■ 烟火气里的“守”与“变”\n\n"
            "● 老渔民的新营生\n\n阿忠当起了讲解员。\n")
    (feature,) = parsed(text).articles
    assert feature.list is None and not feature.figures
    assert feature.subheadings == ["渔港“变身”记", "避风坞里的“慢时光”", "老厂房成了“新地标”", "烟火气里的“守”与“变”",
                                   "老渔民的新营生"]


def test_a_unit_printed_where_a_role_would_be():
    lead, byline, rest = parse_lead("本报讯（记者 石  承 市政协办公厅 王慧敏）6月18日，会议召开。")
    assert byline.people == [{"name": "石承", "role": "记者"}, {"name": "王慧敏"}]
    assert parse_byline_line("市政协办公厅 李晓东/摄").people == [{"name": "李晓东", "credit": "摄"}]


def test_a_parts_title_over_the_member_who_speaks_is_a_subheading_not_a_caption():
    text = ("向海图强，委员们这样说\n\n本报记者 石  承 整理\n\n在专题协商会上，委员们积极建言。\n\n让更多集装箱“坐”上火车\n\n"
            "陈海波（市政协委员、市港航物流协会会长）\n\n海铁联运是港口的短板。\n")
    (feature,) = parsed(text).articles
    assert not feature.figures
    assert feature.subheadings == ["让更多集装箱“坐”上火车", "陈海波（市政协委员、市港航物流协会会长）"]


def test_a_local_history_piece_signed_by_its_author_is_a_feature_and_the_editor_heads_the_staff():
    text = ("本版由宁波市政协办公厅与宁波日报社合办\n\n主编：徐  斌\u3000\u3000责任编辑：孙  芸\n\n甬城文史\n\n江厦街上的钱庄旧事\n\n"
            "文/陆  远\n\n老宁波人都知道江厦街。\n\n钱庄林立，商贾云集。\n\n（作者系市政协文史研究员）\n")
    page = parsed(text)
    (piece,) = page.articles
    assert piece.kind == "feature" and piece.title == "江厦街上的钱庄旧事"
    assert page.staff == ["主编：徐  斌\u3000\u3000责任编辑：孙  芸"]


def test_a_direction_over_a_body_acting_or_a_count_is_kicker_and_headline():
    assert split_headline(["推动课后服务从“有没有”向“好不好”转变", "教育部部署中小学课后服务提质增效工作"])[:3] == (
        "推动课后服务从“有没有”向“好不好”转变", "教育部部署中小学课后服务提质增效工作", None)
    assert split_headline(["推进“金角银边”场景营造", "中心城区今年将新建社区运动场地260处"])[:2] == (
        "推进“金角银边”场景营造", "中心城区今年将新建社区运动场地260处")
    # who says it, then what: a subheadline under the headline
    assert split_headline(["强冷空气明起“到货” 最低气温跌破-8℃", "高速交警提醒：雨雪天气出行请减速慢行"])[:3] == (
        None, "强冷空气明起“到货” 最低气温跌破-8℃", "高速交警提醒：雨雪天气出行请减速慢行")


def test_a_series_logo_joined_by_a_middle_dot_is_a_section_label():
    text = ("公园城市·社区行\n\n老旧院落改造看变化\n\n老院坝里又摆起了“坝坝茶”\n\n——一处老旧院落“微更新”见闻\n\n"
            "成都日报锦观新闻记者 黄  婷 文/图\n\n下午三点，院坝里坐满了喝茶的居民。\n")
    (feature,) = parsed(text, paper="成都日报").articles
    assert feature.section == "公园城市·社区行" and feature.kicker == "老旧院落改造看变化"
    assert feature.bylines == [{"name": "黄婷", "role": "记者", "credit": "文/图"}]  # 文/图 after a padded name


def test_a_credit_for_text_and_pictures_before_a_brand_set_apart_from_its_role():
    assert parse_byline_line("文/片 齐鲁晚报·齐鲁壹点 记者 孟  凡").people == [
        {"name": "孟凡", "role": "齐鲁晚报·齐鲁壹点记者", "credit": "文/片"}]


def test_a_proposal_names_its_author_and_its_fields_are_text():
    text = ("提案选登\n\n【编者按】\n\n委员们提交提案，本版选登一件。\n\n关于完善本市社区嵌入式托育服务的建议\n\n"
            "提案人：市政协委员 陈  蓓\n\n承办单位：市教委、市卫生健康委\n\n本市0至3岁婴幼儿约50万人。\n")
    (proposal,) = parsed(text).articles
    assert proposal.title == "关于完善本市社区嵌入式托育服务的建议" and proposal.bylines == [{"name": "陈蓓"}]
    assert [v.get("label") for k, v in proposal.body if k == "box"] == ["编者按"]  # 【编者按】, in brackets
    assert proposal.paragraphs == ["承办单位：市教委、市卫生健康委", "本市0至3岁婴幼儿约50万人。"]


def test_the_third_brief_of_a_column_starts_at_its_headline_though_undated():
    text = ("界别活动\n\n经济界别委员走访企业\n\n本报讯（记者 陆一帆）6月14日，委员赴企业调研。\n\n"
            "医药卫生界别委员走进社区义诊\n\n近日，委员走进社区义诊。（特约通讯员 吴  静）\n\n"
            "文化艺术界别举办委员读书会\n\n本报讯（通讯员 沈  悦）6月17日，委员读书会举行。\n\n委员们还就公共文化建言。\n\n"
            "少数民族界别开展民族团结进社区活动\n\n6月15日，委员走进社区宣讲。\n")
    page = parsed(text)
    assert [a.title for a in page.articles] == ["经济界别委员走访企业", "医药卫生界别委员走进社区义诊",
                                                "文化艺术界别举办委员读书会", "少数民族界别开展民族团结进社区活动"]
    assert all(a.section == "界别活动" and not a.subheadings for a in page.articles)


def test_a_forecast_by_day_and_measures_by_ordinal_are_lists_keeping_their_keys():
    text = ("出行提示\n\n强冷空气明起“到货”\n\n齐鲁晚报·齐鲁壹点记者 于  飞\n\n记者27日获悉，强冷空气将影响我省。\n\n"
            "省气象台预计，未来三天我省天气如下：\n\n28日：全省阴天。\n\n29日：全省多云到晴。\n\n30日：全省晴。\n\n"
            "高速交警提醒，请减速慢行。\n")
    (notice,) = parsed(text, paper="齐鲁晚报").articles
    assert notice.section == "出行提示" and notice.title == "强冷空气明起“到货”"  # a box's word, over a headline
    assert notice.list["title"] == "省气象台预计，未来三天我省天气如下："
    assert notice.list["items"] == ["28日：全省阴天。", "29日：全省多云到晴。", "30日：全省晴。"]
    text = "课后服务提质增效\n\n本报北京12月9日电（记者陈潇）教育部印发通知。\n\n《通知》提出：\n\n一是丰富内容。\n\n二是加强管理。\n"
    (news,) = parsed(text).articles
    assert news.list["items"] == ["一是丰富内容。", "二是加强管理。"]
    assert DEFAULT.is_staff_line("责任编辑：刘  军\u3000美术编辑：孙  婷\u3000组版：王  慧")


def test_a_press_group_or_campus_brand_of_the_paper_before_its_reporters():
    text = "主城区新增停车泊位\n\n本报讯（西安报业全媒体记者 葛  晖 通讯员 郭美玲）今日记者获悉。\n"
    assert parsed(text, paper="西安晚报").articles[0].bylines == [{"name": "葛晖", "role": "记者"},
                                                               {"name": "郭美玲", "role": "通讯员"}]
    text = "期末周压力山大\n\n中国青年报·中青网见习记者 何  苗 中青校媒记者 吴  桐\n\n期末周来临。\n"
    assert parsed(text, paper="中国青年报").articles[0].bylines == [{"name": "何苗", "role": "见习记者"},
                                                                 {"name": "吴桐", "role": "记者"}]
    text = "新华社电讯\n\n新华社北京6月1日电（新华社记者 王  悦）会议召开。\n"
    assert parsed(text, paper="新华日报").articles[0].bylines[0]["role"] != "记者"  # an agency is not the paper


def test_a_posted_reporter_in_a_special_dispatch_and_an_author_with_the_post_in_brackets():
    lead, byline, rest = parse_lead("本报北京12月12日专电 （驻京记者 江  帆）第五届计划揭晓。")
    assert lead == "本报北京12月12日专电" and byline.people == [{"name": "江帆", "role": "记者"}]
    assert parse_byline_line("■ 沈  涵（中国美术学院艺术人文学院副教授）").people == [{"name": "沈涵"}]
    assert parse_byline_line("林  溪（南京大学新闻传播学院学生）").people == [{"name": "林溪"}]
    assert parse_byline_line("陈海波（市政协委员、市港航物流协会会长）") is None  # a speaker's label, unpadded


def test_a_question_over_a_dashed_subheadline_and_a_notice_of_the_traffic_police():
    text = ("市民提问\n\n租房提取公积金 额度提高了吗？\n\n——公积金中心回应市民关切\n\n近期，不少市民来电咨询。\n\n"
            "问：额度提高了吗？\n\n答：提高了。\n\n出行服务\n\n交警支队关于太白南路实施交通管制的通告\n\n因地铁施工，实施管制。\n\n"
            "特此通告。\n\n西安市公安局交通警察支队\n\n2024年11月21日\n")
    qa, notice = parsed(text).articles
    assert (qa.section, qa.title, qa.subtitle) == ("市民提问", "租房提取公积金 额度提高了吗？", "——公积金中心回应市民关切")
    assert notice.kind == "notice" and not notice.subheadings and not notice.figures
    assert notice.paragraphs[-2:] == ["西安市公安局交通警察支队", "2024年11月21日"]


def test_remarks_put_together_each_part_a_title_then_the_member_then_what_they_said():
    text = ("城中村改造如何“改”出新活力？\n\n广州日报全媒体记者 何思敏 整理\n\n委员们围绕城中村改造建言。\n\n"
            "“微改造”要让村民唱主角\n\n市政协委员、广州大学教授 罗家明\n\n改造不是简单的拆旧建新。\n\n"
            "给“握手楼”里的租户一颗定心丸\n\n市政协委员、社区服务中心主任 梁嘉欣\n\n城中村里住着大量外来务\n\n"
            "工人员和刚毕业的年轻人。\n")
    (remarks,) = parsed(text, paper="广州日报").articles
    assert remarks.subheadings == ["“微改造”要让村民唱主角", "市政协委员、广州大学教授 罗家明",
                                   "给“握手楼”里的租户一颗定心丸", "市政协委员、社区服务中心主任 梁嘉欣"]
    assert remarks.paragraphs[-1] == "城中村里住着大量外来务工人员和刚毕业的年轻人。"  # cut by a column, joined
    assert not remarks.figures


def test_a_photo_set_inside_a_sentence_leaves_it_open_and_a_percentage_is_no_item_number():
    text = ("西关大屋里的“满洲窗”\n\n文/图 麦  晴\n\n彩色玻璃大量输入，富商建宅时多以此装点门窗，\n\n\n\n\n"
            "荔湾区一处西关大屋里保存完好的满洲窗。\n\n满洲窗一时成为殷实人家的“标配”。\n")
    (piece,) = parsed(text).articles
    assert piece.figures == [{"caption": "荔湾区一处西关大屋里保存完好的满洲窗。"}]
    assert piece.paragraphs == ["彩色玻璃大量输入，富商建宅时多以此装点门窗，满洲窗一时成为殷实人家的“标配”。"]
    text = "期末周\n\n本报记者 何  苗\n\n期末周来临。\n\n数据\n\n68.3%　受访大学生感到压力\n19.6%　受访大学生曾失眠\n\n调查显示如此。\n"
    (report,) = parsed(text).articles
    assert report.list is None and [v.get("label") for k, v in report.body if k == "box"] == ["数据"]


def test_opinion_columns_named_for_who_speaks_or_what_they_do():
    from zhengxie_site.newspaper.classify import kind_for_section
    assert kind_for_section("青年说", "brief") == "commentary" and kind_for_section("晚报时评", "brief") == "commentary"
    assert kind_for_section("小说", "feature") == "feature"  # fiction, not an opinion


def test_a_newsroom_name_no_rule_knows_before_the_role_is_kept_as_printed_and_read_as_the_papers_own():
    """A paper's app or brand the importer has never met (津云, 锦观): the role as printed, the paper's own
    reporter when the brand names the paper; a line that only ends in a role word names no one."""
    assert parse_byline_line("津云记者 张  三").people == [{"name": "张三", "role": "津云记者"}]
    text = "城市更新\n\n本报讯（锦江日报·锦观记者 王  彦 通讯员 蓉宣）会议召开。\n"
    assert parsed(text, paper="锦江日报").articles[0].bylines == [{"name": "王彦", "role": "记者"},
                                                               {"name": "蓉宣", "role": "通讯员"}]
    assert parse_byline_line("争当新时代好记者") is None and parse_byline_line("我是一名记者") is None


def test_a_citys_press_group_names_the_papers_reporters_and_a_column_word_is_no_name():
    text = ("记者蹲点\n\n老码头的“第二人生”\n\n大连新闻传媒集团记者 梁  爽 见习记者 郝佳琪\n\n清晨的老码头。\n")
    (feature,) = parsed(text, paper="大连日报").articles
    assert feature.section == "记者蹲点"
    assert feature.bylines == [{"name": "梁爽", "role": "记者"}, {"name": "郝佳琪", "role": "见习记者"}]


def test_the_second_item_of_a_briefs_column_starts_at_its_headline():
    text = ("生活速递\n\n本市新增30家24小时营业药店\n\n本报讯（记者 邹  乐）记者昨日获悉，本市新增药店。\n\n"
            "朝阳公园夜间开放延长至22时\n\n即日起，朝阳公园夜间开放延长。\n\n文/本报记者 祁  航\n")
    first, second = parsed(text).articles
    assert (first.title, second.title) == ("本市新增30家24小时营业药店", "朝阳公园夜间开放延长至22时")
    assert not first.subheadings and second.section == "生活速递"


def test_a_long_explaining_subheadline_a_bodys_reply_and_a_counted_subject():
    text = ("小修小补摊点有了“固定座”\n\n街道腾出社区“便民角”，修鞋、配钥匙等摊点免租入驻，本市今年底前将新增200个便民维修点\n\n"
            "文/本报记者 孟  然\n\n早上七点，社区便民角开张。\n")
    (lead,) = parsed(text).articles
    assert lead.subtitle.startswith("街道腾出社区“便民角”") and lead.paragraphs == ["早上七点，社区便民角开张。"]
    assert split_headline(["小区旁公交站迁走后迟迟未恢复 居民出行要多走1公里", "官渡区：已协调公交部门，本月底前增设临时站点"])[:3] == (
        None, "小区旁公交站迁走后迟迟未恢复 居民出行要多走1公里", "官渡区：已协调公交部门，本月底前增设临时站点")
    assert split_headline(["一件提案推动农村客运“公交化”", "全省已有1200余个建制村开通“预约公交”"])[:3] == (
        None, "一件提案推动农村客运“公交化”", "全省已有1200余个建制村开通“预约公交”")


def test_a_notices_clauses_numbered_in_words_and_an_authors_posts_stacked_over_the_name():
    text = ("关于实施滇池封湖禁渔的通告\n\n为保护滇池渔业资源，决定实施封湖禁渔。现将有关事项通告如下：\n\n"
            "现将有关事项通告如下：\n\n一、禁渔时间：4月1日至8月31日。\n\n二、禁渔范围：滇池全湖水域。\n\n三、禁止捕捞。\n\n特此通告。\n")
    (notice,) = parsed(text).articles
    assert notice.kind == "notice" and notice.list["items"] == ["禁渔时间：4月1日至8月31日。", "禁渔范围：滇池全湖水域。", "禁止捕捞。"]
    assert notice.list["numbers"] == ["1", "2", "3"]
    text = "老厂房里“长”出新产业\n\n省政协委员\n沈阳建筑大学建筑与规划学院教授\n韩  冰\n\n辽宁是工业的摇篮。\n"
    (piece,) = parsed(text).articles
    assert piece.bylines == [{"name": "韩冰"}] and piece.paragraphs == ["辽宁是工业的摇篮。"]
    text = "一、紧贴实际开展创新探索\n\n多年来，省政协高度重视创新。\n\n二、创新成果丰硕\n\n各地涌现出一批案例。\n"
    assert parsed("聚焦创新\n\n本报记者 张潇予\n\n开篇。\n\n" + text).articles[0].list is None  # headings over text


def test_round_nineteen_a_shared_credit_a_hotline_number_a_data_box_after_the_text_and_a_hyphened_brand():
    assert parse_byline_line("本报记者 陈  岚 通讯员 庄  严 文/图").people == [
        {"name": "陈岚", "role": "记者", "credit": "文/图"}, {"name": "庄严", "role": "通讯员", "credit": "文/图"}]
    text = ("12345热线\n\n小区门口路灯“罢工”半个月 居民夜里摸黑出行\n\n本报记者 王  玲\n\n近日，市民反映路灯不亮。\n")
    (hotline,) = parsed(text).articles
    assert hotline.section == "12345热线" and hotline.title == "小区门口路灯“罢工”半个月 居民夜里摸黑出行"
    assert split_headline(["区县政协提案办理“回头看”工作启动 首批确定重点督办提案12件"])[1:3] == (
        "区县政协提案办理“回头看”工作启动", "首批确定重点督办提案12件")  # figures after the space: a subheadline
    text = ("机器人产业加速发展\n\n本报记者 黄  鑫\n\n前5个月工业机器人产量增长。\n\n数据\n\n"
            "工业机器人产量　28.6万套　同比增长12.6%\n服务机器人产量　512万套　同比增长18.3%\n\n"
            "合肥新能源汽车产业链本地配套率超六成\n\n新华社合肥6月11日电（记者程远、许一帆）记者11日获悉。\n")
    lead, wire = parsed(text).articles
    assert [v.get("label") for k, v in lead.body if k == "box"] == ["数据"]  # after its text: the lead's own
    assert not [k for k, v in wire.body if k == "box"]
    assert parse_byline_line("经济日报-中国经济网记者 葛  宁").people == [{"name": "葛宁", "role": "经济日报-中国经济网记者"}]


def test_round_twenty_bare_datelines_an_announced_list_and_proposals_marked_with_a_bullseye():
    for line, lead in (("本报电 （记者 齐  莹）前三季度货运增长。", "本报电"), ("据新华社电 商务部部署活动。", "据新华社电")):
        assert parse_lead(line)[0] == lead
    text = ("关于禁止在赣江城区段水域游泳的通告\n\n为预防溺水事故发生，现就有关事项通告如下：\n\n"
            "１．禁止在城区段水域游泳。\n\n２．监护人应当看护好未成年人。\n\n特此通告。\n")
    (notice,) = parsed(text).articles
    assert notice.list["title"] == "为预防溺水事故发生，现就有关事项通告如下：" and len(notice.list["items"]) == 2
    assert notice.paragraphs == ["特此通告。"]
    text = ("守护“中华祖脉” 委员提案聚焦秦岭保护\n\n本报记者 孙  瑶\n\n委员们提交提案。\n\n秦岭保护类提案选摘\n\n"
            "◎关于加强秦岭生态廊道建设的提案\n提案人：王志刚\n\n◎关于完善秦岭保护补偿机制的提案\n提案人：李  静等6位委员\n")
    (article,) = parsed(text).articles
    assert article.list["title"] == "秦岭保护类提案选摘" and len(article.list["items"]) == 2


def test_round_twenty_one_a_running_head_is_page_data_and_the_papers_own_dateline_names_it():
    text = ("A07 北京新闻\n\n2025年6月12日 星期四 编辑 刘梦婕 美编 顾  文\n\n大件垃圾上门收运年内覆盖全市\n\n"
            "新京报讯（记者骆倩 通讯员李晨）居民扫码即可预约。\n")
    page = parsed(text)
    (news,) = page.articles
    assert news.title == "大件垃圾上门收运年内覆盖全市" and news.lead == "新京报讯"
    assert news.bylines == [{"name": "骆倩", "role": "记者"}, {"name": "李晨", "role": "通讯员"}]
    assert page.staff == ["编辑 刘梦婕 美编 顾  文"]
    assert "running head: A07 北京新闻" in page.page_notes
    # three lines in one block, the page's editor with the desk's mail address
    text = ("2024年11月21日　星期四\n政协　7\n责任编辑：董  宇 E-mail:zhigong@126.com\n\n"
            "本版与青岛市政协办公室联合主办\n\n渔港早市有了规范交易区\n\n本报讯 20日，市政协召开协商会。\n")
    page = parsed(text)
    assert page.staff == ["责任编辑：董  宇 E-mail:zhigong@126.com"] and page.colophon_partners == ["青岛市政协办公室"]
    assert [a.title for a in page.articles] == ["渔港早市有了规范交易区"]
    # a page that opens on a headline keeps it: only a day with its weekday or a folio opens a running head
    assert [a.title for a in parsed("职工之家焕新颜\n\n本报讯 近日，职工之家开放。\n").articles] == ["职工之家焕新颜"]


def test_round_twenty_one_headline_pairs_a_lawyers_word_and_a_readers_question():
    assert split_headline(["为户外劳动者撑起“遮阳伞”", "全国工会今年将新建改建户外劳动者服务站点2万个"])[:3] == (
        "为户外劳动者撑起“遮阳伞”", "全国工会今年将新建改建户外劳动者服务站点2万个", None)
    assert split_headline(["公司以“自愿加班”为由拒付加班费", "法院：安排劳动者延长工作时间应依法支付报酬"])[:3] == (
        None, "公司以“自愿加班”为由拒付加班费", "法院：安排劳动者延长工作时间应依法支付报酬")
    text = ("以案说法\n\n公司拒付加班费\n\n本报讯（记者刘颖）法院判决公司支付加班费。\n\n律师点评\n\n"
            "律师周  谦表示，关键看是否出于单位安排。\n\n职工问答\n\n年休假没休完，单位能否“一笔勾销”？\n\n"
            "江苏南京读者李女士问：年休假能否清零？\n\n答：不能。\n")
    case, answers = parsed(text).articles
    assert [v.get("label") for k, v in case.body if k == "box"] == ["律师点评"] and case.paragraphs == [
        "法院判决公司支付加班费。"]
    assert answers.section == "职工问答" and answers.title == "年休假没休完，单位能否“一笔勾销”？"


def test_round_twenty_one_briefs_under_bullets_a_unit_supplied_photo_and_a_bracketed_numbered_list():
    text = ("政协简讯\n\n●市政协召开提案办理情况通报会\n\n本报讯 15日，市政协召开通报会。（记者 唐  菁）\n\n"
            "●崂山区政协开展“茶农议事”\n\n近日，崂山区政协开展议事活动。\n\n●即墨区政协为市集把脉\n\n"
            "14日，即墨区政协组织委员调研。（通讯员 臧  蕾）\n")
    briefs = parsed(text).articles
    assert [a.title for a in briefs] == ["市政协召开提案办理情况通报会", "崂山区政协开展“茶农议事”", "即墨区政协为市集把脉"]
    assert all(a.section == "政协简讯" and not a.list for a in briefs)
    text = ("履职剪影\n\n委员走进海洋牧场\n\n\n\n12日，委员察看深水网箱养殖。\n\n记者 隋  涛 摄\n\n"
            "义诊进社区\n\n\n\n16日，医卫界党员走进社区义诊。\n\n市政协办公室　供图\n")
    _, second = parsed(text).articles
    assert second.kind == "photo" and second.section == "履职剪影"
    assert second.figures == [{"caption": "16日，医卫界党员走进社区义诊。", "credit": "市政协办公室　供图"}]
    text = ("“老漂族”安放晚年\n\n本报记者 杨  柳\n\n随迁老人越来越多。\n\n\n\n"
            "10日，随迁老人学习使用智能手机。（图片由受访者提供）\n\n她建议，可以从以下几方面入手：\n\n"
            "（1）社区要主动登记随迁老人。\n\n（2）简化异地就医备案。\n\n（3）子女要多陪伴。\n")
    (feature,) = parsed(text).articles
    assert feature.figures == [{"caption": "10日，随迁老人学习使用智能手机。", "credit": "图片由受访者提供"}]
    assert feature.list["numbers"] == ["1", "2", "3"] and feature.list["title"].startswith("她建议")


def test_round_twenty_one_full_width_slashes_a_marked_post_and_a_sidebar_closed_by_another_box():
    assert parse_byline_line("文／苏  禾").people == [{"name": "苏禾", "credit": "文"}]
    assert parse_byline_line("中国妇女报·中国女网记者 邵  晨／摄").people == [
        {"name": "邵晨", "role": "中国妇女报·中国女网记者", "credit": "摄"}]
    assert parse_byline_line("■市政协委员 栾  冰", titled=True).people == [{"name": "栾冰"}]
    text = ("法院发出人身安全保护令\n\n本报讯（记者 杜  若）法院作出裁定。\n\n链接\n\n《反家庭暴力法》第二条　…\n\n"
            "第二十三条　当事人可以申请保护令。\n\n编后\n\n家庭暴力不只有拳脚相加。\n")
    (case,) = parsed(text).articles
    assert case.paragraphs == ["法院作出裁定。"]
    assert [v.get("label") for k, v in case.body if k == "box"] == ["链接", "编后"]


def test_round_twenty_two_running_heads_of_a_number_a_name_and_the_paper_and_a_desk_with_phone_and_mail():
    for head in ("2025年10月28日 星期二\n\n民生\n\nA06\n\n责编 欧阳娟　美编 何  晓",  # the page's name alone over its number
                 "06\n经济\n2025年11月20日　星期四\n责任编辑 杨  凌　美术编辑 王伟宾",
                 "深圳特区报\n2025年6月12日　星期四\nA07　政协\n责任编辑：黄  蓉",
                 "2025年12月10日　星期三\n\n03　新闻\n\n责任编辑：纪  元　电话：010-82296571　邮箱：xw@126.com"):
        page = parsed(head + "\n\n长沙年内提质改造农贸市场42个\n\n本报讯（记者 周  蓉）记者从市商务局获悉。\n")
        assert [a.title for a in page.articles] == ["长沙年内提质改造农贸市场42个"], head
        assert len(page.staff) == 1
    # a name alone over the first headline is no running head: the page opens on news under its label
    page = parsed("民生\n\n长沙年内提质改造农贸市场42个\n\n本报讯（记者 周  蓉）记者从市商务局获悉。\n")
    assert page.articles[0].section == "民生"


def test_round_twenty_two_headline_pairs_a_campaigns_label_and_a_place_glossed_in_brackets():
    assert split_headline(["拓展岗位资源　强化精准帮扶", "教育部启动高校毕业生就业“冬季攻坚”行动"])[:3] == (
        "拓展岗位资源　强化精准帮扶", "教育部启动高校毕业生就业“冬季攻坚”行动", None)  # two phrases side by side
    assert split_headline(["打造家门口的“15分钟便民生活圈”", "长沙年内提质改造农贸市场42个"])[:3] == (
        "打造家门口的“15分钟便民生活圈”", "长沙年内提质改造农贸市场42个", None)  # a quoted name's figures are no news
    text = ("落实教育强国建设规划纲要·地方行动\n\n保障学生体育活动时间\n\n河南中小学全面推行“课间15分钟”\n\n"
            "本报讯（记者 程  远）近日，河南省教育厅印发实施意见。\n\n新闻速递\n\n江西赣州：“家长学校”开进村（社区）\n\n"
            "本报讯（通讯员 钟  琳）近日，赣州市在村（社区）开设家长学校。\n")
    campaign, brief = parsed(text).articles
    assert campaign.section == "落实教育强国建设规划纲要·地方行动"
    assert brief.title == "江西赣州：“家长学校”开进村（社区）" and brief.section == "新闻速递"  # (社区) is no column tag


def test_round_twenty_three_headline_pairs_a_series_logo_and_a_folio_before_a_dotted_date():
    assert split_headline(["赶在供暖前 老旧管网“换新”", "一件省政协重点提案推动全省今年改造老旧供热管网1600公里"])[:3] == (
        None, "赶在供暖前 老旧管网“换新”", "一件省政协重点提案推动全省今年改造老旧供热管网1600公里")  # figures explain
    assert split_headline(["今秋流感疫苗开打 哪些人最该打？", "市疾控专家解答市民关心的几个问题"])[:3] == (
        None, "今秋流感疫苗开打 哪些人最该打？", "市疾控专家解答市民关心的几个问题")  # who answers: a subheadline
    assert split_headline(["“迟到”近20天 杭城桂花终于开了", "满觉陇预计本周末进入盛花期，专家提醒：赏桂请勿摇树折枝"])[1:3] == (
        "“迟到”近20天 杭城桂花终于开了", "满觉陇预计本周末进入盛花期，专家提醒：赏桂请勿摇树折枝")
    assert split_headline(["公交站“搬家”了 老人们要多走四百米", "公交集团：本周内在原站点附近增设临时停靠点"])[1] == (
        "公交站“搬家”了 老人们要多走四百米")
    text = ("A7　城市　　2025.10.15　星期三\n\n记者帮你问\n\n公交站“搬家”了 老人们要多走四百米\n\n本报记者 俞  菁\n\n"
            "老人们反映站点远了。\n\n高质量发展调研行\n\n“渔排”换新装 大黄鱼游向大市场\n\n——福建宁德推动海上养殖转型升级见闻\n\n"
            "本报记者　钟  晴\n\n三都澳海面上，一排排渔排整齐排列。\n")
    page = parsed(text)
    bus, fish = page.articles
    assert bus.section == "记者帮你问" and bus.bylines == [{"name": "俞菁", "role": "记者"}]  # a column, not 记者 帮你问
    assert fish.section == "高质量发展调研行" and fish.kicker is None and fish.subtitle.startswith("——福建")
    assert "running head: A7　城市　　2025.10.15　星期三" in page.page_notes
    assert parse_byline_line("本报记者 方  洁 文/摄").people == [{"name": "方洁", "role": "记者", "credit": "文/摄"}]


def test_round_twenty_three_a_sentence_cut_after_a_semicolon_is_joined_but_items_in_a_row_are_not():
    text = ("让避暑经济变成四季经济\n\n□ 赵雅琴\n\n一方面，要串联四季产品，让游客秋天还想再来；\n\n"
            "另一方面，要完善旅居地的医疗配套。\n\n第一，要把四季产品串联起来，设计全年线路；\n\n"
            "第二，要把配套服务做到位，让老人住得安心。\n")
    (essay,) = parsed(text).articles
    assert essay.paragraphs == ["一方面，要串联四季产品，让游客秋天还想再来；另一方面，要完善旅居地的医疗配套。",
                                "第一，要把四季产品串联起来，设计全年线路；", "第二，要把配套服务做到位，让老人住得安心。"]


def test_round_twenty_four_a_running_head_in_pinyin_with_the_desks_phone_what_news_is_for_and_an_agency_photo():
    head = ("3　综合新闻\nZONG HE XIN WEN\n2025年6月19日　星期四\n责任编辑　许  琦　李  铭\n电话：010 58884051\n"
            "E-mail：zhxw@stdaily.com\n\n")
    text = (head + "为培育耐热作物新品种提供理论支撑\n\n我国科学家发现水稻耐高温“分子开关”\n\n"
            "科技日报北京6月18日电 （记者沈佳禾）记者18日获悉。\n\n“海擎一号”漂浮式风电平台拖航就位\n\n\n\n\n"
            "6月17日，“海擎一号”在拖轮牵引下驶向南日岛以东海域。\n\n新华社发（郑嘉洛摄）\n\n"
            "编辑：黄  婷　　视觉：王  琳　　二审：刘  敏\n")
    page = parsed(text)
    rice, platform = page.articles
    assert (rice.kicker, rice.title) == ("为培育耐热作物新品种提供理论支撑", "我国科学家发现水稻耐高温“分子开关”")
    assert platform.kind == "photo" and platform.figures[0]["credit"] == "新华社发（郑嘉洛摄）"
    assert "running head: ZONG HE XIN WEN" in page.page_notes and len(page.staff) == 4  # head (3) and foot
    assert split_headline(["江苏前5个月技术合同成交额同比增长21.6%", "企业吸纳技术占比超八成"])[:3] == (
        None, "江苏前5个月技术合同成交额同比增长21.6%", "企业吸纳技术占比超八成")  # a longer line in figures: the news


def test_round_twenty_five_dashed_items_a_year_in_the_page_name_a_folio_in_two_blocks_and_latin_in_a_headline():
    text = ("我省出台16条措施支持中小企业发展\n\n本报讯（记者 方  圆）省政府印发《措施》。\n\n《措施》主要有以下亮点：\n\n"
            "——加大奖补力度。对首次认定的企业给予奖励。\n\n——强化金融支持。设立专项贷款。\n\n——优化人才服务。开辟绿色通道。\n")
    (article,) = parsed(text).articles
    assert article.list["title"] == "《措施》主要有以下亮点：" and len(article.list["items"]) == 3
    for head in ("2026年1月13日　星期二\n解放日报\n5\n2026上海两会\n责任编辑/周  瑾", "2025年11月21日　星期五\n\n9\n\n地方"):
        page = parsed(head + "\n\n市政协举行大会发言\n\n本报讯（记者 顾  超）昨天下午，会议举行。\n")
        assert [(a.section, a.title) for a in page.articles] == [(None, "市政协举行大会发言")], head
    assert split_headline(["让“China Travel”更顺畅更舒心", "多位委员聚焦提升入境旅游便利化水平"])[:3] == (
        None, "让“China Travel”更顺畅更舒心", "多位委员聚焦提升入境旅游便利化水平")  # Latin words' space: one phrase


def test_round_twenty_six_the_papers_english_name_in_its_head_and_a_photos_signature_naming_its_writers_too():
    head = "5\n宁波日报　NINGBO DAILY\n2025年10月22日　星期三\n城事\n责任编辑：陈  静\n\n"
    text = (head + "东钱湖畔芦花飞\n\n\n\n\n昨天，市民游客在东钱湖畔观赏芦苇。（何  峰 陈  露/文 李  岚/摄）\n")
    page = parsed(text)
    (photo,) = page.articles
    assert photo.title == "东钱湖畔芦花飞" and "running head: 宁波日报　NINGBO DAILY" in page.page_notes
    assert photo.figures == [{"caption": "昨天，市民游客在东钱湖畔观赏芦苇。", "credit": "何  峰 陈  露/文 李  岚/摄"}]
    assert photo.bylines == [{"name": "何峰", "credit": "文"}, {"name": "陈露", "credit": "文"}, {"name": "李岚", "credit": "摄"}]


def test_round_twenty_seven_the_papers_app_before_its_dateline_its_name_before_the_date_and_a_digest_label():
    for line in ("新甘肃·甘肃日报讯（新甘肃·甘肃日报记者 秦  娜）上半年，全省经济稳中有进。",
                 "新甘肃·甘肃日报定西讯（记者 王  鹏）定西早熟马铃薯开挖上市。"):
        lead, byline, _ = parse_lead(line)
        assert lead in ("新甘肃·甘肃日报讯", "新甘肃·甘肃日报定西讯") and byline.people
    text = ("武汉晚报　2025年11月27日　星期四\nA05　城事\n\n省政协召开双月协商座谈会\n\n本报讯（记者 周  蓓）25日，"
            "座谈会召开。\n\n委员发言摘登\n\n让油茶林成为“致富林”\n\n在座谈会上，委员们建言。\n\n"
            "省政协委员彭志华：低产林多，要加快改造。\n\n（本报记者 周  蓓 整理）\n")
    meeting, digest = parsed(text).articles
    assert meeting.title == "省政协召开双月协商座谈会" and meeting.paragraphs == ["25日，座谈会召开。"]
    assert (digest.section, digest.title) == ("委员发言摘登", "让油茶林成为“致富林”")
    assert digest.bylines == [{"name": "周蓓", "role": "记者", "credit": "整理"}]


def test_round_twenty_eight_a_paper_joined_to_its_brand_by_an_enumeration_mark_and_a_news_hotline():
    # one role, the paper and its brand joined by 、 (not two names 沈阳日报 and 孙菲 joined by it)
    assert [p["name"] for p in parse_byline_line("沈阳日报、沈报全媒体记者 孙  菲 何  勇").people] == ["孙菲", "何勇"]
    text = ("2025年6月17日　星期二\n5\n乡村振兴\n责任编辑：韩  璐　新闻热线：010-84395127　E-mail:nmrbxczx@126.com\n\n"
            "我市连夜清雪 城区主干道全部恢复通行\n\n沈阳日报、沈报全媒体记者 孙  菲 何  勇\n\n连日降雪后，全市出动清雪车辆。\n")
    page = parse_page(text, paper="沈阳日报")
    assert check_fidelity(text, page).ok
    (snow,) = page.articles
    assert snow.bylines == [{"name": "孙菲", "role": "记者"}, {"name": "何勇", "role": "记者"}]  # the paper's own
    assert page.staff == ["责任编辑：韩  璐　新闻热线：010-84395127　E-mail:nmrbxczx@126.com"]


def test_round_twenty_nine_a_qr_codes_label_a_picture_brand_after_a_slash_and_a_column_with_an_optional_word():
    text = ("夜色中的长江大桥\n\n\n\n\n昨晚，长江大桥亮起灯光。（记者 郑  杰 摄/视觉重庆）\n\n扫码看视频\n\n"
            "县（市）区政协\n\n闽侯县政协议出乡村停车场\n\n本报讯（通讯员 陈  平）近日，议事会召开。\n")
    page = parsed(text)
    bridge, parking = page.articles
    assert bridge.figures == [{"caption": "昨晚，长江大桥亮起灯光。", "credit": "记者 郑  杰 摄/视觉重庆"}]
    assert "扫码看视频" not in page.sections and "a QR code's label left out of the articles: 扫码看视频" in page.page_notes
    assert (parking.section, parking.kicker, parking.title) == ("县（市）区政协", None, "闽侯县政协议出乡村停车场")
    credit = parse_byline_line("特约摄影 龙  帆/视觉重庆")  # a contributing photographer's role, the brand kept
    assert credit.people == [{"name": "龙帆", "role": "特约摄影"}] and credit.agency == "视觉重庆"
    text = ("齿轮之乡\n\n走进车间，机械臂飞速运转。\n\n\n\n\n工人在调试设备。\n\n特约摄影 龙  帆/视觉重庆\n\n"
            "联盟让企业抱团发展。\n")
    (gears,) = parsed(text).articles
    assert gears.figures == [{"caption": "工人在调试设备。", "credit": "特约摄影 龙  帆/视觉重庆"}]


def test_round_twenty_nine_a_direction_over_a_place_and_what_it_did_and_a_digest_of_remarks_put_together():
    assert split_headline(["打造“33618”现代制造业集群体系", "綦江：一个齿轮“咬”出百亿产业集群"])[:3] == (
        "打造“33618”现代制造业集群体系", "綦江：一个齿轮“咬”出百亿产业集群", None)
    text = ("向海图强 做大做强海洋经济\n\n委员们积极建言。现摘登部分发言。\n\n市政协委员陈  峰：深远海养殖是方向。\n\n"
            "民盟福州市委会：建议串联海岛和渔村。\n\n（本报记者 林  晗 整理）\n\n"
            "市政协召开提案办理通报会\n\n会议通报了提案办理情况。\n\n会议要求提高办理质量。\n\n（本报记者 唐  菁 整理）\n")
    digest, meeting = parsed(text).articles
    assert (digest.kind, meeting.kind) == ("feature", "brief")  # three paragraphs of remarks; two are a brief's


def test_round_thirty_a_reporters_own_dateline_naming_the_place_filed_from():
    for line, name, place in (("本报记者王晶晶北京报道　生态环境部召开发布会。", "王晶晶", "北京"),
                              ("本报记者 孙  浩 西宁报道　12月8日，青海发布报告。", "孙浩", "西宁"),
                              ("本报记者李明乌鲁木齐报道　天山脚下。", "李明", "乌鲁木齐")):
        lead, byline, rest = parse_lead(line)
        assert (lead, byline.people, byline.place) == (None, [{"name": name, "role": "记者", "credit": "报道"}], place)
        assert rest[0] in "生1天"
    assert parse_lead("本报记者近日来到北京报道　的") is None  # no name opens it: text, not a dateline
    head = "中国环境报　2025年12月10日　星期三\n2　要闻\n责任编辑：王  琳　电话：(010)67113791\n\n"
    text = (head + "全国地表水优良水质断面比例达90.3%\n\n本报记者王晶晶北京报道　生态环境部召开发布会。\n\n"
            + "".join(f"第{n}段。\n\n" for n in "二三四五"))
    page = parsed(text)
    (report,) = page.articles
    assert (report.kind, report.lead, report.reported_from) == ("brief", None, "北京")  # datelined news, not a feature
    assert report.paragraphs[0] == "生态环境部召开发布会。" and page.staff == ["责任编辑：王  琳　电话：（010)67113791"]


def test_round_thirty_a_diamond_before_a_byline_a_photo_given_by_a_body_and_a_label_with_optional_words():
    text = ("小小运维站守护乡村“一池清水”\n\n◆本报记者 张  倩 通讯员 李  萌\n\n清晨，运维员打开设备箱。\n\n\n\n\n"
            "运维员采集水样。\n\n图据安吉县生态环境分局\n\n县（市、区）政协\n\n鹿泉区政协开展专题调研\n\n"
            "本报讯（通讯员 王  平）近日，鹿泉区政协开展调研。\n")
    station, survey = parsed(text).articles
    assert station.bylines == [{"name": "张倩", "role": "记者"}, {"name": "李萌", "role": "通讯员"}]
    assert station.figures == [{"caption": "运维员采集水样。", "credit": "图据安吉县生态环境分局"}]
    assert (survey.section, survey.kicker) == ("县（市、区）政协", None)


def test_round_thirty_one_news_the_reporter_learned_from_a_body_is_news_however_long_and_with_a_photo():
    text = ("全市620余处“爱心驿站”为户外劳动者送清凉\n\n■ 本报记者 鲍  蕾\n\n“进来喝口凉茶歇歇脚。”环卫工人说。\n\n"
            "记者昨日从市总工会获悉，全市已建成驿站620余处。\n\n第三段。\n\n第四段。\n\n第五段。\n\n\n\n\n"
            "6月11日中午，环卫工人在驿站休息。\n\n本报记者 程  兆 摄\n")
    (stations,) = parsed(text).articles
    assert stations.kind == "brief" and stations.figures[0]["credit"] == "本报记者 程  兆 摄"
    seen = text.replace("记者昨日从市总工会获悉，", "记者在现场看到，")  # what the reporter saw: a feature
    assert parsed(seen).articles[0].kind == "feature"


def test_round_thirty_two_a_dateline_in_square_brackets_and_a_state_over_the_figures():
    text = ("主城区今年新增停车泊位4200余个\n\n【本报讯】（兰州日报社全媒体记者 刘  洋 通讯员 马  瑞）记者从市城市管理局获悉，"
            "我市新增停车泊位4200余个。\n\n12条公交线路冬季运营时间调整\n\n"
            "【本报讯】(兰州日报社全媒体记者 何  亮)11月12日,12条公交线路调整。\n")
    parking, buses = parsed(text, paper="兰州日报").articles
    assert (parking.lead, parking.paragraphs) == ("本报讯", ["记者从市城市管理局获悉，我市新增停车泊位4200余个。"])
    assert parking.bylines == [{"name": "刘洋", "role": "记者"}, {"name": "马瑞", "role": "通讯员"}]
    assert (buses.lead, buses.bylines) == ("本报讯", [{"name": "何亮", "role": "记者"}])  # ASCII brackets too
    assert split_headline(["入冬以来全市供热系统运行平稳", "主城区供热室温达标率达98.6%"])[:3] == (
        "入冬以来全市供热系统运行平稳", "主城区供热室温达标率达98.6%", None)


def test_round_thirty_two_a_dateline_naming_the_papers_app_and_a_question_headline_under_a_box_label():
    lead, byline, rest = parse_lead("燕赵都市报冀时客户端讯（记者 王  璐 通讯员 张晓宁）19日，供热开栓。")
    assert (lead, [p["name"] for p in byline.people], rest) == ("燕赵都市报冀时客户端讯", ["王璐", "张晓宁"], "19日，供热开栓。")
    text = ("平安提示\n\n接到“客服”电话说要退款？当心是骗局\n\n"
            "燕赵都市报冀时客户端讯（记者 陈  晨）近日，李女士接到诈骗电话。\n\n警方提醒，要通过官方平台退款。\n")
    (scam,) = parsed(text).articles
    assert (scam.section, scam.title, scam.lead) == ("平安提示", "接到“客服”电话说要退款？当心是骗局", "燕赵都市报冀时客户端讯")


def test_round_thirty_three_a_websites_dateline_a_brief_signed_by_an_offices_pen_name_and_a_trend_over_figures():
    lead, byline, rest = parse_lead("中央纪委国家监委网站讯 据福建省纪委监委消息：陈立宏接受审查调查。")
    assert (lead, byline.people, rest) == ("中央纪委国家监委网站讯", [], "据福建省纪委监委消息：陈立宏接受审查调查。")
    text = "重庆查处一批医保基金领域违纪违法问题\n\n今年以来，重庆查处问题210余个。（渝纪宣）\n"
    (brief,) = parsed(text).articles
    assert brief.bylines == [{"name": "渝纪宣"}]
    assert parsed(text.replace("渝纪宣", "待续")).articles[0].bylines == []  # no pen name: the text's own brackets
    assert split_headline(["风光发电量占比持续提升", "我区新能源装机容量突破1.4亿千瓦"])[:3] == (
        "风光发电量占比持续提升", "我区新能源装机容量突破1.4亿千瓦", None)  # a trend over the figures


def test_round_thirty_four_a_units_other_name_in_brackets_ends_a_headline_not_a_column_tag():
    text = "我市新增6家省级智能工厂（车间）\n\n本报讯（记者 李  倩）近日，名单公布。\n\n守护好一江清水（两会感悟）\n\n河长制落地见效。\n"
    factories, river = parsed(text).articles
    assert (factories.title, factories.section) == ("我市新增6家省级智能工厂（车间）", None)
    assert (river.title, river.section) == ("守护好一江清水", "两会感悟")


def test_round_thirty_five_a_press_groups_initials_before_its_reporters_and_a_market_look_as_a_feature():
    text = ("小区路灯坏了俩月\n\nYMG全媒体记者 宋雅琳　通讯员 芝宣\n\n居民反映路灯不亮。\n\n"
            "市场观察\n\n融安金桔“金”果挂满枝\n\n全媒体记者 覃  科\n\n走进金桔园，果农忙着采摘。\n\n今年金桔价格走高。\n")
    lamps, oranges = parsed(text, paper="烟台日报").articles
    assert lamps.bylines == [{"name": "宋雅琳", "role": "记者"}, {"name": "芝宣", "role": "通讯员"}]  # Yantai Media Group
    assert parsed(text, paper="大连日报").articles[0].bylines[0]["role"] == "YMG全媒体记者"  # another paper's group
    assert (oranges.section, oranges.kind) == ("市场观察", "feature")  # a reporter's look, no dateline
    filed = "市场观察\n\n金桔价格走高\n\n本报记者覃科南宁报道　今年金桔价格走高。\n\n果农增收。\n"
    (report,) = parsed(filed).articles
    assert (report.section, report.reported_from, report.kind) == ("市场观察", "南宁", "brief")  # the reporter's dateline: news


def test_round_thirty_six_a_chief_reporter_of_the_papers_newsroom_named_without_the_paper():
    """全媒体首席记者 names no paper: on a page whose paper is known it stays the paper's own, no crash."""
    text = "南漳香菇采收忙\n\n\n\n\n12月17日，菇农在大棚里采收香菇。\n\n全媒体首席记者 周  涛 摄\n"
    (photo,) = parsed(text, paper="襄阳日报").articles
    assert photo.bylines == [{"name": "周涛", "role": "首席记者", "credit": "摄"}]


def test_round_thirty_seven_a_bureau_before_its_official_who_acts_over_what_they_did_and_a_source_in_brackets():
    assert parse_byline_line("◇ 河南省郑州市市场监管局　徐航").people == [{"name": "徐航"}]  # the bureau: no role
    text = ("执法办案\n\n浙江省台州市市场监管局联合公安机关\n\n捣毁一个网售非法添加减肥食品窝点\n\n"
            "本报讯 （通讯员 林晓东 记者 陈静）近日，窝点被捣毁。\n\n监管一线\n\n夜查冷链食品\n\n\n\n\n"
            "12月15日晚，执法人员检查冻品追溯信息。\n\n（大连市甘井子区市场监管局供图）\n\n地方动态\n\n"
            "南通推行食品小作坊“红黑榜”\n\n今年以来，南通对小作坊实行“红黑榜”管理。（江苏省南通市市场监管局 顾晓峰）\n")
    page = parsed(text)
    assert check_fidelity(text, page).ok
    case, photo, brief = page.articles
    assert (case.kicker, case.title, case.subtitle) == ("浙江省台州市市场监管局联合公安机关", "捣毁一个网售非法添加减肥食品窝点", None)
    assert (photo.kind, photo.figures) == ("photo", [{"caption": "12月15日晚，执法人员检查冻品追溯信息。",
                                                       "credit": "大连市甘井子区市场监管局供图"}])
    assert photo.bylines == [] and brief.bylines == [{"name": "顾晓峰"}]


def test_round_thirty_seven_counted_paragraphs_with_nothing_announcing_them_are_text_and_units_listed_in_a_label():
    reasons = ("一是加强规划引导。建议统筹建设紫陶产业园区，引导小作坊入园集聚发展，完善泥料、烧制、检测等公共服务平台。\n\n"
               "二是强化人才支撑。建议支持本地职业院校开设紫陶设计与制作专业，加大对工艺美术大师、非遗传承人的扶持力度。\n")
    text = "提案选登\n\n关于推动建水紫陶产业高质量发展的提案\n\n◎州政协委员 朱  红\n\n建水紫陶历史悠久。\n\n" + reasons
    (proposal,) = parsed(text).articles
    assert (proposal.kind, proposal.list, len(proposal.paragraphs)) == ("brief", None, 3)  # a proposal, not an argument
    assert parsed("措施如下\n\n本报讯（记者 李  昆）近日，方案出台。主要措施如下：\n\n" + reasons).articles[0].list["items"]
    text = "区、县（市）快讯\n\n诸暨袜业企业抢订单\n\n本报讯（记者 宋  琪）近日，企业开足马力。\n"
    assert parsed(text).articles[0].section == "区、县（市）快讯"


def test_round_thirty_eight_a_headline_over_its_dash_subheadline_starts_a_feature_after_a_signed_comment():
    text = ("江海快评\n\n路灯亮不亮，考验的是“上心”程度\n\n◎ 顾言\n\n民生无小事，枝叶总关情。\n\n城事新观察\n\n"
            "百年工业遗存焕发新活力\n\n老厂房里“长”出城市书房\n\n——崇川区唐闸历史文化街区工业遗存更新见闻\n\n"
            "清晨的唐闸古镇，通扬运河水波不兴。\n\n老车间变身“新客厅”\n\n走进书房，老车间的钢梁都被保留下来。\n\n\n\n\n"
            "市民在老车间改造而成的书房里阅读。通讯员 陆海摄\n\n书房周边，小店陆续开张。\n\n本报记者 朱晓蓓 通讯员 崇宣\n")
    comment, feature = parsed(text).articles
    assert (comment.section, comment.bylines, len(comment.paragraphs)) == ("江海快评", [{"name": "顾言"}], 1)
    assert (feature.section, feature.kicker, feature.title, feature.subtitle) == (
        "城事新观察", "百年工业遗存焕发新活力", "老厂房里“长”出城市书房", "——崇川区唐闸历史文化街区工业遗存更新见闻")
    # who wrote it first, though its byline closes the text under the photo's credit
    assert feature.bylines == [{"name": "朱晓蓓", "role": "记者"}, {"name": "崇宣", "role": "通讯员"},
                               {"name": "陆海", "role": "通讯员", "credit": "摄"}]


def test_round_thirty_eight_a_reporter_who_took_the_photo_a_sidebar_before_a_label_and_an_authors_posts_after_wen():
    text = ("危化园区装上“智慧大脑”\n\n本报记者 杨帆 通讯员 刘国栋\n\n园区建成监测平台。\n\n\n\n\n"
            "值班人员查看监测数据。\n\n本报记者 杨帆 摄\n\n平台上线以来，预警处置时间缩短。\n\n记者手记\n\n"
            "在园区采访，记者最大的感受是“快”。\n\n这种“快”的背后，是完整的产业链。\n\n禾城快评\n\n"
            "老产业也能跑出“新赛道”\n\n文/州政协委员 李  凡\n\n传统产业转型，关键在于找准“新”。\n")
    feature, comment = parsed(text).articles
    assert feature.bylines == [{"name": "杨帆", "role": "记者"}, {"name": "刘国栋", "role": "通讯员"},
                               {"name": "杨帆", "role": "记者", "credit": "摄"}]  # listed for both
    assert len(feature.paragraphs) == 2 and [v["label"] for k, v in feature.body if k == "box"] == ["记者手记"]
    assert (comment.section, comment.subtitle, comment.bylines) == ("禾城快评", None, [{"name": "李凡", "credit": "文"}])


def test_round_thirty_eight_a_running_head_of_the_papers_name_its_folio_and_the_pages_name_on_one_line():
    text = ("嘉兴日报　A5　经济\n2025年12月24日　星期三　　责任编辑：沈佳怡　美编：朱琳\n\n"
            "年末订单足 生产赶进度\n\n本报讯（记者 周亮）近日，企业开足马力。\n")
    page = parsed(text)
    assert [a.title for a in page.articles] == ["年末订单足 生产赶进度"]
    assert "running head: 嘉兴日报　A5　经济" in page.page_notes
    body = "生态环境部召开12月例行新闻发布会\n\n前10个月水质断面比例达90.3%\n\n本报讯（记者 周亮）近日，发布会召开。\n"
    first = parsed(body).articles[0]  # a number inside a headline is no folio: the line is not page data
    assert "生态环境部召开12月例行新闻发布会" in (first.kicker, first.title)


def test_round_thirty_nine_the_papers_press_group_by_its_first_character_and_a_page_lead_under_its_kicker():
    text = ("台州日报\n6　经济\n2025年12月26日　星期五\n\n工业经济稳中有进\n\n前11个月全市规上工业增加值增长8.7%\n\n"
            "——汽车、医药、缝制设备三大产业贡献率超五成\n\n本报讯（台传媒记者陈 婷 通讯员王鹏飞）记者昨天从市统计局获悉，"
            "全市规上工业增加值同比增长8.7%。\n")
    (lead,) = parsed(text, paper="台州日报").articles
    assert (lead.section, lead.kicker, lead.title) == (None, "工业经济稳中有进", "前11个月全市规上工业增加值增长8.7%")
    assert lead.bylines == [{"name": "陈婷", "role": "记者"}, {"name": "王鹏飞", "role": "通讯员"}]
    assert parsed(text, paper="温州日报").articles[0].bylines[0]["role"] == "台传媒记者"  # another paper's group


def test_round_thirty_nine_a_name_alone_in_brackets_signs_a_comment_and_a_column_over_a_photo():
    text = ("龙城快评\n\n电梯“趴窝”，不能等着程序“慢慢走”\n\n程序是为了规范，不是为了拖延。\n\n（钟一鸣）\n\n"
            "委员在一线\n\n委员视察孟连牛油果产业发展情况\n\n\n\n\n12月24日，委员在牛油果种植基地了解情况。\n\n通讯员 岩温 摄\n")
    comment, photo = parsed(text).articles
    assert (comment.bylines, comment.subheadings, len(comment.paragraphs)) == ([{"name": "钟一鸣"}], [], 1)
    assert (photo.section, photo.kicker, photo.kind) == ("委员在一线", None, "photo")
    assert parse_page("普洱日报\n2025年12月31日　星期三\n03版　政协之窗\n\n标题\n\n普洱日报讯 近日，正文。\n").page == 3


def test_an_author_under_a_headline_named_after_the_unit_or_after_what_they_did():
    assert parse_byline_line("江西省政协研究室\u3000韩\u3000雪").people == [{"name": "韩雪"}]  # the unit: no role
    assert parse_byline_line("主讲人：全国政协委员、江西中医药大学教授 黄思源").people == [{"name": "黄思源"}]
    assert parse_byline_line("口述：省政协委员、宁德市蕉城区三都镇渔业协会会长 林海燕").people == [
        {"name": "林海燕", "credit": "口述"}]  # who told it, then who wrote it down (整理)
    text = "把渔民的心声带到协商会上\n\n口述：省政协委员、渔业协会会长 林海燕\n\n整理：本报记者 吴  蔚\n\n我在三都澳跑了三十年船。\n"
    (told,) = parsed(text).articles
    assert (told.subtitle, told.bylines) == (None, [{"name": "林海燕", "credit": "口述"},
                                                    {"name": "吴蔚", "role": "记者", "credit": "整理"}])


def test_round_forty_a_kicker_ending_in_an_ellipsis_a_comment_column_and_a_history_column():
    text = ("街谈巷议\n\n清走“僵尸车” 还得治好“停车难”\n\n文/钟晓川\n\n老城的胡同窄，一辆车占住路口。\n\n京城百姓\n\n"
            "修鞋、配钥匙、磨剪子戗菜刀……\n\n胡同里的“老手艺”有了新家\n\n——探访朝阳区劲松街道便民服务站\n\n"
            "本报记者 李想 通讯员 高雅\n\n早上8点，便民服务站刚开门。\n\n文史天地\n\n五尺道上豆沙关\n\n文/图 朱德荣\n\n"
            "从盐津县城沿关河而下约20公里，便是豆沙关。\n\n\n\n\n豆沙关古道上的马蹄印。\n\n关口崖壁上，还保存着摩崖石刻。\n\n"
            "（作者系市政协文史研究员）\n")
    comment, feature, history = parsed(text).articles
    assert (comment.section, comment.kind, len(comment.paragraphs)) == ("街谈巷议", "commentary", 1)
    assert (feature.section, feature.kicker, feature.title) == ("京城百姓", "修鞋、配钥匙、磨剪子戗菜刀……",
                                                                 "胡同里的“老手艺”有了新家")
    # 文/图: the author took the picture, so the sentence under the photo's blank lines is its caption
    assert (history.kind, [f["caption"] for f in history.figures], len(history.paragraphs)) == (
        "feature", ["豆沙关古道上的马蹄印。"], 3)  # (the author's note is the last paragraph)


def test_round_forty_a_colophon_naming_what_each_partner_does_a_folio_with_a_colon_and_a_reviewer():
    text = ("2026年01月13日　星期二\n金华日报\n第05版：经济\n责任编辑：楼晓燕　版面设计：陈晖　校对：方芳\n\n"
            "主办：昭通日报社　协办：昭通市政协办公室\n\n开放通道越织越密\n\n本报讯（记者 徐静）近日，班列开行。\n\n"
            "责任编辑：杨敏　审核：何丽　校对：朱琳\n")
    page = parsed(text)
    assert [a.title for a in page.articles] == ["开放通道越织越密"] and (page.date, page.page) == ("2026-01-13", 5)
    assert (page.colophon_text, page.colophon_partners) == ("主办：昭通日报社　协办：昭通市政协办公室",
                                                            ["昭通日报社", "昭通市政协办公室"])
    assert page.staff[-1] == "责任编辑：杨敏　审核：何丽　校对：朱琳"
    notice = parsed("活动信息\n\n主办：市文化和旅游局\n\n报名请拨打电话。\n")  # one organiser: a line of the text
    assert notice.colophon_text is None


def test_round_forty_one_a_photo_agencys_credit_and_a_staff_line_with_a_padded_post():
    text = ("中国证券报\n2026年1月16日　星期五\nA02　要闻\n责任编辑：郭　楠　版式总监：胡晓雯　图片编辑：周　宇　美　编：马　丽\n\n"
            "权益类基金成发行“主力军”\n\n●本报记者 张  凌\n\n新发基金中权益类占比过半。\n\n\n\n\n"
            "图为投资者在北京一家证券营业部关注行情\n\n视觉中国图片\n\n业内人士认为，这一趋势有望延续。\n")
    page = parsed(text)
    (fund,) = page.articles
    assert page.staff == ["责任编辑：郭　楠　版式总监：胡晓雯　图片编辑：周　宇　美　编：马　丽"]
    assert fund.figures == [{"caption": "图为投资者在北京一家证券营业部关注行情", "credit": "视觉中国图片"}]


def test_round_forty_one_a_name_alone_under_a_headline_is_its_author_and_a_column_of_advice_is_opinion():
    text = ("临沧文史\n\n滇红从凤庆走向世界\n\n杨光明\n\n1938年秋，茶叶专家冯绍裘一行来到顺宁县。\n\n建言献策\n\n"
            "让临沧茶的“好山好水”变成“好品牌”\n\n市政协委员 张明华\n\n临沧是滇红茶的故乡。\n")
    history, advice = parsed(text).articles
    assert (history.subtitle, history.bylines) == (None, [{"name": "杨光明"}])
    assert (advice.section, advice.kind) == ("建言献策", "commentary")
    assert parse_byline_line("杨光明") is None  # alone anywhere else, a name is no byline
