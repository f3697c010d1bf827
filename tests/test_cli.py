"""The command line: `ask --json` contract, exit codes, and the maintainers' own contract check."""

from __future__ import annotations

import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bot.cli import main

from .conftest import FIXTURES, ROOT, SAMPLE, SHARED


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    code = main(list(argv), out=out, err=err)
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def db(tmp_path: Path) -> str:
    path = str(tmp_path / "cli.db")
    code, out, _ = run("ingest", str(SAMPLE), "--db", path)
    assert (code, out) == (0, f"{SAMPLE}: added: 1 new incident\nDone: 1 added; 1 new incidents.\n")
    return path


def test_ask_json_shape(db: str) -> None:
    code, out, _ = run("ask", "!incident KN-23", "--json", "--db", db)
    assert code == 0
    document = json.loads(out)
    assert {k: document[k] for k in ("command", "ok", "message", "page", "pages")} == {
        "command": "incident", "ok": True, "message": "1 incident for KN-23.", "page": 1, "pages": 1
    }  # fmt: skip
    (incident,) = document["incidents"]
    assert {k: incident[k] for k in ("id", "date", "weapons", "places", "actors")} == {
        "id": 1, "date": "2024-07-31", "weapons": ["KN-23"], "places": ["Bila Tserkva", "Kyiv Oblast"],
        "actors": ["Russia", "North Korea", "Ukraine"],
    }  # fmt: skip
    (source,) = incident["sources"]
    assert source == {
        "article_id": 1,
        "title": "Russia's rare use of North Korean missiles marks new escalation",
        "outlet": "Defence Express",
        "published": "2024-08-06",
        "url": None,
        "path": str(SAMPLE.resolve()),
        "snippet": "Russia used a North Korean KN-23 ballistic missile during an attack on Ukraine on 31 July.",
        "cited": ["Defence Express"],
        "date_phrase": "31 July",
        "language": "en",
    }


@pytest.mark.parametrize(
    ("command", "code", "ok", "message"),
    [
        ("!summary 2024-02-30", 1, False, "Sorry, `2024-02-30` is not a date: February 2024 has 29 days."),
        (
            "!incident",
            1,
            False,
            "Usage: `!incident <weapon, place or actor>` (for example `!incident KN-23`).",
        ),
        ("!nonsense", 1, False, "I don't know the command `nonsense`. Type `!help` for the list."),
        ("!incident Zzyzx", 0, True, "No recorded incident matches `Zzyzx`."),
    ],
)
def test_ask_json_failures_are_polite(db: str, command: str, code: int, ok: bool, message: str) -> None:
    exit_code, out, err = run("ask", command, "--json", "--db", db)
    document = json.loads(out)
    assert (exit_code, document["ok"]) == (code, ok)
    assert document["message"].startswith(message)
    assert "Traceback" not in out + err


def test_ask_text_output(db: str) -> None:
    code, out, _ = run("ask", "summary 2024-07-31", "--db", db)
    assert code == 0
    assert out.splitlines()[:6] == [
        "1 incident on 2024-07-31.",
        "",
        "Wednesday 31 July 2024",
        "#1  2024-07-31  KN-23 ballistic missile attack: Bila Tserkva and Kyiv Oblast",
        "    Weapons: KN-23 · Places: Bila Tserkva, Kyiv Oblast · Actors: Russia, North Korea, Ukraine",
        "    “Russia used a North Korean KN-23 ballistic missile during an attack on Ukraine on 31 July.”",
    ]


def test_ingest_exit_code_is_non_zero_only_when_nothing_went_in(tmp_path: Path) -> None:
    db = str(tmp_path / "x.db")
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    code, out, _ = run("ingest", str(empty), "--db", db)
    assert (code, out) == (1, f"{empty}: failed: empty.txt is empty.\nDone: 1 failed; 0 new incidents.\n")
    code, out, err = run("ingest", str(empty), str(FIXTURES / "odesa-shahed.md"), "--db", db)
    assert code == 0
    assert out == f"{empty}: failed: empty.txt is empty.\nDone: 1 added, 1 failed; 1 new incidents.\n"
    assert err.splitlines() == [f"[1/2] {empty}: failed (empty.txt is empty.)",
                                f"[2/2] {FIXTURES / 'odesa-shahed.md'}: added (1 new incident)"]  # fmt: skip


