"""What the counter types in, checked field by field before anything is written.

``validate_complaint`` returns clean values or raises ``ValidationFailed`` listing every wrong
field at once, each with a sentence the officer can act on.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from desktop.domain import identity
from desktop.domain.classification import (
    BusinessKind,
    Channel,
    Demand,
    HandedDocument,
    PaymentMethod,
    ReportType,
    Sector,
    TransactionMode,
)
from desktop.domain.errors import FieldError, ValidationFailed
from desktop.domain.identity import Invalid, Sex

T = TypeVar("T")


@dataclass
class PersonForm:
    name: str = ""
    nik: str = ""
    birth_date: dt.date | str | None = None
    sex: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    rt: str = ""
    rw: str = ""
    kelurahan: str = ""
    kecamatan: str = ""
    city: str = ""
    province: str = ""
    postal_code: str = ""


@dataclass
class BusinessForm:
    name: str = ""
    kind: str = BusinessKind.SHOP.value
    address: str = ""
    phone: str = ""
    website: str = ""
    npwp: str = ""


@dataclass
class ComplaintForm:
    complainant: PersonForm = field(default_factory=PersonForm)
    business: BusinessForm = field(default_factory=BusinessForm)
    channel: str = Channel.WALK_IN.value
    report_type: str = ReportType.COMPLAINT.value
    product: str = ""
    sector: str = ""
    transaction_mode: str = TransactionMode.ONLINE.value
    transaction_date: dt.date | str | None = None
    transaction_value: int | str | None = None
    payment_method: str = ""
    complained_to_business: bool = False
    complained_at: dt.date | str | None = None
    business_answer: str = ""
    chronology: str = ""
    demands: list[str] = field(default_factory=list)
    demand_detail: str = ""
    documents: list[str] = field(default_factory=list)


@dataclass
class VisitorForm:
    name: str = ""
    nik: str = ""
    phone: str = ""
    purpose: str = ""
    note: str = ""


VISIT_PURPOSES = ("complaint", "question", "documents", "hearing", "other")


class _Checker:
    """Runs checks and gathers their errors under field names, so all are reported at once."""

    def __init__(self) -> None:
        self.errors: list[FieldError] = []

    def run(self, name: str, check: Callable[[], T]) -> T | None:
        try:
            return check()
        except Invalid as e:
            self.errors.append(FieldError(name, e.code, e.params))
            return None

    def fail(self, name: str, code: str, **params: Any) -> None:
        self.errors.append(FieldError(name, code, params))

    def done(self) -> None:
        if self.errors:
            raise ValidationFailed(self.errors)


def _text(value: str | None) -> str:
    return re.sub(r"\s+", " ", (value or "")).strip()


def _name(value: str) -> str:
    text = _text(value)
    if not text:
        raise Invalid("required")
    if len(text) < 2 or not re.search(r"[^\W\d_]", text):
        raise Invalid("name.too_short")
    if len(text) > 150:
        raise Invalid("text.too_long", limit=150)
    return text


def _choice(value: str, allowed: type, required: bool = True) -> str:
    if not value:
        if required:
            raise Invalid("required")
        return ""
    if value not in {m.value for m in allowed}:
        raise Invalid("choice.invalid")
    return value


def _optional(value: Any, check: Callable[[Any], T]) -> T | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    return check(value)


def _postal_code(value: str) -> str:
    text = _text(value)
    if text and not re.fullmatch(r"\d{5}", text):
        raise Invalid("postal_code.invalid")
    return text


def _rt_rw(value: str) -> str:
    text = _text(value)
    if text and not re.fullmatch(r"\d{1,3}", text):
        raise Invalid("rt_rw.invalid")
    return text.zfill(3) if text else ""


def _website(value: str) -> str:
    text = _text(value)
    if text and (" " in text or "." not in text):
        raise Invalid("website.invalid")
    return text


def validate_person(
    form: PersonForm, today: dt.date, c: _Checker, prefix: str, contact_required: bool
) -> dict[str, Any]:
    p = prefix
    out: dict[str, Any] = {"name": c.run(f"{p}name", lambda: _name(form.name))}
    sex = c.run(f"{p}sex", lambda: _choice(form.sex, Sex, required=False)) or ""
    born = c.run(
        f"{p}birth_date",
        lambda: _optional(
            form.birth_date, lambda v: identity.check_birth_date(identity.parse_date(v), today)
        ),
    )
    nik = None
    if _text(form.nik):
        nik = c.run(
            f"{p}nik",
            lambda: identity.normalize_nik(form.nik, born, Sex(sex) if sex else None, today),
        )
    out["nik"] = nik.number if nik else ""
    out["birth_date"] = born or (nik.birth_date if nik else None)
    out["sex"] = sex or (nik.sex.value if nik else "")
    out["phone"] = c.run(f"{p}phone", lambda: _optional(form.phone, identity.normalize_phone)) or ""
    out["email"] = c.run(f"{p}email", lambda: _optional(form.email, identity.normalize_email)) or ""
    if contact_required and not _text(form.phone) and not _text(form.email):
        c.fail(f"{p}phone", "contact.required")
    out["address"] = _text(form.address)
    out["rt"] = c.run(f"{p}rt", lambda: _rt_rw(form.rt))
    out["rw"] = c.run(f"{p}rw", lambda: _rt_rw(form.rw))
    for name in ("kelurahan", "kecamatan", "city", "province"):
        out[name] = _text(getattr(form, name))
    out["postal_code"] = c.run(f"{p}postal_code", lambda: _postal_code(form.postal_code))
    return out


def validate_business(form: BusinessForm, c: _Checker) -> dict[str, Any]:
    return {
        "name": c.run("business.name", lambda: _name(form.name)),
        "kind": c.run("business.kind", lambda: _choice(form.kind, BusinessKind)),
        "address": _text(form.address),
        "phone": c.run("business.phone", lambda: _optional(form.phone, identity.normalize_phone))
        or "",
        "website": c.run("business.website", lambda: _website(form.website)),
        "npwp": c.run("business.npwp", lambda: _optional(form.npwp, identity.normalize_npwp)) or "",
    }


def validate_complaint(form: ComplaintForm, today: dt.date) -> dict[str, Any]:
    """Clean values: ``{"complainant": {...}, "business": {...}, "case": {...}}``."""
    c = _Checker()
    person = validate_person(form.complainant, today, c, "complainant.", contact_required=True)
    business = validate_business(form.business, c)
    case = _case_fields(form, today, c)
    c.done()
    return {"complainant": person, "business": business, "case": case}


def clean_complainant(form: PersonForm, today: dt.date) -> dict[str, Any]:
    """A complainant's clean values alone (the demo checks each returning complainant once)."""
    c = _Checker()
    person = validate_person(form, today, c, "complainant.", contact_required=True)
    c.done()
    return person


