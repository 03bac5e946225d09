"""The desk killed (kill -9) at random moments of a sync, again and again: after a clean run the
server holds every event and file exactly once, the outbox is empty, nothing local was lost."""

from __future__ import annotations

import random
import signal
import time

import pytest
from central.peer import ENROLMENT_CODE, Peer
from test_sync import assert_whole, busy_office, local_case_events, loket_sync

from desktop.store.models import database

SEED = 20261128


@pytest.mark.slow
def test_kill_9_at_random_moments_loses_and_repeats_nothing(actors, data_dir, tmp_path):
    busy_office(actors, cases=40)
    before = local_case_events()
    database.close()
    peer = Peer(tmp_path / "central", seed=SEED).start()

    def loket(*args: str):
        return loket_sync(peer.url, data_dir, tmp_path, *args)

    try:
        enrolled = loket("--enrol", ENROLMENT_CODE, "--user", "admin")
        assert enrolled.wait(60) == 0, enrolled.stderr.read()
        peer.faults.delay = 0.2  # each answer takes a moment: a run lasts longer than its kill
        rng = random.Random(SEED)
        mid_run = 0
        for _ in range(6):
            run = loket("--once", "--batch", "2")
            time.sleep(rng.uniform(0.9, 1.9))
            if run.poll() is None:
                mid_run += 1
                run.send_signal(signal.SIGKILL)
            run.wait(30)
            print(
                f"killed: {run.returncode == -signal.SIGKILL}, server now has "
                f"{len(peer.events())} events, {len(peer.files())} files"
            )
        peer.faults.clear()
        final = loket("--once")
        out, err = final.communicate(timeout=120)
        assert final.returncode == 0, err
        print(f"{mid_run} of 6 runs killed mid-sync; then: {out.strip()}")
        assert mid_run >= 3
    finally:
        peer.stop()
    database.connect(reuse_if_open=True)
    assert_whole(peer)
    assert local_case_events() == before
