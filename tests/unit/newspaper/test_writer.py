"""run_import writes the content files, refuses to overwrite, and reports."""
from __future__ import annotations

import pytest
import yaml

from zhengxie_site.newspaper import PageImportError, run_import
from zhengxie_site.frontmatter import parse

from conftest import SEED

ARGS = dict(paper="云南日报", date="2022-03", page=None, page_name="政协")


def split_front_matter(raw: str) -> tuple[dict, str]:
    """Read a written file with the site's own strict reader: what the importer writes, the site loads."""
    doc = parse("x.md", raw)
    return doc.meta, doc.body.lstrip("\n")


def test_writes_page_yaml_and_one_markdown_file_per_article(tmp_path):
    report = run_import(SEED, tmp_path / "content", force=False, **ARGS)
    folder = tmp_path / "content" / "yun-nan-ri-bao" / "2022-03" / "zheng-xie"
    assert report.ok and report.out_dir == folder
    page = yaml.safe_load((folder / "page.yaml").read_text(encoding="utf-8"))
    assert page["colophon"] == {"text": "本版由 云南日报社 云南省政协办公厅 合办",
                                "partners": ["云南日报社", "云南省政协办公厅"]}
    assert page["sections"] == ["聚焦", "资讯", "图片新闻"] and page["source"] == SEED.name
    assert page["date"] == "2022-03"
    mds = sorted(folder.glob("*.md"))
    assert [m.name[:3] for m in mds] == [f"{i:02d}-" for i in range(1, 9)]
    assert mds[0].name == "01-tui-dong-yun-nan-zheng-xie-shi-ye-gao-zhi-liang-fa-zhan.md"
    assert all(len(m.stem) <= 63 for m in mds)


def test_markdown_round_trips_front_matter_and_body(tmp_path):
    run_import(SEED, tmp_path / "content", force=False, **ARGS)
    folder = tmp_path / "content" / "yun-nan-ri-bao" / "2022-03" / "zheng-xie"
    raw = next(folder.glob("01-*.md")).read_text(encoding="utf-8")
    assert 'date: "2022-03"' in raw  # dates always quoted
    fm, body = split_front_matter(raw)
    assert list(fm)[:6] == ["title", "slug", "kicker", "kind", "section", "date"]
    assert fm["slug"] == "tui-dong-yun-nan-zheng-xie-shi-ye-gao-zhi-liang-fa-zhan"  # fixed: as its file name
    assert fm["bylines"] == [{"name": "张潇予", "role": "记者", "credit": "文"},
                             {"name": "伏自文", "role": "通讯员", "credit": "图"}]
    assert fm["edition"] == {"paper": "云南日报", "date": "2022-03", "page_name": "政协"}
    assert len(fm["figures"]) == 2 and fm["tags"] == [] and fm["import_notes"]
    assert body.count("\n## ") + body.startswith("## ") == 2
    assert len([p for p in body.split("\n\n") if p.strip() and not p.startswith("## ")]) == 13

    fm2, body2 = split_front_matter(next(folder.glob("02-*.md")).read_text(encoding="utf-8"))
    assert fm2["lead"] == "本报讯" and fm2["bylines"] == [{"name": "张潇予", "role": "记者"}]
    assert not body2.startswith("本报讯") and "（记者" not in body2  # lead not repeated in the body
    assert "**履职创新事例入选名单**\n\n1. 昆明市政协：" in body2
    assert "\n21. 临沧市永德县政协：" in body2


def test_refuses_to_overwrite_without_force_and_writes_nothing(tmp_path):
    folder = tmp_path / "content" / "yun-nan-ri-bao" / "2022-03" / "zheng-xie"
    folder.mkdir(parents=True)
    (folder / "page.yaml").write_text("mine\n", encoding="utf-8")
    report = run_import(SEED, tmp_path / "content", force=False, **ARGS)
    assert not report.ok
    assert "page.yaml" in report.text() and "nothing written" in report.text()
    assert (folder / "page.yaml").read_text(encoding="utf-8") == "mine\n"
    assert list(folder.glob("*.md")) == []


def test_force_overwrites(tmp_path):
    run_import(SEED, tmp_path / "content", force=False, **ARGS)
    folder = tmp_path / "content" / "yun-nan-ri-bao" / "2022-03" / "zheng-xie"
    (folder / "page.yaml").write_text("stale\n", encoding="utf-8")
    again = run_import(SEED, tmp_path / "content", force=False, **ARGS)
    assert not again.ok
    forced = run_import(SEED, tmp_path / "content", force=True, **ARGS)
    assert forced.ok and "paper: 云南日报" in (folder / "page.yaml").read_text(encoding="utf-8")
    assert not list(folder.glob(".*tmp"))  # no temp files left


