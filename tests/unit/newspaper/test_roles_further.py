"""Rules for layouts met on pages of other dailies, from round forty-two on (test_roles.py and
test_roles_more.py hold the earlier rounds): each a general rule, shown on the smallest page that needs it."""
from __future__ import annotations

from zhengxie_site.newspaper import check_fidelity, parse_page
from zhengxie_site.newspaper.bylineforms import parse_byline_line
from zhengxie_site.newspaper.classify import is_label_shape, split_headline


def parsed(text: str, **kw):
    page = parse_page(text, **kw)
    assert check_fidelity(text, page).ok  # every rule keeps every character accounted for
    return page


def box_labels(article) -> list[str | None]:
    return [part.get("label") for kind, part in article.body if kind == "box"]


def test_round_forty_two_a_column_over_kicker_headline_and_subheadline_a_list_of_checks_and_a_supplied_photo():
    text = ("质量强国在基层\n\n标准引领产业升级\n\n安平丝网“织”出质量新名片\n\n——河北省安平县丝网产业质量提升见闻\n\n"
            "□ 本报记者 刘　畅\n\n走进安平县一家丝网企业的生产车间，织网机轰鸣运转。\n\n质量提示\n\n开学季选购学生文具 记住“三看”\n\n"
            "本报讯（记者 孙　悦）近日，北京市市场监管局发布消费提示。\n\n北京市市场监管局提醒，选购学生文具要做到“三看”：\n\n"
            "一看标识。正规文具产品应标明生产企业名称。\n\n二看气味。有明显异味的产品可能存在有害物质超标问题。\n\n"
            "三看做工。削笔刀、剪刀等产品边缘要光滑。\n\n消费者如发现问题，可拨打12315投诉举报。\n\n图片新闻\n\n"
            "特种设备安全知识进校园\n\n\n\n\n9月12日，在杭州市一所小学，检验人员向学生讲解安全乘坐电梯的知识。\n\n"
            "（图片由浙江省特种设备科学研究院提供）\n")
    feature, tips, photo = parsed(text).articles
    assert (feature.section, feature.kicker, feature.title, feature.subtitle) == (
        "质量强国在基层", "标准引领产业升级", "安平丝网“织”出质量新名片", "——河北省安平县丝网产业质量提升见闻")
    assert tips.list["title"] == "北京市市场监管局提醒，选购学生文具要做到“三看”：" and len(tips.list["items"]) == 3
    assert tips.paragraphs == ["近日，北京市市场监管局发布消费提示。", "消费者如发现问题，可拨打12315投诉举报。"]
    assert photo.kind == "photo" and photo.figures[0]["credit"] == "图片由浙江省特种设备科学研究院提供"


def test_round_forty_two_a_column_of_briefs_named_after_its_units_and_a_played_word_in_the_headline():
    assert is_label_shape("县市区政协动态") and not is_label_shape("全市工业经济运行平稳")
    assert split_headline(["年宵花进入上市旺季", "青州盆花“俏”出大市场"])[:3] == (
        "年宵花进入上市旺季", "青州盆花“俏”出大市场", None)
    text = ("县市区政协动态\n\n腾冲市政协助推和顺古镇文旅融合发展\n\n本报腾冲讯（通讯员 寸雪梅）近日，腾冲市政协组织委员调研。\n\n"
            "隆阳区政协开展“委员进社区”活动\n\n近日，隆阳区政协组织委员走进九隆街道。\n\n（通讯员 杨丽娟）\n")
    tengchong, longyang = parsed(text).articles
    assert (tengchong.section, tengchong.kicker, longyang.section) == ("县市区政协动态", None, "县市区政协动态")


def test_round_forty_two_a_cartoon_sent_by_an_agency_credits_its_maker():
    for line, credit in (("新华社发 程硕 作", "作"), ("新华社发 程硕 摄", "摄"), ("程硕 绘", "绘")):
        parsed_line = parse_byline_line(line)
        assert parsed_line is not None and parsed_line.people == [{"name": "程硕", "credit": credit}], line
    assert parse_byline_line("本报记者 王  作 摄").people == [{"name": "王作", "role": "记者", "credit": "摄"}]


def test_round_forty_three_an_ornament_before_a_captions_credit_and_a_members_counted_suggestions():
    text = ("图片新闻\n\n金乡蒜薹陆续上市\n\n\n\n\n4月20日，在金乡县一处蒜薹收购点，客商正在挑选蒜薹。■通讯员 李昂 摄\n\n"
            "委员建言\n\n让普者黑的“流量”变成“留量”\n\n杨晓敏\n\n普者黑已成为文山文旅的一张名片。\n\n"
            "但也要看到，游客多集中在夏季，“来得多、留得少”的问题比较突出。为此建议：\n\n"
            "一是丰富四季旅游产品。开发秋季观鸟、冬季温泉康养等产品。\n\n二是延长游客停留时间。支持村寨发展特色民宿。\n\n"
            "三是加强区域线路联动。推出精品旅游线路。\n\n（作者系州政协委员）\n")
    photo, advice = parsed(text).articles
    assert photo.figures == [{"caption": "4月20日，在金乡县一处蒜薹收购点，客商正在挑选蒜薹。", "credit": "通讯员 李昂 摄"}]
    assert photo.bylines == [{"name": "李昂", "role": "通讯员", "credit": "摄"}]
    assert advice.list is None and len(advice.paragraphs) == 6 and advice.paragraphs[3].startswith("二是")
    announced = parsed("举措\n\n《措施》从三个方面提出举措：\n\n一是加强规划引导。\n\n二是强化要素保障。\n\n三是优化营商环境。\n")
    assert len(announced.articles[0].list["items"]) == 3  # a line of its own announcing them: a list


def test_round_forty_four_a_colophon_naming_a_media_centre_closes_the_page():
    text = ("县市政协动态\n\n陇川县政协开展民主监督\n\n近日，陇川县政协组织委员对河湖长制落实情况开展民主监督。\n\n（通讯员 李兴）\n\n"
            "德宏州政协办公室　德宏州融媒体中心　合办\n")
    page = parsed(text)
    (brief,) = page.articles
    assert brief.bylines == [{"name": "李兴", "role": "通讯员"}]
    assert page.colophon_partners == ["德宏州政协办公室", "德宏州融媒体中心"]


