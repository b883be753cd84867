"""Number reading, English and French: one case a line, (text, lang) → (value, unit, qualifier)."""
from __future__ import annotations

import pytest

from pipeline.claims import extract_claims
from pipeline.claims.numbers import find_figures

B, M, T = 1e9, 1e6, 1e12

CASES = [
    # fractions of a whole, as percentages
    ("Microsoft accounted for roughly a third of the revenue.", "en", (33.3, "percent", "about")),
    ("Two-thirds of the market is Nvidia's.", "en", (66.7, "percent", "exact")),
    ("Près de la moitié du chiffre d'affaires vient de Microsoft.", "fr", (50.0, "percent", "nearly")),
    ("Un quart des ventes va à Meta.", "fr", (25.0, "percent", "exact")),
    # English scale words and abbreviations
    ("The group booked $13 billion last year.", "en", (13 * B, "USD", "exact")),
    ("Sales hit $13bn.", "en", (13 * B, "USD", "exact")),
    ("A $2.5bn charge.", "en", (2.5 * B, "USD", "exact")),
    ("It raised $500m from backers.", "en", (500 * M, "USD", "exact")),
    ("It raised $750 million.", "en", (750 * M, "USD", "exact")),
    ("Capex reached US$13 billion.", "en", (13 * B, "USD", "exact")),
    ("A $1.4 trillion plan.", "en", (1.4 * T, "USD", "exact")),
    ("A $1.4tn plan.", "en", (1.4 * T, "USD", "exact")),
    ("Worth $125B now.", "en", (125 * B, "USD", "exact")),
    ("It spent 7 billion dollars.", "en", (7 * B, "USD", "exact")),
    ("Investors see a trillion dollars of spending.", "en", (1 * T, "USD", "exact")),
    ("The fund holds €10 billion.", "en", (10 * B, "EUR", "exact")),
    ("It paid $228.9 million.", "en", (228.9 * M, "USD", "exact")),
    ("Revenue of $1,250 million.", "en", (1250 * M, "USD", "exact")),
    ("It has 250,000 GPUs.", "en", (250000, None, "exact")),
    ("It runs 1,200,000 chips.", "en", (1200000, None, "exact")),
    ("Two million people use it.", "en", (2 * M, None, "exact")),
    # English qualifiers
    ("Revenue is well above $13 billion.", "en", (13 * B, "USD", "more_than")),
    ("Revenue topped $8 billion.", "en", (8 * B, "USD", "more_than")),
    ("It lost more than $12 billion.", "en", (12 * B, "USD", "more_than")),
    ("It raised over $6 billion.", "en", (6 * B, "USD", "more_than")),
    ("It could spend upward of $150 billion.", "en", (150 * B, "USD", "more_than")),
    ("The deal exceeds $200 billion.", "en", (200 * B, "USD", "more_than")),
    ("It needs at least $100 billion.", "en", (100 * B, "USD", "at_least")),
    ("It hopes to raise $4 billion or more.", "en", (4 * B, "USD", "at_least")),
    ("It will invest up to $100 billion.", "en", (100 * B, "USD", "up_to")),
    ("Sales could reach as much as $70 billion.", "en", (70 * B, "USD", "up_to")),
    ("It spent under $7 billion.", "en", (7 * B, "USD", "less_than")),
    ("It would be far below $100 billion.", "en", (100 * B, "USD", "less_than")),
    ("It spent less than $3 billion.", "en", (3 * B, "USD", "less_than")),
    ("It lost about $5 billion.", "en", (5 * B, "USD", "about")),
    ("It is worth roughly $500 billion.", "en", (500 * B, "USD", "about")),
    ("It holds around 27% of the firm.", "en", (27, "percent", "about")),
    ("It owns approximately 49 percent of it.", "en", (49, "percent", "about")),
    ("It is valued at nearly $1 trillion.", "en", (1 * T, "USD", "nearly")),
    ("It is worth almost $80 billion.", "en", (80 * B, "USD", "nearly")),
    ("It raised at most $2 billion.", "en", (2 * B, "USD", "at_most")),
    # English ranges
    ("Capex of between $20 and $25 billion.", "en", (22.5 * B, "USD", "between")),
    ("Capex of $20-25 billion.", "en", (22.5 * B, "USD", "between")),
    ("Guidance of $9.5–10.1 billion.", "en", (9.8 * B, "USD", "between")),
    ("It expects $175 billion to $185 billion.", "en", (180 * B, "USD", "between")),
    ("A share of between 10% and 14%.", "en", (12, "percent", "between")),
    # English percent and power
    ("It owns 6% of the firm.", "en", (6, "percent", "exact")),
    ("It owns 5.97% of the firm.", "en", (5.97, "percent", "exact")),
    ("It owns 11 percent.", "en", (11, "percent", "exact")),
    ("A plan for 4.5 gigawatts.", "en", (4.5 * B, "W", "exact")),
    ("A 10 GW deal.", "en", (10 * B, "W", "exact")),
    ("A 200 MW site.", "en", (200 * M, "W", "exact")),
    ("Some 1.9 GW of capacity.", "en", (1.9 * B, "W", "about")),
    # French scale words and formats
    ("Elle a levé 13 milliards de dollars.", "fr", (13 * B, "USD", "exact")),
    ("Un chèque de 13 Md$.", "fr", (13 * B, "USD", "exact")),
    ("Une mise de 2,2 Md$.", "fr", (2.2 * B, "USD", "exact")),
    ("Des ventes de 9,3 mds $.", "fr", (9.3 * B, "USD", "exact")),
    ("Un bénéfice de 1,20 md $.", "fr", (1.2 * B, "USD", "exact")),
    ("Un budget de €10 milliards.", "fr", (10 * B, "EUR", "exact")),
    ("Un budget de 10 milliards d'euros.", "fr", (10 * B, "EUR", "exact")),
    ("Un contrat de 300 millions de dollars.", "fr", (300 * M, "USD", "exact")),
    ("Une valeur de 1 600 milliards de dollars.", "fr", (1600 * B, "USD", "exact")),
    ("Une valeur de 1\u00a0600 milliards de dollars.", "fr", (1600 * B, "USD", "exact")),
    ("Une valeur de 1\u202f600 milliards de dollars.", "fr", (1600 * B, "USD", "exact")),
    ("Des revenus de 46,743 milliards de dollars.", "fr", (46.743 * B, "USD", "exact")),
    ("Une capitalisation de 5,1 billions de dollars.", "fr", (5.1 * T, "USD", "exact")),
    ("Un trillion de dollars d'engagements.", "fr", (1e18, "USD", "exact")),
    ("Treize milliards de chiffre d'affaires.", "fr", (13 * B, None, "exact")),
    ("Un parc de 100 000 puces.", "fr", (100000, None, "exact")),
    ("Un million de puces Nvidia.", "fr", (1 * M, None, "exact")),
    ("Vingt milliards de dollars levés.", "fr", (20 * B, "USD", "exact")),
    # French qualifiers
    ("Des revenus bien supérieurs à 13 milliards de dollars.", "fr", (13 * B, "USD", "more_than")),
    ("Des revenus « bien supérieurs » à 13 milliards.", "fr", (13 * B, None, "more_than")),
    ("Elle a levé plus de 10 milliards de dollars.", "fr", (10 * B, "USD", "more_than")),
    ("Un parc de plus d'1 million de GPU.", "fr", (1 * M, None, "more_than")),
    ("Les revenus dépassent largement 13 milliards de dollars.", "fr", (13 * B, "USD", "more_than")),
    ("Le CA a franchi la barre des 20 milliards de dollars.", "fr", (20 * B, "USD", "more_than")),
    ("Une valorisation supérieure à 150 milliards de dollars.", "fr", (150 * B, "USD", "more_than")),
    ("Elle vise 100 milliards, voire au-delà.", "fr", (100 * B, None, "at_least")),
    ("Pas moins de 218 milliards de trésorerie.", "fr", (218 * B, None, "at_least")),
    ("Au moins 5 milliards de dollars.", "fr", (5 * B, "USD", "at_least")),
    ("Il investira jusqu'à 100 milliards de dollars.", "fr", (100 * B, "USD", "up_to")),
    ("Un contrat pouvant atteindre 6,5 milliards de dollars.", "fr", (6.5 * B, "USD", "up_to")),
    ("Moins de 7 milliards de dollars.", "fr", (7 * B, "USD", "less_than")),
    ("Une perte d'environ 5 milliards de dollars.", "fr", (5 * B, "USD", "about")),
    ("Une commande estimée à 10 milliards de dollars.", "fr", (10 * B, "USD", "about")),
    ("Quelque 120 milliards de dollars.", "fr", (120 * B, "USD", "about")),
    ("Une part d'environ 27 % du capital.", "fr", (27, "percent", "about")),
    ("Un plan chiffré à près de 1 000 milliards de dollars.", "fr", (1000 * B, "USD", "nearly")),
    ("Près d'un trillion sur la décennie.", "fr", (1e18, None, "nearly")),
    ("Le programme approche 7 gigawatts.", "fr", (7 * B, "W", "nearly")),
    # French ranges, percent, power
    ("Des dépenses entre 66 et 72 milliards de dollars.", "fr", (69 * B, "USD", "between")),
    ("Entre 56 milliards et 59 milliards de dollars.", "fr", (57.5 * B, "USD", "between")),
    ("Une hausse attendue de 20 à 25 milliards de dollars.", "fr", (22.5 * B, "USD", "between")),
    ("Des ventes comprises entre 9,3 et 9,9 mds $.", "fr", (9.6 * B, "USD", "between")),
    ("Entre 4 et 5 millions de GPU.", "fr", (4.5 * M, None, "between")),
    ("Une part de 27,5 %.", "fr", (27.5, "percent", "exact")),
    ("Une part de 94 % du marché.", "fr", (94, "percent", "exact")),
    ("Une part de 10 pour cent.", "fr", (10, "percent", "exact")),
    ("Une capacité de 4,5 gigawatts.", "fr", (4.5 * B, "W", "exact")),
    ("Environ 1,9 GW l'an dernier.", "fr", (1.9 * B, "W", "about")),
    ("Il disposait de 0,2 gigawatt en 2023.", "fr", (0.2 * B, "W", "exact")),
    ("Un premier gigawatt dès 2026.", "fr", (1 * B, "W", "exact")),
    ("Une centrale de 500 mégawatts.", "fr", (500 * M, "W", "exact")),
]


