"""Which articles lack a translation, and which translations no longer match their original."""
from __future__ import annotations

import hashlib
from dataclasses import dataclass

from .model import Article


def source_hash(article: Article) -> str:
    """Fingerprint of what a translator translates; record it as `translation: {of: …}`. Taken when the
    article is read (its Markdown is not kept after rendering)."""
    if article.source_hash:
        return article.source_hash
    parts = [article.kicker or "", article.title, article.subtitle or "", article.lead or "",
             *(f.caption for f in article.figures), article.body.strip()]
    return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:12]


@dataclass(frozen=True)
class TranslationStatus:
    original: Article
    lang: str
    state: str  # "missing" | "stale" | "current" | "unrecorded"
    translation: Article | None = None

    def __str__(self) -> str:
        where = self.translation.source if self.translation else self.original.source
        if self.state == "missing":
            return f"{where}: missing {self.lang} translation (source hash {source_hash(self.original)})"
        if self.state == "stale":
            assert self.translation and self.translation.translation  # a stale one records what it translates
            return (f"{where}: stale: translates {self.translation.translation['of']}, "
                    f"original {self.original.source} is now {source_hash(self.original)}")
        if self.state == "unrecorded":
            return f"{where}: no translation.of recorded; set it to {source_hash(self.original)}"
        return f"{where}: current"


def status_of(original: Article, lang: str, translation: Article | None) -> TranslationStatus:
    if translation is None:
        return TranslationStatus(original, lang, "missing")
    recorded = (translation.translation or {}).get("of")
    if not recorded:
        return TranslationStatus(original, lang, "unrecorded", translation)
    state = "current" if recorded == source_hash(original) else "stale"
    return TranslationStatus(original, lang, state, translation)


def translation_report(originals: list[Article], translations: dict[str, dict[str, Article]],
                       languages: tuple[str, ...]) -> list[TranslationStatus]:
    """Status of every original in every other language, in source order."""
    return [status_of(original, lang, translations.get(original.key, {}).get(lang))
            for original in sorted(originals, key=lambda a: a.source)
            for lang in languages if lang != original.lang]