def test_round_forty_five_the_papers_brand_joined_to_its_website_and_a_staff_line_with_slashes():
    text = ("中国青年报\n2026年5月13日　星期三\n4\n社会\n责任编辑 程宇航　见习编辑 苏可欣 / 美术编辑 徐卓 / 电话：010-64098325\n\n"
            "超七成受访青年曾被“自动续费”困扰\n\n中青报·中青网记者 孙晓萌 实习生 韩佳宁\n\n"
            "近日，中国青年报社社会调查中心联合问卷网进行的一项调查显示，74.6%的受访青年曾被“自动续费”困扰。\n\n"
            "在北京工作的李晗发现，有3个会员一直在自动续费。\n\n受访青年认为，“自动续费”存在的主要问题是扣费前不提醒。\n\n"
            "对于如何治理，71.8%的受访青年建议扣费前显著提醒。\n\n受访青年中，男性占48.7%，女性占51.3%。\n\n"
            "短评\n\n别让“自动续费”成了“自动扣费”\n\n中青报·中青网评论员 韩雨亭\n\n自动续费本身并无原罪。\n")
    page = parsed(text, paper="中国青年报")
    survey, comment = page.articles
    assert page.staff == ["责任编辑 程宇航　见习编辑 苏可欣 / 美术编辑 徐卓 / 电话：010-64098325"]
    assert survey.bylines == [{"name": "孙晓萌", "role": "记者"}, {"name": "韩佳宁", "role": "实习生"}]
    assert survey.kind == "brief"  # the news of a poll, told as news is (not a feature of five paragraphs)
    assert comment.bylines == [{"name": "韩雨亭", "role": "评论员"}]


def test_round_forty_five_someones_day_is_a_features_headline_under_its_kicker():
    assert split_headline(["在陌生人看病时“搭把手”", "年轻陪诊师的一天"])[:3] == (
        "在陌生人看病时“搭把手”", "年轻陪诊师的一天", None)
    assert split_headline(["守护一方碧水的三十年", "——记全国人大代表、护河员王大林"])[:3] == (
        None, "守护一方碧水的三十年", "——记全国人大代表、护河员王大林")


def test_round_forty_six_a_tip_after_the_text_closes_its_article_and_a_hotline_story_is_news():
    text = ("鼓浪屿游客航线假期加开夜间航班\n\n本报讯（记者 林路平）昨天，记者从厦门轮渡有限公司获悉，假期加开夜间航班。\n\n"
            "“现在可以在岛上多逛逛了。”正在码头候船的刘女士说。\n\n【出行提示】假期上岛游客较多，建议市民游客错峰出行。\n\n"
            "湖里区首批5个“口袋公园”建成开放\n\n本报讯（记者 郭  航）昨天，湖里区首批5个“口袋公园”建成开放。\n\n"
            "以案说法\n\n公司单方调岗降薪 员工拒绝后被辞退\n\n本报讯（通讯员 陈静）因不同意公司调岗，刘某被辞退。\n\n"
            "仲裁院审理认为，公司应支付赔偿金。\n\n仲裁员说法\n\n根据劳动合同法规定，变更劳动合同应当协商一致。\n\n"
            "热线追踪\n\n人行道树池盖板不翼而飞 行人夜里频频踩空\n\n文/图 记者 吴君宁\n\n“晚上走路得特别小心。”市民王女士说。\n\n"
            "\n\n\n昨天上午，市政工人在前埔路人行道上为树池补装盖板。\n\n市政部门表示，已补装盖板并加固路缘石。\n")
    ferry, parks, case, hotline = parsed(text).articles
    assert box_labels(ferry) == ["出行提示"] and box_labels(parks) == []
    assert box_labels(case) == ["仲裁员说法"] and case.paragraphs[-1].startswith("仲裁院审理认为")
    assert (hotline.section, hotline.kind) == ("热线追踪", "brief")  # its photo and no dateline make no feature


def test_round_forty_seven_the_first_item_under_its_kicker_and_a_reporter_filing_from_a_place():
    text = ("强冷空气来袭\n\n本周末郑州最低气温将跌至零下4℃\n\n省气象台发布寒潮蓝色预警，28日夜里豫北豫西有小雪\n\n"
            "大河报·豫视频记者 周晓\n\n11月26日，记者从河南省气象台获悉，我省将出现一次寒潮天气过程。\n\n"
            "郑州供热用户室温不达标可申请上门测温\n\n本报讯 记者从郑州市城市管理局获悉，供热用户可申请上门测温。\n\n"
            "三部门部署推进县域商业体系建设\n\n记者 宋佳琪 北京报道\n\n商务部等三部门日前印发通知，推进县域商业体系建设。\n\n"
            "中欧班列年内开行突破5000列\n\n今年中欧班列（西安）开行突破5000列。（记者 赵一凡 西安报道）\n")
    cold, heating, counties, trains = parsed(text).articles
    assert (cold.section, cold.kicker, cold.title) == (None, "强冷空气来袭", "本周末郑州最低气温将跌至零下4℃")
    assert heating.section is None  # a kicker names no column for the items under it
    assert counties.bylines == [{"name": "宋佳琪", "role": "记者", "credit": "报道"}]
    assert counties.kind == "brief" and any("北京" in note for note in counties.notes)  # filed from: news
    assert trains.bylines == [{"name": "赵一凡", "role": "记者", "credit": "报道"}]
    # (the page's first commentary keeps its column: 评论员观察 over its headline and ——series)
    column = parsed("评论员观察\n\n以高水平开放拓展发展新空间\n\n——推动经济持续回升向好系列评论④\n\n何  鸣\n\n"
                    "开放带来进步，封闭必然落后。\n").articles[0]
    assert (column.section, column.kicker) == ("评论员观察", None)


def test_round_forty_seven_a_consultation_held_is_the_headline_over_what_it_was_for():
    assert split_headline(["州政协就推动草果产业提质增效开展专题协商", "把“小草果”做成富民“大产业”"])[:3] == (
        None, "州政协就推动草果产业提质增效开展专题协商", "把“小草果”做成富民“大产业”")
    # one office assisting, named in the running head under the folio: the page's colophon, the paper unsaid
    page = parsed("怒江日报\n2025年11月27日　星期四\n第3版　怒江政协\n州政协办公室协办\n\n"
                  "州政协召开专题协商会\n\n本报讯（记者 胡晓梅）11月25日，州政协召开专题协商会。\n")
    assert (page.colophon_text, page.colophon_partners) == ("州政协办公室协办", ["州政协办公室"])
    assert page.printed_page == 3 and page.articles[0].title == "州政协召开专题协商会"
    assert parsed("中共怒江州委主办\n\n州政协召开专题协商会\n\n本报讯 11月25日，州政协召开专题协商会。\n").colophon_text is None


