from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.config import Settings
from bot.extract.dates import find_dates, incident_date
from bot.extract.gazetteer import Gazetteer
from bot.service import IncidentDesk
from bot.store.store import Store

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
FIXTURES = Path(__file__).resolve().parent / "fixtures"
SAMPLE = DATA / "articles" / "kn23-bila-tserkva.txt"
SHARED = ROOT.parent / "shared"
KYIV = ZoneInfo("Europe/Kyiv")
NOW = datetime(2026, 11, 25, 12, 0, tzinfo=KYIV)


@pytest.fixture(scope="session")
def gazetteer() -> Gazetteer:
    return Gazetteer.load(DATA)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(db_path=tmp_path / "incidents.db", data_dir=DATA)


@pytest.fixture
def desk(settings: Settings, gazetteer: Gazetteer) -> Iterator[IncidentDesk]:
    """A desk over an in-memory database with the clock stopped at NOW."""
    desk = IncidentDesk(settings, store=Store.memory(), gazetteer=gazetteer, clock=lambda: NOW)
    yield desk
    desk.close()


@pytest.fixture
def sample_desk(desk: IncidentDesk) -> IncidentDesk:
    outcome = desk.ingest_file(SAMPLE)
    assert outcome.status == "added"
    return desk


# Fixtures for the Discord tests (simcord environments, the bot over a tmp_path database, the error guard).
pytest_plugins = ["tests.discord_helpers"]


def incident_date_reading(sentence: str, anchor: date | None) -> tuple[str, str, str, str] | None:
    """The incident date a sentence gives, as (kind, day, start, end) in ISO form; None when it gives none."""
    chosen = incident_date(find_dates(sentence, anchor))
    if chosen is None:
        return None
    return chosen.kind.value, chosen.day.isoformat(), chosen.start.isoformat(), chosen.end.isoformat()
