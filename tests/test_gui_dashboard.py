"""The dashboard through the window: the supervisor's page of charts, a bar or a slice opening
the case list with its filter, charts saved and printed, and exports with their progress bar
and a Cancel that leaves nothing."""

from __future__ import annotations

import threading
import time

import openpyxl
import pytest
from helpers import passes_qpdf
from PySide6.QtCharts import QAbstractBarSeries, QPieSeries
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from desktop.documents import tables
from desktop.domain.workdays import office_days
from desktop.gui import i18n, style
from desktop.gui.app import open_desk
from desktop.gui.desk import DeskSettings
from desktop.gui.main_window import MainWindow
from desktop.gui.worker import Worker
from desktop.services import demo, settings, staff
from desktop.services.queries import count_cases
from desktop.store.models import HistoryEvent, Staff, StageExit


@pytest.fixture(scope="module")
def demo_folder(tmp_path_factory):
    folder = tmp_path_factory.mktemp("dashboard")
    from desktop.store import db as store_db

    settings.forget()
    database = store_db.open_database(folder)
    demo.fill(800, seed=7, span_days=200)
    database.close()
    return folder


@pytest.fixture
def desk(qapp, qtbot, demo_folder, tmp_path):
    style.apply(qapp)
    i18n.install("id")
    worker = Worker()
    opened = []
    worker.submit(open_desk, demo_folder, on_success=opened.append)
    qtbot.waitUntil(lambda: bool(opened))
    found = []
    worker.submit(
        lambda: {
            u: staff.actor_of(Staff.get(Staff.username == u)) for u in ("supervisor", "petugas")
        },
        on_success=found.append,
    )
    qtbot.waitUntil(lambda: bool(found))
    yield worker, found[0], DeskSettings(tmp_path / "desk")
    worker.stop()
    settings.forget()


def _window(qtbot, worker, actor, desk) -> MainWindow:
    window = MainWindow(worker, actor, desk)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    return window


def _on_worker(qtbot, worker, fn, *args):
    box = []
    worker.submit(fn, *args, on_success=box.append)
    qtbot.waitUntil(lambda: bool(box))
    return box[0]


def _dashboard(qtbot, window):
    window.show_page("dashboard")
    page = window.page("dashboard")
    qtbot.waitUntil(lambda: page.board is not None, timeout=10000)
    return page


def _months(qtbot, page, period: str) -> None:
    """The officer picks a period of months; its figures come."""
    page.form.periodCombo.setCurrentIndex(page.form.periodCombo.findData(period))
    qtbot.waitUntil(lambda: page.board is not None and page.board.bucket == "month", timeout=10000)


def test_only_supervisors_and_admins_have_the_dashboard(qtbot, desk):
    worker, actors, settings_ = desk
    counter = _window(qtbot, worker, actors["petugas"], settings_)
    assert "dashboard" not in [p.key for p in counter.pages]
    window = _window(qtbot, worker, actors["supervisor"], settings_)
    keys = [p.key for p in window.pages]
    assert keys.index("dashboard") == keys.index("reports") - 1
    assert window.navigation.item(keys.index("dashboard")).text() == "Dasbor"


def test_a_bar_opens_the_cases_it_counts(qtbot, desk):
    worker, actors, settings_ = desk
    window = _window(qtbot, worker, actors["supervisor"], settings_)
    page = _dashboard(qtbot, window)
    _months(qtbot, page, "last_semester")
    charts = {name: view.chart() for name, view in page.views.items()}
    assert all(chart.series() for chart in charts.values()), "every chart has its figures"
    [received] = charts["receivedChart"].series()
    assert isinstance(received, QAbstractBarSeries) and len(received.barSets()) >= 1
    walk_in = received.barSets()[0]
    month = max(range(walk_in.count()), key=walk_in.at)
    walk_in.clicked.emit(month)  # as a click on the bar does
    assert window.stack.currentWidget() is window.cases
    query = window.cases.query()
    assert query.channel and query.received_from == page.board.buckets[month]
    expected = int(walk_in.at(month))
    assert expected > 0 and _on_worker(qtbot, worker, count_cases, query) == expected
    qtbot.waitUntil(lambda: window.cases.model.rowCount() == expected)
    assert "dasbor" in window.cases.form.countLabel.text()
    window.cases.form.statusFilter.setCurrentIndex(1)  # the officer filters again: it is theirs
    assert window.cases.pinned is None


