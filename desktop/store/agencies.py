"""The agencies out-of-scope cases are forwarded to (reference data, migration 0002)."""

from __future__ import annotations

from desktop.store.models import Agency


def active() -> list[Agency]:
    """Every agency cases may be forwarded to, by code."""
    return list(Agency.select().where(Agency.active).order_by(Agency.code))


def active_sectors() -> list[tuple[str, str]]:
    """(code, comma-separated sectors) of every active agency."""
    return list(Agency.select(Agency.code, Agency.sectors).where(Agency.active).tuples())


def by_code(code: str) -> Agency | None:
    return Agency.get_or_none(Agency.code == code)


def follow_ministry(code: str, name: str) -> None:
    """An agency of the ministry's list: added when new, its name the ministry's; the office's
    own notes (address, sectors) stay as they are."""
    found = by_code(code)
    if found is None:
        Agency.create(code=code, name=name)
    elif found.name != name:
        found.name = name
        found.save(only=[Agency.name])


def active_code(code: str) -> bool:
    """Whether cases may be forwarded to the agency of ``code``."""
    return Agency.select().where((Agency.code == code) & Agency.active).exists()


def active_codes() -> set[str]:
    return {a.code for a in Agency.select(Agency.code).where(Agency.active)}
