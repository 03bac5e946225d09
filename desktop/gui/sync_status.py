"""Sync in the window: a background runner on its own thread (HTTP never waits on the UI or the
database worker), the status light in the status bar, and the view of what did not go through.
"""

from __future__ import annotations

import datetime as dt
import html
import json
import logging
import threading

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QHeaderView, QToolButton, QTreeWidgetItem

from desktop.domain.errors import DomainError
from desktop.domain.formatting import office_time
from desktop.domain.workflow import Role
from desktop.gui import i18n
from desktop.gui.forms import embed
from desktop.gui.style import MUTED
from desktop.gui.worker import Worker
from desktop.services import syncing
from desktop.services.context import Actor
from desktop.sync import backoff
from desktop.sync.client import Refused, Unreachable

log = logging.getLogger(__name__)
# The parts of a change worth showing beside its parameters (the rest is bookkeeping).
SHOWN = ("status", "reason", "text", "note", "result", "room", "start", "name")
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
        from desktop.store.models import database

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
                self.state_changed.emit(syncing.state())
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
            text = self.tr("%n sync problem(s)", "", s.errors + s.conflicts)
        elif light == "offline":
            text = self.tr("Offline — %n waiting", "", s.pending)
        elif light == "pending":
            text = self.tr("%n waiting to sync", "", s.pending)
        else:
            text = self.tr("Synced")
        self._paint(light, text)

    def _paint(self, light: str, text: str) -> None:
        self.setText(f"● {text}")
        self.setStyleSheet(f"QToolButton#syncLight {{ color: {COLOURS[light]}; border: none; }}")
        self.setToolTip(self.tr("Sync with the central system: click for details"))


