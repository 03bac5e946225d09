"""Filling combo boxes with classification codes shown by their labels; a closed combo as wide
as the choice it shows."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QComboBox, QStyle, QStyleOptionComboBox

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


def fit_to_choice(combo: QComboBox) -> None:
    """Keep the closed combo as wide as the text it shows now, whichever is chosen: a filter
    squeezed to a fixed width showed "Semua tengga", one as wide as its longest item crowds
    the row. (Its open list stays as wide as it needs.)"""

    def fit() -> None:
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        metrics = combo.fontMetrics()
        # two pixels more than the text: the style draws it one pixel in from each side
        text = QSize(metrics.horizontalAdvance(combo.currentText()) + 2, metrics.height())
        if not option.currentIcon.isNull():
            text.setWidth(text.width() + option.iconSize.width() + 4)
        size = combo.style().sizeFromContents(QStyle.ContentsType.CT_ComboBox, option, text, combo)
        combo.setFixedWidth(size.width())

    combo.currentIndexChanged.connect(fit)
    fit()
