"""The desk's token for the central server, kept in the operating system's keyring under the
server's address (``desktop.secrets``), never in the database or a file of ours."""

from __future__ import annotations

from desktop import secrets
from desktop.secrets import ALLOW_INSECURE, SERVICE, NoKeyring, check

__all__ = ["ALLOW_INSECURE", "SERVICE", "NoKeyring", "check", "load", "save"]


def load(server_url: str) -> str:
    return secrets.load(server_url)


def save(server_url: str, token: str) -> None:
    secrets.save(server_url, token)
