"""The Designer forms compiled by pyside6-uic build the same widgets, with the same names, as
QUiLoader does from the .ui; an edited form is loaded from its .ui until compiled again."""

from __future__ import annotations

import re
import shutil

import pytest
from PySide6.QtCore import QObject

from desktop.gui import compile_forms, forms
from desktop.paths import UI


def _tree(widget) -> list[tuple[str, str]]:
    return sorted(
        (type(o).__name__, o.objectName()) for o in widget.findChildren(QObject) if o.objectName()
    )


@pytest.fixture(scope="module")
def compiled():
    compile_forms.compile_forms()
    assert compile_forms.stale() == []


@pytest.mark.parametrize("name", sorted(p.stem for p in UI.glob("*.ui")))
def test_a_compiled_form_is_the_form_of_its_ui(qapp, compiled, name):
    form_class = forms._compiled(name)
    assert form_class is not None, f"{name}.ui is not compiled"
    built, loaded = forms._built(form_class, None), forms._loaded(name, None)
    try:
        assert _tree(built) == _tree(loaded)
        declared = re.findall(r'<widget class="\w+" name="(\w+)"', (UI / f"{name}.ui").read_text())
        for object_name in declared[1:]:  # each widget reached as an attribute, as before
            assert getattr(built, object_name) is built.findChild(QObject, object_name)
            assert getattr(loaded, object_name).objectName() == object_name
        assert built.windowTitle() == loaded.windowTitle()
    finally:
        built.deleteLater()
        loaded.deleteLater()


def test_a_form_edited_since_it_was_compiled_is_read_from_its_ui(
    qapp, compiled, monkeypatch, tmp_path
):
    edited = tmp_path / "ui"
    shutil.copytree(UI, edited)
    source = edited / "sign_in.ui"
    source.write_text(source.read_text().replace("Sign in", "Masuk sekarang"))
    monkeypatch.setattr(forms, "UI", edited)
    monkeypatch.setattr(compile_forms, "UI", edited)
    assert forms._compiled("sign_in") is None
    assert [p.name for p in compile_forms.stale()] == ["sign_in.ui"]
    form = forms.load_form("sign_in")
    assert form.signInButton.text() == "Masuk sekarang"
    assert forms._compiled("staff_dialog") is not None  # the others are still compiled
    form.deleteLater()
