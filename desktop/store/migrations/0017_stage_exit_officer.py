"""Stages finished on time are counted for the officer responsible for the case (the analyst
who took it, the mediator of its mediation, whom a supervisor assigned), falling back to who
moved it on while nobody had it; and an agreement's dated terms are a due date of the stage
(the case waits for the last of them). The trigger of 0012 is replaced; rows already written
keep who moved the case on."""

DUE_SETTERS = "('case.registered', 'case.transition', 'case.reminder_sent', 'case.answer_recorded')"


def up(migrator, db):
    db.execute_sql('DROP TRIGGER IF EXISTS "history_event_stage_exit"')
    db.execute_sql(
        f"""CREATE TRIGGER "history_event_stage_exit" AFTER INSERT ON "history_event"
        WHEN NEW.kind = 'case.transition'
        BEGIN
            INSERT INTO "stage_exit" (case_id, stage, left_at, actor_id, on_time)
            SELECT NEW.case_id, json_extract(NEW.payload, '$.from'), NEW.at,
                   coalesce((SELECT c.officer_id FROM "case" c WHERE c.uuid = NEW.case_id),
                            NEW.actor_id),
                   date(NEW.at, '+7 hours') <= due
            FROM (SELECT json_extract(p.payload, '$.due') AS due FROM "history_event" p
                  WHERE p.case_id = NEW.case_id AND p.id < NEW.id
                    AND (p.kind IN {DUE_SETTERS}
                         OR (p.kind = 'case.hearing_held'
                             AND json_extract(p.payload, '$.due') IS NOT NULL))
                  ORDER BY p.id DESC LIMIT 1)
            WHERE due IS NOT NULL;
        END"""
    )
