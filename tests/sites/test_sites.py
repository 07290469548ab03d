"""Whole fixture sites built end to end and compared with their expected output."""
from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from sitetext import make_project, read_tree
from zhengxie_site.links import broken_links_in as broken_links
from zhengxie_site.cli import main

HERE = Path(__file__).parent
SITES = sorted(p.parent.name for p in HERE.glob("*/site.txt"))


def build(project: Path, *flags: str) -> dict[str, bytes]:
    assert main(["--root", str(project), "build", *flags]) == 0
    return read_tree(project / "public")


@pytest.mark.parametrize("name", SITES)
def test_site_matches_golden_tree(name, tmp_path, update_golden):
    project = make_project(tmp_path, (HERE / name / "site.txt").read_text(encoding="utf-8"))
    built = {k: v for k, v in build(project).items() if not k.startswith("static/")}  # copies of static/
    expected_dir = HERE / name / "expected"
    if update_golden:
        shutil.rmtree(expected_dir, ignore_errors=True)
        for path, data in built.items():
            (expected_dir / path).parent.mkdir(parents=True, exist_ok=True)
            (expected_dir / path).write_bytes(data)
    expected = read_tree(expected_dir)
    assert sorted(built) == sorted(expected), "file list differs (run pytest --update-golden after checking)"
    different = [path for path in built if built[path] != expected[path]]
    assert not different, f"files differ from tests/sites/{name}/expected: {different[:10]}"


@pytest.fixture(scope="module")
def basic(tmp_path_factory) -> dict[str, bytes]:
    project = make_project(tmp_path_factory.mktemp("basic"), (HERE / "basic" / "site.txt").read_text(encoding="utf-8"))
    return build(project)


def html(files: dict[str, bytes], path: str) -> str:
    return files[path].decode("utf-8")


def test_every_internal_link_and_anchor_resolves(basic):
    assert broken_links(basic, "/") == []


def test_drafts_are_left_out_everywhere(basic):
    assert not any("尚未发布".encode() in data for data in basic.values())


def test_article_page_shows_headline_block_bylines_print_location_and_correction(basic):
    page = html(basic, "articles/tui-dong-yun-nan-zheng-xie-shi-ye-gao-zhi-liang-fa-zhan/index.html")
    assert '<p class="kicker">省政协高度重视、高位推动</p>' in page
    assert "<h1>推动云南政协事业高质量发展</h1>" in page
    # as printed: 本报记者 张潇予/文 通讯员 伏自文/图 (the importer stores 本报记者 as 记者)
    assert ('<p class="bylines">本报记者 <a href="/people/zhang-xiao-yu/">张潇予</a>/文 '
            '通讯员 <a href="/people/fu-zi-wen/">伏自文</a>/图</p>') in page
    assert '<time datetime="2022-03">2022年3月</time>' in page
    assert 'href="/editions/ri-bao/2022-03/zheng-xie/"' in page
    assert "2022年4月2日更正：" in page
    # a photo the archive lacks is its caption, marked, not a frame taking the screen
    assert "figure-placeholder" not in page
    assert '<figure class="figure figure-missing">\n    <figcaption><span class="badge">图片暂缺</span> 省政协开展“协商在基层”信息系统培训' in page
    assert '"printSection": "\\u805a\\u7126"' in page or '"printSection": "聚焦"' in page


def test_soft_line_break_between_chinese_characters_is_not_a_space(basic):
    page = html(basic, "articles/sheng-zheng-xie-quan-ti-hui-yi-kai-mu/index.html")
    assert "会议号召，全体委员履职尽责。" in page


def test_lead_is_printed_with_its_byline(basic):
    page = html(basic, "articles/sheng-zheng-xie-quan-ti-hui-yi-kai-mu/index.html")
    assert '<strong>本报讯</strong>（记者 <a href="/people/zhang-xiao-yu/">张潇予</a>）' in page
    assert 'class="bylines"' not in page  # printed once, in the lead, as the paper did
    en = html(basic, "en/articles/sheng-zheng-xie-quan-ti-hui-yi-kai-mu/index.html")
    assert '<strong>Yunnan Daily</strong> (reporter <a href="/en/people/zhang-xiao-yu/">Zhang Xiaoyu</a>)' in en
    assert 'class="bylines"' not in en


def test_article_page_starts_with_the_story(basic):
    """No summary box repeating the opening the reader is about to read (the summary is still the page's
    description)."""
    page = html(basic, "articles/sheng-zheng-xie-quan-ti-hui-yi-kai-mu/index.html")
    assert 'class="summary"' not in page
    assert '<meta name="description" content="会议听取了常委会工作报告。' in page