@pytest.mark.parametrize("text,lang,expected", CASES, ids=[c[0][:40] for c in CASES])
def test_reads_first_figure(text, lang, expected):
    figs = find_figures(text, lang)
    assert figs, f"no figure in {text!r}"
    f = figs[0]
    value, unit, qualifier = expected
    assert f.value == pytest.approx(value, rel=1e-9)
    assert f.unit == unit
    assert f.qualifier == qualifier


@pytest.mark.parametrize("text,qualifier", [
    # a comparative before a definite figure compares something else with it: the figure is stated as is
    ("Capex will be $200 billion, 52% more than the $131 billion Amazon spent in 2025.", "exact"),
    ("Meta raised less than the $10 billion it sought.", "exact"),
    ("Nvidia's revenue is now above the $50 billion mark.", "more_than"),
    ("Meta spent less than $10 billion on capex.", "less_than"),
])
def test_comparative_before_a_known_figure(text, qualifier):
    figs = find_figures(text, "en")
    assert figs[-1].qualifier == qualifier


def test_case_count():
    assert len(CASES) >= 80


@pytest.mark.parametrize("text,lang", [
    ("The share price is $40 a share.", "en"),
    ("Un bénéfice de 0,60 dollar par action.", "fr"),
    ("In 2025 it grew.", "en"),
    ("Deux entreprises sur trois.", "fr"),
])
def test_not_amounts(text, lang):
    assert find_figures(text, lang) == []


