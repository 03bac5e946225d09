"""Backups of the desk: made on request (``loket backup``) or daily into the folder the office
chose, kept by retention, restored on a new folder; each one made or failed is an event of the
desk's own history, which Today reads."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path

from desktop.domain import retention
from desktop.domain.errors import DomainError
from desktop.domain.workdays import office_date
from desktop.domain.workflow import Role
from desktop.services import caselog, settings
from desktop.services.context import Actor, require, write
from desktop.store import backup, cases
from desktop.store import db as store_db
from desktop.store.models import HistoryEvent, utcnow

SUFFIX = ".loketbackup"
_NAME = re.compile(r"^loket-[A-Za-z0-9_-]+-(\d{8}-\d{6})" + re.escape(SUFFIX) + "$")
STALE_WORKING_DAYS = 2  # Today warns when the last good backup is older than this


def make_key(actor: Actor, now: dt.datetime | None = None) -> str:
    """A new backup key (admins): the desk keeps its public half; the secret is returned to be
    shown once and kept in the office's safe. Backups made before stay with the old key."""
    require(actor, {Role.ADMIN}, "permission.admin")
    secret, public = backup.new_key()
    with write():
        settings.put(actor, "backup.recipient", public)
        caselog.audit("backup.key_made", {"recipient": public}, actor, now or utcnow())
    return secret


def choose_folder(actor: Actor, folder: str) -> None:
    """Where the daily backups go (admins); empty turns them off. The folder must be there."""
    require(actor, {Role.ADMIN}, "permission.admin")
    if folder and not Path(folder).is_dir():
        raise DomainError("backup.folder_missing", path=folder)
    settings.put(actor, "backup.folder", folder)


def _recipient() -> str:
    recipient = settings.get("backup.recipient")
    if not recipient:
        raise DomainError("backup.no_key")
    return recipient


def make(out: Path, now: dt.datetime) -> backup.Made:
    """A backup of the open folder to ``out``, recorded in the desk's history."""
    data_dir = Path(store_db.database_path()).parent
    made = backup.make(data_dir, out, _recipient())
    with write():
        caselog.audit(
            "backup.made",
            {
                "file": out.name,
                "size": made.size,
                "files": made.files,
                "missing": len(made.missing),
            },
            None,
            now,
        )
    return made


def file_name(now: dt.datetime) -> str:
    return f"loket-{settings.get('counter.code')}-{now:%Y%m%d-%H%M%S}{SUFFIX}"


def daily(now: dt.datetime) -> backup.Made:
    """Today's backup into the office's folder, then the old ones retention lets go removed.
    A failure is recorded (Today says it) and raised."""
    try:
        folder = Path(settings.get("backup.folder") or "")
        if not settings.get("backup.folder"):
            raise DomainError("backup.no_folder")
        if not folder.is_dir():
            raise DomainError("backup.folder_missing", path=str(folder))
        made = make(folder / file_name(now), now)
        prune(folder)
        return made
    except Exception as e:
        reason = e.message("en") if isinstance(e, DomainError) else f"{type(e).__name__}: {e}"
        code = e.code if isinstance(e, DomainError) else ""
        params = {k: str(v) for k, v in e.params.items()} if isinstance(e, DomainError) else {}
        with write():
            caselog.audit(
                "backup.failed", {"reason": reason, "code": code, "params": params}, None, now
            )
        raise


def backups_in(folder: Path) -> dict[dt.datetime, Path]:
    found = {}
    for path in folder.iterdir():
        match = _NAME.match(path.name)
        if match and path.is_file():
            found[dt.datetime.strptime(match[1], "%Y%m%d-%H%M%S")] = path
    return found


def prune(folder: Path) -> list[Path]:
    """Remove the backups of this folder that retention does not keep; only files named as
    the desk names them are ever touched."""
    found = backups_in(folder)
    kept = retention.keep(found)
    gone = [path for moment, path in sorted(found.items()) if moment not in kept]
    for path in gone:
        path.unlink(missing_ok=True)
    return gone


@dataclass(frozen=True)
class State:
    """What Today says of the backups."""

    folder: str
    last_ok: dt.datetime | None
    failed_at: dt.datetime | None  # the last failure, when it came after the last success
    stale: bool  # no good backup in the last two working days
    failure: dict = field(default_factory=dict)  # the failure's payload: code, params, reason

    @property
    def warn(self) -> bool:
        return self.stale or self.failed_at is not None

    def reason(self, lang: str = "id") -> str:
        if self.failure.get("code"):
            return DomainError(self.failure["code"], **self.failure.get("params", {})).message(lang)
        return self.failure.get("reason", "")


def _last(kind: str) -> HistoryEvent | None:
    return cases.last_desk_event(kind)


def state(now: dt.datetime) -> State:
    ok, failed = _last("backup.made"), _last("backup.failed")
    last_ok = ok.at if ok else None
    failed_at = failed.at if failed and (last_ok is None or failed.at > last_ok) else None
    stale = last_ok is None or (
        settings.calendar().working_days_between(office_date(last_ok), office_date(now))
        > STALE_WORKING_DAYS
    )
    failure = dict(failed.payload) if failed_at is not None else {}
    return State(settings.get("backup.folder") or "", last_ok, failed_at, stale, failure)


def due(now: dt.datetime) -> bool:
    """Whether the daily backup is still to be made today (a folder chosen, none made today)."""
    if not settings.get("backup.folder"):
        return False
    ok = _last("backup.made")
    return ok is None or office_date(ok.at) != office_date(now)
