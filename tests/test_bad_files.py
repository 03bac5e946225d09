"""Files that must not get in, made here: refused in plain words, or kept only as a neutralised
copy that says so; inputs that are not ordinary files refused before they are read; nothing
left in the file store that no row points to, whatever failed or was killed."""

from __future__ import annotations

import io
import os
import random
import signal
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

import pikepdf
import pytest
from bad_files import (
    pdf_bomb,
    pdf_of_pages,
    pdf_with_exe,
    scripted_pdf,
    tiff_with_huge_second_frame,
    zip_behind_jpeg,
)
from conftest import NOW, PASSWORD
from helpers import loket, table_counts
from test_attachments import case, jpeg, pdf, png, stored_files  # noqa: F401 (a fixture)

from desktop.domain.errors import DomainError
from desktop.scanning import limits
from desktop.scanning.files import FileRefused, read_file
from desktop.services import attachments, letters
from desktop.services.check import check_database
from desktop.store import db as store_db
from desktop.store import files as file_store
from desktop.store.models import Attachment, database


def register(actors, scans, **form):
    return letters.register_letter(
        actors["petugas"],
        letters.LetterForm(sender_name=form.pop("sender", "Bambang Wijaya"), **form),
        scans,
        now=NOW,
    )


HIDDEN_NAME = (
    "Nama berkas \u201c{name}\u201d memuat karakter tersembunyi (baris baru, penanda arah "
    "teks) atau huruf yang tidak terbaca; ganti nama berkasnya lalu coba lagi."
)
TOO_BIG = "Gambar terlalu besar untuk dibuka dengan aman."


@pytest.mark.parametrize(
    ("name", "make", "message"),
    [
        (
            "bom.pdf",
            pdf_bomb,
            "Isi PDF ini membengkak melebihi 256 MB saat dibuka, jadi tidak aman dibuka.",
        ),
        (
            "tebal.pdf",
            lambda: pdf_of_pages(100_000),
            "Berkas ini 100000 halaman; paling banyak 500 halaman dapat disimpan.",
        ),
        (
            "feeder.tif",
            tiff_with_huge_second_frame,
            "Gambar terlalu besar untuk dibuka dengan aman.",
        ),
        (
            "surat\nbaru.pdf",
            lambda: pdf(1),
            HIDDEN_NAME.format(name="surat\\nbaru.pdf"),
        ),
        (
            "tagihan\u202efdp.exe",
            lambda: pdf(1),
            HIDDEN_NAME.format(name="tagihan\\u202efdp.exe"),
        ),
        (
            os.fsdecode(b"surat-\xff.pdf"),
            lambda: pdf(1),
            HIDDEN_NAME.format(name="surat-\\udcff.pdf"),
        ),
    ],
)
def test_a_hostile_file_is_refused_plainly_and_nothing_is_kept(actors, case, name, make, message):  # noqa: F811
    data = make()
    assert len(data) < limits.MAX_BYTES
    before = table_counts()
    for attempt in (
        lambda: attachments.attach_file(actors["petugas"], case.reg_no, name, data, now=NOW),
        lambda: register(actors, [(name, data)]),
    ):
        with pytest.raises(DomainError) as info:
            attempt()
        assert str(info.value) == message
    assert table_counts() == before
    assert stored_files() == []
    assert check_database().ok


def active_parts(data: bytes) -> set[str]:
    """What a PDF reader would run or unpack, looked up with pikepdf."""
    found = set()
    with pikepdf.open(io.BytesIO(data)) as document:
        if "/OpenAction" in document.Root:
            found.add("open action")
        if document.attachments:
            found.add("embedded files")
        for page in document.pages:
            for annotation in page.obj.get("/Annots", []):
                if "/A" in annotation and annotation.A.get("/S") == "/Launch":
                    found.add("launch")
    return found


