"""Documents to articles: metadata, clean bodies, and polite refusals for what is not an article."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

import pytest

from bot.extract.article import extract_article
from bot.extract.gazetteer import Gazetteer
from bot.ingest.parse import ParseError, parse_document
from bot.ingest.prepare import Preparer
from bot.service import IncidentDesk

from .conftest import DATA, FIXTURES

UTC_PLUS_2 = timezone(timedelta(hours=2))


def test_html_article_uses_page_metadata_and_drops_scripts() -> None:
    draft = parse_document((FIXTURES / "kharkiv-kn23.html").read_bytes(), name="kharkiv-kn23.html")
    assert draft.title == "Russia strikes Kharkiv with North Korean missiles"
    assert draft.outlet == "The Kyiv Independent"
    assert draft.author == "Olena Petrenko"
    assert draft.url == "https://kyivindependent.com/russia-strikes-kharkiv-kn23/"
    assert draft.published == datetime(2024, 1, 3, 8, 15, tzinfo=UTC_PLUS_2)
    assert draft.body.startswith("Russian forces struck Kharkiv with North Korean KN-23")
    for junk in ("dataLayer", "@everyone", "injected", "cookies", "All rights reserved", "Home"):
        assert junk not in draft.body


def test_markdown_front_matter_and_inline_markup() -> None:
    draft = parse_document((FIXTURES / "odesa-shahed.md").read_bytes(), name="odesa-shahed.md")
    assert (draft.title, draft.outlet, draft.author, draft.url) == (
        "Drones hit Odesa port overnight",
        "Ukrinform",
        "Iryna Koval",
        "https://example.org/odesa-port",
    )
    assert draft.published == datetime(2023, 9, 25)
    assert draft.body.split("\n\n")[0] == (
        "Russia attacked the Odesa region overnight with Shahed drones and Kalibr cruise missiles, "
        "the Southern Defence Forces said."
    )


def test_wire_dateline_gives_outlet_and_is_masked() -> None:
    draft = parse_document((FIXTURES / "reuters-wire.txt").read_bytes(), name="reuters-wire.txt")
    assert draft.outlet == "Reuters"
    assert draft.published == datetime(2023, 12, 14, 7, 5, tzinfo=UTC_PLUS_2)
    assert draft.masked == ((0, len("KYIV, Dec 14 (Reuters) - ")),)


@pytest.mark.parametrize(
    ("opening", "outlet"),
    [
        ("МОСКВА, 1 авг - РИА Новости. ", "RIA Novosti"),
        ("МОСКВА, 1 августа. /ТАСС/. ", "TASS"),
        ("КИЇВ, 14 грудня (Укрінформ) - ", "Ukrinform"),
        ("Казань. 11 февраля. ИНТЕРФАКС - ", "Interfax"),
        ("Москва. 14 февраля. INTERFAX.RU - ", "Interfax"),
    ],
)
def test_a_cyrillic_wire_dateline_is_read_and_masked(opening: str, outlet: str) -> None:
    raw = f"{opening}Беспилотник врезался в одну из башен, еще несколько сбила ПВО.".encode()
    draft = parse_document(raw, name="flash.txt")
    assert draft.masked == ((0, len(opening)),)
    assert Preparer(Gazetteer.load(DATA)).outlet_for(draft) == outlet


def test_wire_dateline_without_year_takes_it_from_the_text() -> None:
    raw = b"KYIV, Dec 14 (Reuters) - Russia struck Kyiv on Wednesday, officials said on Thursday, December 14, 2023."
    draft = parse_document(raw, name="flash.txt")
    assert draft.published == datetime(2023, 12, 14)
    assert draft.outlet == "Reuters"


@pytest.mark.parametrize(
    ("raw", "published"),
    [
        # The only year the text gives makes July 26 a Tuesday, and the lead says Wednesday: the next year's.
        (
            b"KYIV, July 26 (Reuters) - Russia targeted the Kyiv region in a missile strike on Ukraine on Wednesday. "
            b"Russia has launched thousands of drones since February 2022.",
            datetime(2023, 7, 26),
        ),
        # A weekday that fits neither year (a meeting to come, a weekend's attack told on Monday) keeps the latest.
        (
            b"KYIV, Oct 14 (Reuters) - Ukraine will press allies for more air defence at a meeting in Brussels on "
            b"Thursday, Zelenskiy said. Russia invaded in February 2022 and in 2024 it stepped up drone strikes.",
            datetime(2024, 10, 14),
        ),
        (
            b"KYIV, Oct 14 (Reuters) - Russian drones struck energy facilities in Odesa region on Saturday, killing two "
            b"people. Russia has attacked the grid since February 2022, and in 2024 the strikes intensified.",
            datetime(2024, 10, 14),
        ),
        # Any of the lead's weekdays fits the latest year: it stays.
        (
            b"KYIV, Oct 15 (Reuters) - A Russian strike on Saturday left 200,000 homes in Odesa without power, and "
            b"repairs continued on Tuesday. Russia has hit the grid since February 2022; the 2024 winter will be hard.",
            datetime(2024, 10, 15),
        ),
    ],
)
def test_a_wire_datelines_year_agrees_with_the_leads_weekday(raw: bytes, published: datetime | None) -> None:
    assert parse_document(raw, name="flash.txt").published == published


def test_stray_header_date_loses_to_the_dateline_by_the_byline() -> None:
    raw = (
        b"Tuesday, 02 January 2024\nUkrainska Pravda\nDrones attack Odesa\nOlha Hlushchenko\n"
        b"Monday, 14 April 2025, 08:12\n\nRussian drones struck Odesa overnight, injuring three people, "
        b"the regional governor said on Monday morning.\n"
    )
    draft = parse_document(raw, name="up.txt")
    assert draft.published == datetime(2025, 4, 14, 8, 12)
    assert draft.author == "Olha Hlushchenko"


@pytest.mark.parametrize(
    ("raw", "name", "message"),
    [
        (b"", "empty.txt", "empty.txt is empty."),
        (b"   \n\n  ", "blank.txt", "blank.txt is empty."),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "photo.txt",
         "photo.txt looks like a binary file, not an article (text, Markdown or HTML)."),
        (b"<html><head><script>alert(1)</script></head><body><nav>Home</nav></body></html>", "nav.html",
         "nav.html has no usable article text (after removing page clutter, nothing was left)."),
        (b"Short.", "short.txt", "short.txt has no usable article text (after removing page clutter, nothing was left)."),
    ],
)  # fmt: skip
def test_documents_that_are_not_articles(raw: bytes, name: str, message: str) -> None:
    with pytest.raises(ParseError) as caught:
        parse_document(raw, name=name)
    assert str(caught.value) == message


def test_utf16_text_is_decoded() -> None:
    text = "Російські дрони атакували Київ уночі 14 грудня. Russian drones attacked Kyiv overnight, officials said."
    draft = parse_document(text.encode("utf-16"), name="uk.txt")
    assert "Russian drones attacked Kyiv overnight" in draft.body


def test_cp1251_text_is_decoded() -> None:
    text = "Російські дрони атакували Київ уночі, повідомили у Повітряних силах. Уламки впали на будинок у Дарниці."
    draft = parse_document(text.encode("cp1251"), name="uk.txt")
    assert draft.body == text


def test_latin1_text_is_decoded() -> None:
    raw = "Missiles struck Kyiv overnight, the café owner said; Zaporizhzhia was hit too. Drones attacked Odesa.".encode(
        "latin-1"
    )
    draft = parse_document(raw, name="latin1.txt")
    assert "café owner" in draft.body


def test_character_references_copied_into_plain_text_are_their_characters() -> None:
    raw = "Drones hit Russia&amp;#039;s &quot;Afipsky&quot; refinery &mdash; AT&T and R&D &amp; Co. said &laquo;so&raquo;.\n"
    draft = parse_document(raw.encode(), name="copied.txt")
    assert draft.body == 'Drones hit Russia\'s "Afipsky" refinery — AT&T and R&D & Co. said «so».'


@pytest.mark.parametrize("updated", ["Обновлено: 04.09.2025, 18:25", "Updated: 04.09.2025, 18:25"])
def test_a_pages_update_stamp_does_not_date_it(updated: str) -> None:
    raw = (
        f"Беспилотник атаковал НПЗ в Новошахтинске\n04.05.2023, 08:20\n{updated}\n\n"
        "Сегодня ночью беспилотник атаковал нефтеперерабатывающий завод в Новошахтинске, сообщил губернатор.\n"
    ).encode()
    assert parse_document(raw, name="ont.txt").published == datetime(2023, 5, 4, 8, 20)


def test_broken_html_still_yields_text() -> None:
    raw = (
        b"<html><body><div><p>Russian missiles struck Dnipro on 12 May, killing four people, the regional "
        b"governor said.<p>A second strike hit the port of Odesa<div><b>unclosed"
    )
    draft = parse_document(raw, name="broken.html")
    assert "Russian missiles struck Dnipro on 12 May" in draft.body


@pytest.mark.parametrize(
    ("byline", "author", "outlet"),
    [
        ("By Taras Melnyk, The Kyiv Independent", "Taras Melnyk", "The Kyiv Independent"),
        ("By Reuters", None, "Reuters"),
        ("By Olena Petrenko | Kyiv Independent", "Olena Petrenko", "The Kyiv Independent"),
        ("Written by Ivan Franko", "Ivan Franko", None),
    ],
)
def test_bylines_name_the_author_and_the_outlet(byline: str, author: str | None, outlet: str | None) -> None:
    gazetteer = Gazetteer.load(DATA)
    text = f"Drones hit Odesa\n\n{byline}\n\nRussian drones struck the port of Odesa overnight, officials said.\n"
    prepared = Preparer(gazetteer).from_bytes(text.encode(), name="odesa.txt")
    assert (prepared.draft.author, prepared.draft.outlet) == (author, outlet)


def test_a_source_field_names_the_outlet_without_the_pages_other_fields() -> None:
    raw = (
        b"Death toll rises to 29\n\nSource: Xinhua| 2026-01-04 15:42:48|Editor: huaxia\n\n"
        b"The death toll of a drone strike on a cafe in the Kherson region rose to 29, investigators said on Sunday."
    )
    assert parse_document(raw, name="xinhua.txt").outlet == "Xinhua"


def test_one_outlet_per_article_in_every_answer(sample_desk: IncidentDesk) -> None:
    incident = sample_desk.ask("!incident KN-23").incidents[0].sources[0].outlet
    search = sample_desk.ask("!search Bila Tserkva").hits[0].outlet
    article = sample_desk.ask("!article 1").articles[0].outlet
    assert incident == search == article == "Defence Express"


def test_a_photo_caption_with_its_credit_is_not_read_as_text() -> None:
    raw = (
        "Sanctions on drone makers\n\nThe EU agreed sanctions on Thursday.\n\n"
        "17.Oct.22 – Local residents observe parts of a drone after a strike in Kiev Image: STRINGER/REUTERS\n\n"
        "Drone attacks on energy facilities have become more frequent. / Photo: Reuters Archive / Reuters\n\n"
        "The list names three generals.\n"
    ).encode()
    draft = parse_document(raw, name="sanctions.txt")
    assert draft.body == (
        "Sanctions on drone makers\n\nThe EU agreed sanctions on Thursday.\n\nThe list names three generals."
    )


ARTICLE_HEAD = (
    "Drone sparks fire at refinery\n\nAn overnight drone attack sparked a brief fire at an oil refinery, the governor "
    "said.\n\nThe fire was extinguished and there were no casualties, he said on Sunday.\n\n"
)
LINKS = "Recommended\n\nTochka ballistic missiles\n\nOther strikes in the region\n\n"


@pytest.mark.parametrize(
    ("rest", "body_after_head"),
    [
        # A box of links set in the middle of a page: the article goes on after it (without the links)...
        (
            LINKS + "Meanwhile, the ministry said it had destroyed two ballistic missiles over Belgorod.\n\n"
            "Three drones were downed over the Bryansk region, the ministry said on Sunday.\n",
            "Meanwhile, the ministry said it had destroyed two ballistic missiles over Belgorod.\n\nThree drones were "
            "downed over the Bryansk region, the ministry said on Sunday.",
        ),
        # ...not after one that ends it, whose teasers are one paragraph under each headline...
        (
            LINKS.replace(
                "Other strikes",
                "Missiles hit Kyiv\n\nRussia fired ten missiles at Kyiv on Monday, "
                "officials said.\n\nOther strikes",
            ),
            "",
        ),
        # ...nor after a box of paragraphs without links, nor after what only ends a page...
        (
            "Related\n\nRussia says it downed 40 drones over Belgorod on Monday night.\n\nUkraine says it hit a "
            "refinery in the Volgograd region on Sunday.\n",
            "",
        ),
        (
            "Latest news\n\nMissiles hit Kyiv\n\nRussia says it downed 40 drones over Belgorod on Monday night.\n\n"
            "Ukraine says it hit a refinery in the Volgograd region on Sunday.\n",
            "",
        ),
        # ...nor after the readers' comments.
        ("Comments\n\nThis is terrible news for everyone.\n\nI agree with the first comment here.\n", ""),
    ],
)
def test_a_box_of_links_in_the_middle_of_a_page_does_not_end_the_article(
    rest: str, body_after_head: str
) -> None:
    draft = parse_document((ARTICLE_HEAD + rest).encode(), name="refinery.txt")
    assert (draft.title, draft.body) == (
        "Drone sparks fire at refinery",
        (ARTICLE_HEAD.removeprefix("Drone sparks fire at refinery\n\n") + body_after_head).strip(),
    )


def test_a_dateline_after_a_syndicators_note_is_read_and_masked() -> None:
    raw = (
        b"Russian missiles strike central Ukraine targets, Ukraine air force says\n\n"
        b"The Air Force said that Russian forces used three Kinzhals launched from fighter jets.\n\n"
        b"(New throughout, adds missile shot down over Kyiv region) KYIV, Dec 14, 2023 (Reuters) -\n\n"
        b"Russian jets fired Kinzhal missiles at central Ukraine on Thursday, the air force said."
    )
    draft = parse_document(raw, name="syndicated.txt")
    start = draft.body.index("KYIV")
    assert (draft.outlet, draft.published, draft.masked) == (
        "Reuters",
        datetime(2023, 12, 14),
        ((start, start + len("KYIV, Dec 14, 2023 (Reuters) -\n\n")),),
    )


def test_a_dateline_in_capitals_after_a_photo_caption_is_read_and_masked() -> None:
    raw = (
        b"Russian missiles hit apartments in Zaporizhzhia\n\nRescuers work at the site. (Emergency Service via AP)\n\n"
        b"KYIV, Ukraine (AP) \xe2\x80\x94 Russian missiles hit apartment buildings in Zaporizhzhia on Thursday."
    )
    draft = parse_document(raw, name="ap.txt")
    start = draft.body.index("KYIV")
    assert (draft.outlet, draft.masked) == (
        "Associated Press",
        ((start, start + len("KYIV, Ukraine (AP) \u2014 ")),),
    )


def test_a_dateline_without_outlet_after_a_caption_is_masked() -> None:
    raw = (
        b"Glide bomb hits Kharkiv apartment block\n\nOctober 3, 2024\n\n"
        b"KYIV, Ukraine \xe2\x80\x94 A Russian glide bomb struck an apartment block in Kharkiv on Thursday."
    )
    draft = parse_document(raw, name="ap.txt")
    start = draft.body.index("KYIV")
    assert draft.masked == ((start, start + len("KYIV, Ukraine \u2014 ")),)


def test_a_dateline_with_its_country_in_parentheses_and_a_colon_is_masked() -> None:
    raw = b"Drones and a missile attack Ukraine\n\nKYIV, (Ukraine): Russia attacked Ukraine with drones on Wednesday."
    draft = parse_document(raw, name="afp.txt")
    start = draft.body.index("KYIV")
    assert draft.masked == ((start, start + len("KYIV, (Ukraine): ")),)


def test_a_dateline_joined_to_the_lead_by_a_hyphen_is_masked(gazetteer: Gazetteer) -> None:
    # Pakistani outlets write "KYIV-Russia attacked ..."; a page without a headline has its first sentence for a
    # title, shortened when long for display, and the whole sentence is read as its headline.
    lead = (
        "Russia attacked Ukraine with more than a dozen attack drones and a cruise missile, the Ukrainian air force "
        "said Wednesday, claiming to have downed all the drones."
    )
    draft = parse_document(f"KYIV-{lead} Odesa's port was not hit.".encode(), name="nation.txt")
    assert draft.masked == ((0, len("KYIV-")),)
    assert draft.title == lead[:157].rstrip() + "\u2026"
    extraction = extract_article(
        draft.body, date(2023, 11, 23), gazetteer, masked=draft.masked, title=draft.title
    )
    assert [s.sentence.text for s in extraction.sentences][:2] == [lead, f"KYIV-{lead}"]


def test_a_dateline_in_parentheses_is_masked() -> None:
    # ABC News opens "(NEW YORK) —": where the story was filed, not a place of the attack.
    raw = (
        "Russia attacks Ukraine\n\n(NEW YORK) — Russia carried out a massive attack across Ukraine on Friday."
    )
    draft = parse_document(raw.encode(), name="abc.txt")
    start = draft.body.index("(NEW YORK)")
    assert draft.masked == ((start, start + len("(NEW YORK) — ")),)


def test_a_wire_dateline_after_a_syndicators_label_is_read_and_masked() -> None:
    raw = b"Russia's attack on Mykolaiv kills one\n\nReuters: KYIV (Reuters) - Russia's attack on Mykolaiv killed one."
    draft = parse_document(raw, name="copy.txt")
    start = draft.body.index("KYIV")
    assert (draft.outlet, draft.masked) == ("Reuters", ((start, start + len("KYIV (Reuters) - ")),))


def test_a_page_that_opens_with_a_wire_lead_is_titled_by_the_lead_without_its_dateline() -> None:
    raw = (
        b"KYIV (Reuters) - A Russian drone attack early on Wednesday damaged port infrastructure in the Izmail "
        b"district of southern Ukraine's Odesa region and injured six people, the regional governor said on the "
        b"Telegram messaging app. Air defences shot down 32 drones."
    )
    draft = parse_document(raw, name="lead.txt")
    assert (draft.title, draft.outlet, draft.masked) == (
        "A Russian drone attack early on Wednesday damaged port infrastructure in the Izmail district of southern "
        "Ukraine's Odesa region and injured six people, the r…",
        "Reuters",
        ((0, len("KYIV (Reuters) - ")),),
    )


def test_a_headline_line_shortened_from_a_wire_lead_is_titled_without_its_dateline() -> None:
    lead = "KYIV, Ukraine (AP) — A Russian drone slammed into a tower block in eastern Ukraine early Saturday while"
    raw = f"{lead} many were…\n\n{lead} many were sleeping, killing three people, officials said.".encode()
    draft = parse_document(raw, name="shortened.txt")
    assert (draft.title, draft.outlet) == (
        "A Russian drone slammed into a tower block in eastern Ukraine early Saturday while many were…",
        "Associated Press",
    )


def test_a_photos_dated_caption_under_the_pages_stamp_does_not_date_the_page() -> None:
    raw = (
        "Палали хати в селі: ворог обстріляв прикордоння\n\n06 ВЕРЕСНЯ 2024, 08:37\n\n"
        "Пожежі після обстрілів у Семенівській громаді, 5 серпня 2024 року\n\n"
        "За добу 5 вересня російська армія 16 разів обстріляла територію Чернігівської області."
    ).encode()
    assert parse_document(raw, name="caption.txt").published == datetime(2024, 9, 6, 8, 37)


@pytest.mark.parametrize(
    "byline",
    [
        "By Olena Harmash and Tom Balmforth, October 13, 2024",
        "Опубліковано 13 жовтня 2024 року у рубриці Новини",
    ],
)
def test_a_byline_with_a_date_and_no_time_dates_the_page_below_the_sites_date(byline: str) -> None:
    raw = f"Monday, 14 October 2024\n\nRussian strike kills two in Kharkiv\n\n{byline}\n\nA Russian missile struck "
    raw += "Kharkiv on Sunday, killing two people, officials said."
    assert parse_document(raw.encode(), name="byline.txt").published == datetime(2024, 10, 13)


def test_a_lead_with_a_colon_dateline_is_titled_without_it() -> None:
    raw = (
        b"Kyiv: Russia hit the Ukrainian city of Zaporizhzhia with multiple guided bombs on Sunday, wounding at "
        b"least 16 people, Ukrainian officials said.\n\nThe governor said 13 guided bombs hit three districts."
    )
    draft = parse_document(raw, name="colon.txt")
    assert (draft.title, draft.masked) == (
        "Russia hit the Ukrainian city of Zaporizhzhia with multiple guided bombs on Sunday, wounding at least 16 "
        "people, Ukrainian officials said.",
        ((0, len("Kyiv: ")),),
    )


def test_a_run_of_dashes_is_no_dateline() -> None:
    body = (
        "Title of the page\n\nA line of prose long enough to be read as the article's text.\nABC"
        + "-" * 20_000
    )
    draft = parse_document(
        (body + "x\nMore prose follows here, and it says nothing of note.\n").encode(), name="x.txt"
    )
    assert draft.masked == ()


def test_a_wire_photos_caption_dated_another_day_is_not_read_as_text() -> None:
    raw = (
        b"Ukraine downs 17 of 18 drones\n\n"
        b"A police officer inspects parts of a drone at a site of a Russian strike in Kharkiv, Ukraine October 6, 2022. "
        b"(Reuters)\n\nA man stands by a window in Kyiv, Ukraine, on January 23 2026.\n\nREUTERS/Gleb Garanich\n\n"
        b"A man looks out from a building damaged by fighting in Borodyanka, Kyiv region, Ukraine, Oct. 21, 2022. "
        b"Emilio Morenatti/AP\n\nEvgeniy Maloletka/AP\n\n"
        b"FILE - This undated photograph shows the wreckage of a Shahed drone downed near Kupiansk, Ukraine.\n\n"
        b"FILE PHOTO: Ukrainian servicemen move past a burning car hit by a kamikaze drone outside Avdiivka.\n\n"
        b"The Ukrainian air force shot down 17 of 18 drones overnight, the military said on Thursday."
    )
    body = parse_document(raw, name="reuters.txt").body
    assert (
        body == "The Ukrainian air force shot down 17 of 18 drones overnight, the military said on Thursday."
    )


def test_prose_ending_with_a_place_and_a_date_and_a_poll_credit_are_kept() -> None:
    kept = [
        "The strike killed four people, he said, and follows an attack that hit a hospital in Kharkiv, Ukraine, on "
        "October 6, 2024.",
        "A Reuters/Ipsos poll found most Americans support sending air defence systems.",
    ]
    raw = (
        "Missiles hit Kharkiv\n\nRussia struck Kharkiv overnight, the governor said on Monday.\n\n"
        + "\n\n".join(kept)
    )
    assert parse_document(raw.encode(), name="x.txt").body.split("\n\n")[1:] == kept


def test_a_long_run_of_letters_is_kept_as_text() -> None:
    # The caption rule once rescanned such a line from every letter (a second on 20,000); its names are bounded.
    body = (
        "Title of the page\n\n" + "a" * 20_000 + "\n\nMore prose follows here, and it says nothing of note."
    )
    assert parse_document(body.encode(), name="x.txt").body.startswith("a" * 20_000)


def test_a_file_photos_caption_is_not_read_as_text() -> None:
    raw = (
        b"A million without power after Russian strikes\n\n"
        b"File photo : Firefighters work at the site of a building damaged during a Russian strike in Kyiv.\n\n"
        b"Russian drones and missiles struck power plants across Ukraine on Friday, officials said."
    )
    assert "Firefighters" not in parse_document(raw, name="bbc.txt").body


@pytest.mark.parametrize(
    "caption",
    [
        "Наслідки російського ракетного удару по Харкову. Харків, 6 жовтня 2023 року, ілюстративне фото",
        "The aftermath of a Russian strike on Kharkiv, October 6, 2023. File photo",
        "Наслідки обстрілу Харкова 6 жовтня 2023 року (ілюстративне фото)",
        "Последствия удара по Харькову 6 октября 2023 года. Архивное фото РИА Новости",
    ],
)
def test_a_caption_that_ends_by_saying_it_is_a_file_photo_neither_dates_the_page_nor_is_text(
    caption: str,
) -> None:
    raw = (
        f"Сили РФ атакують Харків ракетами – мер\n\n{caption}\n\n"
        "У Харкові ввечері, 21 жовтня, пролунали вибухи, розповів міський голова Ігор Терехов."
    ).encode()
    parsed = parse_document(raw, name="svoboda.txt")
    assert (parsed.published, parsed.body) == (
        None,
        "У Харкові ввечері, 21 жовтня, пролунали вибухи, розповів міський голова Ігор Терехов.",
    )


@pytest.mark.parametrize(
    "lead",
    [
        "Вночі росіяни атакували Харків дронами, пошкоджено житловий будинок, повідомив мер Ігор Терехов. Фото "
        "ілюстративне",
        "Вночі ворог атакував Харків дронами, є пошкодження. Фото ілюстративне",
        "Росіяни вдарили КАБами по Харкову 13 жовтня (ілюстративне фото)",
    ],
)
def test_a_paragraph_of_the_report_that_ends_by_calling_its_photo_illustrative_is_kept(lead: str) -> None:
    raw = f"Росіяни атакували Харків\n\n{lead}\n\nНа місці працюють рятувальники.".encode()
    assert lead in parse_document(raw, name="kharkiv.txt").body


def test_links_to_the_outlets_other_reports_are_not_read_as_text() -> None:
    raw = (
        "Росіяни атакували Сумщину\n\nВвечері 31 серпня росіяни атакували Білопільську громаду Сумщини.\n\n"
        "Читайте: Частина Сумського району знеструмлена через атаку РФ\n\nRead also:\n\n"
        "Russia kills two people in Donetsk Oblast - governor\n\nНа місцях працюють екстрені служби."
    ).encode()
    assert parse_document(raw, name="censor.txt").body == (
        "Ввечері 31 серпня росіяни атакували Білопільську громаду Сумщини.\n\nНа місцях працюють екстрені служби."
    )


@pytest.mark.parametrize(
    ("raw", "published"),
    [
        # The page prints its own date under the headline: the day a stored copy was filed under gives way to it...
        (
            b" date 2022-10-17 Governor: Russia fires 10 missiles at Zaporizhzhia again\n\n"
            b"October 15, 2022 11:07 amby The Kyiv Independent news desk\n"
            b"The governor reported early on Oct. 15 that Russian forces had used S-300 missiles to attack the city.",
            "2022-10-15",
        ),
        # A photo's caption under the byline is no date of the page's, nor is a day long before the filing.
        (
            b" date 2024-01-19 Russian official: drone debris causes fire at oil depot in Bryansk Oblast\n\n"
            b"by Nate Ostiller January 19, 2024 10:48 AM 2 min read\n"
            b"A photo of Bryansk, Russia, on March 3, 2023. (Kirill Kudryavtsev/AFP via Getty Images)\n"
            b"Air defenses in Russia's Bryansk Oblast intercepted a drone on Jan. 19, which fell and started a fire.",
            "2024-01-19",
        ),
        (
            b" date 2024-01-19 Drone debris causes fire at oil depot in Bryansk Oblast\n\nMarch 3, 2023\n"
            b"Air defenses in Russia's Bryansk Oblast intercepted a drone on Jan. 19, which fell and started a fire.",
            "2024-01-19",
        ),
        # ...and stands in for it when the page prints none.
        (
            b" date 2022-10-17 Governor: Russia fires 10 missiles at Zaporizhzhia again\n\n"
            b"The governor reported early on Oct. 15 that Russian forces had used S-300 missiles to attack the city.",
            "2022-10-17",
        ),
    ],
)
def test_the_pages_own_date_beats_the_day_its_stored_copy_was_filed_under(raw: bytes, published: str) -> None:
    draft = parse_document(raw, name="kyiv-independent.txt")
    assert draft.published is not None
    assert draft.published.date().isoformat() == published


def test_a_pointer_to_a_video_is_not_read_as_text() -> None:
    raw = (
        "Ракета влучила в Павлоград\n\nУ вівторок російська ракета влучила в центр Павлограда.\n\n"
        "▶ На YouTube-каналі ТСН можна переглянути за цим посиланням відео: Ракети атакували кілька міст України! "
        "Вибухи в Києві і Харкові!\n\nДивіться відео:\n\nНаслідки удару можна переглянути на відео нижче.\n\n"
        "На місці працюють рятувальники."
    ).encode()
    # (A sentence that speaks of a video is the report's own.)
    assert parse_document(raw, name="tsn.txt").body == (
        "У вівторок російська ракета влучила в центр Павлограда.\n\nНаслідки удару можна переглянути на відео "
        "нижче.\n\nНа місці працюють рятувальники."
    )


def test_a_related_link_glued_to_the_end_of_a_paragraph_goes_and_the_paragraph_stays() -> None:
    raw = (
        b"Drones hit Kryvyi Rih district\n\nThe Russians attacked the Hrushivka community with a drone on Sunday.\n\n"
        b"It set dry grass on fire.Read also: Civilian wounded in Kherson in drone strike\n\nA house was damaged."
    )
    assert parse_document(raw, name="menafn.txt").body == (
        "The Russians attacked the Hrushivka community with a drone on Sunday.\n\nIt set dry grass on fire.\n\n"
        "A house was damaged."
    )


def test_a_related_link_without_colon_goes_and_a_short_sentence_after_a_lone_marker_stays() -> None:
    raw = (
        "Drones attack Odesa\n\nRussian drones attacked Odesa overnight on Monday, officials said.\n\n"
        "Read also Russian strike kills two in Kramatorsk\n\nЧитайте також\n\nЗагинули двоє людей."
    ).encode()
    assert parse_document(raw, name="odesa.txt").body == (
        "Russian drones attacked Odesa overnight on Monday, officials said.\n\nЗагинули двоє людей."
    )


def test_a_cyrillic_related_link_with_its_headline_straight_after_goes() -> None:
    raw = (
        "Ракета влучила в Миколаїв\n\nУночі росіяни вдарили ракетою С-300 по Миколаєву.\n\n"
        "Читайте також Росіяни вдарили по Бериславу: снаряд влучив біля лікарні\n\n"
        "Читайте також 5 загиблих у Херсоні: росіяни вдарили по зупинці\n\n"
        "Читайте також наш огляд подій дня.\n\nНа місці працюють рятувальники."
    ).encode()
    assert parse_document(raw, name="24tv.txt").body == (
        "Ракета влучила в Миколаїв\n\nУночі росіяни вдарили ракетою С-300 по Миколаєву.\n\nЧитайте також наш огляд подій дня.\n\n"
        "На місці працюють рятувальники."
    )


def test_the_teasers_listed_under_a_lone_read_more_go() -> None:
    raw = (
        "Iran's missiles threaten Kharkiv\n\nThe governor warned of a threat to Kharkiv on Tuesday.\n\nRead more\n\n"
        "  • At about 1:00 p.m., the Russian army attacked the village of Kozacha Lopan with artillery."
    ).encode()
    assert (
        parse_document(raw, name="gwara.txt").body == "The governor warned of a threat to Kharkiv on Tuesday."
    )


def test_another_reports_headline_crediting_an_agency_ends_the_article() -> None:
    raw = (
        b"Russia says Ukraine launched drone attacks on Kursk region\n\nUkraine launched drone attacks on the Kursk "
        b"region overnight, the defence ministry said.\n\nRussia recognises first crew to use hypersonic missile in "
        b"Ukraine -TASS\n\nThe first Russian crew to use hypersonic, air-launched Kinzhal missiles during"
    )
    assert (
        parse_document(raw, name="dunya.txt").body
        == "Ukraine launched drone attacks on the Kursk region overnight, the defence ministry said."
    )


def test_a_sites_bar_of_todays_date_and_weather_does_not_date_the_article() -> None:
    raw = (
        "  • Сб 20.04.2024\n  • Харків  +14°С\n  • USD 39.6\n\nХарків обстріляли ракетами С-300\n\n"
        "“Вчора близько 23:00 ворог завдав удару 3 ракетами по м. Харкову”, – написав голова ХОВА."
    ).encode()
    assert parse_document(raw, name="objectiv.txt").published is None


def test_a_notice_of_a_span_does_not_date_the_page() -> None:
    raw = (
        b"Since July 1, 2024, we have disabled all ads to improve your reading experience.\n\nRussia Downs "
        b"Ukrainian Drone in Republic of Tatarstan\n\nRussian air defense systems on Thursday shot down a Ukrainian "
        b"drone flying over the republic of Tatarstan, the Defense Ministry said."
    )
    assert parse_document(raw, name="moscowtimes.txt").published is None


def test_a_page_of_the_days_news_is_dated_by_its_stamp_after_of() -> None:
    raw = "Новини від 14.10.2024\n\nУночі ворог атакував Київ дронами, повідомила КМВА.".encode()
    assert parse_document(raw, name="kyiv.txt").published == datetime(2024, 10, 14)


def test_a_live_blogs_entry_crediting_an_official_and_a_captions_agency_do_not_end_the_article() -> None:
    raw = (
        b"Russia-Ukraine war live\n\nUkrainian drones attack Belgorod region - governor\n\nDrones attacked the "
        b"Belgorod region overnight, Gladkov said on Telegram.\n\nRescuers work at the site of the strike in "
        b"Kharkiv - AFP\n\nA Russian missile struck the port of Odesa on Monday morning, the governor said."
    )
    assert parse_document(raw, name="live.txt").body == (
        "Drones attacked the Belgorod region overnight, Gladkov said on Telegram.\n\nRescuers work at the site of the "
        "strike in Kharkiv - AFP\n\nA Russian missile struck the port of Odesa on Monday morning, the governor said."
    )


def test_a_close_buttons_cross_is_no_title() -> None:
    raw = (
        "×\nDrone over Tatarstan\n\nRussian air defense systems on Thursday shot down a Ukrainian drone flying over "
        "the republic of Tatarstan, the Defense Ministry said."
    ).encode()
    assert parse_document(raw, name="moscowtimes.txt").title == "Drone over Tatarstan"


def test_an_update_mark_is_no_agencys_dateline() -> None:
    raw = "Харків. 13 жовтня. ОНОВЛЕНО - Російські дрони атакували Харків.".encode()
    assert parse_document(raw, name="update.txt").masked == ()


def test_a_caption_further_in_is_no_dateline() -> None:
    raw = (
        b"Ministers meet in Kyiv to discuss air defence\n\nThe ministers met on Monday to discuss air defence.\n\n"
        b"They agreed on new deliveries of interceptors.\n\nZelensky (left) - with the minister in Kyiv.\n"
    )
    draft = parse_document(raw, name="talks.txt")
    assert (draft.outlet, draft.masked) == (None, ())


def test_a_designator_glued_to_the_next_word_is_set_apart() -> None:
    raw = "Ракета\n\nКеровану авіаційну ракету Х-59збили у Криворізькому районі, а Kh-101missiles — над Києвом.\n"
    draft = parse_document(raw.encode(), name="glued.txt")
    assert (
        draft.body
        == "Керовану авіаційну ракету Х-59 збили у Криворізькому районі, а Kh-101 missiles — над Києвом."
    )


def test_a_place_and_colon_opening_the_first_paragraph_is_a_dateline() -> None:
    raw = (
        b"Ukraine: Six killed in Russian missile strike in Kharkiv, alleges Kyiv\n\n"
        b"Kyiv: At least six people were killed after Russian missiles hit a postal depot in the city of Kharkiv.\n\n"
        b"Details: the governor said two S-300 missiles were fired from the Belgorod region."
    )
    draft = parse_document(raw, name="colon.txt")
    assert (draft.body[:6], draft.masked) == ("Kyiv: ", ((0, 6),))
    # The label of a later paragraph is no dateline: only the first paragraph's opening is read.
    assert parse_document(raw.replace(b"Kyiv: ", b""), name="none.txt").masked == ()


def test_a_pages_tags_are_not_its_title() -> None:
    raw = (
        b"Skip to content\nNews Feed, Ukraine, July 8 attack, War, Missile attack, Russia, Kh-101\n"
        b"Russian missile struck children's hospital in Kyiv following 'programmed route,' source says\n\n"
        b"by Kateryna Hodunova July 8, 2024 10:25 PM 2 min read\n"
        b"Russian forces attacked the Okhmatdyt hospital on July 8 using a Kh-101 cruise missile, a source said."
    )
    draft = parse_document(raw, name="tags.txt")
    assert draft.title == (
        "Russian missile struck children's hospital in Kyiv following 'programmed route,' source says"
    )


def test_a_row_of_topics_is_not_a_ukrainian_pages_title() -> None:
    raw = (
        "UA\n\nВибори в Молдові Держбюджет-2026 Мирні переговори Війна в Україні\n\n"
        '"Шахеди" атакували Одещину вночі: пошкоджена адмінбудівля\n\n'
        "Одеську область в ніч на 8 жовтня атакували ударні безпілотники ворога. Постраждалих немає."
    ).encode()
    assert (
        parse_document(raw, name="topics.txt").title
        == '"Шахеди" атакували Одещину вночі: пошкоджена адмінбудівля'
    )


def test_an_advertisements_blurb_does_not_end_the_header_before_the_articles_date() -> None:
    # The aggregator's own date comes first; the sponsor's blurb reads like a paragraph but is none.
    raw = (
        b"THE AMERICA ONE NEWS\nJun 3, 2025  |\nSponsor:  QWIKET: Elevate your fantasy game! Interactive Sports "
        b"Knowledge and Reasoning Support for Fantasy Sports and Betting Enthusiasts.\nThe Telegraph\n29 Dec 2023\n\n"
        b"Russia launches 'biggest attack of year' against Ukraine\n\nRussia launched its largest aerial assault on "
        b"Ukraine since the beginning of the war, targeting cities across the country with missiles and drones."
    )
    published = parse_document(raw, name="aggregator.txt").published
    assert published is not None
    assert published.date() == date(2023, 12, 29)


def test_a_trending_boxs_dated_headline_does_not_date_the_page() -> None:
    raw = (
        "Gofishe News\nTrending\n  • Premier League Matchday Review: Saturday, 30 August 2025 – Thrills And Drama "
        "Across Stadia\n  • Anambra Community Celebrates Rescue After Security Operation\n\n"
        "Russian missiles downed over Kyiv\n\n"
        "Ukraine's air force shot down two Russian ballistic missiles over Kyiv on Monday, the city's military "
        "administration said."
    ).encode()
    assert parse_document(raw, name="trending.txt").published is None


@pytest.mark.parametrize(
    ("raw", "kept", "dropped"),
    [
        # A sidebar's "Comments" heading above the article, among the menus, is no end of it yet.
        (
            b"SKIP TO MAIN CONTENT\n\nIn the news\n\nTrending Now\n\nComments\n\nWant to discuss? Please read our "
            b"Commenting Policy first.\n\nOne dead after Russian missile strikes Kharkiv apartment building\n\n"
            b"A missile hit an apartment building on Sunday in Kharkiv, killing one person, the governor said.\n\n"
            b"Comments\n\nJohn: terrible news.",
            "A missile hit an apartment building on Sunday in Kharkiv",
            "John",
        ),
        # A "Most read" box after a one-line lead ends it.
        (
            b"Drones hit Sumy\n\nRussian drones hit Sumy overnight.\n\nMost read\n\n"
            b"Russian missiles hit Odesa port, killing three\n\nDrones attack Belgorod oil depot",
            "Russian drones hit Sumy overnight.",
            "Odesa",
        ),
    ],
)
def test_a_box_that_ends_a_page_ends_it_only_once_the_article_began(
    raw: bytes, kept: str, dropped: str
) -> None:
    body = parse_document(raw, name="boxes.txt").body
    assert kept in body
    assert dropped not in body


def test_the_headline_a_photos_caption_repeats_below_is_the_title() -> None:
    # A form's leftover line comes first; the headline is the line the first photo's caption repeats.
    raw = (
        "ua ru\nБудь ласка, заповніть це поле\n1\n\n"
        "Три підозри за один із найжорстокіших ударів рф по цивільних у Чернігові\n\n"
        "Надзвичайні події 16:33 - 15 липня 2025\n\n"
        "Три підозри за один із найжорстокіших ударів рф по цивільних у Чернігові / Фото: Офіс генпрокурора\n\n"
        "Прокуратура повідомила про підозру трьом командирам, причетним до ракетного удару по Чернігову."
    ).encode()
    assert (
        parse_document(raw, name="caption.txt").title
        == "Три підозри за один із найжорстокіших ударів рф по цивільних у Чернігові"
    )


def test_a_standfirst_glued_to_the_repeated_headline_opens_the_body() -> None:
    raw = (
        "languages\n\nРакетные удары 10 октября: жертв больше\n\n"
        "Ракетные удары 10 октября: жертв больше Оккупанты обстреляли Киев, Харьков, Львов,\n"
        "Житомир и Конотоп\nФото: ДСНС України / Facebook\n"
        "Вследствие вражеских атак 10 октября в Украине погибли 11 человек, 87 получили ранения.\n"
    ).encode()
    draft = parse_document(raw, name="standfirst.txt")
    assert (draft.title, draft.body) == (
        "Ракетные удары 10 октября: жертв больше",
        "Оккупанты обстреляли Киев, Харьков, Львов, Житомир и Конотоп\n\n"
        "Вследствие вражеских атак 10 октября в Украине погибли 11 человек, 87 получили ранения.",
    )


def test_a_lead_without_its_full_stop_below_the_headline_opens_the_body() -> None:
    raw = (
        " date 2025-08-27 Через атаку безпілотників 51 населений пункт Чернігівщини залишився без світла\n"
        "Внаслідок ворожої атаки безпілотників у Новгород-Сіверському районі Чернігівської області 51 населений "
        "пункт залишився без електропостачання\n"
        "Про це повідомив начальник Чернігівської ОВА В'ячеслав Чаус, передає RegioNews.\n"
    ).encode()
    draft = parse_document(raw, name="lead.txt")
    assert (draft.title, draft.body) == (
        "Через атаку безпілотників 51 населений пункт Чернігівщини залишився без світла",
        "Внаслідок ворожої атаки безпілотників у Новгород-Сіверському районі Чернігівської області 51 населений "
        "пункт залишився без електропостачання\n\n"
        "Про це повідомив начальник Чернігівської ОВА В'ячеслав Чаус, передає RegioNews.",
    )


def test_a_line_of_many_words_glued_to_the_headline_with_a_site_trail_is_read_at_once() -> None:
    """Thirty words and a trail, in a header line: a pattern that tried every split of them took a minute."""
    words = " ".join(f"w{n}" for n in range(30))
    raw = (
        f"Russia strikes Ukraine overnight\n\nRussia strikes Ukraine overnight Russian {words} | Ukraine News\n"
        "Russian drones struck the port of Odesa on Monday, officials said.\n"
    ).encode()
    assert (
        parse_document(raw, name="trail.txt").body
        == "Russian drones struck the port of Odesa on Monday, officials said."
    )


def test_a_wire_dateline_after_a_standfirst_is_still_masked() -> None:
    raw = (
        b"Russia strikes Ukraine overnight\n\nRussia strikes Ukraine overnight Russian forces hit a gas site in the east "
        b"of the city of Kharkiv and a port in Odesa as air defence units were working across the country\n"
        b"Kyiv (Reuters) - Russian drones struck the port of Odesa on Monday, officials said.\n"
    )
    draft = parse_document(raw, name="standfirst-dateline.txt")
    start, end = draft.masked[0]
    assert (draft.body[start:end], draft.outlet) == ("Kyiv (Reuters) - ", "Reuters")


@pytest.mark.parametrize(
    "glued",
    ["Photo: the aggressor hit the Sumy region with drones (Serhiy Kruk)", "| World News | Sky News",
     "in overnight attack"],
)  # fmt: skip
def test_a_caption_or_trail_glued_to_the_repeated_headline_is_no_standfirst(glued: str) -> None:
    raw = (
        f"Russian drones strike Sumy\n\nRussian drones strike Sumy {glued}\n"
        "Russian drones struck Sumy on Monday, injuring three people, the regional governor said.\n"
    ).encode()
    draft = parse_document(raw, name="caption.txt")
    assert (
        draft.body
        == "Russian drones struck Sumy on Monday, injuring three people, the regional governor said."
    )


def test_a_headline_that_lists_cities_is_still_the_headline() -> None:
    raw = b"Russia strikes Kyiv, Kharkiv, Odesa, Lviv\n\nRussian missiles hit four cities on Monday, officials said."
    assert parse_document(raw, name="cities.txt").title == "Russia strikes Kyiv, Kharkiv, Odesa, Lviv"


def test_text_wrapped_at_a_fixed_width_is_read_as_its_paragraphs() -> None:
    wrapped = (
        "May 15 (Reuters) - A missile strike hit some military\n"
        "infrastructure in the western Ukrainian region of Lviv early on\n"
        "Sunday, the region's governor said in a post on\n"
        "the Telegram messaging app.\n"
        '"Four enemy missiles hit one of the military infrastructures\n'
        'in the Lviv region," he said. "The object is completely\n'
        "destroyed.\n"
        "The air force said several missiles were fired from the\n"
        "Black Sea at the Lviv region.\n"
        "Latest news\n"
        "Russian drones hit Kharkiv region on Sunday\n"
        "Drone attack on Kyiv injures nine\n"
    )
    draft = parse_document(wrapped.encode(), name="wire.txt")
    assert draft.body.split("\n\n") == [
        "May 15 (Reuters) - A missile strike hit some military infrastructure in the western Ukrainian region of "
        "Lviv early on Sunday, the region's governor said in a post on the Telegram messaging app.",
        '"Four enemy missiles hit one of the military infrastructures in the Lviv region," he said. "The object '
        "is completely destroyed.",
        "The air force said several missiles were fired from the Black Sea at the Lviv region.",
    ]  # the box of links after it is still no part of the article


def test_short_lines_that_are_not_wrapped_stay_apart() -> None:
    listed = "Kharkiv region\n\nShelled today:\nkupiansk district\nizium district\nbohodukhiv district\n"
    draft = parse_document(listed.encode(), name="list.txt")
    assert draft.body.split("\n\n") == [
        "Kharkiv region",
        "Shelled today:",
        "kupiansk district",
        "izium district",
        "bohodukhiv district",
    ]


def test_a_sentence_broken_after_a_word_that_cannot_end_it_is_joined() -> None:
    raw = (
        b"Missiles hit Taganrog\nYesterday the residential area in downtown Taganrog got damaged as Ukraine launched "
        b"an S-200 surface-to-air missile converted to a strike missile, the Defense Ministry said.\nThe blast left "
        b"a crater more than a meter deep and damaged several buildings.\nIt is not the first time that missiles "
        b"endanger the security of Taganrog. On March 1, 2022, a\nUkrainian Tochka-U missile was shot down near the "
        b"city.\n"
    )
    assert parse_document(raw, name="broken.txt").body.split("\n\n")[2:] == [
        "It is not the first time that missiles endanger the security of Taganrog. On March 1, 2022, a Ukrainian "
        "Tochka-U missile was shot down near the city."
    ]


def test_a_sentence_that_opens_a_list_is_text_not_header() -> None:
    regions = ("Smolensk", "Bryansk", "Oryol", "Kaluga", "Tver")
    raw = (
        "Russian Ministry of Defense:\nDuring the past night, air defense duty forces intercepted and destroyed 21 "
        "Ukrainian UAVs:\n"
        + "".join(f"{n} – over the territory of {r} region,\n" for n, r in enumerate(regions))
    ).encode()
    draft = parse_document(raw, name="mod.txt")
    assert (draft.title, draft.body.split("\n\n")) == (
        "Russian Ministry of Defense:",
        [
            "During the past night, air defense duty forces intercepted and destroyed 21 Ukrainian UAVs:",
            *(f"{n} – over the territory of {r} region," for n, r in enumerate(regions)),
        ],
    )


def test_a_promotion_ending_in_a_colon_above_the_dateline_is_still_header() -> None:
    raw = (
        b"Drones hit Kharkiv overnight\nFollow the latest news 24/7 on our channels in Telegram, Viber and WhatsApp:\n"
        b"13.10.2024 10:15\nRussian drones hit two districts of Kharkiv overnight, the mayor said on Sunday morning.\n"
    )
    assert parse_document(raw, name="promo.txt").published == datetime(2024, 10, 13, 10, 15)


def test_a_paragraph_whose_last_stop_was_lost_to_a_link_is_text_not_header() -> None:
    raw = (
        'Під Львовом російський "Шахед" спалив музей Романа Шухевича\n\n'
        "Біля Львова через атаку Шахедів горить музей Шухевича\n\n"
        "У селищі Білогорща біля Львова в перші години нового року виникла пожежа у Меморіальному музеї Романа "
        "Шухевича. Про це повідомив керівник Львівської ОВА Максим Козицький у Telegram\n\n"
        'За словами Козицького, попередня причина загорання - уламки ворожого "Шахеда".'
    ).encode()
    draft = parse_document(raw, name="museum.txt")
    assert draft.title == 'Під Львовом російський "Шахед" спалив музей Романа Шухевича'
    assert draft.body.split("\n\n") == [
        "У селищі Білогорща біля Львова в перші години нового року виникла пожежа у Меморіальному музеї Романа "
        "Шухевича. Про це повідомив керівник Львівської ОВА Максим Козицький у Telegram",
        'За словами Козицького, попередня причина загорання - уламки ворожого "Шахеда".',
    ]


@pytest.mark.parametrize(
    ("title", "lead"),
    [
        ("U.S. Army says the Patriot battery sent to Ukraine in the spring is working as expected after Kinzhal attack",
         "WASHINGTON — The Patriot battery deployed to Ukraine is working, officials said on Tuesday."),
        ("Ukraine's top commander Gen. Oleksandr Syrskyi says Russian forces fired dozens of drones at Kharkiv overnight",
         "Kharkiv was hit overnight by drones, the mayor said on Monday."),
    ],
)  # fmt: skip
def test_an_abbreviation_in_a_long_headline_keeps_it_a_headline(title: str, lead: str) -> None:
    """A headline's "U.S." or "Gen." is no sentence ending inside a line, which would make it a paragraph."""
    assert parse_document(f"{title}\n\n{lead}".encode(), name="abbreviation.txt").title == title


