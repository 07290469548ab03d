"""Rules for layouts met on pages of other dailies, from round fifteen on (test_roles.py holds the earlier
rounds): each a general rule, shown on the smallest page that needs it."""
from __future__ import annotations

from zhengxie_site.newspaper import check_fidelity, parse_page
from zhengxie_site.newspaper.bylines import parse_byline_line, parse_closing_note, parse_lead
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