def test_a_pdf_with_scripts_or_a_program_is_kept_only_as_a_safe_copy_that_says_so(actors):
    scripted, carrier = scripted_pdf(), pdf_with_exe()
    assert active_parts(scripted) == {"open action", "launch"}
    assert active_parts(carrier) == {"embedded files"}
    done = register(actors, [("surat.pdf", scripted), ("lampiran.pdf", carrier)])
    assert done.pages == 2
    kept = {a.name: a for a in Attachment.select().where(Attachment.letter == done.uuid)}
    for name in ("surat.pdf", "lampiran.pdf"):
        data = attachments.files().read(kept[name].sha256)
        assert active_parts(data) == set()
        assert len(pikepdf.open(io.BytesIO(data)).pages) == 1  # the page itself stays
    assert kept["surat.pdf"].removed == "javascript,launch"
    assert kept["lampiran.pdf"].removed == "embedded"
    assert b"This program cannot be run" not in attachments.files().read(
        kept["lampiran.pdf"].sha256
    )
    assert attachments.removed_note(done.removed) == (
        "Disimpan salinan aman; dihapus dari berkas: berkas tersemat, JavaScript, "
        "perintah menjalankan program."
    )
    assert attachments.removed_note(done.removed, "en") == (
        "A safe copy was kept; removed from the file: embedded files, JavaScript, "
        "a command that starts a program."
    )


def test_a_zip_hidden_behind_a_photo_is_cut_off(actors, case):  # noqa: F811
    photo = jpeg()
    done = attachments.attach_file(
        actors["petugas"], case.reg_no, "foto.jpg", zip_behind_jpeg(photo), now=NOW
    )
    assert done.removed == ("trailing",)
    assert attachments.files().read(done.sha256) == photo  # the photo, byte for byte
    plain = attachments.attach_file(actors["petugas"], case.reg_no, "tabel.png", png(), now=NOW)
    assert plain.removed == () and attachments.files().read(plain.sha256) == png()
    behind_pdf = attachments.attach_file(
        actors["petugas"], case.reg_no, "surat.pdf", pdf(1) + zip_behind_jpeg(b""), now=NOW
    )
    assert behind_pdf.removed == ("trailing",)
    assert attachments.files().read(behind_pdf.sha256) == pdf(1)


def test_only_an_ordinary_file_is_read_and_its_size_is_known_first(tmp_path):
    (tmp_path / "nol.pdf").symlink_to("/dev/zero")
    os.mkfifo(tmp_path / "pipa.pdf")
    for name in ("nol.pdf", "pipa.pdf"):
        signal.alarm(10)  # a FIFO read would wait for a writer for ever
        try:
            with pytest.raises(FileRefused) as info:
                read_file(tmp_path / name)
        finally:
            signal.alarm(0)
        assert info.value.code == "file.not_regular"
    big = tmp_path / "besar.pdf"
    with big.open("wb") as out:  # sparse: 300 MB on paper, nothing on disk
        out.truncate(300 * 1024 * 1024)
    tracemalloc.start()
    with pytest.raises(FileRefused) as info:
        read_file(big)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert info.value.code == "file.too_large" and peak < 5 * 1024 * 1024
    (tmp_path / "surat.pdf").write_bytes(pdf(1))
    assert read_file(tmp_path / "surat.pdf") == pdf(1)
    with pytest.raises(FileRefused) as info:
        read_file(tmp_path / "tidak-ada.pdf")
    assert info.value.code == "file.missing"


def test_the_command_line_refuses_devices_pipes_and_unreadable_names_in_one_line(
    actors, data_dir, tmp_path
):
    database.close()
    (tmp_path / "nol.pdf").symlink_to("/dev/zero")
    os.mkfifo(tmp_path / "pipa.pdf")
    odd = os.fsencode(tmp_path) + b"/surat-\xff.pdf"
    Path(os.fsdecode(odd)).write_bytes(pdf(1))
    good = tmp_path / "surat.pdf"
    good.write_bytes(pdf(1))
    runs = {
        "nol.pdf": [os.fsencode(tmp_path / "nol.pdf"), b"--sender", b"Ibu Ratna"],
        "pipa.pdf": [os.fsencode(tmp_path / "pipa.pdf"), b"--sender", b"Ibu Ratna"],
        "surat-\\udcff.pdf": [odd, b"--sender", b"Ibu Ratna"],
        "Pengirim": [os.fsencode(good), b"--sender", b"Ibu \xffRatna"],
        "Perihal": [os.fsencode(good), b"--sender", b"Ibu Ratna", b"--subject", b"\xfe\xff"],
    }
    for expected, args in runs.items():
        command = [sys.executable, "-m", "desktop", "letters", "import", *args]
        done = subprocess.run(
            [*command, b"--user", b"petugas", b"--data-dir", os.fsencode(data_dir)],
            capture_output=True,
            timeout=120,
            env={**os.environ, "LOKET_PASSWORD": PASSWORD},
        )
        stderr = done.stderr.decode("utf-8", "replace")
        assert done.returncode == 2, stderr
        assert "Traceback" not in stderr and len(stderr.strip().splitlines()) == 1, stderr
        assert expected in stderr
    assert not (data_dir / "files").exists() or stored_files_in(data_dir) == []


