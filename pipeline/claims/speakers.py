"""Finds who states a figure: a company or its officers, a media report, an analyst, someone else, or no one."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.claims import attach
from pipeline.claims.entities import Mention
from pipeline.claims.lexicon import UNSAFE_FOR_LOWER, compile_grouped, compile_low, folded

# Outlets whose name makes an attribution a media report.
OUTLETS = [
    "Reuters", "Bloomberg", "Financial Times", "FT", "Wall Street Journal", "WSJ", "The Information", "CNBC",
    "New York Times", "NYT", "Washington Post", "The Verge", "TechCrunch", "Axios", "Semafor", "Business Insider",
    "Insider", "Fortune", "Forbes", "The Register", "Nikkei", "Nikkei Asia", "Sky News", "BBC", "CNN", "AP",
    "Associated Press", "AFP", "Les Echos", "Le Monde", "Le Figaro", "La Tribune", "L'Usine Nouvelle", "BFM",
    "BFM Business", "Challenges", "L'Informé", "Cafétech", "Mint", "Handelsblatt", "Der Spiegel", "The Economist",
    "Barron's", "MarketWatch", "Yahoo Finance", "DigiTimes", "Digitimes", "The Wall Street Journal",
    "Le Journal du Net", "01net", "Numerama", "Frandroid", "Les Numériques", "Siècle Digital", "ZDNet",
    "Tom's Hardware", "Ars Technica", "Wired", "Quartz", "Politico", "Puck", "Dealbook", "DealBook",
    "Le Wall Street Journal", "le Financial Times", "Fox Business", "Times", "Guardian", "The Guardian",
    "Bloomberg News", "NBC News", "CBS News", "ABC News", "Fox News", "South China Morning Post", "SCMP",
    "Economic Times", "The Economic Times", "Business Standard", "Moneycontrol", "NDTV", "NDTV Profit", "WION",
    "Livemint", "Times of India", "Hindustan Times", "CNBC-TV18", "The Hindu BusinessLine", "Korea Herald",
    "Yonhap", "Caixin", "L'Express", "Le Parisien", "Le Point", "L'Opinion", "Zonebourse", "Boursorama",
    "Les Échos", "Clubic", "KultureGeek", "Génération NT", "Journal du Geek", "BFM Tech",
]
# Research and brokerage names whose estimates are analyst claims.
ANALYST_FIRMS = [
    "Bernstein", "HSBC", "Jon Peddie Research", "JPR", "Counterpoint", "Counterpoint Research", "TrendForce",
    "Gartner", "IDC", "Canalys", "Omdia", "Dell'Oro", "Synergy Research", "Morningstar", "Jefferies",
    "Goldman Sachs", "JPMorgan", "J.P. Morgan", "UBS", "Barclays", "Citi", "Citigroup", "Wedbush", "Mizuho",
    "Bank of America", "BofA", "Deutsche Bank", "Evercore", "Piper Sandler", "KeyBanc", "D.A. Davidson",
    "Semianalysis", "SemiAnalysis", "Semiwiki", "Epoch AI", "MoffettNathanson", "New Street Research",
    "Sanford Bernstein", "Redburn", "Oddo", "Oddo BHF", "Kepler Cheuvreux", "CFRA", "Dgtl Infra", "Bernstein Research",
    # brokerages and research houses whose notes are analysts' work (banks that also arrange deals, and data
    # providers such as PitchBook, are named by "analysts at X" instead: see _ANALYSTS_OF)
    "Wolfe Research", "Raymond James", "TD Cowen", "Cowen", "Needham", "Melius", "Melius Research", "Loop Capital",
    "Rosenblatt", "Truist", "Stifel", "Oppenheimer", "Baird", "BNP Paribas Exane", "Exane", "Forrester", "Arete",
    "Arete Research", "Bernstein SocGen", "Yole", "Yole Group",
    # trackers of usage, traffic and spending shares, whose figures are estimates ("Menlo Ventures estimates that
    # Anthropic captured 40% of enterprise spending", « selon Similarweb »)
    "Similarweb", "SimilarWeb", "Sensor Tower", "Appfigures", "Comscore", "Menlo Ventures", "Mercury Research",
    "TechInsights", "Futurum", "Futurum Group", "Moor Insights", "IoT Analytics", "Bloomberg Intelligence",
]
# The data providers that compile analysts' consensus ("according to LSEG data"): analysts, whose expectations of a
# listed company's results are the consensus, no claim (find._consensus), as are those of "Wall Street".
CONSENSUS_COMPILERS = ["LSEG", "FactSet", "Visible Alpha", "Refinitiv", "Refinitiv IBES", "Zacks"]
ANALYST_FIRMS += CONSENSUS_COMPILERS
CONSENSUS_SOURCES = frozenset(CONSENSUS_COMPILERS + ["Wall Street"])
# Where a clause opens: « Pour Morgan Stanley, … » at the start or after a break is a source's view.
_CLAUSE_OPENS = re.compile(r"(?:^|[.!?,;:(«—–]\s*|\b(?:mais|et|or|car)\s+)$", re.IGNORECASE)
# Phrases that make a claim a media report with no named outlet.
GENERIC_MEDIA = {
    "en": r"media reports?|reports? (?:say|said|says|suggest\w*)|(?:a|the) report that|reports that|reports of|(?:as )?per (?:media )?reports|reportedly|is reported|was reported|are reported|" \
          r"(?:people|a person|one person|persons|someone|sources?|insiders?) (?:familiar|close to|briefed|with (?:direct )?knowledge)|" \
          r"according to (?:people|sources|a person|documents|reports|media)|(?:unnamed |anonymous )?sources (?:said|say|told)|" \
          r"the (?:people|person|sources?|insiders?) (?:said|say|says|added|told)|" \
          r"leaked|leak|is said to|are said to|was said to|press reports?|news reports?|" \
          r"according to (?:a|an) (?:report|filing seen)|internal documents?|documents? (?:seen|reviewed|obtained)",
    "fr": r"selon (?:certains|plusieurs|des) médias|selon la presse|repris par la presse|selon des sources|" \
          r"l'une (?:de ces|des|de nos|de ses) sources|une des sources|" \
          r"sources? proches?|(?:selon|d'après) nos informations|(?:une|des|plusieurs) personnes? (?:proches?|au fait|informées?|familières?)|selon (?:un|des) documents?|documents? internes?|d'après (?:la presse|des sources|des documents|plusieurs analyses|"
          r"certains médias|des médias)|selon (?:des informations|les informations)|révélé dans la presse|" \
          r"dans la presse|selon le site|d'après le site|selon un rapport|d'après un rapport|certains médias|" \
          r"plusieurs médias|les mêmes sources|analyses concordantes|informations selon lesquelles|" \
          r"articles? selon (?:le|lequel|lesquels)|rumeurs? selon (?:laquelle|lesquelles)",
}
GENERIC_ANALYST = {
    "en": r"analysts?|the bank|research firm|estimates? (?:by|from)|brokerage|the broker|market research|consultancy|" \
          r"the research house|by (?:its|their) (?:reckoning|estimate)|industry estimates?|" \
          r"by (?:one|some|several|many|most) estimates?|according to (?:one|some) estimates?|" \
          r"wall street(?! journal)",
    "fr": r"analystes?|spécialistes du secteur|le cabinet|cabinet d'études|la banque|les experts|" \
          r"selon les estimations|d'après les estimations|les observateurs|l'analyste|" \
          r"selon (?:une|certaines|plusieurs) estimations?|d'après (?:une|certaines|plusieurs) estimations?|" \
          r"wall street(?! journal)",
}
# Verbs of saying: a name right before (or right after, inverted) one of these is the speaker.
# French verbs come with their compound past (« a indiqué », « ont annoncé ») and imperfect.
SAY = {
    "en": r"said|says|say|told|tells|reported|reports|report|disclosed|discloses|announced|announces|estimated|estimates|" \
          r"wrote|writes|noted|notes|stated|states|confirmed|confirms|revealed|reveals|indicated|added|argued|" \
          r"expects|expected|predicts|predicted|forecasts|projects|claims|claimed|insisted|stressed|warned|pointed out|" \
          r"puts|put|sees|assumes|guided|signals|signaled|signalled|posted|reported on|has told|had told|explained|" \
          r"described|describes|boasted|touted|unveiled|published|calculates|calculated|reckons|believes|" \
          r"ventured|suggested|suggests|countered|maintained|maintains|conceded|concedes|acknowledged|acknowledges|" \
          r"admitted|admits|recalled|recalls|replied|responded|observed|observes|cautioned|emphasized|emphasised|" \
          r"highlighted|reiterated|reaffirmed|asserted|asserts|contended|contends|alleged|alleges|argues|testified|" \
          r"testifies|put it|shows|showed|implies|implied|pencils in|pencilled in|penciled in|pegs|pegged|" \
          r"denied|denies|disputed|disputes|refuted|refutes",   # a denial: its subject speaks (modality denied)
    "fr": r"(?:a|ont|avait|avaient|aurait|auraient) (?:(?:aussi|également|déjà|encore|par ailleurs|d'ailleurs|enfin|"
          r"ensuite|officiellement|notamment|pour sa part|de son côté|lui-même|elle-même) )?(?:annoncé|indiqué|affirmé|déclaré|révélé|rapporté|avancé|estimé|" \
          r"précisé|assuré|confirmé|évoqué|publié|souligné|expliqué|écrit|signalé|officialisé|reconnu|dévoilé|présenté|" \
          r"communiqué|détaillé|ajouté|prévenu|averti|chiffré|fait savoir|fait état|résumé|mentionné|martelé|" \
          r"insisté|parlé de|lâché|glissé|prédit|promis|affiché|revendiqué|rappelé|suggéré|concédé|admis|répondu|" \
          r"rétorqué|nuancé|observé|relevé(?=\s*(?:que\b|qu['’]|[,.;:]|$))|reconnu|réaffirmé|réitéré|répété|calculé|jugé|" \
          r"considéré|démenti|nié|" \
          r"contesté)|dément|démentent|nie|nient|" \
          r"annonc(?:e|ent|é|ée|ait|aient|çait|çaient)|indiqu(?:e|ent|ait|aient)|affirm(?:e|ent|ait|aient)|" \
          r"déclar(?:e|ent|ait|aient)|révèl(?:e|ent)|révél(?:ait|aient)|rapport(?:e|ent|ait|aient)|avance|avancent|" \
          r"estim(?:e|ent|ait|aient)|précis(?:e|ent|ait|aient)|assur(?:e|ent|ait|aient)|a-t-il assuré|a-t-elle assuré|" \
          r"fait savoir|confirm(?:e|ent|ait|aient)|évoqu(?:e|ent|ait|aient)|prévient|fait état|publi(?:e|ent)|" \
          r"revendiqu(?:e|ent|ait|aient)|soulign(?:e|ent|ait|aient)|expliqu(?:e|ent|ait|aient)|écrit|écrivent|" \
          r"table(?:\s+(?:désormais|toujours|maintenant|aussi|également))?\s+sur|tablait sur|s'attend|s'attendent|mentionn(?:e|ent)|signal(?:e|ent)|officialis(?:e|ent)|" \
          r"reconnaît|résume|dévoil(?:e|ent)|communiqu(?:e|ent)|détaill(?:e|ent)|ajout(?:e|ent)|martèle|insiste|" \
          r"parle de|lâche|glisse|prédit|promet|avertit|chiffr(?:e|ent)|rappell(?:e|ent)|suggèr(?:e|ent)|concèd(?:e|ent)|" \
          r"admet|admettent|répond|répondent|rétorqu(?:e|ent)|observ(?:e|ent)|relèv(?:e|ent)(?=\s*(?:que\b|qu['’]|[,.;:]|$))|" \
          r"réaffirm(?:e|ent)|" \
          r"réitèr(?:e|ent)|répèt(?:e|ent)|calcul(?:e|ent)|jug(?:e|ent)|considèr(?:e|ent)|montr(?:e|ent|ait|aient)|" \
          r"présent(?:e|ent)|(?:vient|viennent) (?:de présenter|de dévoiler|d'annoncer)|" \
          r"impliqu(?:e|ent)",
}
# Pronoun speakers: "he said", « a-t-elle assuré », « selon lui »; resolved to the person last named.
PRONOUN_SAY = {
    "en": r"\b(?:he|she)\s+(?:also\s+|has\s+|had\s+)?(?:said|says|told|added|noted|wrote|argued|explained|insisted|" \
          r"stressed|estimated|predicted|warned|claimed|confirmed|announced|disclosed|retorted|replied|responded|" \
          r"countered|conceded|acknowledged|admitted|maintained|suggested|sees|expects|forecasts|reckons|estimates|" \
          r"pencils in|puts|believes|posted|tweeted|wrote on X)\b|" \
          r"\b(?:said|says|added|noted|wrote|explained)\s+(?:he|she)\b|\baccording to (?:him|her)\b|" \
          r"\b(?:it|they)\s+(?:also\s+|now\s+|still\s+)?(?:said|says|told|added|noted|estimated|estimates|sees|saw|" \
          r"expects|expected|values|valued|reckons|believes|puts|put|forecasts|projects|assumes|reported|disclosed)\b",
    "fr": r"\b\w+-t-(?:il|elle)(?:\s+\w+é)?|\b(?:dit|ajoute|précise|explique|souligne|estime|affirme|assure|indique|" \
          r"insiste|poursuit|résume|reconnaît|prévient|confie|lance|note|observe|avance|glisse|juge|martèle)-(?:il|elle)\b|" \
          r"\b(?:selon|d'après) (?:lui|elle)\b|\b(?:[Ii]l|[Ee]lle)\s+(?:a\s+|avait\s+)?(?:affirm|indiqu|assur|déclar|" \
          r"expliqu|précis|soulign|estim|annonc|révél|confirm|ajout|évoqu|insist|martel|reconn|détaill|rétorqu|répliqu|"
          r"répond|tempér|nuanc|concéd|admi[st]|maint(?:ient|enu))\w*",
}
# Nouns that refer back to a source already named: "the report" is the outlet, "the bank" the analyst.
SOURCE_REF = {
    "en": (r"\b(?:the (?:report|newspaper|paper|outlet|publication|article|story|news site|magazine)|"
           r"the same (?:sources|report|people))\b", r"\b(?:the bank|the broker|the research firm|the firm's analysts)\b"),
    "fr": (r"\b(?:le (?:rapport|journal|quotidien|site|média|magazine|mensuel|hebdomadaire)|l'article|"
           r"les mêmes sources|la même source|ces documents|le document)\b",
           r"\b(?:la banque|le courtier|le cabinet|la société de recherche)\b"),
}
_OF_AFTER = re.compile(r"\s*(?:de|du|d['’]|of|from)\s*", re.IGNORECASE)
_NAMED_PLACE_AFTER = re.compile(r"\s+(?:(?:de|du|des|d['’])\s*)?[A-Z]")   # (case-sensitive: on the sentence itself)
# The company's own documents and channels: a figure they carry is the company's.
COMPANY_SOURCE = {
    "en": r"\b(?:(?:the (?:two |three )?|both )companies (?:said|say|announced|added|confirmed|stated)|(?:said|announced|"
          r"added) (?:the (?:two |three )?|both )companies|joint statement|press release|(?:in a |its |the )statement|(?:regulatory |annual |quarterly |securities )?filings?\b(?! seen)|" \
          r"earnings call|conference call|blog post|shareholder letter|letter to shareholders|(?:annual|quarterly) report|" \
          r"10-[kq]|20-f|s-1 filing|the s-1|" \
          r"financial statements|" \
          r"investor presentation|results presentation)\b",
    "fr": r"\b(?:(?:ont|a) (?:indiqué|annoncé|précisé|déclaré|confirmé) (?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|"
          r"dimanche|hier|aujourd'hui|ce \w+|conjointement|dans un communiqué) )?les (?:deux |trois )?(?:groupes|entreprises|"
          r"sociétés|partenaires)|les (?:deux |trois )?(?:groupes|entreprises|sociétés|partenaires) ont (?:indiqué|annoncé|"
          r"précisé|déclaré|confirmé)|communiqué|billet de blog|document (?:remis|déposé|transmis) (?:à|auprès)|conférence téléphonique|" \
          r"conférence avec les analystes|présentation aux investisseurs|lettre aux actionnaires|" \
          r"rapport (?:annuel|trimestriel|semestriel)|comptes (?:annuels|trimestriels|semestriels|publiés)|" \
          r"états financiers|" \
          r"publication (?:de ses|des) résultats|l'annonce publiée par|annonce officielle)\b",
}
# A source named in a comparison is the benchmark, not the figure's source: "more than analysts expected",
# « alors que les analystes tablaient sur », « plus que ce qu'avancent plusieurs médias ».
COMPARISON_BEFORE = folded(re.compile(r"(?:\bthan|(?<!après )(?<!avant )(?<!alors )(?<!pendant )(?<!tandis )\bqu(?:e|')|\bcontre|\bversus|\bvs\.?|\bdes attentes(?: de| des)?|"
                                      r"\bexpectations of|\bbeat(?:s|ing)?|\bbattu|\bmiss(?:ed|ing|es)?|\bshort of|\bahead of|"
                                      r"\babove|\bbelow|"
                                      r"\bin line with|\btopp(?:ing|ed)|\btops|\bexceed(?:ing|ed|s)|\bsurpass\w*|"
                                      r"\bau-dessus (?:de|des|du)|\bau-delà (?:de|des|du)|\ben deçà (?:de|des|du)|\bsupérieure?s? (?:à|aux?)|\binférieure?s? (?:à|aux?)|"
                                      r"\ben ligne avec|\bdépass\w*|\bbattant|\bmanqu\w*)\s+(?:[\w'$€.,]+\s+){0,4}$",
                                      re.IGNORECASE))
# The agent of a participle of expectation: "(above the $55 billion) expected by (analysts)", « (supérieur aux 55
# milliards) attendus par (les analystes) ». The comparison that makes them a benchmark stands before the participle.
_EXPECTED_BY = folded(re.compile(r"(?<![\w'’])(?:expected|forecast|anticipated|projected|estimated|predicted|"
                                 r"attendu|anticipé|prévu|escompté|estimé|projeté)(?:e?s?)\s+(?:by|par)\s+"
                                 r"(?:(?:the|les|le|la|l['’])\s*)?$", re.IGNORECASE))


_POLLED_BY = re.compile(r"(?<![\w'’])(?:analysts|analystes)\s+(?:polled|surveyed|interviewed|interrogés|sondés|"
                        r"consultés)\s+(?:by|par)\s+(?:(?:the|le|la|l['’])\s*)?$", re.IGNORECASE)


def _in_comparison(text: str, start: int) -> bool:
    """Whether a source named at `start` is a benchmark: named in a comparison ("more than analysts expected"), or
    the agent of the expectation a comparison holds ("above the $55 billion expected by analysts")."""
    poll = _POLLED_BY.search(text, max(0, start - 40), start)
    if poll is not None:
        start = poll.start()   # "(expected by) analysts polled by LSEG": the analysts' compiler is a benchmark too
    agent = _EXPECTED_BY.search(text, max(0, start - 40), start)
    end = agent.start() if agent is not None else start
    return COMPARISON_BEFORE.search(text[max(0, end - 60):end]) is not None


PREFIX = {
    "en": r"according to|citing|cited by|as reported by|per|in an interview with|told",
    "fr": r"selon|d'après|à en croire|de source|cité par|citée par|rapporté par|consultés par|consulté par|"
          r"pour|repris par",
}


@dataclass(frozen=True)
class Attribution:
    start: int
    end: int
    name: str | None
    kind: str            # media | analyst | entity | person | pronoun | company_source | other
    entity: str | None   # the entity the speaker speaks for, if known
    compare: bool = False  # named in a comparison ("more than analysts expected"): a benchmark, not a source
    forward: bool = False  # covers only the figures after `end` ("..., saying revenue would...")


def _names_re(names):
    return "|".join(re.escape(n).replace("'", "['’]") for n in sorted(names, key=len, reverse=True))


_OUTLET_RE = re.compile(rf"(?<![\w])(?:the |le |la |l'|du |de la |des )?({_names_re(OUTLETS)})(?![\w])")
_FIRM_RE = re.compile(rf"(?<![\w])({_names_re(ANALYST_FIRMS)})(?![\w])")
_GEN_MEDIA = {k: re.compile(rf"(?<![\w])(?:{v})(?![\w])", re.IGNORECASE) for k, v in GENERIC_MEDIA.items()}
_GEN_ANALYST = {k: re.compile(rf"(?<![\w])(?:{v})(?![\w])", re.IGNORECASE) for k, v in GENERIC_ANALYST.items()}
_SAY = {k: re.compile(rf"(?<![\w])(?:{v})(?![\w])", re.IGNORECASE) for k, v in SAY.items()}
SAY_RE = _SAY   # (attach.subject_of reads the clause a verb of saying introduces)
_PREFIX = {k: re.compile(rf"(?<![\w])(?:{v})\s+(?:l['’]|le |la |les |the |des |du )?", re.IGNORECASE) for k, v in PREFIX.items()}
# "cited by Reuters", « cité par le Wall Street Journal », "told CNBC": the outlet relays the named source.
_RELAY = re.compile(r"(?:cité|citée|cités|citées|cited|quoted|interviewed|interrogée?|publiée?s?|published|relayée?s?|relayed|"
                    r"reprise?s?|reported)\s+(?:par|by)\s+(?:the |le |la |l')?$|"
                    r"(?:told|to|à|au)\s+(?:the |le |la |l')?$", re.IGNORECASE)
_PRONOUN = {k: re.compile(v, re.IGNORECASE if k == "en" else 0) for k, v in PRONOUN_SAY.items()}
_SOURCE_REF = {k: (re.compile(m, re.IGNORECASE), re.compile(a, re.IGNORECASE)) for k, (m, a) in SOURCE_REF.items()}
_COMPANY_SOURCE = {k: re.compile(v, re.IGNORECASE) for k, v in COMPANY_SOURCE.items()}
# Speed: the IGNORECASE patterns above, lower-cased, matched case-sensitively against the lower-cased sentence
# (same offsets and spans; see lexicon.lower_pattern). Texts that lower-case oddly take the plain patterns.
def _low(rx: re.Pattern) -> re.Pattern:
    return compile_low(rx.pattern)


_GEN_MEDIA_LOW = {k: _low(v) for k, v in _GEN_MEDIA.items()}
_GEN_ANALYST_LOW = {k: _low(v) for k, v in _GEN_ANALYST.items()}
_SAY_LOW = {k: _low(v) for k, v in _SAY.items()}
_PREFIX_LOW = {k: _low(v) for k, v in _PREFIX.items()}
_PRONOUN_LOW = {"en": _low(_PRONOUN["en"]), "fr": _PRONOUN["fr"]}   # the French one is case-sensitive: keep it
_SOURCE_REF_LOW = {k: (_low(m), _low(a)) for k, (m, a) in _SOURCE_REF.items()}
_COMPANY_SOURCE_LOW = {k: _low(v) for k, v in _COMPANY_SOURCE.items()}
_LEAD_WORD = re.compile(r"(?:When|While|As|If|Although|Though|But|And|Yet|Since|After|Before|Now|Then|Still|So|"
                        r"Quand|Lorsque|Lorsqu['’]|Si|Alors|Mais|Et|Car|Puis|Pourtant|Comme|Depuis|Après|Avant)\s+")
# A capitalised word of a name; a full stop stays in it only inside ("J.P.") or after an initial ("D.A."), so
# that a name closing a sentence ("according to PitchBook.") does not keep the sentence's full stop.
_NAME_WORD = r"[A-Z](?:[\w&'’-]|\.(?=\w)|(?<=\b[A-Z])\.)*"
_PROPER = re.compile(rf"(?:{_NAME_WORD})(?:\s+(?:of |de |&\s)?{_NAME_WORD}){{0,4}}")


def find_attributions(text: str, lang: str, mentions: list[Mention], plain: bool = False) -> list[Attribution]:
    """Who the sentence says is speaking, each with the span of the cue (`plain`: without the fast path)."""
    lang = lang if lang in SAY else "en"
    if plain or UNSAFE_FOR_LOWER.search(text):
        low, gen_media, gen_analyst, say, prefix, pronoun, source_ref, company_source = (
            text, _GEN_MEDIA, _GEN_ANALYST, _SAY, _PREFIX, _PRONOUN, _SOURCE_REF, _COMPANY_SOURCE)
    else:
        low, gen_media, gen_analyst, say, prefix, pronoun, source_ref, company_source = (
            text.lower(), _GEN_MEDIA_LOW, _GEN_ANALYST_LOW, _SAY_LOW, _PREFIX_LOW, _PRONOUN_LOW, _SOURCE_REF_LOW,
            _COMPANY_SOURCE_LOW)
    out: list[Attribution] = []
    names = plain or _NAME_GATE.search(text) is not None   # speed: no outlet or firm name, no scan for one
    for m in _OUTLET_RE.finditer(text) if names else ():
        if _near_cue(text, m.start(), m.end(), lang):
            out.append(Attribution(m.start(), m.end(), m.group(1), "media", None))
    for m in _FIRM_RE.finditer(text) if names else ():
        out.append(Attribution(m.start(), m.end(), m.group(1), "analyst", None))
    for m in gen_media[lang].finditer(low):
        if low[m.start():m.end()].rstrip("s").endswith("document"):
            of = _OF_AFTER.match(text, m.end())
            own = next((mn for mn in mentions if of is not None and mn.start == of.end()
                        and not mn.kind.startswith("person:")), None)
            if own is not None:   # « selon un document de Microsoft »: the company's own document, not the press's
                out.append(Attribution(m.start(), own.end, own.text, "entity", own.entity))
                continue
        out.append(Attribution(m.start(), m.end(), None if "médias" not in text[m.start():m.end()] else "certains médias",
                               "media", None))
    for m in gen_analyst[lang].finditer(low):
        word = text[m.start():m.end()]
        name = word if re.match(r"analys|spécialistes", word, re.IGNORECASE) else None
        of = _ANALYSTS_OF.match(text, m.end()) if name or re.search(r"estimations$", word, re.IGNORECASE) else \
            _NAMED_AFTER.match(text, m.end()) if re.search(r"estimates? (?:by|from)$", word, re.IGNORECASE) else None
        if of:   # "analysts at Morgan Stanley", « les analystes de Morgan Stanley », "estimates from Morgan Stanley",
            # « selon les estimations de Morgan Stanley »: the firm is the source
            out.append(Attribution(m.start(), of.end(), of.group(1), "analyst", None))
            continue
        firm = _FIRM_BEFORE.search(text, max(0, m.start() - 40), m.start()) if lang == "en" and name else None
        if firm is not None and firm.group(1).split()[0] not in _NOT_NAMES and \
                not attach._STOP.fullmatch(firm.group(1).split()[0]) and \
                not any(mn.start <= firm.start(1) < mn.end for mn in mentions):
            # "HSBC analysts estimate", "Morgan Stanley's analysts": the firm named before them (not "Some
            # analysts"; a research house is found by its name already)
            out.append(Attribution(firm.start(1), m.end(), re.sub(r"['’]s?$", "", firm.group(1)), "analyst", None))
            continue
        if name is not None and (who := _PERSON_AFTER.match(text, m.end())) is not None and \
                not any(mn.start <= who.start(1) < mn.end for mn in mentions):
            # "Analyst Priya Natarajan now expects…", « l'analyste Jean Dupont estime »: the analyst by name
            out.append(Attribution(m.start(), who.end(1), who.group(1), "analyst", None))
            continue
        out.append(Attribution(m.start(), m.end(), name, "analyst", None))
    # A tracked entity or a person followed (or preceded) by a verb of saying.
    for mn in mentions:
        person = mn.kind.startswith("person:")
        if DENIES_WHAT_CAME_BEFORE.search(text, max(0, mn.start - 30), mn.start) and DENIES_AFTER.match(text, mn.end):
            continue   # "…, according to CNBC, which Elon Musk denied": the denier of the report, not the figure's source
        head = attach.apposition_head(text, mn, mentions)
        if head is not None and _COMMA_THEN.match(text, mn.end) and _says_after(text, mn.end, lang):
            out.append(_source(head))   # "Anthropic, the rival of OpenAI, announced…": the name described speaks
            continue
        rel = _IN_RELATIVE_BEFORE.search(text, max(0, mn.start - 80), mn.start)
        if rel is not None and _COMMA_THEN.match(text, mn.end) and _says_after(text, mn.end, lang):
            # "Microsoft, which owns 27% of OpenAI, said…": the relative clause closes, its antecedent speaks
            ante = [x for x in mentions if x.end <= rel.start() and not text[x.end:rel.start()].strip()]
            if ante:
                out.append(_source(ante[-1]))
            continue
        if _says_after(text, mn.end, lang) or (person and _says_before(text, mn.start, lang)) or _prefixed(text, mn.start, lang) \
                or _inverted(text, mn.start, mn.end):
            out.append(_source(mn))
            # "OpenAI and AMD announced", « OpenAI et Broadcom ont annoncé »: the names coordinated before it speak
            # together, each at the place of the verb's subject (find._speaker takes the one the figure is about)
            k = mentions.index(mn)
            while k > 0 and not mentions[k - 1].kind.startswith("person:") and \
                    _JOINT_SPEAKERS.fullmatch(text, mentions[k - 1].end, mentions[k].start):
                k -= 1
                out.append(Attribution(mn.start, mn.end, mentions[k].text, "entity", mentions[k].entity))
    # The main clause's subject says what a participle of saying introduces: "Altman pushed back on the figure,
    # saying revenue would...", « Huang a nuancé, en assurant que… »; a person whose clause opens a list with a
    # colon gives the list: « Friar lie les revenus à la capacité de calcul : 0,2 gigawatt en 2023, … ».
    subjects = [mn for mn in mentions if not attach.is_object(text, mn, lang)]
    for m in _PARTICIPLE[lang].finditer(low):
        head = [mn for mn in subjects if mn.end <= m.start() and not _NEW_CLAUSE.search(text, mn.end, m.start())]
        if head:
            out.append(_speaking(head[0], m.start(), m.end()))
    for mn in subjects:
        colon = _COLON_AFTER.match(text, mn.end)
        if mn.kind.startswith("person:") and colon:
            out.append(_speaking(mn, colon.end() - 1, colon.end()))
    # Other named sources after "according to" / « selon » (PitchBook, Morgan Stanley...).
    for m in prefix[lang].finditer(low):
        pm = _PROPER.match(text, m.end())
        if pm and low[m.start():m.start() + 4].lower() == "pour" and (not text.startswith(",", pm.end()) or
                                                         not _CLAUSE_OPENS.search(low, max(0, m.start() - 8), m.start())):
            continue   # « Pour Morgan Stanley, … » names a source; « les GPU pour l'IA » (also « pour l'IA, mais… ») a purpose
        if pm and not any(a.start <= pm.start() < a.end for a in out) and not any(
                mn.start <= pm.start() < mn.end for mn in mentions) and pm.group(0).split()[0] not in _NOT_NAMES:
            # "according to Morgan Stanley estimates" (not "according to Morgan Stanley"): a firm's estimates are
            # analysts' work
            kind = "analyst" if _ESTIMATES_AFTER.match(text, pm.end()) else "other"
            out.append(Attribution(pm.start(), pm.end(), pm.group(0), kind, None))
    for m in say[lang].finditer(low):
        if m.start() > 0 and text[m.start() - 1] in "'’":
            continue   # « L'annonce », « d'estime »: a noun after an elided article, no verb of saying
        if m.start() > 0 and text[m.start()].isupper():
            continue   # "the United States", "Notes": a capitalised word inside a sentence is a name, no verb
        pm = re.search(r"((?:[A-Z][\w&.'’-]*)(?:\s+[A-Z][\w&.'’-]*){0,3})\s*(?:,[^,]{0,40},\s*)?$", text[max(0, m.start() - 60):m.start()])
        if pm:
            s = max(0, m.start() - 60) + pm.start(1)
            word = pm.group(1)
            lead = _LEAD_WORD.match(word)   # "When Gerstner ventured", « Quand Huang estime »: not part of the name
            if lead and lead.end() < len(word):
                s, word = s + lead.end(), word[lead.end():]
            if not any(a.start <= s < a.end for a in out) and not any(mn.start <= s < mn.end for mn in mentions):
                if word.split()[0] in _NOT_NAMES:
                    continue
                if _GOVERNED_PLACE.search(text, max(0, s - 12), s) and \
                        any(mn.end == s - len(_GOVERNED_PLACE.search(text, max(0, s - 12), s).group(0)) for mn in mentions):
                    continue   # « La start-up de San Francisco a annoncé »: the place of a description that speaks
                out.append(_unlisted_person(text, s, s + len(word), word, mentions))
        # a name we do not list after a closing quote's verb: '"…," said Mark Chen, OpenAI's chief research officer'
        inv = _INVERTED_NAME.match(text, m.end()) if _QUOTE_CLOSE.search(text, max(0, m.start() - 4), m.start()) else None
        if inv and not any(a.start <= inv.start(1) < a.end for a in out) and \
                not any(mn.start <= inv.start(1) < mn.end for mn in mentions) and inv.group(1).split()[0] not in _NOT_NAMES:
            name = inv.group(1).rstrip(".")
            out.append(_unlisted_person(text, inv.start(1), inv.start(1) + len(name), name, mentions))
    for m in pronoun[lang].finditer(text if pronoun[lang] is _PRONOUN[lang] else low):
        if not any(a.start <= m.start() < a.end for a in out):
            out.append(Attribution(m.start(), m.end(), None, "pronoun", None))
    rm, ra = source_ref[lang]
    for rx, kind in ((rm, "media"), (ra, "analyst")):
        for m in rx.finditer(low):
            if low.startswith("site", m.end() - 4) and _NAMED_PLACE_AFTER.match(text, m.end()):
                continue   # « Le site Stargate d'Abilene », « le site de Lordstown »: a place, not a news site
            if not any(a.start <= m.start() < a.end for a in out):
                out.append(Attribution(m.start(), m.end(), None, kind, None))
    for m in company_source[lang].finditer(low):
        # "Microsoft's filing", « le communiqué de Nvidia »: the document is its owner's (which may not be the
        # company the figure is about: "Microsoft's filing shows OpenAI lost…")
        own = next((mn for mn in mentions if not mn.kind.startswith("person:") and
                    (_OWNER_BEFORE.fullmatch(text, mn.end, m.start()) or _OWNER_AFTER.fullmatch(text, m.end(), mn.start))), None)
        out.append(Attribution(m.start(), m.end(), None, "company_source", None) if own is None else
                   Attribution(m.start(), m.end(), own.text, "entity", own.entity))
    # "a spokesperson said", « a affirmé un porte-parole »: the company's own voice — the company named with it
    # ("a Broadcom spokesperson", « un porte-parole de Broadcom »), else the one the article is about
    for m in _SPOKESPERSON.finditer(text) if plain or _SPOKESPERSON_GATE.search(low) else ():
        own = [mn for mn in mentions if 0 <= m.start() - mn.end <= 2 or 0 <= mn.start - m.end() <= 12]
        if own:
            out.append(Attribution(m.start(), m.end(), own[0].text, "entity", own[0].entity))
        elif _SPOKE.search(text):
            out.append(Attribution(m.start(), m.end(), None, "company_source", None))
    # an officer left unnamed, of a company the sentence names or a possessive points to: "its finance chief told
    # reporters", "OpenAI's chief financial officer said", « le directeur financier d'Oracle a indiqué »
    for m in _OFFICER.finditer(text) if (plain or _OFFICER_GATE.search(low)) and _SPOKE.search(text) else ():
        if any(a.start <= m.start() < a.end or m.start() <= a.start < m.end() for a in out):
            continue
        own = [mn for mn in mentions if not mn.kind.startswith("person:") and
               (_OWNER_BEFORE.fullmatch(text, mn.end, m.start()) or _OWNER_AFTER.fullmatch(text, m.end(), mn.start))]
        if own:
            out.append(Attribution(m.start(), m.end(), own[0].text, "entity", own[0].entity))
        elif m.group("pos"):
            out.append(Attribution(m.start(), m.end(), None, "company_source", None))
    out = [Attribution(a.start, a.end, a.name, a.kind, a.entity, True)
           if a.kind in ("media", "analyst", "other") and _in_comparison(text, a.start) else a for a in out]
    if any(a.kind in ("person", "analyst") and a.name and not a.compare for a in out):
        out = [Attribution(a.start, a.end, a.name, a.kind, a.entity, True)
               if a.kind == "media" and _RELAY.search(text[max(0, a.start - 25):a.start]) else a for a in out]
    out.sort(key=lambda a: a.start)
    return out


_QUOTE_CLOSE = re.compile(r"[,\"”»]\s*$")
# What was said before, taken up as the object of a denial: "…, which Elon Musk denied", "a claim Musk rejected",
# « …, ce qu'Elon Musk a démenti ».
DENIES_WHAT_CAME_BEFORE = folded(re.compile(r"(?:,\s*(?:which|ce qu['’]|ce que)|(?:a|an)\s+(?:claim|report|account|figure)|"
                                            r"(?:une|un)\s+(?:information|affirmation|chiffre))\s*$", re.IGNORECASE))
DENIES_AFTER = re.compile(r"\s+(?:(?:has|had|a|avait|have)\s+)?(?:(?:quickly|since|swiftly|immédiatement|aussitôt|"
                           r"depuis|formellement)\s+)?(?:denied|denies|rejected|rejects|disputed|disputes|dismissed|"
                           r"refuted|démenti|dément|nié|nie|contesté|conteste|rejeté|rejette)\b", re.IGNORECASE)

# A relative clause still open before a mention, and the comma that closes it after the mention.
_IN_RELATIVE_BEFORE = re.compile(r",\s*(?:which|who|that|qui|dont|lequel|laquelle)\b[^,;:]*$", re.IGNORECASE)
_COMMA_THEN = re.compile(r"[\w'’]*\s*,")
_INVERTED_NAME = re.compile(rf"\s+((?:{_NAME_WORD})(?:\s+{_NAME_WORD}){{1,3}})")
# Capitalised words that open a sentence or a clause, not a name: "The", « Sa », "Its"...
_NOT_NAMES = {"The", "Le", "La", "Les", "It", "Il", "Elle", "He", "She", "In", "En", "Sur", "On", "Sa", "Son", "Ses",
              "Leur", "Leurs", "Its", "His", "Her", "Their", "This", "Ce", "Cette", "Sources", "People", "Insiders",
              "Officials", "Executives", "Investors", "Analysts", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
              "Saturday", "Sunday", "Lundi", "Mardi", "Mercredi", "Jeudi", "Vendredi", "Samedi", "Dimanche",
              "GW", "MW", "TW", "GPU", "GPUs", "AI", "IA", "IPO", "CEO", "CFO"}   # (units and acronyms: "26 GW implies")
# An apposition that places a person in a company: "Mark Chen, OpenAI's chief research officer", « Thomas Husson,
# directeur financier d'OpenAI », "OpenAI's head of ChatGPT, Nick Turley, said"
_ROLE_AFTER = re.compile(r",\s*(?:the\s+|l[ae]\s+|l['’]|an?\s+|une?\s+)?[^,;:.\"”»]{0,60}$")
_ROLE_BEFORE = re.compile(r"^(?:['’]s?\s+)?[^,;:.\"“«]{0,60},\s*$")


_RESEARCH_NAME = re.compile(r"\b(?:Research|Analytics|Securities|Economics|Insights|Intelligence|Advisors|Advisory|"
                            r"Equities|Recherche|Capital Markets)$")
# a preposition of place between a description and a name: « La start-up de San Francisco », "the San Francisco-based"
_GOVERNED_PLACE = re.compile(r"\s+(?:de|d['’]|of|from|in|à|en)\s+$", re.IGNORECASE)
# a person's name as a source: "Priya Natarajan", "Natarajan"
_PERSON_NAME = re.compile(r"[A-Z][a-zà-ÿ'’-]+(?:\s+[A-Z][a-zà-ÿ'’-]+){0,2}")
# a person's name right after "analyst": "Analyst Priya Natarajan"
_PERSON_AFTER = re.compile(r"\s+([A-Z][a-zà-ÿ'’-]+(?:\s+[A-Z][a-zà-ÿ'’-]+){1,2})\b")
# who an article introduces as an analyst or a research house: "analyst Priya Natarajan", "Priya Natarajan, an analyst at",
# « l'analyste Jean Dupont », "Kestrel Capital Markets"
# (and « Analyste chez Delorme Securities à Paris, Hélène Marchal suit… »: the role, then the name after a comma)
_ANALYST_INTRO = re.compile(r"(?<![\w'’])(?:[Aa]nalyst|[Aa]nalyste)\s+([A-Z][a-zà-ÿ'’-]+(?:\s+[A-Z][a-zà-ÿ'’-]+){1,2})\b|"
                            r"\b([A-Z][a-zà-ÿ'’-]+\s+[A-Z][a-zà-ÿ'’-]+),\s+(?:an?\s+|l['’]\s*|un\s+|une\s+)?(?:senior\s+|lead\s+|"
                            r"chief\s+)?(?:analyst|analyste)\b|"
                            r"(?:^|(?<=\n))\s*[Aa]nalyste?\b[^.?!\n]{0,80}?,\s+(?P<role_first>[A-Z][a-zà-ÿ'’-]+(?:\s+[A-Z][a-zà-ÿ'’-]+){1,2})|"
                            r"\b([A-Z][\w&'’-]+)(?:\s+[A-Z][\w&'’-]+){0,2}\s+(?:Research|Analytics|Securities|Capital Markets|"
                            r"Equities|Recherche)\b")


_ANALYST_GATE = re.compile(r"nalyst|Research|Analytics|Securities|Capital Markets|Equities|Recherche")


def analyst_names(text: str) -> frozenset:
    """The names (full names, surnames, a research house's first word) the article introduces as analysts."""
    out = set()
    if _ANALYST_GATE.search(text) is None:
        return frozenset()   # (speed: no word that introduces an analyst or a research house)
    for m in _ANALYST_INTRO.finditer(text):
        name = m.group(1) or m.group(2) or m.group("role_first")
        if name:
            out.update((name, name.split()[-1]))
        elif m.group(4) and m.group(4) not in _NOT_NAMES:
            out.add(m.group(4))
    return frozenset(out)


def first_analyst(text: str) -> str | None:
    """The first person `text` introduces as an analyst, by name ("Analyst Priya Natarajan", « Analyste chez Delorme
    Securities à Paris, Hélène Marchal »)."""
    m = next((m for m in _ANALYST_INTRO.finditer(text) if m.group(1) or m.group(2) or m.group("role_first")), None)
    return None if m is None else m.group(1) or m.group(2) or m.group("role_first")


def _unlisted_person(text: str, start: int, end: int, name: str, mentions: list[Mention]) -> Attribution:
    """A person we do not list, as a source: of the company its apposition names, if it names one; a research house
    by its name ("Kestrel Research estimates", « Acme Analytics »)."""
    if _RESEARCH_NAME.search(name):
        return Attribution(start, end, name, "analyst", None)
    for mn in mentions:
        if mn.kind.startswith("person:") or mn.entity is None:
            continue
        if end < mn.start <= end + 60 and _ROLE_AFTER.fullmatch(text, end, mn.start):
            return Attribution(start, end, name, "person", mn.entity)
        if start - 70 <= mn.end < start and mn.start < start and _ROLE_BEFORE.match(text[mn.end:start]):
            return Attribution(start, end, name, "person", mn.entity)
    return Attribution(start, end, name, "other", None)


def _speaking(mn: Mention, start: int, end: int) -> Attribution:
    """A mention as the source of what follows the cue at start..end."""
    if mn.kind.startswith("person:"):
        return Attribution(start, end, mn.kind.split(":", 1)[1], "person", mn.entity, forward=True)
    return Attribution(start, end, mn.text, "entity", mn.entity, forward=True)


def _source(mn: Mention) -> Attribution:
    """A mention that speaks, at its own place: a person by name, else the entity as written."""
    if mn.kind.startswith("person:"):
        return Attribution(mn.start, mn.end, mn.kind.split(":", 1)[1], "person", mn.entity)
    return Attribution(mn.start, mn.end, mn.text, "entity", mn.entity)


# Participles of saying that open the reported content.
_PARTICIPLE = {
    # ("adding $180 billion to its market value", « ajoutant 3 % »: a sum added, no saying)
    "en": re.compile(r",\s*(?:saying|adding(?!\s+(?:about|around|roughly|some|nearly|more than|over|almost|an?|US)?\s*[$€£\d])|"
                     r"noting|arguing|explaining|insisting|claiming|stressing|predicting|"
                     r"estimating|warning|telling \w+)\b"),
    "fr": re.compile(r",\s*(?:en\s+)?(?:affirmant|assurant|expliquant|indiquant|précisant|soulignant|ajoutant|estimant|"
                     r"rappelant|prédisant|promettant|annonçant)\b"),
}
# A subject's clause that ends in a colon: "Friar links revenue to compute:" (no sentence or clause break before it).
_COLON_AFTER = re.compile(r"\s+[^.;:,!?]{3,90}:")


_ESTIMATES_AFTER = re.compile(r"\s+(?:estimates?|forecasts?|analysts?|research|projections?)\b")
_NAMED_AFTER = re.compile(rf"\s+(?:the\s+)?((?:{_NAME_WORD})(?:\s+(?:&\s+)?{_NAME_WORD}){{0,3}})")
_FIRM_BEFORE = re.compile(rf"((?:{_NAME_WORD})(?:\s+(?:&\s+)?{_NAME_WORD}){{0,2}})(?:['’]s?)?\s+$")
_ANALYSTS_OF = re.compile(rf"\s+(?:at|from|of|de|d['’]|chez)\s+(?:the\s+)?((?:{_NAME_WORD})(?:\s+(?:&\s+)?{_NAME_WORD}){{0,3}})")


def may_name_source(text: str, lang: str) -> bool:
    """Whether the sentence may name an outlet or a research house that later sentences refer back to ("the report",
    "the bank"), or relay one ("it says"): find_attributions can set Sources.media / .analyst only then."""
    lang = lang if lang in SAY else "en"
    if _NAME_GATE.search(text):   # an outlet's or a research house's name, even inside a longer word: read in full
        return True
    if (_GEN_ANALYST[lang].search(text) if UNSAFE_FOR_LOWER.search(text) else _GEN_ANALYST_LOW[lang].search(text.lower())):
        return True
    return lang == "en" and _IT_SAYS.search(text) is not None


_SPOKESPERSON = folded(re.compile(r"(?<![\w-])(?:spokes(?:person|man|woman)|porte-parole|(?:a|the) company representative|"
                                 r"un représentant|une représentante)(?![\w-])", re.IGNORECASE))
SPOKESPERSON = _SPOKESPERSON   # (find._denied_reports: a spokesperson who calls reports false)
# A company's officer by role, when no name follows (a named one is read as a person).
_OFFICER = re.compile(r"(?<![\w-])(?:(?P<pos>(?i:its|their|the (?:company|group|firm|startup|start-up|chipmaker)['’]s|sa|son|"
                      r"leur))\s+)?(?:(?i:chief executive(?: officer)?|chief financial officer|chief operating officer|"
                      r"finance chief|financial chief|chief executive|president|chairman|chairwoman|"
                      r"directeur général|directrice générale|directeur financier|directrice financière|"
                      r"président|présidente|patron|patronne)|CEO|CFO|COO|PDG)(?![\w-])(?!\s*,?\s*[A-Z][a-z])")
# (speed: literals that _SPOKESPERSON and _OFFICER cannot match without, found in the lower-cased sentence)
_SPOKESPERSON_GATE = re.compile(r"spokes|porte-parole|representative|représentant")
_OFFICER_GATE = re.compile(r"chief|president|chairm|chairwom|directeur|directrice|président|patron|ceo|cfo|coo|pdg")
_OWNER_BEFORE = re.compile(r"(?:['’]s?)?\s*")                             # "OpenAI's CFO", "Nvidia CEO"
_OWNER_AFTER = re.compile(r"\s+(?:of|at|d['’]|de|du groupe|de l['’]entreprise)\s*")   # « le PDG d'OpenAI »
_SPOKE = folded(re.compile(r"(?<![\w])(?:said|says|told|added|confirmed|declined|denied|wrote|a (?:affirmé|indiqué|déclaré|"
                           r"précisé|confirmé|démenti|assuré|expliqué)|affirme|indique|précise|confirme|dément|assure)(?![\w])",
                           re.IGNORECASE))
# The outlets' and research houses' names as plain literals (no boundaries): a superset of what _OUTLET_RE and
# _FIRM_RE find, that `re` scans for fast.
_NAME_GATE = compile_grouped("|".join(re.escape(n).replace("'", "['’]") for n in sorted(set(OUTLETS + ANALYST_FIRMS),
                                                                                   key=len, reverse=True)))
_IT_SAYS = folded(re.compile(r"\b(?:it|they)\s", re.IGNORECASE))


def _near_cue(text: str, s: int, e: int, lang: str) -> bool:
    before = text[max(0, s - 40):s]
    after = text[e:e + 60]
    return bool(_PREFIX[lang].search(before) or _BY_BEFORE.search(before) or _SAID_BY_OUTLET_BEFORE.search(before)
                or _SAY[lang].match(_SAY_GAP.sub("", after, count=1)) or _REPORTS_AFTER.match(after)
                or after.lstrip().startswith(",") and _ACCORDING_BEFORE.search(before)
                or _CREDIT_IN_PARENS.search(before) is not None and _CREDIT_CLOSES.match(after) is not None
                or _OUTLET_THAT.match(text, e) is not None)   # (« les informations du WSJ selon lesquelles »)


# An outlet credited in parentheses at the end of a sentence or a list item: "Burn in 2025: ~$8.5B (The Information).",
# "(source: Reuters)", « (selon Les Echos) ».
_CREDIT_IN_PARENS = re.compile(r"\(\s*(?:(?:source|sources|via|selon|d'après|per)\s*:?\s*)?(?:the |le |la |l')?$",
                               re.IGNORECASE)
_CREDIT_CLOSES = re.compile(r"\s*\)\s*(?:[.;]|$)")
_BY_BEFORE = re.compile(r"(?:par|by|from|to|of|with)\s*(?:the\s+|le\s+|la\s+|l['’])?$", re.IGNORECASE)
# A verb of saying before its subject, after a comma: « …, a rapporté le Wall Street Journal », "…, said Reuters".
_SAID_BY_OUTLET_BEFORE = re.compile(r",\s*(?:(?:a|ont|avait)\s+(?:rapporté|révélé|indiqué|affirmé|écrit|annoncé|précisé|"
                                    r"assuré|expliqué)|rapporte|révèle|indique|affirme|écrit|précise|reported|said|wrote|"
                                    r"added|reports|says)\s*(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|on \w+)"
                                    r"\s+)?$", re.IGNORECASE)
_REPORTS_AFTER = re.compile(r"\s*(?:'s? )?(?:reports?|a révélé|révèle|rapporte|avance|affirme|indique|estime|said|says|"
                            r"reported)")
_ACCORDING_BEFORE = re.compile(r"(?:selon|d'après|according to)\s*(?:le |la |l'|the )?$", re.IGNORECASE)


def _says_after(text: str, end: int, lang: str) -> bool:
    after = text[end:end + 130]
    lone_comma = _LONE_COMMA.match(after) is not None
    gap = _SAY_GAP.match(after)
    perfect = gap is not None and re.search(r"\b(?:has|have|had)\s*$", gap.group(0)) is not None
    after = after[gap.end():] if gap is not None else after
    m = _SAY[lang].match(after)
    if m and lone_comma and not perfect and _INVERTED_SUBJECT.match(after, m.end()):
        return False   # "..., in xAI, a annoncé le groupe": the verb's subject comes after it (never after "has said":
        # "Its chief executive, Sam Altman, has said the company will…" is Altman's)
    return bool(m)


_JOINT_SPEAKERS = re.compile(r"\s*(?:,|and|et|&)\s*")
_LONE_COMMA = re.compile(r"\s*,(?![^,]{0,80},)")
_SAY_GAP = re.compile(r"^\s*(?:,[^,]{0,80},|,)?\s*(?:on (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) |"
                      r"(?:last|this) week |today |yesterday |on \w+\.? \d{1,2} |has |have |had |also |now |then |later |first |previously |earlier |"
                      r"recently |lui-même |elle-même |de son côté |d'ailleurs |aussi |encore |déjà )?")
_INVERTED_SUBJECT = re.compile(r"\s+(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|on \w+day)\s+)?"
                               r"(?:the |le |la |l'|les |[A-Z])")


def _says_before(text: str, start: int, lang: str) -> bool:
    """"…, said Sam Altman", « a-t-il déclaré »: a verb of saying right before the name."""
    before = text[max(0, start - 30):start]
    return bool(_SAID_BEFORE.search(before)) and bool(_SAY_BEFORE[lang].search(before))


_SAID_BEFORE = re.compile(r"(?:said|says|told|a-t-il|déclare|affirme|estime|indique)\s*$")
_SAY_BEFORE = {k: re.compile(rf"(?:{v})\s*(?:le |la |l'|the )?$", re.IGNORECASE) for k, v in SAY.items()}


# An incise after the statement, verb first: "..., said the company", « ..., a annoncé le groupe lundi ».
_INVERTED = re.compile(r"[,;]\s*(?:(?:a|ont|avait|have|has|had)\s+)?(?:(?:aussi|également|encore|also)\s+)?"
                       r"(?:said|says|announced|added|noted|explained|wrote|confirmed|disclosed|told|"
                       r"annoncé|annonce|indiqué|indique|précisé|précise|expliqué|explique|affirmé|affirme|déclaré|déclare|"
                       r"ajouté|ajoute|assuré|assure|souligné|souligne|confirmé|confirme|fait savoir|estimé|estime|"
                       r"observed|recalled|reiterated|insisted|argued|acknowledged|cautioned|stressed|emphasized|"
                       r"commented|predicted|estimated|"
                       r"rappelé|rappelle|observé|reconnu|martelé|insisté|détaillé|réitéré|commenté|prévenu|averti|"
                       r"glissé|lâché|poursuivi|résumé|nuancé|relevé|concédé|admis|répondu|rétorqué|répété|"
                       r"denied|denies|démenti|dément|nié|nie|contesté|conteste)\s+"
                       r"(?:the |le |la |l'|les )?$", re.IGNORECASE)


def _inverted(text: str, start: int, end: int) -> bool:
    """", said X": X speaks (but in ", said Microsoft accounted for…" X is the subject of what is said)."""
    return bool(_INVERTED.search(text[max(0, start - 45):start])) and \
        not _FINITE_VERB_AFTER.match(text, end)


# A finite verb right after a name: the name is its subject, not the speaker of an inverted verb of saying.
_FINITE_VERB_AFTER = re.compile(r"\s+(?:is|was|are|were|has|had|have|will|would|could|can|may|might|must|should|"
                                r"expects?|plans?|[a-z]+ed)\b")


def _prefixed(text: str, start: int, lang: str) -> bool:
    return bool(_PREFIXED.search(text, max(0, start - 70), start))


# "according to Altman", "according to a post by Altman", « selon un message de Sam Altman »
_PREFIXED = folded(re.compile(r"(?:according to|selon|d'après|d’après|à en croire|citing|(?<![\w'’])per)\s+(?:(?:a|an|the|un|une|le|la|l')\s*"
                              r"(?:(?:recent|new|récente?|nouvelle?|long|longue)\s+)?(?:post|blog post|statement|memo|letter|note|"
                              r"interview|tweet|message|billet|communiqué|courrier|lettre|entretien|publication)\s+(?:(?:on \w+\s+)?"
                              r"(?:by|from|of)|de|d['’]|du|publiée? par|signée? par)\s+)?(?:le |la |l'|the |son |sa |its )?"
                              # "per CFO Sarah Friar", « selon le PDG Jensen Huang », « selon son directeur financier,
                              # Krishna Rao, »: the role before the name (or in apposition)
                              r"(?:(?:CEO|CFO|COO|PDG|chief executive|finance chief|chief financial officer|president|"
                              r"chairman|founder|co-founder|patron|directeur financier|directrice financière|"
                              r"directeur général|directrice générale|président|présidente)\s*,?\s+)?$",
                              re.IGNORECASE))


_REPORTIVE_EN = re.compile(r"\b(?:reportedly|is said to|are said to|was said to|is reported to|are reported to)\b")
_REPORTIVE_FR = (
    re.compile(r"\b(?:aurai(?:t|ent)|serai(?:t|ent)) (?:(?:déjà|par ailleurs|aussi|également|ainsi|encore|"
               r"notamment|même|bien|plus|alors|d'ailleurs|pas|jamais) ){0,2}(?:\w+é|\w+i|\w+u|\w+is|\w+it|\w+ées?|\w+és|"
               r"en passe|en train|en discussions?|en négociations?|en pourparlers|sur le point|prête?s? à|"
               r"proches? d)\b"),
    re.compile(r"\b\w{3,}(?:erait|eraient|irait|iraient)\b"),
    # third-group verbs (« atteindrait », « prendrait », « mettrait », « vaudrait »), not the modals
    re.compile(r"\b(?!(?:voud|faud)r)\w{2,}(?:drait|draient|ttrait|ttraient|oirait|oiraient)\b"),
)


def reportive(text: str, lang: str) -> bool:
    """French reportive conditional (« aurait perdu », « chercherait »): the writer relays a report."""
    if lang != "fr":
        return _REPORTIVE_EN.search(text) is not None
    return any(rx.search(text) is not None for rx in _REPORTIVE_FR)


# --- Scope of an attribution: which source a figure is credited to ------------------------------------

# Sentences that go on relaying the source named before: "The report also said", « par ailleurs ».
CONTINUATION = {
    "en": re.compile(r"\b(?:also|as well|additionally|in the same period|"
                     r"the same (?:sources|report|documents?|note|study|analysis|people)|"
                     r"the (?:report|note|study|filing|document) (?:added|adds|went on|continued|said|says|estimated|estimates))\b",
                     re.IGNORECASE),
    "fr": re.compile(r"\b(?:par ailleurs|également|aussi|en outre|de plus|dans le même temps|au même moment|"
                     r"les mêmes sources|de même|ainsi(?! qu)|(?:le|du) même (?:document|rapport|article|journal|média|site)|"
                     r"(?:la|de la) même (?:note|étude|source|analyse)|ces mêmes sources|selon ce (?:document|rapport))\b",
                     re.IGNORECASE),
}
# A sentence that opens on a demonstrative refers back to the one before and goes on with its source:
# "That business, now called…", "The shortfall stems from…", « Ce montant… », « Cette enveloppe… ».
DEMONSTRATIVE = {
    "en": re.compile(r"\s*(?:(?:this|that|these|those)\s+(?!is\b|was\b|means\b|would\b|could\b|will\b)\w+|"
                     r"the (?:shortfall|gap|hole|sum|amount|total|tally|figure|estimate|projection|bill)s?\b)", re.IGNORECASE),
    "fr": re.compile(r"\s*(?:(?:ce|cet|cette|ces)\s+(?!(?:qui|que|qu['’]|dont)\b)\w+|"
                     r"(?:le|la) (?:montant|somme|total|enveloppe|chiffre|estimation|trou|déficit|écart|facture)s?\b)",
                     re.IGNORECASE),
}
# Impersonal forecasts: "the forecast then climbs", "burn is expected to", « selon ces projections ».
FORECAST = {
    "en": folded(re.compile(r"\b(?:forecasts?|projections?|the plan|the model|is expected|are expected|is projected|are projected|"
                            r"expected to|projected to|the documents?|the figures)\b", re.IGNORECASE)),
    "fr": folded(re.compile(r"\b(?:prévisions?|projections?|le plan|ce plan|le modèle|est attendue?|sont attendue?s|"
                            r"ces documents?|le document|ces chiffres)\b", re.IGNORECASE)),
}
# An article on a company's results: a figure of that company with no other source is the company's own.
RESULTS_PERIOD = re.compile(r"\b(?:quarter|quarterly|trimestres?|trimestriels?|trimestrielles?|fiscal|exercice|full-year|"
                            r"annual results|résultats annuels)\b", re.IGNORECASE)
RESULTS_WORD = re.compile(r"\b(?:results|earnings|reported|posted|guidance|guided|outlook|résultats|publié|publie|"
                          r"publication|bilan|prévisions|perspectives|disclosed|net income|net profit|bénéfice net|"
                          # a results figure announced: « a annoncé mercredi un chiffre d'affaires », "announced revenue of"
                          r"(?:annoncé|dévoilé|présenté|enregistré|réalisé|dégagé|affiché|announced|unveiled|recorded|"
                          r"logged)\s+(?:\w+\s+)?(?:un |une |des |a )?"
                          r"(?:chiffre d'affaires|bénéfice|perte|revenue|sales|(?:net )?loss|quarterly))\b",
                          re.IGNORECASE)
_RESULTS_PERIOD_LOW = compile_low(RESULTS_PERIOD.pattern)
_RESULTS_WORD_LOW = compile_low(RESULTS_WORD.pattern)
RESULTS_METRICS = {"revenue", "capex", "loss", "customer_concentration", "cash_burn"}
# A clause boundary with a new subject: a source after it does not reach back to the figure.
_NEW_CLAUSE = re.compile(r";|,\s*(?:and|et|but|mais|while|whereas|tandis qu|alors qu)|\b(?:while|whereas|tandis qu|alors qu)",
                         re.IGNORECASE)
_RANK = {"person": 0, "pronoun": 0, "media": 1, "analyst": 1, "company_source": 2, "entity": 2, "other": 3}


@dataclass
class Sources:
    """The sources named so far in an article: the one whose scope may still run, and the last of each kind."""

    last: Attribution | None = None      # resolved: kind in media | analyst | person | entity | company_source | other
    age: int = 99                        # sentences since `last` was named
    person: Attribution | None = None
    person_age: int = 99
    media: str | None = None
    analyst: str | None = None
    results: bool = False                # the article reports a company's results
    listing: bool = False                # a list opened by a sourced sentence ending on a colon runs on
    # Sentences whose source is worked out only if a later figure needs `last` (see find.extract): in order,
    # a function returning the sentence's live source (or None), or None for a sentence known to name none.
    pending: list = field(default_factory=list)

    def settle(self) -> None:
        """Work out the deferred sentences' sources, in order, as `remember` would have done sentence by sentence."""
        items, self.pending = self.pending, []
        for item in items:
            live = item() if item is not None else None
            if live is not None:
                self.last, self.age = live, 0
            else:
                self.age += 1

    def snapshot(self) -> "Sources":
        """What `resolve` reads of a sentence's context (people, outlets, research houses), frozen now."""
        return Sources(person=self.person, person_age=self.person_age, media=self.media, analyst=self.analyst,
                       results=self.results)


def is_results_article(text: str) -> bool:
    if UNSAFE_FOR_LOWER.search(text):
        return bool(RESULTS_PERIOD.search(text) and RESULTS_WORD.search(text))
    low = text.lower()   # speed: the lower-cased patterns on the lower-cased text (lexicon.lower_pattern)
    return bool(_RESULTS_PERIOD_LOW.search(low) and _RESULTS_WORD_LOW.search(low))


def display_name(entity: str | None, lex) -> str | None:
    if entity is None:
        return None
    names = lex.entities.get(entity, {}).get("names") or []
    return names[0] if names else entity


def mention_name(mn: Mention, lex) -> str | None:
    """How a speaking mention is named in a claim: a person by name, an entity by its first name in the lexicon."""
    return mn.kind.split(":", 1)[1] if mn.kind.startswith("person:") else display_name(mn.entity, lex)


def outlet_at(text: str, pos: int) -> str | None:
    """The outlet named at `pos` ("The Information", « le Wall Street Journal »), or None."""
    m = _OUTLET_RE.match(text, pos)
    return m.group(1) if m is not None else None


def resolve(a: Attribution, text: str, mentions: list[Mention], src: Sources, focus: str | None, lex) -> Attribution:
    """An attribution with its referent filled in: "he" → the person last named, "the report" → the outlet."""
    if a.kind == "pronoun" and re.match(r"(?:it|they)\b", text[a.start:a.end], re.IGNORECASE):
        # "it values its holding at…", "the partners it sees as most exposed": an organisation — the clause's
        # subject if named before, else the research house or outlet just named, else the entity in focus
        subj = [m for m in mentions if m.end <= a.start and not m.kind.startswith("person:")
                and not attach.is_object(text, m, "en")]
        if subj:
            return Attribution(a.start, a.end, display_name(subj[0].entity, lex), "entity", subj[0].entity)
        src.settle()
        if src.last is not None and src.last.kind in ("analyst", "media") and src.age <= 1 and src.last.name:
            return Attribution(a.start, a.end, src.last.name, src.last.kind, None)
        if focus:
            return Attribution(a.start, a.end, display_name(focus, lex), "entity", focus)
        return Attribution(a.start, a.end, None, "other", None)
    if a.kind == "pronoun":
        people = [m for m in mentions if m.kind.startswith("person:") and m.end <= a.start]
        if people:
            m = people[-1]
            return Attribution(a.start, a.end, m.kind.split(":", 1)[1], "person", m.entity)
        if src.person is not None and src.person_age <= 2:
            return Attribution(a.start, a.end, src.person.name, src.person.kind, src.person.entity)
        if focus:
            return Attribution(a.start, a.end, display_name(focus, lex), "entity", focus)
        return Attribution(a.start, a.end, None, "other", None)
    if a.kind == "media" and a.name is None and src.media:
        return Attribution(a.start, a.end, src.media, "media", None, a.compare)
    if a.kind == "analyst" and (a.name is None or re.match(r"analys|spécialistes", a.name, re.IGNORECASE)) and src.analyst \
            and not re.match(r"analys|spécialistes", src.analyst, re.IGNORECASE):
        return Attribution(a.start, a.end, src.analyst, "analyst", None, a.compare)
    if a.kind == "entity":
        names = lex.entities.get(a.entity, {}).get("names") or []
        if a.name not in names:
            return Attribution(a.start, a.end, display_name(a.entity, lex), "entity", a.entity)
    return a


def applies(text: str, fig_start: int, fig_end: int, a: Attribution) -> bool:
    """Whether a source named in the sentence covers the figure: not a benchmark, not across a new clause after it."""
    if a.compare or (a.forward and fig_start < a.end):
        return False
    if a.start >= fig_end and _NEW_CLAUSE.search(text[fig_end:a.start]):
        return False
    if a.start >= fig_end and "," in text[fig_end:a.start] and any(
            r.start() < fig_start and fig_end <= r.end() <= a.start and not text[r.end():a.start].strip()
            for r in attach.RELATIVE_ASIDE.finditer(text, max(0, fig_start - 100), a.start)):
        return False   # "For Meta, whose 2026 outlook is $115 billion to $135 billion, she sees $150 billion": the
        # relative clause holding the figure is closed before the source speaks
    if a.start >= fig_end and a.kind == "analyst" and _BENCHMARK_BETWEEN.search(text, fig_end, a.start):
        return False   # "Revenue came in at $57.01 billion vs. $54.92 billion expected, according to LSEG": the benchmark's
    return True


# A consensus figure between a figure and the source after it: the source is the consensus's.
_BENCHMARK_BETWEEN = re.compile(r"(?<![\w'’])(?:vs\.?|versus|against|compared with|above|below|beating|topping|missing|contre|"
                                r"au-dessus|en deçà)\b[^;]{0,60}?\b(?:expected|estimates?|forecast|consensus|attendus?|"
                                r"anticipés?|prévus?)\b", re.IGNORECASE)


def speaks_for(entity: str | None, subject: str, lex) -> bool:
    """Whether a speaker of `entity` speaks for `subject`: the same company, or the group `subject` is part of."""
    return entity is not None and (entity == subject or lex.entities.get(subject, {}).get("part_of") == entity)


def label(a: Attribution, subject: str, lex) -> tuple[str | None, str]:
    """(speaker, speaker_kind) of a resolved attribution for a figure about `subject`."""
    if a.kind == "media":
        return a.name, "media_report"
    if a.kind == "analyst":
        return a.name, "analyst"
    if a.kind == "company_source":
        return display_name(subject, lex), "company"
    if a.kind in ("entity", "person"):
        return a.name, ("company" if speaks_for(a.entity, subject, lex) else "other")
    return a.name, "other"


_REPORTS_OBJECT = re.compile(r"\s+(?:(?:has|had|a|avait)\s+)?(?:reported|reports|disclosed|revealed|fait état d['’]|"
                             r"révélé|évoqué|évoque|rapporté|rapporte)\s*(?:(?:an?|the|un|une|de|d['’])\s*)?"
                             r"(?:(?:tour de table|tour de financement|levée de fonds|tour|levée|funding round|round|"
                             r"perte|loss)\s+(?:de|d['’]|of)\s*)?(?:US\s?)?[$€£]?\s*", re.IGNORECASE)
_SAID_RIGHT_AFTER = folded(re.compile(r"\s+(?:\w+\s+)?(?:said|says|told|announced|stated|a (?:dit|déclaré|annoncé|"
                                      r"indiqué|affirmé)|déclare|annonce|indique|affirme)\b", re.IGNORECASE))
_REPORT_THAT = re.compile(r"(?:that|selon lesquel\w+|selon laquelle)$", re.IGNORECASE)
# An outlet's report whose content follows: « les informations du Wall Street Journal selon lesquelles … ».
_OUTLET_THAT = re.compile(r"\s+selon\s+(?:lesquel\w+|laquelle|lequel)\b", re.IGNORECASE)
_INTRODUCES = re.compile(r"\s*(?:,[^,]{0,60},\s*)?(?:[\w'’-]+\s+){1,3}(?:that|que|qu['’])(?![\w])", re.IGNORECASE)


def best(text: str, fig_start: int, fig_end: int, attrs: list[Attribution]) -> Attribution | None:
    """The source of the figure among the sentence's that cover it: a named one first, then the nearest."""
    # "Friar said, denying reports that OpenAI was preparing to list at $1 trillion": a figure inside the
    # complement of "reports that" / « des informations selon lesquelles » is what the reports say, whoever
    # speaks around them (a denial of it is added by find._denied_reports)
    for a in reversed(attrs):
        if a.kind == "media" and not a.compare and a.end <= fig_start and (
                _REPORT_THAT.search(text, a.start, a.end) or a.name and _OUTLET_THAT.match(text, a.end)) \
                and not _NEW_CLAUSE.search(text, a.end, fig_start):
            return a
    # "…, after CNBC reported a $15 billion round", « après que CNBC a fait état d'un tour de 15 milliards »: the
    # source whose verb has the figure as its object
    for a in attrs:
        if a.end <= fig_start and not a.compare and _REPORTS_OBJECT.fullmatch(text, a.end, fig_start):
            return a
    # "OpenAI expects revenue of more than $10 billion, a person familiar with the matter said": the people who tell
    # it are the source of what the company expects (its own verb is what they report)
    told = next((a for a in attrs if a.kind == "media" and not a.name and not a.compare and a.start >= fig_end
                 and applies(text, fig_start, fig_end, a)), None)
    if told is not None and all(a.kind == "entity" and a.end <= fig_start and not _SAID_RIGHT_AFTER.match(text, a.end)
                                for a in attrs if a is not told and applies(text, fig_start, fig_end, a)):
        return told   # (but "OpenAI said its revenue reached…, according to people familiar" stays OpenAI's word)
    top = None
    # "When Gerstner ventured that OpenAI might pass $100 billion, Altman countered": a source whose verb
    # introduces the figure's clause (that / que) is its source; one named after the figure is not.
    intro = any(a.end <= fig_start and not a.compare and _INTRODUCES.match(text, a.end, fig_start) for a in attrs)
    for a in attrs:
        if not applies(text, fig_start, fig_end, a) or (intro and a.start >= fig_end):
            continue
        named = a.name or a.kind in ("company_source", "pronoun")
        d = a.start - fig_end if a.start >= fig_end else fig_start - a.end
        key = (_RANK.get(a.kind, 3) if named else 4, d)
        if top is None or key < top[0]:
            top = (key, a)
    return top[1] if top else None


def carried(text: str, lang: str, src: Sources, subject: str, lex, fig_start: int | None = None) \
        -> tuple[str | None, str] | None:
    """The source of an earlier sentence whose scope reaches this one, as (speaker, kind), or None.

    Reported speech (« aurait », "reportedly") always belongs to a report; a sentence saying it goes on
    ("also", « par ailleurs ») or an impersonal forecast ("the forecast", « la pente ») stays with the last
    source; a plain statement of fact is the writer's own.
    """
    if src.listing and BULLET.match(text):
        # "Key figures, according to The Information:" then "- 2024 revenue: $3.7 billion": each item of the list
        # is the source's, however long the list
        src.settle()
        if src.last is not None:
            return label(src.last, subject, lex)
    if reportive(text, lang):
        src.settle()
        last = src.last
        if last is not None and last.kind in ("media", "analyst") and src.age <= 3:
            return last.name, ("media_report" if last.kind == "media" else "analyst")
        return None, "media_report"
    lg = lang if lang in CONTINUATION else "en"
    head = text if fig_start is None else text[:fig_start]
    said_on = CONTINUATION[lg].search(head)
    goes_on = said_on or FORECAST[lg].search(text)
    demonstrative = DEMONSTRATIVE[lg].match(text)
    if not goes_on and not demonstrative:
        return None   # (decided by the text alone: the deferred sources need not be worked out)
    src.settle()
    last = src.last
    if last is None or src.age > 2:
        return None
    if goes_on or (src.age == 0 and demonstrative):
        if last.kind in ("media", "analyst", "other"):
            return label(last, subject, lex) if last.kind != "other" else None
        if last.kind in ("person", "entity") and speaks_for(last.entity, subject, lex):
            return last.name, "company"
        if last.kind in ("person", "entity") and last.entity is not None and src.age == 0 and (said_on or demonstrative):
            # a third party's announcement, continued in the very next sentence (an impersonal forecast of another
            # company's figure, "Oracle's capex is forecast to…", is not that party's)
            return last.name, "other"
    return None


# An item of a list: a dash or bullet, or a number, opening the line.
BULLET = re.compile(r"\s*(?:[-–—•*·▪]|\d{1,2}[.)])\s+")
_OPENS_LIST = re.compile(r":\s*$")


def open_list(text: str, attrs: list[Attribution], src: Sources) -> None:
    """After a sentence: a sourced one ending on a colon opens a list; an item keeps it open; anything else closes it."""
    src.listing = bool(_OPENS_LIST.search(text) and live_source(attrs) is not None) or \
        (src.listing and BULLET.match(text) is not None)


def live_source(attrs: list[Attribution]) -> Attribution | None:
    """The sentence's source whose scope may run on: named (or a company document, a report, an analyst), not a
    benchmark; the best ranked, then the first."""
    live = [a for a in attrs if not a.compare and (a.name or a.kind in ("company_source", "media", "analyst"))]
    if not live:
        return None
    live.sort(key=lambda a: (_RANK.get(a.kind, 3) if a.name or a.kind == "company_source" else 4, a.start))
    return live[0]


def remember(attrs: list[Attribution], mentions: list[Mention], src: Sources, later=None) -> None:
    """After a sentence: its source (if any) opens a new scope; people and outlets are kept for later references.

    `later`: a function that works out the sentence's live source when a later figure needs it (its attributions
    then are not given: the caller guarantees they name no outlet or research house, see may_name_source)."""
    live = live_source(attrs) if later is None else None
    if live is not None:
        src.last, src.age, src.pending = live, 0, []   # a new scope: what was deferred can no longer matter
    elif later is not None:
        src.pending.append(later)
    elif src.pending:
        src.pending.append(None)
    else:
        src.age += 1
    people = [m for m in mentions if m.kind.startswith("person:")]
    # (an analyst or another person we do not list, by name: "Natarajan pencils in…", then "she sees…")
    named = [a for a in attrs if a.kind in ("analyst", "other") and a.name and not a.compare and
             _PERSON_NAME.fullmatch(a.name) and not _RESEARCH_NAME.search(a.name) and a.name not in ANALYST_FIRMS]
    if people and not (named and named[-1].start > people[-1].start):
        m = people[-1]
        src.person, src.person_age = Attribution(m.start, m.end, m.kind.split(":", 1)[1], "person", m.entity), 0
    elif named:
        src.person, src.person_age = named[-1], 0
    else:
        src.person_age += 1
    for a in attrs:
        if a.name and not a.compare:
            if a.kind == "media" and a.name != "certains médias":
                src.media = a.name
            elif a.kind == "analyst":
                src.analyst = a.name
