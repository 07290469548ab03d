"""The date table: a search narrowed to a date range finds exactly the articles whose date may fall in it."""
from __future__ import annotations

import json

from hypothesis import given, settings, strategies as st

from zhengxie_site.search import SearchDoc, build_search_index, run_query
from zhengxie_site.search.dates import date_files, id_runs, in_range, within
from zhengxie_site.search.document import order_docs


def test_each_date_holds_one_run_of_ids_filed_by_year():
    files = date_files(["2023-01-02", "2023-01-02", "2022-12", "2022-12-31", "", "2021"])
    assert json.loads(files["d/years.json"]) == [["2023", 0, 1], ["2022", 2, 3], ["2021", 5, 5]]
    assert json.loads(files["d/2022.json"]) == [["2022-12", 2, 2], ["2022-12-31", 3, 3]]
    assert sorted(files) == ["d/2021.json", "d/2022.json", "d/2023.json", "d/years.json"]


def test_a_date_is_within_a_range_where_it_may_fall():
    assert in_range("2022-03", "2022-03-10", "2022-03-20")  # its day is not printed: it may
    assert not in_range("2022-03-05", "2022-03-10", "2022-03-20")
    assert in_range("2022-03-20", "2022-03-10", "2022-03-20")  # inclusive
    assert in_range("2022-03-25", "2022-03", "")  # a month takes all its days
    assert not in_range("2022-04-01", "", "2022-03")
    assert in_range("2022", "2022-06-01", "2022-06-30") and not in_range("2021", "2022-06-01", "")
    assert not in_range("", "", "")  # an undated article is in no range


dates = st.one_of(st.just(""), st.builds(lambda y, m, d, cut: f"{y}-{m:02d}-{d:02d}"[:cut],
                                         st.integers(2019, 2023), st.integers(1, 12), st.integers(1, 28),
                                         st.sampled_from([4, 7, 10])))


@settings(max_examples=200, deadline=None)
@given(st.lists(dates, max_size=40), dates, dates)
def test_the_runs_of_a_range_hold_exactly_the_dates_within_it(doc_dates, start, end):
    ordered = sorted(filter(None, doc_dates), reverse=True) + [d for d in doc_dates if not d]  # as doc_order
    files = date_files(ordered)
    runs = id_runs(files.__getitem__, start, end) if ordered and any(ordered) else []
    assert within(list(range(len(ordered))), runs) == [i for i, d in enumerate(ordered) if in_range(d, start, end)]


def test_a_query_narrowed_to_dates_fetches_the_table_only_then():
    docs = [SearchDoc(url=f"{i}/", title="政协", text="协商", date=date, date_label=date, section="要闻")
            for i, date in enumerate(["2022-03-25", "2022-03", "2022-03-05", "2021-12-01", ""])]
    files = build_search_index(docs, "zh")
    files.update(date_files([d.date for d in order_docs(docs)]))

    def found(**filters):
        res = run_query(files.__getitem__, "政协", filters=filters)
        return sorted(h.url for h in res.hits), [p for p, _ in res.fetched if p.startswith("d/")]
    assert found() == (["0/", "1/", "2/", "3/", "4/"], [])
    assert found(**{"from": "2022-03-10", "to": "2022-03-31"}) == (["0/", "1/"], ["d/years.json", "d/2022.json"])
    assert found(to="2021") == (["3/"], ["d/years.json", "d/2021.json"])
    assert found(**{"from": "2023-01-01"})[0] == []
    assert found(**{"from": "March"})[0] == ["0/", "1/", "2/", "3/", "4/"]  # no date: no filter
