"""The tables. Every record has a desk-minted UUID beside its local integer id; records point to
each other by UUID so that history events and sync speak the same language as the rows.

Schema changes go through ``migrations/`` only; ``tests/test_store.py`` checks that the
migrated schema has exactly the columns these models declare.
"""

from __future__ import annotations

import datetime as dt
import uuid

from peewee import (
    AutoField,
    BooleanField,
    CharField,
    CompositeKey,
    DatabaseProxy,
    DateField,
    DateTimeField,
    ForeignKeyField,
    IntegerField,
    Model,
    Node,
    PostgresqlDatabase,
    TextField,
)
from playhouse.sqlite_ext import FTS5Model, SearchField
from playhouse.sqlite_ext import JSONField as SqliteJSONField

database = DatabaseProxy()


class JSONField(SqliteJSONField):
    """JSON kept as text on both engines. SQLite's field wraps each value in SQLite's own
    ``json()``; PostgreSQL (office mode) has no such function and is given the text as it is,
    written as ``json()`` would write it (no spaces)."""

    def db_value(self, value):
        if value is None or isinstance(value, Node) or database.obj is None:
            return super().db_value(value)
        if isinstance(database.obj, PostgresqlDatabase):
            return self._json_dumps(value, separators=(",", ":"))
        return super().db_value(value)


def new_uuid() -> str:
    return str(uuid.uuid4())


def utcnow() -> dt.datetime:
    """Stored times are UTC without a zone; the office's local day comes from domain.workdays."""
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


class BaseModel(Model):
    class Meta:
        database = database
        legacy_table_names = False


class Setting(BaseModel):
    key = CharField(primary_key=True)
    value = JSONField()


class Sequence(BaseModel):
    """The last number handed out per numbering sequence (see domain.numbering)."""

    key = CharField(primary_key=True)
    value = IntegerField()


class Staff(BaseModel):
    id = AutoField()
    uuid = CharField(unique=True, default=new_uuid)
    username = CharField(unique=True)
    full_name = CharField()
    nip = CharField(default="")
    roles = CharField()  # comma-separated domain.workflow.Role values
    password_hash = CharField()
    active = BooleanField(default=True)
    failed_attempts = IntegerField(default=0)
    locked_until = DateTimeField(null=True)  # after too many wrong tries
    locked = BooleanField(default=False)  # by an admin, until an admin unlocks it
    must_change_password = BooleanField(default=False)  # an admin reset it
    created_at = DateTimeField(default=utcnow)


class Complainant(BaseModel):
    id = AutoField()
    uuid = CharField(unique=True, default=new_uuid)
    name = CharField()
    nik = CharField(default="", index=True)
    birth_date = DateField(null=True)
    sex = CharField(default="")
    phone = CharField(default="", index=True)
    email = CharField(default="")
    address = TextField(default="")
    rt = CharField(default="")
    rw = CharField(default="")
    kelurahan = CharField(default="")
    kecamatan = CharField(default="")
    city = CharField(default="")
    province = CharField(default="")
    postal_code = CharField(default="")
    created_at = DateTimeField(default=utcnow)


class BusinessActor(BaseModel):
    id = AutoField()
    uuid = CharField(unique=True, default=new_uuid)
    name = CharField()
    name_key = CharField(index=True)  # lower-case, single-spaced: how duplicates are found
    kind = CharField()
    address = TextField(default="")
    phone = CharField(default="")
    website = CharField(default="")
    npwp = CharField(default="")
    created_at = DateTimeField(default=utcnow)
    blocking_recommended = DateField(null=True)  # the date Komdigi was asked to stop the site


class Agency(BaseModel):
    """Where out-of-scope cases are forwarded: editable reference data."""

    code = CharField(primary_key=True)
    name = CharField()
    handles = TextField(default="")
    active = BooleanField(default=True)
    # where its letters go, in parts (migration 0019), and the sectors whose out-of-scope cases
    # go to it unless the analyst chooses another (comma-separated Sector codes)
    building = TextField(default="")
    street = TextField(default="")
    city = TextField(default="")
    province = TextField(default="")
    postal_code = TextField(default="")
    sectors = TextField(default="")


class BpskOffice(BaseModel):
    """A consumer dispute settlement body (BPSK) of a regency or city: editable reference data,
    the office a consumer is referred to when mediation does not settle the dispute."""

    code = CharField(primary_key=True)
    name = CharField()
    city = CharField()  # "Kota Bandung", "Kabupaten Sleman"; empty for a province's own
    province = CharField()
    address = TextField()
    active = BooleanField(default=True)


