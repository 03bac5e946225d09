"""The command line: ``loket`` and its subcommands (``loket --help`` lists them).

Every subcommand takes ``--data-dir``; a bad argument or a refused input prints one line and
exits 2, a failed check exits 1.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import os
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from desktop import __version__
from desktop.domain.errors import DataUnusable, DomainError
from desktop.domain.history import agency_code
from desktop.domain.messages import label
from desktop.gui.screenshot import VIEWS
from desktop.store import db as store_db
from desktop.store import keys


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see {self.prog.split()[0]} --help)\n")


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a whole number, got {text!r}") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"expected zero or more, got {value}")
    return value


# Commands that act as a person (print, letters import, report, export, dashboard, person export,
# access, backup-key, signing, mail, send, sync --enrol, and screenshots of the signed-in window)
# sign that person in, as the window does.
_USER_HELP = "the account to act as; its password is asked, or read from LOKET_PASSWORD"


def _parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--data-dir",
        type=Path,
        default=argparse.SUPPRESS,
        help="the data folder (default: the user's data folder)",
    )
    common.add_argument(
        "--database",
        metavar="URL",
        default=argparse.SUPPRESS,
        help="the office database its desks share, postgresql://USER@HOST:PORT/NAME (the "
        "password in the URL, or in the OS keyring under the URL without it); --data-dir "
        "still holds this desk's own files",
    )
    common.add_argument(
        "--recovery-key",
        action="store_true",
        default=argparse.SUPPRESS,
        help="open an encrypted folder with its recovery key instead of the keyring's key "
        "(asked at the terminal, or read from LOKET_RECOVERY_KEY)",
    )
    common.add_argument(
        "--lang",
        choices=("id", "en"),
        default=argparse.SUPPRESS,
        help="language of messages (default: id)",
    )
    parser = _Parser(
        prog="loket",
        parents=[common],
        description="Loket Pengaduan Konsumen: the complaint counter.",
    )
    parser.add_argument("--version", action="version", version=f"loket {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")

    demo = sub.add_parser("demo", parents=[common], help="fill the data folder with demo cases")
    demo.add_argument("--cases", type=_positive, default=1000, help="how many (default 1000)")
    demo.add_argument("--seed", type=int, default=1, help="the same seed gives the same data")
    demo.add_argument(
        "--span-days",
        type=_positive,
        default=730,
        help="spread the cases over this many past days (default 730)",
    )

    sub.add_parser(
        "encrypt",
        parents=[common],
        help="encrypt a plain data folder in place (close every desk first); prints the "
        "recovery key",
    )
    sub.add_parser(
        "recovery-key",
        parents=[common],
        help="make a new recovery key for an encrypted folder (the old one stops opening it)",
    )
    sub.add_parser(
        "check",
        parents=[common],
        help="verify the database: integrity, migrations, history, search index",
    )

    office = sub.add_parser("office", parents=[common], help="the office database (office mode)")
    office_sub = office.add_subparsers(
        dest="office_command", required=True, parser_class=_Parser, metavar="ACTION"
    )
    moving = office_sub.add_parser(
        "import",
        parents=[common],
        help="move a desk's data folder into a new, empty office database (--database), once",
    )
    moving.add_argument(
        "--from", dest="source", type=Path, required=True, help="the desk's data folder"
    )

    saved = sub.add_parser(
        "backup",
        parents=[common],
        help="a backup of the database, its files and the desk's settings, encrypted to the "
        "office's backup key, while desks keep working",
    )
    saved.add_argument("--out", type=Path, required=True, help="the backup file to write")
    key = sub.add_parser(
        "backup-key",
        parents=[common],
        help="make the office's backup key (admins): shown once, to be kept in the safe",
    )
    key.add_argument("--user", default="", help=_USER_HELP)
    restore = sub.add_parser(
        "restore",
        parents=[common],
        help="restore a backup into --data-dir (new or empty); the key is asked, or read "
        "from LOKET_BACKUP_KEY",
    )
    restore.add_argument("file", type=Path, help="the backup file")

    record = sub.add_parser(
        "access",
        parents=[common],
        help="the processing record (supervisors, admins): who opened, printed, sent or handed "
        "over the cases of a person, or what an officer opened, printed, sent or exported",
    )
    whose = record.add_mutually_exclusive_group(required=True)
    whose.add_argument("--person", default="", metavar="NIK", help="the person's NIK")
    whose.add_argument("--officer", default="", metavar="USER", help="the officer's user name")
    record.add_argument("--user", default="", help=_USER_HELP)

    find = sub.add_parser("find", parents=[common], help="print the cases matching TEXT")
    find.add_argument("text", nargs="*", help="words to find; none lists the newest cases")
    find.add_argument("--limit", type=_positive, default=50, help="at most this many (0: all)")
    printer = sub.add_parser("print", parents=[common], help="render a document to a PDF file")
    printer.add_argument(
        "kind",
        choices=(
            "receipt",
            "clarification",
            "forwarding",
            "reminder",
            "blocking",
            "bpsk-referral",
            "agreement-followup",
            "summons-consumer",
            "summons-business",
            "minutes",
            "attendance",
            "letter-receipt",
            "disposition",
            "case-file",
            "letter",
        ),
        help="a case's receipt or letter (agreement-followup: the letter asking the business "
        "to carry out an agreed term recorded not kept), the whole case file (berkas "
        "pengaduan), the summons "
        "of its next meeting, the berita acara of "
        "its last meeting held, the attendance list of its next meeting, an incoming "
        "letter's receipt or disposition sheet, or (letter) a SALINAN of an issued letter by "
        "its number in the register of outgoing letters",
    )
    printer.add_argument(
        "case",
        help="the case (registration number or UUID), the incoming letter (agenda number), or "
        "the issued letter (its number)",
    )
    printer.add_argument("--out", type=Path, required=True, help="the PDF file to write")
    printer.add_argument(
        "--paper",
        choices=("a5", "thermal", "a4", "f4"),
        help="receipts: a5 (default) or thermal; letters: a4 or f4",
    )
    printer.add_argument("--user", default="", help=_USER_HELP)
    printer.add_argument(
        "--issue",
        action="store_true",
        help="issue the letter (take its number, enter it in the register of outgoing letters) "
        "and print it; without it a letter not yet issued prints as a draft (KONSEP) and "
        "nothing is recorded, one issued before prints as a SALINAN",
    )
    printer.add_argument(
        "--via",
        choices=("post", "courier", "hand", "email"),
        default="post",
        help="how an issued letter leaves the office (with --issue)",
    )
    printer.add_argument(
        "--personal",
        action="store_true",
        help="case-file: NIK, phone, e-mail and street address in full (recorded in the history)",
    )
    letters = sub.add_parser("letters", parents=[common], help="the incoming-letter register")
    letters_sub = letters.add_subparsers(
        dest="letters_command", required=True, parser_class=_Parser, metavar="ACTION"
    )
    imports = letters_sub.add_parser(
        "import", parents=[common], help="register a letter from its scanned files"
    )
    imports.add_argument("files", nargs="+", type=Path, help="PDF, JPEG, PNG or TIFF files")
    imports.add_argument("--sender", required=True, help="who sent the letter")
    imports.add_argument("--subject", default="", help="what it is about")
    imports.add_argument("--letter-no", default="", help="the letter's own number")
    imports.add_argument("--via", choices=("post", "courier", "hand"), default="post")
    imports.add_argument("--user", default="", help=_USER_HELP)

    book = letters_sub.add_parser(
        "register", parents=[common], help="print the register of a period to a PDF file"
    )
    book.add_argument("--from", dest="start", type=_date, required=True, help="DD-MM-YYYY")
    book.add_argument("--to", dest="end", type=_date, required=True, help="DD-MM-YYYY")
    book.add_argument("--out", type=Path, required=True)

    sent = letters_sub.add_parser(
        "register-out",
        parents=[common],
        help="print the register of outgoing letters (agenda surat keluar) of a period",
    )
    sent.add_argument("--from", dest="start", type=_date, required=True, help="DD-MM-YYYY")
    sent.add_argument("--to", dest="end", type=_date, required=True, help="DD-MM-YYYY")
    sent.add_argument("--find", default="", help="only letters whose number, addressee … match")
    sent.add_argument("--out", type=Path, required=True)

    plan = sub.add_parser(
        "schedule", parents=[common], help="print the meetings of a day (or its week) to a PDF file"
    )
    plan.add_argument("--date", type=_date, required=True, help="DD-MM-YYYY")
    plan.add_argument("--week", action="store_true", help="the whole week, Monday to Friday")
    plan.add_argument("--out", type=Path, required=True)

    recap = sub.add_parser(
        "report", parents=[common], help="print the recap of a period to a PDF file"
    )
    recap.add_argument("--from", dest="start", type=_date, required=True, help="DD-MM-YYYY")
    recap.add_argument("--to", dest="end", type=_date, required=True, help="DD-MM-YYYY")
    recap.add_argument("--out", type=Path, required=True)
    recap.add_argument("--user", default="", help=_USER_HELP)

    person = sub.add_parser(
        "person", parents=[common], help="a person's data on request (UU PDP art. 32)"
    )
    person_sub = person.add_subparsers(
        dest="person_command", required=True, parser_class=_Parser, metavar="ACTION"
    )
    handed = person_sub.add_parser(
        "export",
        parents=[common],
        help="everything held about the owner of a NIK, and who processed it, to a PDF",
    )
    handed.add_argument("nik")
    handed.add_argument("--out", type=Path, required=True, help="FILE.pdf")
    handed.add_argument("--user", default="", help=_USER_HELP)

    kept = sub.add_parser(
        "retention",
        parents=[common],
        help="anonymise the closed cases whose retention period has ended (supervisors, admins; "
        "UU PDP art. 43-44)",
    )
    how = kept.add_mutually_exclusive_group(required=True)
    how.add_argument("--dry-run", action="store_true", help="list what would go; change nothing")
    how.add_argument("--apply", action="store_true", help="anonymise them")
    kept.add_argument("--user", default="", help=_USER_HELP)

    board = sub.add_parser(
        "dashboard", parents=[common], help="print the dashboard's figures of a period"
    )
    board.add_argument("--from", dest="start", type=_date, required=True, help="DD-MM-YYYY")
    board.add_argument("--to", dest="end", type=_date, required=True, help="DD-MM-YYYY")
    board.add_argument("--user", default="", help=_USER_HELP)

    export = sub.add_parser(
        "export", parents=[common], help="write a list of a period to an .xlsx or .csv file"
    )
    export.add_argument(
        "what", choices=("cases", "recap", "visitors", "letters-in", "letters-out", "schedule")
    )
    export.add_argument("--from", dest="start", type=_date, help="DD-MM-YYYY (default: the 1st)")
    export.add_argument("--to", dest="end", type=_date, help="DD-MM-YYYY (default: today)")
    export.add_argument("--status", default="", help="cases: a status, or open")
    export.add_argument("--sector", default="", help="cases: one sector")
    export.add_argument("--channel", default="", help="cases: one channel")
    export.add_argument("--text", default="", help="cases: what a search would be typed")
    export.add_argument(
        "--personal", action="store_true", help="write NIK, phone and address unmasked"
    )
    export.add_argument("--out", type=Path, required=True, help="FILE.xlsx or FILE.csv")
    export.add_argument("--user", default="", help=_USER_HELP)

    sync = sub.add_parser(
        "sync",
        parents=[common],
        help="send this desk's cases to the central server, fetch its changes",
    )
    sync.add_argument("--server", required=True, help="the central server, https://…")
    sync.add_argument(
        "--enrol", metavar="CODE", help="enrol this desk first with the office's code"
    )
    sync.add_argument("--ca-bundle", default="", help="a PEM file of the office's own CA (enrol)")
    sync.add_argument("--once", action="store_true", help="one run, then exit (for schedulers)")
    sync.add_argument("--batch", type=_positive, default=100, help="events per request")
    sync.add_argument("--interval", type=_positive, default=60, help="seconds between runs")
    sync.add_argument(
        "--deadline",
        type=_positive,
        default=60,
        help="seconds one request to the server may take, answer and all (default 60)",
    )
    sync.add_argument("--user", default="", help="with --enrol: " + _USER_HELP)

    check_sig = sub.add_parser(
        "verify",
        parents=[common],
        help="check an electronically signed letter: its signature, and the register",
    )
    check_sig.add_argument("file", type=Path, help="the signed letter, FILE.pdf")
    check_sig.add_argument(
        "--ca", default="", help="a PEM file of trusted authorities (default: the office's)"
    )

    signer = sub.add_parser(
        "signing",
        parents=[common],
        help="choose wet or electronic signature of letters (admins); the key's PIN goes to "
        "the OS keyring",
    )
    signer.add_argument("mode", choices=("wet", "electronic"))
    signer.add_argument("--pkcs12", default="", metavar="FILE", help="the signatory's .p12 file")
    signer.add_argument("--pkcs11", default="", metavar="MODULE", help="the token's module (.so)")
    signer.add_argument("--token", default="", help="the token's label")
    signer.add_argument("--key", default="", help="the key's (and certificate's) label")
    signer.add_argument("--ca", default="", help="a PEM file of trusted authorities")
    signer.add_argument(
        "--tsa", default="", metavar="URL", help="an RFC 3161 timestamp authority (PAdES B-T)"
    )
    signer.add_argument(
        "--remember",
        action="store_true",
        help="ask the passphrase or PIN now and keep it in the OS keyring",
    )
    signer.add_argument("--user", default="", help=_USER_HELP)

    send = sub.add_parser(
        "send", parents=[common], help="e-mail an issued letter to the parties of its case"
    )
    send.add_argument("number", help="the letter's number, as issued")
    send.add_argument(
        "--consumer", action="store_true", help="to the consumer's address from the complaint"
    )
    send.add_argument("--business", default="", metavar="ADDR", help="to the business actor")
    send.add_argument("--to", action="append", default=[], metavar="ADDR", help="to others too")
    send.add_argument("--user", default="", help=_USER_HELP)

    mail = sub.add_parser("mail", parents=[common], help="set the office's mail account (admins)")
    mail.add_argument("--host", required=True, help="the SMTP server")
    mail.add_argument("--port", type=_positive, default=587)
    mail.add_argument("--security", choices=("starttls", "tls"), default="starttls")
    mail.add_argument("--username", default="", help="the account's user name")
    mail.add_argument("--sender", default="", help="the From address (default: the office's)")
    mail.add_argument("--ca-bundle", default="", help="a PEM file of the server's private CA")
    mail.add_argument(
        "--remember", action="store_true", help="ask the password now, keep it in the OS keyring"
    )
    mail.add_argument("--user", default="", help=_USER_HELP)

    shot = sub.add_parser("screenshot", parents=[common], help="save a view as a PNG image")
    shot.add_argument("view", choices=VIEWS, help="the view to render")
    shot.add_argument("--out", type=Path, required=True, help="the PNG file to write")
    shot.add_argument("--size", default="1366x768", type=_size, help="WIDTHxHEIGHT")
    shot.add_argument("--user", default="", help="views past sign-in: " + _USER_HELP)
    return parser


def _date(text: str):
    from desktop.domain import identity

    try:
        return identity.parse_date(text)
    except identity.Invalid:
        raise argparse.ArgumentTypeError(f"expected a date like 17-08-2026, got {text!r}") from None


def _size(text: str) -> tuple[int, int]:
    try:
        width, height = (int(n) for n in text.lower().split("x"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected WIDTHxHEIGHT, got {text!r}") from None
    if not (320 <= width <= 7680 and 240 <= height <= 4320):
        raise argparse.ArgumentTypeError(f"{text} is not a screen size") from None
    return width, height


def _open(args: argparse.Namespace) -> None:
    data_dir = getattr(args, "data_dir", None) or store_db.default_data_dir()
    if data_dir.exists() and not data_dir.is_dir():
        raise SystemExit(f"loket: {data_dir} is a file, not a data folder")
    store_db.open_database(data_dir, office=_office_url(args))


def _office_url(args: argparse.Namespace) -> str | None:
    """``--database``: the office database's URL, or None for the folder's own database."""
    return getattr(args, "database", None) or None


# What works on a desk's own SQLite folder only: refused in one sentence in office mode.
_FOLDER_ONLY = ("encrypt", "recovery-key", "backup", "restore", "screenshot")


def _data_dir(args: argparse.Namespace) -> Path:
    return getattr(args, "data_dir", None) or store_db.default_data_dir()


def _refuse_folder_only(args: argparse.Namespace) -> None:
    """A command that works on the folder's own SQLite file, asked of an office database."""
    if _office_url(args) is None:
        return
    if getattr(args, "recovery_key", False):
        raise DataUnusable("office.folder_only", command="--recovery-key")
    if args.command in _FOLDER_ONLY:
        raise DataUnusable("office.folder_only", command=args.command)
    if args.command is None:
        raise DataUnusable("office.window_choice")


