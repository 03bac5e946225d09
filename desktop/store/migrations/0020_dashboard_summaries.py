"""The dashboard and the recap read per-day summaries that the database keeps as cases change.

Grouping a year of a million cases at the time of asking took the dashboard 45 s; these tables
hold the same figures per office day (WIB), so a period is a few thousand small rows:

- ``recap_received``: cases received per day, sector and channel, their rupiah, how many still
  open;
- ``recap_closed``: cases closed per day, outcome and agency;
- ``backlog_day``: cases per status and day received (the open backlog and its age);
- ``stage_exit_day``: stages left per day, stage and officer, and how many on time;
- ``business_day`` and ``business_total``: cases per business actor (its integer id) and day,
  and ever, from which the business actors complained about most are found;
- ``sector_first``: cases per day and sector with the day of the same person's previous case in
  that sector ('' for none). The complainants of a period are the cases in it whose previous
  case came before it: a repeat complainant counts once, for any period, exactly.

Triggers on ``case`` (and on ``stage_exit``) take a row's old contribution away and add its new
one, so every writer (intake, handling, sync, the demo's bulk insert) keeps them true; a row
that falls to zero goes, so a summary holds the groups the raw GROUP BY would give. Written
once here for the cases already there, from the very
statements ``loket check`` compares them with (store.recap_raw). ``loket check`` compares them with the raw figures.

The trigger bodies are built from small functions, each given the ``Speech`` of the engine:
SQLite's here; store.postgres_triggers builds PostgreSQL's from the same functions.
"""

from collections.abc import Callable
from dataclasses import dataclass

DAY = "date({}, '+7 hours')"  # the office's calendar day (WIB) of a UTC moment


@dataclass(frozen=True)
class Speech:
    """What the bodies say differently on each engine."""

    day: Callable[[str], str] = DAY.format  # the office day (YYYY-MM-DD) of a UTC moment
    counted: Callable[[str], str] = "({})".format  # a condition as 0 or 1, to be summed
    # whether the upsert names the key it conflicts on and the table of the sums' columns
    # (PostgreSQL needs both; SQLite takes the table's key and the column as it is)
    named: bool = False


SQLITE = Speech()

TABLES = (
    # The triggers find a case's neighbours among its person's cases in its sector by seeking
    # here; without it SQLite walks the whole sector (15 ms an intake at ten thousand cases).
    'CREATE INDEX "case_person_sector" ON "case" ("complainant_id", "sector", "received_at")',
    'CREATE TABLE "recap_received" ("day" TEXT NOT NULL, "sector" TEXT NOT NULL, '
    '"channel" TEXT NOT NULL, "cases" INTEGER NOT NULL, "value" INTEGER NOT NULL, '
    '"open" INTEGER NOT NULL, PRIMARY KEY ("day", "sector", "channel")) WITHOUT ROWID',
    'CREATE TABLE "recap_closed" ("day" TEXT NOT NULL, "outcome" TEXT NOT NULL, '
    '"agency" TEXT NOT NULL, "cases" INTEGER NOT NULL, '
    'PRIMARY KEY ("day", "outcome", "agency")) WITHOUT ROWID',
    'CREATE TABLE "backlog_day" ("status" TEXT NOT NULL, "day" TEXT NOT NULL, '
    '"cases" INTEGER NOT NULL, PRIMARY KEY ("status", "day")) WITHOUT ROWID',
    'CREATE TABLE "stage_exit_day" ("day" TEXT NOT NULL, "stage" TEXT NOT NULL, '
    '"actor" TEXT NOT NULL, "on_time" INTEGER NOT NULL, "finished" INTEGER NOT NULL, '
    'PRIMARY KEY ("day", "stage", "actor")) WITHOUT ROWID',
    'CREATE TABLE "business_day" ("business" INTEGER NOT NULL, "day" TEXT NOT NULL, '
    '"cases" INTEGER NOT NULL, PRIMARY KEY ("business", "day")) WITHOUT ROWID',
    'CREATE INDEX "business_day_day" ON "business_day" ("day", "business", "cases")',
    'CREATE TABLE "business_total" ("business" INTEGER NOT NULL PRIMARY KEY, '
    '"cases" INTEGER NOT NULL)',
    'CREATE INDEX "business_total_cases" ON "business_total" ("cases", "business")',
    'CREATE TABLE "sector_first" ("day" TEXT NOT NULL, "sector" TEXT NOT NULL, '
    '"prev" TEXT NOT NULL, "cases" INTEGER NOT NULL, '
    'PRIMARY KEY ("day", "sector", "prev")) WITHOUT ROWID',
)


def _add(
    table: str,
    keys: dict[str, str],
    values: dict[str, str],
    where: str = "",
    speech: Speech = SQLITE,
) -> str:
    """Add ``values`` (SQL expressions, negative to take away) to the row of ``keys``, made if
    missing; then remove it if its first value fell to zero. ``where`` guards both."""
    columns = [*keys, *values]
    exprs = [*keys.values(), *values.values()]
    own = f'"{table}".' if speech.named else ""
    sums = ", ".join(f'"{c}" = {own}"{c}" + excluded."{c}"' for c in values)
    first = next(iter(values))
    names = ", ".join(f'"{c}"' for c in columns)
    match = " AND ".join(f'"{c}" = {e}' for c, e in keys.items())
    target = " (" + ", ".join(f'"{c}"' for c in keys) + ")" if speech.named else ""
    return (
        f'INSERT INTO "{table}" ({names}) '
        f"SELECT {', '.join(exprs)} WHERE {where or 'true'} "
        f"ON CONFLICT{target} DO UPDATE SET {sums};\n"
        f'DELETE FROM "{table}" WHERE {match} AND "{first}" = 0;\n'
    )


