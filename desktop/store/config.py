"""The settings table: one JSON value per key, written whole."""

from __future__ import annotations

from typing import Any

from desktop.store.models import Setting


def get(key: str, default: Any = None) -> Any:
    """The stored value of ``key``, read fresh; ``default`` when it was never written."""
    row = Setting.get_or_none(Setting.key == key)
    return row.value if row is not None else default


def put(key: str, value: Any) -> None:
    """Write ``key``'s value, inside the caller's write transaction (an upsert: portable SQL)."""
    Setting.insert(key=key, value=value).on_conflict(
        conflict_target=[Setting.key], update={Setting.value: value}
    ).execute()
