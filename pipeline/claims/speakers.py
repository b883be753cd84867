"""Finds who states a figure: a company or its officers, a media report, an analyst, someone else, or no one."""
from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.claims.entities import Mention

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
]
# Research and brokerage names whose estimates are analyst claims.
ANALYST_FIRMS = [
    "Bernstein", "HSBC", "Jon Peddie Research", "JPR", "Counterpoint", "Counterpoint Research", "TrendForce",
    "Gartner", "IDC", "Canalys", "Omdia", "Dell'Oro", "Synergy Research", "Morningstar", "Jefferies",
    "Goldman Sachs", "JPMorgan", "J.P. Morgan", "UBS", "Barclays", "Citi", "Citigroup", "Wedbush", "Mizuho",
    "Bank of America", "BofA", "Deutsche Bank", "Evercore", "Piper Sandler", "KeyBanc", "D.A. Davidson",
    "Semianalysis", "SemiAnalysis", "Semiwiki", "Epoch AI", "MoffettNathanson", "New Street Research",
    "Sanford Bernstein", "Redburn", "Oddo", "Oddo BHF", "Kepler Cheuvreux", "CFRA", "Dgtl Infra", "Bernstein Research",
]
# Phrases that make a claim a media report with no named outlet.
GENERIC_MEDIA = {
    "en": r"media reports?|reports? (?:say|said|says|suggest\w*)|reportedly|is reported|was reported|are reported|" \
          r"people familiar|sources? (?:familiar|close)|according to (?:people|sources|a person|documents|reports|media)|" \
          r"leaked|leak|is said to|are said to|was said to|press reports?|news reports?|" \
          r"according to (?:a|an) (?:report|filing seen)|internal documents?|documents? (?:seen|reviewed|obtained)",
    "fr": r"selon (?:certains|plusieurs|des) médias|selon la presse|repris par la presse|selon des sources|" \
          r"sources? proches?|selon (?:un|des) documents?|documents? internes?|d'après (?:la presse|des sources|des documents|plusieurs analyses|"
          r"certains médias|des médias)|selon (?:des informations|les informations)|révélé dans la presse|" \
          r"dans la presse|selon le site|d'après le site|selon un rapport|d'après un rapport|certains médias|" \
          r"plusieurs médias|les mêmes sources|analyses concordantes",
}
GENERIC_ANALYST = {
    "en": r"analysts?|the bank|research firm|estimates? by|brokerage|the broker|market research|consultancy|" \
          r"the research house|by (?:its|their) (?:reckoning|estimate)|industry estimates?",
    "fr": r"analystes?|spécialistes du secteur|le cabinet|cabinet d'études|la banque|les experts|" \
          r"selon les estimations|d'après les estimations|les observateurs|l'analyste",
}
# Verbs of saying: a name right before (or right after, inverted) one of these is the speaker.
SAY = {
    "en": r"said|says|say|told|tells|reported|reports|report|disclosed|discloses|announced|announces|estimated|estimates|" \
          r"wrote|writes|noted|notes|stated|states|confirmed|confirms|revealed|reveals|indicated|added|argued|" \
          r"expects|expected|predicts|forecasts|projects|claims|claimed|insisted|stressed|warned|pointed out|" \
          r"puts|put|sees|assumes|guided|signals|posted|reported on|has told|had told|explained",
    "fr": r"a annoncé|annonce|annoncent|ont annoncé|a indiqué|indique|indiquent|affirme|affirment|a affirmé|" \
          r"déclare|a déclaré|révèle|a révélé|rapporte|a rapporté|avance|estime|estiment|a estimé|précise|a précisé|" \
          r"assure|a assuré|a-t-il assuré|a-t-elle assuré|a fait savoir|fait savoir|a confirmé|confirme|évoque|" \
          r"évoquait|prévient|fait état|a fait état|a publié|publie|revendique|souligne|explique|écrit|a écrit|" \
          r"table sur|s'attend|mentionne|signale|a signalé|a officialisé|officialise|reconnaît|résume|" \
          r"a dévoilé|dévoile|communique|a communiqué|a détaillé|détaille",
}
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
    kind: str            # media | analyst | entity | person | other
    entity: str | None   # the entity the speaker speaks for, if known


def _names_re(names):
    return "|".join(re.escape(n).replace("'", "['’]") for n in sorted(names, key=len, reverse=True))


_OUTLET_RE = re.compile(rf"(?<![\w])(?:the |le |la |l'|du |de la |des )?({_names_re(OUTLETS)})(?![\w])")
_FIRM_RE = re.compile(rf"(?<![\w])({_names_re(ANALYST_FIRMS)})(?![\w])")
_GEN_MEDIA = {k: re.compile(rf"(?<![\w])(?:{v})(?![\w])", re.IGNORECASE) for k, v in GENERIC_MEDIA.items()}
_GEN_ANALYST = {k: re.compile(rf"(?<![\w])(?:{v})(?![\w])", re.IGNORECASE) for k, v in GENERIC_ANALYST.items()}
_SAY = {k: re.compile(rf"(?<![\w])(?:{v})(?![\w])", re.IGNORECASE) for k, v in SAY.items()}
_PREFIX = {k: re.compile(rf"(?<![\w])(?:{v})\s+(?:l['’]|le |la |les |the |des |du )?", re.IGNORECASE) for k, v in PREFIX.items()}
_PROPER = re.compile(r"(?:[A-Z][\w&.'’-]*)(?:\s+(?:of |de |&\s)?[A-Z][\w&.'’-]*){0,4}")


