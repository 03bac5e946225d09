"""The case list loads only what is on screen, marks overdue rows, and the screenshot tool."""

from __future__ import annotations

import pytest
from helpers import loket
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from desktop.gui import i18n
from desktop.gui.app import open_desk
from desktop.gui.case_model import PAGE, CaseListModel
from desktop.gui.worker import Worker
from desktop.services import demo, settings
from desktop.services.demo import DEMO_PASSWORD
from desktop.services.queries import CaseQuery, find_cases


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("list")
    from desktop.store import db as store_db

    settings.forget()
    database = store_db.open_database(folder)
    demo.fill(650, seed=5, span_days=120)
    database.close()
    return folder


@pytest.fixture
def worker(qapp, demo_folder):
    i18n.install("id")
    worker = Worker()
    opened = []
    worker.submit(open_desk, demo_folder, on_success=opened.append)
    while not opened:
        qapp.processEvents()
    yield worker
    worker.stop()
    settings.forget()


def test_only_the_pages_on_screen_are_fetched(qtbot, worker):
    model = CaseListModel(worker)
    with qtbot.waitSignal(model.counted, timeout=10000) as counted:
        model.set_query(CaseQuery())
    assert counted.args == [650] and model.rowCount() == 650
    assert len(model.loaded_rows()) == PAGE
    middle = model.index(450, 0)
    assert model.data(middle) == "…"  # not here yet: asked for, shown as soon as it comes
    qtbot.waitUntil(lambda: model.data(middle) != "…")
    newest = find_cases("", limit=451)
    assert model.data(middle) == newest[450].reg_no
    assert len(model.loaded_rows()) == 2 * PAGE


def test_the_first_screen_shows_before_the_count_and_the_list_then_grows(qtbot, worker):
    model = CaseListModel(worker)
    at_first_screen, inserted = [], []
    model.page_loaded.connect(lambda page: at_first_screen.append(model.rowCount()))
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    with qtbot.waitSignal(model.counted, timeout=10000) as counted:
        model.set_query(CaseQuery())
    assert at_first_screen == [PAGE]  # a full page: its rows were on screen before the count
    assert inserted == [(PAGE, 649)] and counted.args == [650] and model.rowCount() == 650
    at_first_screen.clear()
    with qtbot.waitSignal(model.counted, timeout=10000) as counted:
        model.set_query(CaseQuery(text="zzzqqq"))  # a short answer carries its own count
    assert at_first_screen == [0] and counted.args == [0]


def test_a_new_query_replaces_the_list_in_one_step_and_marks_overdue_rows(qtbot, worker):
    model = CaseListModel(worker)
    with qtbot.waitSignal(model.counted, timeout=10000):
        model.set_query(CaseQuery(due="overdue"))
    assert model.rowCount() > 0
    first = model.row(0)
    assert first.overdue(model.today)
    assert model.data(model.index(0, 6)).startswith("⚠ ")
    assert model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole).startswith("Terlambat sejak ")
    name = first.complainant.split()[0]
    with qtbot.waitSignal(model.counted, timeout=10000):
        model.set_query(CaseQuery(text="zzzqqq"))
    assert model.rowCount() == 0
    with qtbot.waitSignal(model.counted, timeout=10000):
        model.set_query(CaseQuery(text=name))
    assert all(
        name.lower() in row.complainant.lower() or name.lower() in row.business.lower()
        for row in model.loaded_rows()
    )


def test_the_screenshot_command_renders_a_view(tmp_path, demo_folder):
    out = tmp_path / "cases.png"
    done = loket(
        "screenshot",
        "cases",
        "--out",
        str(out),
        "--data-dir",
        str(demo_folder),
        "--size",
        "1920x1080",
        "--user",
        "admin",
        password=DEMO_PASSWORD,
    )
    assert done.returncode == 0, done.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1920, 1080)


def test_a_new_search_or_filter_starts_at_the_top_of_the_list(qtbot, worker):
    from desktop.gui.cases_page import CasesPage

    page = CasesPage(worker)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    view, bar = page.form.casesView, page.form.casesView.verticalScrollBar()

    def settled(action) -> None:
        with qtbot.waitSignal(page.model.counted, timeout=10000):
            action()
        qtbot.waitUntil(lambda: page.model.row(0) is not None)

    def scroll_down() -> None:
        bar.setValue(bar.maximum())
        qtbot.waitUntil(lambda: top_row() not in (None, "…"))

    def top_row() -> str:
        return view.indexAt(view.viewport().rect().topLeft()).data()

    settled(page.apply)
    scroll_down()
    assert bar.value() > 0
    # A word many cases share: its matches fill more than the first page of the list.
    words = ("penjual", "toko", "layanan", "sejak", "minggu")
    name = next(w for w in words if 150 < len(find_cases(w, 650)) < 600)
    newest = [r.reg_no for r in find_cases(name, 5)]
    settled(lambda: page.form.searchEdit.setText(name))
    assert page.model.rowCount() > 150
    assert bar.value() == 0 and top_row() == newest[0]
    scroll_down()
    settled(page.form.searchEdit.clear)
    assert bar.value() == 0 and top_row() == find_cases("", 1)[0].reg_no
    scroll_down()
    settled(lambda: page.form.statusFilter.setCurrentIndex(1))  # open cases
    assert bar.value() == 0


