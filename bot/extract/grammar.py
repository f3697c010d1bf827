"""Reading rules written once per language family: English, and Ukrainian with Russian.

Every rule of the reader (is this an event, a plan, background? where did the weapon come from? is this name an
office?) is a pattern of words. A sentence is read with the patterns of its script: Cyrillic sentences with the
Ukrainian and Russian ones, which are written together (the two languages share most of their war vocabulary and
their case endings, and outlets mix them), everything else with the English ones. A Cyrillic designator inside an
English sentence ("X-101" typed with a Cyrillic Х) does not make it Cyrillic: the letters of the whole sentence
decide.

Ukrainian and Russian words are written as stems where they inflect ("атаку\\w*" is атакував, атакувала,
атакували, атаковали), so one pattern covers the forms a dictionary would list.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from functools import lru_cache

_CYRILLIC_LETTER = re.compile(r"[\u0400-\u04ff]")
_LATIN_LETTER = re.compile(r"[A-Za-z]")
_NEVER = re.compile(r"(?!)")


# Sentences are asked about by every rule, so their answers are kept; a whole article body is asked once.
_CACHED_CHARS = 2000


OPENING_QUOTES = frozenset("\"“„«'‘")
CLOSING_QUOTES = frozenset("\"”»'’")


_UKRAINIAN_LETTER = re.compile(r"[іїєґІЇЄҐ]")


def has_ukrainian_letters(text: str) -> bool:
    """Whether a text has letters Ukrainian writes and Russian does not: Ukrainian copy, not Russian."""
    return _UKRAINIAN_LETTER.search(text) is not None


def is_quoted(text: str, start: int, end: int) -> bool:
    """Whether the text between `start` and `end` stands in quotation marks of its own ("«Дружба»", "“молния”")."""
    return start > 0 and text[start - 1] in OPENING_QUOTES and text[end : end + 1] in CLOSING_QUOTES


def is_cyrillic(text: str) -> bool:
    """Whether most of a text's letters are Cyrillic."""
    return _sentence_is_cyrillic(text) if len(text) <= _CACHED_CHARS else _letters_are_cyrillic(text)


@lru_cache(maxsize=8192)
def _sentence_is_cyrillic(text: str) -> bool:
    return _letters_are_cyrillic(text)


def _letters_are_cyrillic(text: str) -> bool:
    cyrillic = len(_CYRILLIC_LETTER.findall(text))
    return cyrillic > 0 and cyrillic >= len(_LATIN_LETTER.findall(text))


class Rule:
    """One reading rule in both language families; `cyrillic=None` where the rule has no Cyrillic form."""

    __slots__ = ("cyrillic", "english")

    def __init__(self, english: str, cyrillic: str | None = None, flags: int = re.IGNORECASE) -> None:
        self.english = re.compile(english, flags)
        self.cyrillic = re.compile(cyrillic, flags) if cyrillic is not None else _NEVER

    def of(self, text: str) -> re.Pattern[str]:
        return self.cyrillic if is_cyrillic(text) else self.english

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.of(text).search(text, pos, endpos)

    def match(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        return self.of(text).match(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> Iterator[re.Match[str]]:
        return self.of(text).finditer(text, pos, endpos)