def test_page_view_lists_articles_in_print_order_with_sections_and_colophon(basic):
    page = html(basic, "editions/ri-bao/2022-03/zheng-xie/index.html")
    assert page.index("推动云南政协事业高质量发展") < page.index("组织开展 医疗帮扶活动")
    assert page.index(">聚焦<") < page.index(">图片新闻<")
    assert "本版由 云南日报社 云南省政协办公厅 合办" in page
    assert "责任编辑：李明 美术编辑：王芳" in page


def test_editions_step_in_date_order(basic):
    older = html(basic, "editions/ri-bao/2022-03/index.html")
    newer = html(basic, "editions/ri-bao/2022-03-25/index.html")
    assert 'rel="next" href="/editions/ri-bao/2022-03-25/"' in older
    assert 'rel="prev" href="/editions/ri-bao/2022-03/"' in newer


def test_person_page_groups_by_role(basic):
    """Under the role the article prints (通讯员 伏自文/图), not as a photographer because of the credit."""
    page = html(basic, "people/fu-zi-wen/index.html")
    assert '<h2 id="g-correspondent">通讯员</h2>' in page and "推动云南政协事业高质量发展" in page
    assert "摄影" not in page


def test_dataset_page_has_table_grouped_in_the_declared_order_and_a_chart(basic):
    page = html(basic, "data/cases/index.html")
    # the chart: a list a screen reader reads name by name, largest first, bars as wide as their share
    assert ('<ol class="chart" aria-label="履职创新事例"><li><span class="bar-label">昆明市</span><span class="bar-cell">'
            '<span class="bar" style="width:calc((100% - 3em) * 1.000)"></span><span class="bar-n">2</span></span></li>'
            '<li><span class="bar-label">昭通市</span>') in page
    kunming, zhaotong = page.index("昆明市 <span"), page.index("昭通市 <span")
    assert zhaotong < kunming < page.index("宜良县政协")  # group_order: 昭通市 before 昆明市, though 昆明 sorts first


def test_the_article_that_printed_the_data_shows_its_chart_and_table(basic):
    page = html(basic, "articles/tui-dong-yun-nan-zheng-xie-shi-ye-gao-zhi-liang-fa-zhan/index.html")
    data = page[page.index('<section class="article-data"'):]
    assert '<h2 id="article-data-title">履职创新事例</h2>' in data and '<ol class="chart"' in data
    assert '<table class="data-table">' in data and "宜良县政协" in data
    assert '<a href="/data/cases/">单独查看这组数据</a>' in data


def test_english_side_links_back_and_marks_stale_and_missing(basic):
    en = html(basic, "en/articles/sheng-zheng-xie-quan-ti-hui-yi-kai-mu/index.html")
    assert '<html lang="en-GB">' in en
    assert 'hreflang="zh-Hans" href="https://archive.example.org/articles/sheng-zheng-xie-quan-ti-hui-yi-kai-mu/"' in en
    assert "notice-stale" in en
    # No page is made for a version that does not exist: the original's language switch says so, and
    # English lists link to the Chinese original, marked as such.
    assert "en/articles/tui-dong-yun-nan-zheng-xie-shi-ye-gao-zhi-liang-fa-zhan/index.html" not in basic
    original = html(basic, "articles/tui-dong-yun-nan-zheng-xie-shi-ye-gao-zhi-liang-fa-zhan/index.html")
    assert '<span class="lang-missing" lang="en-GB">English <small>(not translated)</small></span>' in original
    assert 'hreflang="en"' not in original
    english_list = html(basic, "en/archive/2022/index.html")
    assert 'href="/articles/tui-dong-yun-nan-zheng-xie-shi-ye-gao-zhi-liang-fa-zhan/" lang="zh-Hans"' in english_list


def test_feeds_sitemap_robots_and_404_exist(basic):
    assert b"<feed" in basic["feed.xml"] and b"<feed" in basic["sections/ju-jiao/feed.xml"]
    sitemap = html(basic, "sitemap.xml")
    assert "xhtml:link" in sitemap and "/en/articles/sheng-zheng-xie-quan-ti-hui-yi-kai-mu/" in sitemap
    assert "/en/articles/tui-dong-yun-nan-zheng-xie-shi-ye-gao-zhi-liang-fa-zhan/" not in sitemap  # not translated
    assert "Sitemap: https://archive.example.org/sitemap.xml" in html(basic, "robots.txt")
    assert "404.html" in basic


