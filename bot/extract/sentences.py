"""Split an article body into sentences with their character offsets.

A line break always ends a sentence (scraped pages put headings and captions on lines of their own); inside a
line, a full stop ends one unless it closes a known abbreviation ("Gen.", "U.S.", "Dec.") or an initial.
"""

from __future__ import annotations

import re

from bot.models import Sentence

_ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "gen",
        "lt",
        "col",
        "maj",
        "sgt",
        "capt",
        "cpt",
        "adm",
        "st",
        "sen",
        "rep",
        "gov",
        "pres",
        "prof",
        "jr",
        "sr",
        "no",
        "vs",
        "etc",
        "inc",
        "corp",
        "ltd",
        "co",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mon",
        "tue",
        "tues",
        "wed",
        "thu",
        "thur",
        "thurs",
        "fri",
        "sat",
        "sun",
        "approx",
        "est",
        "u.s",
        "u.k",
        "u.n",
        "e.u",
        "a.m",
        "p.m",
        "i.e",
        "e.g",
        # Ukrainian and Russian: "м. Київ", "Харківська обл.", "2024 р.", "5 тис.", "вул. Сумська", "ім. Шевченка".
        "обл",
        "смт",
        "пгт",
        "тис",
        "тыс",
        "млн",
        "млрд",
        "вул",
        "ул",
        "просп",
        "пров",
        "пер",
        "ім",
        "им",
        "див",
        "рр",
        "гг",
        "грн",
        "руб",
        "пос",
        "ст",
        "зам",
        "нач",
        # A word's language: "FPV-дрон (от англ. First Person View)", "(з англ. Shahed)".
        "англ",
        "франц",
        "фр",
        "лат",
        "укр",
        "рус",
    ]
)
# "у сел. Солоницівка", "(сел. Козача Лопань)": "сел." is a селище after a preposition or a bracket; elsewhere it
# may end a sentence ("жители приграничных сел.").
_SETTLEMENT_BEFORE = re.compile(
    r"(?:(?<!\w)(?:у|в|біля|поблизу|із|з|до|с|возле|около)\s+|[(,;]\s*|^\s*)сел\.$", re.IGNORECASE
)
# A candidate boundary: terminal punctuation, optional closing quotes/brackets, whitespace, then something that
# can start a sentence.
# Pages that lost the space after a full stop ("...виробництва зброї.Компаніями, що...") end a sentence there too,
# after a word and before one, not inside "U.S.Army" or "м.Київ".
_BOUNDARY = re.compile(
    r"[.!?…]+[\"'”’)\]]*\s+(?=[\"'“‘(\[]?[A-Z0-9А-ЯІЇЄҐ])|"
    # (A straight quote right before a capital opens a quotation there.)
    r"(?<=[a-zа-яіїєґё]{3})[.!?]+[”’)\]]*(?=[\"'“‘(\[]?[A-ZА-ЯІЇЄҐ][a-zа-яіїєґё])"
)
_LAST_WORD = re.compile(r"([A-Za-zА-Яа-яЁёІіЇїЄєҐґ.]+)\.$")
_PARAGRAPH = re.compile(r"[^\n]+")
# (Cyrillic only: English "D.C." ends a sentence as often as not.)
_INITIALS = re.compile(r"(?:[А-ЯІЇЄҐ]\.){1,2}[А-ЯІЇЄҐ]")
MAX_SENTENCE_CHARS = 2_000


def split_sentences(body: str, unbroken: tuple[tuple[int, int], ...] = ()) -> list[Sentence]:
    """`unbroken`: ranges no sentence ends in or right after, as a wire dateline ("МОСКВА, 1 авг - РИА Новости.")
    opens the lead's sentence rather than being one of its own."""
    sentences: list[Sentence] = []
    for paragraph_index, paragraph in enumerate(_PARAGRAPH.finditer(body)):
        start = paragraph.start()
        text = paragraph.group()
        cursor = 0
        for boundary in _BOUNDARY.finditer(text):
            head = text[cursor : boundary.start() + 1]
            word = _LAST_WORD.search(head)
            if word and (_is_abbreviation(word.group(1)) or _SETTLEMENT_BEFORE.search(head)):
                continue
            if any(first < start + boundary.end() <= last for first, last in unbroken):
                continue
            _append(sentences, body, start + cursor, start + boundary.end(), paragraph_index)
            cursor = boundary.end()
        _append(sentences, body, start + cursor, paragraph.end(), paragraph_index)
    return sentences


def _is_abbreviation(word: str) -> bool:
    lowered = word.lower().strip(".")
    # Single letters are initials ("Jakub A. Artych", "им. В.В. Путина"); "U.S." style words are abbreviations.
    return len(lowered) == 1 or lowered in _ABBREVIATIONS or _INITIALS.fullmatch(word.strip(".")) is not None


def _append(sentences: list[Sentence], body: str, start: int, end: int, paragraph: int) -> None:
    while start < end and body[start].isspace():
        start += 1
    while end > start and body[end - 1].isspace():
        end -= 1
    # An unpunctuated wall of text (a broken page) still yields bounded sentences.
    while end - start > MAX_SENTENCE_CHARS:
        cut = body.rfind(" ", start, start + MAX_SENTENCE_CHARS)
        cut = cut if cut > start else start + MAX_SENTENCE_CHARS
        sentences.append(Sentence(len(sentences), start, cut, body[start:cut], paragraph))
        start = cut
        while start < end and body[start].isspace():
            start += 1
    if end > start:
        sentences.append(Sentence(len(sentences), start, end, body[start:end], paragraph))
