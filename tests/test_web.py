"""The read-only web view (issue 13): Datasette over the database, checked in a real headless browser (Chromium
from the system's packages; `.ci/run` installs it): the home page, an incident, a search and the map render with
the content expected (text and elements, not pixels)."""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.config import Settings
from bot.service import IncidentDesk
from bot.web import metadata, searched_without_counting

from .conftest import DATA, FIXTURES, NOW, SAMPLE

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


@pytest.mark.parametrize(
    ("path", "query", "seen"),
    [
        # A search of the sentences table lists its matches without counting every one...
        ("/incidents/sentences", b"_search=missile", b"_search=missile&_nocount=1"),
        (
            "/incidents/sentences.json",
            b"_search=missile&_shape=array",
            b"_search=missile&_shape=array&_nocount=1",
        ),
        # ...as asked, if asked...
        ("/incidents/sentences", b"_search=missile&_nocount=0", b"_search=missile&_nocount=0"),
        # ...and nothing else changes.
        ("/incidents/sentences", b"_sort=id", b"_sort=id"),
        ("/incidents/incident_overview", b"_search=missile", b"_search=missile"),
    ],
)
async def test_the_sentences_search_is_served_without_counting(path: str, query: bytes, seen: bytes) -> None:
    scopes: list[dict[str, Any]] = []

    async def datasette(scope: dict[str, Any], _receive: Any, _send: Any) -> None:
        scopes.append(scope)

    app = searched_without_counting(datasette, "/incidents/sentences")
    await app({"type": "http", "path": path, "query_string": query}, None, None)
    assert [scope["query_string"] for scope in scopes] == [seen]


def test_the_metadata_hides_the_bots_own_tables_and_names_the_views() -> None:
    tables = metadata("incidents")["databases"]["incidents"]["tables"]
    assert tables["deliveries"] == {"hidden": True}
    assert tables["incident_overview"]["facets"] == [
        {"array": "weapons"}, {"array": "categories"}, {"array": "oblasts"}, {"array": "outlets"},
        {"array": "languages"},
    ]  # fmt: skip
    assert tables["sentences"]["fts_table"] == "sentences_fts"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    folder = tmp_path_factory.mktemp("web")
    db = folder / "incidents.db"
    desk = IncidentDesk(Settings(db_path=db, data_dir=DATA), clock=lambda: NOW)
    try:
        desk.import_records(FIXTURES / "records.csv")
        desk.ingest_paths([SAMPLE, FIXTURES / "uk-air-force-post.txt"], silent=True)
    finally:
        desk.close()
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "bot", "web", "--port", str(port), "--db", str(db)],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            with socket.socket() as probe:
                if probe.connect_ex(("127.0.0.1", port)) == 0:
                    break
            time.sleep(0.1)
        else:
            pytest.fail("the web view did not start")
        yield f"http://127.0.0.1:{port}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def rendered(url: str, tmp_path: Path) -> str:
    """The page as a real browser leaves it after running its scripts."""
    assert CHROMIUM is not None
    result = subprocess.run(
        [CHROMIUM, "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
         f"--user-data-dir={tmp_path / 'profile'}", "--virtual-time-budget=5000", "--dump-dom", url],
        capture_output=True, text=True, timeout=90,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-2000:]
    return result.stdout


pytestmark_browser = pytest.mark.skipif(
    CHROMIUM is None, reason="no Chromium on this machine (.ci/run installs it)"
)


@pytestmark_browser
def test_the_home_page_an_incident_a_search_and_the_map_render(site: str, tmp_path: Path) -> None:
    home = rendered(f"{site}/", tmp_path)
    assert "<h1>Incident Desk</h1>" in home
    assert "Reported incidents of the air war over Ukraine" in home
    incident = rendered(f"{site}/incidents/incidents/1", tmp_path)
    assert "KN-23" in incident
    assert "Bila Tserkva" in incident
    sources = rendered(f"{site}/incidents/incident_sources?incident=1", tmp_path)
    assert "Russia used a North Korean KN-23 ballistic missile" in sources
    search = rendered(f"{site}/incidents/sentences?_search=KN-23", tmp_path)
    assert "North Korean KN-23 ballistic missile" in search
    assert "<th" in search  # the results table
    newest = rendered(f"{site}/incidents/search?words=KN-23", tmp_path)
    assert "Search sentences, newest first" in newest
    assert "North Korean KN-23 ballistic missile" in newest
    map_page = rendered(f"{site}/incidents/incident_places", tmp_path)
    assert "leaflet-container" in map_page  # the map drawn by datasette-cluster-map's script
    assert "Bila Tserkva" in map_page