class Case(BaseModel):
    """A projection of the case's history events (domain.case_state): never edited directly."""

    id = AutoField()
    uuid = CharField(unique=True)
    reg_no = CharField(unique=True)
    channel = CharField()
    report_type = CharField()
    complainant = ForeignKeyField(Complainant, field="uuid", index=True)
    business = ForeignKeyField(BusinessActor, field="uuid", index=True)
    letter = CharField(null=True)
    product = CharField()
    sector = CharField(index=True)
    transaction_mode = CharField()
    transaction_date = DateField(null=True)
    transaction_value = IntegerField(null=True)
    payment_method = CharField(default="")
    complained_to_business = BooleanField(default=False)
    complained_at = DateField(null=True)
    business_answer = TextField(default="")
    chronology = TextField()
    demands = JSONField(default=list)
    demand_detail = TextField(default="")
    documents = JSONField(default=list)
    registered_by = ForeignKeyField(Staff, field="uuid", index=True)
    received_at = DateTimeField(index=True)
    status = CharField()
    stage_due = DateField(null=True)
    paused_since = DateField(null=True)
    in_scope = BooleanField(null=True)
    scope_reason = TextField(default="")
    clarification_mode = CharField(null=True)
    agency = ForeignKeyField(Agency, null=True)
    outcome = CharField(null=True)
    outcome_note = TextField(default="")
    closed_at = DateTimeField(null=True)
    answer_received = DateField(null=True)
    blocking_recommended = DateField(null=True)
    officer = ForeignKeyField(Staff, field="uuid", null=True, index=False)  # responsible now
    anonymised = DateField(null=True)  # personal data removed at the end of retention (0021)
    updated_at = DateTimeField()
    version = IntegerField()

    class Meta:
        indexes = (
            (("status", "stage_due", "received_at"), False),  # migration 0008
            (("channel", "received_at"), False),
            # the recap of a period reads these alone (migration 0007)
            (("sector", "channel", "received_at", "status", "transaction_value"), False),
            (("outcome", "agency", "closed_at"), False),
            # the dashboard's sectors and business actors, per case and per person (0012)
            (("received_at", "sector", "business", "complainant"), False),
            (("officer", "status", "stage_due"), False),  # "Kasus saya" (0017)
            # a case's neighbours among its person's cases in its sector (0020)
            (("complainant", "sector", "received_at"), False),
        )


class HistoryEvent(BaseModel):
    """An immutable record of one change: what sync sends and what the timeline shows."""

    id = AutoField()
    uuid = CharField(unique=True, default=new_uuid)
    case = ForeignKeyField(Case, field="uuid", null=True, index=True)
    kind = CharField(index=True)
    payload = JSONField()
    actor = ForeignKeyField(Staff, field="uuid", null=True)
    at = DateTimeField()
    # pending, uploading, synced, conflict or rejected; "local" for events of no case
    sync_status = CharField(default="pending", index=True)
    sync_answer = TextField(default="")  # the server's answer (JSON) when it was not a yes
    # SHA-256 of the event and of the one before it in its chain (domain/chain.py)
    hash = CharField(default="")


class Visitor(BaseModel):
    id = AutoField()
    uuid = CharField(unique=True, default=new_uuid)
    name = CharField()
    nik = CharField(default="")
    phone = CharField(default="")
    purpose = CharField()
    note = TextField(default="")
    time_in = DateTimeField(index=True)
    time_out = DateTimeField(null=True)
    case = ForeignKeyField(Case, field="uuid", null=True)
    signed_in_by = ForeignKeyField(Staff, field="uuid")
    # Present for a meeting of the day (a Hearing's uuid) as the "consumer" or "business" party.
    hearing = CharField(null=True, column_name="hearing_id", index=True)
    party = CharField(default="")


class VisitorCase(BaseModel):
    """Every case a visitor started on one visit (a visitor may file more than one)."""

    visitor = ForeignKeyField(Visitor, field="uuid", index=True)
    case = ForeignKeyField(Case, field="uuid")

    class Meta:
        primary_key = CompositeKey("visitor", "case")


class IncomingLetter(BaseModel):
    id = AutoField()
    uuid = CharField(unique=True, default=new_uuid)
    agenda_no = CharField(unique=True)
    letter_no = CharField(default="")
    letter_date = DateField(null=True)
    received_at = DateTimeField(index=True)
    received_via = CharField()
    sender_name = CharField()
    sender_address = TextField(default="")
    subject = TextField(default="")
    pages = IntegerField(default=1)
    enclosures = IntegerField(default=0)
    case = ForeignKeyField(Case, field="uuid", null=True)
    registered_by = ForeignKeyField(Staff, field="uuid")


class Attachment(BaseModel):
    """A file in the content-addressed store beside the database, by its SHA-256."""

    id = AutoField()
    uuid = CharField(unique=True, default=new_uuid)
    sha256 = CharField(index=True)
    name = CharField()
    mime = CharField()
    size = IntegerField()
    case = ForeignKeyField(Case, field="uuid", null=True)
    letter = ForeignKeyField(IncomingLetter, field="uuid", null=True)
    created_at = DateTimeField(default=utcnow)
    created_by = ForeignKeyField(Staff, field="uuid")
    uploaded = BooleanField(default=False)  # the central server holds the file
    removed = TextField(default="")  # what neutralising took out, codes separated by commas


