"""Icons: Material Design glyphs from qtawesome, rendered once into resources/icons/.

Importing qtawesome costs about a quarter of a second (qtpy star-imports the whole of QtCore,
QtGui and QtWidgets), more than everything else the first window needs. So each glyph used is
kept as a white mask (``make icons``, which runs this module) and tinted here when asked for.
A glyph not rendered yet still shows: it is drawn by qtawesome, and the tests say which one.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap

from desktop.paths import ICONS, ROOT

SIZE = 64  # pixels of a mask: sharp at 2x for the 32 px the pages ask for at most
INK = "#1d2733"
_NAME = re.compile(r"""["'](mdi6\.[\w-]+)["']""")  # how the code names a glyph


def icon(name: str, color: str = INK, active: str | None = None) -> QIcon:
    """The glyph ``name`` (e.g. "mdi6.magnify") in ``color``; in ``active`` when selected."""
    result = QIcon()
    result.addPixmap(_tinted(name, color), QIcon.Mode.Normal)
    if active is not None:
        result.addPixmap(_tinted(name, active), QIcon.Mode.Active)
        result.addPixmap(_tinted(name, active), QIcon.Mode.Selected)
    return result


@cache
def _tinted(name: str, color: str) -> QPixmap:
    pixmap = QPixmap(_mask(name))
    painter = QPainter(pixmap)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
    painter.fillRect(pixmap.rect(), QColor(color))
    painter.end()
    return pixmap


@cache
def _mask(name: str) -> QPixmap:
    path = mask_path(name)
    return QPixmap(str(path)) if path.exists() else render_mask(name)


def mask_path(name: str) -> Path:
    return ICONS / f"{name}.png"


def render_mask(name: str) -> QPixmap:
    import qtawesome  # only for a glyph not rendered yet, or by ``make icons``

    return qtawesome.icon(name, color="white").pixmap(SIZE, SIZE)


def used_names(source: Path = ROOT / "desktop") -> set[str]:
    """Every glyph the code asks for by name."""
    return {m for path in source.rglob("*.py") for m in _NAME.findall(path.read_text("utf-8"))}


def render_all() -> list[Path]:
    ICONS.mkdir(parents=True, exist_ok=True)
    for stale in set(ICONS.glob("*.png")) - {mask_path(n) for n in used_names()}:
        stale.unlink()
    written = []
    for name in sorted(used_names()):
        render_mask(name).toImage().save(str(mask_path(name)))
        written.append(mask_path(name))
    return written


if __name__ == "__main__":
    from PySide6.QtWidgets import QApplication

    app = QApplication([])
    for path in render_all():
        print(path.relative_to(ROOT))