def test_range_bounds_and_half_unit():
    f = find_figures("between $20 and $25 billion", "en")[0]
    assert (f.low, f.high) == (20e9, 25e9)
    assert find_figures("13 billion dollars", "en")[0].half_unit == pytest.approx(0.5e9)
    assert find_figures("$1.4 trillion", "en")[0].half_unit == pytest.approx(0.05e12)
    assert find_figures("27,5 %", "fr")[0].half_unit == pytest.approx(0.05)


def test_french_trillion_has_anglicism_reading():
    f = find_figures("un trillion de dollars", "fr")[0]
    assert 1e12 in f.readings



# A tolerance after the figure ("plus or minus 2%", « à plus ou moins 2 % ») is the range it allows; its
# percentage is not a figure of its own.
@pytest.mark.parametrize("text,lang", [
    ("revenue of $54 billion, plus or minus 2%, in the quarter", "en"),
    ("revenue of $54 billion (±2%) in the quarter", "en"),
    ("un chiffre d'affaires de 54 milliards de dollars, à plus ou moins 2 %, au trimestre", "fr"),
])
def test_tolerance_is_a_range(text, lang):
    figs = find_figures(text, lang)
    assert [(f.value, f.qualifier, round(f.low), round(f.high)) for f in figs] == [(54e9, "between", 52_920_000_000,
                                                                                  55_080_000_000)]


