"""What the other desks of the office change, shown here within a moment (office mode).

The office database tells every listening desk of each change to a case as it is committed
(desktop/store/office_events.py). A desk listens on a connection of its own, on a thread of its
own (the database worker and the UI thread never wait for the news); what it hears within a
short moment is handed to the window as one ``changed``, so a burst of changes is one refresh.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.store import office_events
from desktop.store.office_events import CaseEvent, Source

# How long the news is gathered before the window hears it (ms): a registration is several
# commits (the case, its history, its numbering) heard as one.
SETTLE_MS = 150


class LiveCases(QObject):
    changed = Signal(object)  # frozenset of case uuids; empty: any case may have changed
    _heard = Signal(object)  # a CaseEvent, emitted on the listener's thread (queued to this one)

    def __init__(self, where: Source, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.where = where
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self._cases: set[str] = set()
        self._everything = False
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle.timeout.connect(self._hand_on)
        self._heard.connect(self._gather)

    @classmethod
    def for_open_database(cls, parent: QObject | None = None) -> LiveCases | None:
        """A listener on the office database the desk has open; None on its own folder."""
        where = office_events.source()
        return cls(where, parent) if where is not None else None

    def start(self) -> None:
        self._thread = threading.Thread(
            target=office_events.listen,
            args=(self.where, self._from_listener, self._stop),
            name="office-events",
            daemon=True,
        )
        self._thread.start()

    def stop(self, timeout: float = 1.0) -> None:
        """Stop listening. The listener leaves within half a second; one still connecting to an
        unreachable server is left to end by itself (it says nothing more once stopped)."""
        self._stop.set()
        if self._thread is not None:
            self._thread.join(timeout)

    def _from_listener(self, event: CaseEvent) -> None:
        if not self._stop.is_set():  # this object may be gone once stopped
            self._heard.emit(event)

    def _gather(self, event: CaseEvent) -> None:
        if event.case:
            self._cases.add(event.case)
        else:  # connected again: what was committed meanwhile went unheard
            self._everything = True
        if not self._settle.isActive():
            self._settle.start()

    def _hand_on(self) -> None:
        cases = frozenset() if self._everything else frozenset(self._cases)
        self._cases, self._everything = set(), False
        self.changed.emit(cases)