@pytest.mark.parametrize("chart", ["backlogChart", "sectorsChart", "businessesChart"])
def test_every_clickable_bar_opens_as_many_cases_as_it_shows(qtbot, desk, chart):
    worker, actors, settings_ = desk
    window = _window(qtbot, worker, actors["supervisor"], settings_)
    page = _dashboard(qtbot, window)
    _months(qtbot, page, "year")
    [series] = page.views[chart].chart().series()
    # The first two sets: the youngest two age bands, or per case and once per complainant.
    shown = [[int(s.at(i)) for i in range(s.count())] for s in series.barSets()[:2]]
    biggest = max(range(len(shown[0])), key=shown[0].__getitem__)
    opened = []
    for number in (0, 1):
        [series] = page.views[chart].chart().series()  # the page may have counted again
        series.barSets()[number].clicked.emit(biggest)
        assert window.stack.currentWidget() is window.cases
        opened.append(_on_worker(qtbot, worker, count_cases, window.cases.query()))
        window.show_page("dashboard")
    if chart == "backlogChart":
        assert opened == [shown[0][biggest], shown[1][biggest]] and opened[0] > 0
    else:  # the bar of people opens the same cases: fewer people, or as many, stand behind them
        assert opened == [shown[0][biggest]] * 2 and 0 < shown[1][biggest] <= opened[0]


def test_a_slice_opens_the_cases_closed_so(qtbot, desk):
    worker, actors, settings_ = desk
    window = _window(qtbot, worker, actors["supervisor"], settings_)
    page = _dashboard(qtbot, window)
    _months(qtbot, page, "last_semester")
    [outcomes] = page.views["outcomesChart"].chart().series()
    assert isinstance(outcomes, QPieSeries)
    board = page.board
    assert outcomes.count() == len(board.outcomes) - 1 + len(board.forwarded)
    forwarded = next(s for s in outcomes.slices() if board.forwarded[0][0] in s.label())
    forwarded.clicked.emit()
    query = window.cases.query()
    assert (query.status, query.outcome, query.agency) == (
        "closed",
        "forwarded",
        board.forwarded[0][0],
    )
    assert (
        _on_worker(qtbot, worker, count_cases, query) == board.forwarded[0][2] == forwarded.value()
    )


def _exits(stage: str = "", officer: str = "", *, period) -> int:
    """The cases with a stage exit in the period, of the stage or by the officer, counted
    straight from the exits the trigger keeps (not through the case list's filter)."""
    since, until = office_days(*period)
    exits = StageExit.select(StageExit.case).where(
        (StageExit.left_at >= since) & (StageExit.left_at < until)
    )
    if stage:
        exits = exits.where(StageExit.stage == stage)
    if officer:
        exits = exits.where(StageExit.actor == officer)
    return exits.distinct().count()


