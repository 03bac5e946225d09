"""One background thread for all database work, in the spirit of Anki's operations.

The UI thread submits a function; the worker runs it on its own thread (which owns the SQLite
connection) and the result or the error comes back on the UI thread through a queued signal.
An operation never touches a widget; only its callbacks do.
"""

from __future__ import annotations

import logging
import queue
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal

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
    failed = Signal(object)  # an error no caller handled: the window shows it
    busy_changed = Signal(bool)

    def __init__(self, name: str = "database") -> None:
        super().__init__()
        self._jobs: queue.SimpleQueue[_Job | None] = queue.SimpleQueue()
        self._pending = 0
        self._finished.connect(self._deliver)  # queued: this object lives on the UI thread
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
                result, error = None, e
                e.__traceback_text__ = traceback.format_exc()  # type: ignore[attr-defined]
            self._finished.emit(job, result, error)

    def _deliver(self, job: _Job, result: Any, error: BaseException | None) -> None:
        self._pending -= 1
        if self._pending == 0:
            self.busy_changed.emit(False)
        if error is None:
            if job.on_success:
                job.on_success(result)
        elif job.on_failure:
            job.on_failure(error)
        else:
            # Not a refusal the caller expected: keep the traceback for whoever maintains the
            # desk (tracebacks carry code locations, not the values being processed).
            log.error(
                "%s failed:\n%s",
                getattr(job.fn, "__qualname__", job.fn),
                getattr(error, "__traceback_text__", repr(error)),
            )
            self.failed.emit(error)
