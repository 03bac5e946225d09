"""The dashboard counts a period's cases by sector and by business actor, each also once per
complainant, and the share of stages finished on time.

An index of the cases received holds the columns the first two read (never the table). The
stages finished are kept as they happen in ``stage_exit``: a trigger on the history writes a
row for every transition, with whether the case left the stage by the due date the stage was
given (the due of the event before: the registration, the transition into the stage, a
reminder or a recorded answer). Finding that due from the history at the time of asking costs
a second per ten thousand cases; kept, a year of a million cases is read from one index. Rows
for the history already there are written once, here.
"""

DUE_SETTERS = "('case.registered', 'case.transition', 'case.reminder_sent', 'case.answer_recorded')"


def up(migrator, db):
    for sql in (
        'CREATE INDEX "case_received_parties" ON "case" '
        '("received_at", "sector", "business_id", "complainant_id")',
        'CREATE TABLE "stage_exit" ("id" INTEGER NOT NULL PRIMARY KEY, '
        '"case_id" VARCHAR(255) NOT NULL, "stage" VARCHAR(255) NOT NULL, '
        '"left_at" DATETIME NOT NULL, "actor_id" VARCHAR(255), "on_time" INTEGER NOT NULL)',
        'CREATE INDEX "stage_exit_left_at_stage_actor_id_on_time" ON "stage_exit" '
        '("left_at", "stage", "actor_id", "on_time")',
        f"""CREATE TRIGGER "history_event_stage_exit" AFTER INSERT ON "history_event"
        WHEN NEW.kind = 'case.transition'
        BEGIN
            INSERT INTO "stage_exit" (case_id, stage, left_at, actor_id, on_time)
            SELECT NEW.case_id, json_extract(NEW.payload, '$.from'), NEW.at, NEW.actor_id,
                   date(NEW.at, '+7 hours') <= due
            FROM (SELECT json_extract(p.payload, '$.due') AS due FROM "history_event" p
                  WHERE p.case_id = NEW.case_id AND p.id < NEW.id AND p.kind IN {DUE_SETTERS}
                  ORDER BY p.id DESC LIMIT 1)
            WHERE due IS NOT NULL;
        END""",
        f"""INSERT INTO "stage_exit" (case_id, stage, left_at, actor_id, on_time)
        SELECT case_id, stage, at, actor_id, date(at, '+7 hours') <= due FROM (
            SELECT case_id, kind, at, actor_id, json_extract(payload, '$.from') AS stage,
                   lag(json_extract(payload, '$.due'))
                       OVER (PARTITION BY case_id ORDER BY id) AS due
            FROM "history_event" WHERE kind IN {DUE_SETTERS}
        ) WHERE kind = 'case.transition' AND due IS NOT NULL ORDER BY at""",
    ):
        db.execute_sql(sql)
