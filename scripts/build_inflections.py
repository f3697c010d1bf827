"""Build `data/gazetteer/inflections.csv`: the case forms of every Ukrainian and Russian name in the gazetteer.

Ukrainian and Russian decline names: Kyiv is "Київ", "у Києві", "до Києва", "над Києвом"; Kyiv Oblast is
"Київська область", "у Київській області"; Shaheds are "Шахеди", "шахедами", "шахедів". The matcher compares
whole names, so each of those forms has to be a name it knows. This script makes them once, with the pymorphy3
morphological analyser and its Ukrainian and Russian dictionaries (VESUM and OpenCorpora, both from the package
registry), so the bot itself needs neither at run time and matches a declined name at the cost of an ordinary one.

How a name is declined
    * each word is analysed; a one-word name is the lexeme whose nominative is the name ("Суми" is the plural-only
      town, not the genitive of "сума", a sum), and a place keeps its grammatical number (no "Києви");
    * in a name of several words the last noun is the head; adjectives before it agree with it in case, gender and
      number ("Київській області", "Білої Церкви"); other words stay as written ("Ростов-на-Дону" declines only
      where the dictionary knows it);
    * a word with a Ukrainian-only letter (і ї є ґ) is declined as Ukrainian, one with a Russian-only letter
      (ы э ъ ё) as Russian, one with neither in both languages; weapons and actors get plural forms too
      ("Калібрами", "Искандеров").
The forms keep the capitalisation of the name, so the matcher's case rules still apply to them ("Бар" the town is
capitalised; "бару" is not a name).

How to run (from the repository root; needs pymorphy3, pymorphy3-dicts-uk and pymorphy3-dicts-ru, the `dev` extras)
    python scripts/build_inflections.py            # writes the CSV and prints counts
    python scripts/build_inflections.py --check    # exits 1 if the CSV is not what the script would write
Run it again after changing any gazetteer CSV; the output is deterministic.
"""

from __future__ import annotations

import csv
import io
import itertools
import re
import sys
from collections.abc import Iterable, Iterator

import pymorphy3
from generated import GAZETTEER, ROOT, gazetteer_rows, split_list, write_or_check
from pymorphy3.analyzer import Parse

sys.path.insert(0, str(ROOT))

from bot.extract.normalize import name_key

OUT_PATH = GAZETTEER / "inflections.csv"

CYRILLIC_WORD = re.compile(r"[А-Яа-яЁёІіЇїЄєҐґ'’ʼ]+")
UKRAINIAN_ONLY = re.compile(r"[ІіЇїЄєҐґ]")
# Russian letters, and Russian adjectives of place: Ukrainian writes "-ський", "-цький", "-зький" where Russian
# writes "-ский", "-цкий", "-зкий" ("Бучанский район" is Russian only).
RUSSIAN_ONLY = re.compile(r"[ЫыЭэЪъЁё]|(?<![ьЬ])(?:ск|цк|зк)(?:ий|ая|ое|ие)\b")
UKRAINIAN_LETTERS = re.compile(r"[А-Яа-яІіЇїЄєҐґ]")
# A name's pieces: words, and what stands between them (kept as written).
PIECES = re.compile(r"([\s\-‐‑–]+)")
# A town named after its river ("Ростов-на-Дону", "Словянськ на Кубані", "Каменск-на-Оби") declines its first word
# only: "у Ростові-на-Дону", "в Славянске-на-Кубани"; the river stays in the case the preposition gives it.
ON_THE_RIVER = re.compile(
    r"(?P<town>[А-ЯЁІЇЄҐ][^\s\-‐‑–]+)(?P<tail>[\s\-‐‑–]+(?:на|над|под|під)[\s\-‐‑–]+\S+)"
)
CASES = {
    "uk": ("nomn", "gent", "datv", "accs", "ablt", "loct"),
    "ru": ("nomn", "gent", "datv", "accs", "ablt", "loct", "loc2"),
}
MIN_FORM_LETTERS = 3
# Russian towns named as neuter nouns in "-ово": Кстово, Міллерово, Шереметьєво (not in "-іно", whose forms are
# those of surnames in "-ін": "Суровікіну", "Пушкіном").
NEUTER_TOWN = re.compile(r"(?:ов|ев|єв)о$")
# A town this big is named in the news every day: its case forms are kept even where an adjective's are the same.
TOWN_POPULATION = 20_000
# A Ukrainian town this big has its forms that are also other words ("Оріхова", "Кремінній") read inside a
# sentence (Russia's share theirs with surnames: "Ершова").
INNER_FORM_POPULATION = 12_000
PLACE_ADJECTIVE = re.compile(
    r"(?:ськ|цьк|зьк|ск|цк)(?:а|ий|ого|ому|им|ім|ій|ої|ою|у|е|і|их|ими|ая|ое|ом|ым)$|(?:ая|яя|ое|ее|ые|ие)$"
)
# Parts of speech a place or weapon name is never: a form that is also one of these is another word.
_NOT_NAMES = frozenset(
    {
        "ADJF",
        "ADJS",
        "COMP",
        "VERB",
        "INFN",
        "PRTF",
        "PRTS",
        "GRND",
        "ADVB",
        "NPRO",
        "PREP",
        "CONJ",
        "PRCL",
        "NUMR",
    }
)
REGION_NOUN = {"uk": "регіон", "ru": "регион"}
REGION_NAME = re.compile(
    r"(?P<adjective>[А-ЯЁІЇЄҐ][\w'’ʼ-]+)\s+(?P<noun>область|край)"
)  # "Бар" declines to "Бару"; nothing shorter is declined


