"""The daily backup in the window: a thread of its own looks every few minutes whether today's
backup is still to be made and makes it on its own database connection (a read that neither
waits for nor blocks the desk's writes; never on the UI thread nor in the database worker's
queue), then reports the backups' state for Today."""

from __future__ import annotations

import logging
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from desktop.services import backups

log = logging.getLogger(__name__)


class BackupRunner(QObject):
    state_changed = Signal(object)  # services.backups.State

    def __init__(self, interval: float = 600.0, first: float = 120.0, parent=None) -> None:
        super().__init__(parent)
        self.interval, self.first = interval, first  # the first look waits for the desk to start
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.last_state: backups.State | None = None

    def start(self) -> None:
        self._thread = threading.Thread(target=self._loop, name="backup", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 60) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def _loop(self) -> None:
        from desktop.store import db as store_db

        try:
            wait = self.first
            while not self._stop.wait(wait):
                self._round()
                wait = self.interval
        finally:
            store_db.close_connection()  # this thread's own connection

    def _round(self) -> None:
        from desktop.services import backups
        from desktop.store.models import utcnow

        try:
            if backups.due(utcnow()):
                backups.daily(utcnow())
        except Exception:  # recorded as backup.failed by daily (Today says it); logged here
            log.exception("the daily backup failed")
        try:
            self.last_state = backups.state(utcnow())
        except Exception:
            log.exception("the backups' state cannot be read")
            return
        self.state_changed.emit(self.last_state)
