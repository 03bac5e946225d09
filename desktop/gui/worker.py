"""One background thread for all database work, in the spirit of Anki's operations.

The UI thread submits a function; the worker runs it on its own thread (which owns the SQLite
connection) and the result or the error comes back on the UI thread through a queued signal.
An operation never touches a widget; only its callbacks do.
"""

from __future__ import annotations

import functools
import logging
import queue
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, Signal

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

    _finished = Signal(object, object, object)  # job, result, error
    failed = Signal(object)  # an error no caller handled: ``report`` says it to the officer
    busy_changed = Signal(bool)

    def __init__(self, name: str = "database") -> None:
        super().__init__()
        self._jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
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
        self._jobs.put(_Job(fn, args, kwargs, on_success, on_failure))

    @property
    def pending(self) -> int:
        return self._pending

    def stop(self, timeout: float = 10) -> None:
        self._jobs.put(None)
        self._thread.join(timeout)

    def _run(self) -> None:
        while (job := self._jobs.get()) is not None:
            try:
                result, error = job.fn(*job.args, **job.kwargs), None
            except Exception as e:  # handed to the UI thread, never lost
                # A damaged file or a full disk is said in the officer's words, at this one
                # depth rather than on every page; the traceback is SQLite's.
                result, error = None, store_db.plain(e)
                error.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self._finished.emit(job, result, error)

    def _deliver(self, job: _Job, result: Any, error: BaseException | None) -> None:
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