# One qualifier before a pair of figures of different units joined by "and" covers both; a figure with a
# metric of its own in between, or of the same unit, keeps its own reading.
@pytest.mark.parametrize("text,lang,expected", [
    ("a project that could involve up to $500 billion and 10 gigawatts", "en", ["up_to", "up_to"]),
    ("un projet d'environ 500 milliards de dollars et 10 gigawatts", "fr", ["about", "about"]),
    ("up to $500 billion and $10 billion", "en", ["up_to", "exact"]),
    ("up to $500 billion of spending and 10 gigawatts", "en", ["up_to", "exact"]),
])
def test_one_qualifier_for_a_pair(text, lang, expected):
    assert [f.qualifier for f in find_figures(text, lang)] == expected


@pytest.mark.parametrize("text,lang,expected", [
    # « mille » multiplies what comes before it, as a word and as a scale
    ("une valorisation de mille milliards de dollars", "fr", [(1e12, "USD", "exact")]),
    ("trois mille milliards de dollars", "fr", [(3e12, "USD", "exact")]),
    ("3 mille milliards de dollars", "fr", [(3e12, "USD", "exact")]),
    # « millier de milliards »: a thousand billion (and "des milliers de milliards" no figure)
    ("1,4 millier de milliards de dollars d'engagements", "fr", [(1.4e12, "USD", "exact")]),
    ("deux milliers de milliards de dollars", "fr", [(2e12, "USD", "exact")]),
    ("des milliers de milliards de dollars", "fr", []),
    ("deux cent cinquante millions de dollars", "fr", [(250e6, "USD", "exact")]),
    # "-plus" and "+" after a figure; the British "pc" for per cent
    ("Anthropic raised $13bn-plus", "en", [(13e9, "USD", "at_least")]),
    ("$20bn+ in funding", "en", [(20e9, "USD", "at_least")]),
    ("Microsoft's 27pc stake", "en", [(27, "percent", "exact")]),
])
def test_number_forms(text, lang, expected):
    assert [(f.value, f.unit, f.qualifier) for f in find_figures(text, lang)] == expected


