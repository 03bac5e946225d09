"""Secrets the desk keeps in the operating system's keyring (Secret Service, Windows Credential
Manager, macOS Keychain), never in the database or a file of ours: the sync token, the signing
key's passphrase or PIN, the office's mail password."""

from __future__ import annotations

import keyring
from keyring.errors import KeyringError

SERVICE = "loket-pengaduan"


class NoKeyring(Exception):
    """This machine has no usable keyring to keep the secret in."""


def load(name: str) -> str:
    """The secret filed under ``name``, or "" when there is none."""
    try:
        return keyring.get_password(SERVICE, name) or ""
    except KeyringError as e:
        raise NoKeyring(str(e)) from None


def save(name: str, secret: str) -> None:
    try:
        keyring.set_password(SERVICE, name, secret)
    except KeyringError as e:
        raise NoKeyring(str(e)) from None
