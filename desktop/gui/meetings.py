"""Clarification and mediation meetings in the window: the list with what can be done to a
meeting (summons, postpone, cancel, result, berita acara), and the dialogs that do it.

The schedule page and the case file's Meetings tab share ``MeetingsPanel``.
"""

from __future__ import annotations

import datetime as dt
from functools import partial

from PySide6.QtCore import QDate, Qt, QTime, QTimer, Signal
from PySide6.QtWidgets import (
    QDialog,
    QHeaderView,
    QInputDialog,
    QListWidgetItem,
    QMessageBox,
    QTreeWidgetItem,
    QWidget,
)

from desktop.domain import scheduling
from desktop.domain.formatting import long_date, weekday_date
from desktop.gui import combos, i18n
from desktop.gui.desk import DeskSettings
from desktop.gui.forms import FormDialog, embed
from desktop.gui.preview import preview_printed
from desktop.gui.worker import Worker
from desktop.services import hearings, printing
from desktop.services.context import Actor
from desktop.services.hearings import Meeting
from desktop.store.models import utcnow


def to_date(value: QDate) -> dt.date:
    return dt.date(value.year(), value.month(), value.day())


class MeetingsPanel(QWidget):
    """A list of meetings, and the buttons for the one selected."""

    changed = Signal()  # a meeting was moved, cancelled or given its result
    open_case = Signal(str)  # case uuid, on double-click

    def __init__(
        self, worker: Worker, actor: Actor, desk: DeskSettings, parent=None, *, of_case=False
    ) -> None:
        super().__init__(parent)
        self.worker, self.actor, self.desk = worker, actor, desk
        self.form = f = embed(self, "meetings_panel")
        view = f.meetingsView
        view.setHeaderLabels(
            [
                self.tr("When"),
                self.tr("Meeting"),
                self.tr("Room"),
                self.tr("Case"),
                self.tr("Parties"),
                self.tr("Mediator"),
                self.tr("State"),
            ]
        )
        view.header().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 190), (1, 95), (2, 135), (3, 145), (5, 140), (6, 150)):
            view.setColumnWidth(column, width)
        if of_case:  # the case file says whose case it is already
            view.setColumnHidden(3, True)
            view.setColumnHidden(4, True)
            view.header().setSectionResizeMode(6, QHeaderView.ResizeMode.Stretch)
        view.header().setStretchLastSection(False)
        view.itemSelectionChanged.connect(self.update_buttons)
        view.itemDoubleClicked.connect(self._double_clicked)
        f.summonsConsumerButton.clicked.connect(lambda: self.summons("consumer"))
        f.summonsBusinessButton.clicked.connect(lambda: self.summons("business"))
        f.postponeButton.clicked.connect(self.postpone)
        f.cancelMeetingButton.clicked.connect(self.cancel)
        f.resultButton.clicked.connect(self.record_result)
        f.minutesButton.clicked.connect(self.minutes)
        f.attendanceButton.clicked.connect(self.attendance)
        self.meetings: list[Meeting] = []
        self.dialog: QDialog | None = None  # the last dialog opened (window-modal, not exec'd)
        # "Catat hasil" opens when the meeting begins, with the panel left open meanwhile
        self._clock = QTimer(self, interval=30_000)
        self._clock.timeout.connect(self.update_buttons)
        self._clock.start()
        self.update_buttons()

    def show_meetings(self, meetings: list[Meeting], with_date: bool = True) -> None:
        keep = self.selected().uuid if self.selected() else None
        self.meetings = meetings
        view, lang = self.form.meetingsView, i18n.lang()
        view.clear()
        for m in meetings:
            when = f"{m.start:%H.%M}\u2013{m.end:%H.%M}"
            if with_date:
                when = f"{weekday_date(m.start.date(), lang)}  {when}"
            state = i18n.label("hearing_status", m.status)
            if m.result:
                state += " — " + i18n.label("result", m.result)
            elif m.present:
                state += " — " + self.tr("present: {who}").format(
                    who=", ".join(i18n.label("absent", p) for p in m.present)
                )
            item = QTreeWidgetItem(
                view,
                [
                    when,
                    i18n.label("meeting", m.kind),
                    m.room,
                    m.reg_no,
                    f"{m.complainant} \u2013 {m.business}",
                    m.mediator,
                    state,
                ],
            )
            item.setData(0, Qt.ItemDataRole.UserRole, m.uuid)
            if m.status in ("postponed", "cancelled"):
                for column in range(7):
                    item.setForeground(column, Qt.GlobalColor.gray)
            if m.uuid == keep:
                view.setCurrentItem(item)
        self.update_buttons()

    def selected(self) -> Meeting | None:
        item = self.form.meetingsView.currentItem()
        if item is None or not item.isSelected():
            return None
        uuid = item.data(0, Qt.ItemDataRole.UserRole)
        return next((m for m in self.meetings if m.uuid == uuid), None)

    def select(self, uuid: str) -> None:
        view = self.form.meetingsView
        for i in range(view.topLevelItemCount()):
            item = view.topLevelItem(i)
            if item.data(0, Qt.ItemDataRole.UserRole) == uuid:
                view.setCurrentItem(item)
                item.setSelected(True)

    def update_buttons(self) -> None:
        m = self.selected()
        f = self.form
        gated = {
            "summons": (f.summonsConsumerButton, f.summonsBusinessButton, f.attendanceButton),
            "postpone": (f.postponeButton,),
            "cancel": (f.cancelMeetingButton,),
            "result": (f.resultButton,),
        }
        for what, buttons in gated.items():
            reason = self.refusal(what, m)
            for button in buttons:
                button.setEnabled(m is not None and not reason)
                button.setToolTip(reason)
        f.minutesButton.setEnabled(m is not None and m.status == "held")

    def refusal(self, what: str, m: Meeting | None) -> str:
        """Why ``what`` cannot be done to the meeting now, in words ("" when it can): a
        counter officer prints the summons' draft but does not postpone, cancel or hold."""
        if m is None or m.status != "planned":
            return ""
        if what == "summons":  # the draft is anyone's; issuing it is checked in the preview
            return ""
        code = scheduling.meeting_refusal(
            what, self.actor.roles, m.status, m.start, hearings.to_local(utcnow())
        )
        when = f"{long_date(m.start.date(), i18n.lang())} {m.start:%H.%M}"
        return i18n.text(code, when=when) if code else ""

    def _failed(self, error: Exception) -> None:
        QMessageBox.warning(self, self.tr("Not done"), i18n.message(error))

    def _double_clicked(self, item: QTreeWidgetItem) -> None:
        m = self.selected()
        if m is not None:
            self.open_case.emit(m.case)

    # -- what can be done to a meeting -----------------------------------------------------
    def _preview(self, printed: printing.Printed, what: str, issue=None) -> None:
        m = self.selected()
        title = f"{what} {m.reg_no if m else ''}".strip()
        self.last_preview = preview_printed(
            self, self.worker, self.actor, printed, title, self.desk, issue=issue
        )
        self.last_preview.issued.connect(lambda _letter: self.changed.emit())

    def summons(self, party: str) -> None:
        m = self.selected()
        if m is None:
            return
        actor, what = self.actor, i18n.label("printed", f"invitation_{party}")

        def issue(via: str, secret: str | None) -> printing.Printed:
            return printing.print_invitation(
                actor, m.uuid, party, issue=True, via=via, record=False, secret=secret
            )

        if not actor.has_any(scheduling.PLANNERS):  # the draft only: see REFUSED["summons"]
            issue = None  # type: ignore[assignment]

        self.worker.submit(
            printing.print_invitation,
            actor,
            m.uuid,
            party,
            record=False,
            on_success=lambda p: self._preview(p, what, issue),
            on_failure=self._failed,
        )

    def minutes(self) -> None:
        m = self.selected()
        if m is None:
            return
        actor = self.actor

        def issue(_via: str, _secret: str | None) -> printing.Printed:  # signed by hand
            return printing.print_minutes(actor, m.uuid, issue=True, record=False)

        self.worker.submit(
            printing.print_minutes,
            actor,
            m.uuid,
            record=False,
            on_success=lambda p: self._preview(p, i18n.label("printed", "minutes"), issue),
            on_failure=self._failed,
        )

    def attendance(self) -> None:
        """The daftar hadir of the meeting, to be signed by those who come."""
        m = self.selected()
        if m is None:
            return
        self.worker.submit(
            printing.print_attendance,
            self.actor,
            m.uuid,
            record=False,
            on_success=lambda p: self._preview(p, i18n.label("printed", "attendance")),
            on_failure=self._failed,
        )

    def postpone(self) -> None:
        m = self.selected()
        if m is None:
            return
        self.dialog = MeetingDialog(
            self.worker, self.actor, m.case, m.reg_no, moving=m, parent=self
        )
        self.dialog.accepted.connect(self.changed)
        self.dialog.open()

    def cancel(self) -> None:
        m = self.selected()
        if m is None:
            return
        reason, ok = QInputDialog.getText(
            self,
            self.tr("Cancel meeting"),
            self.tr("Why is the meeting of {number} cancelled?").format(number=m.reg_no),
        )
        if ok and reason.strip():
            self.worker.submit(
                hearings.cancel,
                self.actor,
                m.uuid,
                reason.strip(),
                on_success=lambda _r: self.changed.emit(),
                on_failure=self._failed,
            )

    def record_result(self) -> None:
        m = self.selected()
        if m is None:
            return
        self.dialog = ResultDialog(self.worker, self.actor, m, self)
        self.dialog.accepted.connect(self.changed)
        self.dialog.open()