class Decliner:
    def __init__(self) -> None:
        self.analysers = {
            "uk": pymorphy3.MorphAnalyzer(lang="uk"),
            "ru": pymorphy3.MorphAnalyzer(lang="ru"),
        }
        # The noun an oblast is also named with: "в Белгородском регионе", "Харківському регіоні".
        self.region_nouns = {
            language: next(
                (
                    p
                    for p in analyser.parse(REGION_NOUN[language])
                    if p.tag.POS == "NOUN" and p.tag.case == "nomn"
                ),
                None,
            )
            for language, analyser in self.analysers.items()
        }

    def forms(
        self,
        name: str,
        *,
        plural_too: bool,
        town: bool = False,
        russian_town: bool = False,
        others: set[str] | None = None,
    ) -> set[str]:
        """The case forms of a name. `town`: a town people write of every day (see TOWN_POPULATION), whose
        forms are kept where they are also an adjective's oblique case ("у Рівному", "у Рубіжному").
        `russian_town`: a place in Russia, whose Ukrainian forms the dictionary may not know. `others`
        collects the forms left out as another word's ("Оріхова": Orikhiv's genitive, and "nutty")."""
        if not CYRILLIC_WORD.search(name):
            return set()
        on_the_river = ON_THE_RIVER.fullmatch(name)
        if on_the_river is not None:
            # (In both languages whatever their dictionaries know: Ukrainian copy writes "у Ростові-на-Дону".)
            first, tail = on_the_river.group("town"), on_the_river.group("tail")
            made = {
                f
                for language in _languages_of(name)
                for f in self._forms_in(language, first, plural_too=False, town=town, whole_name=False)
            }
            return {form + tail for form in made}
        languages = _languages_of(name)
        if len(languages) > 1:
            # A name both languages could write ("Херсон", "Курская область") is declined in those whose dictionary
            # knows all its words, so Russian names do not get Ukrainian endings.
            knowing = [lang for lang in languages if self._knows(lang, name)]
            languages = knowing or languages
        found: set[str] = set()
        for language in languages:
            found |= self._forms_in(language, name, plural_too=plural_too, town=town, others=others)
        found |= self._feminine_in_russian(name)
        found |= _region_by_its_nickname(name)
        if russian_town:
            found |= self._neuter_in_ukrainian(name)
        if "ё" not in name.lower():
            # The Russian dictionary spells "черное" as "чёрное"; a name written without "ё" is declined so too.
            found = {_without_yo(form) for form in found}
        return found

    def _feminine_in_russian(self, name: str) -> set[str]:
        """A town of one word in a soft sign that Ukrainian declines as feminine ("Умань", "у Умані") is feminine in
        Russian too ("в Умани", "Уманью"), where the Russian dictionary, not knowing it, guesses masculine."""
        if not (CYRILLIC_WORD.fullmatch(name) and name.endswith("ь") and not UKRAINIAN_ONLY.search(name)):
            return set()
        parses = self.analysers["uk"].parse(name.lower())
        if not parses or "femn" not in parses[0].tag:
            return set()
        return {name[:-1] + "и", name[:-1] + "ью"}

    def _neuter_in_ukrainian(self, name: str) -> set[str]:
        """A Russian town in "-ово" or "-ево" that the Ukrainian dictionary leaves undeclined ("Кстово") is declined
        in Ukrainian copy as a neuter noun: "у Кстові", "до Домодєдова". A form that is also a word the dictionary
        knows ("Іванові", Ivan's dative) is left out, and so is a town named like a known surname, whose forms are
        the surname's ("Одинцові", "Тучкову")."""
        if not (CYRILLIC_WORD.fullmatch(name) and NEUTER_TOWN.search(name) and not RUSSIAN_ONLY.search(name)):
            return set()
        ukrainian = self.analysers["uk"]
        if any("Fixd" not in p.tag.grammemes for p in ukrainian.parse(name.lower()) if p.is_known):
            return set()  # the dictionary declines it already
        stem = name[:-1]
        spellings = {"uk": stem.lower(), "ru": stem.lower().replace("є", "е").replace("і", "и")}
        if any(
            p.is_known and "Surn" in p.tag.grammemes
            for language, analyser in self.analysers.items()
            for p in analyser.parse(spellings[language])
        ):
            return set()
        return {
            form
            for form in (stem + "а", stem + "у", stem + "ом", stem + "і")
            if not any(analyser.word_is_known(form.lower()) for analyser in self.analysers.values())
        }

    def _knows(self, language: str, name: str) -> bool:
        analyser = self.analysers[language]
        words = [w for w in CYRILLIC_WORD.findall(name) if len(w) >= MIN_FORM_LETTERS]
        return all(analyser.word_is_known(w.lower()) for w in words)

    def _forms_in(
        self,
        language: str,
        name: str,
        *,
        plural_too: bool,
        town: bool,
        whole_name: bool = True,
        others: set[str] | None = None,
    ) -> set[str]:
        """`whole_name`: the name is written alone, so a form another word shares ("Ростові", a growth adjective's
        plural) is left out; the first word of a longer name ("Ростові-на-Дону") is no other word."""
        analyser = self.analysers[language]
        pieces = PIECES.split(name)
        words = [(i, p) for i, p in enumerate(pieces) if i % 2 == 0 and p]
        # A piece before a hyphen is the fixed first part of a compound ("Івано-Франківськ", "Х-101").
        declinable = [
            (i, p)
            for i, p in words
            if CYRILLIC_WORD.fullmatch(p)
            and len(p) >= MIN_FORM_LETTERS
            and not (i + 1 < len(pieces) and pieces[i + 1].strip() in "-‐‑–" and pieces[i + 1].strip())
        ]
        if not declinable:
            return set()
        head_index, head_parse = self._head(analyser, declinable)
        if head_parse is None:
            return set()
        numbers = [head_parse.tag.number or "sing"]
        if plural_too and "Pltm" not in head_parse.tag and "Sgtm" not in head_parse.tag:
            numbers = ["sing", "plur"]
        head_lemma = head_parse.normal_form
        found: set[str] = set()
        for number in numbers:
            for case in CASES[language]:
                for head_form in _variants(head_parse, case, number):
                    head_word = _recase(head_form.word, pieces[head_index])
                    if (
                        whole_name
                        and len(declinable) == 1
                        and self._other_word(analyser, head_word, head_lemma, town=town)
                    ):
                        if others is not None:
                            others.add(head_word)
                        continue
                    # Each word before the head in every form that agrees ("Київському"/"Київськім районі").
                    variants: list[list[str]] = [[piece] for piece in pieces]
                    variants[head_index] = [head_word]
                    for i, word in declinable:
                        if i < head_index:
                            variants[i] = [
                                _recase(form, word)
                                for form in self._agree(analyser, word, head_form, case, number)
                            ]
                    if all(variants):  # half a declined name is no name: "Белого Царква"
                        found.update("".join(combination) for combination in itertools.product(*variants))
        return found

    @staticmethod
    def _other_word(analyser: pymorphy3.MorphAnalyzer, form: str, lemma: str, *, town: bool = False) -> bool:
        """Whether a one-word form is also a form of a word of another kind: "Українська", a case of the town
        Ukrainsk, is the adjective "Ukrainian" starting a sentence far more often. A noun's form shared with
        another noun ("Сумах": Sumy, or sums) stays, capitalised as names are, and so does one shared with the
        town's own adjective in an oblique case: "у Краматорську" is Kramatorsk far more often than the adjective
        in "Краматорську громаду", which is Kramatorsk's too. A big town's form is kept beside any adjective's
        oblique case: "у Рівному" is Rivne far more often than a capitalised "рівному"."""
        return any(
            parse.tag.POS in _NOT_NAMES
            and parse.normal_form != lemma
            and parse.is_known
            and not (
                (town or parse.normal_form.startswith(lemma)) and parse.tag.case and "nomn" not in parse.tag
            )
            for parse in analyser.parse(form.lower())
        )

    def region_adjectives(self, name: str) -> tuple[set[str], set[str]]:
        """For "Курська область": the adjective in each case ("Курській"), and each with the plural noun
        ("Курській областях"), so that "у Курській та Бєлгородській областях" names both regions."""
        match = REGION_NAME.fullmatch(name)
        if match is None:
            return set(), set()
        if UKRAINIAN_ONLY.search(name):
            language = "uk"
        elif RUSSIAN_ONLY.search(name) or (self._knows("ru", name) and not self._knows("uk", name)):
            language = "ru"
        else:
            language = "uk"
        analyser = self.analysers[language]
        adjective = next(
            (p for p in analyser.parse(match["adjective"]) if p.tag.POS == "ADJF" and p.tag.case == "nomn"),
            None,
        )
        noun = next(
            (p for p in analyser.parse(match["noun"]) if p.tag.POS == "NOUN" and p.tag.case == "nomn"), None
        )
        if adjective is None or noun is None:
            return set(), set()
        adjectives: set[str] = set()
        phrases: set[str] = set()
        region = self.region_nouns[language]  # the same land as "a region", as officials often say
        for case in CASES[language]:
            singular = _inflect(adjective, case, "sing", noun.tag.gender)
            plural = _inflect(noun, case, "plur")
            if singular is None:
                continue
            adjectives.add(_recase(singular.word, match["adjective"]))
            if plural is not None:
                phrases.add(f"{_recase(singular.word, match['adjective'])} {plural.word}")
            # (Every form of the case: a Ukrainian locative is "Харківському" or "Харківськім", "регіоні" or
            # "регіонові".)
            masculine = {
                form.word
                for form in adjective.lexeme
                if case in form.tag.grammemes and "masc" in form.tag.grammemes and form.tag.number != "plur"
            }
            for region_form in [] if region is None else _variants(region, case, "sing"):
                phrases.update(
                    f"{_recase(word, match['adjective'])} {region_form.word}" for word in masculine
                )
        return adjectives, phrases

    @staticmethod
    def _head(analyser: pymorphy3.MorphAnalyzer, words: list[tuple[int, str]]) -> tuple[int, Parse | None]:
        """The last word that is a noun in the nominative whose lexeme starts from that very word."""
        for index, word in reversed(words):
            parses = [
                p
                for p in analyser.parse(word)
                if p.tag.POS == "NOUN"
                and p.tag.case == "nomn"
                and _without_yo(p.word) == _without_yo(word.lower())
            ]
            if parses:
                # A place name before a common noun, then any: "Суми" the town, not "сума" the sum.
                # (The Ukrainian tag set has no "Geox": membership is asked of the grammemes, which never raises.)
                parses.sort(
                    key=lambda p: (
                        "Geox" not in p.tag.grammemes,
                        "anim" in p.tag.grammemes,
                        "Surn" in p.tag.grammemes,
                    )
                )
                return index, parses[0]
        return -1, None

    @staticmethod
    def _agree(
        analyser: pymorphy3.MorphAnalyzer, word: str, head: Parse, case: str, number: str
    ) -> list[str]:
        """The forms of a word before the head that agree with it as an adjective ("Київській області"); none when
        the word is no adjective."""
        for parse in analyser.parse(word):
            if (
                (parse.tag.POS in ("ADJF", "PRTF") or _adjectival_surname(parse))
                and parse.tag.case == "nomn"
                and _without_yo(parse.word) == _without_yo(word.lower())
            ):
                gender = head.tag.gender if number == "sing" else None
                forms = [
                    form.word
                    for form in parse.lexeme
                    if case in form.tag.grammemes
                    and ("plur" in form.tag.grammemes) == (number == "plur")
                    and (gender is None or gender in form.tag.grammemes)
                ]
                return list(dict.fromkeys(forms))
        return []