def find_attributions(text: str, lang: str, mentions: list[Mention]) -> list[Attribution]:
    """Who the sentence says is speaking, each with the span of the cue."""
    lang = lang if lang in SAY else "en"
    out: list[Attribution] = []
    for m in _OUTLET_RE.finditer(text):
        if _near_cue(text, m.start(), m.end(), lang):
            out.append(Attribution(m.start(), m.end(), m.group(1), "media", None))
    for m in _FIRM_RE.finditer(text):
        out.append(Attribution(m.start(), m.end(), m.group(1), "analyst", None))
    for m in _GEN_MEDIA[lang].finditer(text):
        out.append(Attribution(m.start(), m.end(), None if not re.search(r"médias", m.group(0)) else "certains médias",
                               "media", None))
    for m in _GEN_ANALYST[lang].finditer(text):
        name = m.group(0) if re.match(r"analys|spécialistes", m.group(0), re.IGNORECASE) else None
        out.append(Attribution(m.start(), m.end(), name, "analyst", None))
    # A tracked entity or a person followed (or preceded) by a verb of saying.
    for mn in mentions:
        person = mn.kind.startswith("person:")
        if _says_after(text, mn.end, lang) or (person and _says_before(text, mn.start, lang)) or _prefixed(text, mn.start, lang):
            if mn.kind.startswith("person:"):
                out.append(Attribution(mn.start, mn.end, mn.kind.split(":", 1)[1], "person", mn.entity))
            else:
                out.append(Attribution(mn.start, mn.end, mn.text, "entity", mn.entity))
    # Other named sources after "according to" / « selon » (PitchBook, Morgan Stanley...).
    for m in _PREFIX[lang].finditer(text):
        pm = _PROPER.match(text, m.end())
        if pm and not any(a.start <= pm.start() < a.end for a in out) and not any(
                mn.start <= pm.start() < mn.end for mn in mentions):
            out.append(Attribution(pm.start(), pm.end(), pm.group(0), "other", None))
    for m in _SAY[lang].finditer(text):
        pm = re.search(r"((?:[A-Z][\w&.'’-]*)(?:\s+[A-Z][\w&.'’-]*){0,3})\s*(?:,[^,]{0,40},\s*)?$", text[max(0, m.start() - 60):m.start()])
        if pm:
            s = max(0, m.start() - 60) + pm.start(1)
            if not any(a.start <= s < a.end for a in out) and not any(mn.start <= s < mn.end for mn in mentions):
                word = pm.group(1)
                if word.split()[0] in ("The", "Le", "La", "Les", "It", "Il", "Elle", "He", "She", "In", "En", "Sur", "On"):
                    continue
                out.append(Attribution(s, s + len(word), word, "other", None))
    out.sort(key=lambda a: a.start)
    return out


def _near_cue(text: str, s: int, e: int, lang: str) -> bool:
    before = text[max(0, s - 40):s]
    after = text[e:e + 60]
    return bool(_PREFIX[lang].search(before) or re.search(r"(?:par|by|from|to|of|with)\s*$", before, re.IGNORECASE)
                or _SAY[lang].match(after.lstrip(" ,")) or re.match(r"\s*(?:'s? )?(?:reports?|a révélé|révèle|rapporte|avance|"
                                                                     r"affirme|indique|estime|said|says|reported)", after)
                or re.match(r"^\s*,", after) and re.search(r"(?:selon|d'après|according to)\s*(?:le |la |l'|the )?$", before, re.IGNORECASE))


def _says_after(text: str, end: int, lang: str) -> bool:
    after = text[end:end + 50]
    after = re.sub(r"^\s*(?:,[^,]{0,40},)?\s*(?:has |have |had |also |now |then |a |ont |lui-même |elle-même )?", "", after)
    return bool(_SAY[lang].match(after))


def _says_before(text: str, start: int, lang: str) -> bool:
    before = text[max(0, start - 30):start]
    return bool(re.search(rf"(?:{SAY[lang]})\s*(?:le |la |l'|the )?$", before, re.IGNORECASE)) and bool(
        re.search(r"[,'’]\s*(?:\w+[- ]){0,3}$|^\s*$", before[:-1]) or True) and bool(re.search(r"(?:said|says|told|a-t-il|déclare|affirme|estime|indique)\s*$", before))


def _prefixed(text: str, start: int, lang: str) -> bool:
    before = text[max(0, start - 20):start]
    return bool(re.search(r"(?:according to|selon|d'après|d’après|à en croire|citing)\s+(?:le |la |l'|the )?$", before,
                          re.IGNORECASE))


def reportive(text: str, lang: str) -> bool:
    """French reportive conditional (« aurait perdu », « chercherait »): the writer relays a report."""
    if lang != "fr":
        return bool(re.search(r"\b(?:reportedly|is said to|are said to|is believed to|is reported to)\b", text))
    return bool(re.search(r"\b(?:aurai(?:t|ent)|serai(?:t|ent)) (?:\w+é|\w+i|\w+u|\w+is|\w+it|\w+ées?|\w+és)\b", text)
                or re.search(r"\b\w{3,}(?:erait|eraient|irait|iraient)\b", text))
