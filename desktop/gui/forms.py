"""Loading Qt Designer forms from ui/, and showing field errors beside the fields."""

from __future__ import annotations

import importlib
import logging
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QFile, QIODevice, QObject, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractSpinBox,
    QBoxLayout,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

from desktop.domain.errors import FieldError
from desktop.gui import i18n
from desktop.gui.compile_forms import PACKAGE, source_hash
from desktop.paths import UI

log = logging.getLogger(__name__)
_loader = None  # a QUiLoader, made for the first form that is not compiled
FIELDS = (QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit, QAbstractItemView)


def _new_loader():
    from PySide6.QtUiTools import QUiLoader  # only for a form not compiled

    # A QUiLoader loads every Designer plugin it finds when made (PySide's own, Qt Quick's and
    # Qt WebEngine's: 20 ms and their libraries in memory). The forms use none: make it blind.
    paths = QCoreApplication.libraryPaths()
    QCoreApplication.setLibraryPaths([])
    try:
        return QUiLoader()
    finally:
        QCoreApplication.setLibraryPaths(paths)


def _compiled(name: str) -> type | None:
    """The form built by its pyside6-uic module (desktop.gui.compile_forms), if there is one
    made from the .ui as it is now; its widgets become attributes, as QUiLoader makes them."""
    try:
        module = importlib.import_module(f"{PACKAGE}.{name}")
    except ImportError:
        return None
    if source_hash(UI / f"{name}.ui") != module.SOURCE:
        log.info("form %s.ui changed since it was compiled: loaded from the .ui", name)
        return None
    return next(v for k, v in vars(module).items() if k.startswith("Ui_"))


def _built(form_class, parent: QWidget | None) -> QWidget:
    widget = QWidget(parent)
    parts = form_class()
    parts.setupUi(widget)
    for attribute, part in vars(parts).items():
        if not hasattr(QWidget, attribute):  # a widget's own methods stay themselves
            setattr(widget, attribute, part)
    return widget


def _loaded(name: str, parent: QWidget | None) -> QWidget:
    global _loader
    _loader = _loader or _new_loader()
    file = QFile(str(UI / f"{name}.ui"))
    if not file.open(QIODevice.OpenModeFlag.ReadOnly):
        raise FileNotFoundError(f"form {name}.ui is missing from {UI}")
    try:
        widget = _loader.load(file, parent)
    finally:
        file.close()
    if widget is None:
        raise RuntimeError(f"form {name}.ui cannot be loaded: {_loader.errorString()}")
    return widget


def load_form(name: str, parent: QWidget | None = None) -> QWidget:
    """The widget tree of ``ui/<name>.ui``; its children are found by object name, and are
    attributes of it."""
    form_class = _compiled(name)
    widget = _built(form_class, parent) if form_class is not None else _loaded(name, parent)
    name_fields(widget)
    for view in widget.findChildren(QAbstractItemView):
        view.setTabKeyNavigation(False)  # Tab leaves a list for the buttons after it
    for edit in widget.findChildren(QDateTimeEdit):
        # Tab walked the day, month and year (so "10" typed for the time went to the date):
        # it leaves the field, as in every other one; the digits fill the parts in turn.
        edit.installEventFilter(_tab_leaves)
    return widget


