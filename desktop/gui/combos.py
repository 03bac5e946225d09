"""Filling combo boxes with classification codes shown by their labels."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtWidgets import QComboBox

from desktop.gui import i18n


def fill(combo: QComboBox, kind: str, codes: Iterable[str], *, blank: str | None = None) -> None:
    """Items labelled from the catalogue (``kind.code``), each carrying its code as data."""
    combo.clear()
    if blank is not None:
        combo.addItem(blank, "")
    for code in codes:
        combo.addItem(i18n.label(kind, code), code)


def select(combo: QComboBox, code: str) -> None:
    index = combo.findData(code)
    combo.setCurrentIndex(max(index, 0))
