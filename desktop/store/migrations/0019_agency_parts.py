"""Agencies keep their address in parts, and the sectors whose out-of-scope cases go to them by
default: reference data that admins edit in Settings.

The address written as lines (migration 0011, or as an admin typed it) is split: its last line
into the city and the postcode ("Jakarta Pusat 10710"), the line before it into the street, and
a first line of three into the building. The default sectors are the routing the desk shipped
with (an online-loan case to OJK), frozen here as it was.
"""

import re

ROUTING = {
    "OJK": "financial",
    "BPOM": "food_drugs",
    "KOMDIGI": "telecom",
    "KEMENHUB": "transport",
    "KEMENKES": "health",
    "PUPR": "housing",
    "ESDM": "energy",
}


def _parts(address: str) -> tuple[str, str, str, str]:
    """(building, street, city, postcode) of an address written as lines."""
    lines = [line.strip() for line in address.splitlines() if line.strip()]
    if not lines:
        return "", "", "", ""
    last = re.fullmatch(r"(.*?)[ ,]*(\d{5})", lines[-1])
    city, postcode = (last.group(1), last.group(2)) if last else (lines[-1], "")
    before = lines[:-1]
    building = before[0] if len(before) > 1 else ""
    street = ", ".join(before[1:] if len(before) > 1 else before)
    return building, street, city, postcode


def up(migrator, db):
    for column in ("building", "street", "city", "province", "postal_code", "sectors"):
        db.execute_sql(f'ALTER TABLE "agency" ADD COLUMN "{column}" TEXT NOT NULL DEFAULT \'\'')
    for code, address in db.execute_sql('SELECT "code", "address" FROM "agency"').fetchall():
        building, street, city, postcode = _parts(address)
        db.execute_sql(
            'UPDATE "agency" SET "building" = ?, "street" = ?, "city" = ?, "postal_code" = ?, '
            '"sectors" = ? WHERE "code" = ?',
            (building, street, city, postcode, ROUTING.get(code, ""), code),
        )
    db.execute_sql('ALTER TABLE "agency" DROP COLUMN "address"')