def test_sub_path_hosting_keeps_every_link_inside(tmp_path):
    project = make_project(tmp_path, (HERE / "basic" / "site.txt").read_text(encoding="utf-8"))
    files = build(project, "--base-url", "/archive/")
    assert broken_links(files, "/archive/") == []
    for path, data in files.items():
        if path.endswith(".html"):
            for link in re.findall(r'(?:href|src)="(/[^"]*)"', data.decode()):
                assert link.startswith("/archive/"), f"{path}: {link}"


def test_feeds_and_sitemap_are_well_formed_xml_with_required_elements(basic):
    import xml.etree.ElementTree as ET

    atom = "{http://www.w3.org/2005/Atom}"
    for path in ("feed.xml", "en/feed.xml", "sections/ju-jiao/feed.xml"):
        feed = ET.fromstring(basic[path])
        assert feed.find(f"{atom}title").text and feed.find(f"{atom}id").text and feed.find(f"{atom}updated").text
        for entry in feed.findall(f"{atom}entry"):
            for name in ("title", "id", "updated", "author"):
                assert entry.find(f"{atom}{name}") is not None, (path, name)
            assert entry.find(f"{atom}link").get("href").startswith("https://archive.example.org/")
    english = ET.fromstring(basic["en/feed.xml"])
    assert [e.find(f"{atom}title").text for e in english.findall(f"{atom}entry")] == ["Provincial CPPCC plenary session opens"]
    sitemap = ET.fromstring(basic["sitemap.xml"])
    locs = [u.find("{http://www.sitemaps.org/schemas/sitemap/0.9}loc").text for u in sitemap]
    assert len(locs) == len(set(locs)) and all(loc.startswith("https://archive.example.org/") for loc in locs)


def test_feed_and_sitemap_dates_follow_corrections_and_the_precision_printed(basic):
    """The corrected feature (dated 2022-03, corrected 2022-04-02) was updated on the day of its correction,
    as its JSON-LD says; an article known only to the month has no day in the sitemap, and no <published>
    a day would have to be invented for."""
    import json
    import xml.etree.ElementTree as ET

    atom, sm = "{http://www.w3.org/2005/Atom}", "{http://www.sitemaps.org/schemas/sitemap/0.9}"
    feed = ET.fromstring(basic["feed.xml"])
    entries = {e.find(f"{atom}title").text: e for e in feed.findall(f"{atom}entry")}
    corrected = entries["推动云南政协事业高质量发展"]
    assert corrected.find(f"{atom}updated").text == "2022-04-02T00:00:00+08:00"
    assert corrected.find(f"{atom}published") is None  # printed in March 2022, no day known
    brief = entries["省政协全体会议开幕"]
    assert brief.find(f"{atom}updated").text == brief.find(f"{atom}published").text == "2022-03-25T00:00:00+08:00"
    assert feed.find(f"{atom}updated").text == "2022-04-02T00:00:00+08:00"  # the latest change of any entry
    page = html(basic, "articles/tui-dong-yun-nan-zheng-xie-shi-ye-gao-zhi-liang-fa-zhan/index.html")
    ld = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', page, re.S).group(1))
    assert ld["dateModified"] == "2022-04-02" and ld["datePublished"] == "2022-03"
    lastmod = {u.find(f"{sm}loc").text.removeprefix("https://archive.example.org"): u.find(f"{sm}lastmod")
               for u in ET.fromstring(basic["sitemap.xml"])}
    assert lastmod["/articles/tui-dong-yun-nan-zheng-xie-shi-ye-gao-zhi-liang-fa-zhan/"].text == "2022-04-02"
    assert lastmod["/articles/sheng-zheng-xie-quan-ti-hui-yi-kai-mu/"].text == "2022-03-25"
    assert lastmod["/editions/ri-bao/2022-03-25/"].text == "2022-03-25"
    assert lastmod["/editions/ri-bao/2022-03/"] is None and lastmod["/sections/ju-jiao/"] is None