def _unlock(args: argparse.Namespace) -> None:
    """``--recovery-key``: the folder opened by its recovery key for this command."""
    if not getattr(args, "recovery_key", False):
        return
    text = os.environ.get("LOKET_RECOVERY_KEY", "")
    if not text:
        if not sys.stdin.isatty():
            raise SystemExit("loket: --recovery-key: type it at a terminal, or LOKET_RECOVERY_KEY")
        text = getpass.getpass("Recovery key: ")
    keys.open_with_recovery_key(_data_dir(args), text)


def _show_recovery_key(recovery: str, data_dir: Path) -> None:
    """The recovery key, once: to the terminal, for the sheet in the supervisor's safe."""
    why = keys.not_kept(data_dir)
    if why:
        print(
            f"The keyring did not take the folder's key ({why}) The recovery key below is the "
            "only way to open the folder: give it with --recovery-key (or LOKET_RECOVERY_KEY).",
            file=sys.stderr,
        )
    print(
        f"The recovery key of {data_dir} (shown once; write it down or print it, and keep it "
        f"in the supervisor's safe: without the keyring, only it opens the folder):\n\n"
        f"    {recovery}\n",
        file=sys.stderr,
    )


def _encrypt(args: argparse.Namespace) -> int:
    from desktop.store import encrypting

    data_dir = _data_dir(args)

    def progress(done: int, total: int) -> None:
        if done == 0:
            print(f"sealing {total} files, then the database", file=sys.stderr, flush=True)
        elif done == total or done % 500 == 0:
            print(f"{done}/{total} files sealed", file=sys.stderr, flush=True)

    recovery = encrypting.encrypt(data_dir, progress)
    _show_recovery_key(recovery, data_dir)
    print(f"encrypted: {data_dir}")
    return 0


