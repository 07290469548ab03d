"""What article pages show of an article, beside what the templates make of it."""
from __future__ import annotations

from zhengxie_site.model import Article
from zhengxie_site.views import _standfirst

HTML = "<p>近日，农工党云南省委组织专家赴镇雄县开展医疗帮扶活动。</p><p>3位专家到镇雄县人民医院查房带教。</p>"


def article(summary: str | None) -> Article:
    return Article(source="a.md", title="组织开展医疗帮扶活动", body="", lang="zh", slug="a", summary=summary, html=HTML)


def test_an_editors_summary_is_shown_above_the_text():
    assert _standfirst(article("三位专家赴镇雄县查房带教、开展讲座。")) == "三位专家赴镇雄县查房带教、开展讲座。"


def test_a_summary_that_is_the_opening_itself_is_not_shown_twice():
    assert _standfirst(article("近日，农工党云南省委组织专家赴镇雄县开展医疗帮扶活动。")) is None
    assert _standfirst(article("近日，农工党云南省委组织专家赴镇雄县…")) is None  # cut off, as lists show it


def test_no_summary_no_box():
    assert _standfirst(article(None)) is None
    assert _standfirst(article("  ")) is None


def test_a_kicker_that_runs_into_the_headline_is_its_subject_in_a_title_standing_alone():
    runs_in = Article(source="a.md", title="组织开展 医疗帮扶活动", body="", lang="zh", slug="a", kicker="农工党云南省委——")
    assert runs_in.full_title == "农工党云南省委组织开展 医疗帮扶活动"
    english = Article(source="a.en.md", title="Organises Medical Assistance Activities", body="", lang="en", slug="a",
                      kicker="Yunnan Provincial Committee of the Peasants and Workers Party —")
    assert english.full_title == "Yunnan Provincial Committee of the Peasants and Workers Party Organises Medical Assistance Activities"
    above = Article(source="b.md", title="推动云南政协事业高质量发展", body="", lang="zh", slug="b", kicker="省政协高度重视、高位推动")
    assert above.full_title == "推动云南政协事业高质量发展"  # a kicker that stands apart stays apart
