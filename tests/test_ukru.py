"""Ukrainian and Russian reports (issue 12): names in their case forms, languages, dates, figures, questions."""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

import pytest

from bot import render
from bot.extract import Gazetteer, extract_article
from bot.extract.counts import find_counts
from bot.extract.language import LanguageIdentifier
from bot.extract.normalize import fold, name_key
from bot.extract.sentences import split_sentences
from bot.ingest.prepare import Preparer
from bot.service import IncidentDesk
from tests.conftest import FIXTURES

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import generated  # noqa: E402  (scripts/ is no package)


def found(gazetteer: Gazetteer, text: str) -> list[tuple[str, str]]:
    return [(m.surface, m.entity.name) for m in gazetteer.find(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Вибухи у Києві, Києва, над Києвом", [("Києві", "Kyiv"), ("Києва", "Kyiv"), ("Києвом", "Kyiv")]),
        ("у Київській області та на Київщині", [("Київській області", "Kyiv Oblast"), ("Київщині", "Kyiv Oblast")]),
        ("по Харкову і Харківщині", [("Харкову", "Kharkiv"), ("Харківщині", "Kharkiv Oblast")]),
        ("в Одесі та на Одещині", [("Одесі", "Odesa"), ("Одещині", "Odesa Oblast")]),
        ("у Дніпрі, на Дніпропетровщині", [("Дніпрі", "Dnipro"), ("Дніпропетровщині", "Dnipropetrovsk Oblast")]),
        ("в Киеве и Харьковской области", [("Киеве", "Kyiv"), ("Харьковской области", "Kharkiv Oblast")]),
        ("в Курской и Белгородской областях", [("Курской", "Kursk Oblast"), ("Белгородской областях", "Belgorod Oblast")]),
        # An oblast as "a region", and Moscow's by its own name.
        ("над Белгородским регионом и Подмосковьем", [("Белгородским регионом", "Belgorod Oblast"), ("Подмосковьем", "Moscow Oblast")]),
        ("у Харківському регіоні", [("Харківському регіоні", "Kharkiv Oblast")]),
        ("у Сумах, Білій Церкві та Кривому Рогу", [("Сумах", "Sumy"), ("Білій Церкві", "Bila Tserkva"), ("Кривому Рогу", "Kryvyi Rih")]),
        # A feminine town in a soft sign is feminine in Russian too, where the Russian dictionary does not know it.
        ("В Умани и над Уманью", [("Умани", "Uman"), ("Уманью", "Uman")]),
        # The Soviet Tu-143 reconnaissance drones Russia's ministry reports over Belgorod; "КАБа" after a numeral.
        ("беспилотниками Ту-143 и четыре КАБа", [("Ту-143", "Tu-143"), ("КАБа", "KAB (guided bomb)")]),
        # A weapon's name in quotation marks is its name in lower case too ("молния" is also lightning).
        ("влучила російська “молния”, а блискавка — молния — ні", [("молния", "Molniya")]),
        # A raion as English copy translated from Ukrainian writes it: its adjective transliterated.
        ("in the Synelnykivskyi district and the Kryvorizkyi raion",
         [("Synelnykivskyi district", "Synelnykove district"), ("Kryvorizkyi raion", "Kryvyi Rih district")]),
        # A town's name before its rename is still it; but the name an oblast kept is the oblast's, in the spelling
        # Ukrainian copy uses (Russian copy still names the city so).
        ("targeting Leningrad, Belgorod and Kursk; in Dnipropetrovsk and Kirovohrad; Dnepropetrovsk, Kirovograd",
         [("Leningrad", "Leningrad Oblast"), ("Belgorod", "Belgorod"), ("Kursk", "Kursk"),
          ("Dnipropetrovsk", "Dnipropetrovsk Oblast"), ("Kirovohrad", "Kirovohrad Oblast"), ("Dnepropetrovsk", "Dnipro"),
          ("Kirovograd", "Kropyvnytskyi")]),
        ("ракета прилетіла у місто Новоград-Волинський; у Червонограді", [("Новоград-Волинський", "Zviahel (Novohrad-Volynskyi)"), ("Червонограді", "Sheptytskyi (Chervonohrad)")]),
        ("шахедами, Калібрами та Кинджалами", [("шахедами", "Shahed-136"), ("Калібрами", "Kalibr"), ("Кинджалами", "Kinzhal")]),
        ("ракети Х-101 та Х-22, «Искандеры»", [("Х-101", "Kh-101"), ("Х-22", "Kh-22"), ("Искандеры", "Iskander-M")]),
        # Ukrainian plurals of names the dictionary knows only as a surname; bombs by their mass; the Grom-E1.
        ("Іскандерами та Оніксами", [("Іскандерами", "Iskander-M"), ("Оніксами", "Oniks")]),
        ("КАБ-500, УПАБ-1500 та Грім-Е1", [("КАБ-500", "KAB (guided bomb)"), ("УПАБ-1500", "KAB (guided bomb)"),
                                          ("Грім-Е1", "Grom-E1")]),
        # What КАБ stands for, in Russian and Ukrainian; gliding bombs.
        ("корректируемыми авиабомбами и кориговані авіабомби", [("корректируемыми авиабомбами", "KAB (guided bomb)"),
                                                               ("кориговані авіабомби", "KAB (guided bomb)")]),
        # A town's double name with both words declined, or its last word shortened, is that town, not the one its
        # first word names; a station named after a town is still the town.
        ("у Білгороді-Дністровському та Кам'янці-Подільському", [("Білгороді-Дністровському", "Bilhorod-Dnistrovskyi"),
                                                              ("Кам'янці-Подільському", "Kamianets-Podilskyi")]),
        ("в Белгороде-Днестровском, Білгород-Дністровськ", [("Белгороде-Днестровском", "Bilhorod-Dnistrovskyi"),
                                                          ("Білгород-Дністровськ", "Bilhorod-Dnistrovskyi")]),
        ("у Раві-Руській, в Усть-Луге, у Камені-Каширському", [("Раві-Руській", "Rava-Ruska"), ("Усть-Луге", "Ust-Luga"),
                                                              ("Камені-Каширському", "Kamin-Kashyrskyi")]),
        # ...an adjective made from a double name, of another gender, names something else.
        ("Свято-Покровський собор; Білгород-Дністровська міська рада", []),
        ("у Новгороді-Сіверському; на вокзалі Харків-Пасажирський", [("Новгороді-Сіверському", "Novhorod-Siverskyi"),
                                                                   ("Харків", "Kharkiv")]),
        # A hromada is read as its centre: compound names, lists before a plural, Russian spellings.
        ("У Великописарівській громаді", [("Великописарівській", "Velyka Pysarivka")]),
        ("Краснопільську та Миропільську громади", [("Краснопільську", "Krasnopillia"), ("Миропільську", "Myropillia")]),
        ("в Белогородской громаде", [("Белогородской", "Bilohorodka")]),
        # A raion's land in "-щина" ("на Ніжинщині"), not when that is its oblast's ("Сумщина").
        ("на Ніжинщині та Сумщині", [("Ніжинщині", "Nizhyn district"), ("Сумщині", "Sumy Oblast")]),
        # A Russian name the dictionary spells with "ё" ("чёрное") is declined as written, with "е".
        ("из акватории Черного моря", [("Черного моря", "Black Sea")]),
        # Some towns take "-янський": Ворожба -> Ворожбянська громада.
        ("Ворожбянську та Білопільську громади", [("Ворожбянську", "Vorozhba"), ("Білопільську", "Bilopillia")]),
        # A name in "-і", "-и", "-а" takes "-івський" (Russian "-евский"): Дергачі, Валки.
        ("у Дергачівській, Валківській громадах та Дергачевской громаде", [("Дергачівській", "Derhachi"),
                                                                        ("Валківській", "Valky"),
                                                                        ("Дергачевской", "Derhachi")]),
        ("у Харківській області", [("Харківській області", "Kharkiv Oblast")]),
        ("обстреляла Харьков управляемыми авиационными бомбами", [("Харьков", "Kharkiv"), ("управляемыми авиационными бомбами", "KAB (guided bomb)")]),
        ("по Донеччині", [("Донеччині", "Donetsk Oblast")]),
        # A region's old name, in Russian too.
        ("Есть разрушения на Буковине", [("Буковине", "Chernivtsi Oblast")]),
        # A region's nickname in Russian's cases as well as Ukrainian's.
        ("поселок Брянщины, атака на Сумщине", [("Брянщины", "Bryansk Oblast"), ("Сумщине", "Sumy Oblast")]),
        # A country's or region's adjective before "громада" or "аеродром" is no town's.
        ("Українська громада Польщі", [("Польщі", "Poland")]),
        ("атакували Кримський аеродром", []),
        # A doubled consonant softens in the adjective: Запоріжжя -> Запорізький район.
        ("у Запорізькому районі", [("Запорізькому районі", "Zaporizhzhia district")]),
        # A town's refinery or airport is named with its adjective; Dnipro in Russian.
        ("Саратовский НПЗ", [("Саратовский", "Saratov")]),
        ("на Кременчуцькому НПЗ", [("Кременчуцькому", "Kremenchuk")]),
        # ... in lower case, as Russian writes it; a state's adjective there is still no town's.
        ("в районе курского аэродрома", [("курского", "Kursk")]),
        ("на российских аэродромах", []),
        ("по многоэтажке в Днепре", [("Днепре", "Dnipro")]),
        # A weapon's name declined before its own designator, and the family member the designator names.
        ("3 «Шахеди-136» збито, 2 Шахеди-131", [("Шахеди-136", "Shahed-136"), ("Шахеди-131", "Shahed-131")]),
        ("атаковали Гераней-2", [("Гераней-2", "Shahed-136")]),
        # A name the data lists capitalised and in lower case may be written either way.
        ("БпЛА типу «шахед» та Шахед", [("шахед", "Shahed-136"), ("Шахед", "Shahed-136")]),
    ],
)  # fmt: skip
def test_declined_names(gazetteer: Gazetteer, text: str, expected: list[tuple[str, str]]) -> None:
    assert found(gazetteer, text) == expected


