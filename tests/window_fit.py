"""Every window and dialog of the desk, opened on a screen of a given size, measured and looked at.

``python -m tests.window_fit --out DIR [--lang id|en]`` runs on whatever screen Qt offers;
test_gui_fit starts it on a 1366×768 and a 1024×768 screen (Qt's offscreen platform, configured
by a file), in each language. For each window it reports, as JSON lines: its geometry, whether it
lies inside the screen's free area, whether its main buttons are wholly visible, labels, buttons
and closed combo boxes too small for their text, fields squeezed below their height, interactive
widgets that overlap one another, interactive widgets a screen reader could not name (no text, no
accessible name, no label), and enabled controls that Tab, pressed again and again from the
window's focus, never reaches. A PNG of each goes to DIR, to be looked at.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from pathlib import Path

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QTableView,
    QTextEdit,
    QToolBar,
    QToolButton,
    QWidget,
)

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractSpinBox,
    QPlainTextEdit,
    QTextEdit,
    QAbstractItemView,
)

# What shows a text of its own that must fit: labels, and buttons of the three kinds.
TEXTED = (QLabel, QCheckBox, QRadioButton, QPushButton)


def _rect_in(widget: QWidget, window: QWidget) -> QRect:
    return QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())


def _seen(widget: QWidget, window: QWidget) -> QRect:
    """The part of ``widget`` on screen, in the window's coordinates (a scroll area hides some)."""
    seen = widget.visibleRegion().boundingRect()
    return seen.translated(widget.mapTo(window, QPoint(0, 0))) if not seen.isEmpty() else QRect()


def _inner(widget: QWidget) -> bool:
    """A part of another control (a combo's line edit, a spin box's, a scroll bar's buttons)."""
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(
            parent, QComboBox | QAbstractSpinBox | QTabBar | QAbstractItemView | QLineEdit
        ):
            return True
        parent = parent.parentWidget()
    return widget.objectName().startswith("qt_")


def controls(window: QWidget) -> list[QWidget]:
    return [
        w
        for w in window.findChildren(QWidget)
        if isinstance(w, INTERACTIVE)
        and w.isVisibleTo(window)
        and not _inner(w)
        and w.window() is window
    ]


def labelled(widget: QWidget, window: QWidget) -> bool:
    """Whether a screen reader has a name for it: its text, accessible name, or a label."""
    if widget.accessibleName().strip():
        return True
    if isinstance(widget, QAbstractButton) and widget.text().replace("&", "").strip():
        return True
    for label in window.findChildren(QLabel):
        if label.buddy() is widget:
            return True
    for form in window.findChildren(QFormLayout):
        label = form.labelForField(widget)
        if isinstance(label, QLabel) and label.text().strip():
            return True
    return False


def text_cut(widget: QLabel | QAbstractButton) -> str:
    """How a label or button is too small for its text, or "" where it is not. A label narrower
    than its line shows the start of it ("Data pribadi d"), a button the middle (":etak
    rekapitulasi.."); a label that wraps its words, shorter than its lines, loses the last."""
    if not widget.text():
        return ""
    width, height = widget.width(), widget.height()
    if isinstance(widget, QLabel) and widget.wordWrap():
        need = widget.heightForWidth(width)
        return f"{height} of {need} px high" if height < need else ""
    need = widget.sizeHint()
    if width < need.width():
        return f"{width} of {need.width()} px wide"
    return f"{height} of {need.height()} px high" if height < need.height() else ""


def _named(widget: QWidget) -> str:
    """Its object name, or its class's and the nearest named parent's."""
    if widget.objectName():
        return widget.objectName()
    parent = widget.parentWidget()
    while parent is not None and not parent.objectName():
        parent = parent.parentWidget()
    return f"{type(widget).__name__} in {parent.objectName() if parent else '?'}"