@pytest.mark.parametrize(
    "marker", ["ЕЩЕ ПО ТЕМЕ", "Ще за темою", "Новости по теме:", "Останні новини", "Популярное:"]
)
def test_a_ukrainian_or_russian_box_of_links_ends_the_article(marker: str) -> None:
    raw = (
        "В Одессе разрушен собор\n\n"
        "В ночь на 23 июля в результате ракетной атаки в Одессе был разрушен кафедральный собор.\n\n"
        f"{marker}\n\n"
        "В Краматорске в результате обстрелов 6 раненых, в том числе двое подростков - ОВА\n\n"
        "19:53, 10.09.2025"
    ).encode()
    assert parse_document(raw, name="related.txt").body == (
        "В ночь на 23 июля в результате ракетной атаки в Одессе был разрушен кафедральный собор."
    )


@pytest.mark.parametrize(
    ("raw", "body"),
    [
        # An author's box: the picture's alt text, the desk's blurb, teasers, "Show More".
        (b"Russia's Jan. 1 attack damages infrastructure facility in Kyiv Oblast\n\n"
         b"Kyiv Oblast Governor Oleksiy Kuleba said on Jan. 1 that Russia launched drones at Kyiv Oblast.\n\n"
         b"Avatar\n\nThe Kyiv Independent news desk\n\nWe are the news team of the Kyiv Independent.\n\n"
         b"For nearly six months, two Ukrainian soldiers were trapped in a dugout in Zaporizhzhia Oblast.\n\nShow More",
         "Kyiv Oblast Governor Oleksiy Kuleba said on Jan. 1 that Russia launched drones at Kyiv Oblast."),
        # A tag box of dated headlines under "MORE ABOUT"; "More about that ..." in a sentence is text.
        (b"Five injured in drone strikes in Kharkiv region\n\n"
         b"Five civilians in Kharkiv region were injured on Friday as a result of strikes by Russian drones.\n\n"
         b"More about that is expected later, the governor said.\n\n"
         b"MORE ABOUT\n\n12:58 04.10.2025\n\nInvaders attack train station in Shostka, injuring about 30 passengers",
         "Five civilians in Kharkiv region were injured on Friday as a result of strikes by Russian drones.\n\n"
         "More about that is expected later, the governor said."),
        # A sidebar's teaser over "Show More", above the report: the report is the article.
        (b"News Feed\n\nThis week, the world watched the parade in Moscow as the European Union moved to ban Russian "
         b"gas.\n\nShow More\n\nCrimea\n\nWarehouses damaged in Russian-occupied Crimean city\n\n2 min read\n\n"
         b"A screenshot from the video shows smoke rising over the city of Dzhankoi on Oct. 1.\n\n"
         b"The Russian Defense Ministry claimed that on Oct. 1 air defense shot down two Ukrainian missiles over "
         b"Crimea.\n\nDebris fell on the outskirts of Dzhankoi and damaged warehouses, the occupation head said.\n\n"
         b"Show More\n\nRussia strikes Kyiv",
         "A screenshot from the video shows smoke rising over the city of Dzhankoi on Oct. 1.\n\n"
         "The Russian Defense Ministry claimed that on Oct. 1 air defense shot down two Ukrainian missiles over "
         "Crimea.\n\nDebris fell on the outskirts of Dzhankoi and damaged warehouses, the occupation head said."),
        # Under the page's own headline, one paragraph is a short report, and what follows "Most read" is other
        # stories, however long.
        (b"Drones injure two in Sumy overnight\n\nOvernight, Russian forces attacked Sumy with Shahed drones, "
         b"injuring two people, the regional administration said.\n\nMost read\n\nZelensky presents Victory Plan\n\n"
         b"President Zelensky presented his plan to parliament on Wednesday.\n\nHe said the plan has five points "
         b"and three secret annexes.\n\nLawmakers applauded the speech, which lasted forty minutes.",
         "Overnight, Russian forces attacked Sumy with Shahed drones, injuring two people, the regional "
         "administration said."),
        # ...a short headline too, which shares a word with its report (a section's label shares none).
        (b"Drones attack Odesa\n\nOvernight, Russian forces attacked Odesa with Shahed drones, injuring two people."
         b"\n\nMost read\n\nFighting in Pokrovsk\n\nRussian troops pressed on Pokrovsk on Wednesday, the general "
         b"staff said.\n\nKurakhove saw more fighting on Tuesday.\n\nA glide bomb hit Kharkiv on Tuesday.",
         "Overnight, Russian forces attacked Odesa with Shahed drones, injuring two people."),
    ],
)  # fmt: skip
def test_a_box_that_only_ends_pages_ends_the_article(raw: bytes, body: str) -> None:
    assert parse_document(raw, name="box.txt").body == body


