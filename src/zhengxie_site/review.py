"""What editors still have to review before an import is published: the `import_notes` the importer left
in an article (its guesses), until an editor has checked them and deleted the key."""
from __future__ import annotations

from .errors import SourceError
from .site import Site

NOTES_KEY = "import_notes"


def slugs_to_fix(site: Site) -> list[SourceError]:
    """Articles whose address still comes from their title: correcting the headline would move them."""
    default = site.config.default_language.code
    return [SourceError(a.source, *a.where("title"), "slug", f"not written: the address {a.slug} follows the title; "
                        "`zhengxie-site fix-slugs` writes it into the front matter")
            for a in sorted(site.articles.get(default, []), key=lambda a: a.source) if not a.slug_given]


def unreviewed_imports(site: Site) -> list[SourceError]:
    """One entry per article that still has import notes, at the key, naming each note."""
    found = []
    for articles in site.articles.values():
        for article in articles:
            notes = article.extra.get(NOTES_KEY)
            if notes:
                notes = notes if isinstance(notes, list) else [notes]
                line, col = article.where(NOTES_KEY)
                shown = "; ".join(str(note) for note in notes)
                found.append(SourceError(article.source, line, col, NOTES_KEY,
                                         f"{len(notes)} import note(s) to review, then delete the key: {shown}"))
    return sorted(found)
