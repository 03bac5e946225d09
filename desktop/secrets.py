"""Secrets the desk keeps in the operating system's keyring (Secret Service, Windows Credential
Manager, macOS Keychain), never in the database or a file of ours: the sync token, the signing
key's passphrase or PIN, the office's mail password.

A keyring that would keep them in a plain file (keyrings.alt, which the tests use), or that cannot
keep anything (keyring's fail and null backends, what it falls back to on a machine without
one), is refused: the token lets anyone send cases as this office, the PIN signs its letters. A
test, or an administrator who accepts the risk, chooses such a keyring explicitly with
``LOKET_ALLOW_INSECURE_KEYRING=1``.
"""

from __future__ import annotations

import os

import keyring

SERVICE = "loket-pengaduan"
ALLOW_INSECURE = "LOKET_ALLOW_INSECURE_KEYRING"


class NoKeyring(Exception):
    """This machine has no usable keyring to keep the secret in. ``code`` names the sentence
    in domain/messages.py (``sync.no_keyring`` or ``sync.insecure_keyring``)."""

    def __init__(self, reason: str, code: str = "sync.no_keyring", backend: str = "") -> None:
        super().__init__(reason)
        self.code, self.reason, self.backend = code, reason, backend


def check() -> None:
    """Refuse a keyring that would not keep a secret safe, unless chosen explicitly."""
    try:
        backend = keyring.get_keyring()
    except Exception as e:  # PYTHON_KEYRING_BACKEND naming one that is not installed, …
        raise NoKeyring(f"{type(e).__name__}: {e}") from None
    if _weak(backend) and os.environ.get(ALLOW_INSECURE, "") != "1":
        name = _name(backend)
        raise NoKeyring(f"{name} is not a safe keyring", "sync.insecure_keyring", name)


def _weak(backend) -> bool:
    from keyring.backends.chainer import ChainerBackend

    if isinstance(backend, ChainerBackend):  # the token goes to the first of the chain
        chain = backend.backends
        return not chain or _weak(chain[0])
    module = type(backend).__module__
    if module in ("keyring.backends.fail", "keyring.backends.null"):
        return True
    if module.split(".")[0] == "keyrings":  # keyrings.alt: files, for tests
        return True
    try:
        return float(backend.priority) < 1  # keyring's own mark of a last resort
    except Exception:  # a backend that cannot even say: not usable here
        return True


def _name(backend) -> str:
    from keyring.backends.chainer import ChainerBackend

    if isinstance(backend, ChainerBackend) and backend.backends:
        backend = backend.backends[0]
    return f"{type(backend).__module__}.{type(backend).__name__}"


def load(name: str) -> str:
    """The secret filed under ``name``, or "" when there is none."""
    check()
    try:
        return keyring.get_password(SERVICE, name) or ""
    except Exception as e:  # KeyringError, or the D-Bus error of a locked Secret Service
        raise NoKeyring(str(e) or type(e).__name__, backend=_name(keyring.get_keyring())) from None


def save(name: str, secret: str) -> None:
    check()
    try:
        keyring.set_password(SERVICE, name, secret)
    except Exception as e:
        raise NoKeyring(str(e) or type(e).__name__, backend=_name(keyring.get_keyring())) from None
