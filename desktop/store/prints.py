"""The register of printed documents: one row each time a document left the desk, on paper or
as a PDF; a later print of the same document is a SALINAN (copy)."""

from __future__ import annotations

from typing import Any

from desktop.store.models import PrintedDocument


def record(**fields: Any) -> PrintedDocument:
    return PrintedDocument.create(**fields)


def first_of_case(case_uuid: str, kind: str, number_ending: str = "") -> PrintedDocument | None:
    """The first print of a case's document of ``kind`` (whose number ends in
    ``number_ending``, when given)."""
    where = (PrintedDocument.case == case_uuid) & (PrintedDocument.kind == kind)
    if number_ending:
        where &= PrintedDocument.number.endswith(number_ending)
    return PrintedDocument.select().where(where).order_by(PrintedDocument.id).first()


def printed_for_case(case_uuid: str, kind: str) -> bool:
    """Whether a case's document of ``kind`` was printed before."""
    return (
        PrintedDocument.select()
        .where((PrintedDocument.case == case_uuid) & (PrintedDocument.kind == kind))
        .exists()
    )


def printed_as(kind: str, number: str) -> bool:
    """Whether a document of ``kind`` and this number was printed before."""
    return (
        PrintedDocument.select()
        .where((PrintedDocument.kind == kind) & (PrintedDocument.number == number))
        .exists()
    )
