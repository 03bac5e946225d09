"""The BPSK (Badan Penyelesaian Sengketa Konsumen) offices a consumer is referred to when
mediation ends without an agreement, or an agreement is not kept: editable reference data, one
row per regency or city. The seed is a starting set; the office checks the addresses and keeps
them up to date (they change when a regency moves its offices)."""

SEED = [
    (
        "BPSK-JKT",
        "BPSK Provinsi DKI Jakarta",
        "",
        "DKI Jakarta",
        "Jl. Perintis Kemerdekaan No. 1, Kelapa Gading, Jakarta Utara 14250",
    ),
    (
        "BPSK-BDG",
        "BPSK Kota Bandung",
        "Kota Bandung",
        "Jawa Barat",
        "Jl. Wastukencana No. 2, Babakan Ciamis, Sumur Bandung, Bandung 40117",
    ),
    (
        "BPSK-BGR",
        "BPSK Kota Bogor",
        "Kota Bogor",
        "Jawa Barat",
        "Jl. Ir. H. Juanda No. 10, Pabaton, Bogor Tengah, Bogor 16121",
    ),
    (
        "BPSK-BKS",
        "BPSK Kota Bekasi",
        "Kota Bekasi",
        "Jawa Barat",
        "Jl. Ir. H. Juanda No. 100, Margahayu, Bekasi Timur, Bekasi 17113",
    ),
    (
        "BPSK-TNG",
        "BPSK Kota Tangerang",
        "Kota Tangerang",
        "Banten",
        "Jl. Satria Sudirman No. 1, Sukaasih, Tangerang 15111",
    ),
    (
        "BPSK-SMG",
        "BPSK Kota Semarang",
        "Kota Semarang",
        "Jawa Tengah",
        "Jl. Pemuda No. 148, Sekayu, Semarang Tengah, Semarang 50132",
    ),
    (
        "BPSK-SKA",
        "BPSK Kota Surakarta",
        "Kota Surakarta",
        "Jawa Tengah",
        "Jl. Jenderal Sudirman No. 2, Kampung Baru, Pasar Kliwon, Surakarta 57111",
    ),
    (
        "BPSK-YKT",
        "BPSK Kota Yogyakarta",
        "Kota Yogyakarta",
        "DI Yogyakarta",
        "Jl. Kenari No. 56, Muja Muju, Umbulharjo, Yogyakarta 55165",
    ),
    (
        "BPSK-SLM",
        "BPSK Kabupaten Sleman",
        "Kabupaten Sleman",
        "DI Yogyakarta",
        "Jl. Parasamya, Beran, Tridadi, Sleman 55511",
    ),
    (
        "BPSK-SBY",
        "BPSK Kota Surabaya",
        "Kota Surabaya",
        "Jawa Timur",
        "Jl. Jimerto No. 25-27, Ketabang, Genteng, Surabaya 60272",
    ),
    (
        "BPSK-MLG",
        "BPSK Kota Malang",
        "Kota Malang",
        "Jawa Timur",
        "Jl. Tugu No. 1, Kiduldalem, Klojen, Malang 65119",
    ),
    (
        "BPSK-DPS",
        "BPSK Kota Denpasar",
        "Kota Denpasar",
        "Bali",
        "Jl. Gajah Mada No. 1, Dauh Puri Kangin, Denpasar Barat, Denpasar 80112",
    ),
    (
        "BPSK-MDN",
        "BPSK Kota Medan",
        "Kota Medan",
        "Sumatera Utara",
        "Jl. Kapten Maulana Lubis No. 2, Petisah Tengah, Medan Petisah, Medan 20112",
    ),
    (
        "BPSK-PLG",
        "BPSK Kota Palembang",
        "Kota Palembang",
        "Sumatera Selatan",
        "Jl. Merdeka No. 1, Talang Semut, Bukit Kecil, Palembang 30135",
    ),
    (
        "BPSK-PDG",
        "BPSK Kota Padang",
        "Kota Padang",
        "Sumatera Barat",
        "Jl. Bagindo Aziz Chan No. 1, Aie Pacah, Koto Tangah, Padang 25176",
    ),
    (
        "BPSK-BTM",
        "BPSK Kota Batam",
        "Kota Batam",
        "Kepulauan Riau",
        "Jl. Engku Putri No. 1, Teluk Tering, Batam Kota, Batam 29461",
    ),
    (
        "BPSK-MKS",
        "BPSK Kota Makassar",
        "Kota Makassar",
        "Sulawesi Selatan",
        "Jl. Ahmad Yani No. 2, Bulo Gading, Ujung Pandang, Makassar 90111",
    ),
    (
        "BPSK-BPN",
        "BPSK Kota Balikpapan",
        "Kota Balikpapan",
        "Kalimantan Timur",
        "Jl. Jenderal Sudirman No. 1, Klandasan Ulu, Balikpapan Kota, Balikpapan 76112",
    ),
]


def up(migrator, db):
    db.execute_sql(
        'CREATE TABLE "bpsk_office" ('
        '"code" VARCHAR(255) NOT NULL PRIMARY KEY, '
        '"name" VARCHAR(255) NOT NULL, '
        '"city" VARCHAR(255) NOT NULL, '
        '"province" VARCHAR(255) NOT NULL, '
        '"address" TEXT NOT NULL, '
        '"active" INTEGER NOT NULL)'
    )
    for row in SEED:
        db.execute_sql(
            'INSERT INTO "bpsk_office" (code, name, city, province, address, active) '
            "VALUES (?, ?, ?, ?, ?, 1)",
            row,
        )
