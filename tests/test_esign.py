"""Electronic signature (TTE) of issued letters: PAdES with the signatory's PKCS#12 key or a
PKCS#11 token (SoftHSM2), the mark on the letter, and ``loket verify`` against the office's CA."""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
import subprocess
import sys

import pki
import pytest
from conftest import NOW, PASSWORD
from helpers import folder_key_into, loket
from pypdf import PdfReader
from test_letters import DAY, in_clarification

from desktop.domain.errors import DomainError
from desktop.services import attachments, esign, printing
from desktop.services.check import check_database
from desktop.store import files as file_store

PASSPHRASE = "kunci-tte-2026"


def text_of(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(io.BytesIO(pdf)).pages)


@pytest.fixture(scope="module")
def authority():
    return pki.authority()


@pytest.fixture
def office_key(actors, tmp_path, authority):
    """The office signs electronically with the signatory's PKCS#12 file, its CA configured."""
    p12 = tmp_path / "penandatangan.p12"
    p12.write_bytes(authority.issue("Dr. Rina Kartika").pkcs12(PASSPHRASE.encode()))
    roots = tmp_path / "ca.pem"
    roots.write_bytes(authority.pem)
    esign.choose(actors["admin"], "electronic", path=str(p12), trust_roots=str(roots))
    return p12


def issued(actors, secret: str | None = PASSPHRASE) -> printing.Printed:
    uuid = in_clarification(actors)
    return printing.print_letter(
        actors["analis"], uuid, "clarification", now=NOW + DAY, secret=secret, issue=True
    )


def test_an_electronically_signed_letter_shows_the_mark_and_verifies(actors, office_key, tmp_path):
    letter = issued(actors)
    text = text_of(letter.pdf)
    code = esign.verification_code(letter.number, letter.case)
    assert "Ditandatangani secara elektronik oleh" in text
    assert "Nama Pejabat Penandatangan" in text and "pada 24 November 2026" in text
    assert f"Kode verifikasi {code}" in text
    checked = esign.verify(letter.pdf)
    assert checked.ok, checked.problem
    assert checked.letter.number == letter.number == checked.verdict.subject
    assert checked.verdict.signer == "Dr. Rina Kartika"
    assert checked.letter.signed_sha256 == hashlib.sha256(letter.pdf).hexdigest()

    path = tmp_path / "surat.pdf"
    path.write_bytes(letter.pdf)
    listed = subprocess.run(["pdfsig", str(path)], capture_output=True, text=True)
    assert "Signature #1" in listed.stdout
    assert "CN=Dr. Rina Kartika" in listed.stdout or "Dr. Rina Kartika" in listed.stdout
    assert "ETSI.CAdES.detached" in listed.stdout
    assert subprocess.run(["qpdf", "--check", str(path)], capture_output=True).returncode == 0


def test_a_wet_signature_letter_keeps_the_space_and_is_not_signed(actors, tmp_path):
    letter = issued(actors, secret=None)
    assert "secara elektronik" not in text_of(letter.pdf)
    roots = tmp_path / "ca.pem"
    roots.write_bytes(pki.authority().pem)
    assert esign.verify(letter.pdf, roots).problem == "verify.not_signed"


def test_a_reprint_carries_the_same_code_and_the_original_stays_the_registered_one(
    actors, office_key
):
    letter = issued(actors)
    again = printing.print_letter(actors["analis"], letter.case, "clarification", now=NOW + DAY)
    code = esign.verification_code(letter.number, letter.case)
    assert again.is_copy and f"Kode verifikasi {code}" in text_of(again.pdf)
    assert esign.verify(letter.pdf).ok


def test_one_changed_byte_is_refused(actors, office_key):
    letter = issued(actors)
    # a digit of the letter's number in the page's content, inside the signed byte range
    data = bytearray(letter.pdf)
    at = data.index(b"/Subject (") + len(b"/Subject (")
    data[at] = ord("9") if data[at] != ord("9") else ord("8")
    assert esign.verify(bytes(data)).problem == "verify.changed"


