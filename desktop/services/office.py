"""Where this desk keeps its cases: its own data folder, or the office database its desks share.

The choice belongs to the computer (the window keeps its URL, without the password, in the
desk's settings file); the password goes into the OS keyring, under that URL.
"""

from __future__ import annotations

import urllib.parse
from dataclasses import dataclass

from desktop.store import office_events, postgres

DEFAULT_PORT = 5432
# libpq's TLS modes offered: verify-full checks the server's certificate against the CA file
# and its name against the host's.
SSL_MODES = ("prefer", "require", "verify-full")


@dataclass(frozen=True)
class OfficeDatabase:
    host: str
    port: int = DEFAULT_PORT
    dbname: str = "loket"
    user: str = "loket"
    sslmode: str = "prefer"
    ca_file: str = ""  # the CA's certificate (PEM), for verify-full

    def url(self) -> str:
        """The ``postgresql://`` URL, without a password (safe to keep and to show)."""
        user = urllib.parse.quote(self.user, safe="")
        host = f"[{self.host}]" if ":" in self.host else self.host
        query = {"sslmode": self.sslmode}
        if self.ca_file:
            query["sslrootcert"] = self.ca_file
        path = urllib.parse.quote(self.dbname, safe="")
        return f"postgresql://{user}@{host}:{self.port}/{path}?{urllib.parse.urlencode(query)}"

    @classmethod
    def from_url(cls, url: str) -> OfficeDatabase:
        parts = urllib.parse.urlsplit(url)
        query = dict(urllib.parse.parse_qsl(parts.query))
        return cls(
            host=parts.hostname or "",
            port=parts.port or DEFAULT_PORT,
            dbname=urllib.parse.unquote(parts.path.lstrip("/")),
            user=urllib.parse.unquote(parts.username or ""),
            sslmode=query.get("sslmode", "prefer"),
            ca_file=query.get("sslrootcert", ""),
        )


def check_connection(office: OfficeDatabase, password: str) -> bool:
    """Connect with the password typed (or, left empty, the one in the keyring): whether the
    database holds an office already. Refused in one sentence (DataUnusable office.*)."""
    return postgres.probe(office.url(), password or None)


def remember(office: OfficeDatabase, password: str) -> None:
    """Keep the password in this computer's keyring; an empty one keeps the one kept before."""
    if password:
        postgres.remember_password(office.url(), password)


def open_url() -> str:
    """The office database this desk has open (its URL, without password), or "" when it works
    on its own data folder."""
    where = office_events.source()
    return postgres.without_password(where.url) if where is not None else ""
