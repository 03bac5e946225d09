"""The PyInstaller bundle (build.spec) builds and runs on its own: demo, check and find."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from desktop.services.demo import DEMO_PASSWORD

ROOT = Path(__file__).resolve().parents[1]


BUILD = pytest.StashKey["Build"]()


class Build:
    """The bundle being built by PyInstaller in a process of its own, started as soon as the
    run knows this test is in it (conftest's ``pytest_collection_finish``): the build takes a
    few minutes of one core, which the rest of the suite leaves free on a two-core machine."""

    def __init__(self) -> None:
        self.folder = Path(tempfile.mkdtemp(prefix="loket-frozen-"))
        self.log = (self.folder / "pyinstaller.log").open("w+")
        self.process = subprocess.Popen(
            [
                str(Path(sys.executable).with_name("pyinstaller")),
                "--noconfirm",
                "--distpath",
                str(self.folder / "dist"),
                "--workpath",
                str(self.folder / "build"),
                "build.spec",
            ],
            cwd=ROOT,
            stdout=self.log,
            stderr=subprocess.STDOUT,
        )

    def finished(self) -> tuple[int, str]:
        """Wait for the build; its exit status and the end of what it said."""
        returncode = self.process.wait(timeout=900)
        self.log.seek(0)
        return returncode, self.log.read()[-3000:]

    def discard(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        self.log.close()
        shutil.rmtree(self.folder, ignore_errors=True)


@pytest.fixture
def build(request) -> Build:
    started = request.config.stash.get(BUILD, None)
    return started if started is not None else start_build(request.config)


def start_build(config) -> Build:
    config.stash[BUILD] = started = Build()
    config.add_cleanup(started.discard)
    return started


@pytest.mark.slow
def test_the_frozen_app_checks_a_demo_folder(build, tmp_path):
    returncode, said = build.finished()
    assert returncode == 0, said
    frozen = build.folder / "dist" / "loket" / "loket"
    data = tmp_path / "data"

    # The bundle has no file keyring (keyrings.alt is the tests'): the folder it makes is
    # encrypted all the same and opens by its recovery key, as on a PC without a keyring.
    recovery = {}

    def run(*args: str) -> subprocess.CompletedProcess:
        # Started from elsewhere, so nothing can be picked up from the source tree.
        unlock = ("--recovery-key",) if recovery else ()
        return subprocess.run(
            [str(frozen), *args, *unlock, "--data-dir", str(data)],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=300,
            # the demo's accounts; the folder's recovery key
            env={**os.environ, "LOKET_PASSWORD": DEMO_PASSWORD, **recovery},
        )

    demo = run("demo", "--cases", "150")
    assert demo.returncode == 0, demo.stderr
    assert "The recovery key below is the only way to open the folder" in demo.stderr
    said = demo.stderr.split("only it opens the folder):")[1].split()[0]
    recovery["LOKET_RECOVERY_KEY"] = said
    check = run("check")
    assert check.returncode == 0, check.stdout + check.stderr
    assert check.stdout.startswith("OK: 150 cases")
    assert len(run("find", "--limit", "3").stdout.splitlines()) == 3
    # The window itself, with its forms, icons and Indonesian translation, from the bundle.
    shot = tmp_path / "today.png"
    window = run("screenshot", "today", "--out", str(shot), "--user", "admin")
    assert window.returncode == 0, window.stderr
    assert shot.stat().st_size > 20_000
    # pyHanko from the bundle: a receipt is not signed, and the check says so in words.
    reg_no = run("find", "--limit", "1").stdout.split()[0]
    receipt = tmp_path / "receipt.pdf"
    assert (
        run("print", "receipt", reg_no, "--out", str(receipt), "--user", "petugas").returncode == 0
    )
    import trustme

    roots = tmp_path / "ca.pem"
    roots.write_bytes(trustme.CA().cert_pem.bytes())
    verdict = run("verify", str(receipt), "--ca", str(roots))
    assert verdict.returncode == 1 and "tidak bertanda tangan elektronik" in verdict.stderr
