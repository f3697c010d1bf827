"""The adjectives a Ukrainian town's name could make: Ніжин -> ніжинський, Барвінкове -> барвінківський, Біла
Церква -> білоцерківський. Raions (район, masculine) and hromadas (громада, feminine) are named with them.

These are candidates, not a dictionary: `scripts/build_raions.py` keeps those pymorphy3 knows, and the gazetteer
reads a hromada's adjective against them only where a hromada is named ("у Великописарівській громаді"), where a
wrong candidate has nothing to match.
"""

from __future__ import annotations

import re

# A final consonant alternates before the suffix (Ріг -> різький, Ріг -> рожский) or takes a vowel (Церква ->
# церківський).
ALTERNATIONS = {"г": ("з", "ж"), "к": ("ц", "ч"), "х": ("с", "ш")}


def adjective_candidates(name: str) -> list[str]:
    """What the adjective of a one-word town name could be, in Ukrainian and Russian spelling."""
    word = name.lower().replace("’", "'").replace("ʼ", "'")
    candidates = []
    if word.endswith(("ськ", "цьк", "зьк", "ск", "цк")):
        candidates.append(word + "ий")  # Покровськ -> покровський
    stem = word[:-1] if word[-1] in "аяоеиыїєюь" else word
    if stem.endswith(("ов", "ев", "єв")):
        candidates.append(stem[:-2] + ("їв" if stem.endswith("єв") else "ів") + "ський")  # Барвінкове
    if len(stem) > 2 and stem[-1] == "н" and stem[-2] not in "аеєиіїоуюяь'":
        candidates.append(stem[:-1] + "ен" + "ський")  # Лубни -> лубенський, Ромни -> роменський
    if stem.endswith(("с", "ц", "з")):
        candidates += [stem + "ький", stem + "кий"]  # Одеса -> одеський, Черкаси -> черкаський
    if stem.endswith("к"):
        candidates += [stem[:-1] + "ський", stem[:-1] + "ский"]  # Олександрівка -> олександрівський
    for suffix in ("ський", "ский", "ьський", "ьский", "цький", "цкий", "зький", "зкий", "овський", "овский"):
        candidates.append(stem + suffix)
    if word.endswith("ь"):
        candidates.append(word + "ський")  # Бориспіль -> бориспільський
    for doubled, adjective in _DOUBLED_ENDINGS:
        if word.endswith(doubled):
            candidates.append(word[: -len(doubled)] + adjective)  # Запоріжжя -> запорізький
    return list(dict.fromkeys(candidates))


# A doubled consonant before "я" softens to one (and "ж" alternates with "з"): Запоріжжя -> запорізький,
# Краснопілля -> краснопільський, Полісся -> поліський, Поріччя -> поріцький.
_DOUBLED_ENDINGS = (
    ("жжя", "зький"),
    ("лля", "льський"),
    ("сся", "ський"),
    ("ччя", "цький"),
    ("ння", "нський"),
)


def compound_candidates(name: str) -> list[str]:
    """What the adjective of a two-word town name could be: the first word's stem, "о", the second's adjective."""
    first, last = name.lower().replace("’", "'").replace("ʼ", "'").split()
    first_stem = re.sub(r"(?:ий|ій|ой|ый|а|я|е|є|і|и)$", "", first)
    stem = last[:-1] if last[-1] in "аяоеиыїєюь" else last
    stems = [stem, *(stem[:-1] + other for other in ALTERNATIONS.get(stem[-1], ()))]
    if len(stem) > 2:
        stems += [stem[:-1] + "і" + stem[-1], stem[:-1] + "о" + stem[-1]]  # церкв -> церків, церков
    endings = [c.removeprefix(last) for c in adjective_candidates(last) if c.startswith(last)]
    endings += ["ський", "ский", "ький", "кий", "івський", "овский", "овський"]
    return list(dict.fromkeys(first_stem + "о" + s + e for s in stems for e in endings))


def candidates_of(name: str) -> list[str]:
    """The candidates of a name of one word or two (none for a longer one), with a few more than the raion list
    asks the dictionaries about, since they are read only before "громада": Краснопілля -> краснопільський,
    Южне -> южненський, Велика Писарівка -> великописарівський."""
    words = name.lower().replace("’", "'").replace("ʼ", "'").split()
    if len(words) == 1:
        word = words[0]
        more = []
        if word.endswith(("ський", "цький", "ский", "цкий", "ий", "ый")):
            more.append(word)  # a name that is an adjective already: Афипский
        if word.endswith(("к", "ч")):
            # Кременчук -> кременчуцький, Межиріч -> межиріцький
            more += [word[:-1] + "цький", word[:-1] + "цкий"]
        if word.endswith(("не", "нє")):
            more.append(word + "нський")
        if word.endswith(("ба", "ня")) and len(word) > 3:
            # Ворожба -> ворожбянський, Ічня -> ічнянський (not Долина: "Долинянська" is Долиняни's)
            more += [word[:-1] + "янський", word[:-1] + "янский"]
        if word.endswith(("і", "и", "а")):
            # Дергачі -> дергачівський (Russian дергачёвский), Валки -> валківський, Дружба -> дружбівський
            stem = word[:-1]
            more += [stem + "івський", stem + "евский", stem + "ёвский"]
        if word.endswith(("ське", "цьке", "зьке", "ское", "цкое")):
            more.append(word[: -2 if word.endswith("ое") else -1] + "ий")  # Покровське -> покровський
        return list(dict.fromkeys([*adjective_candidates(word), *more]))
    if len(words) == 2:
        first_stem = re.sub(r"(?:ий|ій|ой|ый|а|я|е|є|і|и)$", "", words[0])
        whole = [first_stem + "о" + adjective for adjective in candidates_of(words[1])]
        return list(dict.fromkeys([*compound_candidates(" ".join(words)), *whole]))
    return []


def adjective_stem(adjective: str) -> str:
    """What an adjective's forms share: "ніжинський", "ніжинська", "ніжинської" -> "ніжинськ"."""
    return adjective.lower().replace("’", "'").replace("ʼ", "'")[:-2]