def test_round_forty_eight_a_topic_over_the_news_a_desks_phone_and_a_colophon_beside_the_staff():
    assert split_headline(["聚焦“加快建设香格里拉世界旅游目的地”", "州政协专题协商推动文旅产业提质升级"])[:3] == (
        "聚焦“加快建设香格里拉世界旅游目的地”", "州政协专题协商推动文旅产业提质升级", None)
    # a theme naming a cluster in quotes (its figures are a name) over the period's figures
    assert split_headline(["“1+5+N”产业集群加速成势", "前10月全市规上工业增加值增长8.3%"])[:3] == (
        "“1+5+N”产业集群加速成势", "前10月全市规上工业增加值增长8.3%", None)
    text = ("2025年12月5日　星期五\n4\n新闻·地方\n人民法院报\n"
            "责任编辑 周瑞平　联系电话：（010）67550704　电子信箱：rmfybdf@163.com\n\n"
            "四川法院诉前调解成功纠纷38.6万件\n\n本报成都12月4日电 今天，记者从四川省高级人民法院获悉有关情况。\n\n"
            "县市政协动态\n\n德钦县政协协商推动葡萄产业发展\n\n本报德钦讯（通讯员 斯那拉姆）近日，德钦县政协开展协商。\n\n"
            "维西县政协助力民间歌舞传承\n\n近日，维西县政协组织委员调研民间歌舞传承保护情况。\n\n"
            "州政协办公室协办　责任编辑：和丽萍　校对：此里央宗\n")
    page = parsed(text)
    assert [a.title for a in page.articles] == [
        "四川法院诉前调解成功纠纷38.6万件", "德钦县政协协商推动葡萄产业发展", "维西县政协助力民间歌舞传承"]
    assert page.staff == ["责任编辑 周瑞平　联系电话：（010）67550704　电子信箱：rmfybdf@163.com",
                          "责任编辑：和丽萍　校对：此里央宗"]
    assert (page.colophon_text, page.colophon_partners) == ("州政协办公室协办", ["州政协办公室"])
    assert page.articles[2].paragraphs == ["近日，维西县政协组织委员调研民间歌舞传承保护情况。"]


def test_round_forty_nine_a_papers_short_name_opens_its_dateline_and_clauses_of_what_followed_are_a_subheadline():
    text = ("冷空气周末抵穗 最低气温或跌至9℃\n\n南都讯 记者曹嘉欣 通讯员穗气宣 广州的冬天终于要“上线”了。昨日，广州市气象台发布消息。\n\n"
            "气象部门提醒，市民要及时添衣保暖。\n\n南都追踪\n\n加装电梯建好半年不能用\n\n南都报道后，相关部门上门协调，电梯昨日正式启用\n\n"
            "12月1日，南都刊发报道，一栋老楼加装的电梯半年来一直无法投入使用。\n\n采写：南都记者 林子谦\n")
    cold, lift = parsed(text, paper="南方都市报").articles
    assert cold.lead == "南都讯" and cold.paragraphs[0] == "广州的冬天终于要“上线”了。昨日，广州市气象台发布消息。"
    assert cold.bylines == [{"name": "曹嘉欣", "role": "记者"}, {"name": "穗气宣", "role": "通讯员"}]
    assert (lift.kicker, lift.title, lift.subtitle) == (
        None, "加装电梯建好半年不能用", "南都报道后，相关部门上门协调，电梯昨日正式启用")
    assert split_headline(["城中村改造", "高架桥下，长出一片社区“新客厅”"])[:2] == ("城中村改造", "高架桥下，长出一片社区“新客厅”")
    # a word and 讯 with no reporter after it opens no dateline
    assert parsed("春节将至\n\n喜讯 今年全市新增就业岗位三万个。\n").articles[0].lead is None


def test_round_forty_nine_items_numbered_with_ordinals_in_brackets_are_a_list():
    text = ("住房城乡建设部部署做好冬季建筑施工安全工作\n\n本报讯（记者 陈  曦）近日，住房城乡建设部办公厅印发通知。\n\n"
            "《通知》提出以下要求：\n\n（一）严格落实冬期施工方案。\n\n（二）加强起重机械管理，大风天气停止起重吊装作业。\n\n"
            "（三）做好施工现场防火工作。\n\n《通知》强调，各地要加大监督检查力度。\n")
    (notice,) = parsed(text).articles
    assert notice.list["title"] == "《通知》提出以下要求：" and len(notice.list["items"]) == 3
    assert notice.paragraphs == ["近日，住房城乡建设部办公厅印发通知。", "《通知》强调，各地要加大监督检查力度。"]


def test_round_fifty_a_day_marked_is_a_column_a_question_is_the_headline_and_a_digests_speakers_head_their_words():
    text = ("全国交通安全日\n\n“一盔一带”，你做到了吗？\n\n市公安局交巡警总队发布冬季出行安全提示\n\n"
            "上游新闻·重庆晚报记者 黄琪 通讯员 陈欣\n\n今日是第十四个全国交通安全日。\n\n委员声音\n\n"
            "让县域特色产业“特”起来“强”起来\n\n——双月协商座谈会发言摘登\n\n■省政协委员、韩城市花椒产业发展中心主任 党晓峰\n\n"
            "韩城花椒种植面积达55万亩，但目前仍以卖干椒为主。\n\n建议支持龙头企业开发花椒油等精深加工产品。\n\n"
            "■省政协委员、商洛学院教授 吴晓敏\n\n柞水木耳从“小木耳”做成了“大产业”，关键在于科技支撑。\n\n"
            "同时要注重培养本土技术人才。\n\n（本报记者 韩  蕾 整理）\n")
    safety, voices = parsed(text).articles
    assert (safety.section, safety.kicker, safety.title, safety.subtitle) == (
        "全国交通安全日", None, "“一盔一带”，你做到了吗？", "市公安局交巡警总队发布冬季出行安全提示")
    assert voices.subheadings == ["省政协委员、韩城市花椒产业发展中心主任 党晓峰", "省政协委员、商洛学院教授 吴晓敏"]
    assert voices.bylines == [{"name": "韩蕾", "role": "记者", "credit": "整理"}]
    assert split_headline(["冬季出行安全提示", "“一盔一带”，你做到了吗？"])[:3] == (
        "冬季出行安全提示", "“一盔一带”，你做到了吗？", None)


def test_round_fifty_points_between_the_byline_and_the_text_sum_the_report_up_in_a_box():
    text = ("谁在“收割”银发族的诗和远方\n\n□ 本报记者  孟  岩\n\n● 交几万元成为“会员”，就能全国各地旅居\n\n"
            "● 记者调查发现，部分机构承诺的旅居基地“货不对板”\n\n● 受访专家认为，应尽快明确监管主体\n\n"
            "今年67岁的北京市民吴阿姨最近很发愁。\n\n“刚开始去了一次三亚，住得还行。”吴阿姨说。\n")
    (report,) = parsed(text).articles
    assert report.list is None and box_labels(report) == [None]
    assert report.paragraphs == ["今年67岁的北京市民吴阿姨最近很发愁。", "“刚开始去了一次三亚，住得还行。”吴阿姨说。"]
    (box,) = [part for kind, part in report.body if kind == "box"]
    assert box["text"].count("●") == 3 and box["text"].startswith("● 交几万元")


