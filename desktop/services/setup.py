"""First run: the office's details and the first admin account, in one transaction."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from desktop.domain import anonymity, identity
from desktop.domain.errors import DomainError, FieldError, ValidationFailed
from desktop.domain.workflow import Role
from desktop.services import settings, staff
from desktop.services.context import Actor, require, write
from desktop.store import accounts, config
from desktop.store.models import utcnow

MIN_LOCK, MAX_LOCK = 1, 120  # minutes a desk may stand unused before it locks


@dataclass
class OfficeForm:
    name: str = settings.DEFAULTS["office.name"]
    address: str = settings.DEFAULTS["office.address"]
    city: str = settings.DEFAULTS["office.city"]
    phone: str = settings.DEFAULTS["office.phone"]
    whatsapp: str = settings.DEFAULTS["office.whatsapp"]
    email: str = settings.DEFAULTS["office.email"]
    counter_code: str = settings.DEFAULTS["counter.code"]


def _check_office(form: OfficeForm) -> dict[str, str]:
    errors = []
    values = {
        "office.name": " ".join(form.name.split()),
        "office.address": " ".join(form.address.split()),
        "office.city": " ".join(form.city.split()),
        "office.phone": form.phone.strip(),
        "office.whatsapp": form.whatsapp.strip(),
        "office.email": form.email.strip(),
        "counter.code": form.counter_code.strip().upper(),
    }
    for key in ("office.name", "office.address", "office.city"):
        if len(values[key]) < 2:
            errors.append(FieldError(key, "required"))
    try:
        identity.normalize_phone(values["office.phone"])
    except identity.Invalid as e:
        errors.append(FieldError("office.phone", e.code, e.params))
    if values["office.whatsapp"]:  # optional; printed on the receipt as the desk writes it
        try:
            values["office.whatsapp"] = identity.whatsapp_number(values["office.whatsapp"])
        except identity.Invalid as e:
            errors.append(FieldError("office.whatsapp", e.code, e.params))
    try:
        identity.normalize_email(values["office.email"])
    except identity.Invalid as e:
        errors.append(FieldError("office.email", e.code, e.params))
    if not re.fullmatch(r"[A-Z0-9]{2,6}", values["counter.code"]):
        errors.append(FieldError("counter.code", "counter.code_invalid"))
    if errors:
        raise ValidationFailed(errors)
    return values


def initialize_office(
    office: OfficeForm,
    username: str,
    full_name: str,
    password: str,
    nip: str = "",
    *,
    also_counter: bool = False,
    now: dt.datetime | None = None,
) -> Actor:
    """Write the office settings and create the first admin; all of it or none of it.
    ``also_counter``: an office of one person, whose admin registers complaints too."""
    values = _check_office(office)
    with write():
        if accounts.any_account():
            raise DomainError("setup.done")
        for key, value in values.items():
            config.put(key, value)
        admin = staff.create_first_admin(
            username.strip().lower(),
            full_name,
            password,
            nip,
            also_counter=also_counter,
            now=now or utcnow(),
        )
    settings.forget()
    return admin


def save_office(
    actor: Actor,
    office: OfficeForm,
    lock_minutes: int | None = None,
    retention_years: int | None = None,
) -> None:
    """An admin changes the office details later (Settings), how long the desk may stand
    unused before it locks, and how many years after closing a case keeps its personal data."""
    require(actor, {Role.ADMIN}, "permission.admin")
    values = _check_office(office)
    if lock_minutes is not None:
        if not MIN_LOCK <= lock_minutes <= MAX_LOCK:
            limits = {"low": MIN_LOCK, "high": MAX_LOCK}
            raise ValidationFailed([FieldError("desk.lock_minutes", "desk.lock_range", limits)])
        values["desk.lock_minutes"] = lock_minutes
    if retention_years is not None:
        if not anonymity.MIN_YEARS <= retention_years <= anonymity.MAX_YEARS:
            limits = {"low": anonymity.MIN_YEARS, "high": anonymity.MAX_YEARS}
            raise ValidationFailed([FieldError("retention.years", "retention.years_range", limits)])
        values["retention.years"] = retention_years
    settings.put_all(actor, values)


def office() -> OfficeForm:
    return OfficeForm(
        name=settings.get("office.name"),
        address=settings.get("office.address"),
        city=settings.get("office.city"),
        phone=settings.get("office.phone"),
        whatsapp=settings.get("office.whatsapp"),
        email=settings.get("office.email"),
        counter_code=settings.get("counter.code"),
    )


@dataclass
class SignatoryForm:
    position: str = ""
    name: str = ""
    nip: str = ""
    on_behalf: str = ""
    letter_paper: str = "a4"


def signatory() -> SignatoryForm:
    return SignatoryForm(
        settings.get("signatory.position"),
        settings.get("signatory.name"),
        settings.get("signatory.nip"),
        settings.get("signatory.on_behalf"),
        settings.get("letters.paper"),
    )


def save_signatory(actor: Actor, form: SignatoryForm) -> None:
    """Who signs the letters, and on which paper they are printed (admins)."""
    require(actor, {Role.ADMIN}, "permission.admin")
    errors = []
    values = {
        "signatory.position": " ".join(form.position.split()),
        "signatory.name": " ".join(form.name.split()),
        "signatory.nip": form.nip.strip(),
        "signatory.on_behalf": " ".join(form.on_behalf.split()),
        "letters.paper": form.letter_paper,
    }
    for key in ("signatory.position", "signatory.name"):
        if len(values[key]) < 2:
            errors.append(FieldError(key, "required"))
    if values["signatory.nip"] and not re.fullmatch(r"\d{18}", values["signatory.nip"]):
        errors.append(FieldError("signatory.nip", "staff.nip_invalid"))
    if values["letters.paper"] not in ("a4", "f4"):
        errors.append(FieldError("letters.paper", "choice.invalid"))
    if errors:
        raise ValidationFailed(errors)
    with write():
        for key, value in values.items():
            settings.put(actor, key, value)