def stored_files_in(data_dir: Path) -> list[Path]:
    return sorted(p for p in (data_dir / "files").rglob("*") if p.is_file())


def test_a_transaction_that_fails_after_the_file_was_stored_takes_the_file_back(
    actors, monkeypatch
):
    def refuse(*args, **kwargs):
        raise UnicodeEncodeError("utf-8", "\udcff", 0, 1, "surrogates not allowed")

    monkeypatch.setattr(letters, "audit", refuse)  # fails after the put, inside the transaction
    before = table_counts()
    with pytest.raises(UnicodeEncodeError):
        register(actors, [("surat.pdf", pdf(1))])
    assert table_counts() == before
    assert stored_files() == []
    monkeypatch.undo()
    done = register(actors, [("surat.pdf", pdf(1))])  # and the same content goes in after
    assert stored_files() == done.files


def test_what_a_crash_left_is_swept_at_the_next_start_and_check_reports_it(
    actors, data_dir, tmp_path
):
    done = register(actors, [("surat.pdf", pdf(1))])
    store = attachments.files()
    orphan = store.put(pdf(3))  # as if killed before the commit
    temporary = store.path(orphan).parent / (file_store.TEMPORARY + "x1y2")
    temporary.write_bytes(b"half a fi")
    database.close()
    check = loket("check", "--data-dir", str(data_dir))
    assert check.returncode == 1
    assert f"PROBLEM: 1 file(s) in the file store nothing refers to: {orphan}" in check.stdout
    assert "PROBLEM: 1 unfinished temporary file(s) in the file store" in check.stdout
    store_db.open_database(data_dir)  # the next start
    assert stored_files() == done.files
    database.close()
    check = loket("check", "--data-dir", str(data_dir))
    assert check.returncode == 0, check.stdout


def test_kill_9_during_letter_imports_leaves_no_orphan_after_the_next_start(
    actors, data_dir, tmp_path
):
    from test_scanning import text_image

    database.close()
    chooser = random.Random(20261201)
    scans = []
    for number in range(3):
        path = tmp_path / f"scan-{number}.png"
        path.write_bytes(text_image(f"Surat nomor {number} tentang paket hilang"))
        scans.append(str(path))

    def start(round_: int) -> subprocess.Popen:
        command = [
            sys.executable,
            "-m",
            "desktop",
            "letters",
            "import",
            *scans,
            "--user",
            "petugas",
        ]
        return subprocess.Popen(
            [*command, "--sender", f"Pengirim {round_}", "--data-dir", str(data_dir)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            env={**os.environ, "LOKET_PASSWORD": PASSWORD},
        )

    # The kill moments are spread over how long a whole import takes on this machine (a quiet
    # one finished most imports before a fixed 0.5–4 s had passed: too few were cut short).
    started = time.monotonic()
    assert start(-1).wait() == 0
    whole = time.monotonic() - started
    killed = 0
    for round_ in range(12):
        process = start(round_)
        time.sleep(chooser.uniform(0.2, 0.95) * whole)
        if process.poll() is None:
            process.kill()
            killed += 1
        process.wait()
    assert killed >= 4  # most rounds were cut short somewhere
    store_db.open_database(data_dir)  # the next start
    left = file_store.unreferenced(attachments.files())
    assert (left.files, left.temporaries, left.missing) == ([], [], [])
    database.close()
    check = loket("check", "--data-dir", str(data_dir))
    assert check.returncode == 0, check.stdout