def test_an_unknown_ca_and_an_expired_certificate_are_refused(actors, tmp_path, authority):
    p12 = tmp_path / "lama.p12"
    lapsed = authority.issue(
        "Pejabat Lama",
        not_before=pki.NOW - dt.timedelta(days=400),
        not_after=pki.NOW - dt.timedelta(days=30),
    )
    p12.write_bytes(lapsed.pkcs12(PASSPHRASE.encode()))
    roots = tmp_path / "ca.pem"
    roots.write_bytes(authority.pem)
    esign.choose(actors["admin"], "electronic", path=str(p12), trust_roots=str(roots))
    letter = issued(actors)
    checked = esign.verify(letter.pdf)
    assert checked.problem == "verify.expired"
    assert "Pejabat Lama" in DomainError(checked.problem, **checked.params).message()

    stranger = tmp_path / "lain.pem"
    stranger.write_bytes(pki.authority("CA Lain").pem)
    assert esign.verify(letter.pdf, stranger).problem == "verify.unknown_ca"


def test_a_letter_signed_by_the_office_but_not_in_its_register_is_refused(
    actors, office_key, authority
):
    from desktop.documents import signing

    letter = issued(actors)
    again = signing.sign_pdf(
        printing.print_letter(actors["analis"], letter.case, "clarification").pdf,
        esign.key_source(),
        PASSPHRASE,
        name="x",
        reason="x",
        location="x",
    )
    assert esign.verify(again).problem == "verify.not_the_issued_file"


def test_a_wrong_passphrase_or_none_is_said_plainly_and_nothing_is_numbered(actors, office_key):
    from desktop.store.models import IssuedLetter, PrintedDocument

    with pytest.raises(DomainError) as wrong:
        issued(actors, secret="bukan-ini")
    assert wrong.value.code == "signing.wrong_passphrase"
    with pytest.raises(DomainError) as missing:
        issued(actors, secret=None)  # and none in the keyring
    assert missing.value.code == "signing.no_secret"
    assert PrintedDocument.select().count() == 0
    assert IssuedLetter.select().count() == 0  # no number taken
    # and no file of the unsigned letter stays behind for `loket check` to call an orphan
    assert file_store.unreferenced(attachments.files()).files == []
    assert check_database().ok


def test_loket_verify_says_in_one_line(actors, office_key, data_dir, tmp_path, authority):
    letter = issued(actors)
    good = tmp_path / "surat.pdf"
    good.write_bytes(letter.pdf)
    answer = loket("verify", str(good), "--data-dir", str(data_dir))
    assert answer.returncode == 0, answer.stderr
    assert answer.stdout.startswith(f"SAH: surat {letter.number}")

    bad = tmp_path / "ubah.pdf"
    data = bytearray(letter.pdf)
    at = data.index(b"/Subject (") + len(b"/Subject (")
    data[at] ^= 1
    bad.write_bytes(bytes(data))
    refused = loket("verify", str(bad), "--data-dir", str(data_dir), "--lang", "en")
    assert refused.returncode == 1
    assert refused.stderr.strip().startswith("loket: REFUSED: the file was changed")
    assert len(refused.stderr.strip().splitlines()) == 1 and "Traceback" not in refused.stderr

    stranger = tmp_path / "lain.pem"
    stranger.write_bytes(pki.authority("CA Lain").pem)
    unknown = loket("verify", str(good), "--ca", str(stranger), "--data-dir", str(data_dir))
    assert unknown.returncode == 1
    assert "tidak diterbitkan oleh penyelenggara sertifikasi" in unknown.stderr
    assert len(unknown.stderr.strip().splitlines()) == 1

    missing = loket("verify", str(tmp_path / "tidak-ada.pdf"), "--data-dir", str(data_dir))
    assert missing.returncode == 2 and len(missing.stderr.strip().splitlines()) == 1
    not_pdf = tmp_path / "catatan.pdf"
    not_pdf.write_text("bukan pdf")
    answer = loket("verify", str(not_pdf), "--data-dir", str(data_dir))
    assert answer.returncode == 1 and "bukan PDF" in answer.stderr


