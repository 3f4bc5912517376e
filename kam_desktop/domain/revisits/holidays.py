"""Chinese holidays for holiday revisits (节日回访, DOMAIN §5.2): which, and on what dates.

Four of the five follow the lunar calendar, so their solar dates come from a table per year
(春节 is lunar 1/1, 元宵节 lunar 1/15, 端午节 lunar 5/5, 中秋节 lunar 8/15); 国庆节 is October 1st.
The table below was checked against the ``lunardate`` library and the demo book's festival
dates. The rep can edit the dates in Settings (stored in the book with the revisit rules), which
is how years after the table are added.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from kam_desktop.domain.labels import Labeled

# fmt: off


class Holiday(Labeled):
    SPRING_FESTIVAL = ("spring_festival", "Spring Festival", "春节")
    LANTERN_FESTIVAL = ("lantern_festival", "Lantern Festival", "元宵节")
    DRAGON_BOAT = ("dragon_boat", "Dragon Boat Festival", "端午节")
    MID_AUTUMN = ("mid_autumn", "Mid-Autumn Festival", "中秋节")
    NATIONAL_DAY = ("national_day", "National Day", "国庆节")


# fmt: on


@dataclass(frozen=True)
class HolidayDate:
    """One holiday on one day."""

    holiday: Holiday
    on: date


#: Solar dates of the lunar holidays (元宵节 is derived: the 15th day of the first month).
_SPRING_FESTIVAL = {
    2025: date(2025, 1, 29),
    2026: date(2026, 2, 17),
    2027: date(2027, 2, 6),
    2028: date(2028, 1, 26),
}
_DRAGON_BOAT = {
    2025: date(2025, 5, 31),
    2026: date(2026, 6, 19),
    2027: date(2027, 6, 9),
    2028: date(2028, 5, 28),
}
_MID_AUTUMN = {
    2025: date(2025, 10, 6),
    2026: date(2026, 9, 25),
    2027: date(2027, 9, 15),
    2028: date(2028, 10, 3),
}
LANTERN_AFTER_SPRING_DAYS = 14  # lunar 1/15 is 14 days after lunar 1/1
NATIONAL_DAY = (10, 1)

FIRST_YEAR = min(_SPRING_FESTIVAL)
LAST_YEAR = max(_SPRING_FESTIVAL)


def table_dates(year: int) -> tuple[HolidayDate, ...]:
    """The five holidays of ``year`` from the shipped table (empty outside 2025-2028)."""
    if year not in _SPRING_FESTIVAL:
        return ()
    spring = _SPRING_FESTIVAL[year]
    return (
        HolidayDate(Holiday.SPRING_FESTIVAL, spring),
        HolidayDate(Holiday.LANTERN_FESTIVAL, spring + timedelta(days=LANTERN_AFTER_SPRING_DAYS)),
        HolidayDate(Holiday.DRAGON_BOAT, _DRAGON_BOAT[year]),
        HolidayDate(Holiday.MID_AUTUMN, _MID_AUTUMN[year]),
        HolidayDate(Holiday.NATIONAL_DAY, date(year, *NATIONAL_DAY)),
    )


def in_order(dates: Iterable[HolidayDate]) -> tuple[HolidayDate, ...]:
    """``dates`` by day (then holiday code): the one order settings keep them in."""
    return tuple(sorted(dates, key=lambda d: (d.on, str(d.holiday.code))))


DEFAULT_HOLIDAY_DATES: tuple[HolidayDate, ...] = in_order(
    d for year in range(FIRST_YEAR, LAST_YEAR + 1) for d in table_dates(year)
)


def occurrences(dates: Iterable[HolidayDate], start: date, end: date) -> list[HolidayDate]:
    """The holidays from ``dates`` on ``start``..``end`` (inclusive), by date.

    国庆节 is a fixed solar date, so a year with no National Day entry still gets October 1st;
    the lunar holidays of a year exist only when their dates are given.
    """
    found = [d for d in dates if start <= d.on <= end]
    listed = {d.on.year for d in dates if d.holiday is Holiday.NATIONAL_DAY}
    for year in range(start.year, end.year + 1):
        national = date(year, *NATIONAL_DAY)
        if year not in listed and start <= national <= end:
            found.append(HolidayDate(Holiday.NATIONAL_DAY, national))
    return sorted(found, key=lambda d: (d.on, list(Holiday).index(d.holiday)))
