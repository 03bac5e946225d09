"""The data folder's key: made at setup, kept in the OS keyring, opened by the recovery key.

One random 256-bit key (the folder key) encrypts a folder: SQLCipher's key and the file store's
key are derived from it (HKDF), so neither is ever the same bytes as the other. The key itself
goes to the keyring (desktop/secrets.py, which refuses a weak one), filed under the folder's id;
it is never written in the data folder. What the folder keeps is ``encryption.json``: its id, a
check value that tells a wrong key from a damaged file, and the folder key wrapped (AES-GCM)
under the recovery key. The recovery key is shown once, at setup, for the supervisor's safe: with
it, a desk whose keyring is lost (a new PC, a new Windows profile) opens the folder again.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import secrets as random
import uuid
from dataclasses import dataclass
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from desktop import secrets
from desktop.domain.errors import DataUnusable

HEADER = "encryption.json"
FORMAT = 1
RECOVERY_BYTES = 25  # 200 bits: 40 characters of base32, written as 8 groups of 5
_CHECK = b"loket folder key check"

# Folder keys this process has opened, by folder id: a folder copied (the tests' templates) or
# opened by its recovery key does not go back to the keyring each time it is opened.
_unlocked: dict[str, bytes] = {}
# Recovery keys made by this process and not yet shown, by folder id (setup shows them once).
_unshown: dict[str, str] = {}
# Folders made by this process whose key the keyring refused (why, by folder id): the recovery
# key is then the only way to open them again.
_not_kept: dict[str, str] = {}


@dataclass(frozen=True)
class Header:
    folder: str
    check: str
    nonce: str
    wrapped: str


def read_header(data_dir: Path) -> Header | None:
    path = data_dir / HEADER
    try:
        raw = json.loads(path.read_text("utf-8"))
        if raw.get("format") != FORMAT:
            raise ValueError(f"format {raw.get('format')!r}")
        return Header(raw["folder"], raw["check"], raw["nonce"], raw["wrapped"])
    except FileNotFoundError:
        return None
    except (ValueError, KeyError, TypeError) as e:
        raise DataUnusable("key.header_damaged", path=str(path), reason=str(e)) from None


def _write_header(data_dir: Path, header: Header) -> None:
    """Written to a temporary name, flushed, renamed: a crash leaves the old one or the new."""
    path = data_dir / HEADER
    temporary = path.with_name(HEADER + ".new")
    body = {"format": FORMAT, **header.__dict__}
    with open(temporary, "w", encoding="utf-8") as out:
        json.dump(body, out, indent=1)
        out.flush()
        os.fsync(out.fileno())
    os.replace(temporary, path)
    sync_folder(data_dir)


def sync_folder(folder: Path) -> None:
    """A rename in ``folder`` on disk too (the folder's own entry flushed)."""
    handle = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(handle)
    finally:
        os.close(handle)


def _keyring_name(folder: str) -> str:
    return f"data-key:{folder}"


def _check_value(key: bytes) -> str:
    return hmac.new(key, _CHECK, hashlib.sha256).hexdigest()[:32]


def _derive(key: bytes, purpose: str) -> bytes:
    return HKDF(hashes.SHA256(), 32, salt=None, info=purpose.encode()).derive(key)


def database_key(key: bytes) -> str:
    """SQLCipher's raw-key form: no passphrase stretching on every connection (the key is
    random, not a password)."""
    return "x'" + _derive(key, "loket sqlcipher").hex() + "'"


def files_key(key: bytes) -> bytes:
    return _derive(key, "loket files")


def _wrap(key: bytes, recovery: str, folder: str) -> tuple[str, str]:
    nonce = os.urandom(12)
    sealed = AESGCM(_recovery_secret(recovery, folder)).encrypt(nonce, key, folder.encode())
    return nonce.hex(), sealed.hex()


def _recovery_secret(recovery: str, folder: str) -> bytes:
    raw = _recovery_bytes(recovery)
    return HKDF(hashes.SHA256(), 32, salt=folder.encode(), info=b"loket recovery").derive(raw)


def _recovery_bytes(recovery: str) -> bytes:
    """The recovery key as typed: groups, spaces and case do not matter; 0/1/8 read as O/I/B."""
    text = "".join(recovery.upper().split()).replace("-", "")
    text = text.translate(str.maketrans("018", "OIB"))
    try:
        raw = base64.b32decode(text)
    except (ValueError, TypeError):
        raw = b""
    if len(raw) != RECOVERY_BYTES:
        raise DataUnusable("key.recovery_malformed")
    return raw


def _new_recovery_key() -> str:
    text = base64.b32encode(random.token_bytes(RECOVERY_BYTES)).decode()
    return "-".join(text[i : i + 5] for i in range(0, len(text), 5))


def create(data_dir: Path) -> str:
    """Make the folder key of a new (or still plain) folder: into the keyring, the header into
    the folder. Returns the recovery key, which nothing keeps: show it once."""
    key = random.token_bytes(32)
    folder = uuid.uuid4().hex
    try:
        _save(folder, key)
    except DataUnusable as e:  # no keyring fit for it: the folder is still encrypted, and
        _not_kept[folder] = e.message("en")  # opens by its recovery key alone
    recovery = _new_recovery_key()
    nonce, wrapped = _wrap(key, recovery, folder)
    data_dir.mkdir(parents=True, exist_ok=True)
    _write_header(data_dir, Header(folder, _check_value(key), nonce, wrapped))
    _unlocked[folder] = key
    _unshown[folder] = recovery
    return recovery


def new_recovery_key(data_dir: Path) -> str:
    """A new recovery key for an encrypted folder whose key is at hand (the old one stops
    opening it): for a sheet that was lost, or a setup cut short before it was shown."""
    header = _required(data_dir)
    key = unlock(data_dir)
    recovery = _new_recovery_key()
    nonce, wrapped = _wrap(key, recovery, header.folder)
    _write_header(data_dir, Header(header.folder, header.check, nonce, wrapped))
    return recovery


def not_kept(data_dir: Path) -> str:
    """Why the keyring did not take the key of a folder this process made ("" if it did)."""
    header = read_header(data_dir)
    return _not_kept.get(header.folder, "") if header else ""


def take_unshown(data_dir: Path) -> str:
    """The recovery key this process made for the folder and has not shown yet; "" after."""
    header = read_header(data_dir)
    return _unshown.pop(header.folder, "") if header else ""


def unlock(data_dir: Path) -> bytes:
    """The folder key: already opened by this process, or from the keyring. Refused in one
    sentence when the keyring has none (then the recovery key opens it) or a wrong one."""
    header = _required(data_dir)
    if header.folder in _unlocked:
        return _unlocked[header.folder]
    try:
        stored = secrets.load(_keyring_name(header.folder))
    except secrets.NoKeyring as e:
        raise _refused(e) from None
    if not stored:
        raise DataUnusable("key.not_in_keyring", path=str(data_dir))
    try:
        key = bytes.fromhex(stored)
    except ValueError:
        key = b""
    if not hmac.compare_digest(_check_value(key), header.check):
        raise DataUnusable("key.wrong_in_keyring", path=str(data_dir))
    _unlocked[header.folder] = key
    return key


def open_with_recovery_key(data_dir: Path, recovery: str, remember: bool = False) -> None:
    """Open the folder with its recovery key for this process (and, with ``remember``, put
    the folder key back into this computer's keyring). A wrong key is one sentence."""
    header = _required(data_dir)
    try:
        key = AESGCM(_recovery_secret(recovery, header.folder)).decrypt(
            bytes.fromhex(header.nonce), bytes.fromhex(header.wrapped), header.folder.encode()
        )
    except InvalidTag:
        raise DataUnusable("key.recovery_wrong") from None
    _unlocked[header.folder] = key
    if remember:
        _save(header.folder, key)


def _save(folder: str, key: bytes) -> None:
    try:
        secrets.save(_keyring_name(folder), key.hex())
    except secrets.NoKeyring as e:
        raise _refused(e) from None


def _refused(error: secrets.NoKeyring) -> DataUnusable:
    """The keyring's refusal, said of the folder's key (not of the sync token)."""
    if error.code == "sync.insecure_keyring":
        return DataUnusable("key.insecure_keyring", backend=error.backend)
    return DataUnusable("key.no_keyring", reason=error.reason)


def _required(data_dir: Path) -> Header:
    header = read_header(data_dir)
    if header is None:
        raise DataUnusable("key.not_encrypted", path=str(data_dir))
    return header


# The file store's key of each data folder this process opened (None: a plain folder), set by
# opening its database: the stores made anywhere for that folder seal and open with it.
_files: dict[Path, bytes | None] = {}


def register_files_key(data_dir: Path, key: bytes | None) -> None:
    _files[data_dir.resolve()] = files_key(key) if key is not None else None


def files_key_of(data_dir: Path) -> bytes | None:
    return _files.get(data_dir.resolve())
