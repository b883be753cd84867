"""Question-and-answer interviews: the answers are the interviewee's word, "we" / « nous » the interviewee's company,
"you" / « vous » in the questions too, and a question's metric is what a bare figure of its answer measures."""
from __future__ import annotations

from pipeline.claims import extract_claims, interview, lexicon
from pipeline.claims.entities import entity_spans

FR = """Le directeur financier de CoreWeave, Nitin Agrawal, détaille les comptes du groupe. Propos recueillis par Marc Lenoir.

Quel chiffre d'affaires visez-vous cette année ?
Nous visons entre 12 et 13 milliards de dollars, et la demande ne faiblit pas.

Et vos investissements ?
Environ 25 milliards de dollars en 2026, surtout pour des centres de données.

Combien de puissance avez-vous ?
Nous aurons 3 gigawatts sous contrat à la fin de l'année.
"""

EN = """Nvidia reported results on Wednesday. We spoke with chief financial officer Colette Kress the next day.

How concentrated is your revenue?
Our largest customer was 19% of revenue in the quarter. We do not name it.

And capital spending?
We still see about $6 billion this year.

What is OpenAI to you?
A partner. OpenAI has committed to deploy 10 gigawatts of Nvidia systems.
"""


def _claims(text, lang):
    return extract_claims(text, lang=lang, published="2026-03-10")


def test_french_answers_are_the_interviewee_companys_and_take_the_questions_metric():
    got = [(c.subject, c.metric, c.value, c.modality, c.speaker, c.speaker_kind) for c in _claims(FR, "fr")]
    assert got == [
        ("coreweave", "revenue", 12.5e9, "projected", "Nitin Agrawal", "company"),
        # (no metric word in the answer: the question's « investissements » is capital spending; 2026's, told in
        # March 2026, an expectation: the year is not over)
        ("coreweave", "capex", 25e9, "projected", "Nitin Agrawal", "company"),
        ("coreweave", "compute_capacity", 3e9, "projected", "Nitin Agrawal", "company"),
    ]


def test_english_our_and_we_are_the_company_another_companys_figure_is_other():
    got = [(c.subject, c.metric, c.counterparty, c.modality, c.speaker, c.speaker_kind) for c in _claims(EN, "en")]
    assert got == [
        ("nvidia", "customer_concentration", "customer_a", "actual", "Colette Kress", "company"),
        ("nvidia", "capex", None, "projected", "Colette Kress", "company"),
        ("openai", "compute_capacity", "nvidia", "projected", "Colette Kress", "other"),
    ]


def test_an_answer_that_opens_on_its_figure_measures_what_was_asked():
    text = ("La directrice financière d'OpenAI, Sarah Friar, répond à nos questions.\n\n"
            "Quelle est votre dernière valorisation ?\n"
            "730 milliards de dollars avant l'argent levé en février.\n\n"
            "Et votre chiffre d'affaires ?\nNous avons dépassé 30 milliards de dollars en rythme annualisé.\n")
    got = [(c.subject, c.metric, c.value, c.speaker_kind) for c in _claims(text, "fr")]
    assert got == [("openai", "valuation", 730e9, "company"), ("openai", "revenue", 30e9, "company")]


def test_what_is_no_interview():
    lex = lexicon.load(None)
    essay = ("I bought the book on Amazon for $200. Why was it so rare?\n"
             "How had a writer this good fallen into obscurity?\n"
             "I spent 18 months on my quest. My friends helped.\n"
             "Why wasn't anyone publishing his books?\n"
             "I asked his publisher, and my questions went unanswered.\n")
    # (questions answered in the first person singular: an essay, no company's voice)
    assert interview.detect(essay, "en", lex, entity_spans(essay, lex), None) is None
    news = ("OpenAI raised $40 billion. What is it worth?\n"
            "We think the round values OpenAI at $300 billion, analysts said.\n")
    # (one question is no interview)
    assert interview.detect(news, "en", lex, entity_spans(news, lex), None) is None


TRANSCRIPT = """[Extrait de l'épisode 112 de « Silicium », transcription relue par la rédaction.]

CLAIRE VASSEUR : On commence par Anthropic. Le chiffre qui circule, c'est une valorisation de 350 milliards de dollars.

THOMAS MOREL : Selon Reuters, son chiffre d'affaires annualisé tournait autour de 9 milliards de dollars fin 2025.

CLAIRE VASSEUR : Passons à xAI. Là, ça dépense énormément.

THOMAS MOREL : La levée de janvier, 20 milliards de dollars, la valorise autour de 230 milliards.
"""


def test_a_transcripts_speakers_and_the_topics_they_turn_to():
    got = [(c.subject, c.metric, c.value, c.speaker, c.speaker_kind) for c in _claims(TRANSCRIPT, "fr")]
    assert got == [
        # (« On commence par Anthropic »: the figures that follow are Anthropic's, though xAI is named as often)
        ("anthropic", "valuation", 350e9, "Claire Vasseur", "other"),
        ("anthropic", "revenue", 9e9, "Reuters", "media_report"),
        ("xai", "funding", 20e9, "Thomas Morel", "other"),
        ("xai", "valuation", 230e9, "Thomas Morel", "other"),
    ]