# A region's nickname in "-щина" or "-чина" ("Сумщина", "Брянщина", "Донетчина"), which one dictionary or the other
# does not know.
REGION_NICKNAME = re.compile(r"[А-ЯІЇЄҐ][а-яіїєґ'’ʼ]+(?:щин|чин)а")


def _region_by_its_nickname(name: str) -> set[str]:
    """The case forms of a region's nickname in both languages, as a feminine noun in "-а" declines: Ukrainian
    "Сумщини", "Сумщині", "Сумщину", "Сумщиною"; Russian "Сумщины", "Сумщине", "Сумщиной"."""
    if not REGION_NICKNAME.fullmatch(name):
        return set()
    stem = name[:-1]
    endings = {"у", "ою"}
    if not RUSSIAN_ONLY.search(name):
        endings |= {"и", "і"}
    if not UKRAINIAN_ONLY.search(name):
        endings |= {"ы", "е", "ой"}
    return {stem + ending for ending in endings}


def _languages_of(name: str) -> list[str]:
    """The languages a name may be written in: one whose own letters it has, else both."""
    return ["uk"] if UKRAINIAN_ONLY.search(name) else ["ru"] if RUSSIAN_ONLY.search(name) else ["uk", "ru"]


def _adjectival_surname(parse: Parse) -> bool:
    """The Russian dictionary knows "Деснянский" only as a surname; such a surname declines as the adjective it is
    ("в Деснянском районе"), so it agrees with its noun as one."""
    return "Surn" in parse.tag.grammemes and parse.word.endswith(
        ("ский", "цкий", "ской", "ный", "ний", "ый", "ой")
    )


