"""The office's details as the setup wizard and Settings both edit them (same object names)."""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtWidgets import QWidget

from desktop.gui.forms import FieldErrors
from desktop.services.setup import OfficeForm

# OfficeForm field → (line edit's object name, the setting it is checked as)
EDITS = {
    "name": ("officeNameEdit", "office.name"),
    "address": ("addressEdit", "office.address"),
    "city": ("cityEdit", "office.city"),
    "phone": ("phoneEdit", "office.phone"),
    "whatsapp": ("whatsappEdit", "office.whatsapp"),
    "email": ("emailEdit", "office.email"),
    "counter_code": ("counterCodeEdit", "counter.code"),
}


def show(form: QWidget, office: OfficeForm) -> None:
    for field in fields(OfficeForm):
        edit = getattr(form, EDITS[field.name][0])
        edit.setText(getattr(office, field.name))
        edit.setCursorPosition(0)  # the start of a long name or address, not its end


def read(form: QWidget) -> OfficeForm:
    return OfficeForm(**{name: getattr(form, edit).text() for name, (edit, _) in EDITS.items()})


def errors(form: QWidget, more: dict[str, QWidget] | None = None) -> FieldErrors:
    """The office fields' errors, and those of ``more`` fields (setting → widget) beside them."""
    fields = {key: getattr(form, edit) for edit, key in EDITS.values()}
    return FieldErrors({**fields, **(more or {})})