def test_a_declined_common_word_is_no_name(gazetteer: Gazetteer) -> None:
    # "суми" is also "sums"; forms keep the name's capital, so only the town's are names.
    assert found(gazetteer, "на суму 5 мільйонів, у сумах грошей") == []


def test_generated_tables_are_what_their_scripts_made_from_the_inputs_as_they_are() -> None:
    # `make tables-check` makes each table again (a minute and a half of dictionary work); this compares what each
    # was made from, recorded when it was written, with the files and packages as they are now.
    assert generated.stale_tables() == [], "run `make tables`"


def test_a_table_whose_input_or_own_text_changed_is_stale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    recorded = json.loads(generated.FINGERPRINTS.read_text(encoding="utf-8"))
    recorded["raions.csv"]["inputs"]["data/gazetteer/districts.csv"] = "0" * 64
    recorded["settlements.csv"]["output"] = "0" * 64
    fingerprints = tmp_path / "generated.json"
    fingerprints.write_text(json.dumps(recorded), encoding="utf-8")
    monkeypatch.setattr(generated, "FINGERPRINTS", fingerprints)
    assert generated.stale_tables() == [
        "raions.csv: data/gazetteer/districts.csv changed",
        "settlements.csv: the table itself was changed",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("У Ніжинському районі на Чернігівщині", [("Ніжинському районі", "Nizhyn district"), ("Чернігівщині", "Chernihiv Oblast")]),
        ("в Нежинском районе", [("Нежинском районе", "Nizhyn district")]),
        ("у Барвінківській громаді", [("Барвінківській громаді", "Barvinkove")]),
        # Adjectives made in ways a town's name does not show, which the state's codifier says are its hromada's.
        ("у Шосткинській громаді", [("Шосткинській громаді", "Shostka")]),
        ("в Шосткинской громаде", [("Шосткинской", "Shostka")]),
        ("у Феодосийском порту", [("Феодосийском", "Feodosia")]),
        ("у Прилуцькій та Середино-Будській громадах", [("Прилуцькій", "Pryluky"), ("Середино-Будській", "Seredyna-Buda")]),
        # A town's locative that is also an oblique case of its own adjective.
        ("ракета влучила у Краматорську", [("Краматорську", "Kramatorsk")]),
        ("вибухи у Луцьку та Покровську", [("Луцьку", "Lutsk"), ("Покровську", "Pokrovsk")]),
        # Every locative a noun has, not only the first the dictionary gives.
        ("вибухи у Кременчуці, Тернополі та Маріуполі", [("Кременчуці", "Kremenchuk"), ("Тернополі", "Ternopil"),
                                                        ("Маріуполі", "Mariupol")]),
        ("дрони над Москвою, у Москві", [("Москвою", "Moscow"), ("Москві", "Moscow")]),
        # A Russian town as Ukrainian news spells it, which GeoNames gives for big cities only.
        ("пожежа на Новошахтинському нафтопереробному заводі, вибухи в Новошахтинську",
         [("Новошахтинському", "Novoshakhtinsk"), ("Новошахтинську", "Novoshakhtinsk")]),
        # A big town's case that is also an adjective's ("рівному").
        ("вибухи у Рівному та Рубіжному", [("Рівному", "Rivne"), ("Рубіжному", "Rubizhne")]),
        # A renamed town under its former name.
        ("влучання у Новомосковську", [("Новомосковську", "Samar (Novomoskovsk)")]),
        ("Українська армія", []),
        ("у Немишлянському районі Харкова", [("Немишлянському районі", "Nemyshlianskyi district (Kharkiv)"), ("Харкова", "Kharkiv")]),
        # The Russian dictionary knows "Галицкий", "Малиновский" only as surnames, which decline as the adjectives
        # they are.
        ("в Галицком районе Львова", [("Галицком районе", "Halytskyi district (Lviv)"), ("Львова", "Lviv")]),
        ("в Малиновском районе", [("Малиновском районе", "Khadzhybeiskyi district (Odesa)")]),
        # A town named in two words has one compound adjective.
        ("у Криворізькому районі", [("Криворізькому районі", "Kryvyi Rih district")]),
        ("в Криворожском районе", [("Криворожском районе", "Kryvyi Rih district")]),
        ("на Білоцерківщині та в Білоцерківському районі", [("Білоцерківському районі", "Bila Tserkva district")]),
        # Raions whose adjectives the dictionaries do not know are named as the state's codifier names them.
        ("у Куп'янському районі", [("Куп'янському районі", "Kupiansk district")]),
        # The modifier-letter apostrophe Ukrainian orthography recommends, as well as ' and ’.
        ("у Купʼянському районі, у Купʼянську", [("Купʼянському районі", "Kupiansk district"), ("Купʼянську", "Kupiansk")]),
        ("у Кременчуцькому й Лубенському районах", [("Кременчуцькому", "Kremenchuk district"),
                                                    ("Лубенському", "Lubny district")]),
        ("у Новгород-Сіверському районі", [("Новгород-Сіверському районі", "Novhorod-Siverskyi district")]),
        # English copy writes a hromada as its adjective transliterated.
        ("Krasnopilska, Bilopilska and Velykopysarivska communities of Sumy region were shelled",
         [("Krasnopilska", "Krasnopillia"), ("Bilopilska", "Bilopillia"), ("Velykopysarivska", "Velyka Pysarivka"),
          ("Sumy region", "Sumy Oblast")]),
        ("the Nizhynska hromada", [("Nizhynska", "Nizhyn")]),
    ],
)  # fmt: skip
def test_raions_districts_and_hromadas(
    gazetteer: Gazetteer, text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(gazetteer, text) == expected


def test_a_district_name_several_cities_share_is_the_named_citys(gazetteer: Gazetteer) -> None:
    body = (
        "Вранці 5 березня ракета влучила у Шевченківський район Харкова. Мер Харкова повідомив про поранених."
    )
    (incident,) = extract_article(body, date(2025, 3, 5), gazetteer).incidents
    assert [p.name for p in incident.places] == ["Shevchenkivskyi district (Kharkiv)", "Kharkiv"]


@pytest.mark.parametrize(
    ("body", "places"),
    [
        ("On Sunday, in Kyiv, drones hit buildings in the Sviatoshynskyi and Darnytskyi districts.",
         ["Kyiv", "Sviatoshynskyi district (Kyiv)", "Darnytskyi district (Kyiv)"]),
        ("У неділю у Києві дрони влучили у будинки у Святошинському та Дарницькому районах.",
         ["Kyiv", "Sviatoshynskyi district (Kyiv)", "Darnytskyi district (Kyiv)"]),
        # A name several cities' districts have is the named city's: Zaporizhzhia the city, not a village of its name.
        ("В воскресенье повреждены дома в Днепровском и Шевченковском районах Запорожья.",
         ["Dniprovskyi district (Zaporizhzhia)", "Shevchenkivskyi district (Zaporizhzhia)", "Zaporizhzhia"]),
        ("В воскресенье в Харькове дроны попали в дома в Шевченковском и Киевском районах.",
         ["Kharkiv", "Shevchenkivskyi district (Kharkiv)", "Kyivskyi district (Kharkiv)"]),
        # A district's adjective standing alone, its noun given earlier in the sentence.
        ("У неділю через удари в Харківському районі пошкоджений будинок, а в Куп’янському – “прилетіло” по авто.",
         ["Kharkiv district", "Kupiansk district"]),
        # ... the same city's district as the one named in full, not a raion of that name elsewhere.
        ("У неділю в Києві дрони влучили у будинок у Шевченківському районі, у Подільському – у школу.",
         ["Kyiv", "Shevchenkivskyi district (Kyiv)", "Podilskyi district (Kyiv)"]),
    ],
)  # fmt: skip
def test_districts_listed_before_a_plural(gazetteer: Gazetteer, body: str, places: list[str]) -> None:
    (incident,) = extract_article(body, date(2024, 10, 14), gazetteer).incidents
    assert [p.name for p in incident.places] == places


def test_a_list_of_weapons_counted_in_the_genitive(gazetteer: Gazetteer) -> None:
    body = (
        "Протягом доби 5 березня по Харківщині зафіксували удари такого озброєння:\nчотирьох КАБ;\n"
        "15 БпЛА типу “Герань-2”;\nдвох ракет Іскандер-М."
    )
    (incident,) = extract_article(body, date(2025, 3, 5), gazetteer).incidents
    assert [w.name for w in incident.weapons] == ["KAB (guided bomb)", "Shahed-136", "Iskander-M"]
    assert [(c.measure, c.value, c.weapon_name) for _, c in incident.counts] == [
        ("launched", 4, "KAB (guided bomb)"),
        ("launched", 15, "Shahed-136"),
        ("launched", 2, "Iskander-M"),
    ]


@pytest.mark.parametrize(
    ("body", "places"),
    [
        # A raion named like a city's district is the raion, unless the report names that city.
        ("Вранці 5 березня росіяни обстріляли Покровський район.", ["Pokrovsk district"]),
        ("Вранці 5 березня росіяни обстріляли Богодухівський район.", ["Bohodukhiv district"]),
        # A town named in the plural with a consonant before its "н" makes "-енський": Лубни, Ромни.
        ("Вранці 5 березня росіяни обстріляли Лубенський та Роменський райони.", ["Lubny district", "Romny district"]),
        ("Вранці 5 березня ракета влучила в Кривий Ріг, у Покровському районі пошкоджено будинки.",
         ["Kryvyi Rih", "Pokrovskyi district (Kryvyi Rih)"]),
        # Odesa's and Mariupol's Prymorskyi districts, in either language.
        ("Утром 18 февраля в Одессе сбитая ракета упала в жилищный сектор Приморского района города.",
         ["Odesa", "Prymorskyi district (Odesa)"]),
    ],
)  # fmt: skip
def test_a_raion_and_a_city_district_of_one_name(gazetteer: Gazetteer, body: str, places: list[str]) -> None:
    (incident,) = extract_article(body, date(2025, 3, 5), gazetteer).incidents
    assert [p.name for p in incident.places] == places


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("У ніч на 5 березня противник атакував Україну ударними БпЛА типу Shahed, повідомили Повітряні сили.", "uk"),
        ("В ночь на 2 марта российские войска атаковали Одессу беспилотниками, сообщили в ОВА.", "ru"),
        ("Russia launched 90 drones and 5 missiles at Ukraine overnight, the air force said.", "en"),
        ("Ok.", ""),
        ("", ""),
    ],
)  # fmt: skip
def test_language_of_an_article(text: str, code: str) -> None:
    assert LanguageIdentifier().identify(text) == code


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # The Air Force's morning post, line by line.
        ("У ніч на 5 березня противник атакував Україну 54-ма ударними БпЛА типу Shahed.", [("launched", 54, "drone")]),
        ("Протиповітряною обороною збито/подавлено 33 ворожі БпЛА.", [("destroyed", 33, "drone")]),
        ("Зафіксовано влучання 21 ударного БпЛА на восьми локаціях.", [("hit", 21, "drone")]),
        ("Зафіксовано влучання на 9 локаціях.", []),
        ("Ще 15 ворожих БпЛА локаційно втрачені.", [("lost", 15, "drone")]),
        ("Сили ППО ліквідували 17 із 22 БпЛА.", [("destroyed", 17, "drone"), ("launched", 22, "drone")]),
        ("Всього окупанти застосували до 26 ударних дронів.", [("launched", 26, "drone")]),
        # Russian.
        ("Россияне выпустили по Украине 20 дронов-камикадзе.", [("launched", 20, "drone")]),
        ("Силами ПВО были сбиты семь крылатых ракет.", [("destroyed", 7, "missile")]),
        ("Из 24 пострадавших 4 находятся в тяжелом состоянии.", [("injured", 24, "")]),
        # People.
        ("Загинули двоє людей, ще 12 постраждали.", [("killed", 2, ""), ("injured", 12, "")]),
        ("Внаслідок удару загинули 3 людини.", [("killed", 3, "")]),
        # Years and thousands are no counts of weapons.
        ("У 2024 році противник застосував понад 1 000 ракет.", [("launched", 1000, "missile")]),
    ],
)  # fmt: skip
def test_figures_in_ukrainian_and_russian(sentence: str, expected: list[tuple[str, int, str]]) -> None:
    assert [(c.measure, c.value, c.noun) for c in find_counts(sentence)] == expected


