"""Periods (years, fiscal years, quarters, run-rates, targets, spans) and speakers (company, media, analysts)."""
from __future__ import annotations

import pytest

from pipeline.claims import extract_claims
from pipeline.claims.periods import fiscal_quarter, fiscal_year

PUB = "2025-10-15"

PERIODS = [
    ("OpenAI's revenue reached $4 billion in 2024.", "en", ("annual", "2024", "2024")),
    ("Le chiffre d'affaires d'OpenAI a atteint 4 milliards de dollars en 2024.", "fr", ("annual", "2024", "2024")),
    ("Oracle expects revenue of $67 billion in fiscal 2026.", "en", ("annual", "2025-06", "2026-05")),
    ("Microsoft's capex was $35 billion in the first quarter of fiscal 2026.", "en", ("quarter", "2025-07", "2025-09")),
    ("Nvidia's revenue was $47 billion in the second quarter of fiscal 2026.", "en", ("quarter", "2025-05", "2025-07")),
    ("Au deuxième trimestre 2025, le chiffre d'affaires de CoreWeave a atteint 1,2 milliard de dollars.", "fr", ("quarter", "2025-04", "2025-06")),
    ("Anthropic's annualized revenue run rate hit $5 billion in August.", "en", ("run_rate", "2025-08", "2025-08")),
    ("Le chiffre d'affaires annualisé d'OpenAI atteignait 12 milliards de dollars en juillet.", "fr", ("run_rate", "2025-07", "2025-07")),
    ("OpenAI could reach $100 billion in revenue by 2027.", "en", ("annual", "2027", "2027")),
    ("OpenAI vise 100 milliards de dollars de chiffre d'affaires d'ici 2027.", "fr", ("annual", "2027", "2027")),
    ("OpenAI plans to spend $1 trillion on compute contracts over the next decade.", "en", ("cumulative", None, None)),
    ("OpenAI s'est engagé sur 1 000 milliards de dollars de contrats de calcul sur la décennie.", "fr", ("cumulative", None, None)),
    ("OpenAI makes $13 billion in revenue a year.", "en", ("annual", "2025", "2025")),
    ("OpenAI réalise 13 milliards de dollars de chiffre d'affaires par an.", "fr", ("annual", "2025", "2025")),
    ("OpenAI will burn $115 billion of cash through 2029.", "en", ("cumulative", "2025", "2029")),
    ("xAI is valued at $200 billion.", "en", ("point", None, None)),
    ("SoftBank raised $10 billion for OpenAI in April.", "en", ("cumulative", "2025-04", "2025-04")),
]

SPEAKERS = [
    ("Sam Altman said OpenAI's revenue would top $20 billion this year.", "en", ("Sam Altman", "company")),
    ("Selon Sam Altman, le chiffre d'affaires d'OpenAI dépassera 20 milliards de dollars.", "fr", ("Sam Altman", "company")),
    ("Selon certains médias, OpenAI aurait levé 6 milliards de dollars.", "fr", ("certains médias", "media_report")),
    ("Reports say OpenAI lost $5 billion last year.", "en", (None, "media_report")),
    ("According to The Information, OpenAI lost $5 billion last year.", "en", ("The Information", "media_report")),
    ("D'après Reuters, OpenAI a perdu 5 milliards de dollars l'an dernier.", "fr", ("Reuters", "media_report")),
    ("Analysts estimate OpenAI's quarterly loss at $11.5 billion.", "en", ("Analysts", "analyst")),
    ("Selon les analystes de Bernstein, OpenAI a perdu 12 milliards de dollars au troisième trimestre.", "fr", ("Bernstein", "analyst")),
    ("Jensen Huang said Nvidia will invest up to $100 billion in OpenAI.", "en", ("Jensen Huang", "company")),
    ("Satya Nadella said OpenAI's revenue topped $13 billion.", "en", ("Satya Nadella", "other")),
    ("OpenAI lost $5 billion last year.", "en", (None, "unattributed")),
    # a French compound past keeps its speaker with an adverb inside it (« a également annoncé »)
    ("Microsoft a également annoncé un investissement de 5 milliards de dollars dans Anthropic.", "fr", ("Microsoft", "company")),
    ("Amazon publie ses comptes. Le groupe a aussi indiqué un chiffre d'affaires de 180 milliards de dollars.", "fr",
     ("Amazon", "company")),
    ("Google a aussi investi 2 milliards de dollars dans Anthropic.", "fr", (None, "unattributed")),
]


# (text, lang, published, value) → (kind, start, end) of the claim with that value
DATED = [
    # a change after the figure compares with its base: its date is not the figure's
    ("Meta's fourth-quarter revenue came to $48 billion, up 22% from a year earlier.", "en", "2026-01-30", 48e9,
     ("quarter", "2025-10", "2025-12")),
    ("Les utilisateurs hebdomadaires de ChatGPT sont désormais 800 millions, contre 500 millions en mars.", "fr",
     "2025-10-15", 800e6, ("point", None, None)),
    # an actual full-year figure in the first months of a year is the year just ended; this year's is this year's
    ("Meta's full-year revenue reached $190 billion.", "en", "2026-02-05", 190e9, ("annual", "2025", "2025")),
    ("Meta's full-year revenue reached $190 billion.", "en", "2025-10-15", 190e9, ("annual", "2025", "2025")),
    ("Meta expects full-year revenue of $230 billion.", "en", "2026-02-05", 230e9, ("annual", "2026", "2026")),
    # a colon opens the details of what it follows
    ("Nvidia a publié des résultats trimestriels record : 57 milliards de dollars de chiffre d'affaires.", "fr",
     "2025-11-20", 57e9, ("quarter", "2025-08", "2025-10")),
    # "next quarter" guidance follows the quarter just reported
    ("AMD expects revenue of about $9.6 billion next quarter.", "en", "2025-11-05", 9.6e9, ("quarter", "2025-10", "2025-12")),
    ("AMD table sur 9,6 milliards de dollars de chiffre d'affaires au trimestre suivant.", "fr", "2025-11-05", 9.6e9,
     ("quarter", "2025-10", "2025-12")),
    ("Meta expects revenue of $60 billion in the following quarter.", "en", "2025-11-05", 60e9,
     ("quarter", "2025-10", "2025-12")),
    # « dès avril », "starting in June"; a month not reached yet is this year's for a plan, last year's for a fact
    ("SoftBank versera 10 milliards de dollars à OpenAI dès avril, puis jusqu'à 30 milliards en décembre.", "fr",
     "2025-03-31", 30e9, ("cumulative", "2025-12", "2025-12")),
    ("SoftBank versera 10 milliards de dollars à OpenAI dès avril.", "fr", "2025-03-31", 10e9,
     ("cumulative", "2025-04", "2025-04")),
    ("SoftBank invested $2 billion in OpenAI in December.", "en", "2025-03-31", 2e9, ("cumulative", "2024-12", "2024-12")),
    ("OpenAI grows. The startup burned $2.5 billion of cash in the first six months of the year.", "en", "2025-10-15",
     2.5e9, ("cumulative", "2025-01", "2025-06")),
    ("Anthropic's run-rate revenue is approaching $7 billion, up from $1 billion at the start of the year.", "en",
     "2025-11-20", 1e9, ("run_rate", "2025-01", "2025-01")),
    ("OpenAI a perdu 5 milliards de dollars sur les six premiers mois de 2025.", "fr", "2025-10-15", 5e9,
     ("cumulative", "2025-01", "2025-06")),
    # a flow said to be a total: from now to the year it runs to, or undated; « accumulé » is not « cumulé »
    ("OpenAI anticipe une perte cumulée de 115 milliards de dollars d'ici à 2029.", "fr", "2025-11-20", 115e9,
     ("cumulative", "2025", "2029")),
    ("OpenAI expects cumulative losses of $115 billion through 2029.", "en", "2025-11-20", 115e9,
     ("cumulative", "2025", "2029")),
    ("OpenAI expects losses of $14 billion by 2026.", "en", "2025-11-20", 14e9, ("annual", "2026", "2026")),
    ("OpenAI expects cumulative losses of $115 billion.", "en", "2025-11-20", 115e9, ("cumulative", None, None)),
    ("OpenAI a accumulé 13 milliards de dollars de pertes en 2024.", "fr", "2025-11-20", 13e9, ("annual", "2024", "2024")),
    # « au cours des huit prochaines années », "in the next eight years": from now on, that many years
    ("AMD s'est engagée à dépenser plus de 6 milliards d'euros en capacité de calcul au cours des huit prochaines "
     "années.", "fr", "2025-10-01", 6e9, ("cumulative", "2025", "2033")),
    ("OpenAI will spend $1.4 trillion on compute in the next eight years.", "en", "2025-10-01", 1.4e12,
     ("cumulative", "2025", "2033")),
    # "since 2019", « depuis 2019 », "since the start of fiscal 2024": a total from then to now
    ("Microsoft a investi plus de 13 milliards de dollars dans OpenAI depuis 2019.", "fr", "2025-11-20", 13e9,
     ("cumulative", "2019", "2025")),
    ("Microsoft said its AI spending since the start of fiscal 2024 exceeds $200 billion.", "en", "2025-11-20",
     200e9, ("cumulative", "2023-07", "2025")),
    ("OpenAI's revenue rose to $13 billion in 2025, its highest since 2019.", "en", "2025-11-20", 13e9,
     ("annual", "2025", "2025")),
    # an article on quarterly results: its undated results are the quarter's (the latest ended, fiscal)
    ("Nvidia reported quarterly results on Wednesday. Revenue rose 62% to $57 billion, beating estimates.", "en",
     "2025-11-20", 57e9, ("quarter", "2025-08", "2025-10")),
    ("Microsoft a publié ses résultats trimestriels. Ses dépenses d'investissement ont atteint 34,9 milliards de "
     "dollars.", "fr", "2025-10-30", 34.9e9, ("quarter", "2025-07", "2025-09")),
    # … not elsewhere
    ("OpenAI is growing fast. Its revenue reached $13 billion, beating estimates.", "en", "2025-11-20", 13e9,
     ("annual", "2025", "2025")),
]


@pytest.mark.parametrize("text,lang,published,value,expected", DATED, ids=[p[0][:50] for p in DATED])
def test_period_in_context(text, lang, published, value, expected):
    claims = [c for c in extract_claims(text, lang=lang, published=published) if abs(c.value - value) <= 0.01 * value]
    assert claims, [(c.metric, c.value) for c in extract_claims(text, lang=lang, published=published)]
    p = claims[0].period
    assert (p.kind, p.start, p.end) == expected


@pytest.mark.parametrize("text", [
    "« Nous visons 20 milliards de dollars de chiffre d'affaires en 2026 », a déclaré Sam Altman.",
    "« Nous prévoyons un chiffre d'affaires de 20 milliards de dollars », a déclaré Sam Altman.",
    "Nvidia a annoncé un investissement pouvant aller jusqu'à 100 milliards de dollars dans OpenAI.",
])
def test_first_person_plans_are_projections(text):
    assert [c.modality for c in extract_claims(text, lang="fr", published="2025-11-20")] == ["projected"]


# The modality of a figure is read in its own clause: not from the main verb after a relative clause or an
# apposition that holds it, nor from a cue that belongs to the next figure.
@pytest.mark.parametrize("text,lang,value,modality", [
    ("OpenAI, which is valued at $500 billion, is preparing for an IPO.", "en", 500e9, "actual"),
    ("Nvidia, the world's most valuable company at $5 trillion, said it would invest in Anthropic.", "en", 5e12,
     "actual"),
    ("Amazon's revenue rose to $180 billion versus the $177.8 billion expected.", "en", 180e9, "actual"),
    ("xAI a levé 20 milliards de dollars, bien au-delà de son objectif initial de 15 milliards.", "fr", 20e9, "actual"),
    ("OpenAI's revenue will reach $20 billion in 2026, the company expects.", "en", 20e9, "projected"),
    # a schedule is a plan: "slated for", "scheduled to", « programmé pour », « doit entrer en service »
    ("AMD will supply 6 gigawatts of Instinct GPUs to OpenAI under a multi-year agreement, with the first 1 gigawatt "
     "deployment slated for the second half of 2026.", "en", 1e9, "projected"),
    ("OpenAI has contracted 4.5 gigawatts from Oracle; the first 1.2 gigawatts are scheduled to come online in 2026.",
     "en", 1.2e9, "projected"),
    ("OpenAI a signé avec Oracle pour 4,5 gigawatts ; les premiers 1,2 gigawatt doivent entrer en service en 2026.",
     "fr", 1.2e9, "projected"),
    # capacity to deploy, build or install under a letter of intent or a pledge is a plan (not what is deployed)
    ("Nvidia and OpenAI signed a letter of intent to deploy 10 gigawatts of Nvidia systems.", "en", 10e9, "projected"),
    ("OpenAI s'est engagé à déployer 10 gigawatts de puces Nvidia.", "fr", 10e9, "projected"),
    ("Nvidia et OpenAI ont signé une lettre d'intention pour déployer 10 gigawatts de systèmes Nvidia.", "fr", 10e9,
     "projected"),
    ("OpenAI has deployed 2 gigawatts of capacity so far.", "en", 2e9, "actual"),
    # "project" the noun is no projection ("the Stargate project"); the verb is
    ("Microsoft holds a stake in the Stargate project worth $10 billion.", "en", 10e9, "actual"),
    ("OpenAI now projects a $74 billion loss in 2028.", "en", 74e9, "projected"),
    ("Microsoft détient une participation de 10 milliards de dollars dans le projet Stargate.", "fr", 10e9, "actual"),
    # an aside in parentheses with a verb or noun of its own keeps its own modality (not a currency gloss)
    ("OpenAI (valued at $500 billion) plans to raise more money.", "en", 500e9, "actual"),
    ("OpenAI (500 milliards de dollars de valorisation) prépare une nouvelle levée.", "fr", 500e9, "actual"),
    ("The ChatGPT maker OpenAI, most recently valued at $500 billion, is weighing an IPO.", "en", 500e9, "actual"),
    ("OpenAI expects revenue of €11 billion ($13 billion) this year.", "en", 13e9, "projected"),
    ("Les projets de centres de données d'OpenAI dépassent les 1 400 milliards de dollars sur huit ans.", "fr", 1.4e12,
     "projected"),
])
def test_modality_in_the_figure_s_clause(text, lang, value, modality):
    cs = [c for c in extract_claims(text, lang=lang, published="2025-11-20") if c.value == value]
    assert [c.modality for c in cs] == [modality]


def test_elliptical_coordination_keeps_the_verb_s_modality():
    text = "SoftBank apportera 10 milliards de dollars à OpenAI dès avril, puis jusqu'à 30 milliards en décembre."
    assert {c.modality for c in extract_claims(text, lang="fr", published="2025-03-31")} == {"projected"}


@pytest.mark.parametrize("text,lang,expected", PERIODS, ids=[p[0][:50] for p in PERIODS])
def test_period(text, lang, expected):
    claims = extract_claims(text, lang=lang, published=PUB)
    assert claims
    p = claims[0].period
    assert (p.kind, p.start, p.end) == expected


@pytest.mark.parametrize("text,lang,expected", SPEAKERS, ids=[s[0][:50] for s in SPEAKERS])
def test_speaker(text, lang, expected):
    claims = extract_claims(text, lang=lang, published=PUB)
    assert claims
    assert (claims[0].speaker, claims[0].speaker_kind) == expected


def test_fiscal_calendars():
    assert fiscal_quarter(2026, 2, 1) == ("2025-05", "2025-07")    # Nvidia
    assert fiscal_quarter(2026, 1, 6) == ("2025-07", "2025-09")    # Microsoft
    assert fiscal_quarter(2025, 3, 10) == ("2025-05", "2025-07")   # Broadcom
    assert fiscal_year(2026, 5) == ("2025-06", "2026-05")          # Oracle
    assert fiscal_year(2025, 12) == ("2025", "2025")


def test_modality_projected_and_denied():
    c = extract_claims("OpenAI expects revenue of $30 billion in 2026.", lang="en", published=PUB)[0]
    assert c.modality == "projected"
    c = extract_claims("Nvidia never pledged a $100 billion investment in OpenAI.", lang="en", published=PUB)[0]
    assert c.modality == "denied"


