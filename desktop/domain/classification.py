"""How cases are classified, and the agencies out-of-scope cases are forwarded to.

Codes are stored; labels live in the message catalogue (``label.<kind>.<code>``). Which agency a
sector's cases go to by default is reference data in the database (migration 0019), edited by
admins in Settings.
"""

from __future__ import annotations

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