def test_figures_carry_the_weapon_named_after_them(gazetteer: Gazetteer) -> None:
    sentence = "Противник випустив 4 ракети Х-101 та 2 Кинджали."
    weapons = gazetteer.find(sentence)
    assert [(c.measure, c.value, c.weapon_name) for c in find_counts(sentence, 0, weapons)] == [
        ("launched", 4, "Kh-101"),
        ("launched", 2, "Kinzhal"),
    ]


@pytest.mark.parametrize(
    ("word", "same_as"),
    [("Cевастополь", "Севастополь"), ("Kиїв", "Київ"), ("Xарків", "Харків"), ("Кh-101", "Kh-101")],
)
def test_words_typed_in_two_scripts_are_read_in_one(word: str, same_as: str) -> None:
    assert name_key(word) == name_key(same_as)


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # "сел." (селище) and "м." (місто) end no sentence.
        ("У сел. Солоницівка постраждала жінка. У м. Куп’янськ поранено чоловіка.",
         ["У сел. Солоницівка постраждала жінка.", "У м. Куп’янськ поранено чоловіка."]),
        ("Пошкоджено будинки (сел. Козача Лопань), школу.", ["Пошкоджено будинки (сел. Козача Лопань), школу."]),
        # Elsewhere "сел." is a word (the genitive plural of "село") that may end a sentence.
        ("Эвакуированы жители приграничных сел. Люди уехали.", ["Эвакуированы жители приграничных сел.", "Люди уехали."]),
        # A page that lost the space after a full stop still ends its sentences there; initials, abbreviations and
        # "U.S." do not.
        ("Зеленський підписав указ.Компаніями є п'ять фірм.\"Під час обстрілу виявили компоненти.",
         ["Зеленський підписав указ.", "Компаніями є п'ять фірм.", "\"Під час обстрілу виявили компоненти."]),
        # "англ." names a language.
        ("В городе Грайворон FPV-дрон (от англ. First Person View) взорвался у дома.",
         ["В городе Грайворон FPV-дрон (от англ. First Person View) взорвался у дома."]),
        ("Президент В.Зеленський прибув у м.Київ на вул.Хрещатик. The U.S.Army said so.",
         ["Президент В.Зеленський прибув у м.Київ на вул.Хрещатик.", "The U.S.Army said so."]),
    ],
)  # fmt: skip
def test_sentences_of_ukrainian_posts(text: str, sentences: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == sentences


@pytest.mark.parametrize(
    ("name", "folded"),
    [("Bila Țerkva", "bila terkva"), ("Київщина", "киівщина"), ("Йосипівка", "иосипівка"),
     ("Кам’янське", "камянське"), ("Камʼянське", "камянське"), ("Zürich", "zurich"), ("ПВО", "пво")],
)  # fmt: skip
def test_names_are_folded_without_case_marks_or_apostrophes(name: str, folded: str) -> None:
    assert fold(name) == folded


@pytest.mark.parametrize(
    ("spelling", "same_as"),
    [
        ("Khmelnitskyi", "Khmelnytskyi"),
        ("Khmelnitsky", "Khmelnytskyi"),
        ("Izyum", "Izium"),
        ("Zaporizhzhya", "Zaporizhzhia"),
    ],
)
def test_latin_spellings_of_y_and_i_are_one_name(spelling: str, same_as: str) -> None:
    assert name_key(spelling) == name_key(same_as)


def test_a_latin_spelling_variant_finds_the_place(gazetteer: Gazetteer) -> None:
    assert found(gazetteer, "in the western Khmelnitskyi region") == [
        ("Khmelnitskyi region", "Khmelnytskyi Oblast")
    ]


# ---- whole reports, through the desk ------------------------------------------------------------------------

REPORTS = ("uk-air-force-post.txt", "ru-odesa-report.txt", "en-odesa-wire.txt")


@pytest.fixture
def three_languages(desk: IncidentDesk) -> IncidentDesk:
    """The Air Force's post (Ukrainian), a Russian-language and an English report of the same night."""
    outcomes = [desk.ingest_file(FIXTURES / name) for name in REPORTS]
    assert [(o.status, o.message) for o in outcomes] == [
        ("added", "1 new incident"),
        ("added", "1 matched to known incident"),
        ("added", "1 matched to known incident"),
    ]
    return desk


def test_an_air_force_post_is_a_sourced_incident_with_figures_per_weapon(
    three_languages: IncidentDesk,
) -> None:
    (incident,) = three_languages.ask("!sources 1").incidents
    assert (incident.start.isoformat(), incident.end.isoformat()) == ("2025-03-04", "2025-03-05")
    assert incident.weapons == ("Iskander-M", "Shahed-136")
    assert incident.places == ("Kharkiv Oblast", "Sumy Oblast", "Poltava Oblast", "Odesa Oblast", "Odesa")
    assert incident.origins == ("Kursk Oblast", "Bryansk", "Kursk", "Millerovo", "Primorsko-Akhtarsk")
    post = [(c.counts, c.measure, c.value) for c in incident.claims if c.article_id == 1]
    assert post == [
        ("Iskander-M", "launched", 2),
        ("Shahed-136", "launched", 90),
        ("Shahed-136", "destroyed", 70),
        ("decoys", "lost", 17),
    ]
    assert [(s.article_id, s.language) for s in incident.sources] == [(1, "uk"), (2, "ru"), (3, "en")]
    assert incident.sources[0].snippet.startswith("У ніч на 5 березня (з 18:00 4 березня) противник атакував")


@pytest.mark.parametrize(
    "question",
    ["!incident Шахед", "!incident Shahed", "!incident шахеди", "!incident Іскандер-М", "!incident Искандер",
     "!incident Одеса", "!incident Одесса", "!incident Odesa", "!incident Одещина", "!incident Курськ",
     "!summary 5 березня 2025", "!summary 5 марта 2025", "!summary 2025-03-05"],
)  # fmt: skip
def test_questions_in_three_languages_find_the_same_incident(
    three_languages: IncidentDesk, question: str
) -> None:
    answer = three_languages.ask(question)
    assert [i.id for i in answer.incidents] == [1]


def test_quotes_stay_in_their_language_and_say_which(three_languages: IncidentDesk) -> None:
    text = render.to_text(three_languages.ask("!incident Одесса"))
    assert "“В ночь на 5 марта российские войска атаковали Одессу ударными беспилотниками «Шахед».”" in text
    assert "(unknown outlet, 2025-03-05, in Russian)" in text
    assert "(unknown outlet, 2025-03-05, in Ukrainian)" in text


def test_search_by_language(three_languages: IncidentDesk) -> None:
    answer = three_languages.ask("!search lang:ru Одессу")
    assert answer.message == "1 sentence in Russian articles mention `Одессу` (newest reports first)."
    assert [(h.article_id, h.language) for h in answer.hits] == [(2, "ru")]
    assert three_languages.ask("!search lang:uk Одессу").message == (
        "No sentence in Ukrainian articles mentions `Одессу`."
    )
    assert three_languages.ask("!search lang:xx drones").message.startswith(
        "I do not know the language `xx`."
    )


def test_article_shows_its_language(three_languages: IncidentDesk) -> None:
    (article,) = three_languages.ask("!article 2").articles
    assert article.language == "ru"
    assert "· Language: Russian" in render.to_text(three_languages.ask("!article 2"))


def test_autocomplete_offers_cyrillic_names(three_languages: IncidentDesk) -> None:
    assert three_languages.autocomplete("Одес") == [
        ("Одеса → Odesa (1 incident)", "Odesa"),
        ("Одесская область → Odesa Oblast (1 incident)", "Odesa Oblast"),
    ]


def test_an_article_in_a_language_not_read_says_so(desk: IncidentDesk, tmp_path: Path) -> None:
    german = tmp_path / "bericht.txt"
    german.write_text(
        "Russland griff in der Nacht die Stadt Odessa mit Drohnen an, teilte die ukrainische Luftwaffe mit. "
        "Mehrere Gebäude wurden beschädigt.\n",
        encoding="utf-8",
    )
    assert desk.ingest_file(german).message == (
        "no incident reported: it reads as German, and facts are read from English, Ukrainian and Russian reports "
        "only (it can still be searched)"
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Армія рф скинула 10 КАБів на Запоріжжя.", [("launched", 10, "KAB (guided bomb)")]),
        ("два КАБ;", [("launched", 2, "KAB (guided bomb)")]),
        ("Russia dropped 6 guided bombs on Kharkiv.", [("launched", 6, "KAB (guided bomb)")]),
        # Struck with so many: the weapons in the instrumental case.
        ("По місту вдарили двома КАБами.", [("launched", 2, "KAB (guided bomb)")]),
        ("Окупанти завдали удару чотирма аеробалістичними ракетами Х-47 \"Кинджал\".", [("launched", 4, "Kinzhal")]),
        ("Ворог вдарив по 3 районах Харкова.", []),
        ("Ворог вдарив 4 рази під Херсоном.", []),
        ("Росіяни завдали ударів по 3 областях ракетами.", []),
        # One figure for several kinds named in quotes: it counts them all.
        ("Противник атакував 115-ма ударними БпЛА типу \"Шахед\", \"Гербера\" і безпілотниками інших типів.",
         [("launched", 115, "Shahed-136/Gerbera")]),
    ],
)  # fmt: skip
def test_bombs_dropped_and_listed(
    gazetteer: Gazetteer, sentence: str, expected: list[tuple[str, int, str]]
) -> None:
    weapons = gazetteer.find(sentence)
    assert [(c.measure, c.value, c.weapon_name) for c in find_counts(sentence, 0, weapons)] == expected


