"""Registering a walk-in complaint through the service, on a real SQLite file."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import NOW, complaint_form
from helpers import table_counts

from desktop.domain.errors import DomainError, PermissionDenied, ValidationFailed
from desktop.services import handling, intake
from desktop.services.queries import CaseQuery, count_cases, find_cases
from desktop.store.models import Case, Complainant, HistoryEvent


def test_a_complaint_gets_its_registration_number_and_history(actors):
    done = intake.register_complaint(actors["petugas"], complaint_form(), now=NOW)
    assert done.reg_no == "LK1-202611-00001"
    # Lodged Monday 23 November 2026: picked up within two working days.
    assert done.stage_due == dt.date(2026, 11, 25)
    case = Case.get(Case.uuid == done.uuid)
    assert (case.status, case.transaction_value, case.demands) == (
        "received",
        3_450_000,
        ["refund"],
    )
    assert case.complainant.phone == "+6281234567890"
    assert case.complainant.birth_date == dt.date(1985, 8, 17)
    (event,) = HistoryEvent.select().where(HistoryEvent.case == done.uuid)
    assert event.kind == "case.registered" and event.actor_id == actors["petugas"].uuid
    assert event.payload["complainant"]["nik"] == "3174015708850003"

    second = intake.register_complaint(actors["petugas"], complaint_form(), now=NOW)
    assert second.reg_no == "LK1-202611-00002"
    assert Complainant.select().count() == 1  # the same NIK is the same person


def test_the_list_counts_every_case_registered_whatever_became_of_it(actors):
    assert count_cases(CaseQuery()) == 0
    done = [
        intake.register_complaint(
            actors["petugas"], complaint_form(), now=NOW + dt.timedelta(days=d)
        )
        for d in (0, 0, 1)
    ]
    handling.take_action(actors["analis"], done[0].uuid, "start_analysis", now=NOW)
    duplicate = {"duplicate_of": done[2].reg_no, "reason": "Didaftarkan dua kali"}
    handling.take_action(actors["supervisor"], done[1].uuid, "mark_duplicate", duplicate, now=NOW)
    assert count_cases(CaseQuery()) == 3 == len(find_cases())


@pytest.mark.parametrize(
    ("field", "value", "where", "message"),
    [
        (
            "complainant__nik",
            "3174015708850",
            "complainant.nik",
            "NIK: NIK harus 16 angka; yang diketik 13 angka.",
        ),
        (
            "complainant__phone",
            "0812",
            "complainant.phone",
            "Telepon: Nomor telepon tidak sah: periksa jumlah angka dan kodenya.",
        ),
        (
            "transaction_date",
            "31-02-2026",
            "transaction_date",
            "Tanggal transaksi: Tanggal \u201c31-02-2026\u201d tidak terbaca. "
            "Tulis seperti 17-08-2026.",
        ),
        (
            "complainant__birth_date",
            dt.date(1985, 8, 18),
            "complainant.nik",
            "NIK: NIK tidak cocok dengan tanggal lahir: NIK memuat tanggal 17-08-85.",
        ),
    ],
)
def test_a_bad_field_is_named_in_plain_words_and_nothing_is_written(
    actors, field, value, where, message
):
    before = table_counts()
    with pytest.raises(ValidationFailed) as info:
        intake.register_complaint(actors["petugas"], complaint_form(**{field: value}), now=NOW)
    assert list(info.value.by_field()) == [where]
    assert str(info.value) == message
    assert table_counts() == before


def test_every_wrong_field_is_reported_at_once(actors):
    form = complaint_form(
        complainant__name="",
        complainant__phone="",
        complainant__email="",
        product="",
        chronology="rusak",
        demands=[],
    )
    with pytest.raises(ValidationFailed) as info:
        intake.register_complaint(actors["petugas"], form, now=NOW)
    assert set(info.value.by_field()) == {
        "complainant.name",
        "complainant.phone",
        "product",
        "chronology",
        "demands",
    }
    assert "Isi nomor telepon atau e-mail" in info.value.message("id")
    assert "Enter a phone number or an e-mail" in info.value.message("en")


def test_only_the_counter_analysts_and_supervisors_register(actors):
    before = table_counts()
    for who in ("mediator", "admin"):
        with pytest.raises(PermissionDenied):
            intake.register_complaint(actors[who], complaint_form(), now=NOW)
    assert table_counts() == before


def test_a_failure_inside_the_transaction_leaves_nothing_and_uses_no_number(actors, monkeypatch):
    before = table_counts()

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr("desktop.store.search.index_case", broken)
    with pytest.raises(RuntimeError):
        intake.register_complaint(actors["petugas"], complaint_form(), now=NOW)
    assert table_counts() == before
    monkeypatch.undo()
    assert intake.register_complaint(actors["petugas"], complaint_form(), now=NOW).reg_no.endswith(
        "-00001"
    )


def test_amending_records_only_what_changed(actors):
    done = intake.register_complaint(actors["petugas"], complaint_form(), now=NOW)
    later = NOW + dt.timedelta(hours=1)
    changed = intake.amend_case(
        actors["analis"],
        done.uuid,
        complaint_form(transaction_value="3.500.000", complainant__phone="0813-1111-2222"),
        now=later,
    )
    assert changed == ["transaction_value"]
    assert Case.get(Case.uuid == done.uuid).transaction_value == 3_500_000
    # The new phone number is on the person and found by search.
    assert [r.reg_no for r in find_cases("081311112222")] == [done.reg_no]
    assert (
        intake.amend_case(
            actors["analis"],
            done.uuid,
            complaint_form(transaction_value="3.500.000", complainant__phone="0813-1111-2222"),
            now=later,
        )
        == []
    )


def test_a_closed_case_cannot_be_amended(actors):
    from desktop.services.handling import take_action

    done = intake.register_complaint(actors["petugas"], complaint_form(), now=NOW)
    take_action(actors["analis"], done.uuid, "close", {"outcome": "withdrawn"}, now=NOW)
    before = table_counts()
    with pytest.raises(DomainError) as info:
        intake.amend_case(actors["analis"], done.uuid, complaint_form(product="Laptop"), now=NOW)
    assert str(info.value) == "Pengaduan yang sudah ditutup tidak dapat diubah."
    assert table_counts() == before


@pytest.mark.parametrize(
    "typed",
    [
        "Aminah",
        "amin",
        "siti aminah",
        "3174015708",
        "081234567890",
        "+6281234567890",
        "LK1-202611-00001",
        "00001",
        "sinar",
        "ponsel mati",
        "telepon genggam",
        "belanjayuk",
    ],
)
def test_search_finds_a_case_by_what_an_officer_remembers(actors, typed):
    intake.register_complaint(actors["petugas"], complaint_form(), now=NOW)
    other = complaint_form(
        complainant__name="Bambang Wijaya",
        complainant__nik="3273011203900042",  # its serial is not "00001"
        complainant__birth_date=dt.date(1990, 3, 12),
        complainant__sex="male",
        complainant__phone="0857-1234-0000",
        complainant__email="",
        business__name="PT Mobil Sejahtera",
        business__website="",
        product="Mobil bekas",
        chronology="Odometer diputar mundur oleh dealer sebelum dijual.",
    )
    intake.register_complaint(actors["petugas"], other, now=NOW)
    assert [r.complainant for r in find_cases(typed)] == ["Siti Aminah"]


def test_without_text_the_newest_cases_come_first(actors):
    for hours in (0, 2, 1):
        intake.register_complaint(
            actors["petugas"], complaint_form(), now=NOW + dt.timedelta(hours=hours)
        )
    assert [r.reg_no[-1] for r in find_cases("")] == ["2", "3", "1"]
    assert len(find_cases("", limit=2)) == 2
