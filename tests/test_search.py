"""Search finds what the officer types: numbers as printed, parts of names and identifiers."""

from __future__ import annotations

import datetime as dt

import phonenumbers
import pytest
from conftest import NOW, complaint_form
from helpers import copy_database
from test_attachments import pdf

from desktop.domain.identity import display_phone
from desktop.domain.search_terms import spelling_variants, terms
from desktop.services import intake, letters, settings
from desktop.services.check import check_database
from desktop.services.queries import CaseQuery, case_page, count_cases, find_cases, first_page
from desktop.store import db as store_db
from desktop.store import office_import, postgres_search, search, sql


def _register(actors, **overrides):
    return intake.register_complaint(actors["petugas"], complaint_form(**overrides), now=NOW)


@pytest.fixture
def two_cases(actors):
    first = _register(actors, complainant__name="Marlina Sari")  # NIK …0003, 0812-3456-7890
    _register(
        actors,
        complainant__name="Bambang Wijaya",
        complainant__nik="3273011203900042",
        complainant__birth_date=dt.date(1990, 3, 12),
        complainant__sex="male",
        complainant__phone="0857-1234-0000",
        complainant__email="",
    )
    return first


@pytest.mark.parametrize(
    "typed",
    [
        display_phone("+6281234567890"),  # 0812-3456-7890, as the receipt prints it
        phonenumbers.format_number(
            phonenumbers.parse("+6281234567890"), phonenumbers.PhoneNumberFormat.INTERNATIONAL
        ),  # +62 812-3456-7890
        "0812 3456 7890",
        "0812.3456.7890",
        "(0812) 3456-7890",
        "3456-7890",
        "3456",
        "0003",  # the NIK's last four digits, the part the receipt shows
        "01570885",  # the middle of the NIK
        "lina",  # Marlina
        "arli",
        "marl",
        "MARLINA sari",
    ],
)
def test_a_case_is_found_by_a_number_as_printed_or_a_part_of_a_name(two_cases, typed):
    assert [r.complainant for r in find_cases(typed)] == ["Marlina Sari"]


def test_every_word_is_still_a_prefix_and_the_newest_comes_first(actors, two_cases):
    later = intake.register_complaint(
        actors["petugas"],
        complaint_form(
            complainant__name="Lina Marlina",
            complainant__nik="3174015708850011",
            complainant__phone="0813-9999-0000",
        ),
        now=NOW + dt.timedelta(hours=1),
    )
    assert [r.reg_no for r in find_cases("lina")] == [later.reg_no, two_cases.reg_no]
    assert [r.complainant for r in find_cases("ponsel mati marl")] == [
        "Lina Marlina",
        "Marlina Sari",
    ]
    assert [r.reg_no for r in find_cases(two_cases.reg_no)] == [two_cases.reg_no]
    assert find_cases("zzz") == [] and find_cases("0003 zzqq") == []


def test_several_words_each_found_as_a_part_of_the_name(actors, two_cases):
    """Each typed word is a part of a word of the name, or begins a word of the case."""
    _register(
        actors,
        complainant__name="Herlina Wibowo",
        complainant__nik="3174015708850029",
        complainant__phone="0813-7777-0000",
    )
    sarianti = _register(
        actors,
        complainant__name="Yulina Sarianti",
        complainant__nik="3174015708850037",
        complainant__phone="0813-8888-0000",
    )
    assert {r.complainant for r in find_cases("lina sari")} == {"Marlina Sari", "Yulina Sarianti"}
    assert [r.complainant for r in find_cases("rlin ari")] == ["Marlina Sari"]
    assert [r.complainant for r in find_cases("anti ulin")] == ["Yulina Sarianti"]  # any order
    assert {r.complainant for r in find_cases("lina bowo")} == {"Herlina Wibowo"}
    # A part of the name beside a word of the chronology, the business or the product.
    assert {r.complainant for r in find_cases("lina ponsel")} == {
        "Marlina Sari",
        "Herlina Wibowo",
        "Yulina Sarianti",
    }
    assert find_cases("lina wijaya") == [] and find_cases("bowo sari") == []
    assert [r.reg_no for r in find_cases("ulin rian")] == [sarianti.reg_no]


def test_a_part_too_common_among_names_is_a_beginning_only(actors, two_cases, monkeypatch):
    from desktop.store import search

    monkeypatch.setattr(search, "NAME_WORDS_PER_PART", 0)  # every part is too common now
    assert find_cases("rlin ari") == []
    assert [r.complainant for r in find_cases("marl sari")] == ["Marlina Sari"]


