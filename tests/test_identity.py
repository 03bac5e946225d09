"""NIK, phone, e-mail, NPWP, dates and amounts as a counter officer types them."""

from __future__ import annotations

import datetime as dt

import phonenumbers
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain import identity
from desktop.domain.identity import Invalid, Sex
from desktop.domain.messages import render
from desktop.services.demo import _regions

TODAY = dt.date(2026, 11, 23)
REGIONS = _regions()


def make_nik(region: str, born: dt.date, sex: Sex, serial: int, district: int = 1) -> str:
    day = born.day + (40 if sex is Sex.FEMALE else 0)
    return f"{region}{district:02d}{day:02d}{born.month:02d}{born.year % 100:02d}{serial:04d}"


def error_of(call) -> Invalid:
    with pytest.raises(Invalid) as info:
        call()
    return info.value


births = st.dates(min_value=dt.date(1927, 1, 1), max_value=TODAY)


@given(
    region=st.sampled_from(REGIONS),
    born=births,
    sex=st.sampled_from(Sex),
    serial=st.integers(1, 9999),
)
def test_a_real_nik_gives_back_birth_date_and_sex(region, born, sex, serial):
    nik = make_nik(region, born, sex, serial)
    checked = identity.normalize_nik(nik, born, sex, today=TODAY)
    assert (checked.number, checked.birth_date, checked.sex) == (nik, born, sex)
    # Typed with separators the way it is printed on a KTP, it is the same NIK.
    spaced = f"{nik[:6]} {nik[6:12]} {nik[12:]}"
    assert identity.normalize_nik(spaced, today=TODAY).number == nik


@given(region=st.sampled_from(REGIONS), born=births, sex=st.sampled_from(Sex))
def test_without_a_typed_birth_date_anyone_under_a_hundred_gets_the_right_century(
    region, born, sex
):
    # The NIK keeps two digits of the year: the latest century not in the future is right for
    # everyone born in the last hundred years.
    checked = identity.normalize_nik(make_nik(region, born, sex, 1), today=TODAY)
    assert checked.birth_date == born


def test_a_child_born_in_2005_is_not_made_120_years_old():
    born = dt.date(2005, 3, 14)
    nik = make_nik("3174", born, Sex.MALE, 12)
    assert identity.normalize_nik(nik, today=TODAY).birth_date == born


@given(text=st.text(alphabet="0123456789", min_size=16, max_size=16))
@settings(max_examples=300)
def test_any_sixteen_digits_are_accepted_or_refused_with_a_known_reason(text):
    try:
        identity.normalize_nik(text, today=TODAY)
    except Invalid as e:
        assert e.code in {"nik.region", "nik.date", "nik.serial"}
        assert render(e.code, "id", **e.params) != e.code


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("", "nik.empty"),
        ("31740157O8850003", "nik.digits"),
        ("317401570885000", "nik.length"),
        ("99740157088500031", "nik.length"),
        ("9974015708850003", "nik.region"),
        ("3174013208850003", "nik.date"),
        ("3174015713850003", "nik.date"),
        ("3174015708850000", "nik.serial"),
    ],
)
def test_bad_niks_are_refused_with_their_reason(typed, code):
    assert error_of(lambda: identity.normalize_nik(typed, today=TODAY)).code == code


def test_the_length_message_says_how_many_digits_were_typed():
    e = error_of(lambda: identity.normalize_nik("317401570885", today=TODAY))
    assert render(e.code, "id", **e.params) == "NIK harus 16 angka; yang diketik 12 angka."
    assert render(e.code, "en", **e.params) == "A NIK has 16 digits; 12 were typed."


