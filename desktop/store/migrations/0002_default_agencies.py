"""The agencies that out-of-scope cases are forwarded to (docs/architecture.md, "The procedure").

Reference data that admins edit afterwards; frozen here as it was first shipped.
"""

AGENCIES = [
    ("OJK", "Otoritas Jasa Keuangan", "Jasa keuangan: bank, asuransi, pembiayaan, pinjol"),
    (
        "LAPS_SJK",
        "Lembaga Alternatif Penyelesaian Sengketa Sektor Jasa Keuangan",
        "Sengketa jasa keuangan yang tidak selesai di pelaku usaha jasa keuangan",
    ),
    ("BI", "Bank Indonesia", "Sistem pembayaran, uang elektronik, transfer dana"),
    ("BPOM", "Badan Pengawas Obat dan Makanan", "Obat, makanan, kosmetik"),
    ("KOMDIGI", "Kementerian Komunikasi dan Digital", "Telekomunikasi dan situs web"),
    ("KEMENHUB", "Kementerian Perhubungan", "Transportasi"),
    ("KEMENKES", "Kementerian Kesehatan", "Layanan kesehatan"),
    ("PUPR", "Kementerian Pekerjaan Umum dan Perumahan Rakyat", "Perumahan"),
    ("ESDM", "Kementerian Energi dan Sumber Daya Mineral", "Listrik, gas, BBM"),
    ("POLRI", "Kepolisian Negara Republik Indonesia", "Penipuan dan tindak pidana"),
    (
        "BPSK",
        "Badan Penyelesaian Sengketa Konsumen kabupaten/kota konsumen",
        "Sengketa yang perlu diputus (ajudikasi)",
    ),
]


def up(migrator, db):
    for code, name, handles in AGENCIES:
        db.execute_sql(
            'INSERT OR IGNORE INTO "agency" (code, name, handles, address, active) '
            "VALUES (?, ?, ?, '', 1)",
            (code, name, handles),
        )