def test_an_article_says_how_to_cite_it_in_the_page_and_to_reference_managers(basic):
    from html.parser import HTMLParser
    from urllib.parse import unquote

    class Cite(HTMLParser):
        def __init__(self):
            super().__init__()
            self.meta, self.styles, self.downloads, self._in, self._dt = [], {}, {}, None, None

        def handle_starttag(self, tag, attrs):
            a = dict(attrs)
            if tag == "meta" and a.get("name", "").startswith("citation_"):
                self.meta.append((a["name"], a["content"]))
            if tag in ("dt", "dd"):
                self._in = tag
            if tag == "a" and "download" in a:
                self.downloads[a["download"].rsplit(".", 1)[1]] = unquote(a["href"].split(",", 1)[1])

        def handle_endtag(self, tag):
            self._in = None if tag in ("dt", "dd") else self._in

        def handle_data(self, data):
            if self._in == "dt":
                self._dt = data
            elif self._in == "dd":
                self.styles[self._dt] = self.styles.get(self._dt, "") + data

    page = Cite()
    page.feed(html(basic, "articles/sheng-zheng-xie-quan-ti-hui-yi-kai-mu/index.html"))
    url = "https://archive.example.org/articles/sheng-zheng-xie-quan-ti-hui-yi-kai-mu/"
    assert page.meta == [("citation_title", "省政协全体会议开幕"), ("citation_author", "张潇予"),
                         ("citation_publication_date", "2022/03/25"), ("citation_journal_title", "云南日报"),
                         ("citation_firstpage", "1"), ("citation_language", "zh-Hans"), ("citation_public_url", url)]
    assert page.styles["GB/T 7714-2015"] == "张潇予. 省政协全体会议开幕[N]. 云南日报, 2022-03-25(1)."
    assert page.styles["APA"] == f"Zhang, X. (2022, March 25). 省政协全体会议开幕. 云南日报, 1. {url}"
    assert page.styles["Chicago"].startswith("Zhang Xiaoyu. “省政协全体会议开幕.” 云南日报, March 25, 2022.")
    assert "TY  - NEWS\r\nAU  - 张潇予\r\n" in page.downloads["ris"] and f"UR  - {url}" in page.downloads["ris"]
    assert page.downloads["bib"].startswith("@article{sheng-zheng-xie-quan-ti-hui-yi-kai-mu-2022,")
    english = Cite()
    english.feed(html(basic, "en/articles/sheng-zheng-xie-quan-ti-hui-yi-kai-mu/index.html"))
    assert english.styles["GB/T 7714-2015"] == page.styles["GB/T 7714-2015"]  # the Chinese original, as printed
    assert english.styles["APA"].startswith("Zhang, X. (2022, March 25). Provincial CPPCC plenary session opens. "
                                            "Yunnan Daily, 1. https://archive.example.org/en/articles/")


def test_the_404_page_a_host_serves_for_every_address_speaks_every_language(basic):
    page = html(basic, "404.html")
    assert "<h1>页面未找到</h1>" in page
    assert '<section lang="en-GB" class="not-found-other">\n  <h2>Page not found</h2>' in page
    assert '<a href="/en/">Home</a>' in page


def test_the_search_page_has_one_search_box_and_every_other_page_the_mastheads(basic):
    search = html(basic, "search/index.html")
    assert search.count('type="search"') == 1 and 'id="site-q"' not in search
    assert html(basic, "index.html").count('type="search"') == 1


def test_a_search_snippet_is_the_story_with_names_and_captions_after_it(basic):
    """A result's snippet shows the story, not the byline and captions run into it (they stay searchable, the names in pinyin too)."""
    import json

    fragments = [json.loads(data) for path, data in basic.items() if path.startswith("search/index/f/")]
    feature = next(f for f in fragments if f["t"] == "推动云南政协事业高质量发展")
    assert feature["x"].startswith("近年来，全省各级政协组织深入学习。")
    assert feature["x"].endswith(" 省政协高度重视、高位推动 张潇予 伏自文 Zhang Xiaoyu Fu Ziwen 省政协开展“协商在基层”信息系统培训")


def test_editions_index_groups_by_year_and_month_with_a_calendar(basic):
    page = html(basic, "editions/index.html")
    assert '<h2 id="y-2022">2022年</h2>' in page and ">2022年3月</h3>" in page
    assert '<a href="/editions/ri-bao/2022-03-25/" aria-label="云南日报 2022年3月25日">25</a>' in page
    assert page.count("<span>") >= 30  # the other days of March, without editions
    assert 'href="/editions/ri-bao/2022-03/"' in page  # the month-only edition, listed beside the calendar


def test_translation_with_its_own_byline_spelling_builds_without_a_dead_person_link(tmp_path):
    text = (HERE / "basic" / "site.txt").read_text(encoding="utf-8").replace(
        "title: Provincial CPPCC plenary session opens\nkind: brief\nsection: 要闻\ndate: \"2022-03-25\"\nlead: 本报讯\n"
        "bylines: [{name: 张潇予, role: 记者}]",
        "title: Provincial CPPCC plenary session opens\nkind: brief\nsection: 要闻\ndate: \"2022-03-25\"\nlead: 本报讯\n"
        "bylines: [{name: Zhang Xiaoyu, role: 记者}]")
    assert "name: Zhang Xiaoyu" in text
    files = build(make_project(tmp_path, text))
    assert broken_links(files, "/") == []
    assert "Zhang Xiaoyu" in html(files, "en/articles/sheng-zheng-xie-quan-ti-hui-yi-kai-mu/index.html")


