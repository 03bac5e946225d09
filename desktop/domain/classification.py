"""How cases are classified, and the agencies out-of-scope cases are forwarded to.

Codes are stored; labels live in the message catalogue (``label.<kind>.<code>``). Which agency a
sector's cases go to by default is reference data in the database (migration 0019), edited by
admins in Settings.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class ReportType(StrEnum):
    COMPLAINT = "complaint"  # pengaduan
    QUESTION = "question"  # pertanyaan
    INFORMATION = "information"  # informasi


class Channel(StrEnum):
    WALK_IN = "walk_in"
    POST = "post"
    WHATSAPP = "whatsapp"
    EMAIL = "email"
    WEBSITE = "website"

    @property
    def arrives_at_desk(self) -> bool:
        """The desk registers walk-ins and letters itself; the rest come from the central server."""
        return self in (Channel.WALK_IN, Channel.POST)


class Sector(StrEnum):
    FOOD_DRUGS = "food_drugs"
    ELECTRONICS_VEHICLES = "electronics_vehicles"
    FINANCIAL = "financial"
    TOURISM = "tourism"
    HOUSING = "housing"
    ENERGY = "energy"  # electricity and gas
    TELECOM = "telecom"
    HEALTH = "health"
    TRANSPORT = "transport"
    ECOMMERCE = "ecommerce"
    LOGISTICS = "logistics"
    OTHER = "other"


class TransactionMode(StrEnum):
    ONLINE = "online"
    OFFLINE = "offline"


class BusinessKind(StrEnum):
    SHOP = "shop"
    MARKETPLACE_SELLER = "marketplace_seller"
    COMPANY = "company"
    PLATFORM = "platform"


class Demand(StrEnum):
    REFUND = "refund"
    REPLACEMENT = "replacement"
    REPAIR = "repair"
    COMPENSATION = "compensation"
    OTHER = "other"


class HandedDocument(StrEnum):
    KTP_COPY = "ktp_copy"
    PROOF_OF_PURCHASE = "proof_of_purchase"
    PHOTOS = "photos"
    CORRESPONDENCE = "correspondence"
    OTHER = "other"


class PaymentMethod(StrEnum):
    CASH = "cash"
    BANK_TRANSFER = "bank_transfer"
    E_WALLET = "e_wallet"
    CARD = "card"
    CASH_ON_DELIVERY = "cod"
    PAYLATER = "paylater"
    OTHER = "other"


class OtherVenue(StrEnum):
    """Where else the same dispute may already be; a case there is not processed (not_processed)."""

    BPSK = "bpsk"
    COURT = "court"
    POLICE = "police"


@dataclass(frozen=True)
class Agency:
    code: str
    name: str
    handles: str  # what it is competent for, in Indonesian, shown when choosing


DEFAULT_AGENCIES: tuple[Agency, ...] = (
    Agency("OJK", "Otoritas Jasa Keuangan", "Jasa keuangan: bank, asuransi, pembiayaan, pinjol"),
    Agency(
        "LAPS_SJK",
        "Lembaga Alternatif Penyelesaian Sengketa Sektor Jasa Keuangan",
        "Sengketa jasa keuangan yang tidak selesai di pelaku usaha jasa keuangan",
    ),
    Agency("BI", "Bank Indonesia", "Sistem pembayaran, uang elektronik, transfer dana"),
    Agency("BPOM", "Badan Pengawas Obat dan Makanan", "Obat, makanan, kosmetik"),
    Agency("KOMDIGI", "Kementerian Komunikasi dan Digital", "Telekomunikasi dan situs web"),
    Agency("KEMENHUB", "Kementerian Perhubungan", "Transportasi"),
    Agency("KEMENKES", "Kementerian Kesehatan", "Layanan kesehatan"),
    Agency("PUPR", "Kementerian Pekerjaan Umum dan Perumahan Rakyat", "Perumahan"),
    Agency("ESDM", "Kementerian Energi dan Sumber Daya Mineral", "Listrik, gas, BBM"),
    Agency("POLRI", "Kepolisian Negara Republik Indonesia", "Penipuan dan tindak pidana"),
    Agency(
        "BPSK",
        "Badan Penyelesaian Sengketa Konsumen kabupaten/kota konsumen",
        "Sengketa yang perlu diputus (ajudikasi)",
    ),
)
