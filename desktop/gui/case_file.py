"""The case file: parties, the complaint, documents, the timeline, and the actions allowed now."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain import history, identity, workflow
from desktop.domain.agencies import AgencyForm
from desktop.domain.errors import ValidationFailed
from desktop.domain.formatting import long_date, office_time, rupiah, short_date
from desktop.domain.messages import render
from desktop.domain.workflow import Status
from desktop.gui import combos, i18n, screen_fit
from desktop.gui.assign_dialog import AssignDialog
from desktop.gui.case_records import AnswerDialog, BlockingDialog
from desktop.gui.chosen_files import read_checked
from desktop.gui.desk import DeskSettings
from desktop.gui.forms import FieldErrors, embed, save_key
from desktop.gui.meetings import MeetingDialog, MeetingsPanel
from desktop.gui.outgoing_list import OutgoingList
from desktop.gui.preview import PreviewDialog, preview_printed
from desktop.gui.worker import Worker
from desktop.scanning.files import Inspected, printable
from desktop.services import (
    access,
    agencies,
    agreements,
    assignment,
    attachments,
    casefile,
    handling,
    hearings,
    printing,
    queries,
)
from desktop.services.context import Actor

# The widest a term's button label may be, in pixels (the widest letter's button is about as
# wide): the rest of a long term is elided, the whole of it is in the tooltip.
TERM_LABEL_ROOM = 300
CHOICES = {"outcome": "outcome", "mode": "mode", "venue": "venue"}
TEXT_PARAMS = ("duplicate_of",)  # asked on one line


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
        self.letters = OutgoingList(self.form, worker, actor, desk, with_case=False)
        self.letters.changed.connect(self.reload)
        self.meetings.changed.connect(self._done)
        self.form.scheduleMeetingButton.clicked.connect(self.schedule_meeting)
        self.form.assignButton.clicked.connect(self.assign)
        self.form.assignButton.setAutoDefault(False)  # Enter in the file is not "assign"
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
        self.form.documentsHint.setProperty("role", "muted")
        self.form.documentsList.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.form.documentsList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.form.documentButtonsLayout.setStretch(0, 1)  # the hint takes the room, not buttons
        for button in (self.form.openDocumentButton, self.form.addDocumentButton):
            button.setAutoDefault(False)  # Enter in the list opens the document itself
        self.form.documentsList.itemActivated.connect(self._open_document)
        self.form.openDocumentButton.clicked.connect(
            lambda: self._open_document(self.form.documentsList.currentItem())
        )
        self.form.addDocumentButton.clicked.connect(self.choose_files)
        self.form.addDocumentButton.setEnabled(actor.has_any(workflow.EDITORS))
        self.setAcceptDrops(actor.has_any(workflow.EDITORS))
        self.reader: Worker | None = None  # files read and checked, made on the first add
        self.finished.connect(lambda _r: self.reader.stop() if self.reader else None)
        self.setWindowTitle(self.tr("Case file"))
        screen_fit.place(self, 1100, 700)
        self.buttons: dict[str, QPushButton] = {}
        self.more: dict[str, QPushButton] = {}
        self.dialog: QDialog | None = None  # the last dialog opened over the file
        self.file: queries.CaseFile | None = None
        self.reload()

    def reload(self) -> None:
        if self.file is None:  # opened: recorded in the processing record
            self.worker.submit(
                access.open_case_file, self.actor, self.uuid, i18n.lang(), on_success=self._show
            )
        else:  # shown again after an action taken here
            self.worker.submit(queries.case_file, self.uuid, i18n.lang(), on_success=self._show)

    def _show(self, file: queries.CaseFile) -> None:
        self.file = file
        f, lang, case = self.form, i18n.lang(), file.case
        self.setWindowTitle(self.tr("Case {number}").format(number=case["reg_no"]))
        f.regNoLabel.setText(case["reg_no"])
        status = i18n.label("status_title", case["status"])
        if case["outcome"]:
            status += " — " + i18n.label("outcome", case["outcome"])
        original = duplicate_of(file.timeline) if case["outcome"] == "duplicate" else ""
        if original:  # the duplicate points to the case that goes on
            status = (
                i18n.label("status_title", case["status"])
                + " — "
                + render("casefile.duplicate_of", lang, reg_no=original)
            )
        if case["blocking_recommended"]:
            status += " · " + self.tr("site blocking recommended")
        referred = self._referrals()
        if referred:  # the outcome says where the consumer was sent
            status += " · " + self.tr("referred to the BPSK ({number})").format(
                number=referred[0].number
            )
        f.statusLabel.setText(status)
        due = case["stage_due"]
        f.dueLabel.setText(
            self.tr("Due {date}").format(date=long_date(due, lang))
            if due and case["status"] != Status.CLOSED.value
            else ""
        )
        if file.overdue:  # "terlambat 3 hari kerja", counted on the office's calendar
            f.dueLabel.setText(
                f.dueLabel.text() + " — " + render("casefile.overdue", lang, days=file.overdue)
            )
        f.dueLabel.setProperty("role", "error" if file.overdue else "")
        f.dueLabel.style().polish(f.dueLabel)
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
        self._officer(file)
        f.complainantView.setHtml(self._person_html(file.complainant))
        f.businessView.setHtml(self._business_html(file.business))
        f.complaintView.setHtml(self._complaint_html(case, file))
        self._show_documents(file)
        f.timelineView.clear()
        for at, kind, payload, who in file.timeline:
            QTreeWidgetItem(
                f.timelineView, [office_time(at, lang), self._event_text(kind, payload), who]
            )
        self._actions(Status(case["status"]))
        self._more(file)
        self.meetings.show_meetings(file.meetings)
        self.letters.show(file.outgoing)
        self.form.tabs.setTabText(
            self.form.tabs.indexOf(self.form.lettersTab),
            self.tr("Letters sent ({count})").format(count=len(file.outgoing)),
        )
        tab = self.form.tabs.indexOf(self.form.meetingsTab)
        self.form.tabs.setTabText(
            tab, self.tr("Meetings ({count})").format(count=len(file.meetings))
        )
        self.form.scheduleMeetingButton.setEnabled(
            case["status"] in ("clarification", "mediation")
            and self.actor.has_any(hearings.PLANNERS)
        )

    def _officer(self, file: queries.CaseFile) -> None:
        """Who handles the case, and the supervisor's button to give it to someone (else)."""
        f, case = self.form, file.case
        f.officerLabel.setText(
            self.tr("Officer responsible: {name}").format(name=file.officer)
            if file.officer
            else self.tr("Officer responsible: nobody yet")
        )
        is_open = case["status"] != Status.CLOSED.value
        f.assignButton.setText(self.tr("Reassign…") if file.officer else self.tr("Assign…"))
        f.assignButton.setVisible(is_open)
        allowed = self.actor.has_any(assignment.ASSIGNERS)
        f.assignButton.setEnabled(allowed)
        f.assignButton.setToolTip("" if allowed else i18n.text("permission.assign"))

    def assign(self) -> None:
        self._open(AssignDialog(self.worker, self.actor, self.uuid, self.file.case["reg_no"]))

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
        return (
            self._rows(self.tr("Complaint"), rows)
            + f"<h3>{html.escape(i18n.label('field', 'chronology'))}</h3><p>{chronology}</p>"
        )

    def _show_documents(self, file: queries.CaseFile) -> None:
        """Every document of the case under its group's heading; a document opens in the
        preview (its item carries the group and reference)."""
        view, lang = self.form.documentsList, i18n.lang()
        view.clear()

        def heading(text: str) -> None:
            item = QListWidgetItem(text)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a heading: read, not chosen
            font = item.font()
            font.setBold(True)
            item.setFont(font)
            view.addItem(item)

        heading(self.tr("Handed over at intake"))
        handed = ", ".join(i18n.label("document", code) for code in file.case["documents"])
        view.addItem("    " + (handed or self.tr("No documents were handed over.")))
        for group in casefile.GROUPS:
            found = [d for d in file.documents if d.group == group]
            if not found:
                continue
            heading(render(f"casefile.group.{group}", lang))
            for document in found:
                text = f"    {document.title} — {document.detail}"
                item = QListWidgetItem(text + (f" ({document.note})" if document.note else ""))
                item.setData(Qt.ItemDataRole.UserRole, (document.group, document.ref))
                item.setToolTip(item.text().strip() + "\n" + self.tr("Double-click to open"))
                view.addItem(item)
        tab = self.form.tabs.indexOf(self.form.documentsTab)
        self.form.tabs.setTabText(
            tab, self.tr("Documents ({count})").format(count=len(file.documents))
        )

    def _open_document(self, item: QListWidgetItem | None) -> None:
        where = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        if not where:
            return
        group, ref = where
        title = item.text().strip()
        self.worker.submit(
            casefile.document_pdf,
            self.uuid,
            group,
            ref,
            on_success=lambda pdf: self._show_document(pdf, title),
            on_failure=self._refused,
        )

    def _show_document(self, pdf: bytes, title: str) -> None:
        dialog = PreviewDialog(pdf, title, "document", self.desk, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.document_preview = dialog

    # -- adding evidence -------------------------------------------------------------------
    def choose_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Add the consumer's evidence"),
            "",
            self.tr("Scans and photos (*.pdf *.jpg *.jpeg *.png *.tif *.tiff)"),
        )
        self.add_files([Path(n) for n in names])

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.form.tabs.setCurrentWidget(self.form.documentsTab)
            self.add_files(paths)

    def add_files(self, paths: list[Path]) -> None:
        """Read and check each file on the reader, keep it with the case on the database
        worker; a refused file is said in plain words and nothing of it is kept."""
        if self.reader is None:
            self.reader = Worker("files")
        actor, uuid = self.actor, self.uuid
        for path in paths:

            def keep(read: tuple[str, Inspected]) -> None:
                name, kept = read
                self.worker.submit(
                    attachments.attach_file,
                    actor,
                    uuid,
                    name,
                    kept.data,
                    kept=kept,
                    on_success=self._attached,
                    on_failure=lambda e, name=name: self._not_kept(name, e),
                )

            self.reader.submit(
                read_checked,
                path,
                on_success=keep,
                on_failure=lambda e, name=path.name: self._not_kept(name, e),
            )

    def _not_kept(self, name: str, error: Exception) -> None:
        """Which file was refused, and why, in plain words (several may have been dropped)."""
        QMessageBox.warning(self, self.tr("Not done"), f"{printable(name)}: {i18n.message(error)}")

    def _attached(self, attached: attachments.Attached) -> None:
        note = attachments.removed_note(attached.removed, i18n.lang())
        if note:
            QMessageBox.information(self, self.tr("File kept"), f"{attached.name}: {note}")
        self._done()

    def print_case_file(self) -> None:
        """The whole case on paper; the officer chooses whether personal data is shown."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Print the case file"),
            self.tr(
                "NIK, phone, e-mail and street address are masked on the printed case file. "
                "Show them in full? The choice is recorded in the history."
            ),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        masked = box.addButton(self.tr("Print masked"), QMessageBox.ButtonRole.AcceptRole)
        full = box.addButton(self.tr("Show personal data"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(masked)
        self.question = box
        box.exec()
        if box.clickedButton() not in (masked, full):
            return
        self.worker.submit(
            casefile.print_case_file,
            self.actor,
            self.uuid,
            personal=box.clickedButton() is full,
            on_success=self._case_file_printed,
            on_failure=self._refused,
        )

    def _case_file_printed(self, pdf: bytes) -> None:
        title = self.tr("Case file {number}").format(number=self.file.case["reg_no"])
        self._show_document(pdf, title)
        self._done()  # the print is in the history

    def _event_text(self, kind: str, payload: dict) -> str:
        return history.event_text(kind, payload, i18n.lang(), self.file.staff if self.file else {})

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
                sector=self.file.case["sector"],
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
            seen=self.file.case["version"],  # another desk may change it meanwhile
            on_success=self._done,
            on_failure=self._refused,
        )

    def _done(self, _case=None) -> None:
        self.changed.emit(self.uuid)
        self.reload()

    def _refused(self, error: Exception) -> None:
        QMessageBox.warning(self, self.tr("Not done"), i18n.message(error))
        if getattr(error, "code", "") == "case.changed_meanwhile":
            self.reload()  # show what the other desk did: the officer looks again

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
        wanted.append(
            (
                "printCaseFile",
                "printCaseFile",
                self.tr("Print the case file…"),
                self.print_case_file,
                editor,
            )
        )
        if workflow.awaits_written_answer(case):
            text = self.tr("Record the written answer…")
            wanted.append(("recordAnswer", "recordAnswer", text, self.record_answer, editor))
        if not workflow.blocking_refusal(case, file.business):
            text = self.tr("Recommend blocking the site…")
            allowed = self.actor.has_any(workflow.BLOCKERS)
            wanted.append(
                ("recommendBlocking", "recommendBlocking", text, self.recommend_blocking, allowed)
            )
        planner = self.actor.has_any(hearings.PLANNERS)
        asked = [t for t in file.terms if t.state == "open" or self._kept_late_allowed(t)]
        for term in asked:
            slot = lambda _c=False, t=term: self.record_term(t)  # noqa: E731
            wanted.append((f"term_{term.uuid}", f"term_{term.uuid}", "", slot, planner))
        self.more = self._place(self.more, self.form.moreLabel, wanted)
        for term in asked:
            self._label_term(self.more[f"term_{term.uuid}"], term)
        self.form.moreLabel.setVisible(bool(wanted))

    def _kept_late_allowed(self, term) -> bool:
        """A term recorded not kept may still be carried out after the follow-up letter, while
        the case is handled and its consumer not yet sent to the BPSK (the service checks too)."""
        return (
            term.state == "unfulfilled"
            and self.file.case["status"] != Status.CLOSED.value
            and not self._referrals()
        )

    def _referrals(self) -> list:
        """The BPSK referral letters issued in this case (the consumer was sent there)."""
        return [x for x in self.file.outgoing if x.code == "bpsk_referral"]

    def _label_term(self, button: QPushButton, term) -> None:
        """The term's button names it in a few words; the whole wording and its date are in the
        tooltip and in the question it asks. A term is a sentence or two ("refund Rp12.750.000
        to the consumer's account and bear the return postage"): written out with its date on
        the button, it widened the file to 1129 pixels, past a 1024-pixel screen."""
        date = short_date(term.due, i18n.lang())
        if term.state == "open":
            label, whole = self.tr("Kept? {term}"), self.tr("Was it kept? {term} (by {date})")
        else:
            label = self.tr("Kept since? {term}")
            whole = self.tr("Kept since? {term} (due {date}, recorded not kept)")
        metrics = button.fontMetrics()
        room = max(TERM_LABEL_ROOM - metrics.horizontalAdvance(label.format(term="…")), 60)
        words = metrics.elidedText(term.text, Qt.TextElideMode.ElideRight, room)
        if words == term.text:
            words += "…"  # it asks first; an elided term ends in "…" already
        button.setText(label.format(term=words.replace("&", "&&")))
        whole = whole.format(term=term.text, date=date)
        button.setAccessibleName(whole)
        refusal = button.toolTip()  # the role's, when it may not record it
        button.setToolTip(whole + (f"\n{refusal}" if refusal else ""))

    def record_term(self, term) -> None:
        """The officer says whether a promise of the agreement was kept by its date, or, once
        recorded not kept, that it was carried out after all (after the follow-up letter)."""
        late = term.state == "unfulfilled"
        question = (
            self.tr("Recorded as not kept by {date}. Has it been carried out since?\n\n{term}")
            if late
            else self.tr("Was this kept by {date}?\n\n{term}")
        )
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Term of the agreement"),
            question.format(date=long_date(term.due, i18n.lang()), term=term.text),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        kept = box.addButton(self.tr("Kept"), QMessageBox.ButtonRole.YesRole)
        broken = None if late else box.addButton(self.tr("Not kept"), QMessageBox.ButtonRole.NoRole)
        self.term_box = box
        box.exec()
        if box.clickedButton() is None or box.clickedButton() not in (kept, broken):
            return
        self.worker.submit(
            agreements.record,
            self.actor,
            term.uuid,
            box.clickedButton() is kept,
            on_success=self._done,
            on_failure=self._refused,
        )

    def print_letter(self, kind: str) -> None:
        """The letter's preview: a draft (KONSEP) to check, issued from the preview."""
        actor, uuid = self.actor, self.uuid

        def issue(via: str, secret: str | None) -> printing.Printed:
            return printing.print_letter(
                actor, uuid, kind, issue=True, via=via, record=False, secret=secret
            )

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
        case = self.file.case
        self._open(
            AnswerDialog(self.worker, self.actor, self.uuid, case["reg_no"], seen=case["version"])
        )

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
        sector: str = "",
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

                def fill(items: list[AgencyForm], w=widget) -> None:
                    for agency in items:
                        w.addItem(f"{agency_code(agency.code)} — {agency.name}", agency.code)
                        if sector in agency.sectors:  # where the case's sector usually goes
                            w.setCurrentIndex(w.count() - 1)

                worker.submit(agencies.listed, on_success=fill)
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
            elif name in TEXT_PARAMS:
                widget = QLineEdit()
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
        save_key(self, self._accept)  # as every form dialog: Ctrl+S is the OK in front

    def _accept(self) -> None:
        params = {}
        for name, widget in self.inputs.items():
            if isinstance(widget, QComboBox):
                params[name] = widget.currentData() or ""
            elif isinstance(widget, QPlainTextEdit):
                params[name] = widget.toPlainText().strip()
            else:
                params[name] = widget.text().strip()
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


agency_code = history.agency_code


def duplicate_of(timeline: list) -> str:
    """The registration number a case was last marked a duplicate of."""
    for _at, kind, payload, _who in reversed(timeline):
        if kind == "case.transition" and payload["action"] == "mark_duplicate":
            return payload["params"].get("duplicate_of", "")
    return ""