# Attribution in context: the scope of a source across clauses and sentences. Each case names the
# figure (its value) whose speaker is checked; the sentences are written for these tests.
SPEAKER_SCOPE = [
    # a pronoun after the quote refers to the person named before
    ("Jensen Huang took the stage in Taipei. Nvidia's revenue will top $200 billion next year, he said.", "en",
     200e9, ("Jensen Huang", "company")),
    ("Lisa Su était l'invitée d'une conférence mardi. Le chiffre d'affaires d'AMD dépassera 40 milliards de dollars, "
     "a-t-elle assuré.", "fr", 40e9, ("Lisa Su", "company")),
    ("Dans un entretien, la directrice financière d'OpenAI, Sarah Friar, fait le point. Elle affirme que le chiffre "
     "d'affaires annualisé a dépassé 25 milliards de dollars.", "fr", 25e9, ("Sarah Friar", "company")),
    # a source named in another clause of the sentence is not the figure's source
    ("Meta reported 3 billion daily users, and Satya Nadella said Microsoft would keep spending.", "en",
     3e9, ("Meta", "company")),
    # analysts in a comparison are the consensus, not the source of the company's figure
    ("Broadcom's quarterly revenue came to $16 billion, more than analysts had expected.", "en",
     16e9, ("Broadcom", "company")),
    ("Le chiffre d'affaires trimestriel de CoreWeave a atteint 1,4 milliard de dollars, alors que les analystes "
     "tablaient sur 1,3 milliard.", "fr", 1.4e9, ("CoreWeave", "company")),
    # a report carries into the next sentence in reported speech, or when the text says it goes on
    ("Selon Bloomberg, Anthropic négocie une levée de fonds. La start-up viserait une valorisation de "
     "150 milliards de dollars.", "fr", 150e9, ("Bloomberg", "media_report")),
    ("According to the Financial Times, xAI is in talks with investors. The report also said xAI lost "
     "$2 billion in 2024.", "en", 2e9, ("Financial Times", "media_report")),
    ("Barclays estimates that Microsoft will spend $120 billion on capital expenditure in 2026. The bank also "
     "expects Amazon's capex to reach $150 billion.", "en", 150e9, ("Barclays", "analyst")),
    # ... but not into a plain statement of fact
    ("According to Reuters, OpenAI signed a chip deal with Broadcom. Nvidia owns 7% of CoreWeave.", "en",
     7, (None, "unattributed")),
    ("D'après Les Echos, OpenAI discute avec des banques. Microsoft détient 27 % d'OpenAI.", "fr",
     27, (None, "unattributed")),
    # a new source ends the previous one's scope
    ("Selon The Information, OpenAI a perdu 5 milliards de dollars en 2024. Sam Altman affirme de son côté que "
     "le chiffre d'affaires dépassera 20 milliards de dollars.", "fr", 20e9, ("Sam Altman", "company")),
    # the company's own documents and results
    ("Selon le communiqué publié jeudi, SoftBank a investi 8 milliards de dollars dans OpenAI.", "fr",
     8e9, ("SoftBank", "company")),
    ("AMD published its fourth-quarter results on Tuesday. Full-year revenue reached $34 billion.", "en",
     34e9, ("AMD", "company")),
    # a description that refers back can be the speaker; a long apposition does not hide the verb
    ("Broadcom published strong results. The chipmaker also announced a $10 billion investment in xAI.", "en",
     10e9, ("Broadcom", "company")),
    ("AMD, le concepteur de puces dirigé depuis 2014 par une ingénieure, a annoncé lundi une levée de 3 milliards de "
     "dollars.", "fr", 3e9, ("AMD", "company")),
    # an outlet that relays a named analyst is not the source
    ("Pour l'analyste Jane Doe, de Jefferies, citée par Reuters, Microsoft détient 28 % d'OpenAI.", "fr",
     28, ("Jefferies", "analyst")),
    # a company's stated intention
    ("Oracle compte investir 35 milliards de dollars cette année.", "fr", 35e9, ("Oracle", "company")),
    # hedges and reportive mood
    ("OpenAI is believed to have lost about $4 billion in 2024.", "en", 4e9, (None, "unattributed")),
    ("OpenAI aurait par ailleurs perdu 3 milliards de dollars l'an dernier.", "fr", 3e9, (None, "media_report")),
    # a verb of saying placed after the statement, before its subject (« ..., a annoncé le groupe »)
    ("AMD investira jusqu'à 4 milliards de dollars dans xAI, a annoncé le groupe mardi.", "fr",
     4e9, ("AMD", "company")),
    ("Meta will spend up to $70 billion on capital expenditure next year, said the company on Wednesday.", "en",
     70e9, ("Meta", "company")),
    ("Google investira 2 milliards de dollars dans Anthropic, a précisé Amazon.", "fr",
     2e9, ("Amazon", "other")),
    # an analyst relayed by a newspaper stays the source (« publiés par », "published by")
    ("Selon une note de Jefferies publiée par Les Echos, la perte d'Anthropic atteindra 3 milliards de dollars en "
     "2026.", "fr", 3e9, ("Jefferies", "analyst")),
    ("According to UBS research published by Bloomberg, xAI will lose $30 billion in 2027.", "en",
     30e9, ("UBS", "analyst")),
    # a newspaper that relays no one is still the source
    ("Selon un article publié par Les Echos, la perte d'Anthropic atteindra 3 milliards de dollars en 2026.", "fr",
     3e9, ("Les Echos", "media_report")),
    # a conditional with a negation still relays the source of the sentence before
    ("Selon Barclays, xAI devra lever 25 milliards de dollars. Même avec 12 milliards de revenus en 2027, "
     "le déficit ne serait pas comblé.", "fr", 12e9, ("Barclays", "analyst")),
    # « ainsi » carries a third party's announcement into the next sentence; « ainsi que » does not
    ("Mardi, Nvidia a annoncé un nouvel accord avec Anthropic. L'investissement total de Nvidia dans Anthropic "
     "passe ainsi à 10 milliards de dollars.", "fr", 10e9, ("Nvidia", "company")),
    ("Mardi, Google a annoncé un nouvel accord de cloud avec Anthropic. Les engagements de calcul d'Anthropic auprès "
     "de Google passent ainsi à 30 milliards de dollars.", "fr", 30e9, ("Google", "other")),
    ("Mardi, Oracle a annoncé un nouveau contrat avec Meta. Meta ainsi que Google investissent 30 milliards de "
     "dollars.", "fr", 30e9, (None, "unattributed")),
    # the same document goes on
    ("Selon Reuters, Anthropic négocie avec Amazon. Selon le même document, la start-up a perdu 2 milliards "
     "de dollars en 2024.", "fr", 2e9, ("Reuters", "media_report")),
    ("According to Bloomberg, xAI is talking to banks. The same report put xAI's 2024 loss at $1.5 billion.", "en",
     1.5e9, ("Bloomberg", "media_report")),
    # a participle of saying: the main clause's subject speaks what follows it, not what precedes it
    ("Jensen Huang dismissed the bubble talk, saying Nvidia's revenue would reach $300 billion in 2027.", "en",
     300e9, ("Jensen Huang", "company")),
    ("Lisa Su a balayé les doutes, en assurant que le chiffre d'affaires d'AMD atteindrait 50 milliards de dollars "
     "en 2027.", "fr", 50e9, ("Lisa Su", "company")),
    # a person whose clause opens a list with a colon gives the list
    ("Pour convaincre, Huang compare les années : 30 milliards de dollars de chiffre d'affaires au dernier "
     "trimestre pour Nvidia.", "fr", 30e9, ("Jensen Huang", "company")),
    # the source whose verb introduces the figure's clause, not one named after it
    ("When Smith suggested that Nvidia's revenue could hit $400 billion, Jensen Huang laughed.", "en",
     400e9, ("Smith", "other")),
    # "it" + a verb of saying: the organisation that is the clause's subject
    ("Microsoft has backed Anthropic since May; it now values its stake in the start-up at $9 billion.", "en",
     9e9, ("Microsoft", "company")),
    # a demonstrative opening the next sentence goes on with the source just named
    ("By Bernstein's reckoning, OpenAI must raise $100 billion by 2028. That gap includes $40 billion of compute "
     "commitments with Oracle.", "en", 40e9, ("Bernstein", "analyst")),
    ("Selon Reuters, Anthropic prépare une levée de fonds. Cette opération porte la valorisation d'Anthropic à "
     "300 milliards de dollars.", "fr", 300e9, ("Reuters", "media_report")),
    # … but not two sentences later, and a plain statement after a source is the writer's
    ("Selon Reuters, Anthropic prépare une levée de fonds. Les discussions durent depuis mai. Cette start-up a levé "
     "13 milliards de dollars en septembre.", "fr", 13e9, (None, "unattributed")),
    # French reportive conditional of a third-group verb (« atteindrait ») relays the report
    ("D'après le Financial Times, Amazon prépare un nouvel investissement. Son engagement dans Anthropic "
     "atteindrait alors 12 milliards de dollars.", "fr", 12e9, ("Financial Times", "media_report")),
    # analysts named as the benchmark ("ahead of what analysts expected") are not a source the next sentence continues
    ("Nvidia said revenue rose to $57 billion, ahead of the $55 billion analysts had expected. The chipmaker "
     "forecast revenue of about $65 billion for the next quarter.", "en", 65e9, ("Nvidia", "company")),
    # "analysts at Morgan Stanley", « les analystes de Morgan Stanley »: the firm is the source
    ("D'après les analystes de Morgan Stanley, les dépenses d'investissement de Microsoft atteindront 120 milliards "
     "de dollars.", "fr", 120e9, ("Morgan Stanley", "analyst")),
    ("Analysts at Wells Fargo put Meta's 2026 capex at $110 billion.", "en", 110e9, ("Wells Fargo", "analyst")),
    # « les informations selon lesquelles »: a report, even when denied
    ("xAI a démenti les informations selon lesquelles la société lèverait 15 milliards de dollars.", "fr", 15e9,
     (None, "media_report")),
    # a spokesperson speaks for the company named with it, else for the article's company
    ("OpenAI n'a jamais perdu 12 milliards de dollars en un trimestre, a affirmé un porte-parole.", "fr", 12e9,
     ("OpenAI", "company")),
    ("A Broadcom spokesperson said OpenAI's order was worth $10 billion.", "en", 10e9, ("Broadcom", "other")),
    # an officer left unnamed speaks for the company named with the role or the one a possessive points to; a
    # named one is read as a person, a former one is no company voice
    ("OpenAI's revenue tripled to about $12 billion this year, the company's finance chief told reporters.", "en",
     12e9, ("OpenAI", "company")),
    ("OpenAI's chief financial officer said revenue would reach $13 billion this year.", "en", 13e9,
     ("OpenAI", "company")),
    ("Microsoft's chief executive said OpenAI's revenue would reach $13 billion this year.", "en", 13e9,
     ("Microsoft", "other")),
    ("Le chiffre d'affaires d'OpenAI a triplé pour atteindre 12 milliards de dollars, a déclaré sa directrice "
     "financière.", "fr", 12e9, ("OpenAI", "company")),
    ("Le PDG d'OpenAI a déclaré que le chiffre d'affaires atteindrait 13 milliards de dollars cette année.", "fr",
     13e9, ("OpenAI", "company")),
    ("OpenAI's former chief executive said the company lost $5 billion last year.", "en", 5e9,
     (None, "unattributed")),
    # "a report that": the report's figure is a media report's
    ("The company denied a report that OpenAI had lost $12 billion in the quarter.", "en", 12e9,
     (None, "media_report")),
    # a joint statement: "the companies said", « ont indiqué les deux groupes »
    ("OpenAI and Broadcom will deploy 10 gigawatts of custom accelerators, the companies said.", "en", 10e9,
     ("OpenAI", "company")),
    ("AMD fournira 6 gigawatts de GPU à OpenAI, ont indiqué les deux groupes.", "fr", 6e9, ("OpenAI", "company")),
    # a figure given as the yardstick of the news is background, not the news source's figure
    ("According to Bloomberg, xAI's round should now raise about $8 billion, well below the initial $12 billion "
     "target.", "en", 12e9, (None, "unattributed")),
    ("According to Bloomberg, xAI's round should now raise about $8 billion, well below the initial $12 billion "
     "target.", "en", 8e9, ("Bloomberg", "media_report")),
    ("Selon Reuters, l'opération devrait porter la valorisation d'Anthropic à 300 milliards de dollars, contre 500 "
     "milliards pour OpenAI.", "fr", 500e9, (None, "unattributed")),
    # "according to a post by Altman", « selon un message de Sam Altman »: the author of the document speaks
    ("OpenAI's annualized revenue reached $20 billion, according to a post by Altman on X.", "en", 20e9,
     ("Sam Altman", "company")),
    ("Selon un message de Sam Altman, le chiffre d'affaires annualisé d'OpenAI atteint 20 milliards de dollars.", "fr",
     20e9, ("Sam Altman", "company")),
    # a person we do not list, placed in a company by an apposition, after a closing quote's verb or before it
    ('"We have about $13 billion in revenue this year," said Mark Chen, OpenAI\'s chief research officer.', "en", 13e9,
     ("Mark Chen", "company")),
    ("« Nous visons 20 milliards de dollars de chiffre d'affaires », a déclaré Jean Dupont, directeur financier "
     "d'OpenAI.", "fr", 20e9, ("Jean Dupont", "company")),
    ("John Smith, a senior director at Oracle, said OpenAI signed a $300 billion contract.", "en", 300e9,
     ("John Smith", "other")),
    ("Revenue at OpenAI will reach $13 billion this year, said John Smith.", "en", 13e9, ("John Smith", "other")),
    # the reportive conditional of a periphrasis (« serait en passe de », « serait sur le point de ») and the
    # outlet's own reporting (« d'après nos informations ») are a media report
    ("OpenAI serait sur le point de lever 40 milliards de dollars.", "fr", 40e9, (None, "media_report")),
    ("D'après nos informations, OpenAI prépare une levée de 40 milliards de dollars.", "fr", 40e9,
     (None, "media_report")),
    # an impersonal forecast does not carry a third party's voice over to another company's figure
    ("OpenAI said it would not list before 2027. Oracle's capital expenditure is forecast to reach $35 billion in "
     "fiscal 2026.", "en", 35e9, ("Oracle", "company")),
    # … but a bare "above $20 billion" is the figure's own qualifier, and a quote's speaker follows it
    ('"We expect revenue above $20 billion," Altman said.', "en", 20e9, ("Sam Altman", "company")),
    ("« Nous visons un chiffre d'affaires supérieur à 20 milliards de dollars », a déclaré Sam Altman.", "fr", 20e9,
     ("Sam Altman", "company")),
    # a parent company speaks for its foundation
    ("The restructuring is complete, OpenAI said on Monday. That structure leaves the foundation with a 26% stake.",
     "en", 26, ("OpenAI", "company")),
]


@pytest.mark.parametrize("text,lang,value,expected", SPEAKER_SCOPE, ids=[s[0][:50] for s in SPEAKER_SCOPE])
def test_speaker_scope(text, lang, value, expected):
    claims = [c for c in extract_claims(text, lang=lang, published=PUB) if abs(c.value - value) <= 0.01 * value]
    assert claims, [(c.subject, c.metric, c.value) for c in extract_claims(text, lang=lang, published=PUB)]
    assert (claims[0].speaker, claims[0].speaker_kind) == expected


# "the same period", « dans le même temps »: the period of the figure before; "the same period last year" is not.
SAME_PERIOD = [
    ("Anthropic burned $3 billion in the first half of 2025. Over the same period it lost $5 billion.", "en",
     5e9, ("cumulative", "2025-01", "2025-06")),
    ("Au troisième trimestre 2025, CoreWeave a réalisé 1,4 milliard de dollars de chiffre d'affaires. Dans le même "
     "temps, sa perte nette a atteint 110 millions de dollars.", "fr", 110e6, ("quarter", "2025-07", "2025-09")),
    ("xAI a brûlé 4 milliards de dollars entre janvier et juin 2025. Au cours de la même période, la start-up a perdu "
     "6 milliards de dollars.", "fr", 6e9, ("cumulative", "2025-01", "2025-06")),
    ("Oracle's revenue was $16 billion in 2025. Meta's revenue rose 20% from the same period last year to $50 billion "
     "in the third quarter of 2025.", "en", 50e9, ("quarter", "2025-07", "2025-09")),
]


@pytest.mark.parametrize("text,lang,value,expected", SAME_PERIOD, ids=[s[0][:50] for s in SAME_PERIOD])
def test_same_period_takes_the_previous_figures(text, lang, value, expected):
    claims = [c for c in extract_claims(text, lang=lang, published=PUB) if abs(c.value - value) <= 0.01 * value]
    assert claims
    p = claims[0].period
    assert (p.kind, p.start, p.end) == expected


def test_sentence_initial_period_scopes_over_the_sentence():
    text = ("Au deuxième trimestre, la perte nette a atteint 1 milliard de dollars, tandis que le chiffre d'affaires "
            "de CoreWeave grimpait à 1,5 milliard de dollars.")
    c = [c for c in extract_claims(text, lang="fr", published=PUB) if c.metric == "revenue"][0]
    assert c.period.kind == "quarter"


# A half-year dates a stock (a valuation, a stake) as a point by the half's end; a flow over it stays cumulative.
@pytest.mark.parametrize("text,lang,expected", [
    ("OpenAI could go public in the second half of 2026 at a valuation of $1 trillion.", "en",
     ("valuation", "point", None, "2026-12")),
    ("OpenAI pourrait entrer en Bourse au second semestre 2026 avec une valorisation de 1 000 milliards de dollars.",
     "fr", ("valuation", "point", None, "2026-12")),
    ("OpenAI lost $13.5 billion in the first half of 2025.", "en", ("loss", "cumulative", "2025-01", "2025-06")),
])
def test_half_year_of_a_stock_is_a_point(text, lang, expected):
    (c,) = extract_claims(text, lang=lang, published="2025-10-15")
    assert (c.metric, c.period.kind, c.period.start, c.period.end) == expected


# "the quarter ended Oct. 26", « le trimestre clos fin juillet »: the three months to that month (whatever quarter
# the article appears after); a stock at that date is dated to the month.
@pytest.mark.parametrize("text,lang,expected", [
    ("Nvidia reported revenue of $46.7 billion for the quarter ended July 27.", "en", ("quarter", "2025-05", "2025-07")),
    ("Nvidia reported revenue of $57 billion for the quarter ended Oct. 26, up 62% from a year ago.", "en",
     ("quarter", "2025-08", "2025-10")),
    ("Microsoft recorded capital expenditures of $34.9 billion in the three months ended September 30, 2024.", "en",
     ("quarter", "2024-07", "2024-09")),
    ("Nvidia a réalisé un chiffre d'affaires de 46,7 milliards de dollars au trimestre clos fin juillet.", "fr",
     ("quarter", "2025-05", "2025-07")),
    ("Au trimestre clos fin août, Microsoft détenait 27 % d'OpenAI.", "fr", ("point", "2025-08", "2025-08")),
])
def test_quarter_ended_a_month(text, lang, expected):
    (c,) = extract_claims(text, lang=lang, published="2025-11-20")
    assert (c.period.kind, c.period.start, c.period.end) == expected


# A month's figure is the month's cumulative one, never the year's (which it would contradict): "monthly cash burn",
# « perte mensuelle », "every month", « chaque mois »; monthly users are users.
@pytest.mark.parametrize("text,lang,expected", [
    ("xAI's monthly cash burn has reached about $1 billion.", "en", ("cash_burn", "cumulative", "2025-11")),
    ("xAI is burning through about $1 billion every month.", "en", ("cash_burn", "cumulative", "2025-11")),
    ("La perte mensuelle de xAI atteint 1 milliard de dollars.", "fr", ("loss", "cumulative", "2025-11")),
    ("xAI brûle 1 milliard de dollars chaque mois.", "fr", ("cash_burn", "cumulative", "2025-11")),
    ("OpenAI has 800 million monthly users.", "en", ("users", "point", None)),
])
def test_monthly_figures_are_the_months(text, lang, expected):
    (c,) = extract_claims(text, lang=lang, published="2025-11-20")
    assert (c.metric, c.period.kind, c.period.start) == expected


# The verb of an incise after the statement ("…, a rappelé Sam Altman", "…, reiterated Altman") names the
# speaker, whichever verb of saying it is; analysts whose expectations a figure passes are its benchmark.
@pytest.mark.parametrize("text,lang,expected", [
    ("OpenAI dépensera 1 400 milliards de dollars en infrastructures, a rappelé Sam Altman.", "fr",
     ("company", "Sam Altman")),
    ("OpenAI's revenue will top $20 billion this year, reiterated Sam Altman.", "en", ("company", "Sam Altman")),
    ("Nvidia a annoncé un chiffre d'affaires record de 57 milliards de dollars pour son troisième trimestre, "
     "dépassant les attentes des analystes.", "fr", ("company", "Nvidia")),
])
def test_incise_verbs_and_passed_expectations(text, lang, expected):
    (c,) = extract_claims(text, lang=lang, published="2025-11-20")
    assert (c.speaker_kind, c.speaker) == expected


# "Sources said" is a media report, not a person named Sources; "on pace to" / "on course to" is a projection.
def test_sources_said_and_on_pace():
    (c,) = extract_claims("Sources said OpenAI was weighing a funding round that would value the company at as much "
                          "as $750 billion.", lang="en", published="2025-11-20")
    assert (c.metric, c.speaker_kind, c.speaker) == ("valuation", "media_report", None)
    cs = extract_claims("OpenAI's revenue is on pace to reach roughly $13 billion this year.", lang="en",
                        published="2025-11-20")
    assert [(c.value, c.modality) for c in cs] == [(13e9, "projected")]


# The base a forecast is compared with, over by publication, is an outcome; a base still to come stays projected.
@pytest.mark.parametrize("text,lang,expected", [
    ("OpenAI expects revenue of $13 billion this year, up from $3.7 billion last year.", "en",
     [(13e9, "projected"), (3.7e9, "actual")]),
    ("OpenAI table sur un chiffre d'affaires de 13 milliards de dollars cette année, contre 3,7 milliards l'an "
     "dernier.", "fr", [(13e9, "projected"), (3.7e9, "actual")]),
    ("OpenAI expects revenue of $13 billion this year, more than triple last year's $3.7 billion.", "en",
     [(13e9, "projected"), (3.7e9, "actual")]),
    ("OpenAI expects revenue of $29 billion next year, up from $13 billion this year.", "en",
     [(29e9, "projected"), (13e9, "projected")]),
])
def test_a_forecasts_past_base_is_an_outcome(text, lang, expected):
    assert [(c.value, c.modality) for c in extract_claims(text, lang=lang, published="2025-11-20")] == expected


