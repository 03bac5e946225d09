"""Working days: weekends, the 2026 public holidays and cuti bersama (SKB of three ministers)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from desktop.domain.workdays import WorkCalendar, office_date

D = dt.date
# The 2026 national holidays and joint leave days as decreed (SKB 3 Menteri on 2026 holidays).
HOLIDAYS_2026 = {
    D(2026, 1, 1),
    D(2026, 1, 16),
    D(2026, 2, 17),
    D(2026, 3, 19),
    D(2026, 3, 21),
    D(2026, 3, 22),
    D(2026, 4, 3),
    D(2026, 4, 5),
    D(2026, 5, 1),
    D(2026, 5, 14),
    D(2026, 5, 27),
    D(2026, 5, 31),
    D(2026, 6, 1),
    D(2026, 6, 16),
    D(2026, 8, 17),
    D(2026, 8, 25),
    D(2026, 12, 25),
}
CUTI_BERSAMA_2026 = {
    D(2026, 2, 16),
    D(2026, 3, 18),
    D(2026, 3, 20),
    D(2026, 3, 23),
    D(2026, 3, 24),
    D(2026, 5, 15),
    D(2026, 5, 28),
    D(2026, 12, 24),
}
calendar = WorkCalendar()


def test_every_2026_holiday_and_cuti_bersama_on_a_weekday_is_a_day_off():
    days_off = {d for d in HOLIDAYS_2026 | CUTI_BERSAMA_2026}
    for day in days_off:
        assert not calendar.is_working_day(day), day
        assert calendar.holiday_name(day)
    year = [D(2026, 1, 1) + dt.timedelta(days=i) for i in range(365)]
    closed_weekdays = {d for d in year if d.weekday() < 5 and not calendar.is_working_day(d)}
    assert closed_weekdays == {d for d in days_off if d.weekday() < 5}
    assert sum(calendar.is_working_day(d) for d in year) == 261 - len(closed_weekdays)


def test_names_are_indonesian():
    assert calendar.holiday_name(D(2026, 8, 17)) == "Hari Kemerdekaan Republik Indonesia"


def test_a_deadline_across_idul_fitri_2026_skips_the_whole_closure():
    # Lodged on Tuesday 17 March 2026: the office is closed 18-24 March (Nyepi, Idul Fitri and
    # cuti bersama), so three working days later is Friday 27 March.
    assert calendar.add_working_days(D(2026, 3, 17), 3) == D(2026, 3, 27)
    assert calendar.working_days_between(D(2026, 3, 17), D(2026, 3, 27)) == 3


def test_weekends_and_office_closures_set_by_an_admin():
    assert calendar.add_working_days(D(2026, 11, 27), 1) == D(2026, 11, 30)  # Fri → Mon
    closed = WorkCalendar(extra_closed=[D(2026, 11, 30)])
    assert closed.add_working_days(D(2026, 11, 27), 1) == D(2026, 12, 1)
    assert calendar.next_working_day(D(2026, 12, 24)) == D(2026, 12, 28)


@given(start=st.dates(min_value=D(2024, 1, 1), max_value=D(2030, 12, 31)), n=st.integers(0, 60))
def test_adding_n_working_days_lands_on_a_working_day_n_working_days_later(start, n):
    end = calendar.add_working_days(start, n)
    assert calendar.working_days_between(start, end) == n
    if n:
        assert calendar.is_working_day(end)
        assert calendar.add_working_days(start, n - 1) < end


def test_office_date_is_jakarta_time():
    assert office_date(dt.datetime(2026, 11, 23, 16, 59)) == D(2026, 11, 23)  # 23:59 WIB
    assert office_date(dt.datetime(2026, 11, 23, 17, 0)) == D(2026, 11, 24)  # 00:00 WIB