def clean_business(form: BusinessForm) -> dict[str, Any]:
    """A business actor's clean values alone."""
    c = _Checker()
    business = validate_business(form, c)
    c.done()
    return business


def validate_case(form: ComplaintForm, today: dt.date) -> dict[str, Any]:
    """The complaint's own clean values, without its parties."""
    c = _Checker()
    case = _case_fields(form, today, c)
    c.done()
    return case


def _case_fields(form: ComplaintForm, today: dt.date, c: _Checker) -> dict[str, Any]:
    case: dict[str, Any] = {
        "channel": c.run("channel", lambda: _choice(form.channel, Channel)),
        "report_type": c.run("report_type", lambda: _choice(form.report_type, ReportType)),
        "product": c.run("product", lambda: _required_text(form.product, 200)),
        "sector": c.run("sector", lambda: _choice(form.sector, Sector)),
        "transaction_mode": c.run(
            "transaction_mode", lambda: _choice(form.transaction_mode, TransactionMode)
        ),
        "transaction_date": c.run(
            "transaction_date",
            lambda: _optional(
                form.transaction_date,
                lambda v: identity.check_past_date(identity.parse_date(v), today),
            ),
        ),
        "transaction_value": c.run(
            "transaction_value", lambda: _optional(form.transaction_value, identity.parse_rupiah)
        ),
        "payment_method": c.run(
            "payment_method", lambda: _choice(form.payment_method, PaymentMethod, False)
        ),
        "complained_to_business": bool(form.complained_to_business),
        "complained_at": None,
        "business_answer": "",
        "chronology": c.run("chronology", lambda: _chronology(form.chronology)),
        "demands": c.run("demands", lambda: _choices(form.demands, Demand)),
        "demand_detail": _text(form.demand_detail),
        "documents": c.run("documents", lambda: _choices(form.documents, HandedDocument)),
    }
    if form.complained_to_business:
        case["complained_at"] = c.run(
            "complained_at",
            lambda: _optional(
                form.complained_at,
                lambda v: identity.check_past_date(identity.parse_date(v), today),
            ),
        )
        case["business_answer"] = _text(form.business_answer)
    if form.report_type == ReportType.COMPLAINT.value and not form.demands:
        c.fail("demands", "demands.required")
    if Demand.OTHER.value in (form.demands or []) and not _text(form.demand_detail):
        c.fail("demand_detail", "demand_detail.required")
    return case


def validate_visitor(form: VisitorForm, today: dt.date) -> dict[str, Any]:
    c = _Checker()
    out: dict[str, Any] = {"name": c.run("visitor.name", lambda: _name(form.name))}
    nik = c.run(
        "visitor.nik", lambda: _optional(form.nik, lambda v: identity.normalize_nik(v, today=today))
    )
    out["nik"] = nik.number if nik else ""
    out["phone"] = (
        c.run("visitor.phone", lambda: _optional(form.phone, identity.normalize_phone)) or ""
    )
    if form.purpose not in VISIT_PURPOSES:
        c.fail("visitor.purpose", "required" if not form.purpose else "choice.invalid")
    out["purpose"] = form.purpose
    out["note"] = _text(form.note)
    c.done()
    return out


def _required_text(value: str, limit: int) -> str:
    text = _text(value)
    if not text:
        raise Invalid("required")
    if len(text) > limit:
        raise Invalid("text.too_long", limit=limit)
    return text


def _chronology(value: str) -> str:
    text = (value or "").strip()
    if not text:
        raise Invalid("required")
    if len(text) < 20:
        raise Invalid("chronology.too_short")
    if len(text) > 20000:
        raise Invalid("text.too_long", limit=20000)
    return text


def _choices(values: list[str], allowed: type) -> list[str]:
    valid = {m.value for m in allowed}
    bad = [v for v in values or [] if v not in valid]
    if bad:
        raise Invalid("choice.invalid")
    return sorted(set(values or []))