# A figure "today" next to a forecast is an outcome; so is an estimate of a period already over.
@pytest.mark.parametrize("text,lang,expected", [
    ("ChatGPT's audience would grow from 800 million users today to 3 billion in five years, the bank estimates.",
     "en", [(800e6, "actual"), (3e9, "projected")]),
    ("Les analystes estiment la perte d'OpenAI au troisième trimestre à 12 milliards de dollars.", "fr",
     [(12e9, "actual")]),
    ("Les analystes estiment que la perte d'OpenAI atteindra 20 milliards de dollars en 2026.", "fr",
     [(20e9, "projected")]),
])
def test_today_and_estimates_of_the_past(text, lang, expected):
    assert [(c.value, c.modality) for c in extract_claims(text, lang=lang, published="2025-11-20")] == expected


# « ne … que » restricts, it does not deny: « n'a perdu que 5 milliards », « ne s'élevaient qu'à ».
@pytest.mark.parametrize("text,modality", [
    ("OpenAI n'a perdu que 5 milliards de dollars l'an dernier.", "actual"),
    ("Les pertes d'OpenAI ne s'élevaient qu'à environ 5 milliards de dollars l'an dernier.", "actual"),
    ("OpenAI n'a pas perdu 12 milliards de dollars.", "denied"),
])
def test_ne_que_restricts(text, modality):
    assert [c.modality for c in extract_claims(text, lang="fr", published="2025-11-20")] == [modality]


# A company's hope is its own stated plan, like its expectations.
@pytest.mark.parametrize("text,lang", [
    ("D'ici 2030, OpenAI espère générer 200 milliards de dollars de chiffre d'affaires.", "fr"),
    ("OpenAI hopes to generate $200 billion in revenue by 2030.", "en"),
])
def test_a_companys_hope_is_its_own_plan(text, lang):
    (c,) = extract_claims(text, lang=lang, published="2025-11-20")
    assert (c.speaker_kind, c.modality) == ("company", "projected")


# « en début d'année », « au début de l'année », « en fin d'année »: this year's first or last month, as "the start of
# the year" is in English.
@pytest.mark.parametrize("text,start", [
    ("Le chiffre d'affaires annualisé d'Anthropic atteignait 1 milliard de dollars en début d'année.", "2025-01"),
    ("Le chiffre d'affaires annualisé d'Anthropic atteignait 1 milliard de dollars au début de l'année.", "2025-01"),
    ("OpenAI vise un chiffre d'affaires annualisé de 20 milliards de dollars en fin d'année.", "2025-12"),
])
def test_start_and_end_of_this_year_in_french(text, start):
    cs = extract_claims(text, lang="fr", published="2025-10-30")
    assert [(c.period.kind, c.period.start, c.period.end) for c in cs] == [("run_rate", start, start)]


# A tolerance after the figure's period ("$54 billion for the third quarter, plus or minus 2%", « au troisième
# trimestre, à plus ou moins 2 % ») gives the range; a flow "expected to total" a figure through a year to come runs
# from now to then, as "cumulative" does.
@pytest.mark.parametrize("text,lang,expected", [
    ("Nvidia expects revenue of $54 billion for the third quarter, plus or minus 2%.", "en",
     ("between", 52.92e9, 55.08e9, "quarter", "2025-08", "2025-10")),
    ("Nvidia prévoit un chiffre d'affaires de 54 milliards de dollars au troisième trimestre, à plus ou moins 2 %.",
     "fr", ("between", 52.92e9, 55.08e9, "quarter", "2025-08", "2025-10")),
    ("OpenAI's losses are expected to total at least $44 billion through 2028.", "en",
     ("at_least", 44e9, None, "cumulative", "2025", "2028")),
    ("OpenAI's revenue will total $13 billion in 2025.", "en", ("exact", 13e9, 13e9, "annual", "2025", "2025")),
])
def test_tolerance_after_the_period_and_totals_through_a_year(text, lang, expected):
    (c,) = extract_claims(text, lang=lang, published="2025-10-30")
    got = (c.qualifier, c.low, c.high, c.period.kind, c.period.start, c.period.end)
    assert got[0] == expected[0] and got[3:] == expected[3:]
    assert (got[1], got[2]) == pytest.approx((expected[1], expected[2])) if expected[2] else got[1] == expected[1]


# The last quarter of a named year is its fourth ("the final quarter of 2024", « au dernier trimestre 2024 », of
# fiscal 2025 as the company counts it); "last quarter" alone stays the latest quarter ended.
@pytest.mark.parametrize("text,lang,expected", [
    ("Nvidia a réalisé un chiffre d'affaires de 35 milliards de dollars au dernier trimestre 2024.", "fr",
     ("quarter", "2024-10", "2024-12")),
    ("Microsoft spent $22 billion in the last quarter of 2024.", "en", ("quarter", "2024-10", "2024-12")),
    ("Microsoft spent $22 billion in the final quarter of fiscal 2025.", "en", ("quarter", "2025-04", "2025-06")),
    ("Microsoft a dépensé 22 milliards de dollars au dernier trimestre de l'exercice 2025.", "fr",
     ("quarter", "2025-04", "2025-06")),
    ("Microsoft spent $22 billion last quarter.", "en", ("quarter", "2025-07", "2025-09")),
])
def test_last_quarter_of_a_named_year_is_its_fourth(text, lang, expected):
    (c,) = extract_claims(text, lang=lang, published="2025-10-15")
    assert (c.period.kind, c.period.start, c.period.end) == expected


# A relative clause that holds the figure has its own subject and dates ("…, according to The Information, which also
# said the company expects to burn $8.5 billion this year": OpenAI's burn, this year, not the first half of the main
# clause); "more than tripling from a year earlier" dates the base, not the figure; a span "over roughly five years,
# starting in 2027" / « sur cinq ans à partir de 2027 » runs from that year; « cherche à lever » is a projection.
@pytest.mark.parametrize("text,lang,expected", [
    ("OpenAI lost $7.8 billion in the first half, according to The Information, which also said the company expects "
     "to burn $8.5 billion this year.", "en",
     [("openai", "loss", "actual", "cumulative", "2025-01", "2025-06"),
      ("openai", "cash_burn", "projected", "annual", "2025", "2025")]),
    ("OpenAI said it had reached $13 billion in annual recurring revenue, more than tripling from a year earlier.", "en",
     [("openai", "revenue", "actual", "run_rate", None, None)]),
    ("Oracle signed a contract with OpenAI worth $300 billion over roughly five years, starting in 2027.", "en",
     [("openai", "compute_commitment", "actual", "cumulative", "2027", "2032")]),
    ("Oracle a signé avec OpenAI un contrat de 300 milliards de dollars sur cinq ans à partir de 2027.", "fr",
     [("openai", "compute_commitment", "actual", "cumulative", "2027", "2032")]),
    ("D'après Bloomberg, xAI cherche à lever 15 milliards de dollars.", "fr",
     [("xai", "funding", "projected", "cumulative", None, None)]),
])
def test_relative_clause_dates_span_start_and_seeking(text, lang, expected):
    assert [(c.subject, c.metric, c.modality, c.period.kind, c.period.start, c.period.end)
            for c in extract_claims(text, lang=lang, published="2025-10-15")] == expected


# "Microsoft, which owns about 27% of OpenAI, said…": the relative clause closes and its antecedent speaks (OpenAI,
# just before the comma, was read as the speaker); "wrote on X." ends a sentence (the network, not an initial as in
# "C. C. Wei"); "the $75 billion that PitchBook put on xAI" is xAI's valuation.
@pytest.mark.parametrize("text,expected", [
    ("Sam Altman spoke on Thursday. Microsoft, which owns about 27% of OpenAI, said its quarterly profit fell.",
     [("microsoft", "stake", "company", "Microsoft")]),
    ("\"We expect to end this year above $20 billion of annualized revenue run rate,\" Sam Altman wrote on X. Microsoft, "
     "which owns about 27% of OpenAI, said its net income fell.",
     [("openai", "revenue", "company", "Sam Altman"), ("microsoft", "stake", "company", "Microsoft")]),
    ("Elon Musk rejected a CNBC report on xAI. 'Fake news,' he wrote on X. According to CNBC, the money was meant for "
     "data centers built on Nvidia and AMD processors. Such a valuation would be more than double the $75 billion "
     "that PitchBook put on xAI in July.", [("xai", "valuation", "other", "PitchBook")]),
])
def test_relative_antecedent_speaks_network_x_and_value_put_on(text, expected):
    assert [(c.subject, c.metric, c.speaker_kind, c.speaker)
            for c in extract_claims(text, lang="en", published="2025-11-20")] == expected


def test_sentence_split_after_the_network_x_not_after_initials():
    from pipeline.claims.find import split_sentences
    t = "He wrote on X. Microsoft said so. C. C. Wei said TSMC grew. Elle a écrit sur X. Nvidia a gagné."
    assert [t[s:e] for s, e in split_sentences(t)] == [
        "He wrote on X.", "Microsoft said so.", "C. C. Wei said TSMC grew.", "Elle a écrit sur X.", "Nvidia a gagné."]


# The sentence after figures may name who reported them: "The figures, first reported by The Information, …",
# « Ces chiffres, dévoilés par The Information, … » credit the figures that had no source.
@pytest.mark.parametrize("text,lang", [
    ("OpenAI lost $13.5 billion in the first half. The figures, first reported by The Information, alarmed investors.",
     "en"),
    ("La maison mère de ChatGPT a essuyé une perte nette de 13,5 milliards de dollars au premier semestre. Ces chiffres, "
     "dévoilés par The Information, illustrent l'ampleur des investissements.", "fr"),
])
def test_figures_credited_to_the_outlet_the_next_sentence_names(text, lang):
    assert [(c.metric, c.speaker_kind, c.speaker) for c in extract_claims(text, lang=lang, published="2025-10-02")] == \
        [("loss", "media_report", "The Information")]


# A report's figure taken up as the object of a denial ("…, according to CNBC, which Elon Musk denied", "a claim Musk
# denied", « …, ce qu'Elon Musk a démenti ») keeps its source and gets the denier's denial.
@pytest.mark.parametrize("text,lang", [
    ("xAI is valued at $200 billion, according to CNBC, which Elon Musk denied.", "en"),
    ("xAI serait valorisé 200 milliards de dollars, selon CNBC, ce qu'Elon Musk a démenti.", "fr"),
])
def test_report_taken_up_by_a_denial(text, lang):
    assert [(c.metric, c.modality, c.speaker_kind, c.speaker)
            for c in extract_claims(text, lang=lang, published="2025-10-15")][-2:] == [
        ("valuation", "projected" if lang == "fr" else "actual", "media_report", "CNBC"),
        ("valuation", "denied", "company", "Elon Musk")]


# "The Wall Street Journal later reported that…", "Bloomberg first reported…": an adverb between the outlet and its
# verb keeps it the source; a stake that names nothing it is in is in the company the article is about.
def test_outlet_then_adverb_then_verb_is_the_source():
    (c,) = extract_claims("The Wall Street Journal later reported that OpenAI had agreed to buy $300 billion in "
                          "computing power from Oracle over about five years.", lang="en", published="2025-10-15")
    assert (c.speaker_kind, c.speaker) == ("media_report", "The Wall Street Journal")


def test_stake_in_money_without_its_company_is_in_the_articles():
    claims = extract_claims("Microsoft a annoncé un accord avec OpenAI. OpenAI devient une société à mission. La "
                            "fondation à but non lucratif détiendra une participation d'environ 130 milliards de dollars.",
                            lang="fr", published="2025-10-29")
    assert [(c.subject, c.metric, c.counterparty) for c in claims] == [("openai_foundation", "stake", "openai")]


# « Pour Morgan Stanley, … » names a source; « les GPU pour l'IA » is a purpose, and "IA" no speaker.
def test_pour_names_a_source_only_before_a_comma():
    (c,) = extract_claims("La part de marché d'AMD sur les GPU pour l'IA devrait atteindre 10 % l'an prochain.",
                          lang="fr", published="2025-11-20")
    assert (c.subject, c.metric, c.speaker_kind, c.speaker) == ("amd", "market_share", "unattributed", None)
    (c,) = extract_claims("Pour Morgan Stanley, le chiffre d'affaires d'OpenAI atteindra 30 milliards de dollars en 2026.",
                          lang="fr", published="2025-11-20")
    assert c.speaker == "Morgan Stanley"


# A year's flow "a year earlier" / « un an plus tôt » is the year before's (it was a month's total); a quarter's stays
# the quarter a year before, and "cette année" named in the sentence keeps its year.
@pytest.mark.parametrize("text,lang,expected", [
    ("Nvidia's revenue came in at $57.01 billion, compared with $35.08 billion a year earlier.", "en",
     [("annual", "2025", "2025"), ("annual", "2024", "2024")]),
    ("Le chiffre d'affaires de Nvidia s'est établi à 57 milliards de dollars au troisième trimestre, contre 35,1 "
     "milliards un an plus tôt.", "fr", [("quarter", "2025-08", "2025-10"), ("quarter", "2024-08", "2024-10")]),
    # the quarter named by its last month, by its number and year, by the day it ended (AP's "Oct. 26" ends no
    # sentence, and the day of a date stands neither between "revenue" and the base nor in the series)
    ("Nvidia said two unnamed direct customers made up 39% of its revenue in the July quarter, up from 25% a year "
     "earlier.", "en", [("quarter", "2025-05", "2025-07"), ("quarter", "2024-05", "2024-07")]),
    ("Nvidia's revenue rose to $57 billion in the third quarter of fiscal 2026, up from $35.1 billion a year "
     "earlier.", "en", [("quarter", "2025-08", "2025-10"), ("quarter", "2024-08", "2024-10")]),
    ("Nvidia's revenue rose to $57 billion in the quarter ended Oct. 26, compared with $35.1 billion a year ago.",
     "en", [("quarter", "2025-08", "2025-10"), ("quarter", "2024-08", "2024-10")]),
    ("Nvidia's revenue rose to $57 billion in the quarter ended October 26, compared with $35.1 billion a year ago.",
     "en", [("quarter", "2025-08", "2025-10"), ("quarter", "2024-08", "2024-10")]),
    ("Le chiffre d'affaires de Nvidia a atteint 57 milliards de dollars au trimestre clos le 26 octobre, contre 35,1 "
     "milliards un an plus tôt.", "fr", [("quarter", "2025-08", "2025-10"), ("quarter", "2024-08", "2024-10")]),
])
def test_a_year_earlier_for_a_flow(text, lang, expected):
    assert [(c.period.kind, c.period.start, c.period.end)
            for c in extract_claims(text, lang=lang, published="2025-11-20")] == expected


# "over the period" / « sur la période » is the period just named; « le géant des puces », "the chip giant" is a
# chipmaker, and in an article that names none it is no company (not the lab in focus).
@pytest.mark.parametrize("text,lang,expected", [
    ("OpenAI generated $4.3 billion in revenue in the first half. It burned $2.5 billion in cash over the period.",
     "en", [("openai", "revenue", "2025-01", "2025-06"), ("openai", "cash_burn", "2025-01", "2025-06")]),
    ("Le concepteur de ChatGPT a enregistré un chiffre d'affaires de 4,3 milliards de dollars sur les six premiers mois "
     "de l'année. La société a brûlé 2,5 milliards de dollars de liquidités sur la période.", "fr",
     [("openai", "revenue", "2025-01", "2025-06"), ("openai", "cash_burn", "2025-01", "2025-06")]),
    ("Nvidia a publié ses comptes. Le géant des puces a vu son chiffre d'affaires grimper de 56 %, à 46,7 milliards de "
     "dollars, au deuxième trimestre.", "fr", [("nvidia", "revenue", "2025-05", "2025-07")]),
    ("OpenAI a publié ses comptes. Le géant des puces a vu son chiffre d'affaires grimper de 56 %, à 46,7 milliards de "
     "dollars, au deuxième trimestre.", "fr", []),
])
def test_the_period_just_named_and_the_chip_giant(text, lang, expected):
    assert [(c.subject, c.metric, c.period.start, c.period.end)
            for c in extract_claims(text, lang=lang, published="2025-10-15")] == expected


def test_the_period_that_names_its_own_dates_is_not_the_one_before():
    claims = extract_claims("OpenAI generated $4.3 billion in revenue in the first half. It burned $20 billion over the "
                            "period from 2020 to 2025.", lang="en", published="2025-10-15")
    assert [(c.metric, c.period.start, c.period.end) for c in claims] == [("revenue", "2025-01", "2025-06"),
                                                                         ("cash_burn", "2020", "2025")]


# Revenue "over four years" right after the figure is a total over the span, as a loss "over the next three years" is.
@pytest.mark.parametrize("text,lang,expected", [
    ("AMD said the agreement could generate more than $100 billion in revenue over four years.", "en",
     ("revenue", "cumulative", "2025", "2029")),
    ("L'accord pourrait rapporter plus de 100 milliards de dollars de chiffre d'affaires à AMD sur quatre ans.", "fr",
     ("revenue", "cumulative", "2025", "2029")),
])
def test_revenue_over_a_span_is_a_total(text, lang, expected):
    c = extract_claims(text, lang=lang, published="2025-10-15")[0]
    assert (c.metric, c.period.kind, c.period.start, c.period.end) == expected


# "between now and 2029" / « entre aujourd'hui et 2029 » runs from now to then, as "through 2029" does (and « aujourd'hui »
# there is no figure for today); « totaliser » says a total.
@pytest.mark.parametrize("text,lang", [
    ("OpenAI's losses could total $115 billion between now and 2029, according to projections shared with investors.",
     "en"),
    ("Les pertes d'OpenAI pourraient totaliser 115 milliards de dollars entre aujourd'hui et 2029.", "fr"),
])
def test_between_now_and_a_year(text, lang):
    c = extract_claims(text, lang=lang, published="2025-10-15")[0]
    assert (c.metric, c.modality, c.period.kind, c.period.start, c.period.end) == ("loss", "projected", "cumulative",
                                                                                   "2025", "2029")


# "the July quarter", "its October 2024 quarter": the quarter that ends in that month (not the latest one reported);
# "the quarter ended in April", "the three months to January", « le trimestre achevé en octobre », « clos à fin
# octobre » too.
@pytest.mark.parametrize("text,lang,expected", [
    ("Nvidia said two customers accounted for 39% of its revenue in the July quarter.", "en",
     ("quarter", "2025-05", "2025-07")),
    ("Nvidia's revenue was $44 billion in its April quarter.", "en", ("quarter", "2025-02", "2025-04")),
    ("Nvidia's revenue was $35 billion in the October 2024 quarter.", "en", ("quarter", "2024-08", "2024-10")),
    ("Nvidia's revenue was $44 billion in the quarter ended in April.", "en", ("quarter", "2025-02", "2025-04")),
    ("Nvidia's revenue was $39 billion in the three months to January.", "en", ("quarter", "2024-11", "2025-01")),
    ("Le chiffre d'affaires de Nvidia a atteint 44 milliards de dollars sur le trimestre achevé en avril.", "fr",
     ("quarter", "2025-02", "2025-04")),
    ("Le chiffre d'affaires de Nvidia a atteint 44 milliards de dollars au trimestre clos à fin avril.", "fr",
     ("quarter", "2025-02", "2025-04")),
])
def test_a_quarter_named_by_the_month_it_ends(text, lang, expected):
    c = extract_claims(text, lang=lang, published="2025-11-20")[0]
    assert (c.period.kind, c.period.start, c.period.end) == expected


