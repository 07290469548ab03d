"""Bylines as each language writes them: Chinese as printed, English as English bylines read."""
from __future__ import annotations

from zhengxie_site.byline_text import Person, Words, byline_row, lead_credits
from zhengxie_site.model import Byline

GLOSSARY = {"记者": "reporter", "本报记者": "staff reporter", "通讯员": "correspondent", "摄像": "cameraman"}
STRINGS = {"en": {"credit_文": "text", "credit_图": "photos", "credit_摄": "photo", "credit_整理": "compiled",
                  "byline_by": "by", "byline_credit_by": "{credit} by", "name_separator": " and ",
                  "role_separator": "; "},
           "zh": {"credit_文": "文", "credit_图": "图", "credit_摄": "摄", "credit_整理": "整理",
                  "byline_by": "文", "byline_credit_by": "{credit}", "name_separator": " ", "role_separator": " "}}
PINYIN = {"张潇予": "Zhang Xiaoyu", "伏自文": "Fu Ziwen", "何建玮": "He Jianwei", "许廉明": "Xu Lianming",
          "李四": "Li Si", "王五": "Wang Wu"}


def words(lang: str) -> Words:
    return Words(chinese=lang == "zh", english=lang == "en",
                 term=lambda v: GLOSSARY.get(v, v) if lang == "en" else v,
                 text=lambda key, **values: STRINGS[lang][key].format(**values),
                 person=lambda name: Person(PINYIN[name] if lang == "en" else name,
                                            None if name == "王五" else f"/people/{name}/"))


def text(parts) -> str:
    return "".join(p if isinstance(p, str) else f"[{p.name}]" for p in parts)


SEED = [Byline("张潇予", "记者", "文"), Byline("伏自文", "通讯员", "图")]
TWO_CORRESPONDENTS = [Byline("何建玮", "通讯员"), Byline("许廉明", "通讯员")]


def test_chinese_row_is_as_printed_with_the_papers_own_reporter():
    assert text(byline_row(SEED, words("zh"))) == "本报记者 [张潇予]/文 通讯员 [伏自文]/图"


def test_chinese_lead_keeps_the_role_as_printed_inside_the_brackets():
    assert text(lead_credits(TWO_CORRESPONDENTS, words("zh"))) == "通讯员 [何建玮] [许廉明]"
    assert text(lead_credits([Byline("张潇予", "记者")], words("zh"))) == "记者 [张潇予]"


def test_english_row_says_who_did_what():
    assert text(byline_row(SEED, words("en"))) == "By [Zhang Xiaoyu] (staff reporter); photos by [Fu Ziwen] (correspondent)"


def test_english_roles_are_plural_for_several_people():
    assert text(byline_row(TWO_CORRESPONDENTS, words("en"))) == "By [He Jianwei] and [Xu Lianming] (correspondents)"
    assert text(lead_credits(TWO_CORRESPONDENTS, words("en"))) == "correspondents [He Jianwei] and [Xu Lianming]"
    three = [Byline("李四", "摄像"), Byline("王五", "摄像"), Byline("张潇予", "摄像")]
    assert text(lead_credits(three, words("en"))) == "cameramen [Li Si], [Wang Wu] and [Zhang Xiaoyu]"


def test_english_row_joins_people_of_different_roles_and_keeps_unknown_roles_as_printed():
    mixed = [Byline("张潇予", "记者"), Byline("李四", "通讯员"), Byline("王五", "特约撰稿")]
    assert text(byline_row(mixed, words("en"))) == (
        "By [Zhang Xiaoyu] (staff reporter), [Li Si] (correspondent) and [Wang Wu] (特约撰稿)")


def test_english_row_names_other_credits_and_people_without_a_role():
    row = [Byline("李四", None, "整理"), Byline("王五", None, "摄")]
    assert text(byline_row(row, words("en"))) == "Compiled by [Li Si]; photo by [Wang Wu]"


def test_people_carry_their_page_address_where_they_have_one():
    parts = byline_row([Byline("张潇予", "记者"), Byline("王五", "记者")], words("zh"))
    people = [p for p in parts if isinstance(p, Person)]
    assert [p.url for p in people] == ["/people/张潇予/", None]
