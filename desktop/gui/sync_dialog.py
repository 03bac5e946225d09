"""The sync view: what is waiting, what the central system refused and why, the conflicts."""

from __future__ import annotations

import datetime as dt
import html
import json

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QHeaderView, QLineEdit, QTreeWidgetItem

from desktop.domain.formatting import office_time
from desktop.domain.workflow import Role
from desktop.gui import i18n, icons, screen_fit
from desktop.gui.forms import FormDialog, embed
from desktop.gui.sync_status import SyncRunner
from desktop.gui.worker import Worker
from desktop.services import syncing
from desktop.services.context import Actor

ENROLLERS = frozenset({Role.ADMIN, Role.SUPERVISOR})  # as syncing.enrol requires
# The parts of a change worth showing beside its parameters (the rest is bookkeeping).
SHOWN = ("status", "reason", "text", "note", "result", "room", "start", "name")


class SyncDialog(QDialog):
    """What is waiting, what the server refused and why, and the conflicts (both versions, for
    a supervisor to settle)."""

    def __init__(self, worker: Worker, actor: Actor, runner: SyncRunner | None, parent=None):
        super().__init__(parent)
        self.worker, self.actor, self.runner = worker, actor, runner
        self.form = f = embed(self, "sync_dialog", margin=16)
        self.setWindowTitle(self.tr("Sync with the central system"))
        screen_fit.place(self, 860, 580)
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
        f.settleButton.clicked.connect(self.settle)
        f.settleButton.setEnabled(False)
        f.settleButton.setVisible(actor.has_any({Role.SUPERVISOR}))
        f.enrolButton.clicked.connect(self.enrol)
        f.enrolButton.setEnabled(actor.has_any(ENROLLERS))
        if not f.enrolButton.isEnabled():
            f.enrolButton.setToolTip(
                self.tr("Only an administrator or a supervisor enrols a desk.")
            )
        self.problems: list[syncing.Problem] = []
        self._versions(False)
        if runner is not None:
            # A method, not a lambda: Qt drops the connection when the dialog is deleted, so
            # the runner's later reports do not reach a closed view.
            runner.state_changed.connect(self._runner_reported)
        self.refresh()

    def _runner_reported(self, _state: syncing.State) -> None:
        self.refresh()

    def refresh(self) -> None:
        self.worker.submit(
            lambda: (syncing.state(), syncing.problems(), syncing.queue()), on_success=self._show
        )

    def settle(self) -> SettleDialog | None:
        problem = self.selected()
        if problem is None:
            return None
        self.dialog = SettleDialog(self.worker, self.actor, problem, self)
        self.dialog.accepted.connect(self.refresh)
        self.dialog.open()
        return self.dialog

    def enrol(self) -> EnrolDialog:
        self.dialog = EnrolDialog(self.worker, self.actor, self)
        self.dialog.accepted.connect(self._enrolled)
        self.dialog.open()
        return self.dialog

    def _enrolled(self) -> None:
        self.refresh()
        self.sync_now()

    def sync_now(self) -> None:
        if self.runner is not None:
            self.form.summaryLabel.setText(self.tr("Syncing…"))
            self.runner.sync_now()

    def _show(self, answer: tuple) -> None:
        state, self.problems, waiting = answer
        f, lang = self.form, i18n.lang()
        f.enrolButton.setText(self.tr("Enrol again…") if state.configured else self.tr("Enrol…"))
        if not state.configured:
            f.summaryLabel.setText(
                self.tr(
                    "This desk is not enrolled with the central system yet: enrol it with the "
                    "address and the code the ministry gave."
                )
                if f.enrolButton.isEnabled()
                else self.tr(
                    "This desk is not enrolled with the central system yet; an administrator or "
                    "a supervisor enrols it here."
                )
            )
        else:
            f.summaryLabel.setText(
                self.tr(
                    "%Ln change(s) waiting to be sent; {errors} refused; {conflicts} in conflict.",
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
        if state.failures and state.problem:
            last.append(state.problem_text(lang))
        elif state.last_error:
            last.append(
                self.tr(
                    "The last try could not reach the central system; the desk tries again by "
                    "itself."
                )
            )
        f.lastLabel.setText(" ".join(last))
        f.lastLabel.setProperty("role", "error" if state.light == "trouble" else "")
        f.lastLabel.style().polish(f.lastLabel)  # the colour follows the property
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

    def selected(self) -> syncing.Problem | None:
        """The problem chosen in the list, if any."""
        item = self.form.problemsView.currentItem()
        event = item.data(0, Qt.ItemDataRole.UserRole) if item else None
        return next((p for p in self.problems if p.event == event), None)

    def _selected(self) -> None:
        found = self.selected()
        self.form.settleButton.setEnabled(found is not None)
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


class EnrolDialog(FormDialog):
    """The central system's address, the enrolment code the ministry gave, and a private
    certificate authority when the ministry uses one."""

    def __init__(self, worker: Worker, actor: Actor, parent=None) -> None:
        super().__init__(worker, "enrol_dialog", parent)
        self.actor = actor
        self.setWindowTitle(self.tr("Enrol this desk"))
        self.resize(600, self.sizeHint().height())
        choose = self.form.caBundleEdit.addAction(
            icons.icon("mdi6.folder-open-outline"), QLineEdit.ActionPosition.TrailingPosition
        )
        choose.setToolTip(self.tr("Choose the file…"))
        choose.triggered.connect(self._choose_ca)
        worker.submit(syncing.server, on_success=self._show_server)

    def _show_server(self, server: syncing.Server) -> None:
        """Enrolling again (a new code, a server moved): start from what the desk has."""
        if not self.form.serverEdit.text():
            self.form.serverEdit.setText(server.url)
            self.form.caBundleEdit.setText(server.ca_bundle)

    def _choose_ca(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Certificate authority"), "", self.tr("Certificates (*.pem *.crt)")
        )
        if path:
            self.form.caBundleEdit.setText(path)

    def refused(self, error: Exception) -> None:
        super().refused(error)
        # The keyring's sentence says what to install: it takes several lines, all shown.
        self.resize(self.width(), self.sizeHint().height())

    def save(self) -> None:
        f = self.form
        self.submit(
            syncing.enrol,
            self.actor,
            f.serverEdit.text(),
            f.codeEdit.text().strip(),
            f.caBundleEdit.text().strip(),
        )


class SettleDialog(FormDialog):
    """A supervisor says how a change the central system did not take was dealt with."""

    def __init__(self, worker: Worker, actor: Actor, problem: syncing.Problem, parent=None):
        super().__init__(worker, "settle_dialog", parent)
        self.actor, self.problem = actor, problem
        self.setWindowTitle(self.tr("Mark as settled"))
        self.resize(540, 320)
        what = i18n.label("event", problem.kind) or problem.kind
        self.form.problemLabel.setText(
            self.tr(
                "Case {number}: “{what}” stays in the case's history but is not sent again; "
                "the central system's answer is kept beside how it was settled."
            ).format(number=problem.reg_no, what=what)
        )

    def save(self) -> None:
        self.submit(
            syncing.settle, self.actor, self.problem.event, self.form.noteEdit.toPlainText()
        )
