"""The regathering step's tool: an excerpt is kept only when it is the report the manifest names."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

SAVE = Path(__file__).resolve().parent.parent / "bench" / "realset" / "save_excerpt.py"
A_REPORT = "kyivindependent-2024-09-06-lviv-shahed-warehouses-malekhiv.txt"


def save(name: str, literal: str, tmp_path: Path) -> tuple[int, str]:
    literal_file = tmp_path / "excerpt.json"
    literal_file.write_text(literal, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(SAVE), name, str(literal_file)], capture_output=True, text=True, check=False
    )
    return done.returncode, done.stdout.strip()


@pytest.mark.parametrize(
    ("name", "literal", "expected"),
    [
        (
            A_REPORT,
            json.dumps("Another page's text"),
            f'MISMATCH {A_REPORT}: 19 characters, ends "Another page\'s text"',
        ),
        ("not-a-report.txt", json.dumps("text"), "NOT IN MANIFEST not-a-report.txt"),
        (
            A_REPORT,
            "News Feed without its quotes",
            f"BAD LITERAL {A_REPORT}: Expecting value: line 1 column 1 (char 0) (copy the excerpt with its quotes and "
            "escapes)",
        ),
    ],
)
def test_an_excerpt_that_is_not_the_report_is_not_kept(
    name: str, literal: str, expected: str, tmp_path: Path
) -> None:
    assert save(name, literal, tmp_path) == (1, expected)