def test_round_fifty_one_result_lines_in_one_block_are_a_list_and_a_pointed_caption_loses_its_pointer():
    text = ("全国青年速度滑冰冠军赛收官\n\n本报哈尔滨12月7日电 记者王辉报道：全国青年速度滑冰冠军赛7日落下帷幕。\n\n"
            "部分项目冠军：\n\n男子500米　韩志远（黑龙江）　35秒12\n女子500米　周诗雨（吉林）　38秒47\n"
            "男子1500米　刘博文（黑龙江）　1分48秒36\n\n本次比赛共有160余名运动员参赛。\n\n"
            "芦淞服饰“冬装季”跑出加速度\n\n株洲日报全媒体记者/黎晓\n\n走进芦淞服饰市场，冬装已挂满档口。\n\n\n\n\n"
            "▲12月1日，芦淞区一家服饰电商产业园内，主播在直播间展示冬装。\n\n株洲日报全媒体记者/黎晓 摄\n\n"
            "商户们说，今年冬装卖得早。\n")
    skating, clothes = parsed(text).articles
    assert skating.list["title"] == "部分项目冠军：" and skating.list["items"] == [
        "男子500米　韩志远（黑龙江）　35秒12", "女子500米　周诗雨（吉林）　38秒47", "男子1500米　刘博文（黑龙江）　1分48秒36"]
    assert len(skating.paragraphs) == 2
    assert clothes.figures == [{"caption": "12月1日，芦淞区一家服饰电商产业园内，主播在直播间展示冬装。",
                                "credit": "株洲日报全媒体记者/黎晓 摄"}]
    # (▲ items in a row stay a list)
    tips = parsed("冬季出行安全提示\n\n本报讯（记者 黄琪）交巡警提醒市民：\n\n▲骑乘电动自行车要戴头盔。\n\n"
                  "▲雨雾天气行车要开启雾灯。\n\n交巡警表示，将加大查处力度。\n").articles[0]
    assert len(tips.list["items"]) == 2 and tips.figures == []


def test_round_fifty_two_people_run_into_the_text_sign_it_and_a_desks_phone_between_the_posts():
    text = ("沅水航运跑出“加速度”\n\n常德港集装箱吞吐量首破10万标箱\n\n较去年提前38天超过全年总量\n\n"
            "常德日报记者 龚宇辉 通讯员 谌文博 12月3日，常德港今年集装箱吞吐量突破10万标箱。\n\n"
            "常德地处沅水、澧水下游，通江达海的水运条件得天独厚。\n\n\n\n\n12月3日，德山港区集装箱码头，龙门吊正在吊装集装箱。\n\n"
            "记者 覃立新 摄\n\n港口运营企业负责人介绍，港区今年完成了智能理货系统升级改造。\n\n"
            "图片新闻\n\n金华火腿腌制正当时\n\n记者 胡敏 文/摄 1月12日，在金东区一家火腿企业的腌制车间，工人正在给火腿上盐。\n\n"
            "责任编辑：孙蕾　电话：（010）51893217　版式设计：陈晨\n")
    page = parsed(text, paper="常德日报")
    port, ham = page.articles
    assert port.lead is None and port.bylines[:2] == [{"name": "龚宇辉", "role": "记者"}, {"name": "谌文博", "role": "通讯员"}]
    assert port.paragraphs[0] == "12月3日，常德港今年集装箱吞吐量突破10万标箱。" and port.kind == "brief"  # signed as news
    assert (port.kicker, port.title, port.subtitle) == ("沅水航运跑出“加速度”", "常德港集装箱吞吐量首破10万标箱", "较去年提前38天超过全年总量")
    assert ham.bylines == [{"name": "胡敏", "role": "记者", "credit": "文/摄"}]
    assert ham.figures == [{"caption": "1月12日，在金东区一家火腿企业的腌制车间，工人正在给火腿上盐。", "credit": None}]
    assert page.staff == ["责任编辑：孙蕾　电话：（010）51893217　版式设计：陈晨"]
    # a role and a name over text that does not open on its day stay text (记者 王芳 说 …)
    assert parsed("市场走访\n\n本报讯 近日，记者走访多家超市。\n\n记者 王芳 拿起一包腊肉看了看价格。\n").articles[0].bylines == []


def test_round_fifty_two_figures_under_a_longer_headline_and_one_label_over_the_hosts():
    assert split_headline(["哈尔滨局集团公司迎战入冬以来最强降雪", "1.2万余人次上道除雪打冰"])[:3] == (
        None, "哈尔滨局集团公司迎战入冬以来最强降雪", "1.2万余人次上道除雪打冰")
    page = parsed("六盘水日报\n2025年12月9日　星期二\n第3版　凉都政协\n\n主办：六盘水市政协办公室　六盘水日报社\n\n"
                  "市政协召开专题议政性常委会议\n\n本报讯（全媒体记者 韦婷）12月8日，市政协召开常委会议。\n")
    assert page.colophon_partners == ["六盘水市政协办公室", "六盘水日报社"]
    assert [a.title for a in page.articles] == ["市政协召开专题议政性常委会议"]


def test_round_fifty_three_a_folio_after_the_papers_and_the_pages_names_and_a_place_that_did_something():
    page = parsed("九江日报　经济　03\n2025年12月5日　星期五　编辑：冯斌　美编：刘敏　校对：彭莉\n\n"
                  "新能源新材料产业集群加速成势\n\n本报讯（全媒记者 吴娟）12月4日，湖口县一家锂电池材料项目投产。\n")
    assert page.printed_page == 3 and page.staff == ["编辑：冯斌　美编：刘敏　校对：彭莉"]
    assert [a.title for a in page.articles] == ["新能源新材料产业集群加速成势"]
    assert split_headline(["共青城：一件羽绒服的“暖经济”", "全市羽绒服装企业订单排至明年1月"])[:3] == (
        None, "共青城：一件羽绒服的“暖经济”", "全市羽绒服装企业订单排至明年1月")


def test_round_fifty_four_a_digest_signed_at_its_end_a_bracketed_photo_credit_and_a_brief_its_body_supplied():
    text = ("市政协召开专题协商会\n\n为加快港航物流高质量发展建言献策\n\n本报讯 记者黄少敏报道：12月16日，市政协召开专题协商会。\n\n"
            "\n\n\n12月16日，市政协专题协商会现场。\n\n（记者苏伟 摄）\n\n会议强调，要加快补齐港口短板。\n\n委员声音\n\n"
            "让西江“黄金水道”流金淌银\n\n编者按：在专题协商会上，委员们围绕港航物流发展建言献策。现摘登部分发言。\n\n"
            "打通港口集疏运“最后一公里”\n\n市政协委员、市交通运输局原副局长　岑建华\n\n"
            "我市港口与铁路、高速公路衔接不够顺畅。\n\n以港兴产壮大临港产业\n\n市政协委员、梧州学院教授　黎丽萍\n\n"
            "港口的生命力在于产业。\n\n（记者黄少敏整理）\n\n县区政协\n\n藤县政协协商助推陶瓷产业提质升级\n\n"
            "本报讯 通讯员梁文杰报道：12月12日，藤县政协召开协商会。\n\n蒙山县政协视察蚕桑产业发展\n\n"
            "近日，蒙山县政协组织部分委员视察蚕桑产业。（蒙山县政协供稿）\n\n长洲区政协开展“委员进社区”活动\n\n"
            "本报讯 通讯员吴海燕报道：12月15日，长洲区政协组织委员走进社区。\n")
    meeting, voices, ceramics, silk, district = parsed(text).articles
    assert meeting.figures == [{"caption": "12月16日，市政协专题协商会现场。", "credit": "记者苏伟 摄"}]
    assert {"name": "苏伟", "role": "记者", "credit": "摄"} in meeting.bylines
    assert voices.subheadings == ["打通港口集疏运“最后一公里”", "市政协委员、市交通运输局原副局长　岑建华",
                                  "以港兴产壮大临港产业", "市政协委员、梧州学院教授　黎丽萍"]
    assert voices.bylines == [{"name": "黄少敏", "role": "记者", "credit": "整理"}]
    assert (silk.title, silk.bylines, silk.section) == ("蒙山县政协视察蚕桑产业发展", [], "县区政协")
    assert ceramics.paragraphs == ["12月12日，藤县政协召开协商会。"] and district.section == "县区政协"


