"""Staff accounts through the real widgets: an admin locks, unlocks, deactivates, re-roles and
resets; the officer whose password was reset chooses a new one on the sign-in dialog."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.gui.app import Counter
from desktop.gui.desk import DeskSettings
from desktop.gui.settings_page import SettingsPage
from desktop.store.models import HistoryEvent

TEMPORARY = "sementara-2026"


def _page(qtbot, worker, admin) -> SettingsPage:
    page = SettingsPage(worker, admin)
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    page.refresh()
    qtbot.waitUntil(lambda: page.form.staffView.rowCount() == 5)
    return page


def _select(page: SettingsPage, username: str) -> None:
    page.form.staffView.selectRow(_row(page, username))


def _row(page: SettingsPage, username: str) -> int:
    table = page.form.staffView
    return next(r for r in range(table.rowCount()) if table.item(r, 0).text() == username)


def _state(page: SettingsPage, username: str) -> str:
    return page.form.staffView.item(_row(page, username), 3).text()


def test_an_admin_locks_unlocks_and_deactivates_an_account_and_sees_it(qtbot, staffed_desk):
    worker, actors, _folder = staffed_desk
    page = _page(qtbot, worker, actors["admin"])
    f = page.form
    assert _state(page, "petugas") == "aktif"
    _select(page, "admin")  # one's own account: neither locked nor deactivated from here
    assert not f.lockButton.isEnabled() and not f.activeButton.isEnabled()

    _select(page, "petugas")
    assert f.lockButton.text() == "Kunci"
    qtbot.mouseClick(f.lockButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _state(page, "petugas") == "dikunci")
    assert f.lockButton.text() == "Buka kunci"  # the same account stays selected
    qtbot.mouseClick(f.lockButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _state(page, "petugas") == "aktif")

    qtbot.mouseClick(f.activeButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _state(page, "petugas") == "nonaktif")
    assert f.activeButton.text() == "Aktifkan"
    kinds = [
        e.kind
        for e in HistoryEvent.select()
        .where(HistoryEvent.kind.startswith("staff."))
        .order_by(HistoryEvent.id)
    ]
    assert kinds[-3:] == ["staff.locked", "staff.unlocked", "staff.deactivated"]


def test_a_locked_out_account_shows_until_when(qtbot, staffed_desk):
    from desktop.services import staff

    worker, actors, _folder = staffed_desk
    for _ in range(staff.MAX_ATTEMPTS):
        worker.submit(staff.sign_in, "analis", "salah-sandi", on_failure=lambda _e: None)
    page = _page(qtbot, worker, actors["admin"])
    assert _state(page, "analis").startswith("dikunci s.d. ")
    _select(page, "analis")
    assert page.form.lockButton.text() == "Buka kunci"


def test_a_reset_password_is_replaced_on_the_sign_in_dialog(qtbot, staffed_desk):
    worker, actors, folder = staffed_desk
    page = _page(qtbot, worker, actors["admin"])
    _select(page, "petugas")
    qtbot.mouseClick(page.form.editStaffButton, Qt.MouseButton.LeftButton)
    dialog = page.account_dialog
    qtbot.waitUntil(dialog.isVisible)
    form = dialog.form
    assert form.usernameEdit.isReadOnly() and form.usernameEdit.text() == "petugas"
    assert form.roleCounter.isChecked() and not form.roleAnalyst.isChecked()
    form.roleAnalyst.setChecked(True)
    qtbot.keyClicks(form.passwordEdit, TEMPORARY)
    qtbot.mouseClick(form.saveButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: _state(page, "petugas") == "aktif, wajib ganti sandi")
    assert "Analis" in page.form.staffView.item(_row(page, "petugas"), 2).text()

    counter = Counter(worker, folder, DeskSettings(folder))
    counter.show_sign_in("petugas")
    sign_in = counter.dialog
    qtbot.addWidget(sign_in)
    f = sign_in.form
    assert not f.newPasswordEdit.isVisible()
    qtbot.keyClicks(f.passwordEdit, TEMPORARY)
    qtbot.keyClick(f.passwordEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(f.newPasswordEdit.isVisible)
    assert f.errorLabel.text().startswith("Kata sandi ini diatur ulang oleh admin.")
    assert f.newPasswordEdit.hasFocus() and f.passwordEdit.isReadOnly()
    assert f.signInButton.text() == "Ganti kata sandi dan masuk"
    qtbot.keyClicks(f.newPasswordEdit, "sandi-milik-petugas")
    qtbot.keyClicks(f.repeatPasswordEdit, "sandi-lain-petugas")
    qtbot.keyClick(f.repeatPasswordEdit, Qt.Key.Key_Return)
    assert f.errorLabel.text() == "Kedua kata sandi baru tidak sama."
    qtbot.keyClicks(f.repeatPasswordEdit, "sandi-milik-petugas")
    qtbot.keyClick(f.repeatPasswordEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: counter.window is not None and counter.window.isVisible())
    assert counter.window.actor.username == "petugas"
    qtbot.addWidget(counter.window)


def test_settings_are_an_admin_s_as_the_readme_says(qtbot, staffed_desk):
    """A supervisor has the dashboard and reports but not Settings (the office, the letters,
    the accounts); the services refuse them too (tests/test_accounts.py)."""
    from desktop.gui.main_window import MainWindow

    worker, actors, folder = staffed_desk
    for who, has_settings in (("supervisor", False), ("admin", True)):
        window = MainWindow(worker, actors[who], DeskSettings(folder))
        qtbot.addWidget(window)
        keys = [p.key for p in window.pages]
        assert "reports" in keys and ("settings" in keys) is has_settings
        assert (window.settings is not None) is has_settings
