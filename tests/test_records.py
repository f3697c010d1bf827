"""Official attack records as incidents of their own, merged with the press's reports of the same event."""

from __future__ import annotations

from datetime import date

from bot.ingest.records import post_url
from bot.service import IncidentDesk

from .conftest import FIXTURES, SAMPLE

RECORDS = FIXTURES / "records.csv"


def test_records_become_incidents_with_transliterated_names(desk: IncidentDesk) -> None:
    report = desk.import_records(RECORDS)
    assert [o.status for o in report.outcomes] == ["added", "added", "added", "added", "failed"]
    assert report.outcomes[-1].message == "no readable attack window"
    every = desk.ask("!summary 2024-01-01..2024-12-31", page_size=100).incidents
    summary = [(i.day.isoformat(), i.start.isoformat(), i.weapons, i.places, i.origins) for i in every]
    assert summary == [
        ("2024-09-06", "2024-09-06", ("Molniya",), (), ()),
        ("2024-08-06", "2024-08-06", ("S-300",), ("Kharkiv",), ("Belgorod Oblast",)),
        ("2024-08-06", "2024-08-05", ("Kh-101", "Kh-555", "Kalibr"), (), ("Caspian Sea", "Black Sea")),
        ("2024-07-31", "2024-07-30", ("Iskander-M", "KN-23", "Shahed-136", "Shahed-131"), ("Kyiv Oblast",),
         ("Kursk Oblast", "Primorsko-Akhtarsk")),
    ]  # fmt: skip
    assert [i.summary for i in every[1:3]] == [
        "S-300 missile attack: Kharkiv",
        "Kh-101, Kh-555 and Kalibr cruise missile attack from Caspian Sea and Black Sea",
    ]
    # Each row's figures carry the weapons the row names.
    assert [(c.counts, c.measure, c.value) for c in every[2].claims] == [
        ("Kh-101/Kh-555/Kalibr", "launched", 10),
        ("Kh-101/Kh-555/Kalibr", "destroyed", 9),
    ]
    # Launch sites are searchable, and listed as such.
    assert [i.day.isoformat() for i in desk.ask("!incident Caspian Sea").incidents] == ["2024-08-06"]
    record = every[-1].sources[0]
    assert record.outlet == "Ukrainian Air Force"
    assert record.url == "https://www.facebook.com/kpszsu/posts/pfbidKN23"
    assert record.cited == ("Petro Ivaniuk's Massive Missile Attacks on Ukraine dataset",)
    assert record.snippet == (
        "On 31 July 2024 from 02:00 to 06:30: 2 Iskander-M/KN-23 launched from Kursk oblast at Kyiv oblast; "
        "1 shot down or suppressed."
    )


def test_the_same_post_on_another_day_is_another_wave(desk: IncidentDesk) -> None:
    desk.import_records(RECORDS)
    molniya, night = (desk.ask(f"!summary {day}").incidents[0] for day in ("2024-09-06", "2024-08-05"))
    assert molniya.id != night.id
    assert (
        molniya.sources[0].url == night.sources[0].url == "https://www.facebook.com/kpszsu/posts/pfbidNIGHT"
    )


def test_an_article_merges_with_the_official_record_of_its_event(desk: IncidentDesk) -> None:
    desk.import_records(RECORDS)
    desk.ingest_file(SAMPLE)
    (incident,) = desk.ask("!summary 2024-07-31").incidents
    assert incident.day == date(2024, 7, 31)
    assert [s.outlet for s in incident.sources] == ["Defence Express", "Ukrainian Air Force"]
    assert {"KN-23", "Iskander-M"} <= set(incident.weapons)
    assert {"Bila Tserkva", "Kyiv Oblast"} <= set(incident.places)
    assert [(c.counts, c.measure, c.value) for c in incident.claims if c.outlet == "Ukrainian Air Force"] == [
        ("Iskander-M/KN-23", "launched", 2), ("Iskander-M/KN-23", "destroyed", 1),
        ("Shahed-136/Shahed-131", "launched", 20), ("Shahed-136/Shahed-131", "destroyed", 18),
    ]  # fmt: skip


def test_imports_are_silent_unless_asked(desk: IncidentDesk) -> None:
    desk.import_records(RECORDS)
    assert desk.store.conn.execute("SELECT DISTINCT silent FROM events").fetchall() == [(1,)]
    assert desk.import_records(RECORDS).count("unchanged") == 4


def test_post_urls() -> None:
    assert post_url("kpszsu/posts/pfbid0") == "https://www.facebook.com/kpszsu/posts/pfbid0"
    assert post_url("GeneralStaff.ua/posts/x") == "https://www.facebook.com/GeneralStaff.ua/posts/x"
    assert post_url("kharkivoda.gov.ua/news/1") == "https://kharkivoda.gov.ua/news/1"
    assert post_url("https://t.me/kpszsu/1") == "https://t.me/kpszsu/1"
    assert post_url("") is None
