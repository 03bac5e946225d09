"""Each history event carries the hash of its content and of the event before it in its chain
(a case's events, or the desk's own for events of no case; domain/chain.py), so that
``loket check`` and the central system can tell an event changed after it was written. The
events already on the desk are chained here, in the order they were written."""

import json

from desktop.domain import chain

BATCH = 5000


def up(migrator, db):
    db.execute_sql(
        'ALTER TABLE "history_event" ADD COLUMN "hash" VARCHAR(255) NOT NULL DEFAULT \'\''
    )
    reading = db.cursor()
    reading.execute(
        'SELECT id, uuid, case_id, kind, payload, actor_id, at FROM "history_event" '
        "ORDER BY case_id, id"
    )
    chain_of, prev = object(), chain.GENESIS
    while rows := reading.fetchmany(BATCH):
        hashes = []
        for event_id, uuid, case, kind, payload, actor, at in rows:
            if case != chain_of:
                chain_of, prev = case, chain.GENESIS
            prev = chain.event_hash(prev, uuid, case, kind, json.loads(payload), actor, at)
            hashes.append((prev, event_id))
        db.cursor().executemany('UPDATE "history_event" SET hash = ? WHERE id = ?', hashes)
