"""Moving cases through the procedure with the services; the rows stay true to their history."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import NOW, complaint_form
from helpers import table_counts

from desktop.domain import case_state
from desktop.domain.errors import PermissionDenied, TransitionError, ValidationFailed
from desktop.services import demo, handling, intake
from desktop.services.check import check_database
from desktop.store import sql
from desktop.store.models import Case, HistoryEvent

DAY = dt.timedelta(days=1)


def register(actors, when=NOW) -> str:
    return intake.register_complaint(actors["petugas"], complaint_form(), now=when).uuid


def test_forwarded_to_ojk(actors):
    uuid = register(actors)
    handling.take_action(actors["analis"], uuid, "start_analysis", now=NOW + DAY)
    case = handling.take_action(
        actors["analis"],
        uuid,
        "forward",
        {"agency": "OJK", "reason": "  Sengketa pinjaman daring  "},
        now=NOW + 2 * DAY,
    )
    assert (case["status"], case["outcome"], case["agency"], case["in_scope"]) == (
        "closed",
        "forwarded",
        "OJK",
        False,
    )
    assert case["scope_reason"] == "Sengketa pinjaman daring"
    assert case["stage_due"] is None and case["closed_at"] == NOW + 2 * DAY
    kinds = [
        e.kind
        for e in HistoryEvent.select().where(HistoryEvent.case == uuid).order_by(HistoryEvent.id)
    ]
    assert kinds == ["case.registered", "case.transition", "case.transition"]


def test_waiting_for_the_consumer_pauses_the_clock(actors):
    uuid = register(actors)
    monday = NOW + 7 * DAY  # Monday 30 November 2026
    case = handling.take_action(actors["analis"], uuid, "start_analysis", now=monday)
    assert case["stage_due"] == dt.date(2026, 12, 9)  # seven working days
    # Two working days later the analyst asks for the receipt: five working days were left.
    case = handling.take_action(
        actors["analis"],
        uuid,
        "request_completion",
        {"missing": "Bukti transfer"},
        now=monday + 2 * DAY,
    )
    assert case["paused_since"] == dt.date(2026, 12, 2)
    assert case["stage_due"] == dt.date(2026, 12, 22)  # the consumer's 14 working days
    # The consumer comes back on Monday 14 December: the analysis gets its five days back, and
    # the Christmas closures (24 and 25 December) do not count.
    case = handling.take_action(actors["petugas"], uuid, "resume", now=monday + 14 * DAY)
    assert case["stage_due"] == dt.date(2026, 12, 21)
    assert case["paused_since"] is None


def test_an_illegal_transition_or_a_role_without_the_right_leaves_nothing(actors):
    uuid = register(actors)
    before = table_counts()
    with pytest.raises(TransitionError) as info:
        handling.take_action(actors["analis"], uuid, "start_mediation", now=NOW)
    assert str(info.value) == "Tidak dapat memulai mediasi pada pengaduan berstatus diterima."
    with pytest.raises(PermissionDenied):
        handling.take_action(actors["petugas"], uuid, "start_analysis", now=NOW)
    handling.take_action(actors["analis"], uuid, "start_analysis", now=NOW)
    after_analysis = table_counts()
    with pytest.raises(ValidationFailed) as info:
        handling.take_action(
            actors["analis"], uuid, "forward", {"agency": "NASA", "reason": "salah kamar"}, now=NOW
        )
    assert str(info.value) == "Instansi tujuan: \u201cNASA\u201d tidak ada di daftar instansi."
    assert table_counts() == after_analysis
    assert before != after_analysis


def test_reopening_needs_a_supervisor_and_a_reason(actors):
    uuid = register(actors)
    handling.take_action(actors["analis"], uuid, "close", {"outcome": "withdrawn"}, now=NOW)
    with pytest.raises(PermissionDenied):
        handling.take_action(actors["analis"], uuid, "reopen", {"reason": "keliru"}, now=NOW)
    with pytest.raises(ValidationFailed):
        handling.take_action(actors["supervisor"], uuid, "reopen", {"reason": " "}, now=NOW)
    case = handling.take_action(
        actors["supervisor"], uuid, "reopen", {"reason": "Salah tutup"}, now=NOW + DAY
    )
    assert (case["status"], case["outcome"], case["closed_at"]) == ("analysis", None, None)


def test_the_actions_a_case_offers_depend_on_status_and_role(actors):
    uuid = register(actors)
    handling.take_action(actors["analis"], uuid, "start_analysis", now=NOW)
    from desktop.services.caselog import load

    offered = dict(handling.available_actions(actors["petugas"], load(uuid)))
    assert offered == {
        "request_completion": False,
        "forward": False,
        "decline": False,
        "start_clarification": False,
        "close": False,
        "mark_duplicate": False,
    }
    analyst = dict(handling.available_actions(actors["analis"], load(uuid)))
    assert analyst.pop("mark_duplicate") is False  # a supervisor's decision
    assert all(analyst.values())
    assert dict(handling.available_actions(actors["supervisor"], load(uuid)))["mark_duplicate"]


def test_every_case_rebuilt_from_its_events_equals_its_row(actors):
    demo.fill(150, seed=7, now=NOW, span_days=200)
    statuses = {c.status for c in Case.select(Case.status)}
    assert statuses == {"received", "analysis", "waiting", "clarification", "mediation", "closed"}
    for case in Case.select():
        events = [
            (e.kind, e.payload, e.at)
            for e in HistoryEvent.select()
            .where(HistoryEvent.case == case.uuid)
            .order_by(HistoryEvent.id)
        ]
        rebuilt = case_state.project(events)
        assert rebuilt == {name: case.__data__[name] for name in case_state.FIELD_TYPES}
    assert check_database().ok


def test_check_notices_a_row_that_was_changed_behind_the_history(actors):
    uuid = register(actors)
    assert check_database().ok
    sql.run('UPDATE "case" SET status = ? WHERE uuid = ?', ("closed", uuid))
    report = check_database()
    assert report.problems == ["1 case(s) differ from their history: LK1-202611-00001 (status)"]
    sql.run('UPDATE "case" SET status = ? WHERE uuid = ?', ("received", uuid))
    sql.run('UPDATE "case_search" SET complainant = ?', ("Orang Lain",))
    assert check_database().problems == ["search index is out of date for 1 case(s)"]


def test_the_case_model_has_exactly_the_projected_fields():
    columns = set(Case._meta.fields) - {"id", "uuid"}
    assert columns == set(case_state.FIELD_TYPES)
