"""Raw documents (bytes) to `ArticleDraft`s: clean body text plus title, outlet, author, date and URL.

HTML goes through trafilatura (boilerplate removal and metadata: OpenGraph, JSON-LD, htmldate). Markdown goes
through markdown-it-py. Plain text is what people paste or scrape, so it gets the scraped-page treatment: the
header (site name glued to the title, repeated title and subtitle, image credits, byline, dateline) is read for
metadata and dropped, clutter lines are removed, and the trailer ("See also", "Related") is cut.
"""

from __future__ import annotations

import html
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from itertools import pairwise
from pathlib import PurePath
from typing import Any

import charset_normalizer
import lxml.etree
import lxml.html
import trafilatura
from markdown_it import MarkdownIt

from bot.extract.dates import (
    MONTHS,
    called_the_day_before,
    find_dates,
    is_a_stamp,
    line_date,
    parse_date_text,
)
from bot.extract.grammar import is_cyrillic
from bot.models import ArticleDraft

ARTICLE_SUFFIXES = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html",
                    ".htm": "html"}  # fmt: skip
MIN_BODY_CHARS = 40
# Text with fewer letters than this is punctuation, numbers or noise, not a report.
MIN_BODY_LETTERS = 20
# Boilerplate removal costs about 70 µs per element: a page past this many is read plainly instead (a real news
# page has a few thousand; 100,000 paragraphs took 12 s).
MAX_HTML_ELEMENTS = 15_000
_TAG = re.compile(r"<[A-Za-z]")


_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*$")
_COUNT_IN = re.compile(r"(?<![\d/])\d+(?![\d/])")  # "21 Ukrainian UAVs", "80+", not "24/7"
_MENU = re.compile(r"[|•]|\s{2,}")


class ParseError(ValueError):
    """The document cannot become an article; the message says why, politely, for the person who sent it."""


# ---- bytes to text ------------------------------------------------------------------------------------------


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


def decode(raw: bytes, name: str) -> str:
    if not raw.strip():
        raise ParseError(f"{name} is empty.")
    head = raw[:8192]
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ParseError(f"{name} looks like a binary file, not an article (text, Markdown or HTML).")
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        best = charset_normalizer.from_bytes(raw).best()
        if best is None:
            raise ParseError(f"{name} is not readable text in any encoding I know.") from None
        text = str(best)
    controls = len(_CONTROL.findall(text, 0, 20000))
    if controls > max(10, len(text[:20000]) // 100):
        raise ParseError(f"{name} looks like a binary file, not an article (text, Markdown or HTML).")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _letters(text: str) -> int:
    return sum(map(str.isalpha, text[:2000]))


def sniff_format(name: str, text: str) -> str:
    suffix = PurePath(name).suffix.lower()
    if suffix in ARTICLE_SUFFIXES:
        return ARTICLE_SUFFIXES[suffix]
    start = text.lstrip()[:500].lower()
    if start.startswith(("<!doctype html", "<html")) or ("<body" in start and "</" in text):
        return "html"
    return "text"


def parse_document(raw: bytes, *, name: str, url: str | None = None, fmt: str | None = None) -> ArticleDraft:
    text = decode(raw, name)
    kind = fmt or sniff_format(name, text)
    if kind == "html" and len(_TAG.findall(text)) > MAX_HTML_ELEMENTS:
        draft = parse_html_plainly(text, name=name, url=url)
    elif kind == "html":
        draft = parse_html(text, name=name, url=url)
    elif kind == "markdown":
        draft = parse_markdown(text, name=name, url=url)
    else:
        draft = parse_text(text, name=name, url=url)
    if len(draft.body.strip()) < MIN_BODY_CHARS or _letters(draft.body) < MIN_BODY_LETTERS:
        raise ParseError(
            f"{name} has no usable article text (after removing page clutter, nothing was left)."
        )
    return draft


# ---- plain text ---------------------------------------------------------------------------------------------

_CLUTTER = re.compile(
    r"^(?:images?\s+source|image|photo|photograph|picture|illustration|credit|video)s?\s*(?:by|credit)?\s*:|"
    # A file photo's caption tells an earlier day: "File photo : Firefighters work at the site of...".
    r"^(?:file|archive|stock|illustrative)\s+(?:photo|image|picture)s?\b|^(?:архівне|архивное|ілюстративне|"
    r"иллюстративное)\s+фото|^фото\s+(?:з\s+архіву|из\s+архива)|"
    # ...or, short and dated with its year, says so last: "Наслідки ракетного удару по Харкову. Харків, 6 жовтня 2023
    # року, ілюстративне фото", "... (file photo)", "Фото ілюстративне: Укрінформ", "Архивное фото РИА Новости" (not a
    # paragraph of the report that ends so: "Вночі ворог атакував Одесу дронами. Фото ілюстративне").
    r"^(?=.{0,160}$)(?=.*\b(?:19|20)\d\d\b)(?!.*(?:\b(?:said|says|told|reported)\b|повідоми|заяви|розпові|сообщи|"
    r"рассказа|написа))"
    r".*[,.:;–—(-]\s*(?:(?:ілюстративне|иллюстративное|архівне|архивное)\s+фото|фото\s+"
    r"(?:ілюстративне|иллюстративное|архівне|архивное)|(?:file|archive|illustrative|stock)\s+(?:photo|image|"
    r"picture))\)?(?:\s*:?\s*[^.!?]{0,40})?$|"
    # A photo's caption ends with its credit: "...after a drone strike in Kiev Image: STRINGER/REUTERS".
    r"\b(?:image|photo|photograph|picture|credit|фото|світлина)\s*:\s*[^.!?:]{1,80}\)?$|"
    r"©|\(c\)\s|getty\s+images|shutterstock|^read\s+(?:also|more)\b|^also\s+read\b|^advertisement$|^ad$|"
    r"^share(?:\s+this)?(?:\s+article)?$|^(?:share\s+on\s+)?(?:facebook|twitter|x|telegram|whatsapp|email|copy\s+link)$|"
    r"^subscribe\b|^sign\s+up\b|^follow\s+us\b|^sponsor(?:ed)?\s*:|^we\s+use\s+cookies|^accept\s+(?:all\s+)?cookies|cookie\s+(?:policy|settings)|"
    r"^(?:home|news|menu|search|log\s*in|sign\s+in|close|skip\s+to\s+(?:main\s+)?content)$|^tags?:|^topics?:|^listen\s+to\s+this|"
    # A pointer to a video, whose title tells what the video shows, not this report: "▶ На YouTube-каналі ТСН можна
    # переглянути за цим посиланням відео: Ракети атакували кілька міст України!", "Watch the video: ...".
    # (Only the pointer: "Наслідки удару можна переглянути на відео нижче" is a sentence of the report.)
    r"^\W*[▶►]\s*.*\b(?:відео|видео|video|youtube)|^\W*(?:watch|дивіться|смотрите)(?:\s+the)?\s+(?:video|відео|"
    r"видео)\s*:?\s*$|\b(?:за\s+(?:цим\s+)?посиланням|по\s+(?:этой\s+)?ссылке)\s+(?:відео|видео)\b",
    re.IGNORECASE,
)
# A link to another of the outlet's reports, set in the article: "Read also: Russia kills two in Donetsk Oblast",
# "Читайте також: ...", "Читать также", or with the headline straight after ("Читайте також Росіяни вдарили по
# Бериславу: ...", "Читайте також 5 загиблих у Херсоні", "Читайте також 👉 ..."). A marker alone on its line stands
# over the linked headline on the next.
_RELATED_LINK = re.compile(
    r"^(?:read\s+(?:also|more)|also\s+read|(?:читайте|читати|читать)(?:\s+(?:також|также|більше|еще|ещё))?|"
    r"(?:також|также)\s+(?:читайте|читати|читать)|(?:дивіться|смотрите)\s+(?:також|также))"
    r"\s*(?:[:—–-]|$|(?<=\s)(?=(?-i:[A-ZА-ЯІЇЄҐЁ0-9«\"“👉➡►▶→])))",
    re.IGNORECASE,
)
_TEASER_BULLET = re.compile(r"^\s*[•·▪●]\s")
# The same link glued to the end of a paragraph by a syndicator that dropped the line break: "...setting dry grass
# on fire.Read also: Civilian wounded in Kherson in drone strike". The linked headline runs to the line's end.
_GLUED_RELATED_LINK = re.compile(
    r"(?<=[.!?»”\"])\s*(?=(?:Read\s+(?:also|more)|Also\s+read|READ\s+ALSO|Читайте\s+(?:також|также)|"
    r"Читати\s+також|ЧИТАЙТЕ\s+ТАКОЖ)\s*:)"
)
# A wire photo's caption is dated when the picture was taken, often another day: "A police officer inspects parts
# of a drone... in Kharkiv, Ukraine October 6, 2022. REUTERS/Vyacheslav Madiyevskyy", "...stands by a window...
# in Kyiv, Ukraine, on January 23 2026." Its credit names the photographer (not "Reuters/Ipsos", a poll); without
# one, it is a single sentence about what a picture shows, ending with the place and the full date.
_PHOTO_CREDIT = re.compile(
    r"\b(?:REUTERS|AP Photo|AFP)/\s?(?!Ipsos|YouGov)[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+)+|"
    # ...or the photographer, then the agency, closing the line: "...Ukraine, Oct. 21, 2022. Emilio Morenatti/AP".
    r"(?:^|[.!?]\s+)(?:[A-Z][\w'’-]+\s+){1,3}[A-Z][\w'’-]+\s?/\s?(?:AP|AFP|Reuters|REUTERS|Getty\sImages|Bloomberg|EPA)$"
)
_CAPTION_ENDING = re.compile(
    r"(?<![\w'’.-])[A-Z][\w'’.-]{0,40},\s(?:Ukraine|Russia|Poland|Belarus|Moldova|Romania|Crimea)(?:,\s|\s)(?:on\s)?"
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)\s\d{1,2},?\s"
    r"(?:19|20)\d\d\.?(?:\s?\((?:Reuters|AP|AFP)\))?$"
)
# A file picture's caption says so first: "FILE - This undated photograph ... shows the wreckage of ... a Shahed
# drone downed near Kupiansk", "FILE PHOTO: Ukrainian servicemen move past a burning car" (AP, Reuters).
_FILE_PHOTO = re.compile(r"\s*(?:FILE(?:\s+PHOTO)?|File\s+photo)\s*[-–—:]\s")
_PICTURE_VERB = re.compile(
    r"\b(?:is|are|stands?|walks?|sits?|looks?|inspects?|works?|removes?|clears?|carr(?:y|ies)|gathers?|shows?|"
    r"pictured|seen|view)\b"
)
_ANOTHER_SENTENCE = re.compile(r"[.!?]\s+[A-Z]")
# One sentence ending and another beginning within a line; a word of four small letters before the stop keeps out
# initials and abbreviations ("U.S. Army", "Gen. Syrskyi", "вул. Шевченка").
_SENTENCE_WITHIN = re.compile(r"[a-zа-яіїєґё]{4}[.!?][\"'”’»)]*\s+[A-ZА-ЯІЇЄҐЁ]")


