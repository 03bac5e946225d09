"""``loket screenshot VIEW --out FILE.png``: a named view of a data folder, rendered offscreen."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

VIEWS = (
    "setup",
    "sign-in",
    "today",
    "visitors",
    "cases",
    "case-file",
    "case-documents",
    "intake",
    "settings",
    "reports",
    "dashboard",
    "letters",
    "letter",
    "receipt",
    "schedule",
    "meetings",
)


def settle(worker, app, timeout: float = 30) -> None:
    """Let the worker finish everything asked of it, callbacks included."""
    deadline = time.monotonic() + timeout
    quiet = 0
    while quiet < 3 and time.monotonic() < deadline:
        app.processEvents()
        quiet = quiet + 1 if worker.pending == 0 else 0
        time.sleep(0.02)


def call(worker, app, fn: Callable[..., Any], *args: Any) -> Any:
    """Run ``fn`` on the worker and wait for its answer (for tools, never for the live UI)."""
    box: dict[str, Any] = {}
    worker.submit(
        fn,
        *args,
        on_success=lambda r: box.update(result=r),
        on_failure=lambda e: box.update(error=e),
    )
    while not box:
        app.processEvents()
        time.sleep(0.01)
    if "error" in box:
        raise box["error"]
    return box["result"]


def _signed_in(username: str, password: str):
    from desktop.services import staff

    actor = staff.sign_in(username, password)
    # The screenshot shows everything an office does: whoever signs in also counts as the
    # counter and the supervisor.
    from desktop.domain.workflow import Role

    return type(actor)(
        actor.uuid, actor.username, actor.full_name, actor.roles | {Role.COUNTER, Role.SUPERVISOR}
    )


def render(
    data_dir: Path,
    view: str,
    out: Path,
    width: int = 1366,
    height: int = 768,
    lang: str = "id",
    user: tuple[str, str] | None = None,
) -> Path:
    """``user`` (name and password) is who the views past sign-in are rendered for."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from desktop.gui import i18n, style
    from desktop.gui.app import open_desk
    from desktop.gui.desk import DeskSettings
    from desktop.gui.worker import Worker

    app = QApplication.instance() or QApplication([])
    style.apply(app)
    i18n.install(lang)
    worker = Worker()
    try:
        _, office = call(worker, app, open_desk, data_dir)
        widget = _build(view, worker, app, data_dir, office, DeskSettings(data_dir), user)
        errors: list[BaseException] = []
        worker.failed.disconnect(worker.report)  # no message box to click away: fail instead
        worker.failed.connect(errors.append)
        # Dialogs keep their own size, as an officer sees them; windows take the screen's.
        natural = {
            "setup": (680, 540),
            "sign-in": (460, 340),
            "case-file": (min(1100, width), min(720, height)),
            "meetings": (min(1100, width), min(720, height)),
            "case-documents": (min(1100, width), min(720, height)),
            # the preview as it opens on that screen: 820 wide, the screen's height less its
            # title bar (screen_fit)
            "receipt": (min(820, width), height - 40),
        }
        widget.setWindowState(widget.windowState() & ~Qt.WindowState.WindowMaximized)
        widget.resize(*natural.get(view, (width, height)))
        widget.show()
        settle(worker, app)
        if errors:
            raise errors[0]
        out.parent.mkdir(parents=True, exist_ok=True)
        if not widget.grab().save(str(out)):
            raise OSError(f"cannot write {out}")
        widget.close()
        return out
    finally:
        worker.stop()


def _build(view: str, worker, app, data_dir: Path, office: str, desk, user):
    from desktop.gui.intake_dialog import IntakeDialog
    from desktop.gui.main_window import MainWindow
    from desktop.gui.setup_wizard import SetupWizard
    from desktop.gui.sign_in import SignInDialog
    from desktop.services.queries import find_cases

    if view == "setup":
        return SetupWizard(worker)
    if view == "sign-in":
        return SignInDialog(worker, desk, office)
    actor = call(worker, app, _signed_in, *user)
    if view == "intake":
        return IntakeDialog(worker, actor)
    if view == "receipt":
        from desktop.gui.preview import PreviewDialog
        from desktop.services import printing

        newest = call(worker, app, find_cases, "", 1)
        printed = call(
            worker, app, lambda: printing.print_receipt(actor, newest[0].uuid, record=False)
        )
        return PreviewDialog(printed.pdf, f"Tanda terima {printed.number}", "receipt", desk)
    if view == "letter":
        from desktop.gui.letters_page import LetterDialog

        return LetterDialog(
            worker,
            actor,
            files=sorted(p for p in (data_dir / "scan-inbox").glob("*") if p.is_file())[:4],
        )
    window = MainWindow(worker, actor, desk)
    if view == "case-file":
        newest = call(worker, app, find_cases, "", 1)
        if not newest:
            raise SystemExit("loket: no cases in this data folder")
        return window.open_case(newest[0].uuid)
    if view == "case-documents":
        from desktop.services.casefile import newest_with_documents

        found = call(worker, app, newest_with_documents)
        if not found:
            raise SystemExit("loket: no case in this data folder has documents")
        dialog = window.open_case(found)
        dialog.form.tabs.setCurrentWidget(dialog.form.documentsTab)
        return dialog
    if view in ("schedule", "meetings"):
        from PySide6.QtCore import QDate

        ahead = call(worker, app, _coming_meetings)
        if not ahead:
            raise SystemExit("loket: no meetings are planned in this data folder")
        if view == "meetings":
            dialog = window.open_case(ahead[0].case)
            dialog.form.tabs.setCurrentWidget(dialog.form.meetingsTab)
            return dialog
        window.show_page("schedule")
        page = window.schedule
        page.form.weekButton.setChecked(True)
        first = ahead[0].start.date()
        page.form.dateEdit.setDate(QDate(first.year, first.month, first.day))
        return window
    window.show_page(view if view != "today" else "today")
    return window


def _coming_meetings():
    import datetime as dt

    from desktop.services import hearings

    today = dt.date.today()
    return [
        m for m in hearings.meetings(today, today + dt.timedelta(days=30)) if m.status == "planned"
    ]
