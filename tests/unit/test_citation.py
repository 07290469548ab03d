"""Citations of a newspaper article in each style, checked against the styles' own examples."""
from __future__ import annotations

from urllib.parse import unquote

from zhengxie_site.citation import Author, Work, apa, bibtex, chicago, data_url, gbt7714, meta_tags, ris
from zhengxie_site.dates import PubDate


def work(people=(("丁文祥", "Ding Wenxiang"),), date=PubDate(2000, 11, 20), page=15, **kw) -> Work:
    values = dict(people=tuple(Author(*p) for p in people), title="数字革命与竞争国际化", paper="中国青年报",
                  paper_in_language="China Youth Daily", date=date, page=page, url="https://example.org/a/",
                  lang="zh-Hans")
    return Work(**{**values, **kw})


def test_gbt7714_as_the_standard_prints_its_newspaper_example():
    assert gbt7714(work()) == "丁文祥. 数字革命与竞争国际化[N]. 中国青年报, 2000-11-20(15)."


def test_gbt7714_keeps_the_precision_printed_names_three_then_deng_and_cites_the_original_of_a_translation():
    assert gbt7714(work(date=PubDate(2022, 3), page=None)) == "丁文祥. 数字革命与竞争国际化[N]. 中国青年报, 2022-03."
    four = (("甲一", "Jia Yi"), ("乙二", "Yi Er"), ("丙三", "Bing San"), ("丁四", "Ding Si"))
    assert gbt7714(work(people=four)).startswith("甲一, 乙二, 丙三, 等. ")
    translated = work(title="Digital revolution", original_title="数字革命与竞争国际化")
    assert gbt7714(translated) == "丁文祥. 数字革命与竞争国际化[N]. 中国青年报, 2000-11-20(15)."
    assert gbt7714(work(people=())) == "数字革命与竞争国际化[N]. 中国青年报, 2000-11-20(15)."


def test_chicago_keeps_chinese_names_family_first_and_dates_the_american_way():
    two = (("张潇予", "Zhang Xiaoyu"), ("伏自文", "Fu Ziwen"))
    assert chicago(work(people=two, date=PubDate(2022, 3), title="Advancing", paper_in_language="Yunnan Daily")) == (
        "Zhang Xiaoyu and Fu Ziwen. \u201cAdvancing.\u201d Yunnan Daily, March 2022. https://example.org/a/.")
    three = two + (("贝欧娜", "Bei Ouna"),)
    assert chicago(work(people=three)).startswith("Zhang Xiaoyu, Fu Ziwen, and Bei Ouna. ")
    assert ", November 20, 2000. " in chicago(work())


def test_apa_gives_initials_the_date_in_brackets_and_the_page():
    two = (("张潇予", "Zhang Xiaoyu"), ("伏自文", "Fu Ziwen"))
    assert apa(work(people=two, date=PubDate(2022, 3, 25), page=5, title="Title", paper_in_language="Yunnan Daily")) == (
        "Zhang, X., & Fu, Z. (2022, March 25). Title. Yunnan Daily, 5. https://example.org/a/")
    assert apa(work(date=None, page=None)).startswith("Ding, W. (n.d.). ")
    assert apa(work(date=PubDate(2022))).startswith("Ding, W. (2022). ")


def test_ris_and_bibtex_records_carry_every_field_a_reference_manager_imports():
    record = ris(work())
    assert record.split("\r\n") == ["TY  - NEWS", "AU  - 丁文祥", "TI  - 数字革命与竞争国际化", "T2  - 中国青年报",
                                    "PY  - 2000", "DA  - 2000/11/20", "SP  - 15", "LA  - zh-Hans",
                                    "UR  - https://example.org/a/", "ER  - ", ""]
    entry = bibtex(work(title="R&D 100%"), "key-2000")
    assert entry.startswith("@article{key-2000,\n  author = {{丁文祥}},\n  title = {R\\&D 100\\%},\n")
    assert "  month = nov,\n" in entry and "  pages = {15},\n" in entry and entry.endswith("}\n")
    assert unquote(data_url(record, "application/x-research-info-systems").split(",", 1)[1]) == record


def test_meta_tags_are_the_highwire_names_reference_managers_read():
    tags = meta_tags(work(date=PubDate(2022, 3)))
    assert tags[:4] == [("citation_title", "数字革命与竞争国际化"), ("citation_author", "丁文祥"),
                        ("citation_publication_date", "2022/03"), ("citation_journal_title", "中国青年报")]
    assert ("citation_firstpage", "15") in tags