@pytest.mark.parametrize(
    "body",
    [
        "Уночі ракети «Калібр» влучили у Львів. Ракети спершу летіли в сторону Києва, але потім звернули на захід.",
        "Ночью ракеты «Калибр» попали во Львов. Ракеты сначала летели в сторону Киева, но потом свернули на запад.",
        "Уночі ракети «Калібр» влучили у Львів. Ракети спершу летіли у бік Києва, але потім звернули на захід.",
    ],
)
def test_a_city_missiles_flew_towards_is_no_place_hit(gazetteer: Gazetteer, body: str) -> None:
    (incident,) = extract_article(body, date(2023, 7, 6), gazetteer).incidents
    assert ([e.name for e in incident.weapons], [e.name for e in incident.places]) == (["Kalibr"], ["Lviv"])


def test_a_fire_that_flared_up_at_a_refinery_is_an_attack(gazetteer: Gazetteer) -> None:
    body = "На территории Афипского нефтеперерабатывающего завода в Краснодарском крае вспыхнул пожар после атаки."
    (incident,) = extract_article(body, date(2023, 5, 31), gazetteer).incidents
    assert [e.name for e in incident.places] == ["Afipsky", "Krasnodar Krai"]


def test_tornado_s_is_not_the_smerch_it_replaced(gazetteer: Gazetteer) -> None:
    for body, weapon in (
        ("Вночі ворог ударив по Запоріжжю з РСЗВ «Торнадо-С».", "Tornado-S"),
        (
            'Around midnight the enemy struck Zaporizhzhia with ten MLRS shells (presumably "Tornado-S").',
            "Tornado-S",
        ),
        ("Вночі ворог ударив по Запоріжжю з РСЗВ «Смерч».", "Smerch"),
        ("Вночі росіяни скинули авіабомбу ФАБ-250 на дитячий садок у Костянтинівці.", "FAB-250"),
    ):
        (incident,) = extract_article(body, date(2025, 9, 16), gazetteer).incidents
        assert [e.name for e in incident.weapons] == [weapon]