# Analysts who are the agent of the expectation a comparison holds are its benchmark, not the source of the result:
# "above the $55.2 billion expected by analysts", « supérieur aux 55 milliards attendus par les analystes »
# (« supérieur aux », « inférieur au »: « à » with its article); analysts who forecast the figure itself still speak.
@pytest.mark.parametrize("text,lang,expected", [
    ("Nvidia posted revenue of $57 billion, above the $55.2 billion expected by analysts polled by LSEG.", "en",
     (57e9, "company", "Nvidia")),
    ("Nvidia a publié un chiffre d'affaires de 57 milliards de dollars, supérieur aux 55 milliards attendus par les "
     "analystes.", "fr", (57e9, "company", "Nvidia")),
    ("Nvidia a publié un chiffre d'affaires de 57 milliards de dollars, supérieur aux attentes des analystes.", "fr",
     (57e9, "company", "Nvidia")),
    ("Nvidia's revenue will reach $200 billion in 2026, analysts at Morgan Stanley expect.", "en",
     (200e9, "analyst", "Morgan Stanley")),
])
def test_analysts_of_the_expectation_compared_with_are_a_benchmark(text, lang, expected):
    (c,) = extract_claims(text, lang=lang, published="2025-11-20")
    assert (c.metric, c.value, c.speaker_kind, c.speaker) == ("revenue", *expected)


# A name that closes the sentence does not keep its full stop ("according to analysts at Morgan Stanley."); initials
# keep theirs ("D.A. Davidson").
@pytest.mark.parametrize("text,lang,speaker", [
    ("Nvidia's revenue will reach $200 billion in 2026, according to analysts at Morgan Stanley.", "en", "Morgan Stanley"),
    ("Nvidia's revenue will reach $200 billion in 2026, according to PitchBook.", "en", "PitchBook"),
    ("Nvidia's revenue will reach $200 billion in 2026, said analysts at D.A. Davidson.", "en", "D.A. Davidson"),
    ("Nvidia dégagera un chiffre d'affaires de 200 milliards de dollars en 2026, estiment les analystes de Bernstein.",
     "fr", "Bernstein"),
])
def test_a_name_closing_the_sentence_leaves_its_full_stop(text, lang, speaker):
    (c,) = extract_claims(text, lang=lang, published="2025-11-20")
    assert c.speaker == speaker


# "expects to end the year with $13 billion in revenue", « terminer l'année avec 13 milliards de chiffre d'affaires »:
# the year's revenue, not a figure at its last month; a run rate the year exits at stays one.
@pytest.mark.parametrize("text,lang,expected", [
    ("OpenAI expects to end the year with $13 billion in revenue.", "en", ("annual", "2025", "2025")),
    ("OpenAI compte terminer l'année avec 13 milliards de dollars de chiffre d'affaires.", "fr", ("annual", "2025", "2025")),
    ("OpenAI expects to end next year with $30 billion in revenue.", "en", ("annual", "2026", "2026")),
    ("OpenAI expects to exit the year with annualized revenue of $20 billion.", "en", ("run_rate", "2025-12", "2025-12")),
])
def test_ending_the_year_with_revenue_is_the_years_revenue(text, lang, expected):
    (c,) = extract_claims(text, lang=lang, published="2025-11-20")
    assert (c.period.kind, c.period.start, c.period.end) == expected


# A subject pronoun stating its own plan speaks for the company, as its name does (« Elle table sur… », "It targets…"),
# unless the article relays an outlet's report (then the plan may be the report's: the writer's statement).
@pytest.mark.parametrize("text,lang,speaker_kind", [
    ("OpenAI a réalisé un chiffre d'affaires de 4,3 milliards de dollars au premier semestre. Elle table sur 13 milliards "
     "de dollars de revenus pour l'ensemble de l'année.", "fr", "company"),
    ("OpenAI makes money from subscriptions. It targets $200 billion in revenue in 2030.", "en", "company"),
    ("OpenAI a réalisé un chiffre d'affaires de 4,3 milliards de dollars au premier semestre, selon The Information. "
     "Elle table sur 13 milliards de dollars de revenus pour l'ensemble de l'année.", "fr", "unattributed"),
])
def test_a_pronoun_stating_its_own_plan_speaks_for_the_company(text, lang, speaker_kind):
    c = extract_claims(text, lang=lang, published="2025-11-20")[-1]
    assert (c.subject, c.modality, c.speaker_kind) == ("openai", "projected", speaker_kind)


# "last fiscal year", "its next fiscal year", « le dernier exercice », « l'exercice précédent »: the company's fiscal
# year before or after the current one (Oracle's ends in May, Microsoft's in June, Nvidia's in January).
@pytest.mark.parametrize("text,lang,expected", [
    ("Oracle's revenue was $57 billion in the previous fiscal year.", "en", ("annual", "2024-06", "2025-05")),
    ("Microsoft's capex reached $88 billion in its last fiscal year.", "en", ("annual", "2024-07", "2025-06")),
    ("Microsoft expects capex to grow in the next fiscal year, to more than $100 billion.", "en",
     ("annual", "2026-07", "2027-06")),
    ("Le chiffre d'affaires d'Oracle a atteint 57 milliards de dollars lors du dernier exercice.", "fr",
     ("annual", "2024-06", "2025-05")),
    ("Sur l'exercice précédent, les pertes d'OpenAI s'élevaient à environ 5 milliards de dollars.", "fr",
     ("annual", "2024", "2024")),
    ("Nvidia's top customer made up 15% of revenue last fiscal year.", "en", ("annual", "2024-02", "2025-01")),
])
def test_the_fiscal_year_before_or_after_the_current_one(text, lang, expected):
    (c,) = extract_claims(text, lang=lang, published="2025-11-20")
    assert (c.period.kind, c.period.start, c.period.end) == expected


# The base of a revision is the earlier forecast of the same period: "as much as $17 billion next year, up from a
# previous estimate of $10 billion" (both next year's), « contre une estimation précédente de 10 milliards ».
@pytest.mark.parametrize("text,lang", [
    ("OpenAI now projects cash burn of as much as $17 billion next year, up from a previous estimate of $10 billion.",
     "en"),
    ("OpenAI prévoit désormais de brûler jusqu'à 17 milliards de dollars de trésorerie l'an prochain, contre une "
     "estimation précédente de 10 milliards.", "fr"),
])
def test_the_base_of_a_revision_keeps_the_forecasts_period(text, lang):
    assert [(c.value, c.modality, c.period.start) for c in extract_claims(text, lang=lang, published="2025-11-20")] \
        == [(17e9, "projected", "2026"), (10e9, "projected", "2026")]


# A results figure announced (« a annoncé mercredi un chiffre d'affaires … pour son troisième trimestre ») makes an
# article on results: its undated shares of revenue and its guidance without a metric word are the quarter's.
def test_a_results_figure_announced_makes_a_results_article():
    text = ("Nvidia a annoncé mercredi un chiffre d'affaires record de 57 milliards de dollars pour son troisième "
            "trimestre. Deux clients directs ont représenté respectivement 19 % et 15 % du chiffre d'affaires. Le groupe "
            "vise 65 milliards de dollars au quatrième trimestre.")
    got = [(c.metric, c.value, c.period.start, c.period.end, c.modality)
           for c in extract_claims(text, lang="fr", published="2025-11-20")]
    assert got == [("revenue", 57e9, "2025-08", "2025-10", "actual"),
                   ("customer_concentration", 19.0, "2025-08", "2025-10", "actual"),
                   ("customer_concentration", 15.0, "2025-08", "2025-10", "actual"),
                   ("revenue", 65e9, "2025-11", "2026-01", "projected")]


# What a participle of saying adds after a comma has its own dates: "has reached $20 billion, Altman said, adding that
# the company expects to hit hundreds of billions by 2030" (the $20 billion is today's run rate, not 2030's).
@pytest.mark.parametrize("text,lang,expected", [
    ("OpenAI's annualized revenue has reached $20 billion, Altman said in a post on X, adding that the company expects "
     "to hit \"hundreds of billions\" by 2030.", "en", [("run_rate", None, "actual")]),
    ("OpenAI's revenue will reach $30 billion in 2026, Altman said, adding that it could hit $100 billion by 2028.", "en",
     [("annual", "2026", "projected"), ("annual", "2028", "projected")]),
    ("Le chiffre d'affaires annualisé d'OpenAI a atteint 20 milliards de dollars, a déclaré Sam Altman, ajoutant viser "
     "des centaines de milliards d'ici 2030.", "fr", [("run_rate", None, "actual")]),
])
def test_what_a_participle_of_saying_adds_has_its_own_dates(text, lang, expected):
    assert [(c.period.kind, c.period.end, c.modality) for c in extract_claims(text, lang=lang, published="2025-11-20")] \
        == expected


# « La société s'est engagée à hauteur de 1 400 milliards » (the participle agreeing with its subject) commits to compute.
def test_a_commitment_in_the_feminine_participle():
    (c,) = extract_claims("La société OpenAI s'est engagée à hauteur d'environ 1 400 milliards de dollars sur les huit "
                          "prochaines années.", lang="fr", published="2025-11-20")
    assert (c.subject, c.metric, c.value, c.period.kind) == ("openai", "compute_commitment", 1.4e12, "cumulative")


# A part of a planned whole is planned too ("would invest up to $100 billion …, starting with $10 billion", « en
# commençant par 10 milliards »); a part already paid is not (« dont 11,6 milliards déjà versés »).
@pytest.mark.parametrize("text,lang,expected", [
    ("Nvidia said it would invest up to $100 billion in OpenAI progressively as each gigawatt is deployed, starting with "
     "$10 billion.", "en", ["projected", "projected"]),
    ("Nvidia investira jusqu'à 100 milliards de dollars dans OpenAI au fur et à mesure du déploiement de chaque gigawatt, "
     "en commençant par 10 milliards.", "fr", ["projected", "projected"]),
    ("Microsoft s'engage à investir 13 milliards de dollars dans OpenAI, dont 11,6 milliards déjà versés.", "fr",
     ["projected", "actual"]),
])
def test_a_part_of_a_planned_whole_is_planned(text, lang, expected):
    claims = extract_claims(text, lang=lang, published="2025-11-20")
    assert [c.metric for c in claims] == ["investment", "investment"]
    assert [c.modality for c in claims] == expected


# "since 2019" dates a total from then to now, also when « au total » stands nearer the figure.
@pytest.mark.parametrize("text,lang", [
    ("Microsoft a investi au total 13 milliards de dollars dans OpenAI depuis 2019.", "fr"),
    ("Microsoft has invested $13 billion in total in OpenAI since 2019.", "en"),
])
def test_since_a_year_with_a_total_said_as_such(text, lang):
    (c,) = extract_claims(text, lang=lang, published="2025-11-20")
    assert (c.period.kind, c.period.start, c.period.end) == ("cumulative", "2019", "2025")


# The short forms of analysts and wires: "3Q25", "Q3'25", "Q3 FY26", "1H25", "H1 2025", "H2'25", "FY26", « S1 2025 »
# (a two-digit year is this century's); the H100 and H20 chips are no halves.
@pytest.mark.parametrize("text,lang,expected", [
    ("Nvidia's revenue in 3Q25 was $57 billion.", "en", ("quarter", "2025-07", "2025-09")),
    ("Nvidia's revenue in Q3'25 was $57 billion.", "en", ("quarter", "2025-07", "2025-09")),
    ("Nvidia's revenue in Q3 FY26 was $57 billion.", "en", ("quarter", "2025-08", "2025-10")),
    ("OpenAI's revenue for 1H25 came in at $4.3 billion.", "en", ("cumulative", "2025-01", "2025-06")),
    ("OpenAI's revenue for H1 2025 came in at $4.3 billion.", "en", ("cumulative", "2025-01", "2025-06")),
    ("OpenAI's revenue in H2'25 should reach $8.7 billion.", "en", ("cumulative", "2025-07", "2025-12")),
    ("Microsoft expects FY26 capex to exceed $120 billion.", "en", ("annual", "2025-07", "2026-06")),
    ("Au S1 2025, OpenAI a réalisé 4,3 milliards de dollars de chiffre d'affaires.", "fr",
     ("cumulative", "2025-01", "2025-06")),
    ("OpenAI spent $3 billion on H100 chips in 2024.", "en", ("cumulative", "2024", "2024")),
])
def test_short_forms_of_quarters_halves_and_fiscal_years(text, lang, expected):
    (c,) = extract_claims(text, lang=lang, published="2025-11-20")
    assert (c.period.kind, c.period.start, c.period.end) == expected


# The worth of goods is no company's valuation: "sold H20 chips worth $4.6 billion", « des puces H20 d'une valeur de »
# (a company's worth still is).
@pytest.mark.parametrize("text,lang,expected", [
    ("Nvidia sold H20 chips worth $4.6 billion to China in the first quarter.", "en", []),
    ("Nvidia a vendu à la Chine des puces H20 d'une valeur de 4,6 milliards de dollars.", "fr", []),
    ("Nvidia is now worth $5 trillion.", "en", [("nvidia", "valuation")]),
])
def test_goods_worth_a_sum_are_no_valuation(text, lang, expected):
    assert [(c.subject, c.metric) for c in extract_claims(text, lang=lang, published="2025-11-20")] == expected


# Money to be spent "through 2028" / « jusqu'en 2028 » runs from now to then, whatever the metric.
def test_a_commitment_through_a_year_runs_from_now():
    (c,) = extract_claims("Meta plans to spend $600 billion on U.S. infrastructure through 2028.", lang="en",
                          published="2025-11-20")
    assert (c.metric, c.period.kind, c.period.start, c.period.end) == ("compute_commitment", "cumulative", "2025", "2028")


# « selon un document de Microsoft »: the company's own document (Microsoft speaks, not the press); ", now worth about
# $4.5 trillion," is an aside with its own (present) tense; "obligations" a company has are its commitments.
@pytest.mark.parametrize("text,lang,expected", [
    ("OpenAI a essuyé une perte nette de 11,5 milliards de dollars au cours du trimestre, selon un document de Microsoft.",
     "fr", [("openai", "loss", "actual", "other", "Microsoft")]),
    ("OpenAI a essuyé une perte de 11,5 milliards de dollars, selon des documents internes.", "fr",
     [("openai", "loss", "actual", "media_report", None)]),
    ("Nvidia, now worth about $4.5 trillion, has committed to invest in OpenAI, xAI and Anthropic.", "en",
     [("nvidia", "valuation", "actual", "unattributed", None)]),
    ("OpenAI has more than $1 trillion of obligations over the next decade but only about $13 billion in annual "
     "revenue.", "en", [("openai", "compute_commitment", "actual", "unattributed", None),
                        ("openai", "revenue", "actual", "unattributed", None)]),
])
def test_a_companys_document_an_aside_now_and_obligations(text, lang, expected):
    assert [(c.subject, c.metric, c.modality, c.speaker_kind, c.speaker)
            for c in extract_claims(text, lang=lang, published="2025-11-20")] == expected


# An undated result right after the same company's results of a half or a quarter is of that period; « a enregistré un
# chiffre d'affaires » makes an article on results (its guidance « Nvidia anticipe 65 milliards » without a metric word
# is for revenue).
@pytest.mark.parametrize("text,lang,expected", [
    ("OpenAI accélère. La start-up a généré 4,3 milliards de dollars de revenus au premier semestre. Mais elle a brûlé "
     "2,5 milliards de dollars de liquidités sur la même période. Sa perte nette s'est élevée à 13,5 milliards.", "fr",
     [("revenue", "2025-01", "2025-06"), ("cash_burn", "2025-01", "2025-06"), ("loss", "2025-01", "2025-06")]),
    ("Le groupe de Jensen Huang, Nvidia, a enregistré un chiffre d'affaires de 57 milliards de dollars sur le trimestre clos "
     "fin octobre. Les analystes tablaient sur 54,9 milliards. Pour le trimestre en cours, Nvidia anticipe 65 milliards "
     "de dollars.", "fr", [("revenue", "2025-08", "2025-10"), ("revenue", "2025-11", "2026-01")]),
    # (a single month is no such period: the loss is the year's)
    ("OpenAI raised $40 billion in March. OpenAI lost $5 billion.", "en",
     [("funding", "2025-03", "2025-03"), ("loss", "2025", "2025")]),
])
def test_results_of_a_half_carry_and_guidance_after_results_recorded(text, lang, expected):
    assert [(c.metric, c.period.start, c.period.end) for c in extract_claims(text, lang=lang, published="2025-11-20")] \
        == expected


# « 26 % du capital, soit quelque 130 milliards » restates the stake (« du » before the company's capital), and "the
# capital" after another holder's stake in a company is that company's.
def test_a_stake_restated_after_du_capital_in_the_company_just_named():
    text = ("Microsoft détiendra environ 27 % d'OpenAI Group PBC. La fondation à but non lucratif conservera pour sa part "
            "26 % du capital, soit quelque 130 milliards de dollars.")
    assert [(c.subject, c.metric, c.value, c.counterparty) for c in extract_claims(text, lang="fr", published="2025-11-20")] \
        == [("microsoft", "stake", 27.0, "openai"), ("openai_foundation", "stake", 26.0, "openai"),
            ("openai_foundation", "stake", 130e9, "openai")]


# "the prior quarter" / "the preceding quarter" is the quarter before the latest one (was the latest).
def test_the_prior_quarter():
    text = ("Microsoft's capital expenditures, including finance leases, were $34.9 billion in the quarter, up from "
            "$24.2 billion in the prior quarter.")
    assert [(c.value, c.period.start, c.period.end) for c in extract_claims(text, lang="en", published="2025-11-20")] \
        == [(34.9e9, "2025-07", "2025-09"), (24.2e9, "2025-04", "2025-06")]


# Guidance with no metric word after a sentence that names the result without a figure (« a relevé ses prévisions
# d'investissements. … table désormais sur 91 à 93 milliards »), an adverb inside « table … sur ».
def test_guidance_for_the_result_the_sentence_before_names():
    text = ("Alphabet a une nouvelle fois relevé ses prévisions d'investissements. La maison mère de Google table désormais "
            "sur 91 à 93 milliards de dollars cette année, contre 85 milliards auparavant.")
    assert [(c.subject, c.metric, c.low, c.modality, c.speaker_kind)
            for c in extract_claims(text, lang="fr", published="2025-11-20")] == \
        [("google", "capex", 91e9, "projected", "company"), ("google", "capex", 85e9, "projected", "company")]
    # (a sentence before that names no result leaves the figure without a metric)
    assert extract_claims(text.replace("ses prévisions d'investissements", "ses prévisions"), lang="fr",
                          published="2025-11-20") == []


# A report said to be false in the sentence after it ("Elon Musk responded on X that the report was "false."", « Elon
# Musk a démenti sur X, qualifiant l'information de « fausse » ») adds the denial of its figure; « ont annoncé lundi
# les deux entreprises » is the companies speaking, as "the companies said Monday" is.
@pytest.mark.parametrize("text,lang", [
    ("xAI is raising $15 billion in equity at a $230 billion valuation, CNBC reported on Friday. Elon Musk responded on X "
     "that the report was \"false.\"", "en"),
    ("xAI lèverait 15 milliards de dollars en fonds propres sur la base d'une valorisation de 230 milliards, selon CNBC. "
     "Elon Musk a démenti sur X, qualifiant l'information de « fausse ».", "fr"),
])
def test_a_report_said_to_be_false_in_the_next_sentence(text, lang):
    got = [(c.metric, c.modality, c.speaker_kind, c.speaker) for c in extract_claims(text, lang=lang, published="2025-11-20")]
    assert got == [("funding", "projected", "media_report", "CNBC"), ("valuation", "projected", "media_report", "CNBC"),
                   ("funding", "denied", "company", "Elon Musk")]


def test_the_two_companies_announced_after_the_verb():
    (c,) = extract_claims("OpenAI et Broadcom vont codévelopper 10 gigawatts d'accélérateurs sur mesure, ont annoncé lundi "
                          "les deux entreprises.", lang="fr", published="2025-11-20")
    assert (c.metric, c.speaker_kind, c.speaker) == ("compute_capacity", "company", "OpenAI")