def test_replace_copies_a_figure_with_fields_changed():
    from pipeline.claims.numbers import Figure, find_figures, replace

    f = find_figures("OpenAI expects about $13 billion in revenue.", "en")[0]
    g = replace(f, qualifier="more_than", low=13e9, high=None)
    fields = {k: getattr(f, k) for k in Figure.__dataclass_fields__}
    assert g == Figure(**{**fields, "qualifier": "more_than", "low": 13e9, "high": None}) and hash(g) == hash(
        Figure(**{**fields, "qualifier": "more_than", "low": 13e9, "high": None}))
    assert (f.qualifier, f.high) == ("about", 13e9)   # the original is left as it was
    with pytest.raises(TypeError):
        replace(f, qualifer="about")


# A glued "m" or "k" scales a count of users or chips ("800m weekly users", "200k GPUs"), not a length; an adverb
# between a verb of passing and the figure keeps the qualifier (« a dépassé de peu les 4 milliards »).
@pytest.mark.parametrize("text,lang,expected", [
    ("ChatGPT has some 800m weekly users.", "en", [(800e6, "about")]),
    ("xAI runs 200k GPUs.", "en", [(200e3, "exact")]),
    ("The track is 800m long.", "en", [(800, "exact")]),
    ("Le chiffre d'affaires a dépassé de peu les 4 milliards de dollars.", "fr", [(4e9, "more_than")]),
    ("Revenue slightly exceeded $4 billion.", "en", [(4e9, "more_than")]),
])
def test_glued_count_scales_and_adverbs_after_passing(text, lang, expected):
    assert [(f.value, f.qualifier) for f in find_figures(text, lang)] == expected


# "half a billion", « un demi-milliard » (half of the scale after it, not one and a half), "one and a half billion",
# « un milliard et demi », « deux milliards et demi »; "between two and three billion", « entre deux et trois
# milliards » is a range (was five billion, or three), while « vingt et un » is one number.
@pytest.mark.parametrize("text,lang,expected", [
    ("OpenAI lost half a billion dollars.", "en", [(5e8, 5e8)]),
    ("OpenAI is valued at half a trillion dollars.", "en", [(5e11, 5e11)]),
    ("OpenAI a perdu un demi-milliard de dollars.", "fr", [(5e8, 5e8)]),
    ("OpenAI lost one and a half billion dollars.", "en", [(1.5e9, 1.5e9)]),
    ("OpenAI a perdu un milliard et demi de dollars.", "fr", [(1.5e9, 1.5e9)]),
    ("OpenAI a perdu deux milliards et demi de dollars.", "fr", [(2.5e9, 2.5e9)]),
    ("OpenAI plans to raise between two and three billion dollars.", "en", [(2e9, 3e9)]),
    ("OpenAI prévoit de lever entre deux et trois milliards de dollars.", "fr", [(2e9, 3e9)]),
    ("OpenAI plans to raise two to three billion dollars.", "en", [(2e9, 3e9)]),
    ("OpenAI a levé vingt et un milliards de dollars.", "fr", [(2.1e10, 2.1e10)]),
])
def test_halves_and_ranges_in_words(text, lang, expected):
    assert [(f.low, f.high) for f in find_figures(text, lang)] == expected