def test_a_search_that_finds_nothing_offers_another_spelling_to_click(qtbot, worker):
    from desktop.gui.cases_page import CasesPage

    page = CasesPage(worker)
    qtbot.addWidget(page)
    page.show()
    name = find_cases("", 1)[0].complainant.split()[0].lower()
    doubled = name + name[-1]  # "Sitti" for Siti: an old way of writing the name
    assert find_cases(doubled) == []
    page.form.searchEdit.setText(doubled)
    qtbot.waitUntil(lambda: "Mungkin maksud Anda" in page.form.countLabel.text(), timeout=10000)
    assert "Tidak ada pengaduan yang cocok." in page.form.countLabel.text()
    page.resize(1024, 768)
    page.grab().save("/tmp/search-suggestion-offered.png")
    with qtbot.waitSignal(page.model.counted, timeout=10000) as counted:
        page.form.countLabel.linkActivated.emit(name)  # what a click on the link sends
    assert page.form.searchEdit.text() == name and counted.args[0] > 0


@pytest.mark.parametrize("lang", ["id", "en"])
def test_no_status_is_cut_in_the_case_list_at_a_counter_screen(qtbot, worker, lang):
    """ "Selesai: klarifikasi dit…" was cut beside the empty due column of a closed case."""
    from desktop.gui.case_model import status_texts
    from desktop.gui.cases_page import CasesPage

    i18n.install(lang)
    closed = find_cases("", 650)
    outcomes = {r.outcome for r in closed if r.outcome}
    assert len(outcomes) >= 4  # the demo closes cases in several ways
    for width in (1366, 1024):
        page = CasesPage(worker)
        qtbot.addWidget(page)
        page.resize(width - 220 - 40, 640)  # beside the window's navigation and margins
        page.show()
        page.apply()
        qtbot.waitUntil(lambda page=page: page.model.row(0) is not None)
        view = page.form.casesView
        room = view.columnWidth(5) - 2 * view.style().pixelMetric(
            view.style().PixelMetric.PM_FocusFrameHMargin
        )
        metrics = view.fontMetrics()
        shown = {view.model().index(r, 5).data() for r in range(PAGE)}
        assert any(":" in text for text in shown if text)  # closed cases are on the list
        for text in set(status_texts()) | (shown - {None, "…"}):
            assert metrics.horizontalAdvance(text) <= room, (width, text)
        assert view.columnWidth(2) >= 110  # the names still readable beside it
    i18n.install("id")


def test_the_filters_show_what_they_are_set_to_whole_and_wrap_on_a_narrow_screen(qtbot, worker):
    """At 1024 px the filters were squeezed to "Semua tengga" and "Semua petuga"."""
    from PySide6.QtCore import QPoint, QRect
    from window_fit import combo_cuts

    from desktop.gui import style
    from desktop.gui.cases_page import CasesPage

    style.apply(QApplication.instance())  # the desk's own sizes and paddings
    page = CasesPage(worker)
    qtbot.addWidget(page)
    page.resize(1024 - 220 - 40, 640)  # beside the window's navigation and margins
    page.show()
    qtbot.waitExposed(page)
    filters = page._filters()
    qtbot.waitUntil(lambda: len({combo.y() for combo in filters}) == 2)  # a second row
    assert not any(combo_cuts(combo) for combo in filters)

    def inside(combo) -> bool:
        return page.rect().contains(QRect(combo.mapTo(page, QPoint(0, 0)), combo.size()))

    for combo in filters:  # each set to its longest choice
        metrics = combo.fontMetrics()
        longest = max(
            range(combo.count()), key=lambda i: metrics.horizontalAdvance(combo.itemText(i))
        )
        combo.setCurrentIndex(longest)
        assert not combo_cuts(combo), combo.currentText()
        qtbot.waitUntil(lambda combo=combo: inside(combo))
    assert all(inside(combo) for combo in filters)
    assert page.form.casesView.y() > max(combo.geometry().bottom() for combo in filters)