@pytest.mark.parametrize(
    "body",
    [
        'Удар по торговому центру "Амстор" в Кременчуге наносился ракетами Х-22 с дальних бомбардировщиков Ту-22 М3.',
        "Удар по торговельному центру в Кременчуці завдавався ракетами Х-22 з бомбардувальників Ту-22М3.",
    ],
)
def test_a_strike_told_in_the_imperfective_past_is_an_attack(gazetteer: Gazetteer, body: str) -> None:
    """ "Удар ... наносился ракетами Х-22": how the strike was made, an attack as much as "нанесли удар"."""
    (incident,) = extract_article(body, date(2022, 6, 27), gazetteer).incidents
    assert (incident.day, [e.name for e in incident.weapons], [e.name for e in incident.places]) == (
        date(2022, 6, 27),
        ["Kh-22"],
        ["Kremenchuk"],
    )


@pytest.mark.parametrize(
    ("body", "weapons", "places"),
    [
        # "обл." for область, as posts abbreviate it.
        ("Вночі 30 вересня балістична ракета влучила у Харківській обл.", [], ["Kharkiv Oblast"]),
        # Air defence spelled out, at work in the oblasts it names.
        ("У ніч на 30 вересня ворог атакував Україну дронами. Протиповітряна оборона працювала у Київській, "
         "Полтавській та Сумській областях.", [], ["Kyiv Oblast", "Poltava Oblast", "Sumy Oblast"]),
        # A fragment that narrows the sentence before it down names where that event was.
        ("Вночі 1 жовтня дрони атакували Волинь. Однак сталися «прильоти», через які спалахнули пожежі. "
         "Їхня ліквідація триває. Зокрема — у Луцьку та Ковельському районах.", [],
         ["Volyn Oblast", "Lutsk", "Kovel district"]),
        # A FAB with no model named is still a FAB.
        ("Вночі 24 вересня росіяни завдали 2 удари ФАБ по Запоріжжю.", ["FAB (aerial bomb)"], ["Zaporizhzhia"]),
        ("On Monday Russia dropped FAB-500 bombs on Kupiansk.", ["FAB-500"], ["Kupiansk"]),
        # Raions in Russian spelling, and "р-на"/"р-ну" for район; a Russian suffix read as Russian spells it.
        ("В ночь на 9 октября в Бучанском районе в селе Мироцкое сбитая ракета (Х-55СМ) упала во двор дома.",
         ["Kh-55SM"], ["Bucha district", "Myrotske"]),
        ("Вночі 9 жовтня ракета впала у Бучанському р-ні, уламки — на полі Фастівського р-ну.", [],
         ["Bucha district", "Fastiv district"]),
        # "речь идет о": the place the attack just told struck, named.
        ("В ночь на 17 сентября враг нанес удар по Одесщине ракетами Х-22. Речь идет о базе отдыха в пгт Затока.",
         ["Kh-22"], ["Odesa Oblast", "Zatoka"]),
        # The items of a list an attack's sentence opens are where it went.
        ("За минувшие сутки войска РФ вели обстрелы Харьковской области. Под ударом оказались, кроме Харькова:\n"
         "- Безруки (Дергачевский район);\n- Циркуны (Харьковский район);\n- Золочев.\n\nВ городе открыт пункт помощи.",
         [], ["Kharkiv Oblast", "Kharkiv", "Bezruky", "Tsyrkuny", "Kharkiv district", "Zolochiv"]),
        # Russian towns and regions by their Russian names, declined.
        ("В воскресенье три беспилотника были сбиты в районе Киришей Ленинградской области.", [],
         ["Kirishi", "Leningrad Oblast"]),
        ("В воскресенье беспилотники атаковали Калмыкию.", [], ["Republic of Kalmykia"]),
        # What fell, found.
        ("В ночь на 9 октября на Черкасщине возле села Оршанец обнаружены остатки ракеты Х-101.", ["Kh-101"],
         ["Cherkasy Oblast", "Orshanets"]),
        ("Overnight on October 9 the remains of a Kh-101 missile were found in Cherkasy Oblast.", ["Kh-101"],
         ["Cherkasy Oblast"]),
    ],
)  # fmt: skip
def test_how_posts_write_regions_air_defence_and_bombs(
    gazetteer: Gazetteer, body: str, weapons: list[str], places: list[str]
) -> None:
    (incident,) = extract_article(body, date(2024, 10, 14), gazetteer).incidents
    assert ([w.name for w in incident.weapons], [p.name for p in incident.places]) == (weapons, places)


