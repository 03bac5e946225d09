"""The case file: parties, the complaint, documents, the timeline, and the actions allowed now."""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import classification, identity, workflow
from desktop.domain.errors import ValidationFailed
from desktop.domain.formatting import long_date, office_time, rupiah, short_date
from desktop.domain.workflow import Status
from desktop.gui import combos, i18n, screen_fit
from desktop.gui.case_records import AnswerDialog, BlockingDialog
from desktop.gui.desk import DeskSettings
from desktop.gui.forms import FieldErrors, embed
from desktop.gui.meetings import MeetingDialog, MeetingsPanel
from desktop.gui.preview import preview_printed
from desktop.gui.worker import Worker
from desktop.services import access, handling, hearings, printing, queries
from desktop.services.context import Actor

CHOICES = {"outcome": "outcome", "mode": "mode", "venue": "venue"}


class CaseFileDialog(QDialog):
    changed = Signal(str)  # uuid, after an action

    def __init__(
        self,
        worker: Worker,
        actor: Actor,
        uuid: str,
        desk: DeskSettings,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.worker, self.actor, self.uuid = worker, actor, uuid
        self.desk = desk
        self.form = embed(self, "case_file", margin=16)
        self.meetings = MeetingsPanel(worker, actor, self.desk, of_case=True)
        self.form.meetingsTabLayout.insertWidget(0, self.meetings)
        self.meetings.changed.connect(self._done)
        self.form.scheduleMeetingButton.clicked.connect(self.schedule_meeting)
        self.form.moreLabel.setProperty("role", "muted")
        self.form.headerLayout.setColumnStretch(2, 1)
        self.form.statusLabel.setSizePolicy(
            QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred
        )
        self.form.bodyLayout.setStretch(0, 3)
        self.form.bodyLayout.setStretch(1, 1)
        self.form.timelineView.setHeaderLabels([self.tr("When"), self.tr("What"), self.tr("Who")])
        self.form.timelineView.setColumnWidth(0, 170)
        self.form.timelineView.setColumnWidth(1, 420)
        self.setWindowTitle(self.tr("Case file"))
        screen_fit.place(self, 1100, 700)
        self.buttons: dict[str, QPushButton] = {}
        self.more: dict[str, QPushButton] = {}
        self.dialog: QDialog | None = None  # the last dialog opened over the file
        self.file: queries.CaseFile | None = None
        self.reload()

    def reload(self) -> None:
        if self.file is None:  # opened: recorded in the processing record
            self.worker.submit(access.open_case_file, self.actor, self.uuid, on_success=self._show)
        else:  # shown again after an action taken here
            self.worker.submit(queries.case_file, self.uuid, on_success=self._show)

    def _show(self, file: queries.CaseFile) -> None:
        self.file = file
        f, lang, case = self.form, i18n.lang(), file.case
        self.setWindowTitle(self.tr("Case {number}").format(number=case["reg_no"]))
        f.regNoLabel.setText(case["reg_no"])
        status = i18n.label("status_title", case["status"])
        if case["outcome"]:
            status += " — " + i18n.label("outcome", case["outcome"])
        if case["blocking_recommended"]:
            status += " · " + self.tr("site blocking recommended")
        f.statusLabel.setText(status)
        due = case["stage_due"]
        f.dueLabel.setText(
            self.tr("Due {date}").format(date=long_date(due, lang))
            if due and case["status"] != Status.CLOSED.value
            else ""
        )
        sync = {
            "synced": self.tr("sent to the central system"),
            "pending": self.tr("waiting to be sent to the central system"),
            "error": self.tr("the central system did not take a change: {reason}").format(
                reason=file.sync_problem
            ),
        }[file.sync]
        f.summaryLabel.setText(
            self.tr("{product} · {sector} · received {when} by {who} · {sync}").format(
                product=case["product"],
                sector=i18n.label("sector", case["sector"]),
                when=office_time(case["received_at"], lang),
                who=file.registered_by,
                sync=sync,
            )
        )
        f.complainantView.setHtml(self._person_html(file.complainant))
        f.businessView.setHtml(self._business_html(file.business))
        f.complaintView.setHtml(self._complaint_html(case, file))
        f.documentsList.clear()
        for code in case["documents"]:
            f.documentsList.addItem(i18n.label("document", code))
        if not case["documents"]:
            f.documentsList.addItem(self.tr("No documents were handed over."))
        f.timelineView.clear()
        for at, kind, payload, who in file.timeline:
            QTreeWidgetItem(
                f.timelineView, [office_time(at, lang), self._event_text(kind, payload), who]
            )
        self._actions(Status(case["status"]))
        self._more(file)
        self.meetings.show_meetings(file.meetings)
        tab = self.form.tabs.indexOf(self.form.meetingsTab)
        self.form.tabs.setTabText(
            tab, self.tr("Meetings ({count})").format(count=len(file.meetings))
        )
        self.form.scheduleMeetingButton.setEnabled(
            case["status"] in ("clarification", "mediation")
            and self.actor.has_any(hearings.PLANNERS)
        )

    # -- contents --------------------------------------------------------------------------
    def _rows(self, title: str, rows: list[tuple[str, str]]) -> str:
        cells = "".join(
            f"<tr><td style='color:#5f6b7a;padding:3px 12px 3px 0'>{html.escape(k)}"
            f"</td><td style='padding:3px 0'>{html.escape(v)}</td></tr>"
            for k, v in rows
            if v
        )
        return f"<h3>{html.escape(title)}</h3><table>{cells}</table>"

    def _person_html(self, p: dict) -> str:
        address = ", ".join(
            x
            for x in (
                p["address"],
                f"RT {p['rt']}/RW {p['rw']}" if p["rt"] else "",
                p["kelurahan"],
                p["kecamatan"],
                p["city"],
                p["province"],
                p["postal_code"],
            )
            if x
        )
        return self._rows(
            self.tr("Complainant"),
            [
                (self.tr("Name"), p["name"]),
                (self.tr("NIK"), p["nik"]),
                (
                    self.tr("Born"),
                    short_date(p["birth_date"], i18n.lang()) if p["birth_date"] else "",
                ),
                (self.tr("Sex"), i18n.label("sex", p["sex"])),
                (self.tr("Phone"), identity.display_phone(p["phone"]) if p["phone"] else ""),
                (self.tr("E-mail"), p["email"]),
                (self.tr("Address"), address),
            ],
        )

    def _business_html(self, b: dict) -> str:
        return self._rows(
            self.tr("Business actor"),
            [
                (self.tr("Name"), b["name"]),
                (self.tr("Kind"), i18n.label("business_kind", b["kind"])),
                (self.tr("Address"), b["address"]),
                (self.tr("Phone"), identity.display_phone(b["phone"]) if b["phone"] else ""),
                (self.tr("Website"), b["website"]),
                (self.tr("NPWP"), b["npwp"]),
                (
                    self.tr("Site blocking"),
                    self.tr("recommended to Komdigi on {date}").format(
                        date=long_date(b["blocking_recommended"], i18n.lang())
                    )
                    if b.get("blocking_recommended")
                    else "",
                ),
            ],
        )

    def _complaint_html(self, case: dict, file: queries.CaseFile) -> str:
        lang = i18n.lang()
        rows = [
            (self.tr("Report type"), i18n.label("report_type", case["report_type"])),
            (self.tr("Channel"), i18n.label("channel", case["channel"])),
            (self.tr("Product or service"), case["product"]),
            (self.tr("Transaction"), i18n.label("transaction_mode", case["transaction_mode"])),
            (
                self.tr("Date"),
                short_date(case["transaction_date"], lang) if case["transaction_date"] else "",
            ),
            (self.tr("Value"), rupiah(case["transaction_value"])),
            (self.tr("Paid by"), i18n.label("payment_method", case["payment_method"])),
            (
                self.tr("Complained to the business"),
                (
                    short_date(case["complained_at"], lang)
                    if case["complained_at"]
                    else self.tr("yes")
                )
                if case["complained_to_business"]
                else self.tr("no"),
            ),
            (self.tr("Business's answer"), case["business_answer"]),
            (
                self.tr("Asks for"),
                ", ".join(i18n.label("demand", d) for d in case["demands"])
                + (f" ({case['demand_detail']})" if case["demand_detail"] else ""),
            ),
            (self.tr("Forwarded to"), file.agency),
            (self.tr("Decision"), case["scope_reason"]),
        ]
        chronology = html.escape(case["chronology"]).replace("\n", "<br>")
        sent = [
            (
                x.number,
                f"{short_date(x.issued_on, lang)} · {x.kind} · {x.addressee}"
                + (f" · {x.sent_via}" if x.sent_via else ""),
            )
            for x in file.outgoing
        ]
        return (
            self._rows(self.tr("Complaint"), rows)
            + f"<h3>{html.escape(i18n.label('field', 'chronology'))}</h3><p>{chronology}</p>"
            + (self._rows(self.tr("Letters sent"), sent) if sent else "")
        )

    def _event_text(self, kind: str, payload: dict) -> str:
        if kind == "case.transition":
            text = i18n.label("action_title", payload["action"])
            params = payload.get("params", {})
            detail = params.get("reason") or params.get("missing") or params.get("note") or ""
            if params.get("outcome"):
                detail = i18n.label("outcome", params["outcome"]) + (
                    f": {detail}" if detail else ""
                )
            if params.get("agency"):
                detail = f"{agency_code(params['agency'])}: {detail}"
            return f"{text} — {detail}" if detail else text
        if kind == "case.answer_recorded":
            received = dt.date.fromisoformat(payload["received"])
            return "{what} ({date}): {text}".format(
                what=i18n.label("event", kind),
                date=short_date(received, i18n.lang()),
                text=payload.get("text", ""),
            )
        if kind in ("case.letter_issued", "case.reminder_sent") and payload.get("number"):
            return self.tr("{letter} issued, number {number}").format(
                letter=i18n.label("printed", payload.get("kind", "reminder")),
                number=payload["number"],
            )
        if kind == "case.amended":
            return self.tr("Complaint corrected ({fields})").format(
                fields=", ".join(sorted(payload.get("changes", {})))
            )
        if kind == "case.letter_emailed":
            return i18n.text(
                "event.case.letter_emailed", **{**payload, "to": ", ".join(payload["to"])}
            )
        return i18n.label("event", kind) or kind

    # -- actions ---------------------------------------------------------------------------
    def _actions(self, status: Status) -> None:
        self.buttons = self._place(
            self.buttons,
            self.form.actionsHint,
            [
                (
                    f"action_{act.name}",
                    act.name,
                    i18n.label("action_title", act.name),
                    lambda _c=False, a=act: self._take(a),
                    allowed,
                )
                for act, allowed in workflow.available(status, self.actor.roles)
            ],
        )

    def _place(self, old: dict[str, QPushButton], after: QWidget, wanted: list) -> dict:
        """Replace the buttons ``old`` with ``wanted`` (object name, key, text, slot, allowed),
        right below ``after`` in the actions column; returns them by key."""
        layout = self.form.actionsLayout
        for button in old.values():
            layout.removeWidget(button)
            button.deleteLater()
        placed = {}
        start = layout.indexOf(after) + 1
        for position, (name, key, text, slot, allowed) in enumerate(wanted):
            button = QPushButton(text)
            button.setObjectName(name)
            button.setEnabled(allowed)
            if not allowed:
                button.setToolTip(self.tr("Your role may not do this."))
            button.clicked.connect(slot)
            layout.insertWidget(start + position, button)
            placed[key] = button
        return placed

    def _take(self, act: workflow.Action) -> None:
        if act.requires:
            dialog = ActionDialog(
                self.worker,
                act,
                Status(self.file.case["status"]),
                self,
                agency=classification.default_agency(self.file.case["sector"]),
                reg_no=self.file.case["reg_no"],
            )
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            params = dialog.params
        else:
            params = {}
        self.worker.submit(
            handling.take_action,
            self.actor,
            self.uuid,
            act.name,
            params,
            on_success=self._done,
            on_failure=self._refused,
        )

    def _done(self, _case=None) -> None:
        self.changed.emit(self.uuid)
        self.reload()

    def _refused(self, error: Exception) -> None:
        QMessageBox.warning(self, self.tr("Not done"), i18n.message(error))

    # -- letters and records beside the workflow ------------------------------------------------
    def _more(self, file: queries.CaseFile) -> None:
        """Buttons for the letters that can be printed now, the written answer and blocking."""
        case, editor = file.case, self.actor.has_any(workflow.EDITORS)
        wanted = [
            (
                f"print_{kind}",
                f"print_{kind}",
                self.tr("Print: {letter}").format(letter=i18n.label("printed", kind)),
                lambda _c=False, k=kind: self.print_letter(k),
                editor,
            )
            for kind in file.letters
        ]
        if workflow.awaits_written_answer(case):
            text = self.tr("Record the written answer…")
            wanted.append(("recordAnswer", "recordAnswer", text, self.record_answer, editor))
        if not workflow.blocking_refusal(case, file.business):
            text = self.tr("Recommend blocking the site…")
            allowed = self.actor.has_any(workflow.BLOCKERS)
            wanted.append(
                ("recommendBlocking", "recommendBlocking", text, self.recommend_blocking, allowed)
            )
        self.more = self._place(self.more, self.form.moreLabel, wanted)
        self.form.moreLabel.setVisible(bool(wanted))

    def print_letter(self, kind: str) -> None:
        """The letter's preview: a draft (KONSEP) to check, issued from the preview."""
        actor, uuid = self.actor, self.uuid

        def issue(via: str) -> printing.Printed:
            return printing.print_letter(actor, uuid, kind, issue=True, via=via, record=False)

        self.worker.submit(
            printing.print_letter,
            actor,
            uuid,
            kind,
            record=False,
            on_success=lambda printed: self._preview(printed, i18n.label("printed", kind), issue),
            on_failure=self._refused,
        )

    def _preview(self, printed: printing.Printed, what: str, issue=None) -> None:
        title = f"{what} {self.file.case['reg_no'] if self.file else ''}".strip()
        self.last_preview = preview_printed(
            self, self.worker, self.actor, printed, title, self.desk, issue=issue
        )
        # an issued letter lands in the timeline and the register; a reminder moves the due date
        self.last_preview.issued.connect(lambda _letter: self.reload())

    def schedule_meeting(self) -> None:
        self._open(MeetingDialog(self.worker, self.actor, self.uuid, self.file.case["reg_no"]))

    def record_answer(self) -> None:
        self._open(AnswerDialog(self.worker, self.actor, self.uuid, self.file.case["reg_no"]))

    def recommend_blocking(self) -> None:
        self._open(BlockingDialog(self.worker, self.actor, self.file))

    def _open(self, dialog: QDialog) -> None:
        """A dialog over the case file, window-modal; the file reloads once it is saved."""
        dialog.setParent(self, dialog.windowFlags())
        dialog.accepted.connect(self._done)
        self.dialog = dialog
        dialog.open()


class ActionDialog(QDialog):
    """Asks for what a workflow action requires: a reason, an agency, an outcome …"""

    def __init__(
        self,
        worker: Worker,
        act: workflow.Action,
        status: Status,
        parent=None,
        *,
        agency: str = "",
        reg_no: str = "",
    ) -> None:
        super().__init__(parent)
        self.act, self.status, self.params, self.reg_no = act, status, {}, reg_no
        self.setWindowTitle(i18n.label("action_title", act.name))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        layout.addLayout(form)
        self.inputs: dict[str, QComboBox | QLineEdit | QPlainTextEdit] = {}
        for name in act.requires:
            if name == "agency":
                widget = QComboBox()

                def fill(items, w=widget) -> None:
                    for code, title in items:
                        w.addItem(f"{agency_code(code)} — {title}", code)
                    if w.findData(agency) >= 0:  # the agency the case's sector usually goes to
                        w.setCurrentIndex(w.findData(agency))

                worker.submit(queries.agencies, on_success=fill)
            elif name == "outcome":
                widget = QComboBox()
                combos.fill(
                    widget, "outcome", sorted(o.value for o in act.outcomes_by_source[status])
                )
            elif name in CHOICES:
                widget = QComboBox()
                options = {
                    "mode": [m.value for m in workflow.ClarificationMode],
                    "venue": ["bpsk", "court", "police"],
                }[name]
                combos.fill(widget, CHOICES[name], options)
            else:
                widget = QPlainTextEdit()
                widget.setTabChangesFocus(True)
                widget.setFixedHeight(90)
            widget.setObjectName(f"param_{name}")
            form.addRow(QLabel(i18n.label("field", name)), widget)
            self.inputs[name] = widget
        if "outcome" in act.requires:
            note = QPlainTextEdit()
            note.setObjectName("param_note")
            note.setTabChangesFocus(True)
            note.setFixedHeight(70)
            form.addRow(QLabel(i18n.label("field", "note")), note)
            self.inputs["note"] = note
        self.errors = FieldErrors(dict(self.inputs))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _accept(self) -> None:
        params = {}
        for name, widget in self.inputs.items():
            if isinstance(widget, QComboBox):
                params[name] = widget.currentData() or ""
            elif isinstance(widget, QPlainTextEdit):
                params[name] = widget.toPlainText().strip()
        try:  # what is missing is said here; status and role are the service's to check
            workflow.check(self.act.name, self.status, frozenset(workflow.Role), params)
        except ValidationFailed as e:
            self.errors.show(e.errors, i18n.lang())
            return
        if self.act.target == Status.CLOSED and not self._closing_confirmed(params):
            return
        self.params = params
        self.accept()

    def _closing_confirmed(self, params: dict) -> bool:
        """A closed case is not opened again: the officer says so once more."""
        text = self.tr("Case {number} will be closed: {what}.").format(
            number=self.reg_no, what=i18n.label("action_title", self.act.name)
        )
        if params.get("agency"):
            text += " " + self.tr("It is forwarded to {agency}.").format(
                agency=agency_code(params["agency"])
            )
        self.confirmation = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Close the case?"),
            text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        self.confirmation.setDefaultButton(QMessageBox.StandardButton.No)
        return self.confirmation.exec() == QMessageBox.StandardButton.Yes


def agency_code(code: str) -> str:
    """An agency's code as it is written: LAPS SJK, not LAPS_SJK."""
    return code.replace("_", " ")