def test_round_fifty_four_a_line_of_figures_over_two_clauses_is_the_headline():
    assert split_headline(["寒潮来袭 岛城最低气温跌至零下7℃", "海上大风致轮渡停航，供热企业提温运行保室温"])[:3] == (
        None, "寒潮来袭 岛城最低气温跌至零下7℃", "海上大风致轮渡停航，供热企业提温运行保室温")
    assert split_headline(["城中村改造", "高架桥下，长出一片社区“新客厅”"])[1] == "高架桥下，长出一片社区“新客厅”"


def test_round_fifty_five_people_in_lenticular_brackets_a_proposals_look_back_and_a_doctors_warning():
    text = ("擦亮“羲皇故里”文旅名片\n\n市政协专题协商推动冬春季文旅消费提质升级\n\n"
            "本报讯【新天水·天水日报记者杨蕾】12月17日，市政协召开专题协商会。\n\n提案办理\n\n一件提案让苹果“住”进了村头冷库\n\n"
            "□新天水·天水日报记者 任小龙\n\n提案回顾：今年市政协全会期间，市政协委员王振华提交了提案。\n\n"
            "12月12日，在麦积区花牛镇一座新建的果品冷库里，花牛苹果整齐码放。\n\n县区政协\n\n秦州区政协开展“委员进社区”活动\n\n"
            "本报讯【通讯员王亚楠 杨帆】12月15日，秦州区政协组织部分委员走进社区。\n")
    tourism, apples, community = parsed(text).articles
    assert (tourism.kicker, tourism.title) == ("擦亮“羲皇故里”文旅名片", "市政协专题协商推动冬春季文旅消费提质升级")
    assert box_labels(apples) == ["提案回顾"] and apples.paragraphs == ["12月12日，在麦积区花牛镇一座新建的果品冷库里，花牛苹果整齐码放。"]
    assert community.bylines == [{"name": "王亚楠", "role": "通讯员"}, {"name": "杨帆", "role": "通讯员"}]
    assert community.paragraphs == ["12月15日，秦州区政协组织部分委员走进社区。"]
    swim = parsed("冬泳“老铁”\n\n辽沈晚报记者 刘辉 文/摄\n\n早上6点半，浑河的冰面上已经有了人影。\n\n医生提醒\n\n"
                  "冬泳前要做好热身，患有心脑血管疾病的人不宜冬泳。\n").articles[0]
    assert box_labels(swim) == ["医生提醒"] and swim.subheadings == []


def test_round_fifty_six_a_series_over_a_headline_a_parts_title_over_a_speaker_and_a_brief_an_office_signs():
    text = ("本版协办：安顺市政协办公室\n\n台站故事\n\n走基层 看台站\n\n零下40℃的“北极”观测场\n\n■ 本报记者 苏杨 通讯员 王雪松\n\n"
            "清晨7点40分，漠河的天还没亮透。\n\n委员声音\n\n让六百年屯堡文化“活”在当下\n\n加强古村落整体保护\n\n"
            "胡晓云（市政协委员、安顺学院教授）：屯堡古村落是屯堡文化的根。\n\n让地戏走进校园\n\n"
            "陈光明（市政协委员、西秀区一所中学校长）：地戏被誉为“中国戏剧活化石”。\n\n（记者 罗亚 整理）\n\n县区政协\n\n"
            "西秀区政协聚焦老旧小区改造\n\n本报讯（通讯员 刘兴）12月12日，西秀区政协召开协商会。\n\n平坝区政协调研塘约村集体经济发展\n\n"
            "近日，平坝区政协组织部分委员深入塘约村调研。（平坝区政协办）\n\n普定县政协视察韭黄产业发展\n\n"
            "本报讯（通讯员 陈芳）12月10日，普定县政协视察韭黄产业。\n")
    page = parsed(text)
    assert page.colophon_partners == ["安顺市政协办公室"]
    station, voices, xixiu, pingba, puding = page.articles
    assert (station.section, station.kicker, station.bylines[0]["name"]) == ("台站故事", "走基层 看台站", "苏杨")
    assert (voices.kicker, voices.title, voices.subheadings) == (
        None, "让六百年屯堡文化“活”在当下", ["加强古村落整体保护", "让地戏走进校园"])
    assert (pingba.title, pingba.bylines, pingba.section, puding.section) == (
        "平坝区政协调研塘约村集体经济发展", [], "县区政协", "县区政协")
    assert xixiu.paragraphs == ["12月12日，西秀区政协召开协商会。"]
    glossary = parsed("沽源一项目全容量并网\n\n本报讯（记者 白　雪）近日，沽源县一“源网荷储”项目并网。\n\n名词解释\n\n"
                      "“源网荷储”指电源、电网、负荷、储能协同互动的运行模式。\n").articles[0]
    assert box_labels(glossary) == ["名词解释"] and glossary.subheadings == []


def test_round_fifty_seven_credits_in_marked_parts_a_part_title_over_its_speaker_and_a_staff_line_a_post_a_line():
    assert [(p["name"], p["credit"]) for p in parse_byline_line(
        "■采写：新快报记者 梁婉莹 通讯员 荔宣　■摄影：新快报记者 夏世焱").people] == [
        ("梁婉莹", "采写"), ("荔宣", "采写"), ("夏世焱", "摄影")]
    text = ("衢州日报｜经济新闻\n2025年12月16日　星期二　第3版\n\n委员声音\n\n让边境口岸变成“开放门户”\n\n记者 农丽华 整理\n\n"
            "延链补链做大落地加工\n市政协委员、靖西市一家边贸企业负责人 黄海峰\n\n目前，互市商品大多“过境即走”。\n\n"
            "降低物流成本提升通关效率\n市政协委员、百色学院经济与管理学院副教授 陆春梅\n\n口岸经济，通道是基础。\n\n"
            "图片新闻\n\n龙游发糕迎来年货生产旺季\n\n12月14日，龙游县一家食品企业的工人在制作发糕。\n\n（通讯员 吴卫平 摄）\n\n"
            "责任编辑：余慧\n视觉编辑：叶青\n")
    page = parsed(text)
    assert page.printed_page == 3 and page.staff == ["责任编辑：余慧", "视觉编辑：叶青"]
    voices, cakes = page.articles
    assert voices.subheadings == ["延链补链做大落地加工", "市政协委员、靖西市一家边贸企业负责人 黄海峰",
                                  "降低物流成本提升通关效率", "市政协委员、百色学院经济与管理学院副教授 陆春梅"]
    assert cakes.figures == [{"caption": "12月14日，龙游县一家食品企业的工人在制作发糕。", "credit": "通讯员 吴卫平 摄"}]
    # a lenticular label over a paragraph is a box; 新快报提醒 too
    tips = parsed("广州警方打掉一电诈团伙\n\n新快报讯 记者林煜 通讯员穗公宣报道 近日，广州警方打掉一个诈骗团伙。\n\n"
                  "新快报提醒\n\n接到自称快递客服的退款电话，务必通过官方渠道核实。\n\n【提案人说】\n\n冷库建起来了，芒果能卖个好价钱。\n"
                  ).articles[0]
    assert box_labels(tips) == ["新快报提醒", "提案人说"] and tips.subheadings == []


