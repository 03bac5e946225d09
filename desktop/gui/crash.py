"""What the officer sees when something fails that nobody foresaw, and what the log keeps.

An error from the worker that its caller did not handle, an exception that escaped (on the UI
thread or any other), a critical or fatal message from Qt: each gives one dialog in plain
words naming the log file, and the log has the traceback. A crash of the interpreter itself
(a segmentation fault in a library) leaves its stacks in ``loket-faults.log`` beside it.
"""

from __future__ import annotations

import faulthandler
import logging
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QObject, QtMsgType, Signal, qInstallMessageHandler
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.gui import i18n

log = logging.getLogger("desktop.crash")
LOG_NAME = "loket.log"
FAULTS_NAME = "loket-faults.log"
_state: dict = {"log": None, "faults": None, "teller": None}


def log_file() -> Path | None:
    return _state["log"]


class Crash(QObject):
    """Shows the dialog on the UI thread, whichever thread the failure happened on."""

    told = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.told.connect(self._show)  # queued when emitted from another thread
        self.showing = False

    def _show(self, what: str) -> None:
        if self.showing:  # one at a time: a failure repeating does not stack dialogs
            return
        self.showing = True
        try:
            QMessageBox.critical(QApplication.activeWindow(), self.tr("Something went wrong"), what)
        finally:
            self.showing = False

    def text(self, error: str) -> str:
        where = log_file()
        said = self.tr(
            "The last action could not be completed; nothing was half-saved.\n\n{error}"
        ).format(error=error)
        if where is not None:
            said += "\n\n" + self.tr(
                "The details are in the log file, for whoever looks after this desk:\n{log}"
            ).format(log=str(where))
        return said


def _teller() -> Crash | None:
    if _state["teller"] is None and QApplication.instance() is not None:
        _state["teller"] = Crash()
        _state["teller"].moveToThread(QApplication.instance().thread())
    return _state["teller"]


def tell(error: BaseException | str) -> None:
    """Say in plain words that something failed, naming the log file (the traceback was
    logged by whoever caught it)."""
    teller = _teller()
    if teller is None:
        return
    said = error if isinstance(error, str) else plain(error)
    teller.told.emit(teller.text(said))


def plain(error: BaseException) -> str:
    message = i18n.message(error)
    if callable(getattr(error, "message", None)):
        return message  # a refusal in the domain's words
    # Not a sentence for an officer: name what kind of failure it was, the rest is logged.
    return QApplication.translate("Crash", "An unexpected error ({kind}).").format(
        kind=type(error).__name__
    )


def _excepthook(
    kind: type[BaseException], error: BaseException, trace: TracebackType | None
) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, trace)
        return
    log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, error, trace)))
    tell(error)


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is SystemExit:
        return
    text = "".join(traceback.format_exception(args.exc_type, args.exc_value, args.exc_traceback))
    name = args.thread.name if args.thread is not None else "?"
    log.error("unexpected error on thread %s:\n%s", name, text)
    tell(args.exc_value if args.exc_value is not None else str(args.exc_type))


def _qt_message(kind: QtMsgType, context, message: str) -> None:
    if kind in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg):
        where = f"{context.file}:{context.line}" if context and context.file else "Qt"
        log.error(
            "Qt %s message (%s): %s\n%s",
            "fatal" if kind == QtMsgType.QtFatalMsg else "critical",
            where,
            message,
            "".join(traceback.format_stack()),
        )
        for handler in logging.getLogger("desktop").handlers:
            handler.flush()
        said = QApplication.translate("Crash", "The window system reported: {message}")
        teller = _teller()
        if teller is None:
            return
        if kind == QtMsgType.QtFatalMsg:  # Qt ends the desk once this returns: say it now
            if threading.current_thread() is threading.main_thread():
                teller._show(teller.text(said.format(message=message)))
            return
        tell(said.format(message=message))
    elif kind == QtMsgType.QtWarningMsg:
        log.warning("Qt: %s", message)


def install(data_dir: Path) -> None:
    """Route the unforeseen to the log in ``data_dir`` and to the officer."""
    _state["log"] = data_dir / LOG_NAME
    if _state["faults"] is None:
        _state["faults"] = (data_dir / FAULTS_NAME).open("a", encoding="utf-8")
        faulthandler.enable(file=_state["faults"], all_threads=True)
    sys.excepthook = _excepthook
    threading.excepthook = _thread_hook
    qInstallMessageHandler(_qt_message)
