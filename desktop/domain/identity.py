"""Identity numbers and contact details: NIK, phone, e-mail, NPWP, dates and Rupiah amounts.

Each ``normalize_*`` returns the value in its stored form or raises ``Invalid`` with a message
code; forms turn those into field errors. The checking itself is python-stdnum's and
phonenumbers'; this module only adds what they cannot know (the birth date and sex the officer
typed) and the plain-words messages.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

import phonenumbers
from stdnum import exceptions as stdnum_errors
from stdnum.id import nik as stdnum_nik
from stdnum.id import npwp as stdnum_npwp


class Invalid(ValueError):
    """A single value is wrong; ``code`` names its message in the catalogue."""

    def __init__(self, code: str, **params: Any) -> None:
        super().__init__(code)
        self.code = code
        self.params = params


class Sex(StrEnum):
    MALE = "male"
    FEMALE = "female"


@dataclass(frozen=True)
class Nik:
    number: str
    birth_date: dt.date
    sex: Sex
    region: str  # province + regency code, the first four digits


def _nik_birth_date(day: int, month: int, yy: int, today: dt.date) -> dt.date:
    # The NIK only keeps two digits of the year; the latest century that is not in the future
    # is the likely one (stdnum always tries 19xx first, which makes a child born in 2005 a
    # 120-year-old).
    for century in (2000, 1900):
        try:
            candidate = dt.date(century + yy, month, day)
        except ValueError:
            continue
        if candidate <= today:
            return candidate
    raise Invalid("nik.date")


def normalize_nik(
    value: str,
    birth_date: dt.date | None = None,
    sex: Sex | None = None,
    today: dt.date | None = None,
) -> Nik:
    """Check a NIK, and that it agrees with the birth date and sex typed beside it."""
    number = stdnum_nik.compact(value or "")
    if not number:
        raise Invalid("nik.empty")
    if not number.isdigit():
        raise Invalid("nik.digits")
    if len(number) != 16:
        raise Invalid("nik.length", typed=len(number))
    try:
        stdnum_nik.validate(number)
    except stdnum_errors.InvalidComponent:
        # stdnum raises the same error for a bad region and a bad date: tell them apart.
        try:
            stdnum_nik._check_registration_place(number)
        except stdnum_errors.ValidationError:
            raise Invalid("nik.region", region=number[:4]) from None
        raise Invalid("nik.date") from None
    except stdnum_errors.ValidationError:
        raise Invalid("nik.invalid") from None
    if number[12:] == "0000":
        raise Invalid("nik.serial")

    raw_day, month, yy = int(number[6:8]), int(number[8:10]), int(number[10:12])
    encoded_sex = Sex.FEMALE if raw_day > 40 else Sex.MALE
    day = raw_day - 40 if raw_day > 40 else raw_day
    if birth_date is not None:
        if (day, month, yy) != (birth_date.day, birth_date.month, birth_date.year % 100):
            raise Invalid("nik.birth_mismatch", encoded=f"{day:02d}-{month:02d}-{yy:02d}")
        born = birth_date
    else:
        born = _nik_birth_date(day, month, yy, today or dt.date.today())
    if sex is not None and sex != encoded_sex:
        raise Invalid("nik.sex_mismatch_female" if sex is Sex.FEMALE else "nik.sex_mismatch_male")
    return Nik(number, born, encoded_sex, number[:4])


def mask_nik(number: str) -> str:
    """The printable form of a NIK: region and serial kept, birth date hidden."""
    if len(number) != 16:
        return "*" * len(number)
    return f"{number[:6]}******{number[12:]}"


def normalize_phone(value: str) -> str:
    """A phone number in E.164 (+62…), read as an Indonesian number unless it says otherwise."""
    text = (value or "").strip()
    if not text:
        raise Invalid("phone.empty")
    if re.search(r"[A-Za-z]", text):
        raise Invalid("phone.letters")
    try:
        parsed = phonenumbers.parse(text, "ID")
    except phonenumbers.NumberParseException:
        raise Invalid("phone.unreadable") from None
    if not phonenumbers.is_valid_number(parsed):
        raise Invalid("phone.invalid")
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


def whatsapp_number(value: str) -> str:
    """An office's WhatsApp number as the desk prints it (0812-3456-7890): a mobile number."""
    e164 = normalize_phone(value)
    kind = phonenumbers.number_type(phonenumbers.parse(e164, "ID"))
    if kind not in (
        phonenumbers.PhoneNumberType.MOBILE,
        phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
    ):
        raise Invalid("whatsapp.not_mobile")
    return display_phone(e164)


def display_phone(e164: str) -> str:
    """The way an Indonesian officer writes a number: 0812-3456-7890."""
    parsed = phonenumbers.parse(e164, "ID")
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.NATIONAL)


def mask_phone(e164: str) -> str:
    digits = display_phone(e164).replace("-", "").replace(" ", "")
    digits = re.sub(r"\D", "", digits)
    return digits[:4] + "*" * max(len(digits) - 7, 0) + digits[-3:]


_EMAIL = re.compile(r"^[^@\s]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")


def normalize_email(value: str) -> str:
    text = (value or "").strip()
    if not _EMAIL.match(text):
        raise Invalid("email.invalid")
    local, domain = text.rsplit("@", 1)
    return f"{local}@{domain.lower()}"


def normalize_npwp(value: str) -> str:
    try:
        return stdnum_npwp.validate(value or "")
    except stdnum_errors.InvalidLength:
        raise Invalid("npwp.length") from None
    except stdnum_errors.ValidationError:
        raise Invalid("npwp.invalid") from None


_DATE_FORMATS = ("%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y", "%Y-%m-%d")


def parse_date(value: str | dt.date) -> dt.date:
    """A date as an officer types it (17-08-1945, 17/08/1945) or in ISO form."""
    if isinstance(value, dt.date):
        return value
    text = (value or "").strip()
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise Invalid("date.unreadable", typed=text)


def check_birth_date(value: dt.date, today: dt.date) -> dt.date:
    if value > today:
        raise Invalid("date.future")
    if value.year < 1900:
        raise Invalid("date.too_old")
    return value


def check_past_date(value: dt.date, today: dt.date) -> dt.date:
    if value > today:
        raise Invalid("date.future")
    return value


MAX_RUPIAH = 10**15  # a quadrillion rupiah: beyond any consumer transaction, and fits SQLite


def parse_rupiah(value: str | int) -> int:
    """An amount in whole rupiah from '1.250.000', 'Rp 1.250.000' or 1250000."""
    if isinstance(value, int):
        amount = value
    else:
        text = (value or "").strip()
        text = re.sub(r"^(rp\.?)\s*", "", text, flags=re.IGNORECASE).replace(" ", "")
        text = re.sub(r",0+$", "", text)  # a trailing ',00' of sen
        if not re.fullmatch(r"-?\d{1,3}(\.\d{3})*|-?\d+", text):
            raise Invalid("rupiah.unreadable", typed=value)
        amount = int(text.replace(".", ""))
    if amount < 0:
        raise Invalid("rupiah.negative")
    if amount > MAX_RUPIAH:
        raise Invalid("rupiah.too_large")
    return amount