def _received(row: str, sign: str, speech: Speech = SQLITE) -> str:
    return _add(
        "recap_received",
        {
            "day": speech.day(f"{row}.received_at"),
            "sector": f"{row}.sector",
            "channel": f"{row}.channel",
        },
        {
            "cases": sign + "1",
            "value": f"{sign}coalesce({row}.transaction_value, 0)",
            "open": sign + speech.counted(f"{row}.status != 'closed'"),
        },
        speech=speech,
    )


def _closed(row: str, sign: str, speech: Speech = SQLITE) -> str:
    return _add(
        "recap_closed",
        {
            "day": speech.day(f"{row}.closed_at"),
            "outcome": f"coalesce({row}.outcome, '')",
            "agency": f"coalesce({row}.agency_id, '')",
        },
        {"cases": sign + "1"},
        where=f"{row}.closed_at IS NOT NULL",
        speech=speech,
    )


def _backlog(row: str, sign: str, speech: Speech = SQLITE) -> str:
    return _add(
        "backlog_day",
        {"status": f"{row}.status", "day": speech.day(f"{row}.received_at")},
        {"cases": sign + "1"},
        speech=speech,
    )


def _business(row: str, sign: str, speech: Speech = SQLITE) -> str:
    business = f'(SELECT id FROM "business_actor" WHERE uuid = {row}.business_id)'
    return _add(
        "business_day",
        {"business": business, "day": speech.day(f"{row}.received_at")},
        {"cases": sign + "1"},
        speech=speech,
    ) + _add("business_total", {"business": business}, {"cases": sign + "1"}, speech=speech)


def _chain(row: str, direction: str) -> str:
    """The case just before (``<``) or after (``>``) ``row`` among the same person's cases in
    the same sector, in the order received (then by id); never ``row`` itself."""
    order = "DESC" if direction == "<" else ""
    return (
        f'SELECT received_at FROM "case" WHERE complainant_id = {row}.complainant_id '
        f"AND sector = {row}.sector AND id != {row}.id "
        f"AND (received_at, id) {direction} ({row}.received_at, {row}.id) "
        f"ORDER BY received_at {order}, id {order} LIMIT 1"
    )


def _first(row: str, sign: str, speech: Speech = SQLITE) -> str:
    """``row`` joins (``+``) or leaves (``-``) its person's chain in its sector: its own entry,
    and the next case's, whose previous case is ``row`` while it is there."""
    previous = f"coalesce(({speech.day(f'({_chain(row, chr(60))})')}), '')"
    mine = speech.day(f"{row}.received_at")
    after = speech.day(f"({_chain(row, chr(62))})")
    other = "-" if sign == "+" else "+"
    return (
        _add(
            "sector_first",
            {"day": mine, "sector": f"{row}.sector", "prev": previous},
            {"cases": sign + "1"},
            speech=speech,
        )
        + _add(
            "sector_first",
            {"day": after, "sector": f"{row}.sector", "prev": previous},
            {"cases": other + "1"},
            where=f"{after} IS NOT NULL",
            speech=speech,
        )
        + _add(
            "sector_first",
            {"day": after, "sector": f"{row}.sector", "prev": mine},
            {"cases": sign + "1"},
            where=f"{after} IS NOT NULL",
            speech=speech,
        )
    )


# Each summary, and what of a case moves it there (of the status, only whether it is closed).
KEPT = (
    (_received, ("received_at", "sector", "channel", "transaction_value", "status = 'closed'")),
    (_closed, ("closed_at", "outcome", "agency_id")),
    (_backlog, ("status", "received_at")),
    (_business, ("business_id", "received_at")),
    (_first, ("complainant_id", "sector", "received_at")),
)


def _triggers() -> list[str]:
    made = []
    for keep, columns in KEPT:
        name = keep.__name__.strip("_")
        made.append(
            f'CREATE TRIGGER "case_{name}_insert" AFTER INSERT ON "case" BEGIN\n'
            f"{keep('NEW', '+')}END"
        )
        made.append(
            f'CREATE TRIGGER "case_{name}_delete" AFTER DELETE ON "case" BEGIN\n'
            f"{keep('OLD', '-')}END"
        )
        changed = " OR ".join(f"(OLD.{c}) IS NOT (NEW.{c})" for c in columns)
        made.append(
            f'CREATE TRIGGER "case_{name}_update" AFTER UPDATE ON "case" WHEN {changed} BEGIN\n'
            f"{keep('OLD', '-')}{keep('NEW', '+')}END"
        )
    for event, row, sign in (("INSERT", "NEW", "+"), ("DELETE", "OLD", "-")):
        made.append(
            f'CREATE TRIGGER "stage_exit_day_{event.lower()}" AFTER {event} ON "stage_exit" '
            f"BEGIN\n{stage_exit_day(row, sign)}END"
        )
    return made


def stage_exit_day(row: str, sign: str, speech: Speech = SQLITE) -> str:
    """A stage left (a row of ``stage_exit``) counted for its day, stage and officer."""
    keys = {
        "day": speech.day(f"{row}.left_at"),
        "stage": f"{row}.stage",
        "actor": f"coalesce({row}.actor_id, '')",
    }
    counted = {"finished": sign + "1", "on_time": f"{sign}{row}.on_time"}
    return _add("stage_exit_day", keys, counted, speech=speech)


def up(migrator, db):
    from desktop.store.recap_raw import SUMMARIES  # the truth loket check compares them with

    for sql in TABLES:
        db.execute_sql(sql)
    for table, truth in SUMMARIES.items():
        db.execute_sql(f'INSERT INTO "{table}" {truth}')
    for sql in _triggers():
        db.execute_sql(sql)