class _TabLeaves(QObject):
    def eventFilter(self, watched: QWidget, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or event.key() not in (
            Qt.Key.Key_Tab,
            Qt.Key.Key_Backtab,
        ):
            return False
        forward = event.key() == Qt.Key.Key_Tab and not (
            event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        )
        step = watched
        while True:
            step = step.nextInFocusChain() if forward else step.previousInFocusChain()
            if step is watched:
                return False
            if (
                step.focusPolicy() & Qt.FocusPolicy.TabFocus
                and step.isVisible()
                and step.isEnabled()
                and not watched.isAncestorOf(step)
                and step.focusProxy() is None
            ):
                step.setFocus(Qt.FocusReason.TabFocusReason)
                return True


_tab_leaves = _TabLeaves()


def name_fields(form: QWidget) -> None:
    """Give a screen reader a name for each field: the label just before it in its row becomes
    its buddy (as a form's labels are), and a field with only a hint takes the hint as its name."""
    for layout in form.findChildren(QBoxLayout) + form.findChildren(QGridLayout):
        items = [layout.itemAt(i).widget() for i in range(layout.count())]
        for before, field in pairwise(items):
            if (
                isinstance(before, QLabel)
                and before.buddy() is None
                and isinstance(field, FIELDS)
                and not field.accessibleName()
            ):
                before.setBuddy(field)
    for edit in form.findChildren(QLineEdit):
        if not edit.accessibleName() and edit.placeholderText():
            edit.setAccessibleName(edit.placeholderText())


class FieldErrors:
    """A red sentence under each field of QFormLayouts, shown when that field is wrong."""

    def __init__(self, fields: dict[str, QWidget]) -> None:
        self._labels: dict[str, QLabel] = {}
        self._fields = fields
        for name, widget in fields.items():
            label = QLabel()
            label.setObjectName(f"error_{name.replace('.', '_')}")
            label.setProperty("role", "error")
            label.setWordWrap(True)
            label.hide()
            layout = widget.parentWidget().layout() if widget.parentWidget() else None
            form = _form_of(widget)
            if form is not None:
                row, _ = form.getWidgetPosition(widget)
                form.insertRow(row + 1, "", label)
            elif layout is not None:
                layout.addWidget(label)
            self._labels[name] = label

    def show(self, errors: list[FieldError], lang: str) -> QWidget | None:
        """Show these errors, hide the rest; returns the first wrong field, to focus it."""
        self.clear()
        first = None
        for error in errors:
            label = self._labels.get(error.field)
            if label is None:
                continue
            label.setText(error.message(lang))
            label.show()
            first = first or self._fields[error.field]
        return first

    def recheck(self, errors: list[FieldError], lang: str) -> int:
        """The form was changed: keep the messages still true (in their new words), drop those
        fixed, add none (a field not yet left is not scolded). Returns how many remain."""
        wrong = {e.field: e for e in errors}
        for name in list(self.shown()):
            error = wrong.get(name)
            self.set(name, error.message(lang) if error is not None else "")
        return len(self.shown())

    def set(self, name: str, message: str) -> None:
        label = self._labels[name]
        label.setText(message)
        label.setVisible(bool(message))

    def clear(self) -> None:
        for label in self._labels.values():
            label.hide()
            label.clear()

    def shown(self) -> dict[str, str]:
        """Errors currently set (whether or not the window is on screen)."""
        return {name: label.text() for name, label in self._labels.items() if not label.isHidden()}


def _form_of(widget: QWidget) -> QFormLayout | None:
    parent = widget.parentWidget()
    while parent is not None:
        layout = parent.layout()
        if isinstance(layout, QFormLayout) and layout.getWidgetPosition(widget)[0] >= 0:
            return layout
        for form in parent.findChildren(QFormLayout):
            if form.getWidgetPosition(widget)[0] >= 0:
                return form
        parent = parent.parentWidget()
    return None


def embed(host: QWidget, name: str, margin: int = 0) -> QWidget:
    """Load ``ui/<name>.ui`` into ``host``, filling it; returns the form to reach its widgets."""
    from PySide6.QtWidgets import QVBoxLayout

    form = load_form(name, host)
    layout = host.layout() or QVBoxLayout(host)
    layout.setContentsMargins(margin, margin, margin, margin)
    layout.addWidget(form)
    return form


def save_key(dialog: QWidget, save) -> QShortcut:
    """Ctrl+S saves the dialog in front, as it does the complaint form."""
    return QShortcut(QKeySequence.StandardKey.Save, dialog, activated=save)


class FormDialog(QDialog):
    """A dialog around a Designer form with an errorLabel, a saveButton and a cancelButton."""

    def __init__(self, worker: Any, form: str, parent=None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.form = embed(self, form, margin=16)
        self.form.errorLabel.setProperty("role", "error")
        self.form.errorLabel.hide()
        self.form.cancelButton.clicked.connect(self.reject)
        self.form.saveButton.clicked.connect(self.save)
        save_key(self, self._save_if_enabled)

    def _save_if_enabled(self) -> None:
        if self.form.saveButton.isEnabled():
            self.save()

    def save(self) -> None:
        raise NotImplementedError

    def submit(self, fn, *args, **kwargs) -> None:
        self.form.saveButton.setEnabled(False)
        self.worker.submit(
            fn, *args, on_success=lambda _r: self.accept(), on_failure=self.refused, **kwargs
        )

    def refused(self, error: Exception) -> None:
        self.form.saveButton.setEnabled(True)
        self.form.errorLabel.setText(i18n.message(error))
        self.form.errorLabel.show()
