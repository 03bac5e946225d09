"""Human numbers: registration, agenda and letter numbers from editable templates.

A template is a ``str.format`` pattern over ``seq``, ``year``, ``month``, ``month_roman``,
``day``, ``counter`` and ``code``. The sequence restarts for each period the template shows
(a template with ``{month}`` counts per month, one with only ``{year}`` per year), so every
number is unique; the store hands out ``seq`` inside the writing transaction, so numbers are
gap-free and never reused.
"""

from __future__ import annotations

import datetime as dt
import string
from dataclasses import dataclass

from desktop.domain.errors import DomainError

FIELDS = frozenset({"seq", "year", "month", "month_roman", "day", "counter", "code"})
_ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")

DEFAULT_TEMPLATES = {
    "registration": "{counter}-{year}{month:02d}-{seq:05d}",
    "agenda": "{seq:05d}/SM/{year}",
    "letter": "{seq}/PKTN.4/{code}/{month_roman}/{year}",
}


def month_roman(month: int) -> str:
    return _ROMAN[month - 1]


@dataclass(frozen=True)
class Template:
    kind: str
    pattern: str

    def __post_init__(self) -> None:
        names = self.fields()
        unknown = names - FIELDS
        if unknown:
            raise DomainError("numbering.unknown_field", field=sorted(unknown)[0])
        if "seq" not in names:
            raise DomainError("numbering.no_seq")

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
        if "year" in names:
            parts.append(f"{when.year:04d}")
        if names & {"month", "month_roman"}:
            parts.append(f"{when.month:02d}")
        if "day" in names:
            parts.append(f"{when.day:02d}")
        return ":".join(parts)

    def format(self, seq: int, when: dt.date, counter: str = "", code: str = "") -> str:
        return self.pattern.format(
            seq=seq,
            year=when.year,
            month=when.month,
            month_roman=month_roman(when.month),
            day=when.day,
            counter=counter,
            code=code,
        )
