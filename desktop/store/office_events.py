"""The desks of an office see each other's changes within a moment (office mode, PostgreSQL).

A trigger on "case" calls ``pg_notify`` at each insert and update; PostgreSQL delivers the
notification when the transaction commits (never for one rolled back), to every connection that
LISTENs on the channel. Its payload is the case's uuid, what happened ("registered" or
"changed") and the status: never anything about the complainant.

A desk listens (``listen``) on a connection of its own, on a thread of its own: the database
worker is never held up by waiting, and the UI thread never waits at all. When the server goes
away the listener connects again, and says so, since what was committed meanwhile went unheard.
"""

from __future__ import annotations

import json
import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

from peewee import Database

from desktop.store import dialect
from desktop.store.models import database

log = logging.getLogger(__name__)

CHANNEL = "loket_case"
FUNCTION = f"""
CREATE OR REPLACE FUNCTION loket_case_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('{CHANNEL}', json_build_object(
        'case', NEW.uuid,
        'change', CASE TG_OP WHEN 'INSERT' THEN 'registered' ELSE 'changed' END,
        'status', NEW.status)::text);
    RETURN NULL;
END
$$
"""
TRIGGER = (
    'CREATE TRIGGER "case_notify" AFTER INSERT OR UPDATE ON "case" '
    "FOR EACH ROW EXECUTE FUNCTION loket_case_notify()"
)
# A listener learns of a server gone silent (a cable pulled, a machine off) from TCP's
# keepalives within about half a minute, instead of never.
KEEPALIVES = {
    "keepalives": 1,
    "keepalives_idle": 10,
    "keepalives_interval": 5,
    "keepalives_count": 3,
}


@dataclass(frozen=True)
class CaseEvent:
    case: str  # the case's uuid; empty for RECONNECTED
    change: str  # "registered", "changed", or "reconnected"
    status: str = ""


# Said after the listener connected again: changes committed meanwhile were not heard.
RECONNECTED = CaseEvent("", "reconnected")


def create(db: Database) -> None:
    """The trigger that tells the listening desks of each change to a case."""
    db.execute_sql(FUNCTION)
    db.execute_sql(TRIGGER)


@dataclass(frozen=True)
class Source:
    """Where to listen: the open office database's URL and connection parameters."""

    url: str
    params: dict


def source() -> Source | None:
    """The open database as a place to listen, or None on the desk's own SQLite file."""
    if database.obj is None or dialect.current().name != "postgresql":
        return None
    db = database.obj
    params = {k: v for k, v in db.connect_params.items() if k in ("password", "connect_timeout")}
    return Source(db.database, params)


def listen(
    where: Source,
    heard: Callable[[CaseEvent], None],
    stop: threading.Event,
    retry: float = 2.0,
) -> None:
    """Call ``heard`` (on this thread) with each case change committed on the office database,
    until ``stop`` is set; connect again ``retry`` seconds after the server went away."""
    import psycopg

    connected_before = False
    while not stop.is_set():
        try:
            with psycopg.connect(
                where.url,
                autocommit=True,
                application_name="loket-listen",
                **KEEPALIVES,
                **where.params,
            ) as conn:
                conn.execute(f"LISTEN {CHANNEL}")
                if connected_before:
                    heard(RECONNECTED)
                connected_before = True
                while not stop.is_set():
                    for note in conn.notifies(timeout=0.5):
                        heard(_event(note.payload))
        except psycopg.Error as e:
            # The server went away (or refused): said once a try, without the URL's password.
            log.warning("office events: not listening (%s); again in %s s", type(e).__name__, retry)
            stop.wait(retry)


def _event(payload: str) -> CaseEvent:
    fields = json.loads(payload)
    return CaseEvent(fields["case"], fields["change"], fields.get("status") or "")
