"""What charts and maps count: figures per weapon per day, incidents per day, incidents per place."""

from __future__ import annotations

from collections.abc import Sequence

from bot.store.base import StoreBase

# Windows are at most this many days long (see `merge.MAX_WINDOW_DAYS`): a start bound keeps scans to index ranges.
_WINDOW_DAYS = 3


class FigureStore(StoreBase):
    def weapon_figures(
        self, weapon_keys: Sequence[str], start: str, end: str, measures: Sequence[str]
    ) -> list[tuple[str, int, str, str, int]]:
        """(incident date, incident id, weapon key, measure, value) of every figure any source gave for these
        weapons on incidents dated in [start, end], best-listed source first within each incident."""
        if not weapon_keys:
            return []
        keys = ", ".join("?" for _ in weapon_keys)
        kinds = ", ".join("?" for _ in measures)
        rows = self.conn.execute(
            f"SELECT ie.date, ie.incident_id, c.weapon_key, c.measure, c.value FROM incident_entities ie "
            f"JOIN reports r ON r.incident_id = ie.incident_id "
            f"JOIN claims c ON c.report_id = r.id AND c.weapon_key = ie.entity_key "
            f"WHERE ie.entity_key IN ({keys}) AND ie.date BETWEEN ? AND ? AND c.measure IN ({kinds}) "
            f"ORDER BY ie.incident_id, r.rank_key, c.id",
            [*weapon_keys, start, end, *measures],
        )
        return [(str(d), int(i), str(w), str(m), int(v)) for d, i, w, m, v in rows]

    def incident_dates(self, keys: Sequence[str], start: str, end: str) -> list[tuple[str, int]]:
        """(date, incident id) of the incidents naming any of `keys` (or, for regions, places within them)."""
        if not keys:
            rows = self.conn.execute(
                "SELECT date, id FROM incidents WHERE date BETWEEN ? AND ?", [start, end]
            )
            return [(str(d), int(i)) for d, i in rows]
        marks = ", ".join("?" for _ in keys)
        rows = self.conn.execute(
            f"SELECT DISTINCT date, incident_id FROM incident_entities WHERE entity_key IN ({marks}) "
            f"AND date BETWEEN ? AND ? AND kind != 'origin'",
            [*keys, start, end],
        )
        return [(str(d), int(i)) for d, i in rows]

    def places_of_incidents(self, start: str, end: str) -> list[tuple[int, str, str]]:
        """(incident id, place key, kind: place | origin) of the incidents dated in [start, end]."""
        rows = self.conn.execute(
            "SELECT ie.incident_id, ie.entity_key, ie.kind FROM incidents i "
            "JOIN incident_entities ie ON ie.incident_id = i.id "
            "WHERE i.date BETWEEN ? AND ? AND ie.kind IN ('place', 'origin')",
            [start, end],
        )
        return [(int(i), str(k), str(kind)) for i, k, kind in rows]

    def incident_ids_dated(self, start: str, end: str, limit: int) -> tuple[list[int], int]:
        """Incidents dated in [start, end], oldest first (an export reads like a log), at most `limit`, and how
        many there are."""
        total = int(self._one("SELECT count(*) FROM incidents WHERE date BETWEEN ? AND ?", [start, end]))
        ids = [
            int(r[0])
            for r in self.conn.execute(
                "SELECT id FROM incidents WHERE date BETWEEN ? AND ? ORDER BY date, id LIMIT ?",
                [start, end, limit],
            )
        ]
        return ids, total
