"""Subject / metric / counterparty attachment: one sentence a line → the (subject, metric, counterparty) of its first claim."""
from __future__ import annotations

import pytest

from pipeline.claims import extract_claims

CASES = [
    # relative clauses attach the figure to the entity they modify
    ("Microsoft, which invested $13 billion in OpenAI, is renegotiating.", "en", ("microsoft", "investment", "openai")),
    ("Amazon, which has poured $8 billion into Anthropic, wants more.", "en", ("amazon", "investment", "anthropic")),
    ("Microsoft, qui a investi 13 milliards de dollars dans OpenAI, renégocie.", "fr", ("microsoft", "investment", "openai")),
    ("Google, qui a injecté 3 milliards de dollars dans Anthropic, double la mise.", "fr", ("google", "investment", "anthropic")),
    ("Nvidia, which owns 7% of CoreWeave, supplies its chips.", "en", ("nvidia", "stake", "coreweave")),
    ("Nvidia, qui détient 7 % de CoreWeave, lui fournit ses puces.", "fr", ("nvidia", "stake", "coreweave")),
    ("Anthropic, qui devrait réaliser 9 milliards de dollars de chiffre d'affaires en 2026, recrute.", "fr", ("anthropic", "revenue", None)),
    ("xAI, which expects $2 billion in revenue next year, is hiring.", "en", ("xai", "revenue", None)),
    # plain subject-verb-object
    ("OpenAI raised $40 billion in a round led by SoftBank.", "en", ("openai", "funding", None)),
    ("Anthropic a levé 30 milliards de dollars auprès de plusieurs fonds.", "fr", ("anthropic", "funding", None)),
    ("SoftBank will invest $22.5 billion in OpenAI.", "en", ("softbank", "investment", "openai")),
    ("SoftBank versera 22,5 milliards de dollars à OpenAI.", "fr", ("softbank", "investment", "openai")),
    ("Meta expects capital expenditures of $70 billion this year.", "en", ("meta", "capex", None)),
    ("Meta prévoit des dépenses d'investissement de 70 milliards de dollars cette année.", "fr", ("meta", "capex", None)),
    ("Oracle's capital spending came to $9 billion in the quarter.", "en", ("oracle", "capex", None)),
    ("The round values xAI at $230 billion.", "en", ("xai", "valuation", None)),
    ("L'opération valorise Anthropic à 380 milliards de dollars.", "fr", ("anthropic", "valuation", None)),
    ("Anthropic is now valued at $183 billion.", "en", ("anthropic", "valuation", None)),
    ("ChatGPT now has 800 million weekly users.", "en", ("openai", "users", None)),
    ("ChatGPT compte désormais 800 millions d'utilisateurs par semaine.", "fr", ("openai", "users", None)),
    ("OpenAI lost $5 billion last year.", "en", ("openai", "loss", None)),
    ("La perte d'OpenAI a atteint 5 milliards de dollars l'an dernier.", "fr", ("openai", "loss", None)),
    ("OpenAI expects to burn $17 billion of cash in 2026.", "en", ("openai", "cash_burn", None)),
    ("OpenAI prévoit de brûler 17 milliards de dollars de trésorerie en 2026.", "fr", ("openai", "cash_burn", None)),
    # compute deals: the buyer is the subject, the vendor the counterparty
    ("OpenAI signed a $300 billion contract with Oracle.", "en", ("openai", "compute_commitment", "oracle")),
    ("OpenAI a signé un contrat de 38 milliards de dollars avec Amazon.", "fr", ("openai", "compute_commitment", "amazon")),
    ("CoreWeave will supply OpenAI under a contract worth $11.9 billion.", "en", ("openai", "compute_commitment", "coreweave")),
    ("Anthropic committed to buy $30 billion of compute capacity from Microsoft.", "en", ("anthropic", "compute_commitment", "microsoft")),
    ("OpenAI will deploy 6 gigawatts of AMD GPUs.", "en", ("openai", "compute_capacity", "amd")),
    ("OpenAI déploiera 10 gigawatts de puces Nvidia.", "fr", ("openai", "compute_capacity", "nvidia")),
    ("xAI runs 200,000 Nvidia GPUs in Memphis.", "en", ("xai", "compute_capacity", "nvidia")),
    ("xAI veut acquérir un million de puces Nvidia et AMD.", "fr", ("xai", "compute_capacity", None)),
    # stakes and owners
    ("Microsoft holds a 27% stake in OpenAI.", "en", ("microsoft", "stake", "openai")),
    ("SoftBank détient environ 11 % d'OpenAI.", "fr", ("softbank", "stake", "openai")),
    ("Nvidia's revenue reached $57 billion in the third quarter.", "en", ("nvidia", "revenue", None)),
    ("Le chiffre d'affaires de Broadcom a atteint 16 milliards de dollars au troisième trimestre.", "fr", ("broadcom", "revenue", None)),
    # market share and customers
    ("Nvidia holds 90% of the market for AI accelerators.", "en", ("nvidia", "market_share", None)),
    ("TSMC détient 70 % de parts de marché dans la fonderie.", "fr", ("tsmc", "market_share", None)),
    ("Microsoft was CoreWeave's largest client, with 62% of its revenue.", "en", ("coreweave", "customer_concentration", "microsoft")),
    # "the company" / « l'entreprise » resolved to the entity in focus
    ("Anthropic is growing fast. The company expects $70 billion in revenue by 2028.", "en", ("anthropic", "revenue", None)),
    ("xAI accélère. L'entreprise aurait levé 10 milliards de dollars.", "fr", ("xai", "funding", None)),
    ("CoreWeave publie ses comptes. Sa perte nette a atteint 290 millions de dollars.", "fr", ("coreweave", "loss", None)),
    ("Oracle reported results. Its revenue rose to $16 billion.", "en", ("oracle", "revenue", None)),
    # several entities, the metric's own grammar decides
    ("Amazon and OpenAI sealed a $38 billion cloud deal.", "en", ("openai", "compute_commitment", "amazon")),
    ("Les 40 milliards réunis par OpenAI en 2025 restent un record.", "fr", ("openai", "funding", None)),
    # a relative clause names its own subject, even in a compute sentence of a lab's article
    ("Anthropic lines up chips. Amazon owns a stake in CoreWeave, which operates more than 200,000 GPUs.", "en",
     ("coreweave", "compute_capacity", None)),
    ("OpenAI signe un accord. Microsoft détient une part de CoreWeave, qui exploite plus de 250 000 GPU Nvidia.", "fr",
     ("coreweave", "compute_capacity", "nvidia")),
    # a possessive inside a relative clause belongs to the clause's antecedent
    ("OpenAI a choisi CoreWeave, qui espère que son introduction en Bourse rapportera 4 milliards de dollars.", "fr",
     ("coreweave", "funding", None)),
    ("xAI picked Oracle, whose annual revenue topped $57 billion in 2025.", "en", ("oracle", "revenue", None)),
    # "X, which committed to invest ..." in an article about another company: an investment in that company
    ("Anthropic accélère. Adossée à Amazon, qui s'est engagé à investir jusqu'à 8 milliards de dollars, la start-up "
     "recrute.", "fr", ("amazon", "investment", "anthropic")),
    # ... but a company's own yearly investment plan is capex
    ("OpenAI grandit. Microsoft prévoit d'investir 80 milliards de dollars en 2025.", "fr", ("microsoft", "capex", None)),
    ("Google plans to invest $75 billion in 2025.", "en", ("google", "capex", None)),
]

