"""How to cite an article: GB/T 7714-2015, Chicago and APA lines, RIS and BibTeX records, and the citation
meta tags reference managers (Zotero, Mendeley, EndNote) read from the page.

One item type only, a newspaper article, in three fixed styles: each is a few lines here, checked in the tests
against the styles' published examples; a CSL processor would bring style and locale files for item types an
archive never has. GB/T 7714 cites the Chinese original as printed ([N], the paper, the date, the page in
brackets); Chicago and APA cite the page being read, names romanised, in the forms those styles give for
newspapers."""
from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import quote

from .dates import PubDate

_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")
_BIBTEX_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


@dataclass(frozen=True)
class Author:
    name: str  # as printed (张潇予)
    romanised: str  # family name first (Zhang Xiaoyu)


@dataclass(frozen=True)
class Work:
    """What a citation says of an article, in one language."""

    people: tuple[Author, ...]
    title: str
    paper: str  # as printed (云南日报)
    paper_in_language: str  # as readers of the page's language call it (Yunnan Daily)
    date: PubDate | None
    page: int | None
    url: str
    lang: str  # BCP 47
    original_title: str | None = None  # on a translation: the title as printed


def gbt7714(work: Work) -> str:
    """GB/T 7714-2015 newspaper article: 张潇予, 伏自文. 题名[N]. 云南日报, 2022-03(5). — up to three authors,
    then 等; the date as printed, the page number in brackets."""
    names = [p.name for p in work.people]
    authors = ", ".join(names[:3]) + (", 等" if len(names) > 3 else "")
    where = work.paper + (f", {work.date.iso()}" if work.date else "") + (f"({work.page})" if work.page else "")
    return (f"{authors}. " if authors else "") + f"{work.original_title or work.title}[N]. {where}."


def chicago(work: Work) -> str:
    """Chicago notes-bibliography, newspaper article: Zhang Xiaoyu and Fu Ziwen. "Title." Yunnan Daily,
    March 2022. URL. Chinese names keep their order, family name first, without a comma."""
    names = [p.romanised for p in work.people]
    authors = " and ".join(names) if len(names) <= 2 else ", ".join(names[:-1]) + ", and " + names[-1]
    date = f", {_english_date(work.date)}" if work.date else ""
    return (f"{authors}. " if authors else "") + f"\u201c{work.title}.\u201d {work.paper_in_language}{date}. {work.url}."


def apa(work: Work) -> str:
    """APA 7 newspaper article: Zhang, X., & Fu, Z. (2022, March). Title. Yunnan Daily, 5. URL."""
    names = [_apa_name(p.romanised) for p in work.people]
    authors = names[0] if len(names) == 1 else ", ".join(names[:-1]) + ", & " + names[-1] if names else ""
    authors += "" if authors.endswith(".") or not authors else "."
    when = "n.d." if work.date is None else ", ".join(
        [str(work.date.year)] + ([_english_date(work.date, year=False)] if work.date.month else []))
    page = f", {work.page}" if work.page else ""
    return (f"{authors} " if authors else "") + f"({when}). {work.title}. {work.paper_in_language}{page}. {work.url}"


def ris(work: Work) -> str:
    """A RIS record (TY NEWS) for EndNote, Zotero, Mendeley."""
    lines = ["TY  - NEWS", *(f"AU  - {p.name}" for p in work.people), f"TI  - {work.title}", f"T2  - {work.paper}"]
    if work.date:
        lines += [f"PY  - {work.date.year}", "DA  - " + "/".join(_date_parts(work.date))]
    if work.page:
        lines.append(f"SP  - {work.page}")
    lines += [f"LA  - {work.lang}", f"UR  - {work.url}", "ER  - "]
    return "\r\n".join(lines) + "\r\n"  # RIS lines end in CR LF


def bibtex(work: Work, key: str) -> str:
    """A BibTeX @article (the type every reader of BibTeX takes; journal is the paper)."""
    fields = [("author", " and ".join(_braced(p.name) for p in work.people)), ("title", work.title),
              ("journal", work.paper)]
    if work.date:
        fields.append(("year", str(work.date.year)))
        if work.date.month:
            fields.append(("month", _BIBTEX_MONTHS[work.date.month - 1]))
    if work.page:
        fields.append(("pages", str(work.page)))
    fields += [("url", work.url), ("language", work.lang)]
    body = ",\n".join(f"  {name} = {value if name == 'month' else '{' + _escape(value) + '}'}"
                      for name, value in fields if value)
    return f"@article{{{key},\n{body}\n}}\n"


def meta_tags(work: Work) -> list[tuple[str, str]]:
    """Highwire Press tags, which Zotero, Mendeley and Google Scholar read: (name, content) in order."""
    tags = [("citation_title", work.title), *(("citation_author", p.name) for p in work.people)]
    if work.date:
        tags.append(("citation_publication_date", "/".join(_date_parts(work.date))))
    tags.append(("citation_journal_title", work.paper))
    if work.page:
        tags.append(("citation_firstpage", str(work.page)))
    tags += [("citation_language", work.lang), ("citation_public_url", work.url)]
    return tags


def data_url(text: str, media_type: str) -> str:
    """A download that needs no file of its own: `data:` with the text percent-encoded as UTF-8."""
    return f"data:{media_type};charset=utf-8,{quote(text, safe='')}"


def _english_date(date: PubDate, year: bool = True) -> str:
    """March 25, 2022 / March 2022 (/ March 25 without the year, for APA)."""
    if not date.month:
        return str(date.year) if year else ""
    month = _MONTHS[date.month - 1]
    day = f" {date.day}" if date.day else ""
    if not year:
        return month + day
    return f"{month}{day}, {date.year}" if date.day else f"{month} {date.year}"


def _date_parts(date: PubDate) -> list[str]:
    return [f"{date.year:04d}"] + [f"{v:02d}" for v in (date.month, date.day) if v]


def _apa_name(romanised: str) -> str:
    """Zhang Xiaoyu -> Zhang, X.; a name without a given part stays whole."""
    family, _, given = romanised.partition(" ")
    return f"{family}, {given[0].upper()}." if given else family


def _braced(name: str) -> str:
    return "{" + name + "}"  # a name BibTeX must not split into first and last


def _escape(value: str) -> str:
    return "".join("\\" + c if c in "&%$#_" else c for c in value)
