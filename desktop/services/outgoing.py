"""The register of outgoing letters (agenda surat keluar): searched, listed per case, printed."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from desktop.domain.formatting import dated
from desktop.domain.messages import label
from desktop.domain.workdays import office_date
from desktop.store import cases as case_rows
from desktop.store import outgoing
from desktop.store.models import IssuedLetter, PrintedDocument

# The letters an earlier version numbered as it first printed them (before "Terbitkan").
NUMBERED_WHEN_PRINTED = frozenset(
    {
        "clarification",
        "forwarding",
        "reminder",
        "blocking",
        "invitation_consumer",
        "invitation_business",
        "minutes",
    }
)


@dataclass(frozen=True)
class OutgoingLetter:
    """One line of the register, as an officer reads it."""

    number: str
    issued_on: dt.date
    kind: str  # the kind's name, in Indonesian
    code: str  # the kind as the register keeps it ("bpsk_referral"): what code compares
    case: str  # the case's registration number
    case_uuid: str  # "" for a letter of no case
    addressee: str  # the first line of the address block
    signatory: str
    sent_via: str  # how it left, in words
    sha256: str
    signed: bool  # signed electronically (its signed file is what is sent)
    # numbered by an earlier version when first printed: not in the register, whose addressee,
    # signatory and sending it did not record
    earlier: bool = False


def _line(letter: IssuedLetter, reg_nos: dict[str, str]) -> OutgoingLetter:
    return OutgoingLetter(
        number=letter.number,
        issued_on=letter.issued_on,
        kind=label("printed", letter.kind),
        code=letter.kind,
        case=reg_nos.get(letter.case_id or "", ""),
        case_uuid=letter.case_id or "",
        # the berita acara is addressed to no one: it is the parties' record
        addressee=letter.addressee.split("\n", 1)[0]
        or ("Para pihak" if letter.kind == "minutes" else ""),
        signatory=letter.signatory_name,
        sent_via=", ".join(label("sent_via", w) for w in letter.sent_via.split(",") if w),
        sha256=letter.sha256,
        signed=letter.signature == "electronic",
    )


def _lines(letters: list[IssuedLetter]) -> list[OutgoingLetter]:
    cases = {x.case_id for x in letters if x.case_id}
    reg_nos = case_rows.numbers(cases) if cases else {}
    return [_line(x, reg_nos) for x in letters]


def register(
    start: dt.date, end: dt.date, text: str = "", limit: int | None = None
) -> list[OutgoingLetter]:
    """The letters issued from ``start`` to ``end``, oldest first; ``text`` narrows them."""
    return _lines(outgoing.between(start, end, text, limit))


def _earlier(printed: PrintedDocument, reg_no: str) -> OutgoingLetter:
    return OutgoingLetter(
        number=printed.number.split("#")[0],
        issued_on=office_date(printed.printed_at),
        kind=label("printed", printed.kind),
        code=printed.kind,
        case=reg_no,
        case_uuid=printed.case_id or "",
        addressee="",
        signatory="",
        sent_via="",
        sha256=printed.sha256,
        signed=False,
        earlier=True,
    )


def of_case(case_uuid: str) -> list[OutgoingLetter]:
    """The case's letters, oldest first: those of the register, and those an earlier version
    numbered when it printed them (they keep their numbers; see printing._issued_before)."""
    issued = _lines(outgoing.of_case(case_uuid))
    earlier = outgoing.numbered_when_printed(NUMBERED_WHEN_PRINTED, case_uuid=case_uuid)
    if not earlier:
        return issued
    reg_no = case_rows.reg_no(case_uuid) or ""
    lines = issued + [_earlier(p, reg_no) for p in earlier]
    return sorted(lines, key=lambda x: x.issued_on)  # stable: the register's order within a day


def register_pdf(start: dt.date, end: dt.date, text: str = "") -> bytes:
    from desktop.documents.register import OutgoingRow, render_outgoing
    from desktop.services.letterhead import office

    rows = [
        OutgoingRow(
            x.number,
            x.issued_on.strftime("%d-%m-%Y"),
            x.kind,
            x.case,
            x.addressee,
            x.signatory,
            x.sent_via,
        )
        for x in register(start, end, text)
    ]
    period = f"{dated(start)} s.d. {dated(end)}" + (f" — “{text}”" if text.strip() else "")
    return render_outgoing(rows, period, office())
