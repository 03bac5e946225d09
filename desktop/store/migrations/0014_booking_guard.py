"""The database itself refuses a double booking: a planned meeting that overlaps another planned
one in the same room, with the same mediator, or with a party of its case (the complainant or
the business actor). The services check first and say which meeting clashes; this holds when
two desks book at once on a database that lets both in (PostgreSQL), or when any other code
writes a meeting. Times are UTC text as stored, which compares in time order."""

_CLASH = """
    SELECT RAISE(ABORT, 'hearing_clash')
    WHERE NEW.status = 'planned' AND EXISTS (
        SELECT 1 FROM "hearing" h
        JOIN "case" c ON c.uuid = h.case_id
        JOIN "case" mine ON mine.uuid = NEW.case_id
        WHERE h.status = 'planned' AND h.id IS NOT NEW.id
          AND h.starts_at < NEW.ends_at AND h.ends_at > NEW.starts_at
          AND (h.room = NEW.room
               OR (NEW.mediator_id IS NOT NULL AND NEW.mediator_id <> ''
                   AND h.mediator_id = NEW.mediator_id)
               OR c.complainant_id = mine.complainant_id OR c.business_id = mine.business_id)
    );
"""


def up(migrator, db):
    db.execute_sql(
        f'CREATE TRIGGER "hearing_no_double_booking" BEFORE INSERT ON "hearing" BEGIN {_CLASH} END'
    )
    db.execute_sql(
        'CREATE TRIGGER "hearing_no_double_booking_update" BEFORE UPDATE OF '
        '"status", "starts_at", "ends_at", "room", "mediator_id", "case_id" ON "hearing" '
        f"BEGIN {_CLASH} END"
    )