def test_without_date_goes_to_undated_and_says_so(tmp_path):
    report = run_import(SEED, tmp_path / "content", force=False, paper="云南日报", date=None, page=3, page_name=None)
    folder = tmp_path / "content" / "yun-nan-ri-bao" / "undated" / "p03"
    assert report.ok and report.out_dir == folder
    assert "no date given: articles have no date" in report.text()
    fm, _ = split_front_matter(next(folder.glob("01-*.md")).read_text(encoding="utf-8"))
    assert "date" not in fm and fm["edition"] == {"paper": "云南日报", "page": 3}
    assert yaml.safe_load((folder / "page.yaml").read_text(encoding="utf-8"))["page"] == 3


@pytest.mark.parametrize("bad", ["2022-13", "2022/03", "22-03", "2022-02-30", "March"])
def test_bad_date_is_rejected_with_a_clear_message(tmp_path, bad):
    with pytest.raises(PageImportError) as e:
        run_import(SEED, tmp_path / "content", force=False, paper="云南日报", date=bad, page=None, page_name=None)
    assert bad in str(e.value) and SEED.name in str(e.value)
    assert not any(tmp_path.iterdir())


def test_unreadable_and_non_utf8_files_are_rejected(tmp_path):
    with pytest.raises(PageImportError, match="missing.txt"):
        run_import(tmp_path / "missing.txt", tmp_path, force=False, **ARGS)
    gbk = tmp_path / "gbk.txt"
    gbk.write_bytes("政协".encode("gbk"))
    with pytest.raises(PageImportError, match="gbk.txt: not UTF-8"):
        run_import(gbk, tmp_path, force=False, **ARGS)


def test_report_lists_articles_guesses_noise_and_fidelity(tmp_path):
    text = run_import(SEED, tmp_path / "content", force=False, **ARGS).text()
    assert "08 photo, section 图片新闻: 组织开展 医疗帮扶活动 -> 08-" in text
    assert "article 3: headline/subheadline split at the space" in text
    assert "article 2: no section label of its own" in text
    assert 'article 2, list item 9: stray Latin word "and" inside Chinese text' in text
    assert "0 problem(s)" in text and '"本报"' in text


def test_a_fault_of_the_importer_on_a_page_pdf_is_said_as_one_with_nothing_written(tmp_path, monkeypatch):
    from zhengxie_site.newspaper import pdf

    def failing(*args, **kw):
        raise KeyError("fontname")

    monkeypatch.setattr(pdf, "parse_pdf_page", failing)
    (tmp_path / "20250612-07.pdf").write_bytes(b"%PDF-1.4")
    with pytest.raises(PageImportError, match=r"20250612-07.pdf: the importer failed on this page \(KeyError: 'fontname'\)"):
        run_import(tmp_path / "20250612-07.pdf", tmp_path / "content", paper=None, date=None, page=None,
                   page_name=None, force=False)
    assert not (tmp_path / "content").exists()


def test_the_raw_page_is_kept_under_sources_beside_the_content_folder(tmp_path):
    raw = tmp_path / "raw" / "zhengxie.txt"
    raw.parent.mkdir()
    raw.write_bytes(SEED.read_bytes())
    run_import(raw, tmp_path / "content", force=False, **ARGS)
    kept = tmp_path / "sources" / "yun-nan-ri-bao" / "2022-03" / "zhengxie.txt"
    assert kept.read_bytes() == SEED.read_bytes()
    folder = tmp_path / "content" / "yun-nan-ri-bao" / "2022-03" / "zheng-xie"
    assert yaml.safe_load((folder / "page.yaml").read_text(encoding="utf-8"))["source"] == "zhengxie.txt"
    assert run_import(raw, tmp_path / "content", force=True, **ARGS).ok  # the same raw page again: no clash

    kept.write_text("an editor's copy", encoding="utf-8")  # another page kept under that name: not overwritten
    (folder / "page.yaml").unlink()
    clash = run_import(raw, tmp_path / "content", force=False, **ARGS)
    assert not clash.ok and str(kept) in clash.text() and "nothing written" in clash.text()
    assert kept.read_text(encoding="utf-8") == "an editor's copy" and not (folder / "page.yaml").exists()


def test_a_raw_page_read_from_the_sources_folder_stays_where_it_is(tmp_path):
    raw = tmp_path / "sources" / "zhengxie.txt"
    raw.parent.mkdir()
    raw.write_bytes(SEED.read_bytes())
    assert run_import(raw, tmp_path / "content", force=False, **ARGS).ok
    assert [p.relative_to(tmp_path).as_posix() for p in (tmp_path / "sources").rglob("*") if p.is_file()] \
        == ["sources/zhengxie.txt"]
