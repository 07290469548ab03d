"""One article per file, as e-paper crawls save them: line 1 the kicker (may be empty), line 2 the headline,
line 3 the subheadline (may be empty), then one paragraph per line.

The headline fields are read from their lines, never guessed. The paragraphs go through the page
importer's rules (leads, bylines, photo captions and credits, lists, subheadings, signatures), and the
character accounting covers the whole file: the heading lines are pieces of the article like any other.
"""
from __future__ import annotations

from dataclasses import replace

from .assemble import parse_page
from .model import ParsedArticle, ParsedPage, Piece
from .punctuation import normalise
from .vocabulary import DEFAULT, Vocabulary

HEADING_LINES = 3  # kicker, headline, subheadline


def crawl_text(text: str) -> tuple[list[str], list[str]]:
    """(the three heading lines, the paragraphs): lines stripped, empty paragraphs left out."""
    lines = [line.strip() for line in text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    heading = (lines[:HEADING_LINES] + [""] * HEADING_LINES)[:HEADING_LINES]
    return heading, [line for line in lines[HEADING_LINES:] if line]


def as_blocks(text: str) -> str:
    """The file as the page importer reads a page: every non-empty line a block of its own, so the
    character accounting (check_fidelity) can be run on it."""
    heading, paragraphs = crawl_text(text)
    return "\n\n".join([line for line in heading if line] + paragraphs) + "\n"


def parse_crawl_article(text: str, order: int, paper: str | None = None, date: str | None = None,
                        page: int | None = None, page_name: str | None = None,
                        words: Vocabulary = DEFAULT) -> ParsedPage:
    """A page holding the one article of a crawl file, numbered `order`, with its fidelity trace."""
    heading, paragraphs = crawl_text(text)
    kicker, title, subtitle = (normalise(line)[0] or None for line in heading)
    body = parse_page("\n\n".join(paragraphs), paper=paper, date=date, page=page, page_name=page_name, words=words)
    article = _one_article(body, order)
    article.kicker, article.subtitle = kicker, subtitle
    if title is not None:  # else the page rules took the start of the text, and said so
        article.title = title
        article.notes = [note for note in article.notes if not note.startswith("no headline")]
    heads = [value for value in (kicker, title, subtitle) if value]
    pieces = [Piece(n, value, "out", order) for n, value in enumerate(heads)]
    pieces += [replace(p, block=p.block + len(heads), article=order if p.article is not None else None)
               for p in body.pieces]
    return replace(body, articles=[article], pieces=pieces)


def _one_article(body: ParsedPage, order: int) -> ParsedArticle:
    """The file is one article: where the page rules saw a new article begin (a short line over a byline),
    its heading lines become subheadings of this one, and what follows stays in it."""
    first, *others = body.articles or [ParsedArticle(order=order)]
    for other in others:
        heads = [value for value in (other.kicker, other.title, other.subtitle) if value]
        first.body += [("h", value) for value in heads] + other.body
        first.subheadings += heads + other.subheadings
        first.paragraphs += other.paragraphs
        first.bylines += [b for b in other.bylines if b not in first.bylines]
        first.figures += other.figures
        first.notes += other.notes + [f"lines read as a headline inside the text kept as subheadings: "
                                      f"{' / '.join(heads)}"]
        first.noise += other.noise
        if first.lead is None:
            first.lead = other.lead
    first.order = order
    return first
