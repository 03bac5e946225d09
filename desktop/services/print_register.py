"""``loket check``'s look at the register of printed documents: each row against the
``access.printed`` event written with it (store/access.py), so a print record removed, changed
or added afterwards is named (the events themselves are guarded by the chain)."""

from __future__ import annotations

from desktop.store import accounts, cases
from desktop.store.access import PrintAstray, prints_astray

SHOWN = 5  # prints named per kind of problem; the rest counted

_IN_SHORT = {
    "removed": "removed from the register",
    "changed": "changed in the register",
    "added": "added to the register",
}
_HOW = {
    "removed": "was removed from the register of printed documents after it was printed "
    "(its history event {event} remains)",
    "changed": "in the register of printed documents differs from its history event {event}: "
    "changed after it was printed",
    "added": "in the register of printed documents has no history event: added afterwards",
}


def problems() -> list[str]:
    astray = prints_astray()
    if not astray:
        return []
    reg_nos = cases.numbers({a.case for a in astray if a.case})
    users = accounts.usernames()
    found = []
    for how in _HOW:
        these = [a for a in astray if a.how == how]
        found += [_said(a, reg_nos, users) for a in these[:SHOWN]]
        if len(these) > SHOWN:
            found.append(f"… and {len(these) - SHOWN} more print record(s) {_IN_SHORT[how]}")
    return found


def _said(astray: PrintAstray, reg_nos: dict[str, str], users: dict[str, str]) -> str:
    what = " ".join(filter(None, (astray.kind, astray.number)))
    of = f" of case {reg_nos.get(astray.case, astray.case)}" if astray.case else ""
    who = users.get(astray.by or "", astray.by or "nobody")
    when = astray.at.strftime("%Y-%m-%d %H:%M") if astray.at else "?"
    return f"print record {astray.print_uuid} ({what}{of}, printed {when} UTC by {who}) " + _HOW[
        astray.how
    ].format(event=astray.event)
