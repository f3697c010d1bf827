"""Ukrainian Cyrillic in the national transliteration (KMU 2010), the spelling English reporting uses for Ukraine's
places: "Краснопільська" is "Krasnopilska", "Велика Писарівка" "Velyka Pysarivka"."""

from __future__ import annotations

APOSTROPHES = "'’ʼʹ`´′"
KMU = {
    "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie", "ж": "zh", "з": "z",
    "и": "y", "і": "i", "ї": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p",
    "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ь": "", "ю": "iu", "я": "ia",
}  # fmt: skip
# A word's first letter is written otherwise: "Єнакієве" is "Yenakiieve".
KMU_INITIAL = {"є": "ye", "ї": "yi", "й": "y", "ю": "yu", "я": "ya"}


def kmu(text: str) -> str:
    """Ukrainian Cyrillic in the national transliteration, keeping case and anything not Cyrillic."""
    out: list[str] = []
    word_start = True
    for index, char in enumerate(text):
        lower = char.lower()
        if lower in KMU:
            if word_start and lower in KMU_INITIAL:
                latin = KMU_INITIAL[lower]
            elif lower == "г" and index > 0 and text[index - 1].lower() == "з":
                latin = "gh"  # "Згурівка" is "Zghurivka", not "Zhurivka"
            else:
                latin = KMU[lower]
            if char != lower and latin:
                latin = latin[0].upper() + latin[1:]
            out.append(latin)
            word_start = False
        elif char in APOSTROPHES:
            continue
        else:
            out.append(char)
            word_start = not char.isalpha()
    return "".join(out)