@pytest.mark.parametrize(
    "body",
    [
        "У ніч на 6 лютого російські війська здійснили запуск 90 ударних безпілотників.\n\n"
        "Протиповітряною обороною збито 69 ворожих БпЛА.",
        "В ночь на 6 февраля российские войска осуществили пуск 90 ударных беспилотников.\n\n"
        "Силами ПВО сбито 69 беспилотников.",
    ],
)
def test_a_launch_carried_out_dates_the_figures_after_it(gazetteer: Gazetteer, body: str) -> None:
    """ "здійснили запуск", "осуществили пуск": carried out, as "carried out an attack" is; the night it gives
    dates the figures the post gives after it."""
    (incident,) = extract_article(body, date(2026, 2, 8), gazetteer).incidents
    assert incident.day.isoformat() == "2026-02-06"


def test_what_the_drones_were_told_before_any_sentence_places_the_attack(gazetteer: Gazetteer) -> None:
    body = (
        "У ніч на 8 лютого російські війська здійснили запуск понад 101 ударного безпілотника по території України. "
        "Приблизно 70 із них були дронами типу Shahed.\n\n"
        "Станом на 08:30 протиповітряною обороною збито або подавлено 69 ворожих БпЛА."
    )
    (incident,) = extract_article(body, date(2026, 2, 8), gazetteer).incidents
    assert (incident.day.isoformat(), [e.name for e in incident.weapons]) == ("2026-02-08", ["Shahed-136"])


