"""A returning complainant or business actor with new details: every one of their cases is
found by the new details, and ``loket check`` finds the index up to date."""

from __future__ import annotations

import datetime as dt

from conftest import NOW, complaint_form

from desktop.services import caselog, intake
from desktop.services.check import check_database
from desktop.services.context import write
from desktop.services.queries import find_cases
from desktop.store.models import new_uuid


def _reg_nos(text: str) -> set[str]:
    return {row.reg_no for row in find_cases(text, limit=50)}


def test_a_returning_complainant_with_a_new_name_and_phone_is_found_in_every_case(actors):
    first = intake.register_complaint(actors["petugas"], complaint_form(), now=NOW)
    second = intake.register_complaint(
        actors["petugas"],
        complaint_form(complainant__name="Siti Aminah Lubis", complainant__phone="0813-9999-0001"),
        now=NOW + dt.timedelta(days=3),
    )
    both = {first.reg_no, second.reg_no}
    assert _reg_nos("081399990001") == both
    assert _reg_nos("Lubis") == both
    report = check_database()
    assert report.ok, report.problems


def test_a_returning_business_with_a_phone_now_known_is_found_in_every_case(actors):
    first = intake.register_complaint(actors["petugas"], complaint_form(), now=NOW)
    second = intake.register_complaint(
        actors["petugas"],
        complaint_form(
            complainant__nik="",
            complainant__name="Bambang Irawan",
            complainant__phone="0857-1111-2222",
            business__phone="021-555-0199",
        ),
        now=NOW + dt.timedelta(days=1),
    )
    assert _reg_nos("0215550199") == {first.reg_no, second.reg_no}
    assert check_database().ok


def test_an_amendment_that_changes_the_phone_reindexes_the_other_cases(actors):
    first = intake.register_complaint(actors["petugas"], complaint_form(), now=NOW)
    second = intake.register_complaint(actors["petugas"], complaint_form(), now=NOW)
    intake.amend_case(
        actors["petugas"],
        second.uuid,
        complaint_form(complainant__phone="0813-7777-0002"),
        now=NOW + dt.timedelta(hours=1),
    )
    assert _reg_nos("081377770002") == {first.reg_no, second.reg_no}
    assert check_database().ok


def test_the_demo_bulk_path_indexes_a_batch_with_the_party_s_newest_details(actors):
    """Bulk: two new cases of one complainant in a batch, the second with a newer phone."""
    from desktop.domain.intake import validate_complaint

    actor, today = actors["petugas"], NOW.date()
    with write():
        bulk = caselog.Bulk()
        clean = validate_complaint(complaint_form(), today)
        person = intake.person_record(clean["complainant"])
        business = intake.business_record(clean["business"])
        payload = intake.registration(actor, clean["case"], person, business, today)
        bulk.append(new_uuid(), "case.registered", payload, actor, NOW, (person, business))
        bulk.flush()  # the first is in the database, as an earlier batch
        bulk = caselog.Bulk()
        clean = validate_complaint(complaint_form(complainant__phone="0813-4444-0003"), today)
        person = intake.person_record(clean["complainant"])
        payload = intake.registration(actor, clean["case"], person, business, today)
        bulk.append(new_uuid(), "case.registered", payload, actor, NOW, (person, business))
        clean = validate_complaint(complaint_form(complainant__phone="0813-5555-0004"), today)
        person = intake.person_record(clean["complainant"])
        assert person["phone"] == "+6281355550004"
        payload = intake.registration(actor, clean["case"], person, business, today)
        bulk.append(new_uuid(), "case.registered", payload, actor, NOW, (person, business))
        bulk.flush()
    assert len(_reg_nos("081355550004")) == 3
    report = check_database()
    assert report.ok, report.problems
