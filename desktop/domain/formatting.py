"""Dates, times and money the way an Indonesian office writes them (Babel), or in English."""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date, format_datetime
from babel.numbers import format_currency

from desktop.domain.workdays import OFFICE_TZ

_LOCALES = {"id": "id_ID", "en": "en_GB"}


def long_date(day: dt.date, lang: str = "id") -> str:
    """Senin, 17 Agustus 2026."""
    return format_date(day, "EEEE, d MMMM y", locale=_LOCALES[lang])


def dated(day: dt.date, lang: str = "id") -> str:
    """17 Agustus 2026, as a letter is dated."""
    return format_date(day, "d MMMM y", locale=_LOCALES[lang])


def weekday_date(day: dt.date, lang: str = "id") -> str:
    """Sen, 17 Agu: a day of this week or the next, in a list."""
    return format_date(day, "EEE, d MMM", locale=_LOCALES[lang])


def short_date(day: dt.date, lang: str = "id") -> str:
    """17 Agu 2026."""
    return format_date(day, "d MMM y", locale=_LOCALES[lang])


def office_time(moment: dt.datetime, lang: str = "id", pattern: str = "d MMM y, HH.mm") -> str:
    """A stored UTC moment as the office's wall-clock time."""
    aware = moment.replace(tzinfo=dt.UTC) if moment.tzinfo is None else moment
    text = format_datetime(aware, pattern, tzinfo=OFFICE_TZ, locale=_LOCALES[lang])
    return text if lang != "id" else text + " WIB"


def rupiah(amount: int | None) -> str:
    """Rp1.250.000 (whole rupiah, no sen)."""
    if amount is None:
        return ""
    return format_currency(amount, "IDR", format="¤#,##0", currency_digits=False, locale="id_ID")