def test_a_sentence_that_says_which_places_the_one_before_meant(gazetteer: Gazetteer) -> None:
    body = (
        "Вночі ворог завдав масованого ракетного удару по Україні. На Хмельниччині є пошкодження внаслідок падіння "
        "уламків. Однак у низці регіонів маємо трагічні наслідки атаки. Це – Київ, Черкаси і Рівне."
    )
    (incident,) = extract_article(body, date(2023, 9, 21), gazetteer).incidents
    assert [e.name for e in incident.places] == ["Khmelnytskyi Oblast", "Kyiv", "Cherkasy", "Rivne"]


def test_weapons_used_and_towns_that_suffered_told_in_the_imperfective_past(gazetteer: Gazetteer) -> None:
    body = (
        "Увечері ворог атакував шахедами Кривий Ріг. По Нікопольщині російська армія застосовувала артилерію. "
        "Потерпали Нікополь і Марганець."
    )
    (incident,) = extract_article(body, date(2025, 9, 21), gazetteer).incidents
    # (The district the artillery shelled is the front's, beside the drone attack; the towns that suffered are told.)
    assert [e.name for e in incident.places] == ["Kryvyi Rih", "Nikopol", "Marhanets"]


@pytest.mark.parametrize(
    "text",
    [
        "MOD: Air defense forces shot down five ATACMS missiles over Crimea\n\n"
        "MOD: Air defense forces shot down five ATACMS missiles over Crimea\n\n"
        "MOSCOW, May 16 - RIA Novosti. Russian air defense systems on duty destroyed five ATACMS tactical missiles "
        "launched by Ukraine over Crimea, the Russian Defense Ministry reported.\n\n"
        '"On May 15 this year, at about 23.00 Moscow time, an attempt by the Kiev regime to carry out a terrorist '
        "attack using American Atakms tactical missiles at facilities on the territory of the Russian Federation was "
        'stopped," the message says.',
        "Минобороны: над Крымом сбиты пять ракет ATACMS\n\n"
        "Минобороны: над Крымом сбиты пять ракет ATACMS\n\n"
        "МОСКВА, 16 мая - РИА Новости. Дежурные средства ПВО уничтожили пять ракет ATACMS над Крымом, сообщило "
        "Минобороны.\n\n"
        '"15 мая около 23.00 по московскому времени пресечена попытка киевского режима осуществить '
        'террористическую атаку с использованием ракет ATACMS", - говорится в сообщении.',
    ],
)
def test_an_attempted_attack_the_ministry_says_it_stopped_dates_the_attack(
    gazetteer: Gazetteer, text: str
) -> None:
    """The Russian ministry's formula ("an attempt by the Kiev regime to carry out a terrorist attack ... was
    stopped") tells the attack and its day, and "the Kiev regime" is a state, not a place it hit."""
    prepared = Preparer(gazetteer).from_bytes(text.encode(), name="ria-2024-05-16-atacms.txt")
    (incident,) = prepared.extraction.incidents
    assert (incident.day.isoformat(), [e.name for e in incident.places]) == ("2024-05-15", ["Crimea"])


@pytest.mark.parametrize(
    "body",
    [
        "Евросоюз ввел санкции из-за поставок иранских дронов России. Вчера президент Украины Владимир Зеленский "
        "сообщил, что ПВО страны за последний месяц уничтожила уже 233 таких беспилотника.",
        "ЄС запровадив санкції через постачання іранських дронів Росії. Учора президент повідомив, що ППО за останній "
        "місяць знищила вже 233 такі безпілотники.",
    ],
)
def test_a_months_tally_is_no_attack(gazetteer: Gazetteer, body: str) -> None:
    assert extract_article(body, date(2022, 10, 20), gazetteer).incidents == ()


@pytest.mark.parametrize(
    "body",
    [
        "Он допустил, что сенаторы 23-24 апреля утвердят законопроект. Говоря о поставках Киеву дальнобойных средств "
        "поражения, Уорнер отметил, что администрация готовилась к передаче Украине ATACMS.",
        "Він припустив, що сенатори 23-24 квітня ухвалять законопроєкт. Говорячи про постачання Києву далекобійних "
        "засобів ураження, Уорнер зазначив, що адміністрація готувалася до передачі Україні ATACMS.",
    ],
)
def test_weapons_as_means_of_destruction_are_no_hit(gazetteer: Gazetteer, body: str) -> None:
    """ "средства поражения", "засоби ураження" are weapons (the noun), not "цель поражена" (a hit)."""
    assert extract_article(body, date(2024, 4, 21), gazetteer).incidents == ()


