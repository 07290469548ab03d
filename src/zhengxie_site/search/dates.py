"""The index's date table: which doc ids hold which dates, so a search can be narrowed to a date range.

Doc ids run newest first (``document.doc_order``), so the articles of any range of dates hold one run of
ids. The table says where each date's run starts and ends, in files a query fetches only when it is
narrowed by date::

    d/years.json     [[year, first id, last id], …] newest first
    d/<year>.json    [[date, first id, last id], …] the year's dates as printed (2022-03-25, 2022-03, 2022)

A date range is inclusive and as precise as the reader gives it: from 2022-03 takes every date of March
2022 on. An article is within it where its date may be: one dated only 2022-03 (its day not printed) is
within 2022-03-10 … 2022-03-20. So the dates within a range are not always one run of ids (2022-03-25 and
2022-03 are, 2022-03-05 between them is not): a query narrows to the runs of its dates.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence

from .document import json_bytes

DATE = re.compile(r"^\d{4}(?:-\d{2}(?:-\d{2})?)?$")  # what a range's bounds may be: 2022, 2022-03, 2022-03-25


def date_files(dates: Sequence[str]) -> dict[str, bytes]:
    """The table's files for the dates of the docs in doc id order ("" for an undated doc)."""
    runs: list[list] = []  # [date, first id, last id]
    for doc_id, date in enumerate(dates):
        if not date:
            continue
        if runs and runs[-1][0] == date and runs[-1][2] == doc_id - 1:
            runs[-1][2] = doc_id
        else:
            runs.append([date, doc_id, doc_id])
    by_year: dict[str, list[list]] = {}
    for run in runs:
        by_year.setdefault(run[0][:4], []).append(run)
    years = [[year, days[0][1], days[-1][2]] for year, days in by_year.items()]
    return {"d/years.json": json_bytes(years), **{f"d/{year}.json": json_bytes(days) for year, days in by_year.items()}}


def in_range(date: str, start: str, end: str) -> bool:
    """Whether a doc's date may fall within start … end (either may be "": no bound). Each is compared at the
    precision both have: an article of March 2022 whose day is not printed is within 2022-03-10 … 2022-04-30,
    as it may be; one of 2022-03-05 is not."""
    def cut(bound: str) -> tuple[str, str]:
        n = min(len(date), len(bound))
        return date[:n], bound[:n]
    return bool(date) and (not start or cut(start)[0] >= cut(start)[1]) and (not end or cut(end)[0] <= cut(end)[1])


def id_runs(fetch: Callable[[str], bytes], start: str, end: str) -> list[tuple[int, int]]:
    """The runs of doc ids (first, last) dated within start … end, in id order (as search.js finds them:
    the years' file, then the files of the years a bound falls in)."""
    found: list[tuple[int, int]] = []
    for year, first, last in json.loads(fetch("d/years.json")):
        if (start and year < start[:4]) or (end and year > end[:4]):
            continue
        if year in (start[:4], end[:4]):
            found += [(a, b) for date, a, b in json.loads(fetch(f"d/{year}.json")) if in_range(date, start, end)]
        else:
            found.append((first, last))
    return sorted(found)


def within(ids: list[int], runs: list[tuple[int, int]]) -> list[int]:
    """The ids (ascending) that fall in one of the runs (in id order)."""
    out, r = [], 0
    for doc_id in ids:
        while r < len(runs) and runs[r][1] < doc_id:
            r += 1
        if r < len(runs) and runs[r][0] <= doc_id:
            out.append(doc_id)
    return out