def test_round_fifty_eight_speakers_run_in_after_their_posts_and_a_meeting_held_is_news():
    text = ("委员声音\n\n让“肇庆好物”香飘大湾区\n\n做强精深加工　拉长产业链条\n\n"
            "市政协委员、德庆县一家贡柑专业合作社负责人莫志强：德庆贡柑鲜果上市集中。\n\n补齐冷链短板　降低流通损耗\n\n"
            "市政协委员、四会市一家农产品物流企业总经理梁嘉豪：目前我市产地冷藏保鲜设施布局还不够。\n\n"
            "（西江日报记者 苏春燕 整理）\n\n提案追踪\n\n一件提案让广宁竹子“节节高”\n\n西江日报记者 苏春燕\n\n"
            "广宁县是“中国竹子之乡”。\n\n提案人感言：竹产业是山区群众的“绿色银行”。\n")
    voices, bamboo = parsed(text, paper="西江日报").articles
    assert (voices.title, voices.subtitle) == ("让“肇庆好物”香飘大湾区", None)
    assert voices.subheadings == ["做强精深加工　拉长产业链条", "补齐冷链短板　降低流通损耗"]
    assert box_labels(bamboo) == ["提案人感言"] and bamboo.paragraphs == ["广宁县是“中国竹子之乡”。"]
    meeting = parsed("市政协召开专题议政性常委会议\n\n西江日报记者 苏春燕 通讯员 陈嘉敏\n\n"
                     "12月15日，市政协召开专题议政性常委会议。\n\n会议指出，要做强特色农业。\n\n\n\n\n"
                     "12月15日，市政协专题议政性常委会议现场。\n\n西江日报记者 苏春燕 摄\n\n会议强调，要拉长产业链条。\n\n"
                     "常委们建议，要补齐冷链短板。\n\n与会人员还审议了有关事项。\n", paper="西江日报").articles[0]
    assert meeting.figures and meeting.kind == "brief"  # a meeting held, with its photo: news, though no dateline


def test_round_fifty_nine_a_list_title_run_in_a_marked_members_word_and_a_byline_after_a_digest():
    text = ("元旦假期南京地铁延长运营\n\n金陵晚报讯（记者 石小磊）记者昨天从南京地铁获悉，元旦假期地铁延长运营。具体安排如下：\n\n"
            "1.地铁1号线、2号线末班车延后1小时；\n\n2.地铁3号线末班车延后30分钟；\n\n3.其余线路按原时刻运营。\n\n"
            "地铁方面提醒，市民可通过App查询。\n")
    (metro,) = parsed(text).articles
    assert metro.list["title"] == "具体安排如下：" and len(metro.list["items"]) == 3
    assert metro.paragraphs == ["记者昨天从南京地铁获悉，元旦假期地铁延长运营。", "地铁方面提醒，市民可通过App查询。"]
    text = ("委员声音\n\n让“一碗面”富裕一方人\n\n本报记者 祁晓燕 整理\n\n韩国栋（市政协委员、化隆县拉面产业协会会长）：拉面是我市的一张名片。\n\n"
            "提案办理\n\n紫皮大蒜“身价”涨了\n\n本报记者 李娟\n\n走进乐都区一家农产品加工企业，蒜香扑鼻。\n\n◎提案人说\n\n"
            "提案落地见效，最高兴的是蒜农。\n\n社情民意\n\n关于做好农村冬季取暖安全工作的建议\n\n市政协委员 马红梅\n\n"
            "入冬以来，我市山区农村气温较低。\n")
    noodles, garlic, heating = parsed(text).articles
    assert box_labels(garlic) == ["提案人说"] and garlic.bylines == [{"name": "李娟", "role": "记者"}]
    assert heating.title == "关于做好农村冬季取暖安全工作的建议" and heating.bylines == [{"name": "马红梅"}]


def test_round_sixty_a_newsroom_the_page_joins_to_the_paper_a_five_character_name_and_a_played_word_over_figures():
    text = ("市区新开3条社区公交\n\n楚天都市报12月17日讯（极目新闻记者 刘璇 通讯员 杨志勇）17日上午，3条社区公交开通。\n\n"
            "小巷里的公交\n\n极目新闻评论员 汪晓\n\n社区公交开进小巷，方便了居民。\n\n"
            "江滩栈道完成改造\n\n楚天都市报极目新闻记者 王馨\n\n江滩栈道近日完成改造。\n")
    buses, comment, walk = parsed(text, paper="楚天都市报").articles
    assert buses.bylines == [{"name": "刘璇", "role": "记者"}, {"name": "杨志勇", "role": "通讯员"}]
    assert comment.bylines == [{"name": "汪晓", "role": "评论员"}] and walk.bylines == [{"name": "王馨", "role": "记者"}]
    # a newsroom the page never joins to the paper's name stays as printed
    other = parsed("市区新开3条社区公交\n\n本报讯（极目新闻记者 刘璇）17日上午，3条社区公交开通。\n",
                   paper="楚天都市报").articles[0]
    assert other.bylines == [{"name": "刘璇", "role": "极目新闻记者"}]
    herders = parsed("“马背宣讲队”走进冬营地\n\n本报讯（通讯员 乌兰其其格 记者 高明辉）近日，宣讲队走进冬营地。\n").articles[0]
    assert herders.bylines == [{"name": "乌兰其其格", "role": "通讯员"}, {"name": "高明辉", "role": "记者"}]
    assert parse_byline_line("通讯员 县政协办公室") is None
    assert split_headline(["竹山绿松石“触网”卖向全国", "前10月线上交易额突破20亿元"])[:3] == (
        None, "竹山绿松石“触网”卖向全国", "前10月线上交易额突破20亿元")
    assert split_headline(["老旧小区改造“改”出幸福感", "今年我市计划改造老旧小区1026个"])[:3] == (
        "老旧小区改造“改”出幸福感", "今年我市计划改造老旧小区1026个", None)


