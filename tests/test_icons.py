"""The icons the window shows: every glyph the code names is kept rendered, as qtawesome draws
it today, and comes out in the colour asked for."""

from __future__ import annotations

from PySide6.QtGui import QColor, QIcon, QImage

from desktop.gui import icons
from desktop.paths import ICONS


def test_every_glyph_the_code_names_is_rendered_and_none_is_left_over(qapp):
    named = icons.used_names()
    assert "mdi6.magnify" in named and len(named) >= 10
    kept = {path.stem for path in ICONS.glob("*.png")}
    assert kept == named, "run: make icons"


def test_the_kept_masks_are_what_qtawesome_draws_now(qapp):
    for name in sorted(icons.used_names()):
        kept = QImage(str(icons.mask_path(name))).convertToFormat(QImage.Format.Format_ARGB32)
        drawn = icons.render_mask(name).toImage().convertToFormat(QImage.Format.Format_ARGB32)
        assert kept == drawn, f"{name}: run make icons"


def test_an_icon_comes_in_its_colour_and_another_when_selected(qapp):
    icon = icons.icon("mdi6.magnify", color="#b3261e", active="#ffffff")
    for mode, expected in ((QIcon.Mode.Normal, "#b3261e"), (QIcon.Mode.Selected, "#ffffff")):
        image = icon.pixmap(32, 32, mode).toImage()
        opaque = [
            image.pixelColor(x, y)
            for x in range(image.width())
            for y in range(image.height())
            if image.pixelColor(x, y).alpha() == 255
        ]
        assert len(opaque) > 20  # the glyph is there
        assert {c.name() for c in opaque} == {QColor(expected).name()}