# « a accepté d'investir » is a plan, as "has agreed to invest" is; a yearly amount "by" a year is that year's ("could
# top $100 billion a year by 2028", « 100 milliards par an d'ici 2028 »).
@pytest.mark.parametrize("text,lang,expected", [
    ("Nvidia a accepté d'investir jusqu'à 10 milliards de dollars dans Anthropic.", "fr",
     ("investment", "projected", "cumulative", None, None)),
    ("OpenAI's spending on compute could top $100 billion a year by 2028, The Information reported.", "en",
     ("compute_commitment", "projected", "annual", "2028", "2028")),
    ("Les dépenses de calcul d'OpenAI pourraient dépasser 100 milliards de dollars par an d'ici 2028.", "fr",
     ("compute_commitment", "projected", "annual", "2028", "2028")),
])
def test_agreeing_to_invest_and_a_yearly_amount_by_a_year(text, lang, expected):
    (c,) = extract_claims(text, lang=lang, published="2025-11-20")
    assert (c.metric, c.modality, c.period.kind, c.period.start, c.period.end) == expected


# An object relative clause after the figure says what was done ("the $10 billion it invested in April": done), but
# not when its verb is a forecast's ("well above the $44 billion it projected earlier": an earlier forecast).
def test_an_object_relative_that_forecast_is_no_outcome():
    text = "OpenAI's revenue forecast for 2027 is $60 billion, well above the $44 billion it projected earlier."
    assert [(c.value, c.modality, c.period.start) for c in extract_claims(text, lang="en", published="2025-11-20")] == \
        [(60e9, "projected", "2027"), (44e9, "projected", "2027")]


# The period an undated result takes after a sentence on results is that sentence's first figure's, not its base's
# (« …au deuxième trimestre, à 290,5 millions, contre 323 millions un an plus tôt. Son chiffre d'affaires a triplé… »),
# and analysts who expected the figure « au-delà des » which the result stands are a benchmark.
def test_the_lead_figures_period_and_au_dela_des_attentes():
    text = ("CoreWeave a creusé ses pertes au deuxième trimestre, à 290,5 millions de dollars, contre 323 millions un an "
            "plus tôt. Son chiffre d'affaires a triplé, à 1,21 milliard de dollars, au-delà des 1,08 milliard attendus par "
            "les analystes.")
    assert [(c.metric, c.value, c.period.start, c.speaker_kind) for c in extract_claims(text, lang="fr",
                                                                                       published="2025-08-20")] == \
        [("loss", 290.5e6, "2025-04", "company"), ("loss", 323e6, "2024-04", "company"),
         ("revenue", 1.21e9, "2025-04", "company")]


# "OpenAI expects …, a person familiar with the matter said": the people who tell what the company expects are the
# figure's source; "OpenAI said its revenue reached …, according to people familiar" stays the company's word.
@pytest.mark.parametrize("text,expected", [
    ("OpenAI expects to generate more than $10 billion in revenue this year, a person familiar with the matter said.",
     ("media_report", None)),
    ("OpenAI said its revenue reached $13 billion in 2025, according to people familiar with the matter.",
     ("company", "OpenAI")),
])
def test_anonymous_sources_tell_what_a_company_expects(text, expected):
    (c,) = extract_claims(text, lang="en", published="2025-11-20")
    assert (c.speaker_kind, c.speaker) == expected


# An outlet after its verb of saying (« …, a rapporté le Wall Street Journal », "…, reported the Wall Street Journal").
@pytest.mark.parametrize("text,lang", [
    ("Oracle a décroché un contrat de 300 milliards de dollars avec OpenAI, a rapporté le Wall Street Journal.", "fr"),
    ("Oracle won a $300 billion contract with OpenAI, reported the Wall Street Journal.", "en"),
])
def test_an_outlet_after_its_verb(text, lang):
    (c,) = extract_claims(text, lang=lang, published="2025-11-20")
    assert (c.speaker_kind, c.speaker) == ("media_report", "Wall Street Journal")


# A result in a verb phrase coordinated after a comma, with no dates of its own, is of the half or year the sentence's
# first result is of (not a comparison's base, not a single month's); a share's base "down from 62% a year ago" is the same
# customer's share of the same seller's sales a year before.
@pytest.mark.parametrize("text,lang,expected", [
    ("OpenAI a engrangé 4,3 milliards de dollars de revenus au premier semestre 2025, mais a brûlé 2,5 milliards de "
     "dollars de trésorerie.", "fr", [("revenue", "2025-01", "2025-06", None), ("cash_burn", "2025-01", "2025-06", None)]),
    ("OpenAI generated $4.3 billion in revenue in the first half of 2025, and burned $2.5 billion in cash.", "en",
     [("revenue", "2025-01", "2025-06", None), ("cash_burn", "2025-01", "2025-06", None)]),
    ("OpenAI raised $40 billion in March, and lost $5 billion.", "en",
     [("funding", "2025-03", "2025-03", None), ("loss", "2025", "2025", None)]),
    # a year named in the first clause, and the undated base of a year's figure (the year before)
    ("Les pertes d'OpenAI se sont creusées à 5 milliards de dollars l'an dernier, pour un chiffre d'affaires de 3,7 "
     "milliards.", "fr", [("loss", "2024", "2024", None), ("revenue", "2024", "2024", None)]),
    ("OpenAI lost $5 billion last year, and generated $3.7 billion in revenue.", "en",
     [("loss", "2024", "2024", None), ("revenue", "2024", "2024", None)]),
    ("OpenAI lost $5 billion last year, up from $2 billion.", "en",
     [("loss", "2024", "2024", None), ("loss", "2023", "2023", None)]),
    ("CoreWeave said that Microsoft accounted for 71% of its revenue in the second quarter, down from 62% a year ago.",
     "en", [("customer_concentration", "2025-04", "2025-06", "microsoft"),
            ("customer_concentration", "2024-04", "2024-06", "microsoft")]),
    ("Microsoft a représenté 71 % du chiffre d'affaires de CoreWeave au deuxième trimestre, contre 62 % un an plus tôt.",
     "fr", [("customer_concentration", "2025-04", "2025-06", "microsoft"),
            ("customer_concentration", "2024-04", "2024-06", "microsoft")]),
    ("Nvidia said two unnamed direct customers made up 39% of its revenue in the July quarter.", "en",
     [("customer_concentration", "2025-05", "2025-07", "top2_customers")]),
])
def test_coordinated_results_and_a_shares_base(text, lang, expected):
    assert [(c.metric, c.period.start, c.period.end, c.counterparty if c.metric == "customer_concentration" else None)
            for c in extract_claims(text, lang=lang, published="2025-10-15")] == expected


# A first-person possessive in a quote is the speaker's company ('"Our revenue will reach $20 billion," Altman said',
# « « Notre chiffre d'affaires… », a déclaré Sam Altman », « …, a-t-elle précisé » after a sentence on Microsoft's
# finance chief); "visibility into half a trillion dollars of … revenue" is orders booked, no revenue.
@pytest.mark.parametrize("text,lang,expected", [
    ('"Our revenue will reach $20 billion this year," Altman said.', "en", [("openai", "revenue", "Sam Altman")]),
    ("« Notre chiffre d'affaires atteindra 20 milliards de dollars cette année », a déclaré Sam Altman.", "fr",
     [("openai", "revenue", "Sam Altman")]),
    ("Amy Hood, directrice financière de Microsoft, a parlé aux analystes. « Notre investissement s'élève à 13,8 "
     "milliards de dollars », a-t-elle précisé.", "fr", [("microsoft", "capex", "Amy Hood")]),
    ('"We have visibility into half a trillion dollars of Blackwell and Rubin revenue through 2026," Huang told '
     "analysts.", "en", []),
])
def test_our_in_a_quote_is_the_speakers_company(text, lang, expected):
    assert [(c.subject, c.metric, c.speaker) for c in extract_claims(text, lang=lang, published="2025-11-20")] \
        == expected


# A sourced sentence ending on a colon opens a list: each item is that source's, however long the list; a line that
# is no item closes it.
def test_a_list_opened_by_a_source_is_the_sources():
    text = ("Key figures from OpenAI's finances, according to The Information:\n- 2024 revenue: $3.7 billion\n"
            "- 2024 net loss: about $5 billion\n- 2025 revenue target: $12.7 billion\n"
            "- Cash burn through 2029: $115 billion\nOpenAI lost $11.5 billion in the September quarter.")
    claims = extract_claims(text, lang="en", published="2025-11-20")
    assert [(c.metric, c.speaker_kind, c.speaker) for c in claims[:4]] == [
        ("revenue", "media_report", "The Information"), ("loss", "media_report", "The Information"),
        ("revenue", "media_report", "The Information"), ("cash_burn", "media_report", "The Information")]
    assert claims[4].metric == "loss" and claims[4].speaker != "The Information"   # (the company's own result)
    text = ("Les chiffres clés d'OpenAI, selon le Financial Times :\n- chiffre d'affaires 2024 : 3,7 milliards de dollars\n"
            "- perte nette 2024 : environ 5 milliards de dollars")
    assert [(c.speaker_kind, c.speaker) for c in extract_claims(text, lang="fr", published="2025-11-20")] == \
        [("media_report", "Financial Times")] * 2
    # numbered items and bullets ("1." is an item's number, no sentence of its own)
    text = ("OpenAI's finances, according to The Information:\n1. 2024 revenue: $3.7 billion\n"
            "2. 2024 net loss: about $5 billion\n• 2025 revenue target: $12.7 billion")
    assert [(c.value, c.speaker) for c in extract_claims(text, lang="en", published="2025-11-20")] == \
        [(3.7e9, "The Information"), (5e9, "The Information"), (12.7e9, "The Information")]


# "by the end of this year" is this year's December, as "by the end of the year" and « d'ici la fin de cette année » are.
@pytest.mark.parametrize("text,lang,expected", [
    ("OpenAI expects to have well over 1 million GPUs online by the end of this year.", "en",
     ("compute_capacity", "point", "2025-12", "2025-12")),
    ("OpenAI expects to have well over 1 million GPUs online by the end of the year.", "en",
     ("compute_capacity", "point", "2025-12", "2025-12")),
    ("OpenAI disposera de plus d'un million de GPU d'ici la fin de cette année.", "fr",
     ("compute_capacity", "point", "2025-12", "2025-12")),
])
def test_the_end_of_this_year(text, lang, expected):
    (c,) = extract_claims(text, lang=lang, published="2025-11-20")
    assert (c.metric, c.period.kind, c.period.start, c.period.end) == expected


# A part of a year is no year: "the first nine months", « les neuf premiers mois », the twelve months to a date,
# "so far this year" (a full-year figure would contradict them); a forecast's quarter "ending in January" is the one
# ahead.
@pytest.mark.parametrize("text,lang,expected", [
    ("OpenAI generated $7.8 billion in revenue in the first nine months of the year.", "en",
     ("cumulative", "2025-01", "2025-09")),
    ("Sur les neuf premiers mois de 2025, OpenAI a perdu 12 milliards de dollars.", "fr",
     ("cumulative", "2025-01", "2025-09")),
    ("Nvidia's revenue over the past 12 months reached $165 billion.", "en", ("cumulative", "2024-11", "2025-10")),
    ("Nvidia's revenue in the 12 months to October was $165 billion.", "en", ("cumulative", "2024-11", "2025-10")),
    ("Sur les douze derniers mois, le chiffre d'affaires de Nvidia atteint 165 milliards de dollars.", "fr",
     ("cumulative", "2024-11", "2025-10")),
    ("Anthropic's revenue so far this year is about $4 billion.", "en", ("cumulative", "2025-01", "2025-10")),
    ("OpenAI's revenue in the first half was $4.3 billion.", "en", ("cumulative", "2025-01", "2025-06")),
    ("Nvidia expects revenue of $65 billion for the fiscal fourth quarter ending in January.", "en",
     ("quarter", "2025-11", "2026-01")),
    ("Nvidia prévoit 65 milliards de dollars de revenus pour le trimestre se terminant en janvier.", "fr",
     ("quarter", "2025-11", "2026-01")),
    ("Nvidia reported revenue of $39.3 billion for the fourth quarter ended in January.", "en",
     ("quarter", "2024-11", "2025-01")),
])
def test_parts_of_a_year_and_the_quarter_ahead(text, lang, expected):
    (c,) = extract_claims(text, lang=lang, published="2025-11-20")
    assert (c.period.kind, c.period.start, c.period.end) == expected


# A firm's estimates are analysts' work, however they are introduced: "estimates from Morgan Stanley", "according to
# Morgan Stanley estimates", « selon les estimations de Morgan Stanley » (a bank named alone stays "other").
@pytest.mark.parametrize("text,lang,expected", [
    ("According to estimates from Morgan Stanley, OpenAI's revenue could reach $100 billion by 2027.", "en",
     ("analyst", "Morgan Stanley")),
    ("According to estimates by Morgan Stanley, OpenAI's revenue could reach $100 billion by 2027.", "en",
     ("analyst", "Morgan Stanley")),
    ("According to Morgan Stanley estimates, OpenAI's revenue could reach $100 billion by 2027.", "en",
     ("analyst", "Morgan Stanley")),
    ("Selon les estimations de Morgan Stanley, le chiffre d'affaires d'OpenAI pourrait atteindre 100 milliards de "
     "dollars en 2027.", "fr", ("analyst", "Morgan Stanley")),
    ("According to Morgan Stanley, OpenAI's revenue could reach $100 billion by 2027.", "en",
     ("other", "Morgan Stanley")),
])
def test_a_firms_estimates_are_analysts(text, lang, expected):
    (c,) = extract_claims(text, lang=lang, published="2025-11-20")
    assert (c.speaker_kind, c.speaker) == expected


# The period the article is on is not a comparison's base: after "A year earlier, … 25%" or « contre 14 % un an plus
# tôt », the next figure with no dates of its own, "the period" / « sur la période », is the quarter in question; and
# a "quarterly filing" / « rapport trimestriel » is the document, no period of the figure.
@pytest.mark.parametrize("text,lang,expected", [
    ("Nvidia said two customers accounted for 39% of its revenue in the July quarter. A year earlier, the top two "
     "customers together accounted for 25% of revenue. Data-center revenue rose 56% to $41.1 billion, out of total "
     "revenue of $46.7 billion.", "en",
     [(39, "2025-05"), (25, "2024-05"), (46.7e9, "2025-05")]),
    ("Deux clients ont représenté 23 % et 16 % du chiffre d'affaires de Nvidia au deuxième trimestre de l'exercice "
     "2026, contre 14 % et 11 % un an plus tôt. Le chiffre d'affaires du groupe a atteint 46,7 milliards de dollars "
     "sur la période.", "fr",
     [(23, "2025-05"), (16, "2025-05"), (14, "2024-05"), (11, "2024-05"), (46.7e9, "2025-05")]),
    ("Nvidia said two customers accounted for 39% of its revenue in the July quarter. One customer made up 23% of "
     "total revenue, while a second represented 16%, the company said in a quarterly filing.", "en",
     [(39, "2025-05"), (23, "2025-05"), (16, "2025-05")]),
    ("Selon son rapport trimestriel, un client a représenté 23 % du chiffre d'affaires de Nvidia au deuxième "
     "trimestre de l'exercice 2026.", "fr", [(23, "2025-05")]),
])
def test_the_period_in_question_is_not_a_comparisons_base(text, lang, expected):
    got = extract_claims(text, lang=lang, published="2025-11-20")
    assert [(c.value, c.period.start) for c in got] == expected


# Who speaks, read closer: ", said Microsoft accounted for…" names the subject of what is said, not a speaker; «
# pour l'IA, mais… » is a purpose, no source (« Pour Morgan Stanley, … » still is); a plan verb in another company's
# clause ("…, but AMD intends to…") does not make the figure the company's word; « a démenti OpenAI » speaks; "run
# rate" after another figure is still the kind of its metric word.
@pytest.mark.parametrize("text,lang,expected", [
    ("Nvidia contrôle environ 90 % du marché des puces pour l'IA, mais AMD entend grignoter des parts.", "fr",
     ("unattributed", None)),
    ("Nvidia controls about 90% of the market for AI chips, but AMD intends to gain ground.", "en",
     ("unattributed", None)),
    ("Mais pour Morgan Stanley, OpenAI pourrait atteindre 100 milliards de dollars de revenus en 2027.", "fr",
     ("other", "Morgan Stanley")),
    ("Nvidia expects its market share to stay above 80%, but AMD intends to gain ground.", "en",
     ("company", "Nvidia")),
    ("OpenAI n'a pas levé 40 milliards de dollars, a démenti OpenAI.", "fr", ("company", "OpenAI")),
])
def test_who_speaks_read_closer(text, lang, expected):
    (c,) = extract_claims(text, lang=lang, published="2025-11-20")
    assert (c.speaker_kind, c.speaker) == expected


def test_run_rate_after_another_figure():
    claims = extract_claims("Anthropic, valued at $183 billion, expects its run rate to reach $26 billion next year.",
                            lang="en", published="2025-11-20")
    assert [(c.metric, c.period.kind, c.period.start) for c in claims] == \
        [("valuation", "point", None), ("revenue", "run_rate", "2026-12")]


# Capital expenditure reported with a quarter's results is the quarter's, in its sentence or the next.
@pytest.mark.parametrize("text", [
    "Microsoft reported fiscal first-quarter revenue of $77.7 billion and said capital expenditures were $34.9 billion.",
    "Microsoft reported fiscal first-quarter revenue of $77.7 billion. Capital expenditures were $34.9 billion.",
])
def test_capex_with_a_quarters_results(text):
    got = extract_claims(text, lang="en", published="2025-11-20")
    assert [(c.metric, c.period.kind, c.period.start, c.period.end) for c in got] == \
        [("revenue", "quarter", "2025-07", "2025-09"), ("capex", "quarter", "2025-07", "2025-09")]


# A month abbreviated with its full stop dates the figure ("in Oct. 2025", "(Oct. 2025)"); a bare "Mar" is no month.
@pytest.mark.parametrize("text,expected", [
    ("OpenAI was valued at $500bn in Oct. 2025.", "2025-10"),
    ("- OpenAI valuation: $500bn (Oct. 2025)", "2025-10"),
    ("OpenAI was valued at $300bn in Mar. 2025.", "2025-03"),
    ("OpenAI was valued at $500bn in October 2025.", "2025-10"),
])
def test_an_abbreviated_month(text, expected):
    (c,) = extract_claims(text, lang="en", published="2025-11-06")
    assert c.period.start == expected


# The whole's span is not its parts': each part after "including" / « dont » has no dates but its own, the second as
# the first ("…over eight years, including $300 billion with Oracle and $250 billion with Microsoft").
@pytest.mark.parametrize("text,lang", [
    ("OpenAI has committed to spend about $1.4 trillion over eight years, including $300 billion with Oracle and $250 "
     "billion with Microsoft.", "en"),
    ("OpenAI multiplie les accords. Elle s'est engagée à dépenser environ 1 400 milliards de dollars en infrastructures "
     "sur huit ans, dont 300 milliards avec Oracle et 250 milliards auprès de Microsoft.", "fr"),
])
def test_the_wholes_span_is_not_its_parts(text, lang):
    got = extract_claims(text, lang=lang, published="2025-11-20")
    assert [(c.subject, c.value, c.counterparty, c.period.start, c.period.end) for c in got] == [
        ("openai", 1.4e12, None, "2025", "2033"), ("openai", 300e9, "oracle", None, None),
        ("openai", 250e9, "microsoft", None, None)]