def _variants(parse: Parse, case: str, number: str) -> list[Parse]:
    """Every form of a noun in that case and number: a Ukrainian locative has several ("у Кременчуці",
    "Кременчукові", "Кременчуку"), and `inflect` gives only the first."""
    first = _inflect(parse, case, number)
    if first is None:
        return []
    same = [
        form
        for form in parse.lexeme
        if case in form.tag.grammemes and form.tag.number == first.tag.number and form.word != first.word
    ]
    return [first, *{form.word: form for form in same}.values()]


def _inflect(parse: Parse, case: str, number: str, gender: str | None = None) -> Parse | None:
    """The form in that case and number; the Ukrainian dictionary leaves the singular unmarked."""
    grammemes = {case, number} | ({gender} if gender else set())
    try:
        form = parse.inflect(grammemes)
        if form is None and number == "sing":
            form = parse.inflect(grammemes - {"sing"})
    except ValueError:  # a grammeme the word's paradigm does not have ("loc2" for most nouns)
        return None
        if form is not None and form.tag.number == "plur":
            return None
    return form


def _without_yo(word: str) -> str:
    return word.replace("ё", "е").replace("Ё", "Е")


def _recase(form: str, original: str) -> str:
    if original.isupper() and len(original) > 1:
        return form.upper()
    if original[:1].isupper():
        return form[:1].upper() + form[1:]
    return form


