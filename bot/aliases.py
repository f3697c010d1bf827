"""The in-memory index of names the bot can answer about: exact keys, fuzzy matching and autocomplete.

Built from the entities that some incident mentions (with every alias the gazetteer knows for them), so it stays
small however many articles there are, and rebuilt when the database's version changes. Fuzzy matching follows
rapidfuzz's idiom: dict choices (ids back), `WRatio`, `default_process`, a named cutoff.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass

from rapidfuzz import fuzz, process, utils

from bot.extract.gazetteer import Gazetteer
from bot.extract.normalize import fold, name_key

FUZZY_CUTOFF = 80  # "Kinzal" -> Kinzhal scores 92; unrelated names stay below 70
# WRatio also scores a short name found inside a long query highly ("x" of a pasted link -> X-101): the whole query
# must resemble the name too.
WHOLE_CUTOFF = 60
# ...and without the words any place's name may share: "Pishchanske starosta district" is not "Bashtanka district".
_GENERIC_PLACE_WORDS = frozenset(
    {"district", "districts", "raion", "oblast", "region", "regions", "hromada", "community", "krai", "okrug"}
    | {"municipal", "urban", "rural", "city", "town", "village", "settlement"}
)
COMPLETE_CUTOFF = 85  # autocomplete fires on every keystroke: "hwa" must not offer "Bila Cerkwa" (72)
SUGGEST_CUTOFF = 55


@dataclass(frozen=True, slots=True)
class IndexedName:
    alias: str
    key: str
    name: str
    kind: str
    incidents: int


def _other_names(name: str) -> list[str]:
    """A name given both ways English copy writes it, "Azovsky district (Azov district)", "Sumska hromada (Sumy
    hromada)", is each of them too."""
    first, _, second = name.partition(" (")
    noun = first.rpartition(" ")[2]
    if noun in ("district", "hromada") and second.endswith(f" {noun})"):
        return [first, second[:-1]]
    return []


class AliasIndex:
    def __init__(self, used: list[tuple[str, str, str, int]], gazetteer: Gazetteer) -> None:
        self.names: list[IndexedName] = []
        self.by_key: dict[str, list[IndexedName]] = {}
        for key, kind, name, count in used:
            entity = gazetteer.get(key)
            aliases = [*(gazetteer.written_names(key) if entity else [name]), *_other_names(name)]
            # One spelling per key: "KN 23" and "KN23" add nothing to "KN-23".
            spellings: dict[str, str] = {}
            for alias in (name, *aliases):
                spellings.setdefault(name_key(alias), alias)
            for alias in spellings.values():
                item = IndexedName(alias, key, name, kind, count)
                self.names.append(item)
                self.by_key.setdefault(name_key(alias), []).append(item)
        self.choices = {i: item.alias for i, item in enumerate(self.names)}
        # Sorted folded names for prefix completion by bisect.
        self._sorted = sorted((fold(item.alias), i) for i, item in enumerate(self.names))
        self._folded = [f for f, _ in self._sorted]

    def exact(self, query: str) -> list[IndexedName]:
        return self.by_key.get(name_key(query), [])

    def fuzzy(
        self, query: str, *, cutoff: int = FUZZY_CUTOFF, limit: int = 10
    ) -> list[tuple[IndexedName, float]]:
        if len(query.strip()) < 3 or not self.choices:
            return []
        results = process.extract(
            query,
            self.choices,
            scorer=fuzz.WRatio,
            processor=utils.default_process,
            score_cutoff=cutoff,
            limit=limit,
        )
        processed = _distinctive(utils.default_process(query))
        return [
            (self.names[index], score)
            for _, score, index in results
            if fuzz.ratio(processed, _distinctive(utils.default_process(self.names[index].alias)))
            >= WHOLE_CUTOFF
        ]

    def suggest(self, query: str, limit: int = 5) -> list[str]:
        seen: dict[str, None] = {}
        for item, _ in self.fuzzy(query, cutoff=SUGGEST_CUTOFF, limit=limit * 4):
            seen.setdefault(item.name, None)
        return list(seen)[:limit]

    def complete(self, prefix: str, limit: int = 25) -> list[IndexedName]:
        """Names for autocomplete: prefix matches (most incidents first), then fuzzy matches, one per entity."""
        folded = fold(prefix.strip())
        if not folded:
            ranked = sorted(self.names, key=lambda n: (-n.incidents, n.name, n.alias != n.name))
            return _one_per_entity(ranked, limit)
        start = bisect.bisect_left(self._folded, folded)
        prefixed: list[IndexedName] = []
        for position in range(start, len(self._sorted)):
            if not self._folded[position].startswith(folded):
                break
            prefixed.append(self.names[self._sorted[position][1]])
        prefixed.sort(key=lambda n: (-n.incidents, n.alias != n.name, n.alias))
        found = _one_per_entity(prefixed, limit)
        if len(found) < limit:
            taken = {n.key for n in found}
            for item, _ in self.fuzzy(prefix, cutoff=COMPLETE_CUTOFF, limit=limit * 2):
                if item.key not in taken:
                    found.append(item)
                    taken.add(item.key)
                if len(found) >= limit:
                    break
        return found


def _distinctive(processed: str) -> str:
    """A processed name without the words any place's name may share, unless nothing else is left."""
    kept = [word for word in processed.split() if word not in _GENERIC_PLACE_WORDS]
    return " ".join(kept) if kept else processed


def _one_per_entity(items: list[IndexedName], limit: int) -> list[IndexedName]:
    seen: set[str] = set()
    result: list[IndexedName] = []
    for item in items:
        if item.key not in seen:
            seen.add(item.key)
            result.append(item)
            if len(result) >= limit:
                break
    return result
