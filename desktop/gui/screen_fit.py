"""Windows sized for the counter's screen: 1366×768 and 1024×768 are common at the desk.

A window asks for the size it would like; it gets that or the screen's free area, whichever is
smaller, centred on the screen of the window it belongs to. Its layout (scroll areas, splitters)
then reflows into the space it has instead of running off the edge.
"""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# The window manager's title bar and borders lie outside the widget's own geometry.
FRAME = (16, 40)


def available(widget: QWidget) -> QRect:
    """The free area (without task bars) of the screen the window shows on."""
    anchor = widget.parentWidget().window() if widget.parentWidget() else widget
    screen = anchor.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def place(window: QWidget, width: int, height: int) -> None:
    """Size ``window`` to ``width``×``height`` or the free screen, whichever is smaller, and
    centre it there (a dialog over its parent's screen)."""
    area = available(window)
    w = min(width, area.width() - FRAME[0])
    h = min(height, area.height() - FRAME[1])
    window.resize(max(w, 200), max(h, 150))
    window.move(
        area.x() + (area.width() - window.width()) // 2,
        area.y() + max(0, (area.height() - window.height() - FRAME[1]) // 2) + FRAME[1] // 2,
    )


def larger_than_screen(window: QWidget, width: int, height: int) -> bool:
    """Whether ``width``×``height`` (and its frame) would not fit on the window's screen."""
    area = available(window)
    return width + FRAME[0] > area.width() or height + FRAME[1] > area.height()