# A negated clause, then "after" an outlet reports a figure: the report's figure is the outlet's (a closing quote
# before the comma does not hide the time clause), and the one who says the negation denies it when it names the
# same metric ("…was "not raising capital right now," after CNBC reported a $15 billion round"); "reports of" are
# media reports.
@pytest.mark.parametrize("text,lang,expected", [
    ('Musk said xAI was "not raising capital right now," after CNBC reported a $15 billion round.', "en",
     [("actual", "media_report", "CNBC"), ("denied", "company", "Elon Musk")]),
    ("Elon Musk a assuré que xAI ne levait pas de fonds, après que CNBC a fait état d'un tour de table de 15 milliards "
     "de dollars.", "fr", [("actual", "media_report", "CNBC"), ("denied", "company", "Elon Musk")]),
    ("Musk said xAI was not profitable yet, after CNBC reported a $15 billion round.", "en",
     [("actual", "media_report", "CNBC")]),
    ("There were reports of a $40 billion round for xAI.", "en", [("actual", "media_report", None)]),
])
def test_a_negation_before_a_reported_figure(text, lang, expected):
    got = extract_claims(text, lang=lang, published="2025-11-20")
    assert [(c.modality, c.speaker_kind, c.speaker) for c in got] == expected


# The French tech press and English aggregators: "last December", « de décembre dernier » date a base; a base after
# "par rapport aux" / "compared with" has its own dates, not the figure's (no comma needed); "As per reports" is a
# media report; « la firme de Redmond » is Microsoft, « le caméléon vert » Nvidia.
@pytest.mark.parametrize("text,lang,expected", [
    ("OpenAI aurait dépassé les 20 milliards de dollars de revenus annualisés, un bond par rapport aux 5,5 milliards de "
     "décembre dernier.", "fr", [("openai", None, "media_report"), ("openai", "2024-12", "media_report")]),
    ("OpenAI's annualized revenue topped $20 billion, up from $5.5 billion last December.", "en",
     [("openai", None, "unattributed"), ("openai", "2024-12", "unattributed")]),
    ("Le chiffre d'affaires d'OpenAI atteint 13 milliards contre 3,7 milliards en 2024.", "fr",
     [("openai", "2025", "unattributed"), ("openai", "2024", "unattributed")]),
    ("As per reports, OpenAI has inked a deal worth a whopping $38 billion with Amazon Web Services.", "en",
     [("openai", None, "media_report")]),
    ("La firme de Redmond a déboursé 34,9 milliards de dollars en investissements sur le trimestre.", "fr",
     [("microsoft", "2025-07", "company")]),
    ("Le caméléon vert a publié un chiffre d'affaires trimestriel de 57 milliards de dollars.", "fr",
     [("nvidia", "2025-08", "company")]),
])
def test_tech_press_and_aggregators(text, lang, expected):
    got = extract_claims(text, lang=lang, published="2025-11-20")
    assert [(c.subject, c.period.start, c.speaker_kind) for c in got] == expected


# A figure in an aside keeps the main clause's dates out ("SoftBank, which owns about 11% of OpenAI, will invest
# $22.5 billion more in December": the stake is no December's); a consensus figure is no claim (« contre un consensus
# de 54,9 Md$ », "against a consensus of $54.9 billion").
@pytest.mark.parametrize("text,lang,expected", [
    ("SoftBank, which owns about 11% of OpenAI, will invest $22.5 billion more in December.", "en",
     [("stake", None), ("investment", "2025-12")]),
    ("SoftBank a cédé sa participation dans Nvidia. Le conglomérat japonais, qui détient environ 11 % d'OpenAI, va "
     "injecter 22,5 Md$ supplémentaires dans la start-up en décembre.", "fr", [("stake", None), ("investment", "2025-12")]),
    ("Anthropic, which was valued at $61.5 billion in March, is now worth $183 billion.", "en",
     [("valuation", "2025-03"), ("valuation", None)]),
    ("Nvidia a dévoilé un chiffre d'affaires de 57 Md$ au titre de son troisième trimestre fiscal, contre un consensus "
     "de 54,9 Md$.", "fr", [("revenue", "2025-08")]),
    ("Nvidia reported third-quarter revenue of $57 billion, against a consensus of $54.9 billion.", "en",
     [("revenue", "2025-08")]),
])
def test_an_asides_figure_and_a_consensus(text, lang, expected):
    got = extract_claims(text, lang=lang, published="2025-11-20")
    assert [(c.metric, c.period.start) for c in got] == expected


# More periods: a forecast for "the December quarter" published in November is this year's (a result, last year's);
# "by the end of the decade", "by decade's end", « d'ici la fin de la décennie » are 2030 as the press means it; «
# sur la période 2025-2029 » is that span.
@pytest.mark.parametrize("text,lang,expected", [
    ("Nvidia expects revenue of $65 billion in the December quarter.", "en", ("quarter", "2025-10", "2025-12")),
    ("Nvidia reported revenue of $35 billion in the December quarter.", "en", ("quarter", "2024-10", "2024-12")),
    ("OpenAI expects revenue of $200 billion by the end of the decade.", "en", ("annual", "2030", "2030")),
    ("OpenAI expects revenue of $200 billion by decade's end.", "en", ("annual", "2030", "2030")),
    ("OpenAI vise 200 milliards de dollars de revenus d'ici la fin de la décennie.", "fr", ("annual", "2030", "2030")),
    ("OpenAI prévoit de brûler 115 milliards de dollars sur la période 2025-2029.", "fr",
     ("cumulative", "2025", "2029")),
])
def test_more_periods(text, lang, expected):
    (c,) = extract_claims(text, lang=lang, published="2025-11-20")
    assert (c.period.kind, c.period.start, c.period.end) == expected


# Wire copy: "Bloomberg News reported" is the outlet (was a person "other"), « a précisé l'une de ces sources » a media
# report; "a deal that would value the ChatGPT maker at more than $500 billion" is a valuation (the verb's object
# runs over several words), not the deal's size.
@pytest.mark.parametrize("text,lang,expected", [
    ("SoftBank Group Corp. is weighing a further investment of up to $30 billion in OpenAI, Bloomberg News reported.",
     "en", [("investment", "media_report", "Bloomberg News")]),
    ("OpenAI serait en discussions. La start-up pourrait lever jusqu'à 100 milliards de dollars lors de ce tour, a "
     "précisé l'une de ces sources.", "fr", [("funding", "media_report", None)]),
    ("Amazon is in talks to invest at least $10 billion in OpenAI, a deal that would value the ChatGPT maker at more "
     "than $500 billion.", "en", [("investment", "unattributed", None), ("valuation", "unattributed", None)]),
])
def test_wire_copy(text, lang, expected):
    got = extract_claims(text, lang=lang, published="2025-12-20")
    assert [(c.metric, c.speaker_kind, c.speaker) for c in got] == expected


# The start of a change is no date of the figure it reached ("users have doubled since February to 800 million",
# "revenue has tripled since 2024 to $13 billion", "$4.5 trillion, up 40% since January", « a doublé depuis février
# pour atteindre 800 millions »); a flow "since January" runs from then to the month of publication.
@pytest.mark.parametrize("text,lang,expected", [
    ("OpenAI's weekly active users have doubled since February to 800 million.", "en", ("point", None, None)),
    ("Le nombre d'utilisateurs hebdomadaires de ChatGPT a doublé depuis février pour atteindre 800 millions.", "fr",
     ("point", None, None)),
    ("OpenAI's revenue has tripled since last year to $13 billion.", "en", ("annual", "2025", "2025")),
    ("OpenAI's revenue has tripled since 2024 to $13 billion.", "en", ("annual", "2025", "2025")),
    ("Nvidia's market value reached $4.5 trillion, up 40% since January.", "en", ("point", None, None)),
    ("OpenAI has raised $58 billion since January.", "en", ("cumulative", "2025-01", "2025-11")),
    ("Microsoft has invested $13 billion in OpenAI since 2019.", "en", ("cumulative", "2019", "2025")),
])
def test_the_start_of_a_change_is_no_date(text, lang, expected):
    (c,) = extract_claims(text, lang=lang, published="2025-11-20")
    assert (c.period.kind, c.period.start, c.period.end) == expected


# Analysts' consensus on a listed company's results is no claim (the dev set leaves it unlabelled): "Wall Street
# expects…", "Analysts expect Nvidia to report…", "according to LSEG data", « selon le consensus FactSet »; one firm's
# analysts are a claim ("Morgan Stanley analysts expect…", "analysts at HSBC", « les analystes de Morgan Stanley »), and
# "estimates call for" / "calling for" are forecasts; "The Wall Street Journal" stays an outlet.
@pytest.mark.parametrize("text,lang,expected", [
    ("Wall Street expects Nvidia to post fourth-quarter revenue of $65.6 billion.", "en", []),
    ("Analysts expect Nvidia to report revenue of $54.9 billion.", "en", []),
    ("Nvidia is expected to report revenue of about $54.9 billion for the quarter, according to LSEG data.", "en", []),
    ("Selon le consensus FactSet, Nvidia devrait publier un chiffre d'affaires de 54,9 milliards de dollars.", "fr", []),
    ("Morgan Stanley analysts expect OpenAI to reach $100 billion in revenue by 2028.", "en",
     [("analyst", "Morgan Stanley", "projected")]),
    ("Analysts at Morgan Stanley expect OpenAI to reach $100 billion in revenue by 2028.", "en",
     [("analyst", "Morgan Stanley", "projected")]),
    ("Les analystes de Morgan Stanley tablent sur 100 milliards de dollars de revenus pour OpenAI en 2028.", "fr",
     [("analyst", "Morgan Stanley", "projected")]),
    ("Bernstein analysts are calling for OpenAI revenue of $30 billion in 2026.", "en",
     [("analyst", "Bernstein", "projected")]),
    ("The Wall Street Journal reported OpenAI lost $5 billion.", "en", [("media_report", "The Wall Street Journal", "actual")]),
])
def test_analysts_consensus(text, lang, expected):
    got = extract_claims(text, lang=lang, published="2025-11-20")
    assert [(c.speaker_kind, c.speaker, c.modality) for c in got] == expected


# The consensus in other words: "had been looking for", "short of estimates for", "ahead of Wall Street estimates of",
# "in line with", « conformes aux attentes de » — the figure the company reported or guided to stays.
@pytest.mark.parametrize("text,lang,expected", [
    ("Nvidia reported revenue of $57 billion. Analysts polled by FactSet had been looking for revenue of about $55 "
     "billion.", "en", [57e9]),
    ("Oracle's revenue climbed 12% to $14.93 billion for the quarter ended Aug. 31, short of estimates for $15.04 "
     "billion.", "en", [14.93e9]),
    ("Nvidia said revenue would be $65 billion, ahead of Wall Street estimates of $62 billion.", "en", [65e9]),
    ("Oracle reported revenue of $15 billion, in line with estimates of $15 billion.", "en", [15e9]),
])
def test_consensus_in_other_words(text, lang, expected):
    assert [c.value for c in extract_claims(text, lang=lang, published="2025-11-20")] == expected


# An absolute clause after the figure has its own dates: « 6 gigawatts de puces, le premier gigawatt devant être
# déployé au second semestre 2026 », "with the first gigawatt due in the second half of 2026" date the first one.
@pytest.mark.parametrize("text,lang,expected", [
    ("AMD fournira à OpenAI 6 gigawatts de puces Instinct, le premier gigawatt devant être déployé au second semestre "
     "2026.", "fr", ("point", None, None)),
    ("AMD will supply OpenAI with 6 gigawatts of Instinct chips, with the first gigawatt due in the second half of "
     "2026.", "en", ("point", None, None)),
    ("OpenAI will deploy 6 gigawatts of AMD chips in the second half of 2026.", "en", ("point", None, "2026-12")),
])
def test_an_absolute_clause_has_its_own_dates(text, lang, expected):
    claims = extract_claims(text, lang=lang, published="2025-11-20")
    (c,) = [c for c in claims if c.value == 6e9]
    assert (c.period.kind, c.period.start, c.period.end) == expected
    if "first" in text or "premier" in text:   # the first gigawatt is a figure of its own, with the clause's date
        (first,) = [c for c in claims if c.value == 1e9]
        assert (first.subject, first.counterparty, first.period.end, first.modality) == ("openai", "amd", "2026-12", "projected")


# "Its chief executive, Sam Altman, has said…" is Altman's (no inversion after "has said"); "adding $180 billion to its
# market value" is no saying; "Meanwhile" does not carry the last source to another company's news; "agreed in
# September to invest" is a plan; "over the same six months" is the latest six-month period named, not the run rate
# named in between.
def test_article_speakers_and_the_same_six_months():
    text = ("Is the AI boom a bubble? OpenAI, which generated about $4.3 billion in the first half of the year, has "
            "signed compute deals worth some $1.4 trillion. Its chief executive, Sam Altman, has said the company will "
            "end the year with more than $20 billion in annualized revenue. Yet the company lost $13.5 billion over the "
            "same six months, according to The Information. HSBC analysts estimate OpenAI faces a $207 billion funding "
            "shortfall by 2030. Meanwhile Nvidia, which agreed in September to invest up to $100 billion in OpenAI, "
            "counts on the startup as one of its biggest buyers. Nvidia shares rose 4% in extended trading, adding "
            "roughly $180 billion to its market value of $4.5 trillion.")
    got = {(c.subject, c.metric): c for c in extract_claims(text, lang="en", published="2025-11-20")}
    rev = [c for c in extract_claims(text, lang="en", published="2025-11-20") if c.period.kind == "run_rate"]
    assert [(c.speaker_kind, c.speaker) for c in rev] == [("company", "Sam Altman")]
    loss = got[("openai", "loss")]
    assert (loss.period.kind, loss.period.start, loss.period.end) == ("cumulative", "2025-01", "2025-06")
    inv = got[("nvidia", "investment")]
    assert (inv.modality, inv.speaker_kind) == ("projected", "unattributed")
    assert got[("nvidia", "valuation")].speaker_kind == "unattributed"


# More of a whole article's readings: "Management expects…" is the company's; a coordinated "and has told investors
# …until 2029" has its own dates; "By then" / « D'ici là » is the year the text just named; "lifted that to $500
# billion" moves the figure before it; a change in percent "since January" is no date of the value after it; the verb
# of a long clause before a capacity says whether it is to come, and a relative clause's own verb says it for the figure
# in it.
@pytest.mark.parametrize("text,lang,expected", [
    ("OpenAI is burning cash. Management expects cash burn of $8.5 billion this year and has told investors it does not "
     "expect to be cash-flow positive until 2029. By then, it projects annual revenue of $125 billion.", "en",
     [("cash_burn", "annual", "2025", "2025", "projected"), ("revenue", "annual", "2029", "2029", "projected")]),
    ("OpenAI ne prévoit pas d'être rentable avant 2029. D'ici là, l'entreprise vise un chiffre d'affaires annuel de 125 "
     "milliards de dollars.", "fr", [("revenue", "annual", "2029", "2029", "projected")]),
    ("OpenAI's most recent funding round valued it at $300 billion; a secondary share sale in October lifted that to "
     "$500 billion.", "en", [("valuation", "point", None, None, "actual"), ("valuation", "point", "2025-10", "2025-10", "actual")]),
    ("Le titre Nvidia, qui a gagné 40 % depuis janvier, prenait 4 % dans les échanges électroniques, ce qui valorise "
     "l'entreprise à près de 4 700 milliards de dollars.", "fr", [("valuation", "point", None, None, "actual")]),
    ("AMD s'envole. Le concepteur de puces fournira au créateur de ChatGPT des processeurs graphiques Instinct "
     "représentant une capacité de 6 gigawatts sur plusieurs années.", "fr",
     [("compute_capacity", "point", None, None, "projected")]),
    ("L'accord vient s'ajouter à un plan d'investissement d'OpenAI chiffré à près de 1 000 milliards de dollars, qui "
     "compte déjà un contrat de 10 gigawatts avec Nvidia.", "fr",
     [("compute_commitment", "cumulative", None, None, "projected"), ("compute_capacity", "point", None, None, "actual")]),
])
def test_more_article_readings(text, lang, expected):
    got = extract_claims(text, lang=lang, published="2025-11-20")
    assert [(c.metric, c.period.kind, c.period.start, c.period.end, c.modality) for c in got] == expected


# "annual revenue reached $2 billion at the end of 2023" is the run rate of that December; "announced a $100 billion
# investment" is money to be put in, "has ordered 50,000 AMD chips" capacity to come; a results release's "period
# ended …" / « la période close fin novembre » is its quarter; a market share takes the research house named in the
# sentences just before.
@pytest.mark.parametrize("text,lang,published,expected", [
    ("OpenAI's annual revenue reached $2 billion at the end of 2023.", "en", "2024-02-10",
     ("revenue", "run_rate", "2023-12", "2023-12", "actual", "unattributed")),
    ("OpenAI a vu ses revenus annuels atteindre 2 milliards de dollars à la fin de 2023.", "fr", "2024-02-10",
     ("revenue", "run_rate", "2023-12", "2023-12", "actual", "unattributed")),
    ("Nvidia also announced a $100 billion investment in OpenAI.", "en", "2025-09-26",
     ("investment", "cumulative", None, None, "projected", "company")),
    ("Le fabricant de puces Nvidia a aussi annoncé un investissement de 100 milliards dans OpenAI.", "fr", "2025-09-26",
     ("investment", "cumulative", None, None, "projected", "company")),
    ("Oracle has ordered 50,000 AMD chips for its cloud.", "en", "2025-11-14",
     ("compute_capacity", "point", None, None, "projected", "unattributed")),
    ("Oracle a publié ses résultats trimestriels. Sur la période close fin novembre, le chiffre d'affaires a progressé "
     "de 14 % sur un an, à 16,06 milliards de dollars.", "fr", "2025-12-11",
     ("revenue", "quarter", "2025-09", "2025-11", "actual", "company")),
    ("Jon Peddie Research a publié son rapport sur les cartes graphiques : les livraisons ont bondi de 27 %. Sur ce "
     "marché, Nvidia s'est adjugé 94 % de parts.", "fr", "2025-09-03",
     ("market_share", "point", None, None, "actual", "analyst")),
])
def test_run_rates_announcements_orders_periods_and_shares(text, lang, published, expected):
    (c,) = extract_claims(text, lang=lang, published=published)
    assert (c.metric, c.period.kind, c.period.start, c.period.end, c.modality, c.speaker_kind) == expected


# Reports said to be false and the one who says so after them: "…, the company said" is the company the report is about,
# "…, Microsoft said" Microsoft (not a company named inside the report).
@pytest.mark.parametrize("text,expected", [
    ("Reports that Microsoft would cut its OpenAI stake to 20% are inaccurate, the company said.",
     [("projected", "media_report", None), ("denied", "company", "Microsoft")]),
    ("Reports that OpenAI lost $12 billion are wrong, Microsoft said.",
     [("actual", "media_report", None), ("denied", "other", "Microsoft")]),
    ("Reports that OpenAI lost $12 billion are wrong, a spokesperson said.",
     [("actual", "media_report", None), ("denied", "company", "OpenAI")]),
])
def test_who_says_a_report_is_false(text, expected):
    got = extract_claims(text, lang="en", published="2025-11-20")
    assert [(c.modality, c.speaker_kind, c.speaker) for c in got] == expected


