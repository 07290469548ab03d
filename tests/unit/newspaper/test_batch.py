"""Importing a folder of pages: names give dates and pages, crawl files are articles, re-runs skip."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from zhengxie_site.newspaper import PageImportError, import_folder
from zhengxie_site.newspaper.crawl import as_blocks, parse_crawl_article
from zhengxie_site.newspaper.fidelity import check_fidelity

PAGES = Path(__file__).resolve().parents[2] / "fixtures" / "pages"

CRAWL = """协商在基层
政协委员走进社区听民声
——五华区开展“协商在基层”活动
本报记者 张潇予
本报讯（记者 张潇予）近日，五华区政协组织委员走进社区，与居民面对面协商停车难问题。

委员们实地查看了老旧小区的停车状况，听取了居民意见。
图为委员在社区调研。 通讯员 刘洋 摄
"""

NO_KICKER = """
国企改革三年行动收官
无副题但有很多逗号，像是一个副题，也像标题
新华社北京3月2日电 记者从国务院国资委获悉，国企改革三年行动主要目标任务已基本完成。
"""


def front_matter(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8").split("---\n")[1])


def test_a_crawl_file_takes_its_headline_fields_from_its_lines_never_from_guessing():
    page = parse_crawl_article(CRAWL, 3, paper="云南日报", date="2022-03-25", page=5)
    (article,) = page.articles
    assert (article.order, article.kicker, article.title, article.subtitle) == (
        3, "协商在基层", "政协委员走进社区听民声", "——五华区开展“协商在基层”活动")
    assert article.bylines == [{"name": "张潇予", "role": "记者"},
                               {"name": "刘洋", "role": "通讯员", "credit": "摄"}]
    assert article.lead == "本报讯"
    assert article.figures == [{"caption": "图为委员在社区调研。", "credit": "通讯员 刘洋 摄"}]
    assert article.paragraphs == ["近日，五华区政协组织委员走进社区，与居民面对面协商停车难问题。",
                                  "委员们实地查看了老旧小区的停车状况，听取了居民意见。"]
    assert not [note for note in article.notes if "headline" in note]
    fidelity = check_fidelity(as_blocks(CRAWL), page)
    assert fidelity.ok and fidelity.total == fidelity.in_output + fidelity.in_report > 100


def test_empty_heading_lines_stay_empty_and_a_comma_line_is_still_the_subheadline():
    (article,) = parse_crawl_article(NO_KICKER, 1).articles
    assert (article.kicker, article.title, article.subtitle) == (
        None, "国企改革三年行动收官", "无副题但有很多逗号，像是一个副题，也像标题")
    assert article.lead == "新华社北京3月2日电"


def month(folder: Path) -> Path:
    folder.mkdir(parents=True)
    (folder / "20220301-01.txt").write_bytes((PAGES / "001_national_datelines.txt").read_bytes())
    (folder / "20220302-04.txt").write_bytes((PAGES / "003_commentary_photos.txt").read_bytes())
    (folder / "20220303-05-02.txt").write_text(NO_KICKER, encoding="utf-8")
    (folder / "20220303-05-01.txt").write_text(CRAWL, encoding="utf-8")
    (folder / "readme.md").write_text("not a page", encoding="utf-8")
    return folder


def test_a_month_of_pages_and_crawl_files_is_imported_into_edition_folders(tmp_path):
    raw, content = month(tmp_path / "raw"), tmp_path / "content"
    report = import_folder(raw, content, paper="人民日报", page_name=None, force=False)
    assert report.ok and report.ignored == ["readme.md"] and not report.skipped
    pages = sorted(p.parent.relative_to(content).as_posix() for p in content.rglob("page.yaml"))
    assert pages == ["ren-min-ri-bao/2022-03-01/p01", "ren-min-ri-bao/2022-03-02/p04", "ren-min-ri-bao/2022-03-03/p05"]
    crawled = sorted((content / "ren-min-ri-bao/2022-03-03/p05").glob("*.md"))
    assert [front_matter(p)["title"] for p in crawled] == ["政协委员走进社区听民声", "国企改革三年行动收官"]
    assert front_matter(crawled[0])["edition"] == {"paper": "人民日报", "date": "2022-03-03", "page": 5}
    assert yaml.safe_load((content / "ren-min-ri-bao/2022-03-01/p01/page.yaml").read_text(encoding="utf-8"))["date"] \
        == "2022-03-01"
    kept = tmp_path / "sources" / "ren-min-ri-bao" / "2022-03-03" / "20220303-05-01.txt"
    assert kept.read_text(encoding="utf-8") == CRAWL
    text = report.text()
    assert "imported 3 page(s) with " in text and "0 problem(s)" in text and "readme.md" in text
    assert all(r.fidelity is not None and r.fidelity.ok for r in report.pages)


def test_a_second_run_skips_what_was_imported_and_keeps_the_editors_changes(tmp_path):
    raw, content = month(tmp_path / "raw"), tmp_path / "content"
    import_folder(raw, content, paper="人民日报", page_name=None, force=False)
    edited = next((content / "ren-min-ri-bao/2022-03-01/p01").glob("01-*.md"))
    edited.write_text("edited by hand", encoding="utf-8")
    (raw / "20220304-02.txt").write_bytes((PAGES / "007_briefs_signed_at_the_end.txt").read_bytes())
    report = import_folder(raw, content, paper="人民日报", page_name=None, force=False)
    assert len(report.skipped) == 3 and len(report.pages) == 1 and report.ok
    assert edited.read_text(encoding="utf-8") == "edited by hand"
    assert (content / "ren-min-ri-bao/2022-03-04/p02/page.yaml").is_file()


def test_names_that_give_no_real_date_and_pages_given_twice_are_problems(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "20220230-01.txt").write_text(CRAWL, encoding="utf-8")
    (raw / "20220301-02.txt").write_text(CRAWL, encoding="utf-8")
    (raw / "20220301-02-01.txt").write_text(CRAWL, encoding="utf-8")
    report = import_folder(raw, tmp_path / "content", paper=None, page_name=None, force=False)
    assert not report.ok
    assert report.errors[0].startswith("20220230-01.txt: impossible date '2022-02-30'")
    assert report.errors[1] == "20220301-02.txt: the same page as the crawl files of 2022-03-01 page 2"


def test_a_manifest_names_the_pages_of_files_named_otherwise(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    (raw / "zhengxie.txt").write_bytes((PAGES / "001_national_datelines.txt").read_bytes())
    (raw / "manifest.yaml").write_text("zhengxie.txt: {date: 2022-03-25, page: 5, name: 政协}\n", encoding="utf-8")
    report = import_folder(raw, tmp_path / "content", paper="云南日报", page_name=None, force=False)
    assert report.ok and not report.ignored
    data = yaml.safe_load(next((tmp_path / "content").rglob("page.yaml")).read_text(encoding="utf-8"))
    assert (data["date"], data["page"], data["name"]) == ("2022-03-25", 5, "政协")
    (raw / "manifest.yaml").write_text("zhengxie.txt: {date: 2022-03-25}\n", encoding="utf-8")
    with pytest.raises(PageImportError, match="manifest.yaml: each entry is"):
        import_folder(raw, tmp_path / "content", paper="云南日报", page_name=None, force=False)


def test_a_generated_month_of_pages_imports_in_one_run_and_a_second_run_skips_it(tmp_path):
    raw, content = tmp_path / "raw", tmp_path / "content"
    raw.mkdir()
    fixtures = sorted(PAGES.glob("*.txt"))
    for day in range(1, 32):  # March: 31 days, two pages a day in the dump form, one day as crawl files
        for page in (1, 4):
            source = fixtures[(day * 2 + page) % len(fixtures)]
            (raw / f"202203{day:02d}-{page:02d}.txt").write_bytes(source.read_bytes())
    (raw / "20220331-04.txt").unlink()
    (raw / "20220331-04-01.txt").write_text(CRAWL, encoding="utf-8")
    (raw / "20220331-04-02.txt").write_text(NO_KICKER, encoding="utf-8")
    report = import_folder(raw, content, paper="云南日报", page_name="政协", force=False)
    assert report.ok and len(report.pages) == 62 and not report.errors
    assert len(list(content.rglob("page.yaml"))) == 62
    assert sorted(p.name for p in (content / "yun-nan-ri-bao").iterdir())[::30] == ["2022-03-01", "2022-03-31"]
    assert all(r.fidelity.ok for r in report.pages)
    again = import_folder(raw, content, paper="云南日报", page_name="政协", force=False)
    assert again.ok and not again.pages and len(again.skipped) == 62


def test_an_output_folder_that_is_a_file_is_a_problem_named_with_its_path_not_a_traceback(tmp_path):
    raw = month(tmp_path / "raw")
    blocked = tmp_path / "content"
    blocked.write_text("a file where the content folder should be", encoding="utf-8")
    report = import_folder(raw, blocked, paper="人民日报", page_name=None, force=False)
    assert not report.ok and not report.pages and len(report.errors) == 3
    assert report.errors[0] == f"{blocked}/ren-min-ri-bao/2022-03-01/p01: cannot write (Not a directory)"


def test_page_pdfs_in_a_folder_are_imported_with_their_pages_and_kept_beside_them(tmp_path):
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    import pdfpages

    raw = tmp_path / "raw"
    raw.mkdir()
    pdfpages.make_page_pdf(raw / "20240315-01.pdf", "four-columns")
    (raw / "20240315-02.txt").write_text(CRAWL.split("\n\n", 1)[1], encoding="utf-8")
    content = tmp_path / "content"
    report = import_folder(raw, content, paper="云南日报", page_name=None, force=False)
    assert report.ok, report.text()
    first = content / "yun-nan-ri-bao" / "2024-03-15" / "p01"
    assert (first / "page.pdf").read_bytes() == (raw / "20240315-01.pdf").read_bytes()
    assert len(list(first.glob("*.md"))) == 6 and (content / "yun-nan-ri-bao" / "2024-03-15" / "p02" / "page.yaml").exists()
    kept = tmp_path / "sources" / "yun-nan-ri-bao" / "2024-03-15"
    assert sorted(p.name for p in kept.iterdir()) == ["20240315-02.txt"]  # the PDF is not kept twice


def test_a_fault_of_the_importer_on_one_page_is_named_and_the_months_other_pages_are_imported(tmp_path, monkeypatch):
    from zhengxie_site.newspaper import writer
    real = writer.parse_page

    def failing_on_commentary(text, **kw):
        if "评论" in text[:400]:
            raise IndexError("string index out of range")
        return real(text, **kw)

    monkeypatch.setattr(writer, "parse_page", failing_on_commentary)
    raw, content = month(tmp_path / "raw"), tmp_path / "content"
    report = import_folder(raw, content, paper="人民日报", page_name=None, force=False)
    assert not report.ok and len(report.errors) == 1
    assert "20220302-04.txt: the importer failed on this page (IndexError: string index out of range); nothing " \
           "was written for it" in report.errors[0]
    pages = sorted(p.parent.relative_to(content).as_posix() for p in content.rglob("page.yaml"))
    assert pages == ["ren-min-ri-bao/2022-03-01/p01", "ren-min-ri-bao/2022-03-03/p05"]


def test_a_page_whose_running_head_prints_another_day_than_its_name_is_imported_by_its_name_and_listed(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    page = (PAGES / "162_honghe_daily_cppcc_page.txt").read_bytes()  # 2025年12月25日　星期四, page 5
    (raw / "20251225-05.txt").write_bytes(page)
    (raw / "20251226-05.txt").write_bytes(page)  # misnamed: a day late
    report = import_folder(raw, tmp_path / "content", paper="红河日报", page_name=None, force=False)
    assert report.ok and [r.disagreements for r in report.pages] == [[], [
        "the running head prints 2025-12-25, not the date given (2025-12-26): the file's name or --date may be wrong"]]
    assert (tmp_path / "content/hong-he-ri-bao/2025-12-26/p05/page.yaml").is_file()  # the name decides; the editor checks
    summary = report.text().split("imported 2 page(s)")[1]
    assert "the running head disagrees with the file's name (misnamed?):\n  20251226-05.txt: the running head " \
           "prints 2025-12-25" in summary