class MeetingDialog(FormDialog):
    """Schedule a meeting for a case, or move one (``moving``): the first free times from the
    date chosen are proposed for the room and mediator chosen, and a double-click takes one.
    A time the officer set (or took) stays when the room or mediator changes."""

    def __init__(
        self,
        worker: Worker,
        actor: Actor,
        case: str,
        reg_no: str,
        moving: Meeting | None = None,
        parent=None,
    ) -> None:
        super().__init__(worker, "meeting_dialog", parent)
        self.actor, self.case, self.moving = actor, case, moving
        f = self.form
        self.setMinimumWidth(540)
        self.chosen = False  # the officer set a time: proposals no longer overwrite it
        if moving is None:
            self.setWindowTitle(self.tr("Schedule a meeting"))
            f.caseLabel.setText(self.tr("Case {number}").format(number=reg_no))
            f.reasonEditLabel.hide()
            f.reasonEdit.hide()
            f.timeEdit.setTime(QTime(9, 0))
            f.dateEdit.setDate(QDate.currentDate())
        else:
            self.setWindowTitle(self.tr("Postpone the meeting"))
            f.caseLabel.setText(
                self.tr("Case {number}: {kind} of {when} in {room}").format(
                    number=reg_no,
                    kind=i18n.label("meeting", moving.kind),
                    when=f"{long_date(moving.start.date(), i18n.lang())} {moving.start:%H.%M}",
                    room=moving.room,
                )
            )
            f.saveButton.setText(self.tr("Postpone"))
            f.minutesSpin.setEnabled(False)  # the same meeting, later: its length stays
            f.minutesSpin.setValue(int((moving.end - moving.start).total_seconds() // 60))
            self._set_start(moving.start)  # until the default after it comes back
        f.proposalsList.itemDoubleClicked.connect(self._take)
        self._filling = True
        moving_start = moving.start if moving else None
        worker.submit(
            lambda: (
                hearings.rooms(),
                hearings.mediators(),
                hearings.postponed_default(moving_start) if moving_start else None,
            ),
            on_success=self._choices,
        )

    def _choices(
        self, choices: tuple[list[str], list[tuple[str, str]], dt.datetime | None]
    ) -> None:
        rooms, mediators, default = choices
        f = self.form
        for room in rooms:
            f.roomCombo.addItem(room, room)
        f.mediatorCombo.addItem(self.tr("(none yet)"), "")
        for uuid, name in mediators:
            f.mediatorCombo.addItem(name, uuid)
        if self.moving is not None:
            f.roomCombo.setCurrentIndex(max(0, f.roomCombo.findData(self.moving.room)))
            f.mediatorCombo.setCurrentIndex(max(0, f.mediatorCombo.findText(self.moving.mediator)))
            self._set_start(default)
            self.chosen = True  # the next working day at the same hour, unless changed
        elif self.actor.uuid in [u for u, _ in mediators]:
            f.mediatorCombo.setCurrentIndex(f.mediatorCombo.findData(self.actor.uuid))
        self._filling = False
        for signal in (
            f.roomCombo.currentIndexChanged,
            f.mediatorCombo.currentIndexChanged,
            f.minutesSpin.valueChanged,
            f.dateEdit.dateChanged,
        ):
            signal.connect(self._changed)
        f.timeEdit.timeChanged.connect(self._time_changed)
        self.propose()

    def _set_start(self, start: dt.datetime) -> None:
        self.form.dateEdit.setDate(QDate(start.year, start.month, start.day))
        self.form.timeEdit.setTime(QTime(start.hour, start.minute))

    def _time_changed(self) -> None:
        if not self._filling:
            self.chosen = True
            self.form.errorLabel.hide()  # the refusal was of the time before

    def _changed(self) -> None:
        """Room, mediator, length or date changed: the last refusal no longer applies, and the
        proposals are those from the date shown."""
        if self._filling:
            return
        if self.sender() is self.form.dateEdit:
            self.chosen = True
        self.form.errorLabel.hide()
        self.propose()

    def propose(self) -> None:
        f = self.form
        self.worker.submit(
            hearings.propose,
            self.case,
            f.minutesSpin.value(),
            f.roomCombo.currentData() or "",
            f.mediatorCombo.currentData() or "",
            to_date(f.dateEdit.date()),
            on_success=self._proposals,
        )

    def _proposals(self, slots: list[scheduling.Slot]) -> None:
        listing, lang = self.form.proposalsList, i18n.lang()
        listing.clear()
        for slot in slots:
            item = QListWidgetItem(
                f"{long_date(slot.start.date(), lang)}  {slot.start:%H.%M}\u2013{slot.end:%H.%M}"
            )
            item.setData(Qt.ItemDataRole.UserRole, slot.start)
            listing.addItem(item)
        if not slots:
            listing.addItem(self.tr("No free time in the next 45 days for this room."))
        elif not self.chosen:
            self._take(listing.item(0))

    def _take(self, item: QListWidgetItem) -> None:
        start = item.data(Qt.ItemDataRole.UserRole)
        if start is None:
            return
        self.form.proposalsList.setCurrentItem(item)
        self._filling = True  # a time taken from the list is not a new date to propose from
        self._set_start(start)
        self._filling = False
        self.chosen = True
        self.form.errorLabel.hide()

    def start(self) -> dt.datetime:
        time = self.form.timeEdit.time()
        return dt.datetime.combine(
            to_date(self.form.dateEdit.date()), dt.time(time.hour(), time.minute())
        )

    def save(self) -> None:
        f = self.form
        if self.moving is not None:
            moved = partial(
                hearings.postpone,
                room=f.roomCombo.currentData() or "",
                mediator=f.mediatorCombo.currentData() or "",
            )
            self.submit(moved, self.actor, self.moving.uuid, self.start(), f.reasonEdit.text())
        else:
            self.submit(
                hearings.schedule,
                self.actor,
                self.case,
                self.start(),
                f.minutesSpin.value(),
                f.roomCombo.currentData() or "",
                f.mediatorCombo.currentData() or "",
            )


class ResultDialog(FormDialog):
    """What came of a meeting: agreement (its terms), no agreement, or a party absent."""

    def __init__(self, worker: Worker, actor: Actor, meeting: Meeting, parent=None) -> None:
        super().__init__(worker, "result_dialog", parent)
        self.actor, self.meeting = actor, meeting
        f = self.form
        self.setWindowTitle(self.tr("Meeting result"))
        self.setMinimumWidth(660)  # the dated terms: what, and a date
        f.meetingLabel.setText(
            self.tr("{kind} of case {number}, {when}: {complainant} \u2013 {business}").format(
                kind=i18n.label("meeting", meeting.kind),
                number=meeting.reg_no,
                when=f"{long_date(meeting.start.date(), i18n.lang())} {meeting.start:%H.%M}",
                complainant=meeting.complainant,
                business=meeting.business,
            )
        )
        combos.fill(f.resultCombo, "result", scheduling.RESULTS, blank=self.tr("Choose…"))
        combos.fill(f.absentCombo, "absent", scheduling.ABSENT_PARTIES, blank=self.tr("Choose…"))
        f.termsTable.setHorizontalHeaderLabels(
            [self.tr("What is to be done"), self.tr("By (dd-mm-yyyy)")]
        )
        f.termsTable.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        f.termsTable.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents
        )
        f.termsTable.verticalHeader().setDefaultSectionSize(26)
        f.termsTable.setTabKeyNavigation(False)  # Tab leaves the table, as in the other fields
        f.resultCombo.currentIndexChanged.connect(self._result_changed)
        self._result_changed()

    def _result_changed(self) -> None:
        f = self.form
        absent = f.resultCombo.currentData() == "absent"
        f.absentCombo.setVisible(absent)
        f.absentComboLabel.setVisible(absent)
        agreed = f.resultCombo.currentData() == "agreement"
        f.termsTable.setVisible(agreed)
        f.termsTableLabel.setVisible(agreed)

    def terms(self) -> list[tuple[str, str]]:
        """The rows of the dated terms as typed: (what, by when)."""
        table = self.form.termsTable

        def cell(row: int, column: int) -> str:
            item = table.item(row, column)
            return item.text() if item else ""

        return [(cell(row, 0), cell(row, 1)) for row in range(table.rowCount())]

    def save(self) -> None:
        f = self.form
        recorded = partial(hearings.record_result, terms=self.terms())
        self.submit(
            recorded,
            self.actor,
            self.meeting.uuid,
            f.resultCombo.currentData() or "",
            f.noteEdit.toPlainText(),
            f.absentCombo.currentData() or "",
        )


class PresenceDialog(FormDialog):
    """A visitor of the day came for one of today's meetings, for the consumer or the business."""

    def __init__(self, worker: Worker, actor: Actor, visitor: str, name: str, parent=None) -> None:
        super().__init__(worker, "presence_dialog", parent)
        self.actor, self.visitor = actor, visitor
        f = self.form
        self.setWindowTitle(self.tr("Present at a meeting"))
        self.setMinimumWidth(500)
        f.visitorLabel.setText(self.tr("{name} came for:").format(name=name))
        combos.fill(f.partyCombo, "party", scheduling.PARTIES, blank=self.tr("Choose…"))
        worker.submit(hearings.today, on_success=self._meetings)

    def _meetings(self, meetings: list[Meeting]) -> None:
        combo = self.form.meetingCombo
        for m in meetings:
            combo.addItem(
                f"{m.start:%H.%M} {i18n.label('meeting', m.kind)} · {m.reg_no} · "
                f"{m.complainant} \u2013 {m.business}",
                m.uuid,
            )
        if not meetings:
            combo.addItem(self.tr("No meeting is planned for today."), "")
            self.form.saveButton.setEnabled(False)

    def save(self) -> None:
        f = self.form
        self.submit(
            hearings.mark_present,
            self.actor,
            self.visitor,
            f.meetingCombo.currentData() or "",
            f.partyCombo.currentData() or "",
        )
