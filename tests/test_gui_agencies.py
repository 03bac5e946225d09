"""Agencies edited in Settings through the real widgets: the address in parts (as migration 0019
split it), a wrong postcode and a sector already another's refused in words, and what is saved
is what the forwarding letter prints and where a sector's case is forwarded by default."""

from __future__ import annotations

from PySide6.QtCore import Qt
from test_gui_case_walks import run
from test_outgoing_letters import forwarding_text

from desktop.domain import workflow
from desktop.gui.case_file import ActionDialog
from desktop.gui.settings_page import SettingsPage
from desktop.services import agencies


def choose(dialog, code: str) -> None:
    codes = [a.code for a in dialog.agencies]
    dialog.form.agenciesList.setCurrentRow(codes.index(code))


def ticked(dialog) -> list[str]:
    items = [dialog.form.sectorsList.item(i) for i in range(dialog.form.sectorsList.count())]
    return [
        i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked
    ]


def tick(dialog, sector: str, on: bool = True) -> None:
    for i in range(dialog.form.sectorsList.count()):
        item = dialog.form.sectorsList.item(i)
        if item.data(Qt.ItemDataRole.UserRole) == sector:
            item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)


def default_in_forward_dialog(qtbot, worker, sector: str) -> str:
    dialog = ActionDialog(
        worker, workflow.ACTIONS["forward"], workflow.Status.ANALYSIS, sector=sector
    )
    qtbot.addWidget(dialog)
    combo = dialog.inputs["agency"]
    qtbot.waitUntil(lambda: combo.count() > 5)
    return combo.currentData()


def test_an_admin_edits_an_agency_and_the_letter_follows(qtbot, staffed_desk, tmp_path):
    worker, actors, _folder = staffed_desk
    page = SettingsPage(worker, actors["admin"])
    qtbot.addWidget(page)
    page.form.agenciesButton.click()
    dialog = page.agencies
    f = dialog.form
    qtbot.waitUntil(lambda: f.agenciesList.count() == 11)
    assert f.agenciesList.item(0).text() == "BI — Bank Indonesia"
    choose(dialog, "OJK")
    assert [f.nameEdit.text(), f.buildingEdit.text(), f.streetEdit.text()] == [
        "Otoritas Jasa Keuangan",
        "Gedung Sumitro Djojohadikusumo",
        "Jl. Lapangan Banteng Timur No. 2-4",
    ]
    assert [f.cityEdit.text(), f.postalCodeEdit.text()] == ["Jakarta Pusat", "10710"]
    assert ticked(dialog) == ["financial"]  # online loans go to OJK, not Bank Indonesia
    assert default_in_forward_dialog(qtbot, worker, "financial") == "OJK"

    f.streetEdit.setText("Jl. Medan Merdeka Barat No. 9")
    f.postalCodeEdit.setText("1011")
    f.cityEdit.clear()
    f.saveButton.click()
    qtbot.waitUntil(lambda: dialog.errors.shown() != {})
    assert dialog.errors.shown() == {
        "agency.city": "Wajib diisi.",
        "agency.postal_code": "Kode pos terdiri dari 5 angka.",
    }
    dialog.show()
    dialog.grab().save(str(tmp_path / "agencies-refused.png"))
    saved = run(qtbot, worker, agencies.listed)
    assert next(a for a in saved if a.code == "OJK").street.startswith("Jl. Lapangan Banteng")

    f.cityEdit.setText("Jakarta Pusat")
    f.postalCodeEdit.setText("10110")
    f.buildingEdit.setText("Gedung Radius Prawiro")
    tick(dialog, "ecommerce")
    assert f.addressPreview.text().splitlines() == [
        "Yth. Pimpinan Otoritas Jasa Keuangan",
        "Gedung Radius Prawiro",
        "Jl. Medan Merdeka Barat No. 9",
        "Jakarta Pusat 10110",
    ]
    f.saveButton.click()
    qtbot.waitUntil(lambda: f.savedLabel.text() == "Tersimpan.")
    assert dialog.errors.shown() == {}
    text = run(qtbot, worker, forwarding_text, actors)
    assert "Yth. Pimpinan Otoritas Jasa Keuangan Gedung Radius Prawiro" in text
    assert "Jl. Medan Merdeka Barat No. 9 Jakarta Pusat 10110" in text

    choose(dialog, "BI")  # a sector goes to one agency: OJK has e-commerce now
    tick(dialog, "ecommerce")
    f.saveButton.click()
    qtbot.waitUntil(lambda: dialog.errors.shown() != {})
    assert dialog.errors.shown() == {
        "agency.sectors": "Pengaduan sektor Niaga elektronik (e-commerce) sudah dialihkan ke OJK: "
        "hapus dulu sektor itu di sana."
    }
    assert default_in_forward_dialog(qtbot, worker, "ecommerce") == "OJK"


def test_only_an_admin_edits_agencies(qtbot, staffed_desk):
    worker, actors, _folder = staffed_desk
    page = SettingsPage(worker, actors["supervisor"])
    qtbot.addWidget(page)
    assert not page.form.agenciesButton.isEnabled()
    refused = []
    form = run(qtbot, worker, agencies.listed)[0]
    worker.submit(agencies.save, actors["supervisor"], form, on_failure=refused.append)
    qtbot.waitUntil(lambda: bool(refused))
    assert refused[0].code == "permission.admin"
