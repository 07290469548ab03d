"""Dates known only in part keep their precision; impossible ones are rejected."""
from __future__ import annotations

from datetime import datetime, timedelta, timezone

import pytest

from zhengxie_site.dates import SITE_TZ, PubDate, parse_date
from zhengxie_site.i18n import format_date


@pytest.mark.parametrize("text, precision, iso", [
    ("2022", "year", "2022"), ("2022-03", "month", "2022-03"), ("2022-03-25", "day", "2022-03-25"),
    (" 2022-03 ", "month", "2022-03"), ("2022-03-25T08:00:00+08:00", "day", "2022-03-25T08:00:00+08:00"),
    ("2022-03-25 08:00Z", "day", "2022-03-25T08:00:00+00:00"),
])
def test_precision_is_kept(text, precision, iso):
    value = parse_date(text)
    assert value.precision == precision and value.iso() == iso


def test_month_precision_never_invents_a_day():
    value = parse_date("2022-03")
    assert value == PubDate(2022, 3) and value.day is None
    assert value.first_moment() == datetime(2022, 3, 1, tzinfo=SITE_TZ)


@pytest.mark.parametrize("text, message", [
    ("2024-02-30", "2024-02-30 is not a real date"),
    ("2023-02-29", "2023-02-29 is not a real date"),
    ("2022-13", "month 13 does not exist"),
    ("2022-00-10", "month 0 does not exist"),
    ("0000", "year 0000 does not exist"),
    ("tomorrow", "expected YYYY, YYYY-MM, YYYY-MM-DD or a datetime with offset, got 'tomorrow'"),
    ("2022/03/25", "expected YYYY, YYYY-MM, YYYY-MM-DD or a datetime with offset, got '2022/03/25'"),
    ("2022-03-25T08:00:00", "a datetime needs an offset, e.g. 2022-03-25T08:00:00+08:00"),
    ("2022-03-25T25:00+08:00", "not a real time: hour must be in 0..23"),
])
def test_impossible_dates_rejected(text, message):
    with pytest.raises(ValueError) as exc:
        parse_date(text)
    assert str(exc.value).startswith(message)


def test_leap_day_accepted():
    assert parse_date("2024-02-29").iso() == "2024-02-29"


def test_sort_key_orders_moments_across_offsets_and_precision():
    utc = parse_date("2022-03-25T00:30:00+00:00")  # 08:30 in Shanghai
    beijing = parse_date("2022-03-25T08:00:00+08:00")
    assert beijing.sort_key() < utc.sort_key()
    # the same first instant: the exact day sorts before the month it lies in
    assert parse_date("2022-03-01").sort_key() < parse_date("2022-03").sort_key()
    assert parse_date("2022-03").sort_key() < parse_date("2022-03-02").sort_key()
    assert utc.first_moment().tzinfo == timezone(timedelta(0))


@pytest.mark.parametrize("text, locale, shown", [
    ("2022-03", "zh-Hans", "2022年3月"), ("2022-03", "en", "March 2022"),
    ("2022-03-25", "zh-Hans", "2022年3月25日"), ("2022-03-25", "en", "March 25, 2022"),
    ("2022", "zh-Hans", "2022年"), ("2022", "en", "2022"),
])
def test_format_date_at_known_precision(text, locale, shown):
    assert format_date(parse_date(text), locale) == shown
