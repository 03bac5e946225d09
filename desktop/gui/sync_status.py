"""Sync in the window: a background runner on its own thread (HTTP never waits on the UI or the
database worker) and the status light in the status bar. The view of what did not go through is
in sync_dialog.
"""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QToolButton

from desktop.gui.style import MUTED

if TYPE_CHECKING:
    from desktop.services import syncing

log = logging.getLogger(__name__)
COLOURS = {
    "off": MUTED,
    "synced": "#2e7d32",
    "pending": "#1565c0",
    "working": "#1565c0",
    "offline": MUTED,
    "errors": "#c62828",
}


class SyncRunner(QObject):
    """Runs a sync every ``interval`` seconds (sooner on "sync now", later after failures, with
    backoff) on a thread of its own, and reports the state after each run."""

    state_changed = Signal(object)  # syncing.State
    working = Signal(bool)

    def __init__(self, interval: float = 120.0, parent=None) -> None:
        super().__init__(parent)
        self.interval = interval
        self._wake = threading.Event()
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.last_state: syncing.State | None = None  # for a page made after the last report

    def start(self) -> None:
        self._thread = threading.Thread(target=self._loop, name="sync", daemon=True)
        self._thread.start()

    def sync_now(self) -> None:
        self._wake.set()

    def stop(self, timeout: float = 30) -> None:
        self._stop.set()
        self._wake.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def _loop(self) -> None:
        # Imported here, on the sync thread: the HTTP client is not needed for the window to show.
        from desktop.domain.errors import DomainError
        from desktop.services import syncing
        from desktop.store.models import database
        from desktop.sync import backoff
        from desktop.sync.client import Refused, Unreachable

        failures = 0
        try:
            while not self._stop.is_set():
                if syncing.server().url:
                    self.working.emit(True)
                    try:
                        syncing.run_once()
                        failures = 0
                    except (Unreachable, Refused):
                        failures += 1  # remembered by run_once for the light
                    except DomainError as e:
                        log.warning("sync not run: %s", e.code)
                    finally:
                        self.working.emit(False)
                self.last_state = syncing.state()
                self.state_changed.emit(self.last_state)
                wait = backoff.delay(failures) if failures else self.interval
                self._wake.wait(wait)
                self._wake.clear()
        finally:
            database.close()  # this thread's own connection


class SyncLight(QToolButton):
    """● and a few words in the status bar; a click opens the sync view."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("syncLight")
        self.setAutoRaise(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.state: syncing.State | None = None
        self.busy = False
        self._paint("off", self.tr("Sync not set up"))

    def show_state(self, state: syncing.State) -> None:
        self.state = state
        self._refresh()

    def show_working(self, busy: bool) -> None:
        self.busy = busy
        self._refresh()

    @property
    def light(self) -> str:
        if self.state is None or not self.state.configured:
            return "off"
        return "working" if self.busy else self.state.light

    def _refresh(self) -> None:
        s, light = self.state, self.light
        if s is None or light == "off":
            text = self.tr("Sync not set up")
        elif light == "working":
            text = self.tr("Syncing…")
        elif light == "errors":
            text = self.tr("%Ln sync problem(s)", "", s.errors + s.conflicts)
        elif light == "offline":
            text = self.tr("Offline — %n waiting", "", s.pending)
        elif light == "pending":
            text = self.tr("%Ln waiting to sync", "", s.pending)
        else:
            text = self.tr("Synced")
        self._paint(light, text)

    def _paint(self, light: str, text: str) -> None:
        self.setText(f"● {text}")
        self.setStyleSheet(f"QToolButton#syncLight {{ color: {COLOURS[light]}; border: none; }}")
        self.setToolTip(self.tr("Sync with the central system: click for details"))
