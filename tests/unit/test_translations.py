"""Translation status: missing, stale, current, unrecorded, from the source hash of the original."""
from __future__ import annotations

from dataclasses import replace

from zhengxie_site.model import Article, Figure
from zhengxie_site.translations import source_hash, status_of, translation_report

ORIGINAL = Article(source="content/a.md", title="标题", body="正文\n", lang="zh", slug="biao-ti",
                   tags=("协商",), figures=(Figure("图注"),))


def _translation(of: str | None) -> Article:
    return Article(source="content/a.en.md", title="Title", body="Body", lang="en", slug="biao-ti",
                   translation={"of": of} if of else None, translation_key="biao-ti")


def test_hash_changes_with_what_is_translated():
    h = source_hash(ORIGINAL)
    assert len(h) == 12 and h == source_hash(replace(ORIGINAL))
    for change in (dict(body="正文改了\n"), dict(title="新标题"), dict(kicker="引题"), dict(subtitle="副题"),
                   dict(lead="本报讯"), dict(figures=(Figure("新图注"),))):
        assert source_hash(replace(ORIGINAL, **change)) != h, change


def test_hash_ignores_what_is_not_translated():
    h = source_hash(ORIGINAL)
    for change in (dict(tags=("别的",)), dict(section="聚焦"), dict(order=3), dict(body="\n正文\n\n"),
                   dict(source="content/b.md"), dict(draft=True)):
        assert source_hash(replace(ORIGINAL, **change)) == h, change


def test_status():
    current = _translation(source_hash(ORIGINAL))
    assert status_of(ORIGINAL, "en", None).state == "missing"
    assert status_of(ORIGINAL, "en", current).state == "current"
    assert status_of(ORIGINAL, "en", _translation("0" * 12)).state == "stale"
    assert status_of(ORIGINAL, "en", _translation(None)).state == "unrecorded"
    assert status_of(replace(ORIGINAL, body="改了"), "en", current).state == "stale"
    assert str(status_of(ORIGINAL, "en", None)) == f"content/a.md: missing en translation (source hash {source_hash(ORIGINAL)})"
    assert str(status_of(ORIGINAL, "en", _translation("0" * 12))) == (
        f"content/a.en.md: stale: translates {'0' * 12}, original content/a.md is now {source_hash(ORIGINAL)}")


def test_report_covers_every_other_language():
    other = replace(ORIGINAL, source="content/0.md", slug="ling", title="零")
    report = translation_report([ORIGINAL, other], {"biao-ti": {"en": _translation(source_hash(ORIGINAL))}}, ("zh", "en", "fr"))
    assert [(s.original.source, s.lang, s.state) for s in report] == [
        ("content/0.md", "en", "missing"), ("content/0.md", "fr", "missing"),
        ("content/a.md", "en", "current"), ("content/a.md", "fr", "missing")]