def test_round_sixty_one_captions_marked_with_a_square_a_writers_credit_shared_and_a_weekday_after_a_slash():
    text = ("新民晚报\n2025年11月26日/星期三\n上海新闻 A5\n\n老房“加梯”再提速\n\n"
            "新民晚报讯（记者 陈佳瑜）记者今天获悉，本市加梯提速。\n\n\n\n\n"
            "■ 昨天，虹口区一处小区，居民乘坐新加装的电梯下楼　本报记者 王子恒 摄\n\n"
            "市住建委相关负责人表示，明年起可在线申请。\n\n新民眼\n\n“落叶不扫”的马路\n\n本报记者 张晴岚\n\n"
            "清晨6点，武康路上，环卫工人已经开工。\n\n“不扫”其实更费工夫\n\n“落叶不扫”，并不是撒手不管。\n\n"
            "■ 昨天，市民在武康路上拍照\n\n本报记者 邵晓峰 摄\n\n文明赏景也是一道风景\n\n落叶景观道路走红，也带来了新烦恼。\n")
    page = parsed(text)
    assert page.date == "2025-11-26" and page.printed_page is None  # A5: page 5 of section A, not page 5
    assert ("2025年11月26日/星期三", "report") in [(p.text, p.where) for p in page.pieces]
    lifts, leaves = page.articles
    assert lifts.figures == [{"caption": "昨天，虹口区一处小区，居民乘坐新加装的电梯下楼", "credit": "本报记者 王子恒 摄"}]
    assert lifts.paragraphs == ["记者今天获悉，本市加梯提速。", "市住建委相关负责人表示，明年起可在线申请。"]
    assert leaves.figures == [{"caption": "昨天，市民在武康路上拍照", "credit": "本报记者 邵晓峰 摄"}]
    assert leaves.subheadings == ["“不扫”其实更费工夫", "文明赏景也是一道风景"]
    shared = parse_byline_line("□临报融媒记者 孟凡霞 见习记者 朱晓彤/文 临报融媒记者 高山/图")
    assert [(p["name"], p["credit"]) for p in shared.people] == [("孟凡霞", "文"), ("朱晓彤", "文"), ("高山", "图")]
    writer = parse_byline_line("本报记者 张三 通讯员 李四/图")  # a picture's credit is not shared: 张三 wrote
    assert [(p["name"], p.get("credit")) for p in writer.people] == [("张三", None), ("李四", "图")]
    assert split_headline(["莒南花生“漂洋过海”俏销海外", "前三季度出口额同比增长12.5%"])[:3] == (
        None, "莒南花生“漂洋过海”俏销海外", "前三季度出口额同比增长12.5%")


def test_round_sixty_two_a_series_name_over_the_first_headline_and_two_phrases_of_one_length_on_a_line():
    text = ("民生工程进行时\n\n今年我市312个老旧小区改造全面开工\n\n惠及居民11.6万户，预计10月底前基本完工\n\n"
            "沈阳晚报、沈报全媒体记者 李  爽\n\n记者昨日从市房产局获悉，老旧小区改造全面开工。\n\n"
            "民生工程进行时\n\n背街小巷整治提速\n\n今年完成改造186条\n\n沈阳晚报、沈报全媒体记者 王  晶\n\n"
            "记者昨日获悉，背街小巷整治提速。\n")
    page = parsed(text, paper="沈阳晚报")
    estates, lanes = page.articles
    assert (estates.kicker, estates.title, estates.section) == ("民生工程进行时", "今年我市312个老旧小区改造全面开工", None)
    assert lanes.section == "民生工程进行时" and lanes.kicker != "民生工程进行时"  # lower on the page: the series' name
    assert split_headline(["青年大街部分路段夜间施工 6条公交线路临时绕行"])[:3] == (
        None, "青年大街部分路段夜间施工 6条公交线路临时绕行", None)
    assert split_headline(["区县政协提案办理“回头看”工作启动 首批确定重点督办提案12件"])[:3] == (
        None, "区县政协提案办理“回头看”工作启动", "首批确定重点督办提案12件")


def test_round_sixty_three_a_columns_name_under_a_label_is_the_kicker():
    text = ("基层观察\n\n走进非遗工坊\n\n苗绣针脚里绣出“幸福生活”\n\n——贵州省台江县施洞镇苗绣工坊见闻\n\n"
            "本报驻贵州记者 杨  帆\n\n6月12日上午，台江县施洞镇的苗绣工坊里，绣娘们正在赶制订单。\n")
    (workshop,) = parsed(text).articles
    assert (workshop.section, workshop.kicker, workshop.title) == ("基层观察", "走进非遗工坊", "苗绣针脚里绣出“幸福生活”")
    alone = parsed(text.replace("基层观察\n\n", "", 1)).articles[0]
    assert (alone.section, alone.kicker) == ("走进非遗工坊", None)  # with no label above it: the column's name


def test_round_sixty_four_a_question_between_parts_is_a_subheading_and_an_outcome_is_a_subheadline():
    text = ("“研学”变“游学” 家长直呼不值\n\n本报记者 李楠\n\n暑期以来，本报陆续接到多起投诉。\n\n"
            "宣传“高大上” 行程“走过场”\n\n记者以家长身份咨询了多家机构。\n\n退费为何这么难？\n\n"
            "记者梳理多份研学合同发现，退费条款普遍苛刻。\n\n这是为什么呢？\n\n原来，合同里早有约定。\n")
    (camp,) = parsed(text).articles
    assert camp.subheadings == ["宣传“高大上” 行程“走过场”", "退费为何这么难？"]
    assert "这是为什么呢？" in camp.paragraphs  # the text asking itself
    plain = parsed(text.replace("宣传“高大上” 行程“走过场”\n\n", "")).articles[0]
    assert plain.subheadings == [] and "退费为何这么难？" in plain.paragraphs  # no parts: a question is text
    assert split_headline(["网购“全新”手机竟是翻新机", "经消委会调解，商家退一赔三"])[:3] == (
        None, "网购“全新”手机竟是翻新机", "经消委会调解，商家退一赔三")