# A source after a consensus figure is the consensus's: "came in at $57.01 billion vs. $54.92 billion expected, according
# to LSEG", « contre 54,9 milliards attendus, selon LSEG » (but "according to Bernstein estimates" after the figure alone
# is its source).
@pytest.mark.parametrize("text,lang,expected", [
    ("Nvidia's revenue came in at $57.01 billion vs. $54.92 billion expected, according to LSEG.", "en",
     [("unattributed", None)]),
    ("Le chiffre d'affaires de Nvidia a atteint 57 milliards de dollars, contre 54,9 milliards attendus, selon LSEG.",
     "fr", [("unattributed", None)]),
    ("Nvidia's revenue was $57 billion, according to Bernstein estimates.", "en", [("analyst", "Bernstein")]),
])
def test_a_source_after_a_consensus_is_the_consensuss(text, lang, expected):
    got = extract_claims(text, lang=lang, published="2025-11-20")
    assert [(c.speaker_kind, c.speaker) for c in got] == expected


# Fiscal years and days: « l'exercice 2025 » is fiscal 2025 (not the current one, « l'exercice » alone); « l'exercice
# clos fin janvier » for a result is the fiscal year last ended; "which ends in January" after "fiscal 2026" describes it;
# « au 30 septembre », « le 31 décembre », "as of 30 September" are that month; "the nine months through September",
# « les neuf mois clos fin septembre » run to that month.
@pytest.mark.parametrize("text,lang,expected", [
    ("Au titre de l'exercice 2025, Nvidia a réalisé un chiffre d'affaires de 130,5 milliards de dollars.", "fr",
     ("annual", "2024-02", "2025-01")),
    ("Sur l'exercice clos fin janvier, les ventes de Nvidia ont atteint 130,5 milliards de dollars.", "fr",
     ("annual", "2024-02", "2025-01")),
    ("For fiscal 2026, which ends in January, Nvidia expects revenue of about $200 billion.", "en",
     ("annual", "2025-02", "2026-01")),
    ("Au 30 septembre, Microsoft détenait 32,5 % d'OpenAI.", "fr", ("point", "2025-09", "2025-09")),
    ("As of 30 September, Microsoft held 32.5% of OpenAI.", "en", ("point", "2025-09", "2025-09")),
    ("SoftBank Group a annoncé le 31 décembre 2024 avoir versé 1,5 milliard de dollars à OpenAI.", "fr",
     ("cumulative", "2024-12", "2024-12")),
    ("In the nine months through September, OpenAI generated $9 billion in revenue.", "en",
     ("cumulative", "2025-01", "2025-09")),
    ("Sur les neuf mois clos fin septembre, Microsoft a investi 65 milliards de dollars en capex.", "fr",
     ("cumulative", "2025-01", "2025-09")),
])
def test_fiscal_years_days_and_months_through(text, lang, expected):
    (c,) = extract_claims(text, lang=lang, published="2025-11-20")
    assert (c.period.kind, c.period.start, c.period.end) == expected


def test_last_month_named_is_before_publication_even_for_a_plan():
    # "up from the nearly 7GW identified last September" in July 2026 is September 2025 (was 2026: a plan's months run
    # ahead, but "last" points back)
    from pipeline.claims import extract_claims
    got = extract_claims("The Stargate program has now secured sites and power for close to 9GW of planned capacity, up "
                         "from the nearly 7GW identified last September.", lang="en", published="2026-07-22")
    assert [(c.value, c.period.start) for c in got] == [(9e9, None), (7e9, "2025-09")]


# What is to come: a figure heading its clause takes the modality of the verb after its noun phrase, however long ("The
# first gigawatt of AMD's Instinct MI450 processors is due to be deployed…"); a stock dated after the publication is
# projected whatever its verb ("goes in during the second half of this year"); « d'ici à la fin de l'année » is a
# deadline as « d'ici la fin de l'année » is.
@pytest.mark.parametrize("text,lang,published,value,modality", [
    ("OpenAI will deploy up to 6 gigawatts of AMD GPUs. The first gigawatt of AMD's Instinct MI450 processors is due to "
     "be deployed in the second half of 2026.", "en", "2025-10-07", 1e9, "projected"),
    ("Huang said the first gigawatt of Vera Rubin systems for OpenAI goes in during the second half of this year.", "en",
     "2026-03-17", 1e9, "projected"),
    ("L'objectif fixé en janvier à la Maison-Blanche par OpenAI reste inchangé : 500 milliards de dollars et 10 "
     "gigawatts d'ici à la fin de l'année.", "fr", "2025-09-24", 10e9, "projected"),
    ("OpenAI aura 10 gigawatts avant la fin de cette année.", "fr", "2025-09-24", 10e9, "projected"),
    # (what was reached is reached: a past date keeps the verb's modality)
    ("OpenAI had 2 gigawatts of capacity at the end of June.", "en", "2025-09-24", 2e9, "actual"),
])
def test_what_is_to_come(text, lang, published, value, modality):
    (c,) = [c for c in extract_claims(text, lang=lang, published=published) if c.value == value]
    assert c.modality == modality


# A multiple after a comma opens the base of a comparison, with its own date: "…for the third quarter of 2025, more than
# double the $584 million a year earlier", « …, plus du double des 584 millions enregistrés un an plus tôt ».
@pytest.mark.parametrize("text,lang", [
    ("CoreWeave reported revenue of $1.36 billion for the third quarter of 2025, more than double the $584 million a "
     "year earlier.", "en"),
    ("CoreWeave a publié lundi soir un chiffre d'affaires de 1,36 milliard de dollars pour le troisième trimestre 2025, "
     "plus du double des 584 millions enregistrés un an plus tôt.", "fr"),
])
def test_a_multiple_opens_a_dated_base(text, lang):
    got = [(c.value, c.period.start, c.period.end) for c in extract_claims(text, lang=lang, published="2025-11-11")]
    assert got == [(1.36e9, "2025-07", "2025-09"), (584e6, "2024-07", "2024-09")]


# Guidance with no metric word, in the conditional and with an aside before its range: « la direction viserait, selon
# nos informations, une fourchette de 28 à 32 milliards de dollars » after revenue figures is revenue.
def test_guidance_in_the_conditional_with_an_aside():
    text = ("OpenAI a réalisé 13,1 milliards de dollars de chiffre d'affaires en 2025. En rythme annualisé, les revenus "
            "dépassaient 25 milliards de dollars à la fin du mois de mai. Pour l'ensemble de l'année, la direction "
            "viserait, selon nos informations, une fourchette de 28 à 32 milliards de dollars.")
    (c,) = [c for c in extract_claims(text, lang="fr", published="2026-06-11") if c.value == 30e9]
    assert (c.subject, c.metric, c.low, c.high, c.modality) == ("openai", "revenue", 28e9, 32e9, "projected")


# A base of a comparison right after its figure, "a year earlier", after a year the sentence named, is of the year
# before it ("…in fiscal 2026, compared with 12% and 11% a year earlier": fiscal 2025), and every item of a listed base
# is a base.
@pytest.mark.parametrize("text,published,expected", [
    ("In its annual filing, Nvidia said sales to two direct customers made up 16% and 13% of total revenue in fiscal "
     "2026, compared with 12% and 11% a year earlier.", "2026-02-26",
     [(16.0, "2025-02"), (13.0, "2025-02"), (12.0, "2024-02"), (11.0, "2024-02")]),
    ("Nvidia's revenue was $130 billion in fiscal 2025, compared with $61 billion a year earlier.", "2025-03-26",
     [(130e9, "2024-02"), (61e9, "2023-02")]),
])
def test_a_year_earlier_after_a_named_year(text, published, expected):
    assert [(c.value, c.period.start) for c in extract_claims(text, lang="en", published=published)] == expected


# A month fronted before a verb in the past dates what was done then: "In November, Microsoft agreed to invest…"
# published in March is last November, though the investment is to come ("will invest" is the next November).
@pytest.mark.parametrize("text,lang,start", [
    ("In November, Microsoft agreed to invest up to $5 billion in Anthropic.", "en", "2025-11"),
    ("En novembre, Microsoft a accepté d'investir jusqu'à 5 milliards de dollars dans Anthropic.", "fr", "2025-11"),
    ("In November, Microsoft will invest up to $5 billion in Anthropic.", "en", "2026-11"),
])
def test_a_fronted_month_before_a_past_verb(text, lang, start):
    (c,) = extract_claims(text, lang=lang, published="2026-03-05")
    assert (c.period.start, c.modality) == (start, "projected")


# A report of the figure denied in the passive after it is denied ("Reports that Microsoft would contribute $25 billion
# were denied by the software company", « Les informations selon lesquelles … ont été démenties »); a verb of telling or
# revising negated denies nothing ("has not updated the $30 billion", « n'a toujours pas précisé »).
@pytest.mark.parametrize("text,lang,modality", [
    ("OpenAI raised money. Reports that Microsoft would contribute $25 billion were denied by the software company on "
     "Tuesday.", "en", "denied"),
    ("OpenAI lève des fonds. Les informations selon lesquelles Microsoft apporterait 25 milliards de dollars ont été "
     "démenties mardi.", "fr", "denied"),
    ("OpenAI raised money. OpenAI has not updated the $30 billion of 2026 revenue it projected to investors last fall.",
     "en", "projected"),
])
def test_passive_denials_and_negated_telling(text, lang, modality):
    (c,) = extract_claims(text, lang=lang, published="2026-04-10")
    assert c.modality == modality


# One analyst named ("Analyst Priya Natarajan forecasts…") is no consensus, and her surname alone later ("Natarajan
# forecasts…") is a person speaking of the company in focus, not a company we do not track.
@pytest.mark.parametrize("text", [
    "Oracle reported results. Analyst Priya Natarajan forecasts capital expenditures of about $50 billion in fiscal 2026.",
    "Oracle reported results. In a note, analyst Priya Natarajan cut her target. Natarajan forecasts capital expenditures "
    "of about $50 billion in fiscal 2026.",
])
def test_one_named_analysts_forecast(text):
    (c,) = extract_claims(text, lang="en", published="2025-11-20")
    assert (c.subject, c.metric, c.value, c.modality) == ("oracle", "capex", 50e9, "projected")


# The French conditional of hearsay on a state (holding, being worth, counting, standing at) reports what holds now:
# actual, as a stock "is reported" to be; on a flow (« dépenserait »), on an intention (« compterait lever ») or with a
# date ahead it stays a projection.
@pytest.mark.parametrize("text,modality", [
    ("Microsoft détiendrait 24 % d'OpenAI, selon Bloomberg.", "actual"),
    ("Selon nos informations, la participation de Microsoft dans OpenAI vaudrait plus de 200 milliards de dollars.",
     "actual"),
    ("OpenAI compterait désormais plus de 800 millions d'utilisateurs hebdomadaires.", "actual"),
    ("Les engagements d'OpenAI approcheraient désormais 1 000 milliards de dollars, selon le FT.", "actual"),
    ("OpenAI compterait lever 40 milliards de dollars.", "projected"),
    ("OpenAI dépenserait 8 milliards de dollars en puces.", "projected"),
    ("Selon le Financial Times, Microsoft détiendrait 27 % d'OpenAI à l'issue de l'opération prévue en 2027.",
     "projected"),
])
def test_the_conditional_of_hearsay_on_a_state(text, modality):
    (c,) = extract_claims(text, lang="fr", published="2026-03-10")
    assert c.modality == modality


# An outcome of a part of the year with no year named is of the latest such part that is over: "the first half" or
# « les neuf premiers mois » told in March are last year's; in August, this year's first half.
@pytest.mark.parametrize("text,lang,published,period", [
    ("OpenAI lost $13.5 billion in the first half.", "en", "2026-03-10", ("2025-01", "2025-06")),
    ("OpenAI lost $13.5 billion in the first half.", "en", "2026-08-10", ("2026-01", "2026-06")),
    ("OpenAI lost $19 billion in the first nine months, according to The Information.", "en", "2026-03-10",
     ("2025-01", "2025-09")),
    ("La perte nette d'OpenAI s'est élevée à 20 milliards de dollars sur les neuf premiers mois.", "fr", "2026-11-10",
     ("2026-01", "2026-09")),
    ("La perte nette d'OpenAI s'est élevée à 20 milliards de dollars sur les neuf premiers mois.", "fr", "2026-03-10",
     ("2025-01", "2025-09")),
])
def test_a_part_of_the_year_not_over_is_last_years(text, lang, published, period):
    (c,) = extract_claims(text, lang=lang, published=published)
    assert (c.period.start, c.period.end) == period


# A figure set aside for another is denied, in French as in English: « 800 millions d'utilisateurs, et non 700
# millions », « non pas 20 milliards » (« une société non cotée » denies nothing).
@pytest.mark.parametrize("text,lang,expected", [
    ("ChatGPT compte 800 millions d'utilisateurs hebdomadaires, et non 700 millions comme indiqué par erreur.", "fr",
     [(800e6, "actual"), (700e6, "denied")]),
    ("Le chiffre d'affaires d'OpenAI a atteint 13 milliards de dollars, non pas 20 milliards comme l'affirmait la "
     "presse.", "fr", [(13e9, "actual"), (20e9, "denied")]),
    ("ChatGPT now has 800 million weekly users, not the 700 million reported earlier.", "en",
     [(800e6, "actual"), (700e6, "denied")]),
    ("Une société non cotée, OpenAI, vaut 500 milliards de dollars.", "fr", [(500e9, "actual")]),
])
def test_a_figure_set_aside_for_another(text, lang, expected):
    assert [(c.value, c.modality) for c in extract_claims(text, lang=lang, published="2026-03-10")] == expected


# A quarter's comparison base told "last year" is the same quarter a year back (« contre 584 millions l'an dernier »,
# "the same quarter last year"), as "a year earlier" after a quarter's figure in its sentence is; a sentence whose
# only figure is such a base leads the next one nowhere; "the third quarter of last year" and a quarter named before a
# base's "last year" (« au troisième trimestre, soit plus du double de la même période l'an dernier ») keep theirs.
@pytest.mark.parametrize("text,lang,published,periods", [
    ("CoreWeave a publié ses comptes. Son chiffre d'affaires du trimestre clos fin septembre a atteint 1,36 milliard "
     "de dollars, contre 584 millions l'an dernier.", "fr", "2025-11-14",
     [("2025-07", "2025-09"), ("2024-07", "2024-09")]),
    ("CoreWeave a publié ses comptes. Ses comptes du trimestre clos fin septembre montrent un chiffre d'affaires de "
     "1,36 milliard de dollars, plus du double de celui de l'an dernier (584 millions).", "fr", "2025-11-14",
     [("2025-07", "2025-09"), ("2024-07", "2024-09")]),
    ("CoreWeave reported first-quarter revenue on Wednesday. Revenue jumped 420% from $188.7 million in the same "
     "quarter last year. CoreWeave's net loss widened to $314.6 million from $129 million a year earlier.", "en",
     "2025-05-15", [("2024-01", "2024-03"), ("2025-01", "2025-03"), ("2024-01", "2024-03")]),
    ("OpenAI a enregistré des revenus de 9,8 milliards de dollars au troisième trimestre, soit plus du double de la "
     "même période l'an dernier.", "fr", "2026-11-05", [("2026-07", "2026-09")]),
])
def test_a_quarters_base_last_year(text, lang, published, periods):
    got = extract_claims(text, lang=lang, published=published)
    assert [(c.period.start, c.period.end) for c in got] == periods


# A figure a clause after it rejects is denied ("…; that's not a number I have ever put in front of anyone", « ; ce
# n'est pas un chiffre que nous avons avancé »), not one a clause after it only judges ("…, but that's not enough").
@pytest.mark.parametrize("text,lang,modality", [
    ("OpenAI's CFO spoke. People have written that we'd list at a $1 trillion valuation; that's not a number I have "
     "ever put in front of anyone.", "en", "denied"),
    ("OpenAI's CFO spoke. Reports put the loss at $5 billion — that's simply not true, the company said.", "en",
     "denied"),
    ("La presse a écrit qu'OpenAI serait valorisée 1 000 milliards de dollars en Bourse ; ce n'est pas un chiffre que "
     "nous avons avancé.", "fr", "denied"),
    ("OpenAI made $13 billion in revenue last year, but that's not enough to cover its costs.", "en", "actual"),
    ("OpenAI made $13 billion in revenue last year; that is a record.", "en", "actual"),
])
def test_a_figure_a_later_clause_rejects(text, lang, modality):
    (c,) = extract_claims(text, lang=lang, published="2026-01-20")
    assert c.modality == modality


# What falls short of a denial denies nothing ("…, which is not the same thing as saying the report is wrong", "did not
# deny", « sans démentir »); a denial followed by "without saying more" still denies.
@pytest.mark.parametrize("text,lang,denied", [
    ("Reuters reports that xAI is in talks to raise as much as $25 billion. Elon Musk replied on X that the company "
     "\"has plenty of capital\", which is not the same thing as saying the report is wrong.", "en", False),
    ("Reuters reports that xAI is in talks to raise as much as $25 billion. Musk did not deny the report.", "en", False),
    ("Selon Reuters, xAI veut lever 25 milliards de dollars. Elon Musk a réagi sans démentir l'information.", "fr",
     False),
    ("CNBC reported that xAI was raising $15 billion. Musk denied the report without saying more.", "en", True),
])
def test_what_falls_short_of_a_denial(text, lang, denied):
    got = extract_claims(text, lang=lang, published="2026-03-10")
    assert any(c.modality == "denied" for c in got) == denied


# Shares of one market are one estimate: a second share after "against" / « contre » is the same source's, while a
# value given as the yardstick of a forecast stays no one's.
def test_a_second_market_share_after_against_is_the_same_sources():
    got = extract_claims("Analysts at Harbor Ridge Securities estimate that Nvidia still controls about 86% of the "
                         "data-center GPU market, against roughly 11% for AMD, but expect ASICs to win.",
                         lang="en", published="2026-08-27")
    assert [(c.subject, c.speaker_kind, c.speaker) for c in got] == [
        ("nvidia", "analyst", "Harbor Ridge Securities"), ("amd", "analyst", "Harbor Ridge Securities")]
    got = extract_claims("Selon les premières estimations des spécialistes du secteur, l'opération devrait porter la "
                         "valorisation d'Anthropic à 350 milliards de dollars, contre 500 milliards pour OpenAI.",
                         lang="fr", published="2025-11-20")
    assert [(c.subject, c.speaker_kind) for c in got] == [("anthropic", "analyst"), ("openai", "unattributed")]


# A date in a relative clause set off by commas before the figure is the clause's own; the quarter or fiscal year it
# describes ("For the third quarter, which ends in late October, …") dates the figure.
@pytest.mark.parametrize("text,lang,published,period", [
    ("Nvidia reported second-quarter revenue of $81.6 billion. For the third quarter, which ends in late October, the "
     "company forecast revenue of $90 billion, plus or minus 2%.", "en", "2026-08-27", ("quarter", "2026-08", "2026-10")),
    ("Nvidia a publié ses résultats. Pour le trimestre en cours, qui s'achèvera fin octobre, le groupe prévoit des "
     "revenus d'environ 86 milliards de dollars.", "fr", "2026-08-27", ("quarter", "2026-08", "2026-10")),
    ("Management has signaled that Microsoft's capital spending in fiscal 2026, which ends in June, will exceed $140 "
     "billion.", "en", "2026-02-10", ("annual", "2025-07", "2026-06")),
])
def test_a_date_in_a_relative_aside_is_its_own(text, lang, published, period):
    c = extract_claims(text, lang=lang, published=published)[-1]
    assert (c.period.kind, c.period.start, c.period.end) == period