def _recovery_key(args: argparse.Namespace) -> int:
    data_dir = _data_dir(args)
    store_db.connect(data_dir).close()  # refused in words if the folder does not open
    _show_recovery_key(keys.new_recovery_key(data_dir), data_dir)
    return 0


def _demo(args: argparse.Namespace) -> int:
    from desktop.services import demo

    _open(args)
    started = time.monotonic()

    def progress(done: int) -> None:
        print(f"{done}/{args.cases} cases", file=sys.stderr, flush=True)

    made = demo.fill(args.cases, args.seed, span_days=max(args.span_days, 1), progress=progress)
    print(
        f"{made} demo cases in {time.monotonic() - started:.1f} s; sign in as admin, petugas, "
        f"analis, mediator or supervisor with the password {demo.DEMO_PASSWORD}"
    )
    return 0


def _check(args: argparse.Namespace) -> int:
    from desktop.services.check import check_database

    data_dir = getattr(args, "data_dir", None) or store_db.default_data_dir()
    url = _office_url(args)
    if url:  # not migrated either way: an old schema must be reported, not fixed
        store_db.connect_office(data_dir, url)
    elif not (data_dir / store_db.DB_NAME).exists():
        print(f"loket: no database in {data_dir}", file=sys.stderr)
        return 1
    else:
        store_db.connect(data_dir)
    report = check_database()
    for problem in report.problems:
        print(f"PROBLEM: {problem}")
    verdict = "OK" if report.ok else "FAILED"
    where = store_db.database_path() if url else data_dir
    print(f"{verdict}: {report.cases} cases, {report.events} case events checked in {where}")
    return 0 if report.ok else 1


