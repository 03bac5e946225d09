"""A window that an answer went to is freed on the UI thread, never on a worker's thread.

A Qt object destroyed on another thread crashes the window later, in the middle of the UI
thread's painting (CI met it as a segmentation fault the moment the worker took its next job).
"""

from __future__ import annotations

import functools
import gc
import threading
import weakref

from PySide6.QtWidgets import QDialog

from desktop.gui.worker import Worker


class _Watched(QDialog):
    """A dialog that notes the thread it is freed on."""

    def __init__(self, freed_on: list[str]) -> None:
        super().__init__()
        self.freed_on = freed_on

    def __del__(self) -> None:  # the wrapper goes, and with it the C++ dialog Python owns
        self.freed_on.append(threading.current_thread().name)


def _watched() -> tuple[QDialog, list[str]]:
    freed_on: list[str] = []
    return _Watched(freed_on), freed_on


def _refuse(dialog: QDialog) -> None:
    raise ValueError(dialog.objectName())


def _note(failures: list, dialog: QDialog, error: BaseException) -> None:
    failures.append((type(error), dialog.isVisible()))


def test_a_closed_dialog_an_answer_went_to_is_freed_on_the_ui_thread(qtbot):
    worker = Worker()
    try:
        dialog, freed_on = _watched()
        worker.submit(str.upper, "ditanggapi", on_success=dialog.setWindowTitle)
        qtbot.waitUntil(lambda: worker.pending == 0)
        assert dialog.windowTitle() == "DITANGGAPI"
        del dialog  # the officer closed it: only what the worker knew of it is left
        worker.submit(len, "berikutnya")  # the worker moves on to its next job
        qtbot.waitUntil(lambda: worker.pending == 0)
        qtbot.waitUntil(lambda: bool(freed_on))
        assert freed_on == [threading.main_thread().name]
    finally:
        worker.stop()


def test_a_failed_jobs_dialog_is_freed_on_the_ui_thread_too(qtbot):
    worker = Worker()
    try:
        dialog, freed_on = _watched()
        failures = []
        # The failing job's own frames hold the dialog: the error must not carry them across.
        worker.submit(_refuse, dialog, on_failure=functools.partial(_note, failures, dialog))
        qtbot.waitUntil(lambda: worker.pending == 0)
        assert failures == [(ValueError, False)]
        del dialog
        worker.submit(len, "berikutnya")
        qtbot.waitUntil(lambda: worker.pending == 0)
        qtbot.waitUntil(lambda: bool(freed_on))
        assert freed_on == [threading.main_thread().name]
    finally:
        worker.stop()


class _Cycle:
    def __init__(self) -> None:
        self.me = self


def test_python_collects_cycles_on_the_ui_thread_only(qtbot):
    Worker().stop()
    assert not gc.isenabled()  # a worker's allocations never start a collection
    cycles = [_Cycle() for _ in range(2 * gc.get_threshold()[0])]
    last = weakref.ref(cycles[-1])
    del cycles
    assert last() is not None  # nothing collected them on the spot
    qtbot.waitUntil(lambda: last() is None, timeout=3000)  # the UI thread's timer did