def combo_cuts(combo: QComboBox) -> bool:
    """Whether a closed combo box shows less than its current text ("Semua tengga"): the text
    is drawn clipped to the box's edit field, one pixel in from each side."""
    text = combo.currentText()
    if combo.isEditable() or not text:
        return False  # an editable one scrolls its text like a line edit
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(
        QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
    )
    room = field.width() - 2
    if not option.currentIcon.isNull():
        room -= option.iconSize.width() + 4
    return combo.fontMetrics().horizontalAdvance(text) > room


def _keyed(widget: QWidget) -> bool:
    """A tool bar's button whose action has a key: the key reaches it, Tab need not."""
    action = widget.defaultAction() if isinstance(widget, QToolButton) else None
    return (
        isinstance(widget.parentWidget(), QToolBar)
        and action is not None
        and not action.shortcut().isEmpty()
    )


def _one_stop(widget: QWidget) -> list[QWidget]:
    """The buttons Tab treats as one stop with ``widget``: an exclusive group's (Tab goes to the
    checked one, the arrow keys to the others), else the widget alone."""
    if isinstance(widget, QAbstractButton):
        group = widget.group()
        if group is not None and group.exclusive():
            return list(group.buttons())
        if widget.autoExclusive() and widget.parentWidget() is not None:
            return [
                b
                for b in widget.parentWidget().findChildren(QAbstractButton)
                if b.autoExclusive() and b.parentWidget() is widget.parentWidget()
            ]
    return [widget]


def unreached_by_tab(window: QWidget, app: QApplication) -> list[str]:
    """Enabled controls in sight that Tab never gives the focus to. The keys go to whatever has
    the focus, as the officer's would, so a control that keeps Tab for itself (a table walking
    its cells, a text box typing a tab) traps the walk and everything after it is unreached."""
    window.activateWindow()
    for _ in range(100):
        app.processEvents()
        if QApplication.activeWindow() is window:
            break
    wanted = [w for w in controls(window) if w.isVisible() and w.isEnabled() and not _keyed(w)]
    reached: set[int] = set()
    for _ in range(2 * len(wanted) + 10):  # twice round: where the walk starts does not matter
        focus = QApplication.focusWidget()
        if focus is None or focus.window() is not window:
            focus = window
        reached.update(id(w) for w in wanted if w is focus or w.isAncestorOf(focus))
        QTest.keyClick(focus, Qt.Key.Key_Tab)
        app.processEvents()
    return sorted(
        f"{type(w).__name__}:{w.objectName()}"
        for w in wanted
        if not any(id(b) in reached for b in _one_stop(w))
    )


def measure(name: str, window: QWidget, main: list[QWidget]) -> dict:
    area = window.screen().availableGeometry()
    frame = window.frameGeometry()
    report: dict = {
        "window": name,
        "screen": [area.width(), area.height()],
        "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
        "problems": [],
    }
    problems = report["problems"]
    if not area.contains(frame):
        problems.append(f"the window ({frame.width()}×{frame.height()}) runs off the screen")
    for button in main:
        label = button.objectName() or type(button).__name__
        if not button.isVisible():
            problems.append(f"{label} is not shown")
            continue
        if not window.rect().contains(_rect_in(button, window)):
            problems.append(f"{label} lies outside the window")
        elif button.visibleRegion().boundingRect() != button.rect():
            problems.append(f"{label} is cut off")
    for widget in window.findChildren(QWidget):
        texted = isinstance(widget, TEXTED) and widget.isVisible() and widget.window() is window
        if texted and (cut := text_cut(widget)):
            problems.append(f"{_named(widget)} cuts its text ({widget.text()!r}: {cut})")
    for field in controls(window):
        # A window too short for its form squeezes the fields below their height: the feet
        # of "dipakai" cut off in a spin box.
        short = isinstance(field, QLineEdit | QAbstractSpinBox | QComboBox) and field.isVisible()
        if short and field.height() < (need := field.minimumSizeHint().height()):
            problems.append(f"{_named(field)} is squeezed ({field.height()} of {need} px high)")
    for combo in window.findChildren(QComboBox):
        if combo.isVisible() and combo.window() is window and combo_cuts(combo):
            problems.append(f"{combo.objectName()} cuts its text ({combo.currentText()!r})")
    for view in window.findChildren(QTableView):
        # The column that takes what the others leave (a name, usually) crushed to "…" (rows
        # that grow to their wrapped text show it all).
        header = view.horizontalHeader()
        wraps = view.wordWrap() and (
            view.verticalHeader().sectionResizeMode(0) == QHeaderView.ResizeMode.ResizeToContents
        )
        for column in range(header.count()):
            if (
                view.isVisible()
                and not wraps
                and not header.isSectionHidden(column)
                and header.sectionResizeMode(column) == QHeaderView.ResizeMode.Stretch
                and header.sectionSize(column) < 100
            ):
                problems.append(f"{view.objectName()} crushes its column {column}")
    for area in window.findChildren(QScrollArea):
        inner = area.widget()
        if area.isVisible() and inner is not None and inner.width() > area.viewport().width():
            problems.append(f"{area.objectName()} hides its right part (scrolls sideways)")
    shown = [(w, _seen(w, window)) for w in controls(window) if w.isVisible()]
    for i, (a, ra) in enumerate(shown):
        for b, rb in shown[i + 1 :]:
            if a.isAncestorOf(b) or b.isAncestorOf(a):
                continue
            if ra.intersects(rb):
                problems.append(
                    f"{a.objectName() or type(a).__name__} overlaps "
                    f"{b.objectName() or type(b).__name__}"
                )
    report["unnamed"] = sorted(
        f"{type(w).__name__}:{w.objectName()}" for w in controls(window) if not labelled(w, window)
    )
    return report