@pytest.mark.parametrize("chart", ["stagesChart", "officersChart"])
def test_an_on_time_bar_opens_the_cases_behind_its_stage_exits(qtbot, desk, chart):
    worker, actors, settings_ = desk
    window = _window(qtbot, worker, actors["supervisor"], settings_)
    page = _dashboard(qtbot, window)
    _months(qtbot, page, "year")
    board = page.board
    rows = (board.on_time_by_stage if chart == "stagesChart" else board.on_time_by_officer[:8])[
        ::-1
    ]  # as the chart lists them, the first at the top
    busiest = max(range(len(rows)), key=lambda i: rows[i].finished)
    [series] = page.views[chart].chart().series()
    [on_time] = series.barSets()
    assert on_time.at(busiest) == round(100 * rows[busiest].share, 1)
    on_time.clicked.emit(busiest)
    assert window.stack.currentWidget() is window.cases
    query = window.cases.query()
    assert (query.left_from, query.left_to) == (board.start, board.end)
    opened = _on_worker(qtbot, worker, count_cases, query)
    row = rows[busiest]
    if chart == "stagesChart":
        assert query.left_stage == row.name and not query.left_by
        expected = _on_worker(qtbot, worker, lambda: _exits(row.name, period=page.period()))
    else:
        assert query.left_by == row.officer and row.officer and not query.left_stage
        expected = _on_worker(
            qtbot, worker, lambda: _exits(officer=row.officer, period=page.period())
        )
    # A case may leave a stage twice (analysis, the consumer, analysis again): the bar counts
    # exits, the list the cases behind them.
    assert 0 < opened == expected <= row.finished
    qtbot.waitUntil(lambda: window.cases.model.rowCount() == opened)


def test_the_figures_are_counted_on_the_worker_not_the_ui_thread(qtbot, desk, monkeypatch):
    from desktop.services import dashboard

    counted, ticks = [], []
    real = dashboard.dashboard

    def counting(*args, **kwargs):
        counted.append(threading.current_thread() is threading.main_thread())
        time.sleep(0.5)  # a million cases take a while: the window keeps answering meanwhile
        return real(*args, **kwargs)

    monkeypatch.setattr(dashboard, "dashboard", counting)
    worker, actors, settings_ = desk
    window = _window(qtbot, worker, actors["supervisor"], settings_)
    timer = QTimer(window)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start(50)
    page = _dashboard(qtbot, window)
    timer.stop()
    assert counted and not any(counted)
    assert len(ticks) >= 5  # the UI thread's event loop ran through the half second
    assert all(view.chart().series() for view in page.views.values())


def test_a_chart_saved_as_png_and_pdf_and_printed(qtbot, desk, tmp_path):
    worker, actors, settings_ = desk
    window = _window(qtbot, worker, actors["supervisor"], settings_)
    view = _dashboard(qtbot, window).views["backlogChart"]
    view.save(tmp_path / "backlog.png")
    image = QImage(str(tmp_path / "backlog.png"))
    assert image.width() >= view.width() and not image.isNull()
    view.save(tmp_path / "backlog.pdf")
    assert passes_qpdf((tmp_path / "backlog.pdf").read_bytes(), tmp_path)
    preview = window.page("dashboard").print_chart(view.pdf(), view.chart().title())
    assert preview.document.pageCount() == 1
    preview.close()