def _is_wire_caption(line: str) -> bool:
    if _PHOTO_CREDIT.search(line) or _FILE_PHOTO.match(line):
        return True
    return (
        _CAPTION_ENDING.search(line) is not None
        and _ANOTHER_SENTENCE.search(line) is None
        and _PICTURE_VERB.search(line) is not None
    )


_TRAILER = re.compile(
    # A box of links that pages also set in the middle of an article...
    r"^(?:(?P<box>see\s+also|related(?:\s+(?:articles|news|stories|posts))?|more\s+on\s+this\s+topic|"
    r"recommended(?:\s+for\s+you)?|you\s+may\s+also\s+like|read\s+next|"
    # (In Ukrainian and Russian only a heading on a line of its own: "Рекомендуємо: не наближайтеся до уламків" is
    # advice.)
    r"(?:(?:ще|еще|ещё)\s+(?:за\s+темою|по\s+теме)|по\s+(?:темі|теме)|"
    r"(?:новини|новости|статті|статьи)\s+(?:за\s+темою|по\s+теме)|(?:схожі|похожие)\s+(?:новини|новости|статті|статьи)|"
    r"рекомендуємо|рекомендуем|вам\s+(?:може|может)\s+(?:бути|быть)\s+(?:цікаво|интересно))(?=\s*[:—–|-]?\s*$))|"
    # ...or what only ends a page.
    r"more\s+(?:from|news|stories)|most\s+(?:read|popular)|latest\s+news|comments?|"
    # (An author's box opens with the picture's alt text: "Avatar", then "The Kyiv Independent news desk"; Interfax-
    # Ukraine's tag box is "MORE ABOUT" over dated headlines, not "More about that later".)
    r"(?:avatar|show\s+more|more\s+about|останні\s+новини|последние\s+новости|останнє|популярне|популярное|найпопулярніше|"
    r"самое\s+читаемое|коментарі|комментарии|(?:(?:читати|читайте|читать)\s+)?(?:інші|другие)\s+новин[иы]|"
    r"більше\s+новин|больше\s+новостей|"
    r"новини\s+партнерів|новости\s+партнеров)(?=\s*[:—–|-]?\s*$))\s*(?:$|[:—–|-])",
    re.IGNORECASE,
)
# A linked headline is a line at most this long.
_HEADLINE_CHARS = 160
# How far past a "Recommended" box to look for the article going on, in lines of links.
_BOX_LINES = 12
# "By Jakub Artych", "By Taras Melnyk, The Kyiv Independent", "By Reuters", "Written by Anna Kyiv | AP".
_BYLINE = re.compile(
    r"^(?:by|author|written\s+by)\s*:?\s+(?P<name>[^\d,;:|]{3,60}?)(?:\s*[,|]\s*(?P<outlet>[^\d,;:|]{2,60}))?$",
    re.IGNORECASE,
)
_NAME_LINE = re.compile(r"^(?:[A-ZÀ-ÖØ-ÞĀ-ž][\w'’.-]+\s+){1,3}[A-ZÀ-ÖØ-ÞĀ-ž][\w'’.-]+$")
_HEADER_FIELD = re.compile(
    r"^(?P<key>title|url|link|source|outlet|publication|author|published|date|updated|posted)\s*:\s*(?P<value>.+)$",
    re.IGNORECASE,
)
_URL = re.compile(r"^https?://\S+$")
# What is left of a picture on a scraped page: its address alone on a line, or its end (":format(webp)/wz.lviv.ua/
# images/news/_cover/529486/image-2025-03-14-092621.jpg)"), whose date is the upload's.
_PICTURE_ADDRESS = re.compile(r"^\S*\.(?:jpe?g|png|webp|gif|avif)\)?$", re.IGNORECASE)
_MONTH_WORD = re.compile(r"\b(?:" + "|".join(MONTHS) + r")\b", re.IGNORECASE)
_NUMERIC_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[./]\d{1,2}[./]\d{4}\b")
# (EFE files from two cities at once, in title case: "Moscow/Lviv, Ukraine, Oct 29 (EFE).-".)
_WIRE_PLACE = (
    r"(?P<place>[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+)*(?:,\s*[A-Z][A-Za-z .]{1,30}?)?"
    r"|[A-Z][a-z]+(?:/[A-Z][a-z]+)*(?:,\s*[A-Z][a-z]+(?=,))?)"
)
_WIRE_DATE = r"(?P<date>[A-Za-z]{3,9}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}\s+[A-Za-z]{3,9}\.?(?:\s+\d{4})?)"
_WIRE_OUTLET = r"(?P<outlet>[A-Za-z][A-Za-z .&/-]{1,30})"
# The ways wire copy opens (matched at the start of a line, so no "^"): "KYIV, Dec 14 (Reuters) -", "KYIV, Ukraine (AP) —", "Kyiv, 14 December 2023 (Ukrinform)
# –", "MOSCOW, May 24. /TASS/.", "Dec. 16 (UPI) —", and a syndicator's credit "(MENAFN- UkrinForm)".
# Russian and Ukrainian agencies open the same way in Cyrillic: "МОСКВА, 1 авг - РИА Новости.", "МОСКВА, 1 августа.
# /ТАСС/.", "КИЇВ, 14 грудня (Укрінформ) -".
_CYRILLIC_CAPITALS = "А-ЯІЇЄҐЁ"
_WIRE_PLACE_CYRILLIC = rf"(?P<place>[{_CYRILLIC_CAPITALS}][{_CYRILLIC_CAPITALS}'’.-]+(?:\s+[{_CYRILLIC_CAPITALS}][{_CYRILLIC_CAPITALS}'’.-]+)*)"
# "Казань", "Нижний Новгород": a place written as a name, not in capitals (Interfax).
_WIRE_PLACE_CYRILLIC_TITLE = (
    rf"(?P<place>[{_CYRILLIC_CAPITALS}][а-яіїєґё'’-]+(?:[ -][{_CYRILLIC_CAPITALS}][а-яіїєґё'’-]+)*)"
)
_WIRE_DATE_CYRILLIC = r"(?P<date>\d{1,2}\s+[а-яіїєґё]{3,9}\.?(?:\s+\d{4})?)"
_WIRE_OUTLET_CYRILLIC = r"(?P<outlet>[\w][\w .&-]{1,30}?)"
WIRE_DATELINES = (
    # (EFE closes its dateline with a stop before the dash: "Moscow, Oct 12 (EFE).- ".)
    re.compile(rf"{_WIRE_PLACE}(?:,\s*{_WIRE_DATE})?\s*\({_WIRE_OUTLET}\)\.?\s*[-–—]+\s*"),
    re.compile(rf"{_WIRE_PLACE},\s*{_WIRE_DATE}\.?\s*/{_WIRE_OUTLET}/\.?\s*"),
    # Pakistan's APP and its syndicators: "Kyiv, (APP - UrduPoint / Pakistan Point News - 4th Feb, 2025) ".
    re.compile(
        rf"{_WIRE_PLACE},\s*\((?P<outlet>[A-Z]{{2,8}})\s*-[^()\n]{{0,60}}?-\s*"
        r"(?P<date>\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?,?\s+\d{4})\)\s*"
    ),
    re.compile(rf"{_WIRE_DATE}\s*\({_WIRE_OUTLET}\)\s*[-–—]+\s*"),
    re.compile(rf"\(?[A-Z]{{3,10}}\s*-\s*{_WIRE_OUTLET}\)\s*"),
    re.compile(rf"{_WIRE_PLACE_CYRILLIC},\s*{_WIRE_DATE_CYRILLIC}\s*[-–—]+\s*{_WIRE_OUTLET_CYRILLIC}\.\s+"),
    re.compile(rf"{_WIRE_PLACE_CYRILLIC},\s*{_WIRE_DATE_CYRILLIC}\.?\s*/{_WIRE_OUTLET_CYRILLIC}/\.?\s*"),
    re.compile(rf"{_WIRE_PLACE_CYRILLIC},\s*{_WIRE_DATE_CYRILLIC}\s*\({_WIRE_OUTLET_CYRILLIC}\)\s*[-–—]+\s*"),
    # Interfax: "Казань. 11 февраля. ИНТЕРФАКС - ", "Москва. 14 февраля. INTERFAX.RU - ".
    re.compile(
        rf"{_WIRE_PLACE_CYRILLIC_TITLE}\.\s*{_WIRE_DATE_CYRILLIC}\.\s*"
        r"(?P<outlet>(?:ИНТЕРФАКС|ІНТЕРФАКС)(?:-[А-ЯІЇЄҐ]+)?|INTERFAX(?:\.RU|-[A-Z]+)?)\s*[-–—]+\s*"
    ),
)

