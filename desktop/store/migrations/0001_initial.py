"""The first schema: every table of the foundation, frozen as SQL.

Frozen on purpose: later changes to desktop/store/models.py must come as new migrations, and
the store test checks that the migrated schema matches the models.
"""

STATEMENTS = [
    'CREATE TABLE "agency" ("code" VARCHAR(255) NOT NULL PRIMARY KEY, "name" VARCHAR(255) NOT NULL, "handles" TEXT NOT NULL, "address" TEXT NOT NULL, "active" INTEGER NOT NULL)',
    'CREATE TABLE "complainant" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(255) NOT NULL, "name" VARCHAR(255) NOT NULL, "nik" VARCHAR(255) NOT NULL, "birth_date" DATE, "sex" VARCHAR(255) NOT NULL, "phone" VARCHAR(255) NOT NULL, "email" VARCHAR(255) NOT NULL, "address" TEXT NOT NULL, "rt" VARCHAR(255) NOT NULL, "rw" VARCHAR(255) NOT NULL, "kelurahan" VARCHAR(255) NOT NULL, "kecamatan" VARCHAR(255) NOT NULL, "city" VARCHAR(255) NOT NULL, "province" VARCHAR(255) NOT NULL, "postal_code" VARCHAR(255) NOT NULL, "created_at" DATETIME NOT NULL)',
    'CREATE UNIQUE INDEX "complainant_uuid" ON "complainant" ("uuid")',
    'CREATE INDEX "complainant_nik" ON "complainant" ("nik")',
    'CREATE INDEX "complainant_phone" ON "complainant" ("phone")',
    'CREATE TABLE "business_actor" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(255) NOT NULL, "name" VARCHAR(255) NOT NULL, "name_key" VARCHAR(255) NOT NULL, "kind" VARCHAR(255) NOT NULL, "address" TEXT NOT NULL, "phone" VARCHAR(255) NOT NULL, "website" VARCHAR(255) NOT NULL, "npwp" VARCHAR(255) NOT NULL, "created_at" DATETIME NOT NULL)',
    'CREATE UNIQUE INDEX "business_actor_uuid" ON "business_actor" ("uuid")',
    'CREATE INDEX "business_actor_name_key" ON "business_actor" ("name_key")',
    'CREATE TABLE "staff" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(255) NOT NULL, "username" VARCHAR(255) NOT NULL, "full_name" VARCHAR(255) NOT NULL, "nip" VARCHAR(255) NOT NULL, "roles" VARCHAR(255) NOT NULL, "password_hash" VARCHAR(255) NOT NULL, "active" INTEGER NOT NULL, "failed_attempts" INTEGER NOT NULL, "locked_until" DATETIME, "created_at" DATETIME NOT NULL)',
    'CREATE UNIQUE INDEX "staff_uuid" ON "staff" ("uuid")',
    'CREATE UNIQUE INDEX "staff_username" ON "staff" ("username")',
    'CREATE TABLE "case" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(255) NOT NULL, "reg_no" VARCHAR(255) NOT NULL, "channel" VARCHAR(255) NOT NULL, "report_type" VARCHAR(255) NOT NULL, "complainant_id" VARCHAR(255) NOT NULL, "business_id" VARCHAR(255) NOT NULL, "letter" VARCHAR(255), "product" VARCHAR(255) NOT NULL, "sector" VARCHAR(255) NOT NULL, "transaction_mode" VARCHAR(255) NOT NULL, "transaction_date" DATE, "transaction_value" INTEGER, "payment_method" VARCHAR(255) NOT NULL, "complained_to_business" INTEGER NOT NULL, "complained_at" DATE, "business_answer" TEXT NOT NULL, "chronology" TEXT NOT NULL, "demands" TEXT NOT NULL, "demand_detail" TEXT NOT NULL, "documents" TEXT NOT NULL, "registered_by_id" VARCHAR(255) NOT NULL, "received_at" DATETIME NOT NULL, "status" VARCHAR(255) NOT NULL, "stage_due" DATE, "paused_since" DATE, "in_scope" INTEGER, "scope_reason" TEXT NOT NULL, "clarification_mode" VARCHAR(255), "agency_id" VARCHAR(255), "outcome" VARCHAR(255), "outcome_note" TEXT NOT NULL, "closed_at" DATETIME, "updated_at" DATETIME NOT NULL, "version" INTEGER NOT NULL, FOREIGN KEY ("complainant_id") REFERENCES "complainant" ("uuid"), FOREIGN KEY ("business_id") REFERENCES "business_actor" ("uuid"), FOREIGN KEY ("registered_by_id") REFERENCES "staff" ("uuid"), FOREIGN KEY ("agency_id") REFERENCES "agency" ("code"))',
    'CREATE UNIQUE INDEX "case_uuid" ON "case" ("uuid")',
    'CREATE UNIQUE INDEX "case_reg_no" ON "case" ("reg_no")',
    'CREATE INDEX "case_complainant_id" ON "case" ("complainant_id")',
    'CREATE INDEX "case_business_id" ON "case" ("business_id")',
    'CREATE INDEX "case_sector" ON "case" ("sector")',
    'CREATE INDEX "case_registered_by_id" ON "case" ("registered_by_id")',
    'CREATE INDEX "case_received_at" ON "case" ("received_at")',
    'CREATE INDEX "case_agency_id" ON "case" ("agency_id")',
    'CREATE INDEX "case_status_stage_due" ON "case" ("status", "stage_due")',
    'CREATE INDEX "case_channel_received_at" ON "case" ("channel", "received_at")',
    'CREATE TABLE "incoming_letter" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(255) NOT NULL, "agenda_no" VARCHAR(255) NOT NULL, "letter_no" VARCHAR(255) NOT NULL, "letter_date" DATE, "received_at" DATETIME NOT NULL, "received_via" VARCHAR(255) NOT NULL, "sender_name" VARCHAR(255) NOT NULL, "sender_address" TEXT NOT NULL, "subject" TEXT NOT NULL, "pages" INTEGER NOT NULL, "enclosures" INTEGER NOT NULL, "case_id" VARCHAR(255), "registered_by_id" VARCHAR(255) NOT NULL, FOREIGN KEY ("case_id") REFERENCES "case" ("uuid"), FOREIGN KEY ("registered_by_id") REFERENCES "staff" ("uuid"))',
    'CREATE UNIQUE INDEX "incoming_letter_uuid" ON "incoming_letter" ("uuid")',
    'CREATE UNIQUE INDEX "incoming_letter_agenda_no" ON "incoming_letter" ("agenda_no")',
    'CREATE INDEX "incoming_letter_received_at" ON "incoming_letter" ("received_at")',
    'CREATE INDEX "incoming_letter_case_id" ON "incoming_letter" ("case_id")',
    'CREATE INDEX "incoming_letter_registered_by_id" ON "incoming_letter" ("registered_by_id")',
    'CREATE TABLE "attachment" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(255) NOT NULL, "sha256" VARCHAR(255) NOT NULL, "name" VARCHAR(255) NOT NULL, "mime" VARCHAR(255) NOT NULL, "size" INTEGER NOT NULL, "case_id" VARCHAR(255), "letter_id" VARCHAR(255), "created_at" DATETIME NOT NULL, "created_by_id" VARCHAR(255) NOT NULL, FOREIGN KEY ("case_id") REFERENCES "case" ("uuid"), FOREIGN KEY ("letter_id") REFERENCES "incoming_letter" ("uuid"), FOREIGN KEY ("created_by_id") REFERENCES "staff" ("uuid"))',
    'CREATE UNIQUE INDEX "attachment_uuid" ON "attachment" ("uuid")',
    'CREATE INDEX "attachment_sha256" ON "attachment" ("sha256")',
    'CREATE INDEX "attachment_case_id" ON "attachment" ("case_id")',
    'CREATE INDEX "attachment_letter_id" ON "attachment" ("letter_id")',
    'CREATE INDEX "attachment_created_by_id" ON "attachment" ("created_by_id")',
    'CREATE VIRTUAL TABLE "case_search" USING fts5 ("reg_no", "complainant", "identifiers", "business", "product", "chronology", prefix=\'2 3\', tokenize="unicode61 remove_diacritics 2")',
    'CREATE TABLE "hearing" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(255) NOT NULL, "case_id" VARCHAR(255) NOT NULL, "kind" VARCHAR(255) NOT NULL, "starts_at" DATETIME NOT NULL, "ends_at" DATETIME NOT NULL, "room" VARCHAR(255) NOT NULL, "mediator_id" VARCHAR(255), "status" VARCHAR(255) NOT NULL, FOREIGN KEY ("case_id") REFERENCES "case" ("uuid"), FOREIGN KEY ("mediator_id") REFERENCES "staff" ("uuid"))',
    'CREATE UNIQUE INDEX "hearing_uuid" ON "hearing" ("uuid")',
    'CREATE INDEX "hearing_case_id" ON "hearing" ("case_id")',
    'CREATE INDEX "hearing_starts_at" ON "hearing" ("starts_at")',
    'CREATE INDEX "hearing_mediator_id" ON "hearing" ("mediator_id")',
    'CREATE TABLE "history_event" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(255) NOT NULL, "case_id" VARCHAR(255), "kind" VARCHAR(255) NOT NULL, "payload" TEXT NOT NULL, "actor_id" VARCHAR(255), "at" DATETIME NOT NULL, FOREIGN KEY ("case_id") REFERENCES "case" ("uuid"), FOREIGN KEY ("actor_id") REFERENCES "staff" ("uuid"))',
    'CREATE UNIQUE INDEX "history_event_uuid" ON "history_event" ("uuid")',
    'CREATE INDEX "history_event_case_id" ON "history_event" ("case_id")',
    'CREATE INDEX "history_event_kind" ON "history_event" ("kind")',
    'CREATE INDEX "history_event_actor_id" ON "history_event" ("actor_id")',
    'CREATE TABLE "printed_document" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(255) NOT NULL, "kind" VARCHAR(255) NOT NULL, "number" VARCHAR(255) NOT NULL, "case_id" VARCHAR(255), "sha256" VARCHAR(255) NOT NULL, "is_copy" INTEGER NOT NULL, "printed_by_id" VARCHAR(255) NOT NULL, "printed_at" DATETIME NOT NULL, FOREIGN KEY ("case_id") REFERENCES "case" ("uuid"), FOREIGN KEY ("printed_by_id") REFERENCES "staff" ("uuid"))',
    'CREATE UNIQUE INDEX "printed_document_uuid" ON "printed_document" ("uuid")',
    'CREATE INDEX "printed_document_case_id" ON "printed_document" ("case_id")',
    'CREATE INDEX "printed_document_printed_by_id" ON "printed_document" ("printed_by_id")',
    'CREATE TABLE "sequence" ("key" VARCHAR(255) NOT NULL PRIMARY KEY, "value" INTEGER NOT NULL)',
    'CREATE TABLE "setting" ("key" VARCHAR(255) NOT NULL PRIMARY KEY, "value" TEXT NOT NULL)',
    'CREATE TABLE "visitor" ("id" INTEGER NOT NULL PRIMARY KEY, "uuid" VARCHAR(255) NOT NULL, "name" VARCHAR(255) NOT NULL, "nik" VARCHAR(255) NOT NULL, "phone" VARCHAR(255) NOT NULL, "purpose" VARCHAR(255) NOT NULL, "note" TEXT NOT NULL, "time_in" DATETIME NOT NULL, "time_out" DATETIME, "case_id" VARCHAR(255), "signed_in_by_id" VARCHAR(255) NOT NULL, FOREIGN KEY ("case_id") REFERENCES "case" ("uuid"), FOREIGN KEY ("signed_in_by_id") REFERENCES "staff" ("uuid"))',
    'CREATE UNIQUE INDEX "visitor_uuid" ON "visitor" ("uuid")',
    'CREATE INDEX "visitor_time_in" ON "visitor" ("time_in")',
    'CREATE INDEX "visitor_case_id" ON "visitor" ("case_id")',
    'CREATE INDEX "visitor_signed_in_by_id" ON "visitor" ("signed_in_by_id")',
]


def up(migrator, db):
    for statement in STATEMENTS:
        db.execute_sql(statement)