def _office(args: argparse.Namespace) -> int:
    """``loket office import``: a desk's folder into the office database, once."""
    from desktop.services import office_import

    url = _office_url(args)
    if not url:
        print("loket: office import: name the office database with --database", file=sys.stderr)
        return 2

    def progress(table: str, rows: int) -> None:
        if rows % 10000 == 0:
            print(f"{table}: {rows} rows", file=sys.stderr, flush=True)

    done = office_import.import_folder(args.source, url, _data_dir(args), progress)
    print(
        f"moved {args.source} into {store_db.database_path()}: {done.cases} cases, "
        f"{done.staff} staff accounts, {done.files} files, {done.row_count} rows in all"
    )
    return 0


def _backup(args: argparse.Namespace) -> int:
    from desktop.services import backups

    # Bound, not migrated or swept: a backup only reads, and takes the folder as it is.
    store_db.connect(getattr(args, "data_dir", None) or store_db.default_data_dir())
    made = backups.make(args.out, dt.datetime.now(dt.UTC).replace(tzinfo=None))
    for sha in made.missing:
        print(f"WARNING: file {sha} is referred to, missing from the file store", file=sys.stderr)
    print(f"{made.path}: {made.size / 1024 / 1024:.1f} MB, the database and {made.files} file(s)")
    return 0