# ---- the gazetteer's names --------------------------------------------------------------------------------------


def _slug(name: str) -> str:
    return "-".join(m.group().lower() for m in re.finditer(r"[^\W_]+(?:['’][^\W_]+)*", name))


def gazetteer_names() -> Iterator[tuple[str, list[str], bool]]:
    """(entity key as the bot builds it, its names, whether plurals are names too)."""
    extra = {(r["kind"], r["name"]): split_list(r["aliases"]) for r in gazetteer_rows("aliases.csv")}
    for row in gazetteer_rows("weapons.csv"):
        names = [row["name"], *split_list(row["aliases"]), *extra.get(("weapon", row["name"]), [])]
        yield f"weapon:{_slug(row['name'])}", names, True
    for row in gazetteer_rows("actors.csv"):
        names = [row["name"], *split_list(row["aliases"]), *extra.get(("actor", row["name"]), [])]
        yield f"actor:{_slug(row['name'])}", names, True
    for row in gazetteer_rows("outlets.csv"):
        names = [row["name"], *split_list(row["aliases"]), *extra.get(("outlet", row["name"]), [])]
        yield f"outlet:{_slug(row['name'])}", names, False
    hromadas = _hromadas()
    for row in gazetteer_rows("places.csv"):
        names = [row["name"], *split_list(row["aliases"]), *extra.get(("place", row["name"]), [])]
        yield f"place:{row['key']}", [*names, *hromadas.get(row["key"], [])], False
    for row in gazetteer_rows("raions.csv"):
        yield f"place:{row['key']}", [row["name"], *split_list(row["aliases"])], False


