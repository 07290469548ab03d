"""Data types of the newspaper importer (no logic beyond small helpers)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, cast


class PageImportError(Exception):
    """Bad arguments or unreadable input; the CLI prints it and exits 2."""


@dataclass
class Piece:
    """Where a slice of one input block went: 'out' (in the output) or 'report' (named there)."""

    block: int
    text: str
    where: str  # "out" | "report"
    article: int | None = None  # order of the article it belongs to, None = page data


@dataclass
class ParsedArticle:
    order: int
    section: str | None = None
    kind: str = "brief"
    kicker: str | None = None
    title: str | None = None
    subtitle: str | None = None
    bylines: list[dict] = field(default_factory=list)
    lead: str | None = None
    reported_from: str | None = None  # 北京 in 本报记者王晶晶北京报道: a dateline of the reporter, not of the paper
    signed_in_text: bool = False  # 常德日报记者 龚宇辉 12月3日，…: the people run into the text, the paper's dateline
    figures: list[dict] = field(default_factory=list)
    subheadings: list[str] = field(default_factory=list)
    paragraphs: list[str] = field(default_factory=list)
    body: list[tuple[str, object]] = field(default_factory=list)  # ("p"|"h"|"h3"|"list"|"box", value) in print order
    notes: list[str] = field(default_factory=list)  # guesses and readings, shown as import_notes
    noise: list[str] = field(default_factory=list)  # extraction noise flags (report only)
    column_breaks: list[str] = field(default_factory=list)
    base_kind: str = "brief"  # kind before the section label is applied
    photo_credit: str | None = None  # a photo credit line as printed, when it carries more than bylines hold
    regions: list[list[float]] = field(default_factory=list)  # [x, y, w, h] fractions of the page (from a PDF)
    # last: the field name shadows the builtin inside the class body
    list: dict | None = None  # {"title": str|None, "items": [str], "numbers": [str]}

    @property
    def body_markdown(self) -> str:
        out: list[str] = []
        for kind, value in self.body:
            if kind == "p":
                out.append(str(value))
            elif kind == "h":
                out.append(f"## {value}")
            elif kind == "h3":  # a second-level subheading: （一） under 一、
                out.append(f"### {value}")
            elif kind == "box":  # a boxed text under its label (核心阅读): a quotation block
                box = cast("dict[str, Any]", value)  # a box is a dict (label, text, signature)
                lead = f"> **{box['label']}**\n>\n" if box.get("label") else ""  # a stand-first has no label
                paras = box["text"].split("\n\n") + ([box["signature"]] if box.get("signature") else [])
                out.append(lead + "\n>\n".join(f"> {p}" for p in paras))
            elif kind == "list":
                lst = cast("dict[str, Any]", value)  # a list is a dict (title, items, numbers, descriptions)
                if lst.get("title"):
                    out.append(f"**{lst['title']}**")
                if lst.get("descriptions"):  # a loose list: each item's description indented under it
                    described = lst["descriptions"] + [""] * (len(lst["items"]) - len(lst["descriptions"]))
                    out.append("\n\n".join(f"{n}. {t}" + (f"\n\n    {d}" if d else "")
                                           for n, t, d in zip(lst["numbers"], lst["items"], described)))
                else:
                    out.append("\n".join(f"{n}. {t}" for n, t in zip(lst["numbers"], lst["items"])))
        return "\n\n".join(out) + ("\n" if out else "")


@dataclass
class ParsedPage:
    paper: str | None
    date: str | None
    page: int | None
    page_name: str | None
    colophon_text: str | None = None
    colophon_partners: list[str] = field(default_factory=list)
    staff: list[str] = field(default_factory=list)  # 责任编辑：… lines, as printed
    sections: list[str] = field(default_factory=list)
    articles: list[ParsedArticle] = field(default_factory=list)
    pieces: list[Piece] = field(default_factory=list)  # the fidelity trace
    page_notes: list[str] = field(default_factory=list)
    printed_date: str | None = None  # the day the running head prints (YYYY-MM-DD), when it prints one
    printed_page: int | None = None  # and the page's number (5, 第3版; not A5: a section's page)
    disagreements: list[str] = field(default_factory=list)  # the running head against the date or page given
    normalised_marks: int = 0
    column_breaks: int = 0