def _backup_key(args: argparse.Namespace) -> int:
    from desktop.services import backups

    actor = _signed_in(args)
    secret = backups.make_key(actor, dt.datetime.now(dt.UTC).replace(tzinfo=None))
    print("The office's backup key. Write it down or print it and keep it in the safe: it is")
    print("shown only now, and without it no backup can be restored.")
    print(secret)
    return 0


def _restore(args: argparse.Namespace) -> int:
    import getpass
    import os

    from desktop.services.check import check_database
    from desktop.store import backup

    data_dir = getattr(args, "data_dir", None) or store_db.default_data_dir()
    key = os.environ.get("LOKET_BACKUP_KEY") or getpass.getpass("backup key: ")
    from desktop.store import encrypting

    restored = backup.restore(args.file, data_dir, key)
    # The archive holds the database and files plain (it is itself encrypted): the restored
    # folder is encrypted here under a key of its own, its recovery key shown once.
    recovery = encrypting.encrypt(data_dir)
    print(f"recovery key of {data_dir} (shown once; print it for the safe): {recovery}")
    store_db.open_database(data_dir)  # a backup of an older version is migrated here
    report = check_database()
    for problem in report.problems:
        print(f"PROBLEM: {problem}")
    print(
        f"restored {args.file} into {data_dir}: {report.cases} cases, {restored.files} file(s); "
        + ("check OK" if report.ok else "check FAILED")
    )
    return 0 if report.ok else 1


def _access(args: argparse.Namespace) -> int:
    from desktop.domain.formatting import office_time
    from desktop.services import access

    actor = _signed_in(args)
    lang = getattr(args, "lang", "id")
    for row in access.record(actor, nik=args.person, username=args.officer):
        print(f"{office_time(row.at, lang)}  {row.officer:<16}  {row.what:<28}  {row.reg_no}")
    return 0


def _find(args: argparse.Namespace) -> int:
    from desktop.services.queries import find_cases

    _open(args)
    lang = getattr(args, "lang", "id")
    rows = find_cases(" ".join(args.text), limit=args.limit)
    for row in rows:
        status = label("status", row.status, lang)
        if row.outcome:
            status += f" ({label('outcome', row.outcome, lang)})"
        print(f"{row.reg_no}  {status:<34}  {row.complainant:<32}  {row.business}")
    return 0


def password(username: str) -> str:
    """The password of the account a command acts as: LOKET_PASSWORD for scripts, else asked
    at the terminal without echo; never taken from the command line, where others see it."""
    import getpass
    import os

    given = os.environ.get("LOKET_PASSWORD")
    if given is not None:
        return given
    if not sys.stdin.isatty():
        raise DomainError("cli.password_required")
    return getpass.getpass(f"password for {username}: ")


def _office_actor(user: str):
    """The person a command acts as, signed in with their password like at the window (a
    locked, deactivated or system account is refused), with the counter's right to print:
    command-line work is office work."""
    from desktop.domain.workflow import Role
    from desktop.services import staff

    if not user:
        raise DomainError("cli.user_required")
    actor = staff.sign_in(user, password(user))
    return type(actor)(actor.uuid, actor.username, actor.full_name, actor.roles | {Role.COUNTER})


def _signed_in(args: argparse.Namespace):
    """Open the data folder and sign in the person the command acts as."""
    _open(args)
    return _office_actor(args.user)


def _sync(args: argparse.Namespace) -> int:
    import dataclasses
    import time

    from desktop.domain.messages import render
    from desktop.services import settings, syncing
    from desktop.sync import backoff
    from desktop.sync.client import LIMITS

    _open(args)
    url = args.server.rstrip("/")
    if args.enrol:
        actor = _office_actor(args.user)
        syncing.enrol(actor, url, args.enrol, args.ca_bundle)
        print(f"enrolled with {url}")
        if not args.once:
            return 0
    enrolled = settings.get("sync.server")
    if enrolled != url:
        print(
            f"loket: this desk is enrolled with {enrolled or 'no server'}, not {url}",
            file=sys.stderr,
        )
        return 2
    limits = dataclasses.replace(LIMITS, request=float(args.deadline))
    failures = 0
    while True:
        try:
            print(syncing.run_once(args.batch, limits=limits).line(), flush=True)
            failures = 0
        except DomainError:
            raise  # the desk's own settings: one line, and no point trying again
        except Exception as e:  # the server's doing, or not: one line, and the next round
            failures += 1
            code, params = syncing.problem_of(e)
            line = render(code, getattr(args, "lang", "id"), **params)
            print(f"loket: {line} [{e}]", file=sys.stderr, flush=True)
            if args.once:
                return 1
        if args.once:
            return 0
        time.sleep(backoff.delay(failures) if failures else args.interval)


