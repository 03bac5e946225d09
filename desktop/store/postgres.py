"""The office database: the desks of an office share one PostgreSQL database (office mode).

A desk names it by a ``postgresql://`` URL (``--database`` on the command line, or the window's
choice "office database"); the password comes from the URL, or from the OS keyring under the
URL without it. peewee speaks PostgreSQL through psycopg 3.

The schema: PostgreSQL joins the list of migrations at ``BASELINE``. On an empty database the
schema as of that migration is made at once (``create_baseline``: the tables from the models,
the indexes and reference data the SQLite migrations made, and the search tables, triggers
and summaries of store.postgres_schema), and the migrations up to the baseline are recorded as
applied; every migration after it is written for both engines. ``tests/test_office_schema.py``
checks that both engines end with the same tables, columns and indexes.
"""

from __future__ import annotations

import re
import urllib.parse

from peewee import InterfaceError, OperationalError, PostgresqlDatabase

from desktop.domain.errors import DataUnusable

# The last migration the baseline stands for; the ones after it run on both engines.
BASELINE = "0021_printed_events"
KEYRING_SERVICE = "loket-pengaduan/office-database"


def is_office(location: str | None) -> bool:
    return bool(location) and str(location).startswith(("postgresql://", "postgres://"))


def without_password(url: str) -> str:
    """The URL as it may be shown, logged and used as the keyring's name: no password."""
    parts = urllib.parse.urlsplit(url)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    user = f"{parts.username}@" if parts.username else ""
    return urllib.parse.urlunsplit(parts._replace(netloc=user + host))


class OfficeDatabase(PostgresqlDatabase):
    """The office database, which a desk reaches over the network: a connection the server or
    the network has dropped (a restart, a cable) is replaced by a new one at the next
    statement outside a transaction. The statement that met the drop failed, and its
    transaction with it (nothing of it was written); the officer is told and tries again."""

    def cursor(self, named_cursor=None):
        if not self.is_closed() and not self.in_transaction() and not self.is_connection_usable():
            self.close()
        return super().cursor(named_cursor)


def connect(url: str, password: str | None = None) -> PostgresqlDatabase:
    """A database object for the office database at ``url`` (not yet connected); the password
    given, else the URL's, else the keyring's."""
    parts = urllib.parse.urlsplit(url)
    # psycopg would prepare a statement run five times, and the server then plan it once for
    # any value; a search's cost hangs on its words (a whole NIK, or two digits matching
    # thousands), and one plan for every word walked 90 ms where the word's own took 5 ms. The
    # triggers' statements keep the server's plan cache (plan_cache_mode for the session would
    # plan them again at each row: 3 ms more a registration).
    params: dict = {"connect_timeout": 5, "application_name": "loket", "prepare_threshold": None}
    if not password and parts.password is None:
        password = _keyring_password(url)
    if password:
        params["password"] = password
    return OfficeDatabase(url, prefer_psycopg3=True, **params)


def probe(url: str, password: str | None = None) -> bool:
    """Connect to the office database at ``url`` and leave again: whether it holds an office
    already (else a desk opening it sets it up). Refused in one sentence, as opening is."""
    db = connect(url, password)
    try:
        db.connect()
        return db.table_exists("schema_migration")
    except OperationalError as e:
        raise (refusal(e, url) or e) from e
    finally:
        db.close()


def _keyring_password(url: str) -> str | None:
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, without_password(url))
    except Exception:  # no keyring on this machine: the server says the password is missing
        return None


def remember_password(url: str, password: str) -> None:
    import keyring

    keyring.set_password(KEYRING_SERVICE, without_password(url), password)


def refusal(error: BaseException, url: str) -> DataUnusable | None:
    """The office database's refusal to connect, in one sentence, or None when it is not one."""
    text = str(error).lower()
    where = without_password(url)
    if "pg_trgm" in text:  # not installed on the server, or the role may not create it
        return DataUnusable("office.no_trgm", url=where)
    if not isinstance(error, OperationalError | InterfaceError | _driver_operational()):
        return None
    if "password authentication failed" in text or "no password supplied" in text:
        return DataUnusable("office.password", url=where)
    # Before the others: the CA file's own path may hold any words ("…/database/ca.pem").
    for words, tls in _TLS:
        if words in text:
            return DataUnusable("office.tls", url=where, tls=tls)
    if re.search(r'database ".*" does not exist', text):
        return DataUnusable("office.no_database", url=where)
    if "translate host name" in text or "name or service not known" in text:
        return DataUnusable("office.unknown_host", url=where)
    if any(words in text for words in _GONE):
        return DataUnusable("office.unreachable", url=where)
    if "certificate" in text or "ssl" in text:
        return DataUnusable("office.tls", url=where, tls=_said(error))
    return None


# What libpq says when the secure connection cannot be made, and the words the desk says it in
# (domain/messages.py, "office.tls.…"): the CA file of verify-full that does not vouch for
# the server's certificate (another CA's, or expired), a certificate made out to another name,
# a CA file that is no certificate or is not there, a server that offers no TLS.
_TLS = (
    ("certificate verify failed", "untrusted"),
    ("does not match host name", "other_name"),
    ("could not read root certificate file", "bad_ca_file"),
    ("root certificate file", "no_ca_file"),  # "… does not exist"
    ("server does not support ssl", "not_offered"),
)


def _said(error: BaseException) -> str:
    """libpq's first line without the address it begins with (the sentence names it)."""
    line = str(error).strip().splitlines()[0]
    return re.sub(r"^(connection failed: )?connection to server .*? failed: ", "", line)


# What psycopg says when the server cannot be reached, or went away while connected.
_GONE = (
    "connection refused",
    "timeout expired",
    "could not connect",
    "server closed the connection",
    "terminating connection",
    "the connection is closed",
    "consuming input failed",
    "connection is lost",
    "no connection to the server",
)


def _driver_operational() -> type[BaseException]:
    import psycopg

    return psycopg.OperationalError
