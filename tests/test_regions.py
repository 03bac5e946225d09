"""The province and regency offered at intake from the NIK's region code (Kemendagri)."""

from desktop.domain.regions import region_of_nik


def test_the_region_of_a_nik():
    assert region_of_nik("3174015708850003") == (
        "Daerah Khusus Ibukota Jakarta",
        "Kota Administrasi Jakarta Selatan",
    )
    assert region_of_nik("5371 0112 0390 0001") == ("Nusa Tenggara Timur", "Kota Kupang")
    assert region_of_nik("6501011203900001")[0] == "Kalimantan Utara"  # made a province in 2012
    assert region_of_nik("9901011203900001") == ("", "")
    assert region_of_nik("31") == ("", "")