def scroll_to(area: QScrollArea, view: QWidget) -> None:
    """Scroll ``area`` so that ``view`` is at the top, or as far as it goes. (Not
    ensureWidgetVisible: a chart view answers it with its scene's cursor, not its own rect.)"""
    bar = area.verticalScrollBar()
    bar.setValue(min(view.mapTo(area.widget(), QPoint(0, 0)).y() - 6, bar.maximum()))


def chart_problems(area: QScrollArea, view) -> list[str]:
    """What is wrong with a dashboard chart scrolled into view: cut off, no figures, or its
    bars or pie squeezed by the labels and the legend."""
    from PySide6.QtCharts import QPieSeries

    name, problems = view.objectName(), []
    if not area.viewport().rect().contains(_rect_in(view, area.viewport())):
        problems.append(f"{name} is cut off when scrolled to")
    chart = view.chart()
    series = chart.series() if chart is not None else []
    values = [
        v
        for s in series
        for v in (
            [p.value() for p in s.slices()]
            if isinstance(s, QPieSeries)
            else [b.at(i) for b in s.barSets() for i in range(b.count())]
        )
    ]
    if not values or max(values) <= 0:
        problems.append(f"{name} shows no figures")
    plot = chart.plotArea() if chart is not None else None
    if plot is not None and (plot.width() < 0.35 * view.width() or plot.height() < 100):
        problems.append(f"{name} squeezes its plot ({plot.width():.0f}×{plot.height():.0f})")
    return problems


def issue_a_letter(analyst) -> None:
    """The demo issues no letter: the register and a case file's letters get one here."""
    from desktop.domain.errors import DomainError
    from desktop.services import printing
    from desktop.store.models import Case

    for case in Case.select(Case.uuid).where(Case.status == "clarification").limit(50):
        try:
            printing.print_letter(analyst, case.uuid, "clarification", issue=True)
            return
        except DomainError:
            continue  # not the letter this case has now


# A term as long as officers write them: on its button in full it widened the case file to
# 1129 pixels on a 1024×768 screen.
LONG_TERM = (
    "Pelaku usaha mengembalikan seluruh uang pembelian sebesar Rp12.750.000 ke rekening "
    "konsumen dan menanggung ongkos kirim pengembalian barang"
)