def test_the_case_list_exported_as_filtered_with_personal_data_chosen(qtbot, desk, tmp_path):
    worker, actors, settings_ = desk
    window = _window(qtbot, worker, actors["supervisor"], settings_)
    window.show_page("cases")
    cases = window.cases
    cases.form.statusFilter.setCurrentIndex(cases.form.statusFilter.findData("closed"))
    assert cases.form.exportButton.isVisible()
    cases.form.exportButton.click()
    dialog = window.export_dialog
    out = tmp_path / "selesai.xlsx"
    dialog.form.pathEdit.setText(str(out))
    dialog.form.personalCheck.setChecked(True)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    with qtbot.waitSignal(dialog.exported, timeout=30000) as done:
        # Ctrl+S starts it, as it saves every dialog in front
        qtbot.keyClick(dialog.form.pathEdit, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    expected = _on_worker(qtbot, worker, count_cases, cases.query())
    assert done.args[0].rows == expected > 0
    rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    assert len(rows) == expected + 1 and {r[4] for r in rows[1:]} == {"Selesai"}
    assert all(len(r[14]) == 16 and "*" not in r[14] for r in rows[1:] if r[14])  # NIK as it is
    event = _on_worker(
        qtbot,
        worker,
        lambda: (
            HistoryEvent.select()
            .where(HistoryEvent.kind == "export.saved")
            .order_by(HistoryEvent.id.desc())
            .first()
            .payload
        ),
    )
    assert event["personal_data"] == "shown" and event["rows"] == expected
    assert settings_.value("export/folder") == str(tmp_path)


def test_the_case_list_exported_as_filtered_and_searched(qtbot, desk, tmp_path):
    worker, actors, settings_ = desk
    window = _window(qtbot, worker, actors["supervisor"], settings_)
    window.show_page("cases")
    cases = window.cases
    f = cases.form
    f.statusFilter.setCurrentIndex(f.statusFilter.findData("closed"))
    qtbot.waitUntil(lambda: cases.model.rowCount() > 0)
    closed = _on_worker(qtbot, worker, count_cases, cases.query())
    name = cases.model.row(0).complainant.split()[0]  # a name the officer sees and types
    qtbot.keyClicks(f.searchEdit, name)
    qtbot.waitUntil(lambda: cases.query().text == name)
    query = cases.query()
    expected = _on_worker(qtbot, worker, count_cases, query)
    assert 0 < expected < closed  # the search narrowed the filtered list
    qtbot.waitUntil(lambda: cases.model.rowCount() == expected, timeout=10000)
    shown = [cases.model.row(i).reg_no for i in range(min(expected, 50))]  # the first screens
    f.exportButton.click()
    dialog = window.export_dialog
    out = tmp_path / "dicari.xlsx"
    dialog.form.pathEdit.setText(str(out))
    with qtbot.waitSignal(dialog.exported, timeout=30000) as done:
        dialog.form.saveButton.click()
    assert done.args[0].rows == expected
    header, *rows = list(openpyxl.load_workbook(out).active.iter_rows(values_only=True))
    assert len(rows) == expected and {r[4] for r in rows} == {"Selesai"}
    assert [r[0] for r in rows[: len(shown)]] == shown  # the list's cases, in the list's order
    named = [dict(zip(header, r, strict=True)) for r in rows]
    assert sum(name.lower() in r["Konsumen"].lower() for r in named) > len(named) / 2


def test_cancel_leaves_no_file(qtbot, desk, tmp_path, monkeypatch):
    monkeypatch.setattr(tables, "PROGRESS_EVERY", 1)  # a chance to cancel after every row
    from desktop.services import exports

    slow_write = exports.write

    def write(path, sheets, *, progress=None, cancelled=lambda: False):
        # Each row takes a moment, as a million would: Cancel is pressed before the end.
        def slowly(rows, total):
            time.sleep(0.05)
            if progress is not None:
                progress(rows, total)

        return slow_write(path, sheets, progress=slowly, cancelled=cancelled)

    monkeypatch.setattr(exports, "write", write)
    worker, actors, settings_ = desk
    window = _window(qtbot, worker, actors["supervisor"], settings_)
    page = _dashboard(qtbot, window)
    f = page.form
    f.periodCombo.setCurrentIndex(f.periodCombo.findData("year"))
    dialog = page.export("cases", "Pengaduan")
    dialog.form.formatCombo.setCurrentIndex(dialog.form.formatCombo.findData("csv"))
    out = tmp_path / "semua.csv"
    dialog.form.pathEdit.setText(str(out))
    bar, seen = dialog.form.progressBar, []

    def first_rows(value: int) -> None:
        if value and not seen:
            seen.append((value, bar.maximum()))
            dialog.form.cancelButton.click()

    bar.valueChanged.connect(first_rows)
    dialog.form.saveButton.click()
    qtbot.waitUntil(lambda: dialog.run is None, timeout=30000)
    assert bar.isHidden()
    assert dialog.form.errorLabel.text() == "Dibatalkan: tidak ada berkas yang ditulis."
    assert seen and seen[0][1] > seen[0][0]  # stopped part-way
    assert list(tmp_path.glob("*semua*")) == []
    assert dialog.form.saveButton.isEnabled()  # the officer may try again
    dialog.close()
