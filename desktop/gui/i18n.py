"""The interface language: Qt translators for tr() strings, the domain catalogue for the rest.

Source strings are English; Indonesian comes from resources/translations/*.qm (Qt Linguist
files made from the .ts beside them). ``loket_id`` holds this application's strings,
``qt_id`` those of Qt's own buttons and dialogs, for which Qt ships no Indonesian.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator

from desktop.domain import messages
from desktop.paths import TRANSLATIONS

LANGUAGES = {"id": "Bahasa Indonesia", "en": "English"}
_state = {"lang": "id", "translators": []}


def install(lang: str) -> None:
    """Switch the tr() strings and the domain's labels to ``lang`` (``id`` or ``en``)."""
    app = QCoreApplication.instance()
    # Qt's own file and print dialogs, not the system's: only those speak the desk's language
    # (a system dialog in English beside an Indonesian "Batal" confused the officers).
    QCoreApplication.setAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    for translator in _state["translators"]:
        app.removeTranslator(translator)
    _state["translators"] = []
    _state["lang"] = lang if lang in LANGUAGES else "id"
    if _state["lang"] == "id":
        for name in ("qt_id", "loket_id"):
            translator = QTranslator(app)
            if not translator.load(str(TRANSLATIONS / f"{name}.qm")):
                raise FileNotFoundError(f"translation {name}.qm is missing from {TRANSLATIONS}")
            app.installTranslator(translator)
            _state["translators"].append(translator)
    QLocale.setDefault(
        QLocale(
            QLocale.Language.Indonesian if _state["lang"] == "id" else QLocale.Language.English,
            QLocale.Country.Indonesia,
        )
    )


def lang() -> str:
    return _state["lang"]


def label(kind: str, code: str | None) -> str:
    """The shown name of a classification code (a sector, a status …) in the current language."""
    return messages.label(kind, code, _state["lang"]) if code else ""


def text(code: str, **params) -> str:
    """A sentence of the domain's catalogue with its details, in the current language."""
    return messages.render(code, _state["lang"], **params)


def message(error: Exception) -> str:
    """The sentence for an error from the services, in the current language."""
    render = getattr(error, "message", None)
    return render(_state["lang"]) if callable(render) else str(error)