def agree_on_a_long_term(mediator, besides: str) -> str:
    """A planned mediation (not ``besides``, which other dialogs show) held and agreed on two
    dated terms, one of them long; the case's uuid. The meeting lies ahead of the demo's clock,
    so its result is recorded at its own time."""
    import datetime as dt

    from desktop.services import hearings
    from desktop.store.models import Hearing

    meeting = (
        Hearing.select()
        .where(
            (Hearing.status == "planned")
            & (Hearing.kind == "mediation")
            & (Hearing.uuid != besides)
        )
        .order_by(Hearing.starts_at.desc())
        .first()
    )
    due = f"{hearings.to_local(meeting.starts_at).date() + dt.timedelta(days=14):%d-%m-%Y}"
    hearings.record_result(
        mediator,
        meeting.uuid,
        "agreement",
        LONG_TERM,
        terms=[(LONG_TERM, due), ("Konsumen mengembalikan barang", due)],
        now=meeting.starts_at + dt.timedelta(minutes=30),
    )
    return meeting.case_id


class Probe:
    def __init__(self, app: QApplication, out: Path, data_dir: Path, lang: str = "id") -> None:
        from desktop.gui import i18n, style
        from desktop.gui.app import open_desk
        from desktop.gui.desk import DeskSettings
        from desktop.gui.screenshot import _signed_in, call, settle
        from desktop.gui.worker import Worker
        from desktop.services.demo import DEMO_PASSWORD

        self.app, self.out = app, out
        style.apply(app)
        i18n.install(lang)
        self.worker = Worker()
        self.call = lambda fn, *a: call(self.worker, app, fn, *a)
        self.settle = lambda: settle(self.worker, app)
        self.call(open_desk, data_dir)
        self.desk = DeskSettings(data_dir)
        self.data_dir = data_dir
        self.actor = self.call(_signed_in, "admin", DEMO_PASSWORD)
        self.signed_in, self.password = _signed_in, DEMO_PASSWORD
        self.reports: list[dict] = []

    def look(
        self, name: str, window: QWidget, main: list[QWidget], also: list[str] | None = None
    ) -> dict:
        window.show()
        self.settle()
        report = measure(name, window, main)
        report["problems"] += also or []
        window.grab().save(str(self.out / f"{name}.png"))
        report["unreached"] = unreached_by_tab(window, self.app)
        self.reports.append(report)
        if report["problems"] and os.environ.get("FIT_DEBUG"):
            sizes = sorted(
                (
                    max(w.minimumSizeHint().width(), w.minimumWidth()),
                    type(w).__name__,
                    w.objectName(),
                )
                for w in window.findChildren(QWidget)
                if w.isVisibleTo(window)
            )
            print("  widest:", sizes[-14:], file=sys.stderr)
        print(json.dumps(report, ensure_ascii=False), flush=True)
        return report

    def look_at_charts(self, window) -> None:
        """Each of the dashboard's charts scrolled into view, with a full quarter of figures
        (weekly bars: the most labels), looked at and checked."""
        page = window.page("dashboard")
        window.show_page("dashboard")
        combo = page.form.periodCombo
        combo.setCurrentIndex(combo.findData("last_quarter"))
        self.settle()
        for name, view in page.views.items():
            scroll_to(page.form.chartsArea, view)
            self.settle()
            self.look(f"dashboard-{name}", window, [], chart_problems(page.form.chartsArea, view))
        combo.setCurrentIndex(combo.findData("quarter"))
        self.settle()

    def run(self) -> None:
        from desktop.domain import workflow
        from desktop.gui.agencies_dialog import AgenciesDialog
        from desktop.gui.backup_settings import BackupDialog
        from desktop.gui.case_file import ActionDialog
        from desktop.gui.case_records import AnswerDialog, BlockingDialog
        from desktop.gui.main_window import MainWindow
        from desktop.gui.meetings import MeetingDialog, PresenceDialog, ResultDialog
        from desktop.gui.numbering_settings import NumberingDialog
        from desktop.gui.outgoing_settings import OutgoingDialog
        from desktop.gui.person_dialog import PersonDialog
        from desktop.gui.preview import IssueDialog, PreviewDialog
        from desktop.gui.send_letter import SendLetterDialog
        from desktop.gui.settings_page import StaffDialog
        from desktop.gui.setup_wizard import SetupWizard
        from desktop.gui.sign_in import SignInDialog
        from desktop.gui.sync_dialog import EnrolDialog, SettleDialog
        from desktop.gui.visitors_page import VisitorDialog
        from desktop.services import hearings, outgoing, queries, syncing

        sign_in = SignInDialog(self.worker, self.desk, "Loket Pengaduan Konsumen Jakarta")
        self.look("sign-in", sign_in, [sign_in.form.signInButton])
        sign_in.close()
        wizard = SetupWizard(self.worker)
        self.look("setup-office", wizard, [wizard.button(wizard.WizardButton.NextButton)])
        wizard.office.counterCodeEdit.setText("LK2")
        wizard.next()
        self.look("setup-admin", wizard, [wizard.button(wizard.WizardButton.FinishButton)])
        wizard.close()

        self.call(issue_a_letter, self.call(self.signed_in, "analis", self.password))
        window = MainWindow(self.worker, self.actor, self.desk)
        for page in window.pages:
            window.show_page(page.key)
            self.look(f"main-{page.key}", window, [window.statusBar()])
        self.look_at_charts(window)
        cases = window.cases
        window.show_page("cases")
        self.settle()
        newest = cases.model.row(0)
        file = self.call(queries.case_file, newest.uuid)

        def dialog(name, made, main_names=("saveButton",)):
            """``main_names``: object names of its main buttons, or the buttons themselves."""
            made.show()
            self.settle()
            main = [made.findChild(QWidget, n) if isinstance(n, str) else n for n in main_names]
            self.look(name, made, [m for m in main if m is not None])
            made.close()

        def ok_of(made: QWidget) -> QWidget:
            """The OK button of a dialog's own QDialogButtonBox, whatever its text says."""
            box = made.findChild(QDialogButtonBox)
            return box.button(QDialogButtonBox.StandardButton.Ok)

        dialog("intake", window.new_complaint())
        window.show_page("letters")
        self.settle()
        letter = window.letters.rows[0]
        dialog(
            "intake-from-letter",
            window.complaint_from_letter(letter.uuid, letter.sender_name),
            ("saveButton",),
        )
        window.offer_receipt(newest.uuid)
        self.settle()
        dialog("preview", window.receipt_preview, ("printButton", "saveButton"))
        inbox = sorted(p for p in (self.data_dir / "scan-inbox").glob("*") if p.is_file())[:3]
        dialog("letter", window.letters.register(inbox), ("saveButton", "cancelButton"))
        dialog("visitor", VisitorDialog(self.worker, self.actor, window))
        case_file = window.open_case(newest.uuid)
        self.settle()
        self.look("case-file", case_file, list(case_file.buttons.values()))
        case_file.form.tabs.setCurrentWidget(case_file.form.documentsTab)
        self.settle()
        documents = [case_file.form.addDocumentButton, case_file.form.openDocumentButton]
        self.look("case-file-documents", case_file, documents)
        case_file.close()
        today = dt.date.today()
        meetings = self.call(
            hearings.meetings, today - dt.timedelta(days=60), today + dt.timedelta(days=60)
        )
        planned = next(m for m in meetings if m.status == "planned")
        with_meetings = window.open_case(planned.case)
        with_meetings.form.tabs.setCurrentWidget(with_meetings.form.meetingsTab)
        self.settle()
        self.look("case-file-meetings", with_meetings, [])
        with_meetings.close()
        sent = self.call(outgoing.register, today - dt.timedelta(days=3650), today)
        with_letters = window.open_case(sent[-1].case_uuid)
        with_letters.form.tabs.setCurrentWidget(with_letters.form.lettersTab)
        self.settle()
        self.look("case-file-letters", with_letters, [with_letters.form.sendLetterButton])
        with_letters.close()
        mediator = self.call(self.signed_in, "mediator", self.password)
        agreed = window.open_case(self.call(agree_on_a_long_term, mediator, planned.uuid))
        self.settle()
        terms = [b for key, b in agreed.more.items() if key.startswith("term_")]
        also = [] if len(terms) == 2 else [f"{len(terms)} term buttons, not 2"]
        self.look("case-file-terms", agreed, [*agreed.buttons.values(), *terms], also)
        agreed.close()
        action = ActionDialog(
            self.worker, workflow.ACTIONS["forward"], workflow.Status.ANALYSIS, window
        )
        dialog("action-forward", action, (ok_of(action),))
        duplicate = ActionDialog(
            self.worker, workflow.ACTIONS["mark_duplicate"], workflow.Status.ANALYSIS, window
        )
        dialog("action-mark-duplicate", duplicate, (ok_of(duplicate),))
        dialog(
            "send-letter", SendLetterDialog(self.worker, self.actor, sent[-1].number, "", window)
        )
        dialog("export", window.export_cases(cases.query()))
        issue = IssueDialog(window)
        dialog("issue", issue, (ok_of(issue),))
        # The signing key's passphrase, asked over a draft letter's preview before it is issued.
        draft = PreviewDialog(
            window.receipt_preview.pdf, "Konsep surat", "letter", self.desk, window
        )
        draft.offer_issue(self.worker, lambda via, secret: None)
        draft.show()
        draft._ask_secret("post", "Kunci penandatangan tidak ada di gantungan kunci.")
        self.settle()
        dialog("passphrase", draft.secret_dialog, (ok_of(draft.secret_dialog),))
        draft.close()
        dialog(
            "meeting",
            MeetingDialog(self.worker, self.actor, newest.uuid, newest.reg_no, parent=window),
        )
        dialog(
            "postpone",
            MeetingDialog(
                self.worker, self.actor, planned.case, planned.reg_no, moving=planned, parent=window
            ),
        )
        dialog("result", ResultDialog(self.worker, self.actor, planned, window))
        dialog(
            "presence", PresenceDialog(self.worker, self.actor, "visitor", "Siti Aminah", window)
        )
        dialog("answer", AnswerDialog(self.worker, self.actor, newest.uuid, newest.reg_no, window))
        dialog("blocking", BlockingDialog(self.worker, self.actor, file, window))
        from desktop.gui.assign_dialog import AssignDialog

        dialog("assign", AssignDialog(self.worker, self.actor, newest.uuid, newest.reg_no, window))
        from desktop.gui.bpsk_dialog import BpskDialog

        dialog("bpsk", BpskDialog(self.worker, self.actor, window))
        problem = syncing.Problem(
            event="e",
            reg_no=newest.reg_no,
            kind="case.registered",
            at=dt.datetime(2026, 11, 23, 2),
            status="conflict",
            code="conflict",
            reason="Kasus sudah diubah di pusat.",
            ours={"status": "analysis"},
            theirs={"status": "closed"},
        )
        dialog("settle", SettleDialog(self.worker, self.actor, problem, window))
        dialog("enrol", EnrolDialog(self.worker, self.actor, window))
        dialog("staff", StaffDialog(self.worker, self.actor, window))
        dialog("person", PersonDialog(self.worker, self.actor, self.desk, window))
        dialog("agencies", AgenciesDialog(self.worker, self.actor, window))
        from desktop.gui.recovery_key import RecoveryKeyDialog

        recovery = "JT43Z-LPMCB-Q444H-5BNKR-Q2Z6U-C6QR6-MZIWO-WVXEO"
        dialog(
            "recovery-key",
            RecoveryKeyDialog(recovery, self.data_dir, "Kantor", self.desk, window),
            ("doneButton", "printButton"),
        )
        dialog("backup", BackupDialog(self.worker, self.actor, window))
        dialog("outgoing", OutgoingDialog(self.worker, self.actor, window))
        dialog("numbering", NumberingDialog(self.worker, self.actor, window))
        sync = window.show_sync()
        self.settle()
        self.look("sync", sync, [sync.form.closeButton])
        sync.close()
        window.close()
        self.worker.stop()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--data-dir", type=Path, required=True)
    parser.add_argument("--lang", choices=("id", "en"), default="id")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    Probe(app, args.out, args.data_dir, args.lang).run()
    return 0


if __name__ == "__main__":
    sys.exit(main())
