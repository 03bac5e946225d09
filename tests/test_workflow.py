"""The procedure as a state machine: who may do what, from which status, with what."""

from __future__ import annotations

import pytest

from desktop.domain import workflow
from desktop.domain.errors import PermissionDenied, TransitionError, ValidationFailed
from desktop.domain.workflow import ACTIONS, Outcome, Role, Status

ANALYST = frozenset({Role.ANALYST})
EVERYONE = frozenset(Role)

PARAMS = {
    "request_completion": {"missing": "Bukti pembayaran"},
    "forward": {"agency": "OJK", "reason": "Jasa keuangan"},
    "decline": {"venue": "bpsk", "reason": "Sudah di BPSK"},
    "start_clarification": {"mode": "online", "reason": "Konsumen akhir"},
    "close": {"outcome": "withdrawn"},
    "reopen": {"reason": "Konsumen membawa bukti baru"},
    "mark_duplicate": {"duplicate_of": "LK1-202611-00001", "reason": "Didaftarkan dua kali"},
}

# The procedure (docs/architecture.md), written out edge by edge.
EXPECTED_EDGES = {
    ("start_analysis", Status.RECEIVED): Status.ANALYSIS,
    ("request_completion", Status.ANALYSIS): Status.WAITING,
    ("resume", Status.WAITING): Status.ANALYSIS,
    ("forward", Status.ANALYSIS): Status.CLOSED,
    ("decline", Status.ANALYSIS): Status.CLOSED,
    ("start_clarification", Status.ANALYSIS): Status.CLARIFICATION,
    ("start_mediation", Status.CLARIFICATION): Status.MEDIATION,
    **{("close", s): Status.CLOSED for s in workflow.OPEN_STATUSES},
    ("reopen", Status.CLOSED): Status.ANALYSIS,
    **{("mark_duplicate", s): Status.CLOSED for s in workflow.OPEN_STATUSES},
}


@pytest.mark.parametrize("name", sorted(ACTIONS))
@pytest.mark.parametrize("status", list(Status))
def test_every_action_from_every_status(name, status):
    params = PARAMS.get(name, {})
    if (name, status) in EXPECTED_EDGES:
        act = workflow.check(name, status, EVERYONE, params)
        assert act.target is EXPECTED_EDGES[(name, status)]
    else:
        with pytest.raises(TransitionError) as info:
            workflow.check(name, status, EVERYONE, params)
        # The message names both the action and the status, in the officer's words.
        assert info.value.params == {"action": name, "status": status.value}


def test_an_illegal_transition_says_what_and_from_where():
    with pytest.raises(TransitionError) as info:
        workflow.check("forward", Status.CLOSED, ANALYST, PARAMS["forward"])
    assert str(info.value) == (
        "Tidak dapat mengalihkan ke instansi lain pada pengaduan berstatus selesai."
    )
    assert info.value.message("en") == "Cannot forward to another agency a case that is closed."


def test_roles():
    counter = frozenset({Role.COUNTER})
    with pytest.raises(PermissionDenied) as info:
        workflow.check("forward", Status.ANALYSIS, counter, PARAMS["forward"])
    assert str(info.value) == "Peran Anda tidak berwenang untuk mengalihkan ke instansi lain."
    assert workflow.check("resume", Status.WAITING, counter, {}).target is Status.ANALYSIS
    with pytest.raises(PermissionDenied):
        workflow.check("reopen", Status.CLOSED, ANALYST, PARAMS["reopen"])
    assert (
        workflow.check(
            "reopen", Status.CLOSED, frozenset({Role.SUPERVISOR}), PARAMS["reopen"]
        ).target
        is Status.ANALYSIS
    )
    admin_only = frozenset({Role.ADMIN})
    assert all(not allowed for _, allowed in workflow.available(Status.ANALYSIS, admin_only))


def test_requirements_are_named_field_by_field():
    with pytest.raises(ValidationFailed) as info:
        workflow.check("forward", Status.ANALYSIS, ANALYST, {"agency": "OJK", "reason": ""})
    assert [e.field for e in info.value.errors] == ["reason"]
    assert str(info.value) == "Alasan: Wajib diisi."


def test_outcomes_depend_on_the_stage():
    mediator = frozenset({Role.MEDIATOR})
    workflow.check("close", Status.MEDIATION, mediator, {"outcome": "agreement"})
    workflow.check("close", Status.CLARIFICATION, mediator, {"outcome": "resolved"})
    for status, outcome in (
        (Status.CLARIFICATION, "agreement"),
        (Status.ANALYSIS, "resolved"),
        (Status.MEDIATION, "forwarded"),
        (Status.RECEIVED, "bogus"),
    ):
        with pytest.raises(ValidationFailed) as info:
            workflow.check("close", status, mediator, {"outcome": outcome})
        assert info.value.errors[0].code == "workflow.outcome_not_allowed"


def test_effects_record_the_decision():
    assert workflow.effects("forward", PARAMS["forward"]) == {
        "status": "closed",
        "outcome": Outcome.FORWARDED.value,
        "outcome_note": "Jasa keuangan",
        "in_scope": False,
        "scope_reason": "Jasa keuangan",
        "agency": "OJK",
    }
    changes = workflow.effects("start_clarification", PARAMS["start_clarification"])
    assert changes["in_scope"] is True and changes["clarification_mode"] == "online"
    assert workflow.effects("reopen", PARAMS["reopen"])["outcome"] is None


def test_an_unknown_action_is_refused_plainly():
    with pytest.raises(Exception) as info:
        workflow.check("teleport", Status.ANALYSIS, EVERYONE, {})
    assert str(info.value) == "Tindakan \u201cteleport\u201d tidak dikenal."
