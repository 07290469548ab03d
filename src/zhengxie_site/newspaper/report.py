"""The human import report printed by the CLI."""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .fidelity import FidelityResult, named_in_report
from .model import ParsedPage


@dataclass
class ImportReport:
    ok: bool
    out_dir: Path | None = None
    source: str | None = None
    articles: list[str] = field(default_factory=list)  # one line per article
    guesses: list[str] = field(default_factory=list)
    noise: list[str] = field(default_factory=list)
    named: list[str] = field(default_factory=list)  # characters not stored, re-rendered
    notes: list[str] = field(default_factory=list)
    disagreements: list[str] = field(default_factory=list)  # the running head against the date or page given
    errors: list[str] = field(default_factory=list)
    written: list[Path] = field(default_factory=list)
    fidelity: FidelityResult | None = None

    def text(self) -> str:
        out = [f"import of {self.source or 'page'}: {'ok' if self.ok else 'FAILED'}"]
        if self.out_dir is not None:
            out.append(f"output folder: {self.out_dir}")
        for title, lines in (("errors", self.errors),
                             ("the running head disagrees (check the file's name, --date or --page)",
                              self.disagreements),
                             ("articles", self.articles), ("notes", self.notes),
                             ("guesses", self.guesses), ("extraction noise (not changed: correct by hand)",
                                                         self.noise),
                             ("characters re-rendered, not stored", self.named)):
            if lines:
                out.append(f"{title}:")
                out += [f"  {x}" for x in lines]
        if self.written:
            out.append(f"written: {len(self.written)} file(s)")
        if self.fidelity is not None:
            out.append(self.fidelity.text())
        return "\n".join(out) + "\n"


def build_report(page: ParsedPage, files: dict[int, str], fidelity: FidelityResult | None,
                 out_dir: Path | None, source: str | None) -> ImportReport:
    r = ImportReport(ok=True, out_dir=out_dir, source=source, fidelity=fidelity, disagreements=list(page.disagreements))
    if page.date is None:
        r.notes.append("no date given: articles have no date")
    if page.normalised_marks:
        r.notes.append(f"{page.normalised_marks} ASCII punctuation mark(s) inside Chinese text made full-width")
    if page.column_breaks:
        r.notes.append(f"{page.column_breaks} column break(s) rejoined")
    if page.colophon_text:
        r.notes.append(f"colophon read as page data: {page.colophon_text}")
    r.guesses += [f"page: {n}" for n in page.page_notes]
    for a in page.articles:
        section = f"section {a.section}" if a.section else "no section"
        r.articles.append(f"{a.order:02d} {a.kind}, {section}: {a.title or '(no headline)'} -> "
                          f"{files.get(a.order, '')}")
        r.guesses += [f"article {a.order}: {n}" for n in a.notes]
        r.notes += [f"article {a.order}: column break rejoined {c}" for c in a.column_breaks]
        r.noise += [f"article {a.order}, {n}" for n in a.noise]
    for art, texts in named_in_report(page).items():
        where = "page" if art is None else f"article {art}"
        r.named.append(f"{where}: " + " ".join(f'"{t}"' for t in texts))
    return r