# A negated verb of crossing bounds the figure from above ("does not exceed", "no more than", « ne dépasse pas », «
# n'excède pas »; "has not reached", « n'atteint pas »: below it) — "more than" and « dépasse » inside them do not
# make the figure a floor.
@pytest.mark.parametrize("text,lang,expected", [
    ("AMD's market share does not exceed 10%.", "en", "at_most"),
    ("AMD's market share doesn't top 10%.", "en", "at_most"),
    ("AMD's market share is no more than 10%.", "en", "at_most"),
    ("AMD's market share is not more than 10%.", "en", "at_most"),
    ("OpenAI's revenue has not yet reached $20 billion.", "en", "less_than"),
    ("AMD's market share exceeds 10%.", "en", "more_than"),
    ("La part de marché d'AMD ne dépasse pas 10 %.", "fr", "at_most"),
    ("La part de marché d'AMD n'excède pas 10 %.", "fr", "at_most"),
    ("La perte ne dépassera pas 5 milliards de dollars.", "fr", "at_most"),
    ("OpenAI n'a pas dépassé 13 milliards de dollars de revenus.", "fr", "at_most"),
    ("La part de marché d'AMD n'atteint pas 10 %.", "fr", "less_than"),
    ("La part de marché d'AMD dépasse 10 %.", "fr", "more_than"),
])
def test_a_negated_verb_of_crossing(text, lang, expected):
    (f,) = find_figures(text, lang)
    assert f.qualifier == expected


# More hedges: "in the neighborhood of", "on the order of", "$13 billion or so", "-ish", « aux environs de » are about
# the figure; "as little as" bounds it from below.
@pytest.mark.parametrize("text,lang,expected", [
    ("in the neighborhood of $13 billion", "en", "about"),
    ("on the order of $13 billion", "en", "about"),
    ("$13 billion or so", "en", "about"),
    ("$13 billion-ish", "en", "about"),
    ("aux environs de 13 milliards de dollars", "fr", "about"),
    ("as little as $5 billion", "en", "at_least"),
    ("$13 billion, so said Altman", "en", "exact"),
])
def test_more_hedges(text, lang, expected):
    (f,) = find_figures(text, lang)
    assert f.qualifier == expected


# French fractions with a definite article (« le quart d'OpenAI », « un peu plus du quart », « près du tiers ») are
# shares like « un quart », with their qualifier; "FY26" before a metric word is a fiscal year, not a chip segment.
@pytest.mark.parametrize("text,lang,expected", [
    ("Microsoft détient le quart d'OpenAI.", "fr", [("stake", 25.0, "exact")]),
    ("Microsoft détient un peu plus du quart d'OpenAI.", "fr", [("stake", 25.0, "more_than")]),
    ("Le premier client pèse près du tiers du chiffre d'affaires de CoreWeave.", "fr",
     [("customer_concentration", 33.3, "nearly")]),
    ("Nvidia's Q3 FY26 revenue came in at $57.0B.", "en", [("revenue", 57e9, "exact")]),
    ("Nvidia's H20 revenue came in at $4.6B.", "en", []),
])
def test_french_definite_fractions_and_fiscal_year_codes(text, lang, expected):
    got = extract_claims(text, lang=lang, published="2025-11-20")
    assert [(c.metric, c.value, c.qualifier) for c in got] == expected


# Dollars of another country are that country's currency, whichever side the adjective stands on: « dollars
# taïwanais », "New Taiwan dollars", "Canadian dollars" (US dollars, « dollars américains », stay USD).
@pytest.mark.parametrize("text,lang,unit", [
    ("Son chiffre d'affaires a atteint 933,8 milliards de dollars taïwanais.", "fr", "TWD"),
    ("Revenue of 933.8 billion New Taiwan dollars.", "en", "TWD"),
    ("Revenue of 933.8 billion Taiwan dollars.", "en", "TWD"),
    ("Une commande de 2 milliards de dollars canadiens.", "fr", "CAD"),
    ("A deal worth 5 billion Australian dollars.", "en", "AUD"),
    ("Un contrat de 3 milliards de dollars de Hong Kong.", "fr", "HKD"),
    ("Un chiffre d'affaires de 13 milliards de dollars américains.", "fr", "USD"),
    ("Revenue of 13 billion dollars.", "en", "USD"),
])
def test_national_dollars(text, lang, unit):
    (f,) = find_figures(text, lang)
    assert f.unit == unit