def test_headings_are_no_transcript():
    lex = lexicon.load(None)
    page = ("New Release: OpenAI revenue reached $13 billion.\nNew Release: a second item.\n"
            "Price Drop: a third one.\nThe Plan Stage: a fourth.\n")
    assert interview.transcript(page, lex) == ()
    labelled = page.replace("New Release:", "SAM ALTMAN:").replace("Price Drop:", "SARAH FRIAR:")
    assert [who for _, _, who in interview.transcript(labelled, lex)] == ["Sam Altman", "Sam Altman", "Sarah Friar"]
    # (a listed person's label is the company's word)
    got = extract_claims(labelled, lang="en", published="2026-01-10")
    assert [(c.subject, c.speaker, c.speaker_kind) for c in got] == [("openai", "Sam Altman", "company")]


def test_topics_opened_on_and_close_to():
    got = extract_claims("SoftBank a investi 30 milliards de dollars dans OpenAI. Quant à Anthropic, il revendique "
                         "désormais un rythme annuel de revenus proche de 40 milliards de dollars.", lang="fr",
                         published="2026-09-24")
    assert [(c.subject, c.metric, c.qualifier) for c in got] == [("softbank", "investment", "exact"),
                                                                 ("anthropic", "revenue", "nearly")]


# In an interview, the company's share of "your" / « vos » revenue in a question and the company's target in the first
# person plural (« nous visons entre 12 et 13 milliards ») after its results are the interviewee company's.
def test_your_revenue_and_we_target_in_an_interview():
    text = ("De passage à Paris, Michael Intrator, cofondateur et patron de CoreWeave, défend un modèle de croissance.\n\n"
            "Q : Votre carnet de commandes a explosé. Où en êtes-vous ?\n\n"
            "R : Il atteignait 66 milliards de dollars à fin mars. Mais ce qui compte, c'est ce que nous facturons : nous "
            "avons réalisé 2,1 milliards de dollars de chiffre d'affaires au premier trimestre, contre 982 millions un an "
            "plus tôt. Sur l'ensemble de l'année, nous visons entre 12 et 13 milliards de dollars.\n\n"
            "Q : Microsoft pesait 62 % de vos revenus en 2024. Cette dépendance n'est-elle pas un risque ?\n\n"
            "R : Elle a fortement baissé.")
    got = {(c.subject, c.metric, c.value, c.counterparty) for c in extract_claims(text, lang="fr", published="2026-05-20")}
    assert ("coreweave", "revenue", 12.5e9, None) in got
    assert ("coreweave", "customer_concentration", 62.0, "microsoft") in got


# An earnings call's labels may give the speaker's title after a comma, and "we" in a paragraph a company's officer
# speaks is that company.
def test_an_earnings_calls_labels_and_we():
    text = ("NVIDIA Q3 Fiscal 2026 Earnings Call - Edited Excerpt\n\n"
            "Colette Kress, Executive Vice President and Chief Financial Officer: Thank you. Revenue for the third quarter "
            "was $56.4 billion. Turning to the outlook, we expect revenue for the fourth quarter to be $63.5 billion, plus "
            "or minus 2%.\n\n"
            "Jensen Huang, Founder and Chief Executive Officer: Demand is extraordinary.\n\n"
            "Jensen Huang: Sure.\n\n"
            "Colette Kress: And just to add, thank you.")
    assert [t[2] for t in interview.transcript(text, lexicon.load())] == ["Colette Kress", "Jensen Huang", "Jensen Huang",
                                                                        "Colette Kress"]
    got = [(c.subject, c.value, c.modality) for c in extract_claims(text, lang="en", published="2025-11-20")]
    assert ("nvidia", 63.5e9, "projected") in got


def test_an_analysts_interview_gives_her_estimates():
    """An interview with an analyst (first person singular, no company's voice): her answers are her word, analyst;
    a description refers to the subject of its kind its sentence named (« Oracle est le cas le plus tendu : le groupe
    va dépenser… »); vendors listed with « de » / « d' » give no one vendor; « facturer » bills revenue; a founder's
    holding in another company is his company's; « même si » with a conditional is a concession, its figure a forecast;
    a share "still" drawn from a buyer, undated and told in the present, is the publication year's."""
    text = ("Analyste chez Delorme Securities à Paris, Hélène Marchal suit depuis quinze ans les semi-conducteurs.\n\n"
            "Les engagements d'OpenAI ont-ils encore un sens ?\n\n"
            "OpenAI a sécurisé environ 30 gigawatts de capacité auprès de Nvidia, d'AMD, de Broadcom et d'Oracle. En "
            "face, la société devrait facturer autour de 30 milliards de dollars cette année.\n\n"
            "SoftBank a-t-il eu raison de tout miser sur OpenAI ?\n\n"
            "Masayoshi Son a versé au total plus de 60 milliards de dollars à OpenAI et en détient aujourd'hui environ "
            "13 %.\n\n"
            "Quels acteurs vous inquiètent ?\n\n"
            "Je vois Nvidia garder l'essentiel du marché, même si AMD pourrait dépasser 10 % des accélérateurs en 2027. "
            "Oracle est le cas le plus tendu : le groupe va dépenser plus de 60 milliards de dollars sur l'exercice en "
            "cours. CoreWeave, lui, tire encore plus de la moitié de ses revenus de Microsoft.")
    got = extract_claims(text, lang="fr", published="2026-09-10")
    assert [(c.subject, c.metric, c.counterparty) for c in got] == [
        ("openai", "compute_capacity", None), ("openai", "revenue", None), ("softbank", "investment", "openai"),
        ("softbank", "stake", "openai"), ("amd", "market_share", None), ("oracle", "capex", None),
        ("coreweave", "customer_concentration", "microsoft")]
    assert {(c.speaker_kind, c.speaker) for c in got} == {("analyst", "Hélène Marchal")}
    assert got[-1].period.kind == "annual" and got[-1].period.start == "2026"
