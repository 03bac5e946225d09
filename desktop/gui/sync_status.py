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

from desktop.gui import i18n
from desktop.gui.style import MUTED

if TYPE_CHECKING:
    from desktop.services import syncing
    from desktop.sync.client import Limits

log = logging.getLogger(__name__)
COLOURS = {
    "off": MUTED,
    "synced": "#2e7d32",
    "pending": "#1565c0",
    "working": "#1565c0",
    "offline": MUTED,
    "trouble": "#e65100",
    "errors": "#c62828",
}


class SyncRunner(QObject):
    """Runs a sync every ``interval`` seconds (sooner on "sync now", later after failures, with
    backoff) on a thread of its own, and reports the state after each run. Nothing ends the
    thread but ``stop``: whatever a round raises is logged with its traceback, shown on the
    light, and followed by the next round."""

    state_changed = Signal(object)  # syncing.State
    working = Signal(bool)

    def __init__(self, interval: float = 120.0, parent=None, limits: Limits | None = None) -> None:
        super().__init__(parent)
        self.interval = interval
        self.limits = limits
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
        from desktop.store import db as store_db
        from desktop.sync import backoff

        failures = 0
        try:
            while not self._stop.is_set():
                failures = self._round(failures)
                wait = backoff.delay(failures) if failures else self.interval
                self._wake.wait(wait)
                self._wake.clear()
        finally:
            store_db.close_connection()  # this thread's own connection

    def _round(self, failures: int) -> int:
        """One round and its report; the failures in a row after it."""
        import dataclasses

        from desktop.services import syncing
        from desktop.sync.client import BadAnswer, Refused, Unreachable

        try:
            if syncing.server().url:
                self.working.emit(True)
                try:
                    kwargs = {"limits": self.limits} if self.limits else {}
                    syncing.run_once(**kwargs)
                    failures = 0
                finally:
                    self.working.emit(False)
            self.last_state = syncing.state()
        except Exception as e:  # run_once remembered it for the light, when it could
            failures += 1
            if isinstance(e, Unreachable | Refused) and not isinstance(e, BadAnswer):
                log.warning("sync round failed: %s: %s", type(e).__name__, e)
            else:
                log.exception("sync round failed")
            try:
                self.last_state = syncing.state()
            except Exception:  # the database itself: say so with what the light last knew
                log.exception("the sync state cannot be read")
                if self.last_state is None:
                    return failures
                code, params = syncing.problem_of(e)
                self.last_state = dataclasses.replace(
                    self.last_state,
                    failures=failures,
                    problem=code,
                    problem_params=params,
                    last_error=f"{type(e).__name__}: {e}",
                )
        self.state_changed.emit(self.last_state)
        return failures


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
        elif light == "trouble":
            text = self.tr("Central server problem — %Ln waiting", "", s.pending)
        elif light == "errors":
            text = self.tr("%Ln sync problem(s)", "", s.errors + s.conflicts)
        elif light == "offline":
            text = self.tr("Offline — %n waiting", "", s.pending)
        elif light == "pending":
            text = self.tr("%Ln waiting to sync", "", s.pending)
        else:
            text = self.tr("Synced")
        self._paint(light, text, s.problem_text(i18n.lang()) if s is not None else "")

    def _paint(self, light: str, text: str, problem: str = "") -> None:
        self.setText(f"● {text}")
        self.setStyleSheet(f"QToolButton#syncLight {{ color: {COLOURS[light]}; border: none; }}")
        hint = self.tr("Sync with the central system: click for details")
        self.setToolTip(f"{problem}\n\n{hint}" if problem else hint)
