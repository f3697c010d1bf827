"""The article the project started from (../shared/sample/README.md says what a correct reading gives)."""

from __future__ import annotations

from datetime import date, datetime

from bot.extract import Gazetteer, extract_article
from bot.ingest.parse import parse_document
from bot.service import IncidentDesk

from .conftest import SAMPLE


def test_sample_metadata() -> None:
    draft = parse_document(SAMPLE.read_bytes(), name=SAMPLE.name)
    assert draft.title == "Russia's rare use of North Korean missiles marks new escalation"
    assert draft.author == "Jakub Artych"
    assert draft.published == datetime(2024, 8, 6, 17, 48)
    assert draft.body.startswith(
        "Russia used a North Korean KN-23 ballistic missile during an attack on Ukraine"
    )
    # Header clutter and the trailer are gone.
    for clutter in ("Getty Images", "Images source", "See also", "NewsRussia", "There is evidence"):
        assert clutter not in draft.body


def test_sample_yields_exactly_one_incident(gazetteer: Gazetteer) -> None:
    draft = parse_document(SAMPLE.read_bytes(), name=SAMPLE.name)
    extraction = extract_article(draft.body, date(2024, 8, 6), gazetteer)
    (incident,) = extraction.incidents
    assert incident.day == date(2024, 7, 31)
    assert (incident.start, incident.end) == (date(2024, 7, 31), date(2024, 7, 31))
    assert [w.name for w in incident.weapons] == ["KN-23"]
    assert [p.name for p in incident.places] == ["Bila Tserkva", "Kyiv Oblast"]
    assert [a.name for a in incident.actors] == ["Russia", "North Korea", "Ukraine"]
    assert incident.summary == "KN-23 ballistic missile attack: Bila Tserkva and Kyiv Oblast"
    assert extraction.cited_outlets == ("Defence Express",)
    supporting = [extraction.sentences[i].sentence.text for i in incident.sentence_indexes]
    assert supporting == [
        "Russia used a North Korean KN-23 ballistic missile during an attack on Ukraine on 31 July.",
        "The launch took place from Russian territory towards Bila Tserkva, but the missile exploded in the Kyiv region.",
    ]


def test_sample_has_no_false_dates(gazetteer: Gazetteer) -> None:
    """ "in the past five months" is not 2024-03-06 and "in 24 years" is not 2048."""
    draft = parse_document(SAMPLE.read_bytes(), name=SAMPLE.name)
    extraction = extract_article(draft.body, date(2024, 8, 6), gazetteer)
    all_dates = {d.day for facts in extraction.sentences for d in facts.dates}
    assert all_dates == {date(2024, 7, 31)}


def test_sample_through_the_engine(sample_desk: IncidentDesk) -> None:
    answer = sample_desk.ask("!incident KN-23")
    assert answer.ok
    assert answer.message == "1 incident for KN-23."
    (incident,) = answer.incidents
    assert (incident.day, incident.weapons, incident.places) == (
        date(2024, 7, 31),
        ("KN-23",),
        ("Bila Tserkva", "Kyiv Oblast"),
    )
    (source,) = incident.sources
    assert source.title == "Russia's rare use of North Korean missiles marks new escalation"
    assert source.outlet == "Defence Express"
    assert source.cited == ("Defence Express",)
    assert source.published == date(2024, 8, 6)
    assert (
        source.snippet
        == "Russia used a North Korean KN-23 ballistic missile during an attack on Ukraine on 31 July."
    )
    assert source.path == str(SAMPLE.resolve())
    for other in ("!summary 2024-03-06", "!summary 2048-08-06"):
        assert sample_desk.ask(other).incidents == ()
    assert [i.id for i in sample_desk.ask("!summary 2024-07-31").incidents] == [incident.id]