# Who the article introduces as an analyst ("Analyst Priya Natarajan", "Kestrel Capital Markets") is an analyst when
# named again alone ("Natarajan estimates", "Kestrel expects").
def test_a_person_or_house_introduced_as_analyst_is_one_later():
    got = extract_claims("Analyst Priya Natarajan now expects Amazon's capital expenditure to reach $240 billion in 2027. "
                         "For Alphabet, Natarajan estimates $215 billion for 2027.", lang="en", published="2026-02-10")
    assert [(c.speaker_kind, c.speaker) for c in got] == [("analyst", "Priya Natarajan"), ("analyst", "Natarajan")]
    got = extract_claims("Kestrel Capital Markets sent a note to clients on Monday. Kestrel expects Microsoft's fiscal "
                         "2027 capital expenditure to reach $150 billion.", lang="en", published="2026-02-10")
    assert [(c.speaker_kind, c.speaker) for c in got] == [("analyst", "Kestrel")]


# "the following year" / « l'année suivante » is the year after the one named before it; "pencils in" says; a sentence
# opening on "For Meta," is on Meta when its clause names no company; "whose 2026 outlook is" gives guidance; "she"
# is the analyst last named; a relative clause closed before the source keeps its own (the company's guidance).
def test_an_analysts_passage_company_by_company():
    got = extract_claims("Analyst Priya Natarajan now expects capex to exceed $700 billion in 2027. Alphabet told "
                         "investors it would spend between $175 billion and $185 billion in 2026; Natarajan pencils in "
                         "$215 billion for the following year. For Meta, whose 2026 outlook is $115 billion to $135 "
                         "billion, she sees $150 billion.", lang="en", published="2026-02-10")
    assert [(c.subject, c.value, c.speaker_kind) for c in got] == [
        ("google", 180e9, "company"), ("google", 215e9, "analyst"), ("meta", 125e9, "company"),
        ("meta", 150e9, "analyst")]
    assert [c.period.start for c in got[:3]] == ["2026", "2027", "2026"]
    got = extract_claims("OpenAI prévoit 30 milliards de dollars de chiffre d'affaires en 2026 et 60 milliards l'année "
                         "suivante.", lang="fr", published="2026-02-10")
    assert [c.period.start for c in got] == ["2026", "2027"]


# A month's flow ("a billion dollars a month", "$1B/month", « par mois », "monthly cash burn") is the month's cumulative
# figure, of the month the text names, else of the month it is told in; a clause "as it races to build…" after the
# figure keeps its own verb; "he posted" says. A price "a month" stays no claim.
def test_a_months_flow_is_that_months():
    got = extract_claims("Elon Musk's xAI is spending roughly a billion dollars a month as it races to build out the data "
                         "centers behind its Grok chatbot, Bloomberg reported this week. Musk was quick to push back. "
                         "\"xAI is not burning $1B/month,\" he posted on X on Wednesday.", lang="en", published="2025-06-20")
    assert [(c.metric, c.value, c.period.kind, c.period.start, c.modality, c.speaker_kind) for c in got] == [
        ("cash_burn", 1e9, "cumulative", "2025-06", "actual", "media_report"),
        ("cash_burn", 1e9, "cumulative", "2025-06", "denied", "company")]
    (c,) = extract_claims("OpenAI's monthly cash burn reached $1.5 billion in March.", lang="en", published="2025-06-20")
    assert (c.period.kind, c.period.start, c.period.end) == ("cumulative", "2025-03", "2025-03")
    (c,) = extract_claims("OpenAI brûle 1,5 milliard de dollars par mois.", lang="fr", published="2025-06-20")
    assert (c.metric, c.period.kind, c.period.start) == ("cash_burn", "cumulative", "2025-06")
    assert extract_claims("OpenAI's ChatGPT Plus costs $20 a month.", lang="en", published="2025-06-20") == []


# A month naming an event dates it, in the past ("in a March funding round", "its October agreement"); an apposition
# after the name a sentence opens on keeps its dates ("Colossus, the Memphis supercomputer xAI switched on last
# September, now runs 200,000 Nvidia GPUs": today's fleet).
def test_a_month_naming_an_event_and_an_apposition_keeping_its_date():
    (c,) = extract_claims("Anthropic is growing. The company was valued at $61.5 billion in a March funding round.",
                          lang="en", published="2025-06-20")
    assert (c.metric, c.period.kind, c.period.start) == ("valuation", "point", "2025-03")
    (c,) = extract_claims("As in its October agreement with AMD, OpenAI agreed to deploy six gigawatts of AMD chips.",
                          lang="en", published="2026-03-10")
    assert c.period.start == "2025-10"
    got = extract_claims("Colossus, the Memphis supercomputer xAI switched on last September, now runs 200,000 Nvidia "
                         "GPUs.", lang="en", published="2025-06-20")
    assert [(c.subject, c.metric, c.value, c.period.start) for c in got] == [("xai", "compute_capacity", 200000, None)]


# May / « mai » are months after a preposition, a day or before a year ("in May", « fin mai », "to May 31", "May 2025"),
# never the verb; the twelve months to the month a company's fiscal year ends in are that fiscal year; a period that
# "will end" / « s'achèvera » in a month is the one ending next.
@pytest.mark.parametrize("text,lang,published,period", [
    ("OpenAI raised $6.6 billion in May.", "en", "2025-11-20", ("cumulative", "2025-05", "2025-05")),
    ("Anthropic aurait dépassé les 3 milliards de dollars de revenus annualisés fin mai.", "fr", "2025-06-20",
     ("run_rate", "2025-05", "2025-05")),
    ("Oracle spent $48 billion on capital projects in the twelve months to May 31, he confirmed.", "en", "2026-06-20",
     ("annual", "2025-06", "2026-05")),
    ("Oracle maintient une enveloppe d'environ 50 milliards de dépenses d'investissement pour l'ensemble de l'exercice "
     "qui s'achèvera fin mai.", "fr", "2026-03-11", ("annual", "2025-06", "2026-05")),
])
def test_may_as_a_month_and_fiscal_years_by_their_end(text, lang, published, period):
    (c,) = extract_claims(text, lang=lang, published=published)
    assert (c.period.kind, c.period.start, c.period.end) == period


def test_may_the_verb_dates_nothing():
    (c,) = extract_claims("OpenAI may raise $40 billion this year.", lang="en", published="2025-03-20")
    assert (c.period.kind, c.period.start) == ("cumulative", "2025")


# "Three months earlier" / « trois mois plus tôt » / « il y a cinq mois » date a figure that many months back (not a
# quarter); « ne … « que » » restricts, it denies nothing; a world market's spending is no company's.
def test_months_back_and_a_restriction_in_quotes():
    got = extract_claims("Anthropic a levé 45 milliards. Trois mois plus tôt, elle n’en valait « que » 380 milliards.",
                         lang="fr", published="2026-05-27")
    assert [(c.metric, c.modality, c.period.start) for c in got] == [
        ("funding", "actual", None), ("valuation", "actual", "2026-02")]
    (c,) = extract_claims("Il y a cinq mois à peine, Anthropic avait été valorisée 183 milliards de dollars.", lang="fr",
                          published="2026-02-10")
    assert c.period.start == "2025-09"
    got = extract_claims("Anthropic raised $45 billion. According to IDC, global AI spending will top $1.3 trillion in "
                         "2029.", lang="en", published="2026-05-27")
    assert [c.metric for c in got] == ["funding"]


# A speaker's own figure after another's measures what was just measured ("Our number is closer to eighty percent in
# 2027", of the same company, and undated of the period of the figure it answers), a market share dated by a year is a yearly figure (`annual`), projected when the year is
# ahead; a figure in what a participle of saying adds does not take the dates of the clause before it.
@pytest.mark.parametrize("text,lang,expected", [
    ("MERCER: There's a number going around that Nvidia's share of AI accelerators drops to seventy-five percent by "
     "2027. Do you buy it?\n\nRAMAN: I think that's too bearish on Nvidia. Our number is closer to eighty percent in "
     "2027, down from roughly eighty-six percent last year.", "en",
     [("nvidia", "market_share", 75.0, "annual", None, "2027", "projected"),
      ("nvidia", "market_share", 80.0, "annual", "2027", "2027", "projected"),
      ("nvidia", "market_share", 86.0, "annual", "2025", "2025", "actual")]),
    ("Selon Bernstein, la part de marché de Nvidia tombera à 75 % en 2027. Notre estimation est plutôt de 80 %, "
     "indique Kim Lee, analyste chez Jefferies.", "fr",
     [("nvidia", "market_share", 75.0, "annual", "2027", "2027", "projected"),
      ("nvidia", "market_share", 80.0, "annual", "2027", "2027", "projected")]),
    ("D'après le cabinet TechInsights, Nvidia a capté 86 % du marché des accélérateurs pour centres de données en 2025.",
     "fr", [("nvidia", "market_share", 86.0, "annual", "2025", "2025", "actual")]),
    ("\"Those models assume we stop growing in 2027,\" a spokeswoman said, adding that ChatGPT now had more than 1 "
     "billion weekly users.", "en", [("openai", "users", 1e9, "point", None, None, "actual")]),
])
def test_own_estimate_yearly_market_share_and_added_clause(text, lang, expected):
    got = extract_claims(text, lang=lang, published="2026-02-06")
    assert [(c.subject, c.metric, c.value, c.period.kind, c.period.start, c.period.end, c.modality) for c in got] == expected


# Notes company by company ("Amazon: $52 billion in Q3, …") keep measuring what the notes measure; "fiscal Q1 2027" is
# the company's fiscal quarter; "We put AMD at 6%" after market shares is its share, and a share "of 2026 data-center
# accelerator spend" is a market share; a year's total while the year runs is an expectation, what was spent is spent.
NOTES = ("Another earnings season, another round of upward revisions. Our notes, company by company.\n\n"
         "Microsoft: $41.2 billion of capex including finance leases in fiscal Q1 2027 (July–September), versus $34.9 "
         "billion a year ago.\n\n"
         "Meta: narrowed 2026 capex to $130–135 billion, from $115–135 billion.\n\n"
         "Amazon: $52 billion in Q3, still tracking to about $200 billion for the year. AWS grew 24%.\n\n"
         "Where the money lands. Our accelerator model has Nvidia at roughly 75% of 2026 data-center accelerator spend, "
         "down from about 82% in 2025. We put AMD at 6% and Broadcom's custom silicon business at about 13%.")


def test_notes_company_by_company_and_shares_put_at():
    got = extract_claims(NOTES, lang="en", published="2026-11-03")
    rows = [(c.subject, c.metric, c.value, c.period.kind, c.period.start, c.modality) for c in got]
    assert rows == [
        ("microsoft", "capex", 41.2e9, "quarter", "2026-07", "actual"),
        ("microsoft", "capex", 34.9e9, "quarter", "2025-07", "actual"),
        ("meta", "capex", 132.5e9, "annual", "2026", "projected"),
        ("meta", "capex", 125e9, "annual", "2026", "projected"),
        ("amazon", "capex", 52e9, "quarter", "2026-07", "actual"),
        ("amazon", "capex", 200e9, "annual", "2026", "projected"),
        ("nvidia", "market_share", 75.0, "annual", "2026", "projected"),
        ("nvidia", "market_share", 82.0, "annual", "2025", "actual"),
        ("amd", "market_share", 6.0, "point", None, "actual"),
        ("broadcom", "market_share", 13.0, "point", None, "actual"),
    ]


@pytest.mark.parametrize("text,expected", [
    ("Nvidia will capture roughly 75% of 2026 data-center accelerator spend.", ("nvidia", "market_share", "projected")),
    ("Apple spent $12.7 billion on capital projects in 2026.", ("apple", "capex", "actual")),
    ("Alphabet expects 2026 capital expenditures of $185 billion.", ("google", "capex", "projected")),
])
def test_a_running_year_total(text, expected):
    got = extract_claims(text, lang="en", published="2026-07-30")
    assert [(c.subject, c.metric, c.modality) for c in got] == [expected]


# A pronoun taking up the metric noun a sentence opens on (« Les dépenses d'investissement, elles, … : elles ont atteint
# 40,3 milliards »); a relative clause after an officer and her title is hers (her company's); « d'octobre » names a
# month, and "at the time" / « à l'époque » is the month its sentence named before it.
def test_a_resumed_metric_noun_an_officers_relative_and_the_month_at_the_time():
    text = ("Microsoft a publié un chiffre d'affaires de 84,6 milliards de dollars pour le troisième trimestre de son "
            "exercice 2026. Les dépenses d'investissement, elles, ne faiblissent pas : elles ont atteint 40,3 milliards "
            "de dollars sur le trimestre, contre 37,5 milliards au trimestre précédent. « Nous construisons au rythme de "
            "la demande », a expliqué Amy Hood, la directrice financière, qui anticipe des investissements supérieurs à "
            "150 milliards de dollars au titre de l'exercice 2027. Depuis la restructuration d'octobre, le créateur de "
            "ChatGPT s'est engagé à acheter pour 250 milliards de dollars de services Azure, tandis que Microsoft "
            "conserve une participation – une participation valorisée à l'époque 135 milliards de dollars.")
    got = [(c.subject, c.metric, c.value, c.period.kind, c.period.start) for c in
           extract_claims(text, lang="fr", published="2026-04-30")]
    assert got == [("microsoft", "revenue", 84.6e9, "quarter", "2026-01"),
                   ("microsoft", "capex", 40.3e9, "quarter", "2026-01"),
                   ("microsoft", "capex", 37.5e9, "quarter", "2025-10"),
                   ("microsoft", "capex", 150e9, "annual", "2026-07"),
                   ("openai", "compute_commitment", 250e9, "cumulative", "2025-10"),
                   ("microsoft", "stake", 135e9, "point", "2025-10")]


def test_an_english_pronoun_taking_up_the_opening_metric_noun():
    got = extract_claims("Microsoft reported revenue of $84.6 billion. Capital spending shows no sign of slowing: it "
                         "reached $40.3 billion in the quarter.", lang="en", published="2026-04-30")
    assert [(c.subject, c.metric, c.value) for c in got] == [("microsoft", "revenue", 84.6e9),
                                                             ("microsoft", "capex", 40.3e9)]


# « sa prévision annuelle, qu'il situe désormais entre … » after quarterly revenue is the year's revenue guidance, the
# old range after « contre » too.
def test_a_forecast_placed_by_a_relative_clause():
    text = ("CoreWeave a publié lundi soir un chiffre d'affaires de 1,36 milliard de dollars pour le troisième trimestre "
            "2025. Mais le spécialiste américain de la location de GPU a revu en baisse sa prévision annuelle, qu'il "
            "situe désormais entre 5,05 et 5,15 milliards de dollars, contre 5,15 à 5,35 milliards auparavant.")
    got = [(c.subject, c.metric, c.value, c.period.start, c.modality) for c in
           extract_claims(text, lang="fr", published="2025-11-11")]
    assert got[1:] == [("coreweave", "revenue", 5.1e9, "2025", "projected"),
                       ("coreweave", "revenue", 5.25e9, "2025", "projected")]


# « G$ CA » are Canadian dollars, and no date is read inside a figure (« près de 2000 G$ CA » is no year 2000); the
# agent of an object relative clause on the figure's noun owns it, a description of one named before too; the last
# of a list of vendors gives no vendor; « consommé … de liquidités » is cash burned; « le seul trimestre allant de
# juillet à septembre » is that quarter, the latest one over.
def test_quebec_dollars_a_relative_agent_cash_consumed_and_a_quarter_of_months():
    text = ("L'entente donnera à OpenAI accès à des puces Nvidia. Elle s'ajoute aux quelque 1400 G$ US (près de 2000 "
            "G$ CA) d'engagements que la jeune pousse californienne a pris auprès de Microsoft, d'Oracle, de CoreWeave "
            "et d'autres fournisseurs.")
    got = extract_claims(text, lang="fr", published="2025-11-04")
    assert [(c.subject, c.metric, c.value, c.unit, c.counterparty, c.period.start) for c in got] == \
        [("openai", "compute_commitment", 1.4e12, "USD", None, None)]
    got = extract_claims("OpenAI aurait consommé près de 6 G$ US de liquidités au cours du seul trimestre.", lang="fr",
                         published="2026-11-05")
    assert [(c.metric, c.value, c.period.kind, c.period.start) for c in got] == \
        [("cash_burn", 6e9, "quarter", "2026-07")]
    got = extract_claims("Le Financial Times évalue la perte d'OpenAI à plus de 12 milliards de dollars pour le seul "
                         "trimestre allant de juillet à septembre.", lang="fr", published="2026-01-20")
    assert [(c.metric, c.period.kind, c.period.start, c.period.end) for c in got] == \
        [("loss", "quarter", "2025-07", "2025-09")]
    from pipeline.claims.numbers import find_figures
    assert [f.unit for f in find_figures("près de 2000 G$ CA, 1400 G$ US", "fr")] == ["CAD", "USD"]


# « a réalisé 76,4 milliards » is sales; a thing counted in (« contrats de location financière compris ») measures
# nothing; « elles dépassent 160 milliards » takes up the plural noun just measured.
def test_sales_realised_an_inclusion_aside_and_a_plural_pronoun():
    text = ("Le géant de Redmond a publié un chiffre d'affaires de 87,4 milliards de dollars pour son quatrième "
            "trimestre fiscal. Il y a un an, il avait réalisé 76,4 milliards. Les dépenses d'investissement, contrats "
            "de location financière compris, ont atteint 45,3 milliards de dollars sur le trimestre. Sur l'ensemble de "
            "l'exercice 2026, elles dépassent 160 milliards de dollars.")
    got = [(c.subject, c.metric, c.value) for c in extract_claims("Microsoft publie ses comptes. " + text, lang="fr",
                                                                   published="2026-07-30")]
    assert got == [("microsoft", "revenue", 87.4e9), ("microsoft", "revenue", 76.4e9),
                   ("microsoft", "capex", 45.3e9), ("microsoft", "capex", 160e9)]


# « a réalisé en 2025 plus de la moitié de ses revenus avec Microsoft » is a customer's share; "a third customer" is
# Customer C; a chipmaker's bare share moving to a figure is its market share; the owner of a figure-less sentence's
# subject (« Le talon d'Achille de Nvidia ») is what the text is on next.
@pytest.mark.parametrize("text,lang,published,expected", [
    ("Nvidia a publié ses résultats. CoreWeave, dont Nvidia détient environ 6 % du capital, a réalisé en 2025 plus de la "
     "moitié de ses revenus avec Microsoft.", "fr", "2026-02-10",
     [("nvidia", "stake", 6.0, "coreweave"), ("coreweave", "customer_concentration", 50.0, "microsoft")]),
    ("Two unnamed direct customers accounted for 21% and 14% of Nvidia's second-quarter revenue. A third customer made "
     "up 10%, according to the filing.", "en", "2026-08-26",
     [("nvidia", "customer_concentration", 21.0, "customer_a"), ("nvidia", "customer_concentration", 14.0, "customer_b"),
      ("nvidia", "customer_concentration", 10.0, "customer_c")]),
    ("Nvidia dominates. \"The question is how fast its share erodes,\" said Priya Ramaswamy, an analyst at Bernstein, who "
     "expects Nvidia's share to slip to about 75 per cent by 2028.", "en", "2026-01-20",
     [("nvidia", "market_share", 75.0, None)]),
    ("Les analystes de Bernstein voient la part d'AMD grimper jusqu'à 12 % d'ici 2028. Le talon d'Achille de Nvidia reste "
     "la concentration de sa clientèle. Au premier trimestre, un seul client direct a représenté 19 % de ses ventes.",
     "fr", "2026-06-02", [("amd", "market_share", 12.0, None), ("nvidia", "customer_concentration", 19.0, "customer_a")]),
])
def test_shares_of_customers_and_of_markets(text, lang, published, expected):
    got = extract_claims(text, lang=lang, published=published)
    assert [(c.subject, c.metric, c.value, c.counterparty) for c in got] == expected
