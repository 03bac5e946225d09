"""The focus ring on buttons is plain to see: the pixels of a button's edge change when it takes
the focus, by a contrast of at least 3:1 (WCAG's focus appearance), on an ordinary button and on
the blue default button alike."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from desktop.gui.settings_page import SettingsPage, StaffDialog


def _luminance(colour: QColor) -> float:
    def linear(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(colour.redF())
        + 0.7152 * linear(colour.greenF())
        + 0.0722 * linear(colour.blueF())
    )


def _contrast(a: QColor, b: QColor) -> float:
    light, dark = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _ringed_enough(plain: QImage, ringed: QImage) -> tuple[int, int]:
    """How many pixels change by 3:1 or more with the focus, and how many a 2 px ring around
    the button would have (WCAG 2.2's minimum focus indicator)."""
    w, h = plain.width(), plain.height()
    changed = sum(
        _contrast(QColor(plain.pixel(x, y)), QColor(ringed.pixel(x, y))) >= 3
        for x in range(w)
        for y in range(h)
    )
    radius = 4  # the style's rounded corners: their 4 px of each side are left out
    return changed, 2 * (2 * w + 2 * h) - 4 * 2 * 2 * radius


def _grabs(qtbot, target, away, by_tab_from=None) -> tuple[QImage, QImage]:
    away.setFocus()
    qtbot.waitUntil(away.hasFocus)
    plain = target.grab().toImage()
    if by_tab_from is None:
        target.setFocus(Qt.FocusReason.TabFocusReason)
    while not target.hasFocus():  # reached by Tab, as an officer does
        qtbot.keyClick(by_tab_from.focusWidget(), Qt.Key.Key_Tab)
    return plain, target.grab().toImage()


@pytest.mark.parametrize("button", ["cancelButton", "saveButton"])  # ordinary, default
def test_a_focused_button_of_a_dialog_is_ringed_clearly(qtbot, staffed_desk, button):
    worker, actors, _folder = staffed_desk
    dialog = StaffDialog(worker, actors["admin"])
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    target = getattr(dialog.form, button)
    plain, ringed = _grabs(qtbot, target, dialog.form.usernameEdit, by_tab_from=dialog)
    changed, ring = _ringed_enough(plain, ringed)
    assert changed >= ring, f"{changed} pixels change by 3:1, a 2 px ring is {ring}"


def test_a_focused_button_on_a_page_is_ringed_clearly(qtbot, staffed_desk):
    worker, actors, _folder = staffed_desk
    page = SettingsPage(worker, actors["admin"])
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    qtbot.waitExposed(page)
    plain, ringed = _grabs(qtbot, page.form.saveOfficeButton, page.form.cityEdit)
    changed, ring = _ringed_enough(plain, ringed)
    assert changed >= ring, f"{changed} pixels change by 3:1, a 2 px ring is {ring}"
