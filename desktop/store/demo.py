"""What the demo looks for to finish its picture of a busy office: the newest cases still
waiting for papers, a letter or a meeting (services.demo)."""

from __future__ import annotations

from desktop.store.models import Case, Hearing

# Cases whose newest step called for a letter, by the letter's kind.
_AWAITING_LETTER = {
    "clarification": (Case.status == "clarification") & (Case.clarification_mode == "online"),
    "forwarding": (Case.status == "closed") & (Case.outcome == "forwarded"),
}


def fresh_walk_ins(limit: int) -> list[Case]:
    """The newest walk-in cases still just received: uuid, received_at, product, registrar."""
    return list(
        Case.select(Case.uuid, Case.received_at, Case.product, Case.registered_by)
        .where((Case.status == "received") & (Case.channel == "walk_in"))
        .order_by(Case.received_at.desc())
        .limit(limit)
    )


def awaiting_letter(kind: str, limit: int) -> list[str]:
    """The most recently changed cases at the step a letter of ``kind`` (clarification,
    forwarding) belongs to."""
    query = (
        Case.select(Case.uuid)
        .where(_AWAITING_LETTER[kind])
        .order_by(Case.updated_at.desc())
        .limit(limit)
    )
    return [c.uuid for c in query]


def awaiting_meeting(limit: int) -> list[tuple[str, str]]:
    """(uuid, status) of the newest cases that need a meeting and have none planned."""
    planned = Hearing.select(Hearing.case).where(Hearing.status == "planned")
    return list(
        Case.select(Case.uuid, Case.status)
        .where(
            (Case.status == "mediation")
            | ((Case.status == "clarification") & (Case.clarification_mode == "offline"))
        )
        .where(~Case.uuid.in_(planned))
        .order_by(Case.received_at.desc())
        .limit(limit)
        .tuples()
    )
