"""One background thread for all database work, in the spirit of Anki's operations.

The UI thread submits a function; the worker runs it on its own thread (which owns the SQLite
connection) and the result or the error comes back on the UI thread through a queued signal.
An operation never touches a widget; only its callbacks do.

A Qt object freed on another thread crashes the window (in the middle of the UI thread's
painting, long after the fact). Python frees an object where its last reference is dropped, or
where the cycle collector happens to run; so the worker's thread never holds the last reference
to a job (the UI thread keeps each job until its answer is delivered, and the thread lets go of
it before it answers), an error crosses without the frames that held the job's arguments, and
the cycle collector runs on the UI thread alone (as Anki does).
"""

from __future__ import annotations

import functools
import gc
import itertools
import logging
import queue
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from desktop.domain.errors import DomainError
from desktop.store import db as store_db

log = logging.getLogger(__name__)


@dataclass
class _Job:
    fn: Callable[..., Any]
    args: tuple
    kwargs: dict
    on_success: Callable[[Any], None] | None
    on_failure: Callable[[BaseException], None] | None


class Worker(QObject):
    """Runs submitted functions one after another on a single thread."""

    _finished = Signal(int, object, object)  # job number, result, error
    failed = Signal(object)  # an error no caller handled: ``report`` says it to the officer
    busy_changed = Signal(bool)

    def __init__(self, name: str = "database") -> None:
        super().__init__()
        collect_on_ui_thread()
        self._jobs: queue.SimpleQueue[int | None] = queue.SimpleQueue()
        self._held: dict[int, _Job] = {}  # the UI thread's: a job is freed there, never here
        self._numbers = itertools.count()
        self._pending = 0
        self._finished.connect(self._deliver)  # queued: this object lives on the UI thread
        self.failed.connect(self.report)
        self._thread = threading.Thread(target=self._run, name=name, daemon=True)
        self._thread.start()

    def submit(
        self,
        fn: Callable[..., Any],
        *args: Any,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], None] | None = None,
        **kwargs: Any,
    ) -> None:
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        number = next(self._numbers)
        self._held[number] = _Job(fn, args, kwargs, on_success, on_failure)
        self._jobs.put(number)

    @property
    def pending(self) -> int:
        return self._pending

    def stop(self, timeout: float = 10) -> None:
        self._jobs.put(None)
        self._thread.join(timeout)

    def _run(self) -> None:
        while (number := self._jobs.get()) is not None:
            job = self._held[number]
            try:
                result, error = job.fn(*job.args, **job.kwargs), None
            except Exception as e:  # handed to the UI thread, never lost
                # A damaged file or a full disk is said in the officer's words, at this one
                # depth rather than on every page; the traceback is SQLite's.
                result, error = None, store_db.plain(e)
                error.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
                _drop_frames(error)
            del job  # before the answer: the UI thread's reference is then the last
            self._finished.emit(number, result, error)
            del result, error

    def _deliver(self, number: int, result: Any, error: BaseException | None) -> None:
        job = self._held.pop(number)
        self._pending -= 1
        if self._pending == 0:
            self.busy_changed.emit(False)
        if error is not None and not isinstance(error, DomainError):
            # Not a refusal of the rules: keep the traceback for whoever maintains the desk,
            # whether or not the caller shows it (tracebacks carry code locations, not the
            # values being processed).
            log.error(
                "%s failed:\n%s",
                getattr(job.fn, "__qualname__", job.fn),
                getattr(error, "__traceback_text__", repr(error)),
            )
        callback = job.on_success if error is None else job.on_failure
        if callback is not None and not _alive(callback):
            # The dialog or page that asked was closed (and deleted) before the answer came.
            log.info("an answer to a closed window was dropped: %s", _name(job.fn))
            if error is None or isinstance(error, DomainError):
                return
            callback = None  # an unexpected failure is still said, to the window still open
        if error is None:
            if callback is not None:
                callback(result)
        elif callback is not None:
            callback(error)
        else:
            self.failed.emit(error)

    def report(self, error: BaseException) -> None:
        """The default failure handler: what no caller handled is said to the officer in
        plain words, naming the log file (screenshots and tests may connect their own)."""
        from desktop.gui import crash

        crash.tell(error)


def _drop_frames(error: BaseException) -> None:
    """Cut an error (and those it was raised from) loose from the frames it was raised in; they
    hold the job's arguments, and the text of the traceback is already kept."""
    seen: set[int] = set()
    e: BaseException | None = error
    while e is not None and id(e) not in seen:
        seen.add(id(e))
        e.__traceback__ = None
        e = e.__cause__ or e.__context__


class _Collector(QObject):
    """Python's cycle collector, run on the UI thread by a timer, never on a worker's thread."""

    def __init__(self, app: QCoreApplication) -> None:
        super().__init__(app)
        gc.disable()
        self._timer = QTimer(self)
        self._timer.timeout.connect(self.collect)
        self._timer.start(1000)

    def collect(self) -> None:
        thresholds = gc.get_threshold()
        for generation, count in enumerate(gc.get_count()):
            if count <= thresholds[generation]:
                break
            gc.collect(generation)


def collect_on_ui_thread() -> None:
    """Once for the application: its worker threads allocate too, and the collector would run
    on whichever thread passed its threshold, freeing the UI thread's widgets there."""
    app = QCoreApplication.instance()
    if app is not None and app.findChild(_Collector) is None:
        _Collector(app)


def _name(fn: Callable[..., Any]) -> str:
    return getattr(fn, "__qualname__", repr(fn))


def _owners(callback: Callable[..., Any]) -> list[QObject]:
    """The Qt objects a callback acts on: a bound method's object, the objects a lambda or a
    nested function closes over (``self`` in ``lambda r: self.show(r)``), a partial's."""
    if isinstance(callback, functools.partial):
        return _owners(callback.func) + [a for a in callback.args if isinstance(a, QObject)]
    found = []
    target = getattr(callback, "__self__", None)
    if isinstance(target, QObject):
        found.append(target)
    for cell in getattr(callback, "__closure__", None) or ():
        try:
            value = cell.cell_contents
        except ValueError:  # a cell not yet filled
            continue
        if isinstance(value, QObject):
            found.append(value)
    return found


def _alive(callback: Callable[..., Any]) -> bool:
    """Whether every Qt object the callback acts on still exists on the C++ side."""
    return all(shiboken6.isValid(owner) for owner in _owners(callback))
