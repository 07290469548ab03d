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