NOT_CLAIMS = [
    ("Salesforce needed 15 years to reach $10 billion in annual revenue.", "en"),
    ("The iPhone costs $999 in the US.", "en"),
    ("OpenAI's shares would trade at $40 a share.", "en"),
    ("Le titre Nvidia a progressé de 4 % dans la journée.", "fr"),
    ("Microsoft's net income rose to $27 billion.", "en"),
    ("Le bénéfice net d'Oracle a atteint 3 milliards de dollars.", "fr"),
    ("Oracle's remaining performance obligations stand at $455 billion.", "en"),
    ("CoreWeave a émis 2 milliards de dollars d'obligations.", "fr"),
    ("The broader market grew 30% this year.", "en"),
    ("Nvidia's data-center revenue rose to $41 billion.", "en"),
]


@pytest.mark.parametrize("text,lang,expected", CASES, ids=[c[0][:50] for c in CASES])
def test_attachment(text, lang, expected):
    claims = extract_claims(text, lang=lang, published="2025-10-15")
    assert claims, f"no claim in {text!r}"
    c = claims[0]
    assert (c.subject, c.metric, c.counterparty) == expected


@pytest.mark.parametrize("text,lang", NOT_CLAIMS, ids=[c[0][:50] for c in NOT_CLAIMS])
def test_not_a_claim(text, lang):
    assert extract_claims(text, lang=lang, published="2025-10-15") == []


def test_case_count():
    assert len(CASES) >= 40


def test_span_matches_quote():
    text = "Intro sentence here. Microsoft, which invested $13 billion in OpenAI, is renegotiating."
    for c in extract_claims(text, lang="en"):
        assert text[c.span[0]:c.span[1]] == c.quote
