"""The desk's token for the central server, kept in the operating system's keyring (Secret
Service, Windows Credential Manager, macOS Keychain), never in the database or a file of ours."""

from __future__ import annotations

import keyring
from keyring.errors import KeyringError

SERVICE = "loket-pengaduan"


class NoKeyring(Exception):
    """This machine has no usable keyring to keep the token in."""


def load(server_url: str) -> str:
    try:
        return keyring.get_password(SERVICE, server_url) or ""
    except KeyringError as e:
        raise NoKeyring(str(e)) from None


def save(server_url: str, token: str) -> None:
    try:
        keyring.set_password(SERVICE, server_url, token)
    except KeyringError as e:
        raise NoKeyring(str(e)) from None
