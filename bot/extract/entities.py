"""Entities in a sentence: gazetteer names, weapon designators found by pattern, and the outlets it cites."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bot.extract.gazetteer import Gazetteer, slug
from bot.models import Entity, EntityKind, Mention

# Soviet/Russian designators, in English and in the transliterations of the Air Force's reports (Cyrillic Х and
# С read as Latin X and C): Kh-101 = X-101 = Х-101, S-300 = C-300. Aircraft (Tu-95, Su-34) are carriers, not
# weapons, so their prefixes are not here. A sub-model's number after a hyphen ("Х-59МК-1") is the model's.
_DESIGNATOR = re.compile(
    r"(?<![\w-])(?:(?P<kh>Kh|KH|X|Х)-?(?P<khn>\d{2,3}[A-ZА-Я]{0,3}\d?)(?:(?<=[A-ZА-Я])-\d(?!\d))?"
    r"|(?P<s>S|С|C)-(?P<sn>\d{3}[A-ZА-Я]{0,4})"
    r"|KN-?(?P<kn>\d{2})"
    r"|(?P<nm>[39]M)-?(?P<nmn>\d{2,3}[A-Z]?))(?![\w-])"
)
# The letters of a model's suffix as Russian designations spell them: "Х-55СМ" is the Kh-55SM, "С-300В" the
# S-300V. Only "Р" and "Х" keep their look (P, X): English copy types the Latin P and X with them.
_CYRILLIC_TO_LATIN = str.maketrans("АВЕКМНОРСТХДПЛБУ", "AVEKMNOPSTXDPLBU")

# "conveyed by "Defence Express"", "according to "Ukrainska Pravda"", ""Militarnyi" reported".
_QUOTED_BEFORE = re.compile(
    r"(?:conveyed|reported|published|cited|quoted|according\s+to|reports?|told|informed|writes|wrote)"
    r"(?:\s+by)?(?:\s+the)?(?:\s+(?:outlet|publication|news\s+agency|agency|website|channel|newspaper))?"
    r"\s+[\"“«]([A-Z][^\"”»]{1,48}?)[,.]?[\"”»]"
)
_QUOTED_AFTER = re.compile(
    r"[\"“«]([A-Z][^\"”»]{1,48}?)[,.]?[\"”»]\s+(?:reported|reports|said|says|wrote|writes|published|noted)"
)


def designators(text: str, base: int, gazetteer: Gazetteer, taken: list[tuple[int, int]]) -> list[Mention]:
    """Weapon designators the gazetteer does not list by name ("Kh-38ML", "S-350") as weapons of their own."""
    found: list[Mention] = []
    for match in _DESIGNATOR.finditer(text):
        start, end = match.start() + base, match.end() + base
        if any(s < end and start < e for s, e in taken):
            continue
        canonical, category = _canonical_designator(match)
        found.append(Mention(_weapon_named(canonical, category, gazetteer), match.group(), start, end))
    return found


# ("Shahed-136/131-type drones", "Shahed-136/131s": a plural or a "-type" after it; not a sub-model's "-1".)
_SHORTHAND = re.compile(r"/(?P<number>\d{2,3}[A-Z]{0,3})(?=s?(?:[^\w-]|-[^\W\d]|$))")
_DESIGNATOR_PREFIX = re.compile(r"^(?P<prefix>[A-Z][A-Za-z]{0,7})-\d")


def shorthand_designators(
    text: str, base: int, gazetteer: Gazetteer, mentions: list[Mention]
) -> list[Mention]:
    """ "Kh-59/69", "S-300/400" and "X-101/555/55" name two or three weapons: each after the first shares its
    prefix; so does the Air Force's "Shahed-136/131", a night's drones of both kinds. A pair the gazetteer lists as
    one weapon's name is matched whole before this is asked."""
    found: list[Mention] = []
    for mention in mentions:
        prefix = _DESIGNATOR_PREFIX.match(mention.entity.name)
        shorthand = _SHORTHAND.match(text, mention.end - base) if prefix else None
        while prefix is not None and shorthand is not None:
            entity = _weapon_named(
                f"{prefix.group('prefix')}-{shorthand.group('number')}", "missile", gazetteer
            )
            found.append(Mention(entity, shorthand.group(), shorthand.start() + base, shorthand.end() + base))
            shorthand = _SHORTHAND.match(text, shorthand.end())
    return found