def test_the_parts_index_stays_true_through_an_amendment(actors, two_cases, engine):
    intake.amend_case(
        actors["analis"],
        two_cases.uuid,
        complaint_form(complainant__name="Marlina Sari", complainant__phone="0813-1111-2222"),
        now=NOW,
    )
    assert [r.complainant for r in find_cases("1111-2222")] == ["Marlina Sari"]
    assert find_cases("3456-7890") == []
    assert search.stored_documents([1, 2])[1]["numbers"] == "3174015708850003 081311112222"
    assert check_database().problems == []


def test_numbers_typed_in_groups_are_one_number_and_keep_their_groups():
    [phone] = terms("+62 812-3456-7890")
    assert (phone.text, phone.groups) == ("628123456789" + "0", ("62", "812", "3456", "7890"))
    assert [t.text for t in terms("LK1-202611-00001 sari")] == ["lk1", "20261100001", "sari"]
    assert [t.text for t in terms("3174 sari 0812")] == ["3174", "sari", "0812"]


def test_a_letter_is_still_found_by_a_number_written_in_it(actors):
    done = letters.register_letter(
        actors["petugas"],
        letters.LetterForm(sender_name="Bambang Wijaya", subject="Hubungi 0812-3456-7890"),
        [("surat.pdf", __import__("test_attachments").pdf(1))],
        now=NOW,
    )
    assert [x.agenda_no for x in letters.find_letters("0812-3456-7890")] == [done.agenda_no]
    assert [x.agenda_no for x in letters.find_letters("bambang 3456")] == [done.agenda_no]


@pytest.mark.parametrize(
    ("typed", "variant"),
    [
        ("Soekarno", "sukarno"),
        ("sukarno", "soekarno"),
        ("Djoko", "joko"),
        ("Tjahjono", "cahyono"),
        ("Yusuf", "jusuf"),
        ("Achmad", "akhmad"),
        ("Muhammad", "muhamad"),
        ("Phitri", "fitri"),
        ("Siti Soekarni", "siti sukarni"),
    ],
)
def test_common_spellings_of_indonesian_names(typed, variant):
    assert variant in spelling_variants(typed)
    assert typed.lower() not in spelling_variants(typed)
    assert spelling_variants("0812") == []


# Names and words whose words FTS5's unicode61 cuts and folds in its own way: diacritics, an
# apostrophe, letters beyond ASCII, an e-mail address and a website, digits within words.
NAMES = [
    "Marlina Sari",
    "José Müller",
    "Ma'ruf Amin",
    "Yulina Sarianti",
    "Herlina Wibowo",
    "Sari Marlina",
    "Ñoño Ştefan Łukasz",
    "Siti Nurhaliza",
]
TYPED = [
    "lina",
    "LINA sari",
    "sari lina",
    "rlin ari",
    "jose",
    "JOSÉ",
    "muller",
    "müll",
    "ruf",
    "ma'ruf",
    "maruf",
    "nono",
    "ñoño",
    "stef",
    "lukasz",
    "łukasz",
    "ma",
    "si",
    "sinar jaya",
    "belanjayuk",
    "contoh.co.id",
    "orang3@contoh.co.id",
    "ponsel mati",
    "ponsel mati marl",
    "LK1-202611-00003",
    "202611",
    "00005",
    "3174015708850",
    "0003",
    "850006",
    "0813-0004-1234",
    "+62 813-0004-1234",
    "62813",
    "0813",
    "1234",
    "elektronik 0813",
    "zzz",
    "lina zzz",
]


def _searches() -> tuple[dict[str, list[str]], dict[str, list[str]]]:
    cases = {t: [r.reg_no for r in find_cases(t)] for t in TYPED}
    found = {t: [x.agenda_no for x in letters.find_letters(t)] for t in TYPED}
    return cases, found


def _pages() -> dict[str, tuple]:
    """What the case list shows of each search, a page of three and two matches at most (the
    office asks its windows for no more than that): the first page, its total when the page
    tells it, the count, and the newest match alone."""
    shown = {}
    for t in TYPED:
        total, rows = first_page(CaseQuery(text=t), 3)
        capped = CaseQuery(text=t, match_cap=2)
        shown[t] = (
            total,
            [r.reg_no for r in rows],
            count_cases(CaseQuery(text=t)),
            count_cases(capped),
            [r.reg_no for r in case_page(capped, 1, 5)],
            search.matching_case_ids(t, 1),
        )
    return shown