def _hromadas() -> dict[str, list[str]]:
    """A town's hromada (its municipality) by the town's key: "Барвінківська громада" is Barvinkove and around it,
    named with the raion's adjective in the feminine."""
    analyser = pymorphy3.MorphAnalyzer(lang="uk")
    found: dict[str, list[str]] = {}
    for row in gazetteer_rows("raions.csv"):
        for alias in split_list(row["aliases"]):
            adjective, _, noun = alias.partition(" ")
            if noun != "район" or not UKRAINIAN_LETTERS.search(adjective + "і"):
                continue
            parse = next((p for p in analyser.parse(adjective) if p.tag.POS == "ADJF"), None)
            feminine = parse.inflect({"femn", "nomn"}) if parse is not None else None
            if feminine is not None and row["centre"]:
                found.setdefault(row["centre"], []).append(f"{feminine.word.capitalize()} громада")
    return found


def build(decliner: Decliner) -> list[tuple[str, str, str, str]]:
    rows: list[tuple[str, str, str, str]] = []
    towns = {
        f"place:{row['key']}"
        for row in gazetteer_rows("places.csv")
        if row["kind"] == "city" and int(row["population"] or 0) >= TOWN_POPULATION
    }
    inner_towns = {
        f"place:{row['key']}"
        for row in gazetteer_rows("places.csv")
        if row["kind"] == "city"
        and row["key"].startswith("ua-")
        and int(row["population"] or 0) >= INNER_FORM_POPULATION
    }
    for key, names, plural_too in gazetteer_names():
        known = {name_key(n) for n in names}
        forms: dict[str, str] = {}
        adjectives: set[str] = set()
        others: set[str] = set()
        for name in names:
            other_words: set[str] = set()
            made = decliner.forms(
                name,
                plural_too=plural_too,
                town=key in towns,
                russian_town=key.startswith("place:ru-"),
                others=other_words,
            )
            # (Only a town's of some size, named often enough: a weapon's, an actor's or a village's form that is
            # another word stays unread; and not a form of a place's adjective in "-ськ-", which names districts,
            # hromadas and regions too, nor a town's genitive in "-ська", which the bot reads after the word that
            # governs it.)
            if key in inner_towns:
                others |= {form for form in other_words if not PLACE_ADJECTIVE.search(form)}
            if key.startswith("place:"):
                region_adjectives, phrases = decliner.region_adjectives(name)
                adjectives |= region_adjectives
                made |= phrases
            for form in sorted(made):
                form_key = name_key(form)
                if form_key in known:
                    continue
                # Where the data lists a name in lower case too ("шахед"), its forms are names in lower case.
                if form_key not in forms or form[:1].islower():
                    forms[form_key] = form
        inner = sorted(
            {form for form in others if name_key(form) not in known and name_key(form) not in forms}
        )
        if forms or adjectives or inner:
            rows.append(
                (key, "|".join(sorted(forms.values())), "|".join(sorted(adjectives)), "|".join(inner))
            )
    return rows


def render(rows: Iterable[tuple[str, str, str, str]]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(["key", "forms", "adjectives", "inner_forms"])
    writer.writerows(rows)
    return out.getvalue()


def main() -> int:
    def make() -> tuple[str, str]:
        rows = build(Decliner())
        forms = sum(len(f.split("|")) for _, f, _, _ in rows)
        inner = sum(len(i.split("|")) for _, _, _, i in rows if i)
        return render(rows), f"{len(rows)} entities, {forms} forms, {inner} read only inside a sentence"

    return write_or_check(__doc__.splitlines()[0], OUT_PATH, make)


if __name__ == "__main__":
    sys.exit(main())