def test_a_nik_that_disagrees_with_the_birth_date_or_sex_is_refused():
    nik = "3174015708850003"  # a woman born 17-08-1985
    e = error_of(lambda: identity.normalize_nik(nik, dt.date(1985, 8, 18), today=TODAY))
    assert e.code == "nik.birth_mismatch"
    assert "17-08-85" in render(e.code, "id", **e.params)
    e = error_of(lambda: identity.normalize_nik(nik, dt.date(1985, 8, 17), Sex.MALE, TODAY))
    assert e.code == "nik.sex_mismatch_male"
    e = error_of(lambda: identity.normalize_nik("3174011708850003", sex=Sex.FEMALE, today=TODAY))
    assert e.code == "nik.sex_mismatch_female"


def test_printed_nik_hides_the_birth_date():
    assert identity.mask_nik("3174015708850003") == "317401******0003"


mobile_prefixes = st.sampled_from(["811", "812", "813", "821", "852", "857", "877", "895"])


@given(
    prefix=mobile_prefixes,
    rest=st.integers(10**6, 10**8 - 1),
    style=st.sampled_from(
        ["0{p}{r}", "+62{p}{r}", "62{p}{r}", "0{p}-{r}", "(0{p}) {r}", "+62 {p} {r}"]
    ),
)
def test_a_mobile_number_in_any_usual_form_is_the_same_e164_number(prefix, rest, style):
    typed = style.format(p=prefix, r=rest)
    expected = f"+62{prefix}{rest}"
    if not phonenumbers.is_valid_number(phonenumbers.parse(expected)):
        return  # not every length is allotted to every prefix
    assert identity.normalize_phone(typed) == expected


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("", "phone.empty"),
        ("0812-ABCD-7890", "phone.letters"),
        ("+", "phone.unreadable"),
        ("0812", "phone.invalid"),
        ("0812345678901234", "phone.invalid"),
    ],
)
def test_bad_phones_are_refused_with_their_reason(typed, code):
    assert error_of(lambda: identity.normalize_phone(typed)).code == code


def test_phones_are_shown_the_indonesian_way_and_masked_on_paper():
    assert identity.normalize_phone("021 3858171") == "+62213858171"
    assert identity.display_phone("+6281234567890") == "0812-3456-7890"
    assert identity.mask_phone("+6281234567890") == "0812*****890"


def test_email_and_npwp():
    assert identity.normalize_email(" Siti@Contoh.CO.ID ") == "Siti@contoh.co.id"
    for bad in ("siti", "siti@", "siti@contoh", "si ti@contoh.co.id"):
        assert error_of(lambda b=bad: identity.normalize_email(b)).code == "email.invalid"
    assert identity.normalize_npwp("01.855.081.4-412.000") == "018550814412000"
    assert error_of(lambda: identity.normalize_npwp("01.855.081")).code == "npwp.length"
    assert error_of(lambda: identity.normalize_npwp("01.855.081.5-412.000")).code == "npwp.invalid"


@given(
    day=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)),
    style=st.sampled_from(["%d-%m-%Y", "%d/%m/%Y", "%d.%m.%Y", "%Y-%m-%d"]),
)
def test_dates_typed_in_the_usual_ways(day, style):
    assert identity.parse_date(day.strftime(style)) == day


def test_unreadable_and_impossible_dates():
    e = error_of(lambda: identity.parse_date("31-02-2026"))
    assert e.code == "date.unreadable"
    assert "31-02-2026" in render(e.code, "id", **e.params)
    assert (
        error_of(lambda: identity.check_birth_date(dt.date(2027, 1, 1), TODAY)).code
        == "date.future"
    )


@given(amount=st.integers(0, 10**15))
def test_rupiah_amounts_read_back_as_typed(amount):
    dotted = f"{amount:,}".replace(",", ".")
    for typed in (str(amount), dotted, f"Rp{dotted}", f"Rp {dotted},00", amount):
        assert identity.parse_rupiah(typed) == amount


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("satu juta", "rupiah.unreadable"),
        ("1,250,000", "rupiah.unreadable"),
        ("-5000", "rupiah.negative"),
        (str(10**16), "rupiah.too_large"),
    ],
)
def test_bad_amounts(typed, code):
    assert error_of(lambda: identity.parse_rupiah(typed)).code == code
