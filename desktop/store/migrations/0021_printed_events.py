"""A print is also an ``access.printed`` event of the desk's own chain, so that a row of the
register of printed documents removed or changed afterwards is named by ``loket check``
(store/access.py). The prints already on the desk get their events here, appended to the
desk's chain in the order they were printed, with who printed them and when."""

import json
import uuid

from desktop.domain import chain

BATCH = 5000
_EVENT = (
    'INSERT INTO "history_event" (uuid, case_id, kind, payload, actor_id, at, sync_status, hash) '
    "VALUES (?, NULL, 'access.printed', ?, ?, ?, 'local', ?)"
)


def up(migrator, db):
    head = db.execute_sql(
        'SELECT hash FROM "history_event" WHERE case_id IS NULL ORDER BY id DESC LIMIT 1'
    ).fetchone()
    prev = head[0] if head else chain.GENESIS
    reading = db.cursor()
    reading.execute(
        "SELECT uuid, kind, number, case_id, sha256, is_copy, printed_by_id, printed_at FROM "
        '"printed_document" ORDER BY id'
    )
    while rows := reading.fetchmany(BATCH):
        events = []
        for print_uuid, kind, number, case, sha256, is_copy, by, at in rows:
            # The same payload as services/printing.record_print writes (store/access.py).
            payload = {
                "print": print_uuid,
                "kind": kind,
                "number": number,
                "case": case,
                "sha256": sha256,
                "copy": bool(is_copy),
            }
            event = str(uuid.uuid4())
            prev = chain.event_hash(prev, event, None, "access.printed", payload, by, at)
            events.append((event, json.dumps(payload, ensure_ascii=False), by, at, prev))
        db.cursor().executemany(_EVENT, events)