class SyncDialog(QDialog):
    """What is waiting, what the server refused and why, and the conflicts (both versions, for
    a supervisor to settle)."""

    def __init__(self, worker: Worker, actor: Actor, runner: SyncRunner | None, parent=None):
        super().__init__(parent)
        self.worker, self.actor, self.runner = worker, actor, runner
        self.form = f = embed(self, "sync_dialog", margin=16)
        self.setWindowTitle(self.tr("Sync with the central system"))
        self.resize(860, 580)
        f.problemsView.setHeaderLabels(
            [self.tr("Case"), self.tr("What"), self.tr("When"), self.tr("The central system")]
        )
        f.problemsView.header().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 150), (1, 170), (2, 150)):
            f.problemsView.setColumnWidth(column, width)
        f.problemsView.itemSelectionChanged.connect(self._selected)
        f.queueView.setHeaderLabels([self.tr("Case"), self.tr("What"), self.tr("When"), ""])
        for column, width in ((0, 150), (1, 260), (2, 150)):
            f.queueView.setColumnWidth(column, width)
        f.closeButton.clicked.connect(self.accept)
        f.syncNowButton.clicked.connect(self.sync_now)
        f.syncNowButton.setEnabled(runner is not None)
        self.problems: list[syncing.Problem] = []
        self._versions(False)
        if runner is not None:
            runner.state_changed.connect(lambda _s: self.refresh())
        self.refresh()

    def refresh(self) -> None:
        self.worker.submit(
            lambda: (syncing.state(), syncing.problems(), syncing.queue()), on_success=self._show
        )

    def sync_now(self) -> None:
        if self.runner is not None:
            self.form.summaryLabel.setText(self.tr("Syncing…"))
            self.runner.sync_now()

    def _show(self, answer: tuple) -> None:
        state, self.problems, waiting = answer
        f, lang = self.form, i18n.lang()
        if not state.configured:
            f.summaryLabel.setText(
                self.tr(
                    "This desk is not enrolled with the central system yet. An administrator "
                    "runs: loket sync --server ADDRESS --enrol CODE"
                )
            )
        else:
            f.summaryLabel.setText(
                self.tr(
                    "%n change(s) waiting to be sent; {errors} refused; {conflicts} in conflict.",
                    "",
                    state.pending,
                ).format(errors=state.errors, conflicts=state.conflicts)
            )
        last = []
        if state.last_ok:
            last.append(
                self.tr("Last complete sync: {when}.").format(
                    when=office_time(dt.datetime.fromisoformat(state.last_ok), lang)
                )
            )
        if state.last_error:
            last.append(
                self.tr(
                    "The last try could not reach the central system; the desk tries again by "
                    "itself."
                )
            )
        f.lastLabel.setText(" ".join(last))
        f.lastLabel.setToolTip(state.last_error)  # the technical reason, for whoever maintains it
        f.problemsView.clear()
        for p in self.problems:
            what = i18n.label("event", p.kind) or p.kind
            verdict = (
                self.tr("Conflict: {reason}")
                if p.status == "conflict"
                else self.tr("Refused: {reason}")
            ).format(reason=p.reason or p.code)
            item = QTreeWidgetItem(
                f.problemsView, [p.reg_no, what, office_time(p.at, lang), verdict]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, p.event)
        f.queueView.clear()
        for w in waiting:
            QTreeWidgetItem(
                f.queueView,
                [
                    w.reg_no,
                    i18n.label("event", w.kind) or w.kind,
                    office_time(w.at, lang),
                    self.tr("being sent") if w.status == "uploading" else "",
                ],
            )
        f.tabs.setTabText(0, self.tr("Not taken ({count})").format(count=len(self.problems)))
        f.tabs.setTabText(1, self.tr("Waiting to be sent ({count})").format(count=state.pending))
        if not self.problems and waiting:
            f.tabs.setCurrentIndex(1)
        self._versions(False)

    def _selected(self) -> None:
        item = self.form.problemsView.currentItem()
        found = next(
            (
                p
                for p in self.problems
                if item and p.event == item.data(0, Qt.ItemDataRole.UserRole)
            ),
            None,
        )
        conflict = found is not None and found.status == "conflict"
        self._versions(conflict)
        if not conflict:
            return
        if not self.actor.has_any({Role.SUPERVISOR}):
            self.form.conflictLabel.setText(
                self.tr("A supervisor settles conflicts; both versions are kept until then.")
            )
            self.form.oursView.hide()
            self.form.theirsView.hide()
            return
        self.form.conflictLabel.setText(
            self.tr("Both versions are kept: this desk's change, and the ministry's.")
        )
        self.form.oursView.setHtml(self._version(self.tr("At this desk"), found.kind, found.ours))
        theirs = found.theirs
        self.form.theirsView.setHtml(
            self._version(
                self.tr("At the ministry"), theirs.get("kind", ""), theirs.get("payload", {})
            )
        )

    def _versions(self, shown: bool) -> None:
        for widget in (self.form.conflictLabel, self.form.oursView, self.form.theirsView):
            widget.setVisible(shown)

    def _version(self, title: str, kind: str, payload: dict) -> str:
        """A change in words: what it was, then each of its details with its field's name."""
        what = i18n.label("event", kind) or kind
        if kind == "case.transition" and payload.get("action"):
            what = i18n.label("action_title", payload["action"])
        details = {**payload.get("params", {}), **{k: v for k, v in payload.items() if k in SHOWN}}
        rows = "".join(
            f"<tr><td style='color:#5f6b7a;padding-right:10px'>"
            f"{html.escape(i18n.label('field', name) or name)}</td>"
            f"<td>{html.escape(self._value(name, value))}</td></tr>"
            for name, value in details.items()
        )
        return (
            f"<h3>{html.escape(title)}</h3><p><b>{html.escape(what)}</b></p><table>{rows}</table>"
        )

    @staticmethod
    def _value(name: str, value) -> str:
        if name in ("outcome", "mode", "venue") and isinstance(value, str):
            return i18n.label(name, value) or value
        if isinstance(value, dict | list):
            return json.dumps(value, ensure_ascii=False)
        return str(value)
