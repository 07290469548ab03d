"""Publication dates that may be known only in part: 2022, 2022-03, 2022-03-25 or a moment."""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timezone, tzinfo
from zoneinfo import ZoneInfo

SITE_TZ = ZoneInfo("Asia/Shanghai")  # the default: site.yaml's time_zone may name another

_PATTERN = re.compile(
    r"^(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2})"
    r"(?:[T ](?P<H>\d{2}):(?P<M>\d{2})(?::(?P<S>\d{2}))?(?P<tz>Z|[+-]\d{2}:\d{2})?)?)?)?$"
)


@dataclass(frozen=True, order=True)
class PubDate:
    """A date with the precision it was printed with; never invents a missing day."""

    year: int
    month: int | None = None
    day: int | None = None
    moment: datetime | None = None  # only for full datetimes with an offset

    @property
    def precision(self) -> str:
        return "day" if self.day else "month" if self.month else "year"

    def iso(self) -> str:
        """The form it was written in: 2022, 2022-03, 2022-03-25 or a full ISO datetime."""
        if self.moment:
            return self.moment.isoformat()
        parts = [f"{self.year:04d}"] + [f"{v:02d}" for v in (self.month, self.day) if v]
        return "-".join(parts)

    def first_moment(self, tz: tzinfo = SITE_TZ) -> datetime:
        """Earliest instant the date can mean, in the site's time zone (for feeds and sorting)."""
        if self.moment:
            return self.moment
        return datetime(self.year, self.month or 1, self.day or 1, tzinfo=tz)

    def sort_key(self, tz: tzinfo = SITE_TZ) -> tuple:
        return (self.first_moment(tz).astimezone(timezone.utc), self.precision != "day")


def parse_date(value: str) -> PubDate:
    """Parse an ISO date of any precision; ValueError says what is wrong."""
    match = _PATTERN.match(value.strip())
    if not match:
        raise ValueError(f"expected YYYY, YYYY-MM, YYYY-MM-DD or a datetime with offset, got {value!r}")
    y = int(match["y"])  # the pattern requires a year
    m, d = (int(match[g]) if match[g] else None for g in "md")
    if y < 1:
        raise ValueError("year 0000 does not exist")
    if m is not None and not 1 <= m <= 12:
        raise ValueError(f"month {m} does not exist")
    if m is not None and d is not None:  # the pattern has no day without a month
        try:
            date(y, m, d)
        except ValueError:
            raise ValueError(f"{value.strip()[:10]} is not a real date") from None
    moment = None
    if match["H"]:
        if not match["tz"]:
            raise ValueError("a datetime needs an offset, e.g. 2022-03-25T08:00:00+08:00")
        try:
            moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00").replace(" ", "T"))
        except ValueError as exc:
            raise ValueError(f"not a real time: {exc}") from None
    return PubDate(y, m, d, moment)
