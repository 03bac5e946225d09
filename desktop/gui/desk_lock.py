"""The unattended desk: after some minutes without a key or a click, every window of the desk
hides its content (not merely covered: a screenshot or a moved dialog shows nothing of a case)
and the sign-in dialog stands over it. The same officer finds everything as they left it."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

# What an officer at the desk does; paint, timers and the network are no sign of anyone.
_INPUT = frozenset(
    {
        QEvent.Type.KeyPress,
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.Wheel,
        QEvent.Type.TouchBegin,
    }
)


class IdleWatch(QObject):
    """Says ``idle`` once ``minutes`` pass without input to any window of the application."""

    idle = Signal()

    def __init__(self, minutes: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(max(1, round(minutes * 60_000)))
        self.timer.timeout.connect(self.idle)

    def start(self) -> None:
        QApplication.instance().installEventFilter(self)
        self.timer.start()

    def stop(self) -> None:
        QApplication.instance().removeEventFilter(self)
        self.timer.stop()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _INPUT:
            self.timer.start()
        return False


class Curtain:
    """Hides the content of every window shown (their widgets, and titles that may name a
    consumer) and shows it back as it was, the field that had the focus included."""

    def __init__(self, title: str) -> None:
        self.title = title
        self._windows: list[tuple[QWidget, str, list[QWidget], QWidget | None]] = []
        self._active: QWidget | None = None

    @property
    def drawn(self) -> bool:
        return bool(self._windows)

    def draw(self) -> None:
        self._active = QApplication.activeWindow()
        for window in QApplication.topLevelWidgets():
            if not window.isVisible() or window.isHidden():
                continue
            focus = window.focusWidget()
            parts = window.findChildren(QWidget, options=Qt.FindChildOption.FindDirectChildrenOnly)
            hidden = [part for part in parts if not part.isWindow() and not part.isHidden()]
            for part in hidden:
                part.hide()
            self._windows.append((window, window.windowTitle(), hidden, focus))
            window.setWindowTitle(self.title)

    def lift(self) -> None:
        for window, title, hidden, focus in self._windows:
            if not isValid(window):  # closed by what finished meanwhile (a save's answer)
                continue
            for part in hidden:
                if isValid(part):
                    part.show()
            window.setWindowTitle(title)
            if focus is not None and isValid(focus):
                focus.setFocus(Qt.FocusReason.OtherFocusReason)
        self._windows = []
        # The window the officer worked in comes to the front again, once the sign-in dialog
        # that lifts the curtain has closed (closing it activates whichever window Qt picks).
        QTimer.singleShot(0, self._activate)

    def _activate(self) -> None:
        active, self._active = self._active, None
        if active is not None and isValid(active) and active.isVisible():
            active.raise_()
            active.activateWindow()

    def forget(self) -> None:
        """Nothing is shown back: the windows behind are being closed."""
        self._windows = []

    def windows(self) -> list[QWidget]:
        return [window for window, *_ in self._windows if isValid(window)]