def _print(args: argparse.Namespace) -> int:
    from desktop.services import printing

    _open(args)
    actor = _office_actor(args.user)
    if args.kind == "case-file":
        from desktop.services import casefile

        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_bytes(casefile.print_case_file(actor, args.case, personal=args.personal))
        print(args.out)
        return 0
    if args.kind in ("letter-receipt", "disposition"):
        printed = printing.print_incoming(actor, args.case, args.kind.replace("-", "_"))
    elif args.kind == "letter":
        if args.issue or args.paper:
            print(
                "loket: a letter of the register is issued already: it prints as a SALINAN on "
                "the paper it was issued on",
                file=sys.stderr,
            )
            return 2
        printed = printing.reprint(actor, args.case)
        printing.record_print(actor, printed)  # written to the file: it has left the desk
    elif args.kind.startswith("summons-") or args.kind in ("minutes", "attendance"):
        from desktop.services import hearings

        wanted = "held" if args.kind == "minutes" else "planned"
        meetings = [m for m in hearings.meetings(case=args.case) if m.status == wanted]
        if not meetings:
            print(f"loket: case {args.case} has no {wanted} meeting", file=sys.stderr)
            return 2
        if args.kind == "minutes":
            printed = printing.print_minutes(actor, meetings[-1].uuid, issue=args.issue)
        elif args.kind == "attendance":
            printed = printing.print_attendance(actor, meetings[0].uuid)
        else:
            party = args.kind.removeprefix("summons-")
            printed = _asking_secret(
                lambda secret: printing.print_invitation(
                    actor, meetings[0].uuid, party, issue=args.issue, via=args.via, secret=secret
                )
            )
    elif args.kind == "receipt":
        if args.paper not in (None, "a5", "thermal"):
            print("loket: a receipt is printed on a5 or thermal paper", file=sys.stderr)
            return 2
        printed = printing.print_receipt(actor, args.case, args.paper or "a5")
    else:
        if args.paper not in (None, "a4", "f4"):
            print("loket: a letter is printed on a4 or f4 paper", file=sys.stderr)
            return 2
        printed = _asking_secret(
            lambda secret: printing.print_letter(
                actor,
                args.case,
                args.kind.replace("-", "_"),
                args.paper,
                issue=args.issue,
                via=args.via,
                secret=secret,
            )
        )
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(printed.pdf)
    if printed.draft:
        print(f"{args.out} (KONSEP: not issued; --issue gives it its number)")
    elif printed.is_copy:
        print(f"{args.out} (SALINAN of {printed.number})")
    elif args.issue:
        print(f"{args.out} (issued: {printed.number})")
    else:
        print(args.out)
    return 0


def _asking_secret(issue):
    """``issue(secret)`` as the window does it: with the key's passphrase or PIN from the
    keyring, else asked once (a wrong one is refused in one line, nothing numbered)."""
    try:
        return issue(None)
    except DomainError as e:
        if e.code != "signing.no_secret":
            raise
    return issue(_ask_secret("passphrase or PIN of the signing key: ") or None)


def _letters(args: argparse.Namespace) -> int:
    from desktop.services import letters

    if args.letters_command in ("register", "register-out"):
        from desktop.services import outgoing

        _open(args)
        if args.end < args.start:
            print("loket: --to comes before --from", file=sys.stderr)
            return 2
        args.out.parent.mkdir(parents=True, exist_ok=True)
        if args.letters_command == "register":
            args.out.write_bytes(letters.register_pdf(args.start, args.end))
        else:
            args.out.write_bytes(outgoing.register_pdf(args.start, args.end, args.find))
        print(args.out)
        return 0

    from desktop.domain.messages import render
    from desktop.scanning.files import FileRefused, printable, read_file

    lang = getattr(args, "lang", "id")
    scans = []
    for path in args.files:  # checked before anything is opened: a device or a FIFO at once
        try:
            scans.append((path.name, read_file(path)))
        except FileRefused as e:
            refusal = render(e.code, lang, **e.params)
            print(f"loket: {printable(path.name)}: {refusal}", file=sys.stderr)
            return 2
    _open(args)
    actor = _office_actor(args.user)
    done = letters.register_letter(
        actor,
        letters.LetterForm(
            sender_name=args.sender,
            subject=args.subject,
            letter_no=args.letter_no,
            received_via=args.via,
        ),
        scans,
    )
    print(done.agenda_no)
    if done.removed:
        from desktop.services.attachments import removed_note

        print(removed_note(done.removed, lang))
    return _read_letter(letters, done.uuid, lang)


def _read_letter(letters, letter_uuid: str, lang: str) -> int:
    """OCR after the letter is registered: a failure leaves it registered and says why."""
    from desktop.scanning.ocr import OcrFailed

    try:
        letters.read_letter_text(letter_uuid)
    except (OcrFailed, OSError) as e:
        print(f"loket: {letters.ocr_failure(e, lang)}", file=sys.stderr)
        return 1
    return 0


