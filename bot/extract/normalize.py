"""Text normalisation shared by the gazetteer matcher and the query engine.

Names are compared by their *key*: the words of the name, folded (no case, no diacritics, no apostrophes) and
joined without separators. So "KN-23", "KN 23" and "kn23" share the key "kn23", and "Khar'kov" is "kharkov".
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import NamedTuple

# A word: letters/digits, with inner apostrophes ("Ukraine's", "Khar'kov").
WORD_RE = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_POSSESSIVE = ("'s", "’s")


class Token(NamedTuple):
    start: int
    end: int
    surface: str
    key: str


# The combining marks NFKD leaves after their letters, deleted by one `str.translate` (the gazetteer
# folds some hundred thousand names as it loads). The Basic Multilingual Plane holds every letter of
# the languages read here.
_WITHOUT_MARKS = {code: None for code in range(0x10000) if unicodedata.combining(chr(code))}


_APOSTROPHES = str.maketrans("", "", "'’ʼ")


def fold(text: str) -> str:
    """Lowercase without diacritics or apostrophes: "Bila Țerkva" -> "bila terkva", "Купʼянськ" -> "купянськ"."""
    if text.isascii():
        return text.lower().replace("'", "")
    stripped = unicodedata.normalize("NFKD", text).translate(_WITHOUT_MARKS)
    # Ukrainian is typed with three apostrophes: the ASCII one, the typographic ’ and the modifier letter ʼ that
    # Ukrainian orthography recommends (a letter to Unicode, so it stays inside a word).
    return stripped.casefold().translate(_APOSTROPHES)


@lru_cache(maxsize=200_000)
def word_key(word: str) -> str:
    """A word's key; cached, as news text repeats its vocabulary."""
    if word.endswith(_POSSESSIVE):
        word = word[:-2]
    if word == "Ch":
        return "kh"  # German and Polish copy's "Ch-101" is the Kh-101 (not the Chinook's "CH-47")
    folded = fold(_one_script(word))
    return _latin_spelling(folded) if folded.isascii() else folded


def _latin_spelling(word: str) -> str:
    """One key for the ways Ukrainian and Russian names are spelt in Latin letters: "y" and "i" stand for the same
    sounds, doubled or not ("Khmelnytskyi", "Khmelnitskyi", "Khmelnitsky"; "Izium", "Izyum"), and "g" is the
    Ukrainian "h" spelt the Russian way ("Sofiivska Borshchagivka", "Olgovka")."""
    return _REPEATED_I.sub("i", word.replace("y", "i").replace("g", "h"))


_REPEATED_I = re.compile(r"i{2,}")


# Latin and Cyrillic letters that look alike. Copy typed on mixed keyboards mixes them inside one word
# ("Cевастополь" with a Latin C, "Kиїв" with a Latin K): the word is read in the script its other letters (those
# without a twin) have, or most of its letters have.
_LOOKALIKES = "AaBCcEeHKkMOoPpTXxyIi"
_CYRILLIC_LOOKALIKES = "АаВСсЕеНКкМОоРрТХхуІі"
_TO_CYRILLIC = str.maketrans(_LOOKALIKES, _CYRILLIC_LOOKALIKES)
_TO_LATIN = str.maketrans(_CYRILLIC_LOOKALIKES, _LOOKALIKES)
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_LATIN = re.compile(r"[A-Za-z]")


def _one_script(word: str) -> str:
    if word.isascii() or not _LATIN.search(word):
        return word
    cyrillic = _CYRILLIC.findall(word)
    latin = _LATIN.findall(word)
    if not (cyrillic and latin):
        return word
    own_cyrillic = sum(ch not in _CYRILLIC_LOOKALIKES for ch in cyrillic)
    own_latin = sum(ch not in _LOOKALIKES for ch in latin)
    to_cyrillic = own_cyrillic > own_latin if own_cyrillic != own_latin else len(cyrillic) >= len(latin)
    return word.translate(_TO_CYRILLIC if to_cyrillic else _TO_LATIN)


# Ukrainian and Russian posts shorten "район" in every case ("Фастовского р-на", "Бучанського р-ну"): a token of
# the word it stands for, so that a raion is found however it is written.
_DISTRICT_ABBREVIATIONS = {
    "р-н": "район",
    "р-на": "района",
    "р-ну": "району",
    "р-ні": "районі",
    "р-не": "районе",
}
_TOKEN_RE = re.compile(rf"(?<!\w)[рР]-н[аеуі]?(?![\w-])|{WORD_RE.pattern}")


def tokenize(text: str, base: int = 0) -> list[Token]:
    return [
        Token(
            m.start() + base, m.end() + base, word, word_key(_DISTRICT_ABBREVIATIONS.get(word.lower(), word))
        )
        for m in _TOKEN_RE.finditer(text)
        for word in (m.group(),)
    ]


def name_key(name: str) -> str:
    """The comparison key of a whole name: its folded words joined."""
    return "".join(word_key(m.group()) for m in WORD_RE.finditer(name))


def is_capitalised(surface: str) -> bool:
    first = surface[:1]
    return first.isupper() or first.isdigit()


def shared_start(a: str, b: str) -> int:
    """How many letters two names share from their start, case aside ("Dnipro", "Dnipropetrovsk": 6)."""
    a, b = a.lower(), b.lower()
    return next((i for i, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))


_FORMER_NAME = re.compile(r"(?P<name>.+?) \((?P<former>[^()]+)\)")


def names_in(name: str) -> list[str]:
    """A name and, for a renamed town's, each of its names: "Samar (Novomoskovsk)" -> the three."""
    renamed = _FORMER_NAME.fullmatch(name)
    return [name] if renamed is None else [name, renamed["name"], renamed["former"]]


def named_after(place: str, noun: str) -> str:
    """The name of a raion or hromada named after a place: "Kovel district"; a renamed town's name carries its
    former one, and so does what is named after it ("Samar (Novomoskovsk)" -> "Samar district (Novomoskovsk
    district)"), since English copy uses either."""
    renamed = _FORMER_NAME.fullmatch(place)
    if renamed is None:
        return f"{place} {noun}"
    return f"{renamed['name']} {noun} ({renamed['former']} {noun})"