# "Kyiv: At least six people were killed...": the dateline of South Asian outlets, opening the first paragraph.
COLON_DATELINE = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}:[ \t]+(?=[A-Z\"“])")
# "KYIV —", "KHARKIV, Ukraine –", "KYIV, (Ukraine):", "(NEW YORK) —" (ABC News), "KYIV-Russia attacked" (Pakistani
# outlets): a dateline without an outlet. The place must be in capitals.
PLACE_DATELINE = re.compile(
    r"(?P<open>\()?[A-Z][A-Z'’.]{2,}(?:-[A-Z'’.]+)*(?:[ \t]+[A-Z][A-Z'’.]*(?:-[A-Z'’.]+)*)*"
    r"(?(open)\)|(?:,[ \t]*(?:[A-Z][a-z]+|\([A-Z][a-z]+\)))?)[ \t]*(?:(?:[—–-]+|:)[ \t]+|-(?=[A-Z][a-z]))"
)

_LEAD_DATELINES = (*WIRE_DATELINES, PLACE_DATELINE, COLON_DATELINE)


@dataclass
class _Header:
    title: str | None = None
    author: str | None = None
    published: datetime | None = None
    url: str | None = None
    outlet: str | None = None
    # When the page says it was changed: its date only when nothing else dates it.
    updated: datetime | None = None
    # The standfirst a scraped page glued to its repeated headline ("...пострадавших растет Оккупанты обстреляли
    # Киев, Харьков, ..."): what it says is the report's, so it opens the body.
    subtitle: str | None = None


# Stored copies of pages begin with the date the page was filed under, on the line of its first text:
# " date 2024-05-25 Russian strike on Ukraine's Kharkiv kills...".
_STORED_DATE = re.compile(r"\A\s*date\s+(?P<date>(?:19|20)\d\d-\d\d-\d\d)\b[ \t]*")
# No report about this war was published before this year: an older date in a header is a typo or another page's.
EARLIEST_PUBLICATION_YEAR = 1990


# A designator glued to the next word where a page lost a space ("ракету Х-59збили", "Kh-101missiles").
_GLUED_DESIGNATOR = re.compile(r"(\b[A-ZА-ЯІЇЄҐ][A-Za-zА-Яа-яІЇЄҐіїєґ]{0,2}-\d{1,3})(?=[a-zа-яіїєґ]{3,})")


def _spaced(line: str) -> str:
    return _GLUED_DESIGNATOR.sub(r"\1 ", " ".join(_characters(line).split()))


# Text copied from a page's source keeps its character references ("Russia&#039;s attack", "&laquo;Шахеди&raquo;"):
# they are the characters they name, twice over when the page escaped them twice ("&amp;#039;"). Only whole
# references: a bare "&" in "AT&T" or "R&D" is text.
_CHARACTER_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")


def _characters(line: str) -> str:
    for _ in range(2):
        if "&" not in line:
            break
        line = _CHARACTER_REFERENCE.sub(lambda reference: html.unescape(reference.group()), line)
    return line


# Plain text wrapped at a fixed width (wire copy, e-mail): a long line ending mid-sentence, the next going on in
# lower case ("...hit some military" / "infrastructure in the western Ukrainian region..."), or after a word no
# sentence ends with ("...early on" / "Sunday, the region's governor said..."). Short lines are a list's, a
# heading's or a byline's, which wrapping never makes.
_WRAPPED_LINE = 40
_ENDS_MID_SENTENCE = re.compile(r"[\w,–—-]$")
_GOES_ON = re.compile(r"[a-zа-яіїєґё]")
_ENDS_WITH_A_LINK_WORD = re.compile(
    r"(?:,|\b(?:the|a|an|of|in|on|at|to|from|for|by|with|and|or|but|that|which|as|into|over|than|its|their|his|her)"
    r"|(?<![\w'’ʼ-])(?:в|у|на|з|із|зі|до|по|від|та|і|й|и|а|що|як|для|при|під|над|о|об|с|со|из|от|к|за))$",
    re.IGNORECASE,
)
_WRAPPED_PAIRS = 4  # that many such breaks, and at least a third of the long lines', make a text wrapped


def _unwrapped(lines: list[str]) -> list[str]:
    """The lines of a text wrapped at a fixed width joined into its paragraphs: each long line that ends
    mid-sentence is joined to the next (a wrapped text's paragraphs end with their sentences); other texts are left
    as they are."""
    long_pairs = [(a, b) for a, b in pairwise(lines) if len(a) >= _WRAPPED_LINE and b]
    wrapped = sum(1 for a, b in long_pairs if _ENDS_MID_SENTENCE.search(a) and _GOES_ON.match(b))
    if wrapped < _WRAPPED_PAIRS or wrapped * 3 < len(long_pairs):
        return _rejoined(lines)
    joined: list[str] = []
    for line in lines:
        previous = joined[-1] if joined else ""
        if (
            len(previous) >= _WRAPPED_LINE
            and line
            and _ENDS_MID_SENTENCE.search(previous)
            and (_GOES_ON.match(line) or _ENDS_WITH_A_LINK_WORD.search(previous))
        ):
            joined[-1] = f"{previous} {line}"
        else:
            joined.append(line)
    return joined


def _rejoined(lines: list[str]) -> list[str]:
    """A text not wrapped throughout may still have a sentence broken after a word that cannot end one ("On March 1,
    2022, a" / "Ukrainian Tochka-U missile was shot down ..."): that line goes on in the next."""
    joined: list[str] = []
    for line in lines:
        previous = joined[-1] if joined else ""
        if (
            previous
            and line.strip()
            and _ENDS_WITH_A_WORD_THAT_GOES_ON.search(previous)
            and _GOES_ON_AFTER_A_BREAK.match(line)
        ):
            joined[-1] = f"{previous} {line.strip()}"
        else:
            joined.append(line)
    return joined


_GOES_ON_AFTER_A_BREAK = re.compile(r"\s*[\w\"“«]")
# (Not a comma: the lines of a list end in one.)
_ENDS_WITH_A_WORD_THAT_GOES_ON = re.compile(
    r"(?<![\w'’-])(?:the|a|an|of|to|from|by|with|into|than|its|their|his|her)$", re.IGNORECASE
)


def parse_text(text: str, *, name: str, url: str | None = None, fmt: str = "text") -> ArticleDraft:
    stored = _STORED_DATE.match(text)
    if stored:
        text = text[stored.end() :]
    lines = [_spaced(line) for line in text.split("\n")]
    header = _Header(url=url)
    body_start = _read_header(lines, header)
    filed = line_date(stored.group("date")) if stored else None
    if filed is not None and not (
        header.published is not None
        and timedelta(0) <= filed.date() - header.published.date() <= _FILED_AFTER_PUBLISHED
    ):
        # The date a stored copy was filed under stands in for the page's own, which beats it when it comes a
        # little before (a Kyiv Independent page of "October 15, 2022 11:07 am" was stored under the 17th, the day
        # it was last changed); a date long before is some other day the page names.
        header.published = filed
    body_lines = _clean_body(_unwrapped(lines[body_start:]), header)
    if not body_lines:
        # A page that is only its headline and standfirst (a paywall's): the standfirst's points are its text.
        body_lines = [
            _TEASER_BULLET.sub("", line).strip()
            for line in lines[:body_start]
            if _TEASER_BULLET.match(line) and len(line.split()) >= _STANDFIRST_WORDS
        ]
    if header.title is None:
        header.title = _title_from_body(body_lines, name)
    body = "\n\n".join(body_lines)
    draft = ArticleDraft(
        title=header.title,
        body=body,
        published=header.published,
        outlet=header.outlet,
        author=header.author,
        url=header.url,
        format=fmt,
    )
    draft = apply_wire_dateline(draft)
    if header.subtitle and not body.startswith(header.subtitle):
        # Before the body, after its dateline was read: a dateline opens the body it stands at the start of.
        shift = len(header.subtitle) + 2
        draft = replace(
            draft,
            body=f"{header.subtitle}\n\n{draft.body}",
            masked=tuple((start + shift, end + shift) for start, end in draft.masked),
        )
    return draft


# The words a standfirst's point has at least, bullet included (a shorter one is a menu's or a teaser's).
_STANDFIRST_WORDS = 8
# How long after its publication a page may have been stored (a Kyiv Independent page of 3 October 2022 was
# stored under the 17th).
_FILED_AFTER_PUBLISHED = timedelta(days=31)


def _is_date_line(line: str) -> bool:
    """A header line that carries a full date: a dateline, or a site's "today" (which the caller tells apart)."""
    if len(line) > 100 or _is_prose(line, strict=True):
        return False
    # (Not a lead that dates the day before it: "Минулої доби, 9 серпня 2024 року, війська РФ обстрілювали ...";
    # a page's stamp is: "Вчора, 13 жовтня 2024, 18:34".)
    told = find_dates(line, None)
    if not is_a_stamp(line) and any(called_the_day_before(line, m.offset) for m in told):
        return False
    if told and all(_SPAN_FROM.search(line, 0, m.offset) for m in told):
        return False  # a span's start, as a site's notice gives one: "Since July 1, 2024, we have disabled all ads"
    found = line_date(line)
    return found is not None and found.year >= EARLIEST_PUBLICATION_YEAR


_A_WORD = re.compile(r"[^\W\d_]{2}")
# ("Новини від 14.10.2024", "с 14.10.2024" are a page's own date: only words that can say nothing else.)
_SPAN_FROM = re.compile(r"(?:^|\s)(?:since|until|till|починаючи\s+з|начиная\s+с)\s+$", re.IGNORECASE)


def _is_dated_caption(line: str) -> bool:
    stamped = line_date(line)
    return (
        not is_a_stamp(line)
        and stamped is not None
        and (stamped.hour, stamped.minute) == (0, 0)
        and _BYLINE_WORDS.search(line) is None
    )


# What a byline or a page's stamp says beside its date (no caption's): "By Olena Harmash, October 13, 2024",
# "Опубліковано 13 жовтня 2024 року у рубриці", "Last updated on 13 October 2024".
_BYLINE_WORDS = re.compile(
    r"(?<!\w)(?:by|автор\w*|опубліков\w*|опубликов\w*|published|updated|posted|written|оновлен\w*|обновлен\w*|"
    r"редакц\w*|рубри\w*|section|news\s+desk)(?!\w)",
    re.IGNORECASE,
)


def _is_prose(line: str, *, strict: bool = False) -> bool:
    """A sentence of the article rather than a title, byline or dateline: long, or ending like a sentence.

    `strict` asks for a paragraph no header line would be: over 100 characters and ending like a sentence.
    """
    ends_like_sentence = bool(_SENTENCE_END.search(line))
    if strict:
        return len(line) >= 200 or (ends_like_sentence and len(line) >= 100)
    # (A sentence that opens a list of figures ends in a colon: "During the past night, air defense duty forces
    # intercepted and destroyed 21 Ukrainian UAVs:"; not a promotion's "Follow us on Telegram and Viber:".)
    ends_like_clause = ends_like_sentence or (
        line.rstrip().endswith(":") and _COUNT_IN.search(line) is not None
    )
    return (
        len(line) >= 200
        or (ends_like_clause and (len(line) >= 60 or len(line.split()) >= 8))
        # A paragraph whose last sentence lost its stop to a link cut off ("Про це повідомив ... у Telegram").
        or (len(line) >= 100 and _SENTENCE_WITHIN.search(line) is not None)
    )


# A site's bar of today's date, weather and exchange rates ("Сб 20.04.2024 • Харків +14°С • USD 39.6"): the day the
# page was saved, not the article's.
_WIDGET = re.compile(r"\d\s*°\s*[CСF]?|\b(?:USD|EUR|UAH|RUB|GBP)\b")
_WIDGET_REACH = 2  # lines either side of a date


_BULLETED = re.compile(r"\s*[•·▪►]\s")
_BULLETED_DATE_CHARS = 40


def _in_widget(lines: list[str], index: int) -> bool:
    near = lines[max(0, index - _WIDGET_REACH) : index + _WIDGET_REACH + 1]
    return any(_WIDGET.search(line) for line in near)


def _read_header(lines: list[str], header: _Header) -> int:
    """Read metadata from the lines before the body; return the index of the first body line."""
    limit = min(len(lines), 40)
    # A subtitle can read like a sentence ("Russia uses weapons from Korea. There is evidence."), so the header
    # runs to the dateline when there is one before the first long paragraph, else to the first sentence.
    # (An advertisement's blurb is no paragraph: "Sponsor: QWIKET: Elevate your fantasy game! Interactive ...".)
    first_long = next(
        (i for i in range(limit) if _is_prose(lines[i], strict=True) and not _CLUTTER.search(lines[i])), limit
    )
    first_prose = next(
        (i for i in range(limit) if _is_prose(lines[i]) and not _HEADER_FIELD.match(lines[i])), limit
    )
    search_end = first_long if first_long < limit else min(limit, first_prose + 1)
    # A photo's caption is dated when the picture was taken ("A photo of Bryansk, Russia, on March 3, 2023.
    # (Kirill Kudryavtsev/AFP via Getty Images)"), not when the report was published.
    date_lines = [
        i
        for i in range(search_end)
        if _is_date_line(lines[i])
        and not _PICTURE_ADDRESS.match(lines[i])
        and not _in_widget(lines, i)
        and not _CLUTTER.search(lines[i])
        and not _is_wire_caption(lines[i])
        # (A bulleted headline of a "Trending" box: "• Premier League Matchday Review: Saturday, 30 August 2025 –
        # Thrills And Drama", not a page's bulleted date: "• 14 липня, 2022 12:00".)
        and not (_BULLETED.match(lines[i]) and len(lines[i].strip()) > _BULLETED_DATE_CHARS)
    ]
    if date_lines:
        end = date_lines[-1] + 1
    elif first_prose < limit:
        end = first_prose
    else:
        end = 0
    # "Key: value" lines at the top (pasted metadata, Markdown front matter) belong to the header too.
    end = max([end, *(i + 1 for i in range(first_prose) if _HEADER_FIELD.match(lines[i]))])
    fields = [(i, m) for i in range(end) if (m := _HEADER_FIELD.match(lines[i]))]
    for _, match in fields:
        _apply_field(header, match.group("key").lower(), match.group("value").strip())
    if header.published is None:
        # The dateline nearest the body is the article's; dates higher up belong to the site's header. A line that
        # tells something of a day, with no time of day, is a photo's caption, dated when the picture was taken
        # ("Пожежі після обстрілів у Семенівській громаді, 5 серпня 2024 року" under "06 ВЕРЕСНЯ 2024, 08:37"); a
        # byline gives its time.
        stamps = [i for i in date_lines if not _is_dated_caption(lines[i])] or date_lines
        # When it was changed is not when it was published: "04.05.2023, 08:20" above "Обновлено: 04.09.2025".
        stamps = [i for i in stamps if not _UPDATED_LINE.match(lines[i])] or stamps
        for i in reversed(stamps):
            parsed = line_date(lines[i])
            if parsed is not None:
                header.published = parsed
                break
    header.published = header.published or header.updated
    field_lines = {i for i, _ in fields}
    candidates = [
        i
        for i in range(end)
        if lines[i]
        and i not in field_lines
        and i not in date_lines
        and not _CLUTTER.search(lines[i])
        and not _URL.match(lines[i])
        and not _PICTURE_ADDRESS.match(lines[i])
        and _A_WORD.search(lines[i])  # (not a close button's "×")
    ]
    if header.url is None:
        header.url = next((lines[i] for i in range(end) if _URL.match(lines[i])), None)
    if candidates and header.title is None:
        header.title = _pick_title([lines[i] for i in candidates], lines[end : end + _CAPTION_LINES])
        header.subtitle = _glued_subtitle(lines, candidates, header.title) or _lead_below(
            lines, candidates, header.title
        )
    if header.author is None:
        header.author = _pick_author(lines, candidates, date_lines, header)
    return end


_UPDATED_LINE = re.compile(
    r"\W*(?:(?:last\s+)?(?:updated|modified|edited)|обновлено|оновлено|изменено|змінено|відредаговано|"
    r"отредактировано)(?!\w)",
    re.IGNORECASE,
)


# A standfirst opens a sentence of three words or more; a photo's caption or credit ("Photo: ...", "Фото: ...",
# "...(Photo:"), a site's trail ("| World News") or the headline's own end ("in overnight attack") is none.
_CAPTION_START = re.compile(r"(?:photo|фото)\b", re.IGNORECASE)
_CAPTION_END = re.compile(r"(?:[(:]|\((?:photo|фото))$", re.IGNORECASE)
_STANDFIRST_WORDS = 3


def _is_standfirst(rest: str) -> bool:
    rest = rest.strip()
    return (
        rest[:1].isupper()
        and "|" not in rest
        and not _CAPTION_START.match(rest)
        and not _CAPTION_END.search(rest)
        and len(re.findall(r"\w+", rest)) >= _STANDFIRST_WORDS
    )


def _glued_subtitle(lines: list[str], candidates: list[int], title: str) -> str | None:
    """The text a header line runs on with after the headline it repeats, and the lines it wraps onto (each one
    before ending in a comma); None when no line does."""
    start = next(
        (i for i in candidates if lines[i].startswith(title) and _is_standfirst(lines[i][len(title) :])),
        None,
    )
    if start is None:
        return None
    parts = [lines[start][len(title) :].strip()]
    following = start + 1
    while following in candidates and parts[-1].endswith(","):
        parts.append(lines[following].strip())
        following += 1
    return " ".join(parts)


# The words a lead without its full stop has at least, standing alone below its headline.
_LEAD_WORDS = 12
_CREDIT = re.compile(r"\w\s*/\s*(?:[A-Z]|The\b)|\b(?:Getty|AFP|Reuters|Associated Press)\b")
# A line that points elsewhere or shows a picture, not the lead: "Читайте також: ...", "released by the State Emergency
# Service", "архівне фото ДСНС".
_NOT_A_LEAD = re.compile(
    r"^(?:read\s+(?:also|more)|see\s+also|читайте\s+(?:також|также)|дивіться\s+також|смотрите\s+также|"
    r"по\s+теме|на\s+тему)\b|\b(?:photo|фото|picture|image|released\s+by|handout|file\s+photo|illustrat\w*|"
    r"ілюстрат\w*|иллюстрат\w*|архівн\w*|архивн\w*|archive)\b",
    re.IGNORECASE,
)


def _lead_below(lines: list[str], candidates: list[int], title: str) -> str | None:
    """The lead a page sets in bold under its headline, without a full stop, just before the body ("Внаслідок
    ворожої атаки безпілотників у Новгород-Сіверському районі ... залишився без електропостачання"): the body's
    first sentence, which the text below only goes on from."""
    below = [i for i in candidates if lines[i] and lines[i] != title]
    if not below or title not in (lines[i] for i in candidates if i < below[-1]):
        return None
    lead = lines[below[-1]].strip()
    if (
        len(lead.split()) < _LEAD_WORDS
        or not _is_standfirst(lead)
        or _MENU.search(lead)
        # (A photo's caption ends on its stop or its credit: "... October 6, 2022. (Reuters)", "... on Sept.
        # 3.DAVID GUTTENFELDER/The New York Times News Service".)
        or not lead[-1].isalnum()
        or _CREDIT.search(lead)
        or _NOT_A_LEAD.search(lead)
        # (It tells the headline's news: a related report's headline or a photo's caption shares a word or two.)
        or len(_stems(title) & _stems(lead)) < _LEAD_SHARED_STEMS
    ):
        return None
    return lead


_LEAD_SHARED_STEMS = 3


def _apply_field(header: _Header, key: str, value: str) -> None:
    if key == "title":
        header.title = value
    elif key in ("url", "link") or (key == "source" and _URL.match(value)):
        header.url = value
    elif key in ("source", "outlet", "publication"):
        # "Source: Xinhua| 2026-01-04 15:42:48|Editor: huaxia": the outlet, then the page's other fields.
        header.outlet = re.split(r"\s*\|\s*", value, maxsplit=1)[0] or value
    elif key == "author":
        header.author = value
    elif key in ("published", "date", "posted"):
        header.published = line_date(value) or parse_date_text(value) or header.published
    elif key == "updated":
        header.updated = line_date(value) or parse_date_text(value) or header.updated


def _pick_title(lines: list[str], below: Sequence[str] = ()) -> str:
    """The headline among the header lines. Scraped pages repeat it, or glue a site name or section to it
    ("NewsRussia's rare use...", "Ukrainska PravdaTwo Zircon missiles..."), or caption the first photo with it
    just below ("Три підозри за ... у Чернігові / Фото: Офіс генпрокурора"); menus are full of separators."""
    for index, line in enumerate(lines):
        others = lines[:index] + lines[index + 1 :]
        if len(line.split()) >= 3 and (
            line in others
            or any(o != line and o.endswith(line) for o in others)
            or any(_CAPTIONED.match(caption[len(line) :]) for caption in below if caption.startswith(line))
        ):
            return line
    headline = [
        line
        for line in lines
        if len(line.split()) >= 4 and not _MENU.search(line) and not _tags(line) and not _topic_menu(line)
    ]
    return headline[0] if headline else lines[0]


# How far below the header a photo's caption may repeat the headline, and how such a caption goes on.
_CAPTION_LINES = 12
_CAPTIONED = re.compile(r"\s*[/|]\s*(?:photo|фото)\b", re.IGNORECASE)


def _topic_menu(line: str) -> bool:
    """A site's row of topics run together ("Вибори в Молдові Держбюджет-2026 Мирні переговори Війна в Україні"):
    Ukrainian and Russian headlines are written in sentence case, so most words capitalised is no headline."""
    words = [word for word in line.split() if word[:1].isalpha()]
    if len(words) < _MENU_WORDS or not is_cyrillic(line):
        return False
    return sum(word[:1].isupper() for word in words) >= _MENU_CAPITALS * len(words)


_MENU_WORDS = 5
_MENU_CAPITALS = 0.6


def _tags(line: str) -> bool:
    """A page's tags or section trail ("News Feed, Ukraine, July 8 attack, War, Missile attack, Russia, Kh-101"):
    several short items between commas, and no sentence."""
    items = [item.split() for item in line.split(",")]
    return len(items) >= _TAG_ITEMS and all(1 <= len(words) <= _TAG_WORDS for words in items)


# A headline may list four cities ("Russia strikes Kyiv, Kharkiv, Odesa, Lviv"); a tag line lists more.
_TAG_ITEMS = 6
_TAG_WORDS = 3


def _pick_author(
    lines: list[str], candidates: list[int], date_lines: list[int], header: _Header
) -> str | None:
    for i in candidates:
        if _byline(lines[i], header):
            return header.author
    # A bare name on the line just before the dateline: "Jakub Artych" then "6 August 2024 17:48".
    for i in date_lines:
        previous = next((j for j in range(i - 1, -1, -1) if lines[j]), None)
        if (
            previous is not None
            and previous in candidates
            and previous != candidates[0]
            and _NAME_LINE.match(lines[previous])
            and not _MONTH_WORD.search(lines[previous])
        ):
            return lines[previous]
    return None


def _byline(line: str, header: _Header) -> bool:
    """Read a byline into the header ("By Taras Melnyk, The Kyiv Independent"); whether the line was one. Which
    name is an outlet ("By Reuters") is decided later, with the gazetteer."""
    match = _BYLINE.match(line)
    if match is None:
        return False
    header.author = header.author or match.group("name").strip()
    if match.group("outlet") and header.outlet is None:
        header.outlet = match.group("outlet").strip()
    return True


def _clean_body(lines: list[str], header: _Header) -> list[str]:
    kept: list[str] = []
    seen: set[str] = {header.title or ""}
    lines = [part for line in lines if line for part in _GLUED_RELATED_LINK.split(line)]
    skip_to = 0
    for index, line in enumerate(lines):
        if index < skip_to:
            continue
        if len(line) <= 80 and _byline(line, header):
            continue
        if (trailer := _TRAILER.match(line)) and kept:
            if not any(_is_prose(k) or _SENTENCE_END.search(k) for k in kept):
                # A sidebar's "Comments" or "Most read" above the article, among the menus: no end of it yet.
                continue
            # (A page's end under a paragraph or less, above more article than that, is a sidebar's: "News Feed", a
            # teaser, "Show More", then the report. What it kept is the sidebar's.)
            sidebar = _sidebar_above_article(kept, lines, index + 1, header.title)
            resumes = _article_after_box(lines, index + 1) if trailer.group("box") or sidebar else None
            if resumes is None:
                break
            if sidebar and not trailer.group("box"):
                kept = [k for k in kept if not _is_prose(k)]
            skip_to = resumes
            continue
        if (
            index >= len(lines) - 2
            and _is_headline_like(line)
            and _CITES_AN_AGENCY.search(line)
            and any(_is_prose(k) for k in kept)
        ):
            # Another report's headline at the page's end, with at most its lead's first words after it, as a wire
            # page lists its next ("Russia recognises first crew to use hypersonic missile in Ukraine -TASS"); not
            # a caption's credit nor a live blog's entry further up.
            break
        if (related := _RELATED_LINK.match(line)) is not None:
            if not line[related.end() :].strip():
                # The linked headlines under a marker alone on its line: short lines that end like no sentence,
                # or a list of teasers ("Read more" over "• At about 1:00 p.m., the Russian army attacked...").
                skip_to = index + 1
                while skip_to < len(lines) and (
                    _is_headline_like(lines[skip_to]) or _TEASER_BULLET.match(lines[skip_to])
                ):
                    skip_to += 1
            continue
        if (
            _CLUTTER.search(line)
            or _is_wire_caption(line)
            or line in seen
            or _URL.match(line)
            or _PICTURE_ADDRESS.match(line)
        ):
            continue
        seen.add(line)
        kept.append(line)
    return kept


# A headline's credit to the agency it cites, as wire copy writes one: "... in Ukraine -TASS", "... - RIA".
_CITES_AN_AGENCY = re.compile(
    r"\s[-–—]\s?(?:TASS|RIA|Interfax|Ifax|Reuters|Xinhua|Tass|Ria|Yonhap|Kyodo|Anadolu)\s*$"
)
_SIDEBAR_PARAGRAPHS = 1  # prose paragraphs a sidebar's teaser holds at most
_ARTICLE_PARAGRAPHS = 3  # ...and an article below it at least
# The letters two words share when they are one word in two forms ("attack", "attacked"; "Одеса", "Одесі").
_WORD_STEM = 5
_CONTENT_WORD = re.compile(r"[^\W\d_]{4,}")


def _shares_a_word(title: str, text: str) -> bool:
    """Whether a headline and a paragraph share a word (by its first letters), as a report's headline and lead do and
    a section's label ("News Feed") and a sidebar's teaser do not."""
    return bool(_stems(title) & _stems(text))


def _stems(text: str) -> set[str]:
    return {w.lower()[:_WORD_STEM] for w in _CONTENT_WORD.findall(text)}


def _sidebar_above_article(kept: list[str], lines: list[str], start: int, title: str | None) -> bool:
    """Whether what was kept before a box that ends pages is a sidebar's teaser over the article: a paragraph at
    most, under no headline of its own (a section's label, "News Feed", shares no word with it), above at least
    three paragraphs and twice its length before the next such box. (Under its headline, one paragraph is a short
    report, and what follows "Most read" is other stories.)"""
    teaser = [k for k in kept if _is_prose(k)]
    if len(teaser) > _SIDEBAR_PARAGRAPHS or (title is not None and _shares_a_word(title, " ".join(teaser))):
        return False
    below: list[str] = []
    for line in lines[start:]:
        if _TRAILER.match(line):
            break
        if _is_prose(line):
            below.append(line)
    return len(below) >= _ARTICLE_PARAGRAPHS and sum(map(len, below)) > 2 * sum(map(len, teaser))


def _is_headline_like(line: str) -> bool:
    return len(line) <= _HEADLINE_CHARS and not _SENTENCE_END.search(line)


def _article_after_box(lines: list[str], start: int) -> int | None:
    """Where the article goes on after a "Recommended" or "Related" box set in its middle: the first of two
    paragraphs in a row after the box's links (a box's teaser is one paragraph under a headline). None when the
    box ends the page, or holds paragraphs rather than links."""
    if start >= len(lines) or _is_prose(lines[start]):
        return None
    for index in range(start + 1, min(start + _BOX_LINES, len(lines) - 1)):
        if _is_prose(lines[index]) and _is_prose(lines[index + 1]):
            return index
    return None


def _title_from_body(lines: list[str], name: str) -> str:
    if lines and len(lines[0]) <= 160 and not _is_prose(lines[0]):
        return lines[0]
    if lines:
        # A page that opens with its lead has no headline: the lead's first sentence stands in, without the wire's
        # dateline ("KYIV (Reuters) –"), which names where the reporter filed, not what happened.
        first = re.split(r"(?<=[.!?])\s", _without_dateline(lines[0]), maxsplit=1)[0]
        return first if len(first) <= 160 else first[:157].rstrip() + "…"
    return PurePath(name).stem


def _without_dateline(text: str, patterns: Sequence[re.Pattern[str]] = _LEAD_DATELINES) -> str:
    for pattern in patterns:
        if (match := pattern.match(text)) is not None and text[match.end() :].strip():
            return text[match.end() :].lstrip()
    return text


def apply_wire_dateline(draft: ArticleDraft) -> ArticleDraft:
    """Read a wire dateline at the start of the body (or of one of its first lines, where a syndicator put its
    own header or a note like "(New throughout, adds ...)" first): the outlet, the filing date, and mask it from
    extraction."""
    match = next(
        (
            m
            for start in _line_starts(draft.body)
            for pattern in WIRE_DATELINES
            # Further in, only a dateline with its date or its place in capitals ("KYIV, Ukraine (AP) —", after a
            # photo's caption): "Zelensky (left) — ..." opens a caption, not wire copy.
            if (m := pattern.match(draft.body, start))
            and (
                start == 0
                or m.groupdict().get("date")
                or _CAPITALS_PLACE.match(m.groupdict().get("place") or "")
            )
        ),
        None,
    )
    # A page that lost its headline shows its lead's first words in its place, dateline and all ("KYIV, Ukraine
    # (AP) — A Russian drone slammed into..."): the reporter filed from there; the headline names what happened.
    # (Not "Ukraine: Russia strikes ...", a headline's own colon.)
    draft = replace(draft, title=_without_dateline(draft.title, (*WIRE_DATELINES, PLACE_DATELINE)))
    if match is None:
        # "KYIV, Ukraine — A Russian glide bomb struck...", at the start or after a photo's caption.
        bare = next(
            (m for start in _line_starts(draft.body) if (m := PLACE_DATELINE.match(draft.body, start))), None
        ) or _colon_dateline(draft.body)
        return replace(draft, masked=((bare.start(), bare.end()),)) if bare else draft
    published = draft.published
    stated = match.groupdict().get("date")
    if published is None and stated:
        published = _wire_date(stated, draft, draft.body[match.end() :])
    return replace(
        draft,
        outlet=draft.outlet or _known_wire_outlet(match.group("outlet")),
        published=published,
        masked=((match.start(), match.end()),),
    )


def _colon_dateline(body: str) -> re.Match[str] | None:
    """ "Kyiv: ..." opening the first paragraph (the first line long enough to be one)."""
    first = next(
        (start for start in _line_starts(body) if len(body[start:].split("\n", 1)[0]) >= _PARAGRAPH_CHARS),
        None,
    )
    return None if first is None else COLON_DATELINE.match(body, first)


_PARAGRAPH_CHARS = 80
_CAPITALS_PLACE = re.compile(r"[A-ZА-ЯІЇЄҐЁ][A-ZА-ЯІЇЄҐЁ'’.-]{2,}(?:\s|,|$)")
# How far into a body a syndicated copy's dateline may stand.
_DATELINE_WITHIN_CHARS = 1500


def _line_starts(body: str) -> list[int]:
    head = body[:_DATELINE_WITHIN_CHARS]
    return [0, *(m.end() for m in _LINE_OR_NOTE.finditer(head))]


_LINE_OR_NOTE = re.compile(
    r"\n+|\(\s*(?:new|updates|adds|recasts|corrects)\b[^)]*\)\s*"
    # A syndicator's label before the wire's own dateline: "Reuters: KYIV (Reuters) - ..."
    r"|(?:^|(?<=\n))(?-i:[A-Z][A-Za-z.&]{1,20}):[ \t]+(?=(?-i:[A-Z]{3,}))",
    re.IGNORECASE,
)


_WIRE_OUTLETS = {"reuters": "Reuters", "ap": "Associated Press", "afp": "Agence France-Presse"}


def _known_wire_outlet(code: str) -> str:
    return _WIRE_OUTLETS.get(code.strip().lower(), code.strip())


def _wire_date(text: str, draft: ArticleDraft, lead: str) -> datetime | None:
    if re.search(r"\d{4}", text):
        return parse_date_text(text)
    # "Dec 14" without a year: the latest full date the text itself carries fixes the year. A page that lost its
    # captions may carry only older years ("since February 2022"): when the lead's weekdays fit none of that year's
    # date and all fit the next year's ("KYIV, July 26 (Reuters) - ... on Wednesday", a Wednesday in 2023, a Tuesday
    # in 2022), it is the next year's.
    years = [int(y) for y in re.findall(r"\b(20\d\d)\b", draft.body)]
    if not years:
        return None
    latest = max(years)
    parsed = parse_date_text(f"{text} {latest}")
    weekdays = {_WEEKDAY_NUMBERS[w.lower()] for w in _LEAD_WEEKDAY.findall(lead[:_LEAD_CHARS])}
    following = parse_date_text(f"{text} {latest + 1}")
    if (
        parsed is not None
        and following is not None
        and weekdays
        and not weekdays & _days_told(parsed)
        and weekdays <= _days_told(following)
    ):
        return following
    if parsed is not None:
        return parsed
    for year in sorted(set(years), reverse=True):
        if (older := parse_date_text(f"{text} {year}")) is not None:
            return older
    return None


def _days_told(day: datetime) -> set[int]:
    """The weekdays a dateline's lead may give its news: the dateline's day and the day before (filed next morning)."""
    return {day.weekday(), (day.weekday() - 1) % 7}


# The day a wire lead says the report's news happened: "... in a second missile strike on Ukraine on Wednesday".
_LEAD_WEEKDAY = re.compile(
    r"\bon\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.IGNORECASE
)
# How far into a wire lead its weekdays are read.
_LEAD_CHARS = 600
_WEEKDAY_NUMBERS = {
    day: number
    for number, day in enumerate(
        ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
    )
}


# ---- Markdown -----------------------------------------------------------------------------------------------

_FRONT_MATTER = re.compile(r"\A---\s*\n(?P<block>.*?)\n---\s*\n", re.DOTALL)


def parse_markdown(text: str, *, name: str, url: str | None = None) -> ArticleDraft:
    meta: dict[str, str] = {}
    match = _FRONT_MATTER.match(text)
    if match:
        for line in match.group("block").splitlines():
            key, sep, value = line.partition(":")
            if sep:
                meta[key.strip().lower()] = value.strip().strip("\"'")
        text = text[match.end() :]
    title, lines = _markdown_lines(text)
    header_lines = [f"{key}: {value}" for key, value in meta.items() if key in {"title", "url", "author", "date",
                    "published", "outlet", "source"}]  # fmt: skip
    if title and "title" not in meta:
        header_lines.append(f"Title: {title}")
    return parse_text(
        "\n".join([*header_lines, *lines]), name=name, url=url or meta.get("url"), fmt="markdown"
    )


def _markdown_lines(text: str) -> tuple[str | None, list[str]]:
    tokens = MarkdownIt("commonmark").parse(text)
    title: str | None = None
    lines: list[str] = []
    heading_level = 0
    for token in tokens:
        if token.type == "heading_open":
            heading_level = int(token.tag[1:])
        elif token.type == "inline":
            pieces = [
                child.content for child in token.children or [] if child.type in ("text", "code_inline")
            ]
            content = "".join(pieces) if token.children else token.content
            if heading_level == 1 and title is None:
                title = content
            else:
                lines.append(content)
        elif token.type == "heading_close":
            heading_level = 0
        elif token.type in ("fence", "code_block"):
            lines.append(token.content.strip())
    return title, lines


# ---- HTML ---------------------------------------------------------------------------------------------------


def parse_html(text: str, *, name: str, url: str | None = None) -> ArticleDraft:
    try:
        document = trafilatura.bare_extraction(
            text,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params={
                "original_date": True,
                "extensive_search": True,
                "outputformat": "%Y-%m-%dT%H:%M:%S%z",
            },
        )
    except Exception as error:  # trafilatura raises a variety of parser errors on broken markup
        raise ParseError(f"{name}: the HTML could not be read ({type(error).__name__}).") from error
    if document is None:
        raise ParseError(f"{name} has no article text that I could find in the HTML.")
    meta: dict[str, Any] = document.as_dict() if hasattr(document, "as_dict") else dict(document)
    body = "\n\n".join(_spaced(line) for line in (meta.get("text") or "").split("\n") if line.strip())
    title = (meta.get("title") or "").strip()
    lines = body.split("\n\n")
    if lines and title and lines[0] == title:
        body = "\n\n".join(lines[1:])
    published = _html_date(meta.get("date"))
    draft = ArticleDraft(
        title=title or _title_from_body(lines, name),
        body=body,
        published=published,
        outlet=(meta.get("sitename") or "").strip() or None,
        author=(meta.get("author") or "").strip() or None,
        url=url or meta.get("url") or None,
        format="html",
    )
    return apply_wire_dateline(draft)


_BLOCKS = ("p", "li", "h1", "h2", "h3", "h4", "blockquote", "pre", "td")


def parse_html_plainly(text: str, *, name: str, url: str | None = None) -> ArticleDraft:
    """A page too large for boilerplate removal: the text of its paragraphs and headings, in order."""
    try:
        document = lxml.html.fromstring(text)
    except (lxml.etree.ParserError, ValueError) as error:
        raise ParseError(f"{name}: the HTML could not be read ({type(error).__name__}).") from error
    for unwanted in document.iter("script", "style", "noscript", "nav", "header", "footer"):
        unwanted.drop_tree()
    lines = [" ".join(element.text_content().split()) for element in document.iter(*_BLOCKS)]
    lines = [line for line in lines if line]
    title = " ".join((document.findtext(".//title") or "").split())
    draft = ArticleDraft(
        title=title or _title_from_body(lines, name),
        body="\n\n".join(lines),
        published=None,
        url=url,
        format="html",
        notes=(
            f"the page has over {MAX_HTML_ELEMENTS:,} elements, so it was read without removing page clutter",
        ),
    )
    return apply_wire_dateline(draft)


def _html_date(value: str | None) -> datetime | None:
    if not value:
        return None
    for fmt in ("%Y-%m-%dT%H:%M:%S%z", "%Y-%m-%d"):
        try:
            parsed = datetime.strptime(value, fmt)
        except ValueError:
            continue
        # htmldate gives midnight UTC when it only knew the day; keep that as a naive local date instead.
        if fmt == "%Y-%m-%d" or (parsed.hour, parsed.minute, parsed.second) == (0, 0, 0):
            return parsed.replace(tzinfo=None)
        return parsed
    return parse_date_text(value)
