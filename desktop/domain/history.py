"""A case's history event in words, as the case file's timeline and the printed berkas say it.

Every letter is named by its number: the ones issued, the ones received (by agenda number)
and the documents attached by their file names.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from desktop.domain.formatting import short_date
from desktop.domain.messages import label, render


def agency_code(code: str) -> str:
    """An agency's code as it is written: LAPS SJK, not LAPS_SJK."""
    return code.replace("_", " ")


def _transition(payload: Mapping[str, Any], lang: str) -> str:
    params = payload.get("params", {})
    if payload["action"] == "mark_duplicate":
        return render(
            "event.case.marked_duplicate",
            lang,
            reg_no=params.get("duplicate_of", ""),
            reason=params.get("reason", ""),
        )
    text = label("action_title", payload["action"], lang)
    detail = params.get("reason") or params.get("missing") or params.get("note") or ""
    if params.get("outcome"):
        detail = label("outcome", params["outcome"], lang) + (f": {detail}" if detail else "")
    if params.get("agency"):
        detail = f"{agency_code(params['agency'])}: {detail}"
    return f"{text} — {detail}" if detail else text


def event_text(
    kind: str, payload: Mapping[str, Any], lang: str = "id", names: Mapping[str, str] = {}
) -> str:
    """The history line of an event; ``names`` are the staff's names by UUID."""
    if kind == "case.transition":
        return _transition(payload, lang)
    if kind == "case.answer_recorded":
        received = dt.date.fromisoformat(payload["received"])
        text = "{what} ({date}): {text}".format(
            what=label("event", kind, lang),
            date=short_date(received, lang),
            text=payload.get("text", ""),
        )
        if payload.get("letter"):
            text += " " + render("history.by_letter", lang, agenda=payload["letter"])
        return text
    if kind in ("case.letter_issued", "case.reminder_sent") and payload.get("number"):
        return render(
            "history.letter_issued",
            lang,
            letter=label("printed", payload.get("kind", "reminder"), lang),
            number=payload["number"],
        )
    if kind == "case.amended":
        return render("history.amended", lang, fields=", ".join(sorted(payload.get("changes", {}))))
    if kind == "case.letter_emailed":
        return render(
            "event.case.letter_emailed", lang, **{**payload, "to": ", ".join(payload["to"])}
        )
    if kind == "case.term_recorded":
        said = "history.term_kept" if payload["fulfilled"] else "history.term_not_kept"
        kept = render("history.term_kept_late" if payload.get("late") else said, lang)
        return f"{label('event', kind, lang)}: {payload['text']} — {kept}"
    if kind == "case.assigned":
        text = render("history.assigned", lang, name=names.get(payload["officer"], "?"))
        if payload.get("previous"):
            text += " " + render(
                "history.assigned_from", lang, name=names.get(payload["previous"], "?")
            )
        return text
    if kind == "case.document_added" and payload.get("name"):
        return f"{label('event', kind, lang)}: {payload['name']}"
    if kind == "case.anonymised":
        return render("event.case.anonymised", lang, years=payload["years"])
    if kind in ("case.duplicate_linked", "case.file_printed", "case.letter_linked"):
        return render(f"event.{kind}", lang, **payload)
    return label("event", kind, lang) or kind