def _schedule(args: argparse.Namespace) -> int:
    import datetime as dt

    from desktop.services import hearings

    _open(args)
    start = end = args.date
    if args.week:
        start = args.date - dt.timedelta(days=args.date.weekday())
        end = start + dt.timedelta(days=4)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(hearings.schedule_pdf(start, end))
    print(args.out)
    return 0


def _report(args: argparse.Namespace) -> int:
    from desktop.services import reports

    _open(args)
    actor = _office_actor(args.user)
    pdf = reports.recap_pdf(actor, args.start, args.end)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(pdf)
    print(args.out)
    return 0


def _dashboard(args: argparse.Namespace) -> int:
    """The dashboard's figures as text: what its charts show, for a script or a report."""
    from desktop.domain.messages import label
    from desktop.services import dashboard

    actor = _signed_in(args)
    board = dashboard.dashboard(actor, args.start, args.end)
    lang = getattr(args, "lang", "id")

    def section(title: str, rows: list[tuple]) -> None:
        print(f"\n{title}")
        for row in rows or [("-",)]:
            print("  " + "\t".join(str(v) for v in row))

    print(f"{args.start:%d-%m-%Y} – {args.end:%d-%m-%Y}")
    section(
        f"received per {board.bucket} (" + ", ".join(f"{b:%d-%m-%Y}" for b in board.buckets) + ")",
        [(label("channel", c, lang), *counts) for c, counts in board.received.items()],
    )
    bands = [f"{lo}-{hi}" if hi is not None else f">{lo - 1}" for lo, hi in dashboard.AGE_BANDS]
    section(
        "open, by stage and working days since received",
        [(label("status", b.status, lang), bands[b.band], b.cases) for b in board.backlog],
    )
    section(
        "finished on time, per stage (on time, finished)",
        [(label("status", r.name, lang), r.on_time, r.finished) for r in board.on_time_by_stage],
    )
    section(
        "finished on time, per officer (on time, finished)",
        [(r.name, r.on_time, r.finished) for r in board.on_time_by_officer],
    )
    section(
        "sectors (cases, complainants)",
        [(label("sector", s, lang), n, p) for s, n, p in board.sectors],
    )
    section("business actors complained about most (cases, complainants)", board.businesses)
    section(
        "outcomes of the cases closed", [(label("outcome", o, lang), n) for o, n in board.outcomes]
    )
    section("forwarded to", [(agency_code(code), n) for code, _name, n in board.forwarded])
    return 0


def _person(args: argparse.Namespace) -> int:
    from desktop.services import person

    actor = _signed_in(args)
    done = person.export(actor, args.nik)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_bytes(done.pdf)
    print(f"{args.out}: {done.cases} complaints, {done.visits} visits")
    return 0


def _retention(args: argparse.Namespace) -> int:
    from desktop.domain.formatting import short_date
    from desktop.services import retention

    actor = _signed_in(args)
    lang = getattr(args, "lang", "id")
    planned = retention.plan(actor)
    print(
        f"retention: {planned.years} years after closing; cases closed on or before "
        f"{short_date(planned.cutoff, lang)} are due"
    )
    if args.dry_run:
        for item in planned.due:
            print(f"{item.reg_no}  closed {short_date(item.closed_on, lang)}")
        for item in planned.held:
            print(f"{item.reg_no}  closed {short_date(item.closed_on, lang)}  held: not yet sent")
        print(f"{len(planned.due)} case(s) would be anonymised, {len(planned.held)} held back")
        return 0
    done = retention.apply(actor, planned=planned)
    for reg_no in done.cases:
        print(f"{reg_no}  anonymised")
    print(
        f"{len(done.cases)} case(s) anonymised, {done.people} person record(s) blanked, "
        f"{done.files} file(s) removed, {len(done.held)} held back"
    )
    return 0


def _verify(args: argparse.Namespace) -> int:
    from desktop.domain.messages import render
    from desktop.scanning.files import FileRefused, read_file
    from desktop.services import esign

    lang = getattr(args, "lang", "id")
    try:  # an ordinary file within the limit, read in chunks: not a device, a pipe or 2 GB
        pdf = read_file(args.file)
    except FileRefused as e:  # one file: the sentence names it where it needs to
        print(f"loket: {render(e.code, lang, **e.params)}", file=sys.stderr)
        return 2
    _open(args)
    checked = esign.verify(pdf, args.ca or None)
    if checked.ok:
        print(render("verify.ok", lang, **checked.params))
        if checked.verdict.timestamped_at is not None:
            print(render("verify.timestamped", lang, **checked.params))
        return 0
    print(f"loket: {render(checked.problem, lang, **checked.params)}", file=sys.stderr)
    return 1


def _ask_secret(prompt: str) -> str:
    """A passphrase or PIN: asked on the terminal, or one line of standard input when piped."""
    import getpass

    if sys.stdin.isatty():
        return getpass.getpass(prompt)
    return sys.stdin.readline().rstrip("\n")