def test_round_sixty_five_a_nameless_press_group_a_quotation_cut_after_a_question_and_days_keyed_with_a_holiday():
    text = ("全市25处海水浴场全面开放\n\n新闻传媒集团记者 曲静\n\n昨日，全市25处海水浴场全面开放。\n\n"
            "“叮当车”载着游客逛老城\n\n新闻传媒集团记者 宋宇 文/摄\n\n201路有轨电车是城市的名片。\n\n车厢里“老大连”遇上“新游客”\n\n"
            "车厢里坐满了游客。\n\n方寸驾驶室里的“老把式”\n\n"
            "驾驶室里，已经开了二十年有轨电车的于\n\n师傅一手扶着控制器，一手握着手闸。\n\n"
            "石山里的“羊司令”\n\n本报记者 黄丽萍\n\n他常说：“养羊关键看什么？\n\n看草料、看防疫，一样都不能少。”这是他的经验。\n\n"
            "“龙舟水”来了\n\n本报讯（记者 林静）记者从市气象台获悉，端午假期多阵雨。具体天气预报如下：\n\n"
            "30日：阴有中雨；\n\n31日（端午节）：阵雨转多云；\n\n6月1日：多云。\n\n"
            "交警提醒这些事\n\n本报记者 陈晨\n\nQ：假期哪些路段容易拥堵？\n\nA：三坊七巷周边。\n\nQ：停车方便吗？\n\nA：车位有限。\n")
    beaches, tram, goats, rain, police = parsed(text, paper="大连晚报").articles
    assert beaches.bylines == [{"name": "曲静", "role": "记者"}]
    assert tram.subheadings == ["车厢里“老大连”遇上“新游客”", "方寸驾驶室里的“老把式”"]
    assert tram.paragraphs[-1].startswith("驾驶室里，已经开了二十年有轨电车的于师傅")
    assert goats.paragraphs == ["他常说：“养羊关键看什么？看草料、看防疫，一样都不能少。”这是他的经验。"]
    assert len(rain.list["items"]) == 3 and police.kind == "interview"
    # a quotation running over paragraphs opens each again: no join
    (talk,) = parsed("一席谈\n\n本报记者 黄丽萍\n\n他说：“第一，要看草料。\n\n“第二，要看防疫。”\n").articles
    assert len(talk.paragraphs) == 2


def test_round_sixty_six_a_quotation_after_who_says_a_text_and_video_credit_an_outcome_and_a_barred_folio():
    text = ("淄博日报\n2025年9月25日　星期四\nA02｜经济\n\n一抔钦江泥 烧出“窑变”美\n\n本报记者 冯丽萍\n\n"
            "坭兴陶以紫红泥和白泥为原料。苏永强常对徒弟们说：\n\n“泥要揉透，心要沉住，急不得。”\n\n"
            "市政府近日印发通知，对陶瓷产业作出部署。通知明确：\n\n“十五五”期间，全市将培育陶瓷龙头企业10家。\n\n"
            "夜宵摊油烟直往楼上窜 居民夏夜不敢开窗\n\n城管部门介入，摊点下周起迁入夜市街区\n\n"
            "文/视频 三湘都市报全媒体记者 彭晓岚 实习生 易可欣\n\n居民反映，油烟直往楼上窜。\n")
    page = parsed(text)
    assert page.date == "2025-09-25" and page.printed_page is None and "running head: A02｜经济" in page.page_notes
    clay, smoke = page.articles
    assert clay.paragraphs == ["坭兴陶以紫红泥和白泥为原料。苏永强常对徒弟们说：“泥要揉透，心要沉住，急不得。”",
                               "市政府近日印发通知，对陶瓷产业作出部署。通知明确：",
                               "“十五五”期间，全市将培育陶瓷龙头企业10家。"]  # no one speaks: not joined
    assert (smoke.title, smoke.subtitle) == ("夜宵摊油烟直往楼上窜 居民夏夜不敢开窗", "城管部门介入，摊点下周起迁入夜市街区")
    assert [(p["name"], p["credit"]) for p in smoke.bylines] == [("彭晓岚", "文/视频"), ("易可欣", "文/视频")]


def test_round_sixty_seven_a_papers_name_as_dateline_names_among_names_and_a_digests_first_part():
    text = ("8月份社会消费品零售总额同比增长3.6%\n\n中国商报（记者 王晓彤）国家统计局9月15日发布数据。\n\n"
            "县市政协\n\n阜康市政协开展冬季供暖专项民主监督\n\n本报讯（通讯员 叶尔兰）11月18日，阜康市政协开展监督。\n\n"
            "奇台县政协召开旱作农业发展座谈会\n\n近日，奇台县政协召开旱作农业座谈会。（李红 热依汗古丽）\n\n"
            "发言摘登\n\n让“六盘山冷凉蔬菜”叫得更响\n\n补齐冷链短板 让蔬菜“鲜”到终端\n\n市政协常委 虎学明\n\n"
            "冷凉蔬菜采收后如果不能及时预冷，损耗很大。\n\n培育区域品牌 让好菜卖出好价钱\n\n市政协委员 马玉兰\n\n"
            "我们的芹菜品质好，但知名度不高。\n\n（本报记者 马晓燕 整理）\n\n"
            "编辑：古丽娜尔·吾甫尔　版式：王晓红\n")
    page = parsed(text)
    sales, fukang, qitai, digest = page.articles
    assert (sales.lead, sales.bylines) == ("中国商报", [{"name": "王晓彤", "role": "记者"}])
    assert qitai.bylines == [{"name": "李红"}, {"name": "热依汗古丽"}] and fukang.subheadings == []
    assert (digest.title, digest.subtitle) == ("让“六盘山冷凉蔬菜”叫得更响", None)
    assert digest.subheadings[:2] == ["补齐冷链短板 让蔬菜“鲜”到终端", "市政协常委 虎学明"]
    assert page.staff == ["编辑：古丽娜尔·吾甫尔　版式：王晓红"]
    # with no digest's label over it, the line over the author's posts and name is the headline they sign
    (proposal,) = parsed("社情民意\n\n冬季取暖要安全\n\n关于做好农村冬季取暖安全工作的建议\n\n市政协委员 马红梅\n\n"
                         "入冬以来，山区气温较低。\n").articles
    assert (proposal.title, proposal.bylines) == ("关于做好农村冬季取暖安全工作的建议", [{"name": "马红梅"}])


def test_round_sixty_eight_a_box_run_into_a_paragraph_a_line_left_dangling_a_thing_done_and_a_story_subtitle():
    text = ("职工子女暑期托管班开班\n\n本报讯（记者 赵立新）7月22日，职工子女暑期托管班开班。【温馨提示】各托管点名额有限，请提前报名。\n\n"
            "航班正常要“准”，服务更要“暖”\n\n□ 江一舟\n\n国庆假期，民航运输平稳有序。\n\n近年来，我国民航航班正常率连续多年保持在\n\n"
            "80%以上，航班正常工作取得明显成效。\n\n"
            "冷库建到地头 苹果“错季”卖好价\n\n——市政协委员孙建民关于补齐果品冷链设施短板的提案办理追踪\n\n本报记者 李晋芳\n\n"
            "6月上旬，临猗县一家合作社的冷库里，一箱箱苹果码放整齐。\n")
    camp, flights, apples = parsed(text).articles
    assert box_labels(camp) == ["温馨提示"] and camp.paragraphs == ["7月22日，职工子女暑期托管班开班。"]
    assert flights.subheadings == [] and flights.paragraphs[-1].startswith("近年来，我国民航航班正常率连续多年保持在80%以上")
    assert apples.kind == "feature"  # a story its ——subheadline names (…追踪), with no dateline
    assert split_headline(["厦门同安湾红树林生态修复项目通过验收", "新增红树林面积约46公顷"])[:3] == (
        None, "厦门同安湾红树林生态修复项目通过验收", "新增红树林面积约46公顷")