def test_ingest_json_and_remove(tmp_path: Path) -> None:
    db = str(tmp_path / "x.db")
    code, out, _ = run("ingest", str(SAMPLE), "--json", "--db", db)
    assert code == 0
    assert json.loads(out) == {
        "files": [{"name": str(SAMPLE), "status": "added", "article_id": 1, "message": "1 new incident",
                   "new_incidents": [1], "merged_incidents": []}],
        "stored": 1,
    }  # fmt: skip
    assert run("remove", "1", "--db", db) == (0, "Removed article 1.\n", "")
    assert run("remove", "1", "--db", db) == (1, "There is no article 1.\n", "")


def test_import_command(tmp_path: Path) -> None:
    code, out, _ = run("import", str(FIXTURES / "records.csv"), "--db", str(tmp_path / "r.db"))
    assert code == 0
    assert out.splitlines()[-1] == "Done: 4 added, 1 failed; 4 new incidents."


def test_demo_builds_the_bundled_database_and_answers(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("DISCORD_TOKEN", raising=False)
    monkeypatch.chdir(tmp_path)  # no .env here
    code, out, _ = run("demo", "--db", str(tmp_path / "demo.db"))
    assert code == 0
    assert "$ incident-bot ask '!incident KN-23'" in out
    assert (
        "“Russia used a North Korean KN-23 ballistic missile during an attack on Ukraine on 31 July.”" in out
    )
    assert "#" in out.split("$ incident-bot ask '!summary 2026-02-07'")[1].split("$")[0]


def test_bad_settings_give_one_clear_line(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DEV_GUILD_ID", "not-a-number")
    assert run("ask", "!help") == (
        2,
        "",
        "Configuration problem: DEV_GUILD_ID must be a whole number, not 'not-a-number'\n",
    )


@pytest.mark.skipif(not (SHARED / "checks" / "cli-contract.py").is_file(), reason="../shared is not present")
def test_the_maintainers_cli_contract_check_passes() -> None:
    executable = shutil.which("incident-bot", path=str(Path(sys.executable).parent))
    assert executable is not None
    result = subprocess.run(
        [sys.executable, str(SHARED / "checks" / "cli-contract.py"), executable],
        cwd=ROOT, capture_output=True, text=True, timeout=600, check=False,
    )  # fmt: skip
    assert result.stdout.strip().splitlines()[-1] == "cli-contract: ok", result.stdout


def test_backup_copies_a_database_others_are_writing_and_check_finds_it_whole(
    db: str, tmp_path: Path
) -> None:
    copy = tmp_path / "backups" / "copy.db"
    code, out, _ = run("backup", str(copy), "--db", db)
    assert (code, out.startswith(f"Backed up {db} to {copy} (")) == (0, True)
    assert not Path(f"{copy}-wal").exists()
    assert run("ask", "!incident KN-23", "--db", str(copy))[0] == 0
    assert run("check", "--db", str(copy)) == (
        0, "OK: checked integrity_check, foreign_key_check, full-text index.\n", ""
    )  # fmt: skip
    assert run("check", "--quick", "--db", str(copy))[1] == "OK: checked quick_check, foreign_key_check.\n"


def test_check_reports_a_damaged_database_and_exits_non_zero(db: str, tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.db"
    data = bytearray(Path(db).read_bytes())
    data[5000:9000] = b"\xff" * 4000  # tear a few pages
    damaged.write_bytes(bytes(data))
    code, out, _ = run("check", "--db", str(damaged))
    assert code == 1
    assert out.startswith("problem: ")
    assert run("check", "--db", str(tmp_path / "missing.db"))[:2] == (
        1, f"problem: there is no database at {tmp_path / 'missing.db'}\nProblems found: checked nothing.\n"
    )  # fmt: skip


def test_reindex_reads_every_article_again_and_keeps_incident_ids(db: str) -> None:
    before = json.loads(run("ask", "!incident KN-23", "--json", "--db", db)[1])
    code, out, _ = run("reindex", "--db", db)
    assert (code, out) == (0, "article 1: updated: incidents updated\nDone: 1 updated; 0 new incidents.\n")
    after = json.loads(run("ask", "!incident KN-23", "--json", "--db", db)[1])
    assert [i["id"] for i in after["incidents"]] == [i["id"] for i in before["incidents"]] == [1]
    assert after["incidents"][0]["places"] == before["incidents"][0]["places"]


def test_a_missing_gazetteer_is_a_configuration_problem(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("INCIDENT_DATA_DIR", str(tmp_path))
    code, _, err = run("ask", "!stats", "--db", str(tmp_path / "x.db"))
    assert code == 2
    assert err == (
        f"Configuration problem: the gazetteer is not in {tmp_path / 'gazetteer'} (weapons.csv, places.csv...): "
        "set INCIDENT_DATA_DIR to the project's data/ folder\n"
    )