# A bomb's weight beside its family names its model: "a FAB-type 500-kg aerial bomb", "a 500-kilogram FAB bomb" and
# "500-кілограмова ФАБ" are FAB-500s.
_WEIGHT = r"(?P<weight>\d{3,4})\s?-?\s?(?:kg|kilograms?|кг|кілограм\w*|килограмм?\w*)(?!\w)"
_WEIGHT_AFTER = re.compile(rf"(?:-?type|-типу|-типа)?[\s,]+{_WEIGHT}", re.IGNORECASE)
# Not the thousands of "1,500-kilogram", "1 500-кілограмову".
_WEIGHT_BEFORE = re.compile(rf"(?<![\w-])(?<!\d[,. ]){_WEIGHT}\s+(?:[\w-]+\s+){{0,2}}$", re.IGNORECASE)
_WEIGHT_REACH = 40  # characters before a family's name where its weight is looked for
# A family named alone ("FAB (aerial bomb)"), not a model ("FAB-500").
_FAMILY = re.compile(r"^(?P<family>[A-Z]{3,4})(?![\w-])")


def of_one_family(one: Entity, other: Entity) -> bool:
    """Whether one weapon is a family named alone and the other a model of it ("FAB (aerial bomb)" and
    "FAB-250"): told of one attack, they are the same bombs."""
    for family, model in ((one, other), (other, one)):
        named = _FAMILY.match(family.name)
        if named is not None and model.name.startswith(named.group("family") + "-"):
            return True
    return False


def weighted_models(text: str, base: int, gazetteer: Gazetteer, mentions: list[Mention]) -> list[Mention]:
    """Each weapon family named with a weight ("FAB" beside "500-kg") as the model of that weight, where the
    gazetteer knows one ("FAB-500"); every other mention as it is."""
    read = []
    for mention in mentions:
        family = _FAMILY.match(mention.entity.name) if mention.entity.kind is EntityKind.WEAPON else None
        if family is not None:
            start, end = mention.start - base, mention.end - base
            weight = _WEIGHT_AFTER.match(text, end) or _WEIGHT_BEFORE.search(
                text, max(0, start - _WEIGHT_REACH), start
            )
            if weight is not None:
                name = f"{family.group('family')}-{weight.group('weight')}"
                model = [e for e in gazetteer.lookup(name) if e.kind is EntityKind.WEAPON]
                if model:
                    mention = replace(mention, entity=model[0])
        read.append(mention)
    return read


def _weapon_named(canonical: str, category: str, gazetteer: Gazetteer) -> Entity:
    """The gazetteer's weapon of that name, or a weapon of its own for a designator it does not list."""
    known = [e for e in gazetteer.lookup(canonical) if e.kind is EntityKind.WEAPON]
    return known[0] if known else Entity(f"weapon:{slug(canonical)}", EntityKind.WEAPON, canonical, category)


def _canonical_designator(match: re.Match[str]) -> tuple[str, str]:
    if match.group("kh"):
        return f"Kh-{match.group('khn').translate(_CYRILLIC_TO_LATIN)}", "missile"
    if match.group("s"):
        return f"S-{match.group('sn').translate(_CYRILLIC_TO_LATIN)}", "surface-to-air missile"
    if match.group("kn"):
        return f"KN-{match.group('kn')}", "ballistic missile"
    return f"{match.group('nm')}{match.group('nmn')}", "missile"


def cited_outlets(text: str, mentions: list[Mention], own_outlet: str | None) -> list[str]:
    """Outlets a sentence attributes information to: known outlets by name, unknown ones when quoted."""
    names: list[str] = [m.entity.name for m in mentions if m.entity.kind is EntityKind.OUTLET]
    for pattern in (_QUOTED_BEFORE, _QUOTED_AFTER):
        names.extend(match.group(1).strip() for match in pattern.finditer(text))
    own = (own_outlet or "").casefold()
    seen: dict[str, str] = {}
    for name in names:
        if name.casefold() != own:
            seen.setdefault(name.casefold(), name)
    return list(seen.values())


def without_mentions(text: str, base: int, mentions: Sequence[Mention]) -> str:
    """The sentence (starting at `base` in the body) with the names of `mentions` blanked out, offsets kept."""
    rest = list(text)
    for mention in mentions:
        rest[mention.start - base : mention.end - base] = " " * (mention.end - mention.start)
    return "".join(rest)
