"""Every sentence the rules can say exists in Indonesian and English, with the same blanks."""

from __future__ import annotations

import re
import string
from pathlib import Path

from desktop.domain.messages import CATALOGUE

ROOT = Path(__file__).resolve().parents[1] / "desktop"
# Codes appear in the code as the first argument of these calls, or as field-error codes.
CODE_USE = re.compile(
    r"(?:Invalid|DomainError|DataUnusable|TransitionError|PermissionDenied|NotFound|FieldError\([^,]+,|"
    r'require\([^)]*?,[^)]*?,|c\.fail\([^,]+,)\s*\(?\s*"([a-z_]+(?:\.[a-z_]+)+|required)"'
)


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


def test_every_entry_has_both_languages_with_the_same_placeholders():
    for code, (indonesian, english) in CATALOGUE.items():
        assert indonesian.strip() and english.strip(), code
        assert placeholders(indonesian) == placeholders(english), code


def test_every_code_the_code_raises_is_in_the_catalogue():
    used = set()
    for path in ROOT.rglob("*.py"):
        used |= set(CODE_USE.findall(path.read_text()))
    assert len(used) > 40  # the pattern really finds the codes
    missing = sorted(code for code in used if code not in CATALOGUE)
    assert missing == []