class Hearing(BaseModel):
    id = AutoField()
    uuid = CharField(unique=True, default=new_uuid)
    case = ForeignKeyField(Case, field="uuid", index=True)
    kind = CharField()  # clarification or mediation
    starts_at = DateTimeField(index=True)
    ends_at = DateTimeField()
    room = CharField()
    mediator = ForeignKeyField(Staff, field="uuid", null=True)
    status = CharField(default="planned")  # planned, held, postponed, cancelled
    result = CharField(null=True)  # once held: agreement, no_agreement or absent
    result_note = TextField(default="")  # the terms agreed, or what was said
    absent = CharField(default="")  # consumer, business or both, when result is absent
    held_at = DateTimeField(null=True)


class AgreementTerm(BaseModel):
    """One dated term of an agreement reached in a meeting (domain.agreements)."""

    id = AutoField()
    uuid = CharField(unique=True, default=new_uuid)
    case = ForeignKeyField(Case, field="uuid", index=True)
    hearing = CharField(column_name="hearing_id")
    text = TextField()
    due = DateField()
    state = CharField(default="open")  # open, fulfilled or unfulfilled
    note = TextField(default="")
    recorded_at = DateTimeField(null=True)

    class Meta:
        indexes = ((("state", "due"), False),)


class PrintedDocument(BaseModel):
    id = AutoField()
    uuid = CharField(unique=True, default=new_uuid)
    kind = CharField()
    number = CharField(default="")
    case = ForeignKeyField(Case, field="uuid", null=True, index=True)
    sha256 = CharField()
    is_copy = BooleanField(default=False)
    printed_by = ForeignKeyField(Staff, field="uuid")
    printed_at = DateTimeField()


class IssuedLetter(BaseModel):
    """An outgoing letter as it was issued (agenda surat keluar): its number, taken once; what it
    said and who signed it, kept so that a reprint is a SALINAN of the same letter; the SHA-256
    of the issued PDF (stored in the file store), by which a letter handed back is recognised."""

    id = AutoField()
    uuid = CharField(unique=True, default=new_uuid)
    number = CharField(unique=True)
    kind = CharField()  # clarification, reminder, forwarding, blocking, invitation_*, minutes…
    case = ForeignKeyField(Case, field="uuid", null=True, index=True)
    hearing = CharField(null=True, column_name="hearing_id")  # a meeting's papers: its uuid
    issued_on = DateField(index=True)  # the office day the letter is dated
    issued_at = DateTimeField()
    issued_by = ForeignKeyField(Staff, field="uuid")
    subject = TextField(default="")
    addressee = TextField(default="")  # the address block, one line a line
    signatory_name = CharField(default="")
    signatory_position = CharField(default="")
    signatory_nip = CharField(default="")
    signatory_on_behalf = CharField(default="")
    signature = CharField(default="wet")  # wet, or electronic once signed
    sent_via = CharField(default="")  # how it left: post, hand, courier, email (comma-separated)
    sha256 = CharField(index=True)  # of the issued PDF
    signed_sha256 = CharField(default="", index=True)  # of the electronically signed PDF
    content = JSONField(default=dict)  # what was rendered, so a reprint is the same letter


class StageExit(BaseModel):
    """A stage a case left, and whether by its due date: written by a trigger on the history
    (migration 0012) for every transition, never by the application; the dashboard reads it."""

    id = AutoField()
    case = CharField(column_name="case_id")  # the case's UUID
    stage = CharField()
    left_at = DateTimeField()
    actor = CharField(null=True, column_name="actor_id")  # who moved the case on
    on_time = IntegerField()  # 1 when left on or before the due date

    class Meta:
        indexes = ((("left_at", "stage", "actor", "on_time"), False),)


class CaseSearch(FTS5Model):
    """Full-text index over cases; its rowid is ``Case.id``."""

    reg_no = SearchField()
    complainant = SearchField()
    identifiers = SearchField()  # NIK, phone in both +62 and 0 forms, e-mail
    business = SearchField()
    product = SearchField()
    chronology = SearchField()

    class Meta:
        database = database
        table_name = "case_search"
        options = {"tokenize": "unicode61 remove_diacritics 2", "prefix": "2 3"}


class CaseParts(FTS5Model):
    """The parts of a complainant's name, NIK and phone (trigrams); its rowid is ``Case.id``."""

    name = SearchField()
    numbers = SearchField()  # NIK and the phone in its local form (0812…), digits only

    class Meta:
        database = database
        table_name = "case_parts"
        options = {"tokenize": "trigram"}


class LetterSearch(FTS5Model):
    """Full-text index over incoming letters; its rowid is ``IncomingLetter.id``."""

    agenda_no = SearchField()
    sender = SearchField()
    subject = SearchField()
    text = SearchField()  # read from the scans by OCR, when Tesseract is there

    class Meta:
        database = database
        table_name = "letter_search"
        options = {"tokenize": "unicode61 remove_diacritics 2", "prefix": "2 3"}


TABLES = (
    Setting,
    Sequence,
    Staff,
    Complainant,
    BusinessActor,
    Agency,
    BpskOffice,
    Case,
    HistoryEvent,
    Visitor,
    VisitorCase,
    IncomingLetter,
    Attachment,
    Hearing,
    AgreementTerm,
    PrintedDocument,
    IssuedLetter,
    StageExit,
    CaseSearch,
    CaseParts,
)
