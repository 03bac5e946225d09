"""The triggers of the office database (PostgreSQL): what SQLite's triggers do, in PL/pgSQL.

- ``history_event_stage_exit`` (migrations 0012, 0017_stage_exit_officer): a transition of a
  case writes the stage it left to ``stage_exit``, with the officer answering for the case and
  whether it left by the due date the stage was given;
- ``hearing_no_double_booking`` (0014): a planned meeting overlapping another in the same room,
  with the same mediator or a party of its case is refused with ``hearing_clash``, as an
  integrity error (SQLSTATE 23000), which peewee raises as the ``IntegrityError`` SQLite's
  ``RAISE(ABORT, …)`` gives;
- the per-day summaries of migration 0020, their bodies built by that migration's own functions
  in PostgreSQL's speech (the office day of store.dialect, booleans cast to integers, the
  conflict's key named).

A row trigger of PostgreSQL fires after its whole statement, SQLite's as each row is written:
``sector_first`` reads the neighbours of a case among the cases, so the office writes cases one
row a statement (as every writer of the store does).
"""

from __future__ import annotations

import importlib

from peewee import Database

from desktop.store import dialect

summaries = importlib.import_module("desktop.store.migrations.0020_dashboard_summaries")

POSTGRESQL = summaries.Speech(
    day=dialect.POSTGRESQL.office_day, counted=dialect.POSTGRESQL.counted, named=True
)

DUE_SETTERS = "('case.registered', 'case.transition', 'case.reminder_sent', 'case.answer_recorded')"

_PG = dialect.POSTGRESQL
# 0012 and 0017_stage_exit_officer: the due of the last event that set one before the transition.
STAGE_EXIT = f"""
    INSERT INTO "stage_exit" (case_id, stage, left_at, actor_id, on_time)
    SELECT NEW.case_id, {_PG.json_sql("NEW.payload", "from")}, NEW.at,
           coalesce((SELECT c.officer_id FROM "case" c WHERE c.uuid = NEW.case_id), NEW.actor_id),
           {_PG.counted(f"{_PG.office_day('NEW.at')} <= due")}
    FROM (SELECT {_PG.json_sql("p.payload", "due")} AS due FROM "history_event" p
          WHERE p.case_id = NEW.case_id AND p.id < NEW.id
            AND (p.kind IN {DUE_SETTERS}
                 OR (p.kind = 'case.hearing_held'
                     AND {_PG.json_sql("p.payload", "due")} IS NOT NULL))
          ORDER BY p.id DESC LIMIT 1) AS last
    WHERE due IS NOT NULL;
"""

# 0014. Bookings wait for each other on the lock the services take (store.sequences.lock), so
# a desk's check reads the meeting another desk has just committed.
HEARING_CLASH = """
    IF NEW.status = 'planned' THEN
        INSERT INTO "sequence" ("key", "value") VALUES ('lock:hearings', 0)
        ON CONFLICT ("key") DO UPDATE SET "value" = "sequence"."value";
        IF EXISTS (
            SELECT 1 FROM "hearing" h
            JOIN "case" c ON c.uuid = h.case_id
            JOIN "case" mine ON mine.uuid = NEW.case_id
            WHERE h.status = 'planned' AND h.id IS DISTINCT FROM NEW.id
              AND h.starts_at < NEW.ends_at AND h.ends_at > NEW.starts_at
              AND (h.room = NEW.room
                   OR (NEW.mediator_id IS NOT NULL AND NEW.mediator_id <> ''
                       AND h.mediator_id = NEW.mediator_id)
                   OR c.complainant_id = mine.complainant_id
                   OR c.business_id = mine.business_id)
        ) THEN
            RAISE EXCEPTION 'hearing_clash' USING ERRCODE = 'integrity_constraint_violation';
        END IF;
    END IF;
"""
HEARING_COLUMNS = '"status", "starts_at", "ends_at", "room", "mediator_id", "case_id"'


def _function(name: str, body: str, returns: str = "NULL") -> str:
    return (
        f'CREATE FUNCTION "{name}"() RETURNS trigger LANGUAGE plpgsql AS $$\n'
        f"BEGIN\n{body}RETURN {returns};\nEND\n$$"
    )


def _trigger(name: str, when: str, table: str, condition: str = "", function: str = "") -> str:
    """A row trigger calling the function of its own name (or ``function``)."""
    only = f" WHEN ({condition})" if condition else ""
    return (
        f'CREATE TRIGGER "{name}" {when} ON "{table}" FOR EACH ROW{only} '
        f'EXECUTE FUNCTION "{function or name}"()'
    )


def _summary_triggers() -> list[str]:
    """Migration 0020's triggers: each summary's contribution of a case taken away and added."""
    made = []
    for keep, columns in summaries.KEPT:
        name = f"case_{keep.__name__.strip('_')}"
        changed = " OR ".join(f"(OLD.{c}) IS DISTINCT FROM (NEW.{c})" for c in columns)
        for event, body, condition in (
            ("INSERT", keep("NEW", "+", POSTGRESQL), ""),
            ("DELETE", keep("OLD", "-", POSTGRESQL), ""),
            ("UPDATE", keep("OLD", "-", POSTGRESQL) + keep("NEW", "+", POSTGRESQL), changed),
        ):
            made.append(_function(f"{name}_{event.lower()}", body))
            made.append(_trigger(f"{name}_{event.lower()}", f"AFTER {event}", "case", condition))
    for event, row, sign in (("INSERT", "NEW", "+"), ("DELETE", "OLD", "-")):
        name = f"stage_exit_day_{event.lower()}"
        made.append(_function(name, summaries.stage_exit_day(row, sign, POSTGRESQL)))
        made.append(_trigger(name, f"AFTER {event}", "stage_exit"))
    return made


def statements() -> list[str]:
    """Every function and trigger, in the order they are made."""
    return [
        _function("history_event_stage_exit", STAGE_EXIT),
        _trigger(
            "history_event_stage_exit",
            "AFTER INSERT",
            "history_event",
            "NEW.kind = 'case.transition'",
        ),
        _function("hearing_no_double_booking", HEARING_CLASH, returns="NEW"),
        _trigger("hearing_no_double_booking", "BEFORE INSERT", "hearing"),
        _trigger(
            "hearing_no_double_booking_update",
            f"BEFORE UPDATE OF {HEARING_COLUMNS}",
            "hearing",
            function="hearing_no_double_booking",
        ),
        *_summary_triggers(),
    ]


def create(db: Database) -> None:
    for statement in statements():
        db.execute_sql(statement)