def test_loket_verify_refuses_a_device_or_a_pipe_in_one_line(data_dir, tmp_path):
    """A signed letter to check is a file; a link to /dev/zero, or a FIFO that nobody writes
    to, is said to be something else at once instead of read until memory or patience ends."""
    import resource

    def at_most_2_gb() -> None:  # before the fix, /dev/zero was read until MemoryError
        resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))

    (tmp_path / "nol.pdf").symlink_to("/dev/zero")
    os.mkfifo(tmp_path / "pipa.pdf")
    for name in ("nol.pdf", "pipa.pdf"):
        command = [sys.executable, "-m", "desktop", "verify", str(tmp_path / name)]
        done = subprocess.run(
            [*command, "--data-dir", str(data_dir)],
            capture_output=True,
            stdin=subprocess.DEVNULL,
            text=True,
            timeout=120,  # before the fix, the pipe was waited on for ever
            preexec_fn=at_most_2_gb,
        )
        assert done.returncode == 2, done.stderr
        assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1
        assert done.stderr.startswith(f"loket: “{name}” bukan berkas biasa"), done.stderr


SOFTHSM = "/usr/lib/softhsm/libsofthsm2.so"
PIN = "Pin#Loket-4821"


@pytest.fixture
def token(tmp_path, authority):
    """A SoftHSM2 token of its own (in a temporary SOFTHSM2_CONF folder) holding the
    signatory's key and certificate, as a smart card or an HSM would; and the environment of a
    desk that uses it, with a file keyring of its own."""
    folder = tmp_path / "softhsm"
    (folder / "tokens").mkdir(parents=True)
    conf = folder / "softhsm2.conf"
    conf.write_text(f"directories.tokendir = {folder / 'tokens'}\nobjectstore.backend = file\n")
    env = {
        **os.environ,
        "SOFTHSM2_CONF": str(conf),
        "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",
        "LOKET_ALLOW_INSECURE_KEYRING": "1",  # a file keyring, chosen explicitly for the test
        "XDG_DATA_HOME": str(tmp_path / "keyring"),
        "LOKET_PASSWORD": PASSWORD,
    }
    signer = authority.issue("Dr. Bambang Wibisono")

    def util(*args: str) -> None:
        done = subprocess.run(["softhsm2-util", *args], env=env, capture_output=True, text=True)
        assert done.returncode == 0, done.stdout + done.stderr

    util("--init-token", "--free", "--label", "loket-tte", "--so-pin", "12345678", "--pin", PIN)
    key = folder / "key.pem"
    key.write_bytes(signer.key_pem)
    util("--import", str(key), "--token", "loket-tte", "--label", "tte", "--id", "01", "--pin", PIN)
    key.unlink()
    cert = folder / "cert.der"
    cert.write_bytes(signer.cert_der)
    # softhsm2-util imports keys only: the certificate goes on with python-pkcs11, in a process
    # of its own so that this one never initialises the module with another configuration.
    script = (
        "import sys, pkcs11\n"
        "from pkcs11.util.x509 import decode_x509_certificate\n"
        "from pkcs11 import Attribute\n"
        f"token = pkcs11.lib({SOFTHSM!r}).get_token(token_label='loket-tte')\n"
        f"with token.open(rw=True, user_pin={PIN!r}) as s:\n"
        "    attrs = decode_x509_certificate(open(sys.argv[1], 'rb').read())\n"
        "    attrs[Attribute.TOKEN], attrs[Attribute.LABEL] = True, 'tte'\n"
        "    attrs[Attribute.ID] = b'\\x01'\n"
        "    s.create_object(attrs)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(cert)], env=env, capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr
    return env


def desk(env: dict, *args: str, pin: str = "") -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        env=env,
        input=pin + "\n",
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_a_letter_signed_on_a_pkcs11_token_with_the_pin_in_the_keyring(
    actors, token, data_dir, tmp_path, authority
):
    roots = tmp_path / "ca.pem"
    roots.write_bytes(authority.pem)
    uuid, other = in_clarification(actors), in_clarification(actors)
    folder = ("--data-dir", str(data_dir))
    folder_key_into(token, data_dir)
    chosen = desk(
        token,
        "signing",
        "electronic",
        *("--user", "admin"),
        *("--pkcs11", SOFTHSM, "--token", "loket-tte", "--key", "tte", "--ca", str(roots)),
        "--remember",
        *folder,
        pin=PIN,
    )
    assert chosen.returncode == 0, chosen.stderr
    # Not in the data folder (read by another process: closing a file of the database here
    # would drop this process's SQLite locks on it).
    assert subprocess.run(["grep", "-rqF", PIN, str(data_dir)]).returncode == 1
    out = tmp_path / "surat.pdf"
    printed = desk(
        token, "print", "clarification", uuid, "--issue", "--out", str(out), "--user", "analis",
        *folder,
    )  # fmt: skip
    assert printed.returncode == 0, printed.stderr
    assert "Ditandatangani secara elektronik oleh" in text_of(out.read_bytes())
    verified = desk(token, "verify", str(out), *folder)
    assert verified.returncode == 0, verified.stderr
    assert "Dr. Bambang Wibisono" in verified.stdout
    listed = subprocess.run(["pdfsig", str(out)], capture_output=True, text=True)
    assert "Dr. Bambang Wibisono" in listed.stdout

    # A wrong PIN in the keyring: said in words, and the letter is not issued.
    remembered = desk(token, "signing", "electronic", "--pkcs11", SOFTHSM, "--token",
                      "loket-tte", "--key", "tte", "--remember", "--user", "admin", *folder,
                      pin="000000")  # fmt: skip
    assert remembered.returncode == 0, remembered.stderr
    refused = desk(
        token,
        "print",
        "clarification",
        other,
        "--issue",
        "--out",
        str(tmp_path / "x.pdf"),
        "--user",
        "analis",
        *folder,
    )
    assert refused.returncode == 2
    assert refused.stderr.strip() == "loket: PIN token loket-tte salah."
    assert not (tmp_path / "x.pdf").exists()


def test_loket_print_asks_the_passphrase_not_in_the_keyring(actors, office_key, data_dir, tmp_path):
    """As the window does: the key's passphrase asked once (here one line of standard input), a
    wrong one refused in a line with nothing numbered, the right one signs the letter."""
    from desktop.store.models import IssuedLetter, database

    uuid = in_clarification(actors)
    database.close()
    env = {
        **os.environ,
        "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",
        "LOKET_ALLOW_INSECURE_KEYRING": "1",  # an empty file keyring of the test's own
        "XDG_DATA_HOME": str(tmp_path / "keyring"),
        "LOKET_PASSWORD": PASSWORD,
    }
    folder_key_into(env, data_dir)  # the folder's own key is there; the signing key's is not
    out = tmp_path / "surat.pdf"
    command = [sys.executable, "-m", "desktop", "print", "clarification", uuid, "--issue"]
    command += ["--out", str(out), "--user", "analis", "--data-dir", str(data_dir)]

    def issue(typed: str) -> subprocess.CompletedProcess:
        return subprocess.run(
            command, env=env, input=typed, capture_output=True, text=True, timeout=120
        )

    wrong = issue("bukan-kuncinya\n")
    assert wrong.returncode == 2 and not out.exists()
    assert wrong.stderr.strip().startswith("loket: Kata sandi berkas kunci salah")
    assert IssuedLetter.select().count() == 0
    right = issue(PASSPHRASE + "\n")
    assert right.returncode == 0, right.stderr
    assert "Ditandatangani secara elektronik oleh" in text_of(out.read_bytes())
    assert esign.verify(out.read_bytes()).ok


def printed_qr(pdf: bytes, folder) -> list[list[bool]]:
    """The modules of the QR code beside "Ditandatangani secara elektronik", read from the page
    rendered at 300 dpi (no QR decoder is installed: the test compares these modules with the
    code of the text it expects)."""
    import re

    from PIL import Image
    from reportlab.lib.units import mm

    folder.mkdir()
    path = folder / "surat.pdf"
    path.write_bytes(pdf)
    page_one = ["-f", "1", "-l", "1"]
    words = subprocess.run(
        ["pdftotext", *page_one, "-bbox", str(path), "-"], capture_output=True, text=True
    ).stdout
    at = r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">'
    x, top, _ = map(float, re.search(at + "Ditandatangani<", words).groups())
    *_, bottom = map(float, re.search(at + "verifikasi<", words).groups())
    gray = ["-r", "300", "-gray", "-png"]
    subprocess.run(["pdftoppm", *gray, *page_one, str(path), str(folder / "p")], check=True)
    page = Image.open(next(folder.glob("p*.png"))).convert("L")
    dpi = 300 / 72
    middle = (top + bottom) / 2  # the code is 22 mm high, centred beside the five lines
    crop = page.crop(
        tuple(round(v * dpi) for v in (x - 24 * mm, middle - 12 * mm, x, middle + 12 * mm))
    )
    pixels = crop.load()
    dark = [
        (i, j) for j in range(crop.height) for i in range(crop.width) if pixels[i, j] < 64
    ]  # black modules; the grey frame around the block is lighter
    left, right = min(i for i, _ in dark), max(i for i, _ in dark) + 1
    up, down = min(j for _, j in dark), max(j for _, j in dark) + 1
    assert abs((right - left) - (down - up)) <= 2, "a square symbol"
    run = 0  # the finder pattern's top edge, in the corner: seven modules long
    while pixels[left + run, up + 1] < 64:
        run += 1
    size = run / 7
    count = round((right - left) / size)
    assert (count - 21) % 4 == 0, count  # QR versions have 21, 25, 29 … modules a side
    size = (right - left) / count
    return [
        [
            pixels[int(left + (c + 0.5) * size), int(up + (r + 0.5) * size)] < 128
            for c in range(count)
        ]
        for r in range(count)
    ]


def qr_of(text: str) -> list[list[bool]]:
    """The modules of the QR code of ``text`` (level M, as the letter asks of reportlab)."""
    from reportlab.graphics.barcode.qr import QrCodeWidget

    widget = QrCodeWidget(text, barLevel="M")
    widget.qr.make()
    return [[bool(m) for m in row] for row in widget.qr.modules]


def test_the_qr_code_carries_the_number_the_code_and_the_signatory(actors, office_key, tmp_path):
    """What a phone reads from the printed code: the letter's number, its verification code and
    who signed, on three lines; the same on a reprint."""
    letter = issued(actors)
    code = esign.verification_code(letter.number, letter.case)
    expected = (
        f"Surat nomor {letter.number}\nKode verifikasi {code}\nTTE: Nama Pejabat Penandatangan"
    )
    assert letter.number == "B-1/PKTN.4/KLR/XI/2026"
    read = printed_qr(letter.pdf, tmp_path / "issued")
    assert read == qr_of(expected)
    # the reading tells texts apart: one character of the number changed is another code
    assert read != qr_of(expected.replace("B-1/", "B-2/"))
    copy = printing.print_letter(actors["analis"], letter.case, "clarification", now=NOW + DAY)
    assert copy.is_copy and printed_qr(copy.pdf, tmp_path / "copy") == qr_of(expected)