@pytest.fixture(params=["one window", "small windows"])
def windows(request, monkeypatch) -> str:
    """The office's search as it runs, or over partitions of three cases and windows from two
    cases up, doubling or as wide as the matches met say: a search over many partitions and
    windows, its page cut inside one;
    and some words taken for common (checked on the rows the other words find, not looked
    up), as the statistics of a large office would say."""
    if request.param == "small windows":
        monkeypatch.setattr(postgres_search, "SPAN", 3)
        monkeypatch.setattr(postgres_search, "FIRST_WINDOW", 2)
        monkeypatch.setattr(postgres_search, "GROWTH", 2)
        monkeypatch.setattr(postgres_search, "DENSITY_FROM", 1)  # widths from what was found
        common = {"lk1": 1.0, "ponsel": 0.9, "sari": 0.6, "mati": 0.5, "si": 0.3}
        monkeypatch.setattr(postgres_search.FREQUENCIES, "of", lambda db: common)
    return request.param


def test_the_office_finds_what_the_desk_finds_in_the_same_order(
    staffed_template, data_dir, office_url, tmp_path, windows
):
    """A desk's cases and letters moved into an office database: every search gives the same
    cases, newest first, on both engines (the office's words cut by the desk's tokenizer); the
    same whether the office finds them in one window or walks many, over many partitions."""
    folder, made = staffed_template
    copy_database(folder, data_dir)
    settings.forget()
    desk = store_db.open_database(data_dir)
    for i, name in enumerate(NAMES):
        intake.register_complaint(
            made["petugas"],
            complaint_form(
                complainant__name=name,
                complainant__nik=f"31740157088500{i + 1:02d}",
                complainant__phone=f"0813-{i:04d}-1234",
                complainant__email=f"orang{i}@contoh.co.id",
            ),
            now=NOW + dt.timedelta(hours=i),
        )
        letters.register_letter(
            made["petugas"],
            letters.LetterForm(sender_name=name, subject=f"Ponsel mati, hubungi 0813-{i:04d}-1234"),
            [("surat.pdf", pdf(1))],
            now=NOW + dt.timedelta(hours=i),
        )
    on_desk = _searches()
    desk_pages = _pages()
    desk.close()
    settings.forget()
    office = store_db.open_database(tmp_path / "office", office_url)
    source = store_db.connect(data_dir)
    office_import.copy_rows(source, office)
    source.close()
    office.close()
    settings.forget()
    office = store_db.open_database(tmp_path / "office", office_url)
    try:
        assert _searches() == on_desk
        assert _pages() == desk_pages
        assert search.case_index_sizes() == {"case_search": 8, "case_parts": 8}
        if windows == "small windows":  # ids 1 to 8: the import made partitions from 0, 3, 6
            assert _partitions() == {
                t: [f"{t}_0", f"{t}_3", f"{t}_6"] for t in postgres_search.PARTITIONED
            }
    finally:
        office.close()
        settings.forget()
    cases, found = on_desk
    newest_first = [f"LK1-202611-{n:05d}" for n in (8, 7, 6, 5, 4, 3, 2, 1)]
    assert cases["si"] == newest_first
    assert found["ponsel mati"] == [f"{n:05d}/SM/2026" for n in (8, 7, 6, 5, 4, 3, 2, 1)]
    assert cases["jose"] == cases["JOSÉ"] == cases["muller"] == ["LK1-202611-00002"]
    assert cases["nono"] == cases["łukasz"] == cases["stef"] == ["LK1-202611-00007"]
    assert cases["LINA sari"] == ["LK1-202611-00006", "LK1-202611-00004", "LK1-202611-00001"]
    assert cases["0813-0004-1234"] == cases["+62 813-0004-1234"] == ["LK1-202611-00005"]
    assert cases["zzz"] == cases["lina zzz"] == [] and len(found["0813"]) == 8
    assert desk_pages["si"] == (None, newest_first[:3], 8, 2, newest_first[1:2], [8])
    assert desk_pages["lina"][2] == 4 and desk_pages["zzz"] == (0, [], 0, 0, [], [])


def _partitions() -> dict[str, list[str]]:
    """Each partitioned table's partitions, with every index of theirs valid."""
    assert not sql.value("SELECT count(*) FROM pg_index WHERE NOT indisvalid")
    rows = sql.run(
        "SELECT i.inhparent::regclass::text, i.inhrelid::regclass::text, "
        "(SELECT count(*) FROM pg_index x WHERE x.indrelid = i.inhrelid) "
        "FROM pg_inherits i JOIN pg_class c ON c.oid = i.inhrelid WHERE c.relkind = 'r' "
        "ORDER BY 2"
    )
    found: dict[str, list[str]] = {}
    for parent, child, indexes in rows:
        assert indexes == 2, child  # its key and its share of the searched column's index
        found.setdefault(parent.strip('"'), []).append(child.strip('"'))
    return {t: sorted(c, key=lambda n: int(n.rsplit("_", 1)[1])) for t, c in found.items()}