def _signing(args: argparse.Namespace) -> int:
    from desktop.services import esign

    actor = _signed_in(args)
    source = "pkcs11" if args.pkcs11 else "pkcs12"
    esign.choose(
        actor,
        args.mode,
        source=source,
        path=args.pkcs11 or args.pkcs12,
        token=args.token,
        key=args.key,
        trust_roots=args.ca,
        tsa_url=args.tsa,
    )
    if args.remember and args.mode == "electronic":
        esign.remember_secret(_ask_secret("passphrase or PIN of the signing key: "))
    print(f"signature: {args.mode}")
    return 0


def _send(args: argparse.Namespace) -> int:
    from desktop.domain.messages import render
    from desktop.services import delivery

    actor = _signed_in(args)
    lang = getattr(args, "lang", "id")
    parties = {"business": args.business} if args.business else {}
    if args.consumer:
        known = delivery.addresses(args.number)
        if "consumer" not in known:
            print(f"loket: the consumer of {args.number} gave no e-mail address", file=sys.stderr)
            return 2
        parties["consumer"] = known["consumer"]
    sent = delivery.send_letter(actor, args.number, [*parties.values(), *args.to], parties=parties)
    if sent.to:
        print(render("mail.sent", lang, number=sent.number, to=", ".join(sent.to)))
    for failure in sent.failed:
        print(f"loket: {failure.message(lang)}", file=sys.stderr)
    return 1 if sent.failed else 0


def _mail(args: argparse.Namespace) -> int:
    from desktop.services import delivery

    actor = _signed_in(args)
    delivery.configure(
        actor, args.host, args.port, args.security, args.username, args.sender, args.ca_bundle
    )
    if args.remember:
        delivery.remember_password(_ask_secret(f"password of {args.username}@{args.host}: "))
    print(f"mail: {args.security} {args.host}:{args.port}")
    return 0


def _export(args: argparse.Namespace) -> int:
    from desktop.services import exports
    from desktop.services.queries import CaseQuery

    actor = _signed_in(args)
    query = None
    if args.what == "cases":
        query = CaseQuery(
            text=args.text,
            status=args.status,
            sector=args.sector,
            channel=args.channel,
            received_from=args.start,
            received_to=args.end,
        )
    done = exports.export(
        actor,
        args.what,
        args.out,
        start=args.start,
        end=args.end,
        query=query,
        personal=args.personal,
    )
    print(f"{done.rows} rows: {done.path}")
    return 0


def _screenshot(args: argparse.Namespace) -> int:
    from desktop.gui.screenshot import render

    data_dir = getattr(args, "data_dir", None) or store_db.default_data_dir()
    signed_in = None
    if args.view not in ("setup", "sign-in"):  # the window of a signed-in person
        if not args.user:
            raise DomainError("cli.user_required")
        signed_in = (args.user, password(args.user))
    render(
        data_dir, args.view, args.out, *args.size, lang=getattr(args, "lang", "id"), user=signed_in
    )
    print(args.out)
    return 0


def _gui(args: argparse.Namespace) -> int:
    import os

    from desktop.gui.app import run

    data_dir = getattr(args, "data_dir", None) or store_db.default_data_dir()
    if data_dir.exists() and not data_dir.is_dir():
        raise SystemExit(f"loket: {data_dir} is a file, not a data folder")
    if (
        sys.platform.startswith("linux")
        and not os.environ.get("QT_QPA_PLATFORM")
        and not os.environ.get("DISPLAY")
        and not os.environ.get("WAYLAND_DISPLAY")
    ):
        print(
            "loket: there is no display; run it under xvfb-run, or set QT_QPA_PLATFORM=offscreen",
            file=sys.stderr,
        )
        return 2
    return run(data_dir, getattr(args, "lang", None))


def main(argv: Sequence[str] | None = None) -> int:
    parser = _parser()
    args = parser.parse_args(argv)
    lang = getattr(args, "lang", "id")
    commands = {
        "demo": _demo,
        "encrypt": _encrypt,
        "recovery-key": _recovery_key,
        "check": _check,
        "office": _office,
        "backup": _backup,
        "backup-key": _backup_key,
        "restore": _restore,
        "access": _access,
        "find": _find,
        "screenshot": _screenshot,
        "print": _print,
        "letters": _letters,
        "schedule": _schedule,
        "report": _report,
        "export": _export,
        "person": _person,
        "retention": _retention,
        "dashboard": _dashboard,
        "sync": _sync,
        "verify": _verify,
        "signing": _signing,
        "send": _send,
        "mail": _mail,
        None: _gui,
    }
    try:
        _refuse_folder_only(args)
        _unlock(args)
        done = commands[args.command](args)
        if args.command is not None:  # the window's setup shows it itself
            recovery = keys.take_unshown(_data_dir(args))
            if recovery:  # this command made the folder
                _show_recovery_key(recovery, _data_dir(args))
        return done
    except DomainError as e:
        print(f"loket: {e.message(lang)}", file=sys.stderr)
        return 2
    except store_db.DATABASE_ERRORS as e:
        plain = store_db.plain(e)  # a damaged file or a full disk, in words
        if isinstance(plain, DomainError):
            print(f"loket: {plain.message(lang)}", file=sys.stderr)
        else:
            print(f"loket: the database cannot be used: {e}", file=sys.stderr)
        return 2
    except OSError as e:
        print(f"loket: {e.strerror or e}: {e.filename or ''}".rstrip(": "), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    raise SystemExit(main())