# A fraction of an amount is one figure: "a quarter of a trillion dollars" (was a 25 % share and $1 trillion).
@pytest.mark.parametrize("text,lang,expected", [
    ("The ChatGPT maker will consume nearly a quarter of a trillion dollars of cash.", "en", [(2.5e11, "USD", "nearly")]),
    ("Three quarters of a billion dollars.", "en", [(7.5e8, "USD", "exact")]),
    ("Un quart d'un milliard de dollars.", "fr", [(2.5e8, "USD", "exact")]),
    ("A quarter of the market.", "en", [(25.0, "percent", "exact")]),
])
def test_fractions_of_amounts(text, lang, expected):
    assert [(f.value, f.unit, f.qualifier) for f in find_figures(text, lang)] == expected


# "the first gigawatt", « le premier gigawatt »: one gigawatt, the first of a larger figure (as « un premier gigawatt »);
# not a size ("the first gigawatt-scale system") nor a time ("when the first gigawatt comes online").
@pytest.mark.parametrize("text,lang,values", [
    ("The first gigawatt of AMD's Instinct MI450 processors is due to be deployed in the second half of 2026.", "en",
     [1e9]),
    ("Le premier gigawatt de GPU MI450 doit être livré au second semestre 2026.", "fr", [1e9]),
    ("Its first megawatt went live in June.", "en", [1e6]),
    ("Colossus is meant to be the first gigawatt-scale training system.", "en", []),
    ("The first $10 billion will be deployed when the first gigawatt comes online.", "en", [10e9]),
])
def test_the_first_gigawatt_is_one(text, lang, values):
    assert [f.value for f in find_figures(text, lang)] == values


# Bare numbers listed after a figure with its unit, each with its own party, take its unit: « 10 gigawatts avec Nvidia,
# 6 avec AMD et 10 avec Broadcom » (not a bare number with no party after it).
@pytest.mark.parametrize("text,lang,expected", [
    ("OpenAI a signé 10 gigawatts avec Nvidia, 6 avec AMD et 10 avec Broadcom.", "fr", [(10e9, "W"), (6e9, "W"), (10e9, "W")]),
    ("OpenAI has signed for 10 gigawatts with Nvidia, 6 with AMD and 10 with Broadcom.", "en",
     [(10e9, "W"), (6e9, "W"), (10e9, "W")]),
    ("OpenAI signed 10 gigawatts with Nvidia, and 6 analysts agree.", "en", [(10e9, "W"), (6.0, None)]),
])
def test_bare_numbers_after_a_unit_with_their_parties(text, lang, expected):
    assert [(f.value, f.unit) for f in find_figures(text, lang)] == expected


# A change "from 38 to 100 billion" / « porté de 38 à 100 milliards »: the start takes the end's scale; a range of
# gigawatts with a bare start (« entre 5 et 7 gigawatts ») is read in gigawatts at both ends.
def test_a_change_from_a_bare_start_and_a_range_of_gigawatts():
    from pipeline.claims.numbers import find_figures
    assert [(f.value, f.unit) for f in find_figures("Le contrat a été porté de 38 à 100 milliards de dollars.", "fr")] == \
        [(38e9, "USD"), (100e9, "USD")]
    (f,) = find_figures("OpenAI déploiera entre 5 et 7 gigawatts.", "fr")
    assert (f.low, f.high, f.unit) == (5e9, 7e9, "W")


# « le milliard d'utilisateurs » (the billion mark) is 1 billion; « a franchi en octobre le cap des 40 milliards »
# (a date between the verb and the mark) is more than 40 billion.
def test_the_billion_mark_and_a_mark_crossed_with_a_date_between():
    from pipeline.claims.numbers import find_figures
    assert [(f.value, f.qualifier) for f in find_figures("ChatGPT approche désormais le milliard d’utilisateurs "
                                                          "hebdomadaires.", "fr")] == [(1e9, "nearly")]
    assert [(f.value, f.qualifier) for f in find_figures("OpenAI a franchi en octobre le cap des 40 milliards de dollars.",
                                                         "fr")] == [(40e9, "more_than")]
