"""The window a counter officer lives in: navigation, the pages, shortcuts, the status bar.

Only the page shown first is built at start; each other page (and the module behind it) is
made the first time the officer goes to it, so the window is up in a fraction of a second.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QToolBar,
    QWidget,
)

from desktop.domain.workflow import REGISTRARS, REPORTERS, Role
from desktop.gui import combos, i18n, icons, screen_fit
from desktop.gui.backup_runner import BackupRunner
from desktop.gui.desk import DeskSettings
from desktop.gui.forms import load_form
from desktop.gui.live_cases import LiveCases
from desktop.gui.style import ACCENT
from desktop.gui.sync_status import SyncLight, SyncRunner
from desktop.gui.today_page import TodayPage
from desktop.gui.worker import Worker
from desktop.services.context import Actor

if TYPE_CHECKING:
    from desktop.gui.case_file import CaseFileDialog
    from desktop.gui.cases_page import CasesPage
    from desktop.gui.dashboard_page import DashboardPage
    from desktop.gui.intake_dialog import IntakeDialog
    from desktop.gui.letters_page import LettersPage
    from desktop.gui.outgoing_page import OutgoingPage
    from desktop.gui.preview import PreviewDialog
    from desktop.gui.reports_page import ReportsPage
    from desktop.gui.schedule_page import SchedulePage
    from desktop.gui.settings_page import SettingsPage
    from desktop.gui.sync_dialog import SyncDialog
    from desktop.gui.visitors_page import VisitorsPage

# Settings (the office, the letters, the accounts) are an admin's, as the README says; the
# services refuse anyone else.
ADMINS = frozenset({Role.ADMIN})


@dataclass
class Page:
    key: str
    icon: str
    title: str
    make: Callable[[], QWidget]
    widget: QWidget | None = None


class MainWindow(QMainWindow):
    signed_out = Signal()

    def __init__(self, worker: Worker, actor: Actor, desk: DeskSettings) -> None:
        super().__init__()
        self.worker, self.actor, self.desk = worker, actor, desk
        self.setWindowTitle(self.tr("Loket Pengaduan Konsumen"))
        self.setMinimumSize(800, 560)  # 1024×768 screens are still found at counters
        self.content = load_form("main_window", self)
        self.setCentralWidget(self.content)
        self.navigation = self.content.navigation
        self.navigation.setFixedWidth(220)
        self.navigation.setIconSize(QSize(20, 20))
        self.stack = self.content.pages
        self.stack.setContentsMargins(20, 14, 20, 8)
        self.can_register = actor.has_any(REGISTRARS)
        self.case_files: dict[str, CaseFileDialog] = {}  # open, by case uuid
        self.pages = [
            Page("today", "mdi6.view-dashboard-outline", self.tr("Today"), self._make_today),
            Page(
                "visitors",
                "mdi6.account-multiple-outline",
                self.tr("Visitors"),
                self._make_visitors,
            ),
            Page("cases", "mdi6.folder-text-outline", self.tr("Cases"), self._make_cases),
            Page("letters", "mdi6.email-outline", self.tr("Incoming letters"), self._make_letters),
            Page(
                "outgoing",
                "mdi6.email-arrow-right-outline",
                self.tr("Outgoing letters"),
                self._make_outgoing,
            ),
            Page(
                "schedule",
                "mdi6.calendar-month-outline",
                self.tr("Schedule"),
                self._make_schedule,
            ),
        ]
        if actor.has_any(REPORTERS):
            self.pages.append(
                Page("dashboard", "mdi6.chart-bar", self.tr("Dashboard"), self._make_dashboard)
            )
            self.pages.append(
                Page("reports", "mdi6.chart-box-outline", self.tr("Reports"), self._make_reports)
            )
        if actor.has_any(ADMINS):
            self.pages.append(
                Page("settings", "mdi6.cog-outline", self.tr("Settings"), self._make_settings)
            )
        for page in self.pages:
            item = QListWidgetItem(icons.icon(page.icon, active="white"), page.title)
            item.setData(Qt.ItemDataRole.UserRole, page.key)
            self.navigation.addItem(item)
            self.stack.addWidget(QWidget())  # stands in until the page is first shown
        self.navigation.currentRowChanged.connect(self._go)
        self._toolbar()
        self._status_bar()
        self.worker.busy_changed.connect(self._busy)
        self._listen_to_the_office()
        self._restore()

    # -- the pages, each made when first needed ---------------------------------------------
    def page(self, key: str) -> QWidget:
        """The page ``key``, built now if it was not yet."""
        row = [p.key for p in self.pages].index(key)
        page = self.pages[row]
        if page.widget is None:
            page.widget = page.make()
            stand_in = self.stack.widget(row)
            self.stack.insertWidget(row, page.widget)
            self.stack.removeWidget(stand_in)
            stand_in.deleteLater()
        return page.widget

    def built(self, key: str) -> QWidget | None:
        """The page ``key`` if it has been built (nothing to refresh on one that has not)."""
        return next((p.widget for p in self.pages if p.key == key), None)

    def _refresh(self, *keys: str) -> None:
        for key in keys:
            page = self.built(key)
            if page is not None:
                page.refresh()

    @property
    def today(self) -> TodayPage:
        return self.page("today")

    @property
    def visitors(self) -> VisitorsPage:
        return self.page("visitors")

    @property
    def cases(self) -> CasesPage:
        return self.page("cases")

    @property
    def letters(self) -> LettersPage:
        return self.page("letters")

    @property
    def schedule(self) -> SchedulePage:
        return self.page("schedule")

    @property
    def settings(self) -> SettingsPage | None:
        return self.page("settings") if self.actor.has_any(ADMINS) else None

    def _make_today(self) -> TodayPage:
        page = TodayPage(self.worker, self.actor)
        page.open_case.connect(self.open_case)
        self.sync.state_changed.connect(page.show_sync)
        if self.sync.last_state is not None:
            page.show_sync(self.sync.last_state)
        self.backup.state_changed.connect(page.show_backup)
        return page

    def _make_visitors(self) -> VisitorsPage:
        from desktop.gui.visitors_page import VisitorsPage

        page = VisitorsPage(self.worker, self.actor)
        page.start_complaint.connect(self.complaint_from_visitor)
        page.changed.connect(lambda: self._refresh("today"))
        return page

    def _make_cases(self) -> CasesPage:
        from desktop.gui.cases_page import CasesPage

        page = CasesPage(self.worker)
        page.open_case.connect(self.open_case)
        page.new_complaint.connect(self.new_complaint)
        page.form.newComplaintButton.setEnabled(self.can_register)
        page.export.connect(self.export_cases)
        page.form.exportButton.setVisible(self.actor.has_any(REPORTERS))
        return page

    def export_cases(self, query):
        """The case list as it is filtered and searched, to XLSX or CSV."""
        from desktop.gui.export_dialog import ExportDialog

        self.export_dialog = ExportDialog(
            self.actor,
            "cases",
            self.tr("The case list as it is filtered and searched now."),
            {"query": query},
            self.desk,
            self,
        )
        self.export_dialog.open()
        return self.export_dialog

    def _make_letters(self) -> LettersPage:
        from desktop.gui.letters_page import LettersPage

        page = LettersPage(self.worker, self.actor, self.desk)
        page.start_complaint.connect(self.complaint_from_letter)
        return page

    def _make_outgoing(self) -> OutgoingPage:
        from desktop.gui.outgoing_page import OutgoingPage

        page = OutgoingPage(self.worker, self.actor, self.desk)
        page.open_case.connect(self.open_case)
        return page

    def _make_schedule(self) -> SchedulePage:
        from desktop.gui.schedule_page import SchedulePage

        page = SchedulePage(self.worker, self.actor, self.desk)
        page.open_case.connect(self.open_case)
        return page

    def _make_dashboard(self) -> DashboardPage:
        from desktop.gui.dashboard_page import DashboardPage

        page = DashboardPage(self.worker, self.actor, self.desk)
        page.open_cases.connect(self.show_cases)
        return page

    def show_cases(self, query) -> None:
        """The case list with what a chart's bar or slice stands for."""
        self.cases.show_query(query)
        self.show_page("cases")

    def _make_reports(self) -> ReportsPage:
        from desktop.gui.reports_page import ReportsPage

        return ReportsPage(self.worker, self.actor, self.desk)

    def _make_settings(self) -> SettingsPage:
        from desktop.gui.settings_page import SettingsPage

        return SettingsPage(self.worker, self.actor, self.desk)

    # -- layout and state ------------------------------------------------------------------
    def _toolbar(self) -> None:
        bar = QToolBar(self.tr("Counter"))
        bar.setObjectName("counterToolbar")
        bar.setMovable(False)
        bar.setIconSize(QSize(18, 18))
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(bar)

        def action(name: str, icon: str, text: str, keys, slot) -> QAction:
            act = QAction(icons.icon(icon, color=ACCENT), text, self)
            act.setObjectName(name)
            act.setShortcut(QKeySequence(keys))
            act.setToolTip(
                f"{text} ({QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)})"
            )
            act.triggered.connect(lambda _checked=False, run=slot: run())  # no "checked" arg
            bar.addAction(act)
            return act

        self.new_visitor_action = action(
            "newVisitorAction",
            "mdi6.account-plus-outline",
            self.tr("New visitor"),
            "F2",
            self.new_visitor,
        )
        self.new_complaint_action = action(
            "newComplaintAction",
            "mdi6.file-document-edit-outline",
            self.tr("New complaint"),
            "Ctrl+N",
            self.new_complaint_here,
        )
        self.find_action = action(
            "findAction", "mdi6.magnify", self.tr("Find case"), "Ctrl+F", self.find
        )
        self.print_action = action(
            "printAction",
            "mdi6.printer-outline",
            self.tr("Print receipt"),
            "Ctrl+P",
            self.print_selected,
        )
        bar.addSeparator()
        action("signOutAction", "mdi6.logout", self.tr("Sign out"), "Ctrl+Shift+Q", self.sign_out)
        for number in range(len(self.pages)):
            go = QAction(self)
            go.setShortcut(QKeySequence(f"Ctrl+{number + 1}"))
            go.triggered.connect(lambda _c=False, n=number: self.navigation.setCurrentRow(n))
            self.addAction(go)
        self.new_complaint_action.setEnabled(self.can_register)
        # A disabled action's key does nothing; this one says why instead.
        refusal = QShortcut(QKeySequence("Ctrl+N"), self, activated=self._cannot_register)
        refusal.setEnabled(not self.can_register)

    def _status_bar(self) -> None:
        bar = self.statusBar()
        roles = ", ".join(i18n.label("role", r.value) for r in sorted(self.actor.roles))
        self.user_label = QLabel(f"{self.actor.full_name} · {roles}")
        self.busy_label = QLabel("")
        self.sync_light = SyncLight()
        self.sync_light.clicked.connect(self.show_sync)
        self.sync = SyncRunner(parent=self)
        self.sync.state_changed.connect(self.sync_light.show_state)
        self.sync.working.connect(self.sync_light.show_working)
        self.sync.start()
        self.backup = BackupRunner(parent=self)
        self.backup.start()
        bar.addWidget(self.user_label)
        bar.addPermanentWidget(self.busy_label)
        bar.addPermanentWidget(self.sync_light)

    def _restore(self) -> None:
        geometry, state = self.desk.bytes("window/geometry"), self.desk.bytes("window/state")
        if geometry is not None:
            self.restoreGeometry(geometry)  # Qt keeps it on the screen it finds
        elif screen_fit.larger_than_screen(self, 1280, 800):
            self.setWindowState(Qt.WindowState.WindowMaximized)
        else:
            screen_fit.place(self, 1280, 800)
        if state is not None:
            self.restoreState(state)
        keys = [p.key for p in self.pages]
        last = self.desk.value("window/page", "today")
        self.navigation.setCurrentRow(keys.index(last) if last in keys else 0)

    def _listen_to_the_office(self) -> None:
        """On the office database, what another desk registers or changes shows here too."""
        self.live = LiveCases.for_open_database(self)
        if self.live is not None:
            self.live.changed.connect(self.office_changed)
            self.live.start()

    def office_changed(self, cases: frozenset[str]) -> None:
        """Cases changed at another desk (``cases`` empty: any may have): the page shown and
        the open case files are read again; another page is read when it is next shown."""
        shown = self.pages[max(0, self.navigation.currentRow())].key
        page = self.built(shown)
        if shown == "cases":
            page.refresh_in_place()
        elif shown == "today":
            page.refresh()
        for uuid, dialog in list(self.case_files.items()):
            if not cases or uuid in cases:
                dialog.reload()

    def show_sync(self) -> SyncDialog:
        from desktop.gui.sync_dialog import SyncDialog

        dialog = SyncDialog(self.worker, self.actor, self.sync, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def closeEvent(self, event: QCloseEvent) -> None:
        self.sync.stop()
        self.backup.stop()
        if self.live is not None:
            self.live.stop()
        self.desk.set("window/geometry", self.saveGeometry())
        self.desk.set("window/state", self.saveState())
        self.desk.set("window/page", self.pages[max(0, self.navigation.currentRow())].key)
        super().closeEvent(event)

    def _go(self, row: int) -> None:
        page = self.page(self.pages[row].key)
        self.stack.setCurrentWidget(page)
        refresh = getattr(page, "refresh", None)
        if callable(refresh):
            refresh()

    def show_page(self, key: str) -> None:
        self.navigation.setCurrentRow([p.key for p in self.pages].index(key))

    def _busy(self, busy: bool) -> None:
        self.busy_label.setText(self.tr("Working…") if busy else "")

    # -- what the counter does -------------------------------------------------------------
    def new_visitor(self) -> None:
        self.show_page("visitors")
        self.visitors.new_visitor()

    def new_complaint(
        self, prefill=None, visitor_uuid: str = "", channel: str = "walk_in"
    ) -> IntakeDialog | None:
        from desktop.gui.intake_dialog import IntakeDialog

        if not self.new_complaint_action.isEnabled():
            return None
        dialog = IntakeDialog(self.worker, self.actor, self, prefill=prefill)
        combos.select(dialog.form.channel, channel)
        dialog.registered.connect(lambda done: self._registered(done, visitor_uuid))
        dialog.open()
        return dialog

    def new_complaint_here(self) -> None:
        """Ctrl+N: the complaint of the visitor (or letter) selected on the page shown, as its
        "Start complaint" button would; a blank form elsewhere."""
        shown = self.pages[max(0, self.navigation.currentRow())].key
        page = self.built(shown)
        if shown in ("visitors", "letters") and page.form.startComplaintButton.isEnabled():
            page.form.startComplaintButton.click()
        else:
            self.new_complaint()

    def _cannot_register(self) -> None:
        self.statusBar().showMessage(
            self.tr(
                "Your account may not register complaints: that takes the role {role}, "
                "which an admin gives in Settings."
            ).format(role=i18n.label("role", Role.COUNTER.value)),
            15000,
        )

    def complaint_from_visitor(self, visitor_uuid: str) -> None:
        from desktop.services import visitors

        self.worker.submit(
            visitors.visitor_person,
            visitor_uuid,
            on_success=lambda person: self.new_complaint(person, visitor_uuid),
        )

    def complaint_from_letter(self, letter_uuid: str, sender: str) -> IntakeDialog | None:
        """A postal complaint: the sender is the complainant, the letter is linked on save."""
        from desktop.domain.intake import PersonForm
        from desktop.services import letters

        dialog = self.new_complaint(PersonForm(name=sender), channel="post")
        if dialog is not None:
            self.worker.submit(letters.letter_pdf, letter_uuid, on_success=dialog.show_letter)
            dialog.registered.connect(
                lambda done: self.worker.submit(
                    letters.link_case,
                    self.actor,
                    letter_uuid,
                    done.uuid,
                    on_success=lambda _r: self.letters.refresh(),
                )
            )
        return dialog

    def _registered(self, done, visitor_uuid: str) -> None:
        from desktop.services import visitors

        if visitor_uuid:
            self.worker.submit(
                visitors.link_case,
                self.actor,
                visitor_uuid,
                done.uuid,
                on_success=lambda _r: self.visitors.refresh(),
            )
        self.statusBar().showMessage(
            self.tr("Complaint {number} registered.").format(number=done.reg_no), 10000
        )
        self._refresh("cases", "today")
        self.offer_receipt(done.uuid)

    def offer_receipt(self, case_uuid: str) -> None:
        """The receipt in a preview: Enter prints it on the receipt printer remembered."""
        from desktop.services import printing

        paper = self.desk.value("receipt/paper", "a5")
        self.worker.submit(
            printing.print_receipt,
            self.actor,
            case_uuid,
            paper,
            record=False,
            on_success=self._preview_receipt,
        )

    def _preview_receipt(self, printed) -> PreviewDialog:
        from desktop.gui.preview import preview_printed

        title = self.tr("Receipt {number}").format(number=printed.number)
        self.receipt_preview = preview_printed(
            self, self.worker, self.actor, printed, title, self.desk
        )
        return self.receipt_preview

    def print_selected(self) -> None:
        """Ctrl+P: the receipt of the case selected in the list."""
        cases, uuid = self.built("cases"), None
        if cases is not None and cases.form.casesView.currentIndex().isValid():
            uuid = cases.model.data(cases.form.casesView.currentIndex(), Qt.ItemDataRole.UserRole)
        if uuid:
            self.offer_receipt(uuid)
        else:
            self.statusBar().showMessage(
                self.tr("Select a case in the list to print its receipt."), 8000
            )

    def find(self) -> None:
        self.show_page("cases")
        self.cases.focus_search()

    def open_case(self, uuid: str) -> CaseFileDialog:
        """The case file of ``uuid``: the one open already comes to the front (a second copy
        would go stale beside it)."""
        from desktop.gui.case_file import CaseFileDialog

        dialog = self.case_files.get(uuid)
        if dialog is not None:
            dialog.showNormal()
            dialog.raise_()
            dialog.activateWindow()
            return dialog
        dialog = CaseFileDialog(self.worker, self.actor, uuid, self.desk, self)
        dialog.changed.connect(lambda _u: self._refresh("cases", "today", "schedule", "outgoing"))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.case_files[uuid] = dialog
        dialog.finished.connect(lambda _r: self.case_files.pop(uuid, None))
        dialog.show()
        return dialog

    def sign_out(self) -> None:
        from desktop.services import staff

        self.worker.submit(staff.sign_out, self.actor)
        self.close()
        self.signed_out.emit()
