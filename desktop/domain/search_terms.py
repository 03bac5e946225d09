"""What an officer types into a search box, read as the terms to look for.

Numbers are typed as the desk prints them or as a visitor reads them out: "0812-3456-7890",
"+62 812-3456-7890", "0812 3456 7890", "3174.0157". Digit groups joined only by spaces, dots,
dashes, slashes, brackets or a plus are one number, its separators dropped; the groups are kept
too, for texts that hold them apart (a registration number "LK1-202611-00001", a scanned
letter). Names are matched by what is written; ``spelling_variants`` offers the other common
spellings of an Indonesian name for a search that found nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_WORD = re.compile(r"[^\W_]+")  # letters and digits, as SQLite's unicode61 tokenizer cuts them
_NUMBER_GLUE = re.compile(r"[\s.\-/()+]*")


@dataclass(frozen=True)
class Term:
    """One thing to find: a word, or a number with its separators removed."""

    text: str
    groups: tuple[str, ...] = ()  # the digit groups a number was typed in, when more than one

    @property
    def number(self) -> bool:
        return self.text.isdigit()

    def forms(self) -> tuple[str, ...]:
        """The term as it may be written: a local phone number (0812…) is also +62 812…."""
        if self.number and self.text.startswith("0") and len(self.text) >= 4:
            return (self.text, "62" + self.text[1:])
        if self.number and self.text.startswith("62") and len(self.text) >= 9:  # not a NIK's part
            return (self.text, "0" + self.text[2:])
        return (self.text,)


def name_words(name: str) -> list[str]:
    """The words of a name as the search keeps them: lower case, no numbers."""
    return [w for w in _WORD.findall(name.lower()) if not w.isdigit()]


def terms(typed: str) -> list[Term]:
    """The terms of a typed text, in order; lower case."""
    found: list[Term] = []
    groups: list[str] = []
    end = 0

    def close() -> None:
        if groups:
            joined = "".join(groups)
            found.append(Term(joined, tuple(groups) if len(groups) > 1 else ()))
            groups.clear()

    text = typed.lower()
    for match in _WORD.finditer(text):
        word = match.group()
        glued = _NUMBER_GLUE.fullmatch(text, end, match.start()) is not None
        if word.isdigit() and groups and glued:
            groups.append(word)
        else:
            close()
            if word.isdigit():
                groups.append(word)
            else:
                found.append(Term(word))
        end = match.end()
    close()
    return found


def digits_only(value: str) -> str:
    return "".join(ch for ch in value if ch.isdigit())


# Old (van Ophuijsen, Soewandi) and new spellings of the same sounds, and the letters names are
# written with or without: each pair is tried both ways. Kept small: every rule doubles what a
# word may become, and each variant costs a search.
_PAIRS = (
    ("oe", "u"),  # Soekarno / Sukarno
    ("dj", "j"),  # Djoko / Joko
    ("tj", "c"),  # Tjahjono / Cahyono
    ("sj", "sy"),  # Sjahrir / Syahrir
    ("nj", "ny"),  # Njoman / Nyoman
    ("j", "y"),  # Jusuf / Yusuf, Tjahjono / Cahyono
    ("ch", "kh"),  # Chairul / Khairul
    ("ph", "f"),  # Phitri / Fitri
    ("th", "t"),  # Thomas / Tomas
    ("dh", "d"),  # Dhani / Dani
    ("ie", "i"),  # Sofie / Sofi
)
_DOUBLE = re.compile(r"([a-z])\1")
MAX_VARIANTS = 24


def _word_variants(word: str) -> list[str]:
    """Spellings of one word one change away: a pair swapped, or a double letter single."""
    out: list[str] = []
    for old, new in _PAIRS:
        for a, b in ((old, new), (new, old)):
            start = word.find(a)
            while start != -1:
                out.append(word[:start] + b + word[start + len(a) :])
                start = word.find(a, start + 1)
    for double in _DOUBLE.finditer(word):
        out.append(word[: double.start()] + word[double.start() + 1 :])
    return [v for v in dict.fromkeys(out) if v != word]


def _normal(word: str) -> str:
    """Every old spelling made new and doubles made single: Soekarno and Sukarno meet here."""
    for old, new in _PAIRS:
        if len(old) > 1:  # j→y would make new spellings old again (Jakarta, Joko)
            word = word.replace(old, new)
    return _DOUBLE.sub(r"\1", word)


def spelling_variants(typed: str) -> list[str]:
    """Other common spellings of the names in ``typed``, closest first, at most MAX_VARIANTS.

    Numbers and short words are left as typed. First each word's old spellings made new (and
    doubled letters single) all at once, then one change at a time to one word.
    """
    words = re.findall(r"\S+", typed.lower())
    alphabetic = [i for i, w in enumerate(words) if w.isalpha() and len(w) >= 3]
    candidates: list[str] = []
    normal = [_normal(w) if i in alphabetic else w for i, w in enumerate(words)]
    candidates.append(" ".join(normal))
    # Before 1972 j was written for today's y (Tjahjono is Cahyono): the whole name in new
    # spelling, which for a name written today would be wrong, so it is one more candidate only.
    candidates.append(
        " ".join(w.replace("j", "y") if i in alphabetic else w for i, w in enumerate(normal))
    )
    for i in alphabetic:
        for variant in _word_variants(words[i]):
            candidates.append(" ".join([*words[:i], variant, *words[i + 1 :]]))
    original = " ".join(words)
    return [c for c in dict.fromkeys(candidates) if c != original][:MAX_VARIANTS]
