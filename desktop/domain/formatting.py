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


def nip(value: str) -> str:
    """A civil servant's NIP as it is printed: 19700315 199503 2 001 (birth date, appointment
    month, sex, number); anything that is not 18 digits is left as typed."""
    digits = "".join(value.split())
    if len(digits) != 18 or not digits.isdigit():
        return value.strip()
    return f"{digits[:8]} {digits[8:14]} {digits[14]} {digits[15:]}"


def address_lines(
    street: str,
    rt: str = "",
    rw: str = "",
    kelurahan: str = "",
    kecamatan: str = "",
    city: str = "",
    province: str = "",
    postal_code: str = "",
) -> list[str]:
    """An Indonesian address as it is written on an envelope: the street with RT/RW, then the
    kelurahan and kecamatan, then the city, province and postcode; empty parts left out."""
    neighbourhood = ""
    if rt or rw:
        neighbourhood = "/".join(
            f"{label} {part.zfill(3) if part.isdigit() else part}"
            for label, part in (("RT", rt), ("RW", rw))
            if part
        )
    lines = [
        " ".join(x for x in (street.strip(), neighbourhood) if x),
        ", ".join(
            x
            for x in (
                f"Kel. {kelurahan}" if kelurahan else "",
                f"Kec. {kecamatan}" if kecamatan else "",
            )
            if x
        ),
        " ".join(x for x in (", ".join(x for x in (city, province) if x), postal_code) if x),
    ]
    return [line for line in lines if line]


def rupiah(amount: int | None) -> str:
    """Rp1.250.000 (whole rupiah, no sen)."""
    if amount is None:
        return ""
    return format_currency(amount, "IDR", format="¤#,##0", currency_digits=False, locale="id_ID")