@pytest.mark.parametrize(
    "body",
    [
        "Голова правління заявив, що мета росіян - завдати удару по Харкову та посіяти паніку.",
        "По словам эксперта, ВСУ пытались нанести удар по Белгороду ещё весной.",
    ],
)
def test_a_strike_as_an_aim_is_no_attack(gazetteer: Gazetteer, body: str) -> None:
    """ "завдати удару", "нанести удар": the infinitive of an aim, not "завдав удару" (struck)."""
    assert extract_article(body, date(2025, 9, 24), gazetteer).incidents == ()


def test_a_daytime_alone_goes_on_with_the_day_being_told(gazetteer: Gazetteer) -> None:
    body = (
        "В результаті атаки російських військових у п’ятницю, 17 листопада, у Запоріжжі спалахнули дві будівлі. "
        "Також вдень внаслідок російських обстрілів спалахнув приватний будинок у селі Новоданилівка Пологівського "
        "району."
    )
    (incident,) = extract_article(body, date(2023, 11, 18), gazetteer).incidents
    assert (incident.day.isoformat(), [e.name for e in incident.places]) == (
        "2023-11-17",
        ["Zaporizhzhia", "Novodanylivka", "Polohy district"],
    )


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A foiled attempt is an attack only when what was attempted is one.
        ("On Sunday, police in Kharkiv thwarted an attempted robbery at a bank.", []),
        ("On Sunday an attempt to smuggle men across the border near Odesa was stopped by guards.", []),
        ("The Kremlin says it stopped attacks on energy facilities in Odesa as part of the deal.", []),
        ("В воскресенье ФСБ пресекла попытку поджога релейного шкафа в Ростове.", []),
        ("У неділю в Харкові поліція зірвала спробу пограбування банку.", []),
        # Carried out: not drills, a test launch, nor the adjective "ударных".
        ("В воскресенье в Курске провели учения ударных групп беспилотников.", []),
        # Suffered from what is no attack.
        ("У неділю мешканці Херсона потерпали від відсутності води.", []),
        # "за неделю до" is "a week before", not a week's tally.
        ("Российские ракеты ударили по Харькову за неделю до визита Байдена. Пострадали пять человек.",
         [("2024-10-14", ["Kharkiv"])]),
        # Saying which: not the people taken to hospital, nor the cities a plan names.
        ("A Russian missile hit Pavlohrad overnight, injuring five people. They were taken to a hospital in Dnipro.",
         [("2024-10-14", ["Pavlohrad"])]),
        ("Вночі ворог атакував Суми дронами. Експерти попереджають, що Росія може атакувати й інші міста. Це – Київ, "
         "Харків і Одеса.", [("2024-10-14", ["Sumy"])]),
        # What the drones Russia uses most are is no weapon of this attack.
        ("The drones Russia uses most are Iranian-designed Shaheds. On Sunday, Russia attacked Kyiv with missiles.",
         [("2024-10-13", ["Kyiv"])]),
        # A city's own government reports from the city.
        ("The Kyiv city government said on Sunday that debris injured two people.", [("2024-10-13", ["Kyiv"])]),
    ],
)  # fmt: skip
def test_what_the_cues_for_official_posts_do_not_take(
    gazetteer: Gazetteer, body: str, expected: list[tuple[str, list[str]]]
) -> None:
    found = extract_article(body, date(2024, 10, 14), gazetteer).incidents
    assert [(i.day.isoformat(), [e.name for e in i.places]) for i in found] == expected


def test_that_night_told_again_and_the_citys_district(gazetteer: Gazetteer) -> None:
    """ "того ночного обстрела" is the night told before, not last night; "Шевченковский район города" is the
    city's district, not a Russian raion."""
    body = (
        "Во время ракетного обстрела Харькова в ночь на 16 июля силы ПВО сбили две российских ракеты. "
        "Во время того ночного обстрела две ракеты попали в Шевченковский район города, был поврежден стадион."
    )
    (incident,) = extract_article(body, date(2023, 7, 18), gazetteer).incidents
    assert (incident.day.isoformat(), [e.name for e in incident.places]) == (
        "2023-07-16",
        ["Kharkiv", "Shevchenkivskyi district (Kharkiv)"],
    )


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # A region whose telling opens a paragraph with its own date and an attack is an event of its own...
        ("Вночі росіяни атакували Харків дронами типу «Шахед». Постраждала одна людина.\n\n"
         "Цієї ночі російські окупанти атакували Запоріжжя. Пошкоджено торговельний центр.",
         [("2026-02-26", ["Shahed-136"], ["Kharkiv"]), ("2026-02-26", [], ["Zaporizhzhia"])]),
        # ...and a Russian city lies in its region: Volgograd and Volgograd Oblast are one attack.
        ("Ночью ПВО сбили 44 беспилотника над Волгоградской областью.\n\n"
         "Этой ночью в Волгограде обломки беспилотника повредили жилой дом.",
         [("2026-02-26", [], ["Volgograd Oblast", "Volgograd"])]),
    ],
)  # fmt: skip
def test_regions_told_as_events_of_their_own(
    gazetteer: Gazetteer, body: str, expected: list[tuple[str, list[str], list[str]]]
) -> None:
    found = extract_article(body, date(2026, 2, 26), gazetteer).incidents
    assert [
        (i.day.isoformat(), [e.name for e in i.weapons], [e.name for e in i.places]) for i in found
    ] == expected


@pytest.mark.parametrize(
    ("stem", "settlements", "centre"),
    [
        # The name makes the adjective: the first that does, of those listed likeliest first.
        ("мирівськ", ["Мирове", "Мирівка"], 0),
        # Made another way: the name most like the adjective's root, when clearly the most.
        ("шосткинськ", ["Шостка", "Вороніж", "Бензики"], 0),
        ("кобеляцьк", ["Брачківка", "Кобеляки", "Бринзи"], 1),
        ("середино-будськ", ["Середина-Буда", "Сорочине"], 0),
        ("верхньокоропецьк", ["Верхній Коропець", "Березинка"], 0),
        # Named after no settlement of it (a renamed one), or two alike: none.
        ("іллічівськ", ["Кара-Кую"], None),
        ("петрівськ", ["Нові Петрівці", "Старі Петрівці"], None),
    ],
)
def test_a_hromada_is_named_after_the_settlement_its_adjective_is_made_from(
    stem: str, settlements: list[str], centre: int | None
) -> None:
    import build_settlements  # a script, imported where it is tested: it loads the dictionaries

    assert build_settlements.namesake(stem, settlements) == centre
