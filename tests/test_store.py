"""The database as the desk opens it: migrated, WAL, foreign keys, FTS5, the models' schema."""

from __future__ import annotations

import sqlite3

import pytest

from desktop.domain.errors import DataUnusable
from desktop.store import db as store_db
from desktop.store.models import TABLES, Agency, CaseParts, CaseSearch, LetterSearch

# Every migration, in the order a new folder gets them (one list for the tests below).
MIGRATIONS = [
    "0001_initial",
    "0002_default_agencies",
    "0003_complainant_name_index",
    "0004_letter_search",
    "0005_hearing_outcomes",
    "0006_sync",
    "0007_recap_indexes",
    "0008_due_lists_index",
    "0009_case_parts",
    "0011_issued_letters",
    "0012_dashboard_indexes",
    "0013_attachment_removed",
    "0014_booking_guard",
    "0015_history_chain",
    "0016_visitor_cases",
    "0017_agreement_terms",
    "0017_bpsk_offices",
    "0017_case_officer",
    "0017_stage_exit_officer",
    "0018_name_words",
    "0018_staff_account_state",
    "0019_agency_parts",
    "0020_dashboard_summaries",
    "0021_case_anonymised",
    "0021_printed_events",
]


def test_a_new_folder_gets_the_whole_schema_from_the_migrations(db, data_dir):
    state = store_db.migration_state(db)
    assert state.current and state.applied == MIGRATIONS
    assert (data_dir / store_db.DB_NAME).exists()
    assert store_db.migrate(db) == []  # opening again applies nothing


def test_a_folder_of_the_previous_version_is_brought_up_to_date_when_opened(tmp_path):
    from playhouse.migrations import Runner

    older = store_db.connect(tmp_path)
    Runner(older, str(store_db.MIGRATIONS)).up(target="0005_hearing_outcomes")
    older.close()
    reopened = store_db.open_database(tmp_path)
    try:
        assert store_db.migration_state(reopened).current
        columns = {r[1] for r in reopened.execute_sql('PRAGMA table_info("history_event")')}
        assert "sync_status" in columns  # what 0006 adds
    finally:
        reopened.close()


def test_the_migrated_schema_is_the_schema_of_the_models(db):
    for model in TABLES:
        if model in (CaseSearch, CaseParts, LetterSearch):
            continue
        table = model._meta.table_name
        # Column names and which of them may be empty (NULL).
        actual = {
            row[1]: bool(row[3])
            for row in db.execute_sql(f'PRAGMA table_info("{table}")').fetchall()
        }
        declared = {f.column_name: not f.null for f in model._meta.sorted_fields}
        assert actual == declared, table
    for index in (CaseSearch, CaseParts):
        table = index._meta.table_name
        columns = [r[1] for r in db.execute_sql(f'PRAGMA table_info("{table}")').fetchall()]
        assert columns == [f.name for f in index._meta.sorted_fields if f.name != "rowid"]


def test_the_desk_database_settings(db):
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute_sql("PRAGMA busy_timeout").fetchone()[0] == 15000


def test_foreign_keys_are_enforced(db):
    with pytest.raises(Exception, match="FOREIGN KEY"):
        db.execute_sql(
            'INSERT INTO "visitor" (uuid, name, nik, phone, purpose, note, time_in, '
            "signed_in_by_id) VALUES ('v', 'Tamu', '', '', 'other', '', "
            "'2026-11-23 02:00:00', 'nobody')"
        )


def test_the_agencies_are_reference_data_in_the_database(db):
    assert {"OJK", "BI", "BPOM", "KOMDIGI", "BPSK", "POLRI"} <= {a.code for a in Agency.select()}


def test_an_older_database_is_brought_up_to_date(data_dir):
    """A folder left by the first release (only 0001 applied) gets the later migrations."""
    database = store_db.connect(data_dir)
    from playhouse.migrations import Runner

    Runner(database, str(store_db.MIGRATIONS)).up("0001_initial")
    assert store_db.migration_state(database).pending == MIGRATIONS[1:]
    database.close()
    database = store_db.open_database(data_dir)
    assert store_db.migration_state(database).current
    assert Agency.select().count() == 11
    database.close()


def test_a_file_that_is_not_a_database_is_refused(data_dir):
    data_dir.mkdir()
    (data_dir / store_db.DB_NAME).write_bytes(b"this is a letter, not a database" * 100)
    with pytest.raises(DataUnusable, match="rusak"):  # said in words, with what to do next
        store_db.open_database(data_dir)
    assert sqlite3.sqlite_version_info >= (3, 35)  # RETURNING, which numbering relies on


def test_an_agency_address_typed_as_lines_is_split_into_its_parts(data_dir):
    """Migration 0019: the address an admin typed (or 0011 filled in) becomes building, street,
    city and postcode, and the shipped routing becomes each agency's default sectors."""
    database = store_db.connect(data_dir)
    from playhouse.migrations import Runner

    runner = Runner(database, str(store_db.MIGRATIONS))
    for name in store_db.migration_state(database).pending:
        if name.startswith("0019"):
            break
        runner.up(name)
    database.execute_sql(
        "UPDATE agency SET address = 'Jl. Kebon Sirih No. 3\nGambir, Jakarta Pusat, 10110' "
        "WHERE code = 'BPSK'"
    )
    database.close()
    database = store_db.open_database(data_dir)
    ojk, bpsk = Agency.get(Agency.code == "OJK"), Agency.get(Agency.code == "BPSK")
    assert (ojk.building, ojk.street, ojk.city, ojk.postal_code, ojk.sectors) == (
        "Gedung Sumitro Djojohadikusumo",
        "Jl. Lapangan Banteng Timur No. 2-4",
        "Jakarta Pusat",
        "10710",
        "financial",
    )
    assert (bpsk.building, bpsk.street, bpsk.city, bpsk.postal_code, bpsk.sectors) == (
        "",
        "Jl. Kebon Sirih No. 3",
        "Gambir, Jakarta Pusat",
        "10110",
        "",
    )
    assert Agency.get(Agency.code == "BI").sectors == ""  # online loans go to OJK
    database.close()