def test_advice_that_opens_like_a_box_of_links_is_text() -> None:
    raw = (
        "Уламки ракети впали в Одесі\n\n"
        "Вночі уламки ракети впали на житловий будинок в Одесі.\n\n"
        "Рекомендуємо: не наближайтеся до уламків ракет і повідомляйте про них поліцію.\n\n"
        "Ще одна людина постраждала в Одеському районі."
    ).encode()
    assert parse_document(raw, name="advice.txt").body.split("\n\n")[1:] == [
        "Рекомендуємо: не наближайтеся до уламків ракет і повідомляйте про них поліцію.",
        "Ще одна людина постраждала в Одеському районі.",
    ]


def test_a_pictures_address_is_neither_the_pages_date_nor_text() -> None:
    # The picture's address carries the day it was uploaded; the standfirst above it is the report's first line.
    raw = (
        "Уночі Сили ППО збили 16 із 27 ворожих БпЛА\n"
        "- 14.03.2025, 09:20\n"
        "- 139\n"
        "Війська рф у ніч проти 14 березня атакували Україну 27 ударними БпЛА типу Shahed. Українські оборонці "
        "збили половину цілей\n"
        ":format(webp)/wz.lviv.ua/images/news/_cover/529486/image-2025-03-15-092621.jpg)\n"
        "Про це повідомили Повітряні сили ЗСУ.\n"
    ).encode()
    draft = parse_document(raw, name="picture.txt")
    assert draft.published == datetime(2025, 3, 14, 9, 20)
    assert draft.body.split("\n\n") == [
        "- 139",
        "Війська рф у ніч проти 14 березня атакували Україну 27 ударними БпЛА типу Shahed. Українські оборонці "
        "збили половину цілей",
        "Про це повідомили Повітряні сили ЗСУ.",
    ]


def test_a_page_that_is_only_its_headline_and_standfirst_reads_the_standfirst() -> None:
    raw = (
        "A drone approaches for an attack in Kyiv on Monday. Photo: AFP\nUkraine war\n"
        "Ukraine war: Russian ‘kamikaze drones’ strike Kyiv\n\n"
        "  • The central Shevchenkivskyi district of Ukraine’s capital was rocked by blasts early on Monday\n"
        "  • Russia has repeatedly been using the so-called suicide drones to target urban centres\n\n"
        "Agence France-Presse\nUpdated: 2:39pm, 17 Oct, 2022\n"
    ).encode()
    draft = parse_document(raw, name="scmp.txt")
    assert (draft.title, draft.body) == (
        "Ukraine war: Russian ‘kamikaze drones’ strike Kyiv",
        "The central Shevchenkivskyi district of Ukraine’s capital was rocked by blasts early on Monday\n\n"
        "Russia has repeatedly been using the so-called suicide drones to target urban centres",
    )