def test_an_undated_article_is_published_but_left_out_of_feeds(tmp_path):
    text = (HERE / "basic" / "site.txt").read_text(encoding="utf-8") + (
        "-- content/undated.md --\n---\ntitle: 日期不详的稿件\n---\n正文。\n")
    files = build(make_project(tmp_path, text))
    assert "日期不详的稿件" in html(files, "articles/ri-qi-bu-xiang-de-gao-jian/index.html")
    assert "日期不详" not in html(files, "feed.xml")
    assert "2000-01-01" not in html(files, "feed.xml")


def test_homophone_tags_get_their_own_pages(tmp_path):
    text = (HERE / "basic" / "site.txt").read_text(encoding="utf-8").replace(
        "tags: [政协]\n---\n会议听取", "tags: [政协, 正写]\n---\n会议听取", 1)
    files = build(make_project(tmp_path, text))
    zheng_xie = [path for path in files if path.startswith("tags/zheng-xie") and path.endswith("index.html")]
    assert len(zheng_xie) == 2, zheng_xie  # tags/zheng-xie/ and tags/zheng-xie-<hash>/
    assert {"政协", "正写"} == {label for path in zheng_xie for label in ("政协", "正写")
                               if f"标签：{label}" in html(files, path)}
    assert broken_links(files, "/") == []


def test_two_pages_for_one_file_is_an_error_not_an_overwrite():
    from zhengxie_site.errors import SiteError
    from zhengxie_site.plan import Output, PathRegistry

    registry = PathRegistry()
    registry.add(Output("tags/x/index.html", "list.html"))
    with pytest.raises(SiteError, match="two pages would be written to tags/x/index.html"):
        registry.add(Output("tags/x/index.html", "terms.html"))


def test_a_person_with_many_articles_gets_paginated_pages(tmp_path):
    many = "".join(f"-- content/a{i}.md --\n---\ntitle: 第{i}篇报道\nslug: a-{i}\ndate: \"2022-03-{1 + i % 28:02d}\"\n"
                   f"bylines: [{{name: 张潇予, role: 记者}}, {{name: 伏自文, role: 通讯员, credit: 图}}]\n---\n正文{i}。\n"
                   for i in range(45))
    files = build(make_project(tmp_path, many))
    first, third = html(files, "people/zhang-xiao-yu/index.html"), html(files, "people/zhang-xiao-yu/page/3/index.html")
    assert "记者 45 篇" in first and first.count('class="card"') == 20
    assert third.count('class="card"') == 5 and 'rel="prev" href="/people/zhang-xiao-yu/page/2/"' in third
    assert "people/zhang-xiao-yu/page/4/index.html" not in files
    assert broken_links(files, "/") == []


def test_the_traditional_script_reading_is_the_chinese_site_converted(basic):
    """zh-hant (`from: zh` in site.yaml) has every Chinese page at /hant/, converted whole by OpenCC: text,
    names (not romanised), sections, interface strings; the same addresses, the versions linked both ways."""
    zh, hant = html(basic, "articles/tui-dong-yun-nan-zheng-xie-shi-ye-gao-zhi-liang-fa-zhan/index.html"), \
        html(basic, "hant/articles/tui-dong-yun-nan-zheng-xie-shi-ye-gao-zhi-liang-fa-zhan/index.html")
    assert '<html lang="zh-Hant">' in hant and "<h1>推動雲南政協事業高質量發展" in hant
    main = hant.split("<main")[1].split("</main>")[0]
    unmarked = re.sub(r'<(\w+)\b[^>]*\blang="zh-Hans"[^>]*>.*?</\1>', "", main, flags=re.S)
    assert "推动" not in unmarked and "推動" in unmarked  # nothing left in simplified…
    assert re.search(r'lang="zh-Hans"[^>]*>[^<]*推动云南政协事业高质量发展\[N\]', main)  # …but the original as cited
    assert 'hreflang="zh-Hant" href="https://archive.example.org/hant/articles/tui-dong' in zh
    assert 'hreflang="zh-Hans" href="https://archive.example.org/articles/tui-dong' in hant
    assert "translation-note" not in hant  # the original itself, in another script: no translation to mark
    assert '<a href="/hant/people/zhang-xiao-yu/">張瀟予</a>' in hant  # people pages keep their addresses
    assert "首頁" in html(basic, "hant/index.html") and "聚焦" in html(basic, "hant/sections/index.html")
    assert b'"traditional":true' in basic["hant/search/index/meta.json"]
