"""Ingestion: no-ops, updates in place, duplicates, bad files reported by name, and all-or-nothing writes."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot import messages
from bot.guilds import Removal
from bot.models import IngestOutcome
from bot.render import disagreements, incident_text
from bot.service import IncidentDesk
from bot.store.store import Store

from .conftest import FIXTURES, SAMPLE

TABLES = ("articles", "article_sources", "sentences", "facts", "incidents", "reports", "report_sentences", "report_entities",
          "incident_entities", "claims", "events", "entities")  # fmt: skip


def counts(store: Store) -> dict[str, int]:
    return {t: store.conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def fts_rows(store: Store) -> int:
    return int(store.conn.execute("SELECT count(*) FROM sentences_fts").fetchone()[0])


def test_reingesting_the_same_article_is_a_no_op(sample_desk: IncidentDesk) -> None:
    before = counts(sample_desk.store)
    outcome = sample_desk.ingest_file(SAMPLE)
    assert (outcome.status, outcome.article_id, outcome.message) == (
        "unchanged",
        1,
        "already ingested, unchanged",
    )
    assert counts(sample_desk.store) == before


def test_the_source_is_kept_beside_the_metadata_for_reading_again(sample_desk: IncidentDesk) -> None:
    source = sample_desk.store.source(1)
    assert source is not None
    assert (source.data, source.name, source.format) == (SAMPLE.read_bytes(), str(SAMPLE), "text")


def test_a_copy_under_another_name_is_a_duplicate(sample_desk: IncidentDesk, tmp_path: Path) -> None:
    copy = tmp_path / "copy.txt"
    copy.write_bytes(SAMPLE.read_bytes())
    before = counts(sample_desk.store)
    outcome = sample_desk.ingest_file(copy)
    assert (outcome.status, outcome.article_id) == ("duplicate", 1)
    assert outcome.message == f"same text as article 1 ({SAMPLE.resolve()})"
    assert counts(sample_desk.store) == before


def test_a_changed_article_updates_in_place_and_keeps_its_incident(
    desk: IncidentDesk, tmp_path: Path
) -> None:
    article = tmp_path / "kn23.txt"
    article.write_bytes(SAMPLE.read_bytes())
    first = desk.ingest_file(article)
    article.write_text(SAMPLE.read_text().replace("did not reach its target", "missed its target by far"))
    second = desk.ingest_file(article)
    assert (first.status, second.status) == ("added", "updated")
    assert second.article_id == first.article_id
    # The same event read again is the same incident: no new incident, no new alert.
    assert second.new_incidents == ()
    assert desk.store.conn.execute("SELECT id FROM incidents").fetchall() == [(first.new_incidents[0],)]
    assert counts(desk.store)["events"] == 1
    assert counts(desk.store)["articles"] == 1
    assert fts_rows(desk.store) == counts(desk.store)["sentences"]
    (hit,) = desk.ask("!search missed its target").hits
    assert hit.snippet == "The missile **missed** **its** **target** by far."


def test_folder_ingest_reports_each_bad_file_and_keeps_the_rest(desk: IncidentDesk, tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "a-sample.txt").write_bytes(SAMPLE.read_bytes())
    (folder / "b-empty.txt").write_bytes(b"")
    (folder / "c-binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (folder / "d-huge.txt").write_bytes(b"Missiles struck Kyiv. " * 300_000)
    (folder / "e-notes.pdf").write_bytes(b"%PDF-1.4")
    (folder / "README.md").write_text("# About this folder\n")
    seen: list[tuple[int, int, str]] = []
    report = desk.ingest_paths([folder], progress=lambda i, n, o: seen.append((i, n, o.status)))
    assert [(Path(o.name).name, o.status, o.message) for o in report.outcomes] == [
        ("README.md", "skipped", "a documentation file, not an article"),
        ("a-sample.txt", "added", "1 new incident"),
        ("b-empty.txt", "failed", "b-empty.txt is empty."),
        (
            "c-binary.txt",
            "failed",
            "c-binary.txt looks like a binary file, not an article (text, Markdown or HTML).",
        ),
        ("d-huge.txt", "failed", "too large (6.6 MB; one article may be at most 5.0 MB)"),
        ("e-notes.pdf", "skipped", "not an article file (.txt, .md, .html) or records (.csv)"),
    ]
    assert [status for _, _, status in seen] == ["skipped", "added", "failed", "failed", "failed", "skipped"]
    assert [(i, n) for i, n, _ in seen] == [(i, 6) for i in range(1, 7)]
    assert counts(desk.store)["articles"] == 1


def test_a_missing_path_is_reported(desk: IncidentDesk, tmp_path: Path) -> None:
    report = desk.ingest_paths([tmp_path / "nope.txt"])
    assert [(o.status, o.message) for o in report.outcomes] == [("failed", "no such file or folder")]


def test_a_failure_mid_ingest_leaves_the_database_as_it_was(
    sample_desk: IncidentDesk, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = counts(sample_desk.store)
    before_fts = fts_rows(sample_desk.store)

    def explode(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(sample_desk.store, "insert_report", explode)
    outcome = sample_desk.ingest_file(FIXTURES / "kharkiv-kn23.html")
    assert (outcome.status, outcome.message) == ("failed", "an internal error (RuntimeError); see the log")
    assert counts(sample_desk.store) == before
    assert fts_rows(sample_desk.store) == before_fts


def test_a_failed_update_keeps_the_old_version(
    desk: IncidentDesk, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    article = tmp_path / "kn23.txt"
    article.write_bytes(SAMPLE.read_bytes())
    desk.ingest_file(article)
    before = counts(desk.store)
    article.write_text(SAMPLE.read_text().replace("31 July", "30 July"))
    monkeypatch.setattr(desk.store, "insert_report", lambda *a: (_ for _ in ()).throw(RuntimeError("boom")))
    outcome = desk.ingest_file(article)
    assert (outcome.status, outcome.message) == ("failed", "an internal error (RuntimeError); see the log")
    assert counts(desk.store) == before
    assert [i.day.isoformat() for i in desk.ask("!incident KN-23").incidents] == ["2024-07-31"]


def test_new_incidents_queue_one_event_each_and_silent_ingests_mark_them(desk: IncidentDesk) -> None:
    loud = desk.ingest_file(SAMPLE)
    quiet = desk.ingest_file(FIXTURES / "odesa-shahed.md", silent=True)
    rows = desk.store.conn.execute("SELECT incident_id, kind, silent FROM events ORDER BY id").fetchall()
    assert rows == [(loud.new_incidents[0], "new", 0), (quiet.new_incidents[0], "new", 1)]


def test_reports_of_the_same_event_merge_into_one_incident(desk: IncidentDesk, tmp_path: Path) -> None:
    html = desk.ingest_file(FIXTURES / "kharkiv-kn23.html")
    other = tmp_path / "ap.txt"
    other.write_text(
        "North Korean missiles hit Kharkiv\n\nKHARKIV, Ukraine (AP) — Russia fired North Korean-made Hwasong-11 "
        "missiles at Kharkiv on Tuesday, January 2, 2024, killing three people, officials said.\n"
    )
    ap = desk.ingest_file(other)
    assert ap.new_incidents == ()
    assert ap.merged_incidents == html.new_incidents
    (incident,) = desk.ask("!incident KN-23").incidents
    assert [s.outlet for s in incident.sources] == ["The Kyiv Independent", "Associated Press"]
    # Disagreeing figures are both kept, each with its outlet.
    killed = [(c.value, c.outlet) for c in incident.claims if c.measure == "killed"]
    assert killed == [(2, "The Kyiv Independent"), (3, "Associated Press")]
    assert disagreements(incident) == ["killed 2 (The Kyiv Independent), 3 (Associated Press)"]
    assert "    Reports differ: killed 2 (The Kyiv Independent), 3 (Associated Press)" in incident_text(
        incident
    )


def test_removing_an_article_removes_incidents_only_it_supported(sample_desk: IncidentDesk) -> None:
    assert sample_desk.remove_article(1) is Removal.REMOVED
    assert counts(sample_desk.store) | {"entities": 0} == dict.fromkeys(TABLES, 0)
    assert fts_rows(sample_desk.store) == 0
    assert sample_desk.remove_article(1) is Removal.MISSING


def test_outcome_ok_statuses() -> None:
    assert [IngestOutcome("x", s).ok for s in ("added", "updated", "unchanged", "duplicate", "failed", "skipped")] == [
        True, True, True, True, False, False
    ]  # fmt: skip


def test_an_undated_article_reads_its_relative_dates_from_the_latest_date_it_states(
    desk: IncidentDesk,
) -> None:
    raw = (
        b"Night of drones over Odesa\n\nRussian drones struck the port of Odesa overnight, the governor said. "
        b"The port had reopened on 2 May 2024 after repairs.\n"
    )
    outcome = desk.ingest_bytes(raw, name="undated.txt")
    (incident,) = desk.ask("!incident Odesa").incidents
    assert (incident.day.isoformat(), incident.start.isoformat()) == ("2024-05-02", "2024-05-01")
    assert desk.ask(f"!article {outcome.article_id}").articles[0].published is None


def test_an_undated_article_whose_lead_dates_the_day_before_was_written_the_day_after(
    desk: IncidentDesk,
) -> None:
    # ("Минулої доби, 9 серпня 2024 року, ..." is no dateline: the report tells the past day the morning after.)
    raw = (
        "Рашисти обстріляли Очаків\n\nМинулої доби, 9 серпня 2024 року, війська РФ обстрілювали Миколаївщину.\n"
        "Також учора о 14:32 ворожі артилерійські обстріли фіксувалися по місту Очаків.\n"
    ).encode()
    outcome = desk.ingest_bytes(raw, name="undated.txt")
    assert desk.ask(f"!article {outcome.article_id}").articles[0].published is None
    (incident,) = desk.ask("!incident Ochakiv").incidents
    assert incident.day.isoformat() == "2024-08-09"


def test_an_article_that_dates_itself_nowhere_takes_the_day_its_file_name_or_address_gives(
    desk: IncidentDesk,
) -> None:
    raw = b"Drones over Odesa\n\nRussian drones struck the port of Odesa overnight, the governor said.\n"
    named = desk.ingest_bytes(raw, name="reuters-2024-05-19-odesa-port.txt")
    (article,) = desk.ask(f"!article {named.article_id}").articles
    assert article.published is not None
    assert article.published.date().isoformat() == "2024-05-19"
    assert named.message.endswith(f"({messages.DATED_BY_ADDRESS})")
    (incident,) = desk.ask("!incident Odesa").incidents
    assert (incident.day.isoformat(), incident.start.isoformat()) == ("2024-05-19", "2024-05-18")


@pytest.mark.parametrize(
    ("name", "published", "note"),
    [
        # 1 January at midnight is what a publishing system fills in: the day in the name is the real one...
        ("volynpost-2025-10-05-lviv.txt", "2025-10-05", messages.PLACEHOLDER_DATE),
        # ...when there is one.
        ("volynpost-lviv.txt", "2025-01-01", None),
    ],
)
def test_a_placeholder_date_gives_way_to_the_day_in_the_file_name(
    desk: IncidentDesk, name: str, published: str, note: str | None
) -> None:
    raw = b" date 2025-01-01 Drones over Lviv\nRussian drones struck Lviv on 5 October, the mayor said.\n"
    outcome = desk.ingest_bytes(raw, name=name)
    (article,) = desk.ask(f"!article {outcome.article_id}").articles
    assert article.published is not None
    assert article.published.date().isoformat() == published
    assert outcome.message.endswith(f"({note})") is (note is not None)


@pytest.mark.parametrize(
    ("address", "day"),
    [
        ("https://www.aljazeera.com/news/2022/4/11/russia-strikes-s-300-systems", "2022-04-11"),
        ("ap-2024-04-06-kharkiv-missiles.txt", "2024-04-06"),
        ("strike_2025_01_31.md", "2025-01-31"),
        ("kharkiv-strike.txt", None),
        ("catalogue-1999-01-05.txt", None),  # before the war's reporting: not a publication day
        ("plans-2031-01-05.txt", None),  # after today
    ],
)
def test_a_day_in_an_address(desk: IncidentDesk, address: str, day: str | None) -> None:
    found = desk.intake.preparer.date_in_address(address)
    assert (found.date().isoformat() if found else None) == day
