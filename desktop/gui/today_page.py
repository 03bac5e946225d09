"""Today: who is waiting, the hearings of the day, what is due and overdue, the sync light."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListView, QListWidgetItem, QWidget

from desktop.domain.formatting import long_date, office_time, short_date
from desktop.domain.workflow import Role
from desktop.gui import i18n
from desktop.gui.forms import embed
from desktop.gui.worker import Worker
from desktop.services import queries
from desktop.services.context import Actor

OFFICER_ROLES = frozenset({Role.ANALYST, Role.MEDIATOR})


class TodayPage(QWidget):
    open_case = Signal(str)

    def __init__(self, worker: Worker, actor: Actor) -> None:
        super().__init__()
        self.worker, self.actor = worker, actor
        self.form = f = embed(self, "today_page")
        for name in ("waiting", "hearings", "overdue", "dueSoon", "open"):
            getattr(f, f"{name}Tile").setProperty("tile", True)
            getattr(f, f"{name}Count").setProperty("count", True)
        f.greetingLabel.setText(self.tr("Good day, {name}").format(name=actor.full_name))
        f.dueList.itemActivated.connect(self._activated)
        f.hearingsList.itemActivated.connect(self._activated)
        f.mineList.itemActivated.connect(self._activated)
        # "Kasus saya" is for those who are given cases: analysts and mediators
        self.officer = actor.has_any(OFFICER_ROLES)
        f.mineBox.setVisible(self.officer)
        for listing in (f.waitingList, f.hearingsList, f.mineList, f.dueList):
            listing.setWordWrap(True)
            # Lay the items out again when the width changes (a scroll bar appearing, say),
            # or wrapped lines are cut off at the height they had before.
            listing.setResizeMode(QListView.ResizeMode.Adjust)
            listing.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            listing.setSpacing(3)
        self.summary: queries.Today | None = None

    def refresh(self) -> None:
        self.worker.submit(
            queries.today_summary,
            officer=self.actor.uuid if self.officer else "",
            on_success=self._show,
        )

    def _show(self, today: queries.Today) -> None:
        self.summary = today
        f, lang = self.form, i18n.lang()
        self.show_backup(today.backup)
        f.dateLabel.setText(long_date(today.day, lang))
        counts = {
            "waiting": len(today.waiting),
            "hearings": len(today.hearings),
            "overdue": today.overdue,
            "dueSoon": today.due_soon,
            "open": today.open_cases,
        }
        for name, value in counts.items():
            label = getattr(f, f"{name}Count")
            label.setText(f"{value:,}".replace(",", "."))
            label.setProperty("alert", name == "overdue" and value > 0)
            label.style().unpolish(label)
            label.style().polish(label)
        f.waitingList.clear()
        for visitor in today.waiting:
            f.waitingList.addItem(
                self.tr("{time}  {name} — {purpose}").format(
                    time=office_time(visitor.time_in, lang, "HH.mm"),
                    name=visitor.name,
                    purpose=i18n.label("purpose", visitor.purpose),
                )
            )
        if not today.waiting:
            f.waitingList.addItem(self.tr("Nobody is waiting."))
        f.hearingsList.clear()
        for m in today.hearings:
            item = QListWidgetItem(
                self.tr("{time}  {kind} · {room}\n{number} · {complainant} – {business}").format(
                    time=f"{m.start:%H.%M}",
                    kind=i18n.label("meeting", m.kind),
                    room=m.room,
                    number=m.reg_no,
                    complainant=m.complainant,
                    business=m.business,
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, m.case)
            if m.status == "held":
                item.setForeground(Qt.GlobalColor.darkGray)
            f.hearingsList.addItem(item)
        if not today.hearings:
            f.hearingsList.addItem(self.tr("No hearings today."))
        self._show_mine(today)
        f.dueList.clear()
        for term in today.terms_overdue:  # a promise of an agreement past its date
            item = QListWidgetItem(
                self.tr("{number}\nAgreement: {term}\nwas due {date}").format(
                    number=term.reg_no, term=term.text, date=short_date(term.due, lang)
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, term.case)
            item.setForeground(Qt.GlobalColor.darkRed)
            f.dueList.addItem(item)
        for row in today.overdue_rows + today.due_rows:
            late = row.overdue(today.day)
            item = QListWidgetItem(
                self.tr("{number}\n{name}\ndue {date}").format(
                    number=row.reg_no, name=row.complainant, date=short_date(row.stage_due, lang)
                )
            )
            item.setData(Qt.ItemDataRole.UserRole, row.uuid)
            if late:
                item.setForeground(Qt.GlobalColor.darkRed)
            f.dueList.addItem(item)
        if not today.overdue_rows and not today.due_rows and not today.terms_overdue:
            f.dueList.addItem(self.tr("Nothing is due in the next two working days."))

    def _show_mine(self, today: queries.Today) -> None:
        """The signed-in officer's open cases, the one due first at the top."""
        f, lang = self.form, i18n.lang()
        f.mineBox.setTitle(self.tr("My cases ({count})").format(count=today.mine_count))
        f.mineList.clear()
        for row in today.mine:
            due = (
                self.tr("due {date}").format(date=short_date(row.stage_due, lang))
                if row.stage_due
                else ""
            )
            status = i18n.label("status_title", row.status)
            item = QListWidgetItem(  # short lines: a wrapped one is cut at 1024 px
                self.tr("{number}\n{name}\n{status} · {due}").format(
                    number=row.reg_no, name=row.complainant, status=status, due=due
                )
                if due
                else f"{row.reg_no}\n{row.complainant}\n{status}"
            )
            item.setData(Qt.ItemDataRole.UserRole, row.uuid)
            if row.overdue(today.day):
                item.setForeground(Qt.GlobalColor.darkRed)
            f.mineList.addItem(item)
        if not today.mine:
            f.mineList.addItem(self.tr("No open case is yours."))

    def show_backup(self, state) -> None:
        """When the last daily backup was made (services.backups.State), warned when it failed
        or is older than two working days."""
        label, lang = self.form.backupLabel, i18n.lang()

        def when(moment) -> str:
            return office_time(moment, lang)

        if state is None:
            return
        if state.failed_at is not None:
            text = self.tr("The daily backup failed on {when}: {reason}").format(
                when=when(state.failed_at), reason=state.reason(lang)
            )
        elif not state.folder:
            text = self.tr("Daily backups: no folder chosen yet (Settings, Backups).")
        elif state.last_ok is None:
            text = self.tr("No backup has been made yet.")
        elif state.stale:
            text = self.tr(
                "The last backup was made on {when}, more than two working days ago."
            ).format(when=when(state.last_ok))
        else:
            text = self.tr("Last backup: {when}.").format(when=when(state.last_ok))
        label.setText(text)
        label.setProperty("role", "error" if state.warn or not state.folder else "")
        label.style().unpolish(label)
        label.style().polish(label)

    def show_sync(self, state) -> None:
        """One sentence on the sync, from the runner's last report (services.syncing.State)."""
        label = self.form.syncLabel
        if not state.configured:
            label.setText(self.tr("Sync with the central system: not set up yet."))
        elif state.light == "trouble":  # the server answered wrongly: say how, not "offline"
            label.setText(
                self.tr("Sync with the central system: {problem}").format(
                    problem=state.problem_text(i18n.lang())
                )
            )
        elif state.errors or state.conflicts:
            label.setText(
                self.tr(
                    "Sync with the central system: %n change(s) need attention (see the light "
                    "in the status bar).",
                    "",
                    state.errors + state.conflicts,
                )
            )
        elif state.failures:
            label.setText(
                self.tr(
                    "Sync with the central system: offline; %n change(s) wait and go when it "
                    "answers again.",
                    "",
                    state.pending,
                )
            )
        else:
            label.setText(
                self.tr("Sync with the central system: up to date.")
                if not state.pending
                else self.tr(
                    "Sync with the central system: %n change(s) on their way.", "", state.pending
                )
            )

    def _activated(self, item: QListWidgetItem) -> None:
        uuid = item.data(Qt.ItemDataRole.UserRole)
        if uuid:
            self.open_case.emit(uuid)
