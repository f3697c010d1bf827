"""What the scripts that generate a table of `data/` share: write it, or check that it is what they would write."""

from __future__ import annotations

import argparse
import csv
import io
import re
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GAZETTEER = ROOT / "data" / "gazetteer"


def gazetteer_rows(name: str) -> list[dict[str, str]]:
    """The rows of a table of `data/gazetteer/`."""
    with (GAZETTEER / name).open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def split_list(value: str | None) -> list[str]:
    """A cell's `|`-separated values."""
    return [part.strip() for part in (value or "").split("|") if part.strip()]


def csv_text(columns: list[str], rows: list[dict[str, str]]) -> str:
    """A generated table's text: its header, then its rows, with "\\n" line ends on every platform."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def key_slug(name: str) -> str:
    """A name as part of a row's key: "Bila Tserkva" -> "bila-tserkva"."""
    return "-".join(m.group().lower() for m in re.finditer(r"[^\W_]+", name))


def write_or_check(description: str, path: Path, make: Callable[[], tuple[str, str]]) -> int:
    """`make` returns the table's text and a line saying what it holds. With `--check`: exit 1 if the file is not
    that text, changing nothing."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--check", action="store_true", help="fail if the CSV is out of date")
    args = parser.parse_args()
    text, summary = make()
    name = path.relative_to(ROOT)
    if args.check:
        current = path.read_text(encoding="utf-8") if path.is_file() else ""
        if current != text:
            print(f"{name} is out of date: run scripts/{Path(sys.argv[0]).name}")
            return 1
        print(f"{name} is up to date")
        return 0
    path.write_text(text, encoding="utf-8")
    print(f"wrote {name}: {summary}")
    return 0
