"""Human numbers: registration, agenda and letter numbers from editable templates.

A template is a ``str.format`` pattern over ``seq``, ``year``, ``month``, ``month_roman``,
``day``, ``counter``, ``code`` (the letter's kind, e.g. KLR) and the parts of a Tata Naskah Dinas
number: ``security`` (B for an ordinary letter, R for a confidential one), ``unit`` (the issuing
unit's code, e.g. PKTN.4) and ``classification`` (the archive classification code). By default
the sequence restarts for each period the template shows (a template with ``{month}`` counts per
month, one with only ``{year}`` per year); a template may say ``restart`` "year" or "month"
instead: letters count through the calendar year (Tata Naskah Dinas) even when their number
shows the month. The store hands out ``seq`` inside the writing transaction, so numbers are
gap-free and never reused.
"""

from __future__ import annotations

import datetime as dt
import string
from dataclasses import dataclass

from desktop.domain.errors import DomainError

FIELDS = frozenset(
    {
        "seq",
        "year",
        "month",
        "month_roman",
        "day",
        "counter",
        "code",
        "security",
        "unit",
        "classification",
    }
)
RESTARTS = ("", "year", "month")  # "": each period the number shows
SECURITY = ("B", "R")  # biasa (ordinary), rahasia (confidential)
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")

DEFAULT_TEMPLATES = {
    "registration": "{counter}-{year}{month:02d}-{seq:05d}",
    "agenda": "{seq:05d}/SM/{year}",
    "letter": "{security}-{seq}/{unit}/{code}/{month_roman}/{year}",
}
DEFAULT_RESTARTS = {"letter": "year"}  # Tata Naskah Dinas: letters count through the year


def month_roman(month: int) -> str:
    return _ROMAN[month - 1]


@dataclass(frozen=True)
class Template:
    kind: str
    pattern: str
    restart: str = ""

    def __post_init__(self) -> None:
        if self.restart not in RESTARTS:
            raise DomainError("numbering.bad_restart", restart=self.restart)
        names = self.fields()
        unknown = names - FIELDS
        if unknown:
            raise DomainError("numbering.unknown_field", field=sorted(unknown)[0])
        if "seq" not in names:
            raise DomainError("numbering.no_seq")
        # A pattern that parses may still fail when filled ("{seq:q}", "{month_roman:02d}"):
        # found now, not at the moment a letter is issued.
        try:
            self.format(1, dt.date(2026, 12, 31), "LK1", "KLR", security="B", unit="PKTN.4")
        except (ValueError, TypeError, IndexError, KeyError):
            raise DomainError("numbering.bad_template", template=self.pattern) from None

    def fields(self) -> set[str]:
        try:
            parsed = list(string.Formatter().parse(self.pattern))
        except ValueError:
            raise DomainError("numbering.bad_template", template=self.pattern) from None
        return {name for _, name, _, _ in parsed if name}

    def sequence_key(self, when: dt.date, counter: str = "", code: str = "") -> str:
        """The counter this number draws from: one per kind and per period shown."""
        names = self.fields()
        parts = [self.kind]
        if "counter" in names:
            parts.append(counter)
        if "code" in names:
            parts.append(code)
        if self.restart:
            parts.append(f"{when.year:04d}")
            if self.restart == "month":
                parts.append(f"{when.month:02d}")
            return ":".join(parts)
        if "year" in names:
            parts.append(f"{when.year:04d}")
        if names & {"month", "month_roman"}:
            parts.append(f"{when.month:02d}")
        if "day" in names:
            parts.append(f"{when.day:02d}")
        return ":".join(parts)

    def format(
        self, seq: int, when: dt.date, counter: str = "", code: str = "", **parts: str
    ) -> str:
        """The number; ``parts`` are ``security``, ``unit`` and ``classification``."""
        return self.pattern.format(
            security=parts.get("security", ""),
            unit=parts.get("unit", ""),
            classification=parts.get("classification", ""),
            seq=seq,
            year=when.year,
            month=when.month,
            month_roman=month_roman(when.month),
            day=when.day,
            counter=counter,
            code=code,
        )
