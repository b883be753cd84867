"""Finds the tracked entities a sentence names, and the words that refer back to one ("the company", « elle »)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.claims.lexicon import Lexicon

# Definite descriptions and pronouns that refer back to the entity in focus. They are data: a
# language is added by adding rows. "subject" words can stand as a clause subject; "possessive"
# words mark the owner of the following noun ("its revenue", « son chiffre d'affaires »).
ANAPHORS = {
    "en": {
        "subject": [r"the company", r"the startup", r"the start-up", r"the firm", r"the group", r"the lab",
                    r"the business", r"the chipmaker", r"the chip maker", r"the chip designer", r"the chip giant",
                    r"the AI company",
                    r"the AI lab", r"the AI developer", r"the AI startup", r"the AI start-up", r"the AI firm",
                    r"the artificial intelligence company", r"the artificial intelligence startup",
                    r"the artificial intelligence start-up", r"the artificial intelligence lab",
                    r"the artificial intelligence developer", r"the artificial intelligence firm",
                    r"the cloud provider", r"the GPU cloud", r"the neocloud", r"the AI cloud provider",
                    r"the GPU cloud provider", r"the maker", r"the developer", r"the venture",
                    r"the project", r"the conglomerate", r"the investor", r"the tech giant", r"the giant",
                    r"the social media giant", r"the search giant", r"the fund", r"the investment firm",
                    r"its partner", r"its longtime partner", r"its long-time partner", r"the latter",
                    r"management", r"the management", r"its management", r"company executives", r"it", r"they"],
        "possessive": [r"its", r"their"],
    },
    "fr": {
        "subject": [r"l'entreprise", r"la société", r"la start-up", r"la startup", r"la jeune pousse", r"le groupe",
                    r"la firme", r"le laboratoire", r"le fabricant de puces", r"le fabricant", r"le fondeur",
                    r"le géant des puces", r"le géant des semi-conducteurs", r"le concepteur de puces",
                    r"le géant", r"l'éditeur", r"le créateur", r"le concepteur", r"la plateforme", r"le programme",
                    r"le projet", r"le conglomérat", r"l'investisseur", r"le fonds", r"la licorne", r"le néocloud",
                    r"le spécialiste", r"son partenaire", r"son partenaire historique", r"ce dernier", r"cette dernière",
                    r"la direction", r"sa direction",
                    r"il", r"elle", r"ils", r"elles", r"celle-ci", r"celui-ci"],
        "possessive": [r"son", r"sa", r"ses", r"leur", r"leurs"],
        "object": [r"le", r"la", r"l'", r"lui", r"y", r"en"],
    },
}

# Definite descriptions that name a kind of entity: they refer to the latest entity of that kind.
TYPED = {
    "startup": r"the startup|the start-up|the lab|the AI lab|the AI startup|the AI start-up|the AI firm|"
               r"the artificial intelligence (?:startup|start-up|lab|developer|firm)|la start-up|la startup|la jeune pousse|"
               r"le laboratoire|la licorne|the unicorn|the young company",
    "venture": r"the project|the venture|the programme|the program|le projet|le programme|la coentreprise|the joint venture",
    "big": r"the group|the giant|the tech giant|le groupe|le géant",
    "conglomerate": r"the conglomerate|le conglomérat",
    # a company renting out GPUs: "the neocloud", « le néocloud », « le spécialiste du cloud GPU »
    "neocloud": r"the neocloud|the AI cloud provider|the GPU cloud provider|the GPU cloud|le néocloud|"
                r"le spécialiste du cloud GPU|le spécialiste de la location de GPU|le loueur de GPU",
    # the last one named: « Ce dernier s'est engagé à investir… », "the latter"
    "latter": r"ce dernier|cette dernière|the latter",
    # the other party of the one in focus: "its partner", « son partenaire »
    "partner": r"its partner|its longtime partner|its long-time partner|son partenaire|son partenaire historique",
    "investor": r"the investor|the fund|the investment firm|l'investisseur|le fonds",
    "chipmaker": r"the chipmaker|the chip maker|the chip designer|the chip giant|le fabricant de puces|le fabricant|le fondeur|"
                 r"le concepteur de puces|le géant des puces|le géant des semi-conducteurs",
}
_TYPED_RE = {k: re.compile(rf"^(?:{v})$", re.IGNORECASE) for k, v in TYPED.items()}


def anaphor_type(word: str) -> str | None:
    w = _PLACE_MODIFIER.sub("the ", _CONTRACTED.sub(r"le \1", word.replace("’", "'")))   # « du fabricant », "the Paris start-up"
    for k, rx in _TYPED_RE.items():
        if rx.match(w):
            return k
    return None


# « du fabricant de puces », « au groupe » are « le fabricant de puces », « le groupe » after « de » / « à ».
_CONTRACTED = re.compile(r"^(?:du|au)\s+(.*)$", re.IGNORECASE)
# "the San Francisco start-up", "the Paris-based company": a description with its place.
_PLACE_MODIFIER = re.compile(r"^the\s+(?:[A-Z][\w.]*(?:-based)?\s+){1,2}")


def _variants(lang: str, kind: str, p: str) -> list[str]:
    """A description and its forms after a contraction (« du groupe ») or with a place before it ("the San Francisco
    start-up", "the Paris-based company")."""
    out = [p]
    if lang == "fr" and kind == "subject" and p.startswith("le "):
        out += ["du " + p[3:], "au " + p[3:]]
    if lang == "en" and kind == "subject" and p == "the company":
        # (one alternative for all of them: the nouns of the English descriptions, after one or two capitalised words)
        nouns = sorted({q[4:] for q in ANAPHORS["en"]["subject"] if q.startswith("the ") and q != "the foundation"},
                       key=len, reverse=True)
        out.append(r"the (?-i:[A-Z][\w.]*(?:-based)?\s+){1,2}(?:" + "|".join(re.escape(n).replace(r"\ ", " ") for n in nouns) + ")")
    return out


_ANAPHOR_RE = {
    lang: {kind: re.compile(r"(?<![\w'’])(?:" + "|".join(v.replace("'", "['’]") for p in sorted(pats, key=len, reverse=True)
                                                       for v in _variants(lang, kind, p))
                            + r")(?![\w-])(?!['’](?!s\b))", re.IGNORECASE)   # ("the startup's": an owner)
           for kind, pats in table.items()}
    for lang, table in ANAPHORS.items()
}


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    entity: str | None        # None for an anaphor not yet resolved
    kind: str                 # name | alias | product | person:<Name> | anaphor | possessive
    text: str


def find_mentions(text: str, lex: Lexicon) -> list[Mention]:
    """Named mentions: names, aliases, products and people of config/entities.toml, longest first."""
    return mentions_at(text, entity_spans(text, lex), lex)


def entity_spans(text: str, lex: Lexicon) -> list[tuple[int, int]]:
    """The spans of entity_re's matches in `text`."""
    return lex.entity_scan.spans(text) if lex.entity_scan is not None else [m.span() for m in lex.entity_re.finditer(text)]


def sentence_spans(spans: list[tuple[int, int]], s: int, e: int) -> list[tuple[int, int]] | None:
    """The article's entity spans inside the sentence [s, e), relative to it, or None when one straddles an edge.

    A sentence starts after white space and ends before it, so entity_re finds the same spans in the sentence alone
    as in the article unless a match runs across the sentence's edge (then the caller scans the sentence itself).
    """
    out = []
    for a, b in spans:
        if b <= s:
            continue
        if a >= e:
            break
        if a < s or b > e:
            return None
        out.append((a - s, b - s))
    return out


def mentions_at(text: str, spans: list[tuple[int, int]], lex: Lexicon) -> list[Mention]:
    """The mentions of config/entities.toml at entity_re's spans in `text`."""
    out = []
    for start, end in spans:
        s = text[start:end]
        if _PRODUCT_LINE.match(text, end, end + 3) and lex.entity_of.get(s.lower(), ("", ""))[1] == "product":
            continue  # "Claude Code", "ChatGPT Enterprise": a product line, not the company
        key = s.lower().replace("’", "'")
        hit = lex.entity_of.get(key)
        if hit is None:
            # aliases matched with an optional article or flexible spacing: look up loosely
            hit = _loose(key, lex)
        if hit is None:
            continue
        eid, kind = hit
        if kind.startswith("person:"):
            # « le groupe de Sam Altman », "Elon Musk's AI company": the company the person runs, not the person
            before = _COMPANY_OF_PERSON.search(text, max(0, start - 60), start)
            after = _PERSONS_COMPANY.match(text, end)
            if before is not None or after is not None:
                start, end = (before.start() if before else start), (after.end() if after else end)
                out.append(Mention(start, end, eid, "alias", text[start:end]))
                continue
        out.append(Mention(start, end, eid, kind, s))
    return out


_PRODUCT_LINE = re.compile(r"\s+[A-Z][a-z]")
# The words of a company and of the one who runs it: « la start-up de Sam Altman », « l'entreprise dirigée par Jensen
# Huang », "Sam Altman's company", "Elon Musk's artificial intelligence company".
_COMPANY_NOUN = (r"(?:groupe|société|entreprise|start-up|startup|firme|laboratoire|jeune pousse|company|firm|group|lab|"
                 r"laboratory|venture)")
_AI = r"(?:AI|IA|d['’]IA|d['’]intelligence artificielle|artificial intelligence|artificial-intelligence)"
# (with its article: « en compagnie de Satya Nadella », "in the company of" are no company)
_COMPANY_OF_PERSON = re.compile(rf"(?<![\w'’])(?<!in )(?:le|la|l['’]|the)\s*{_COMPANY_NOUN}(?:\s+{_AI})?\s+"
                                r"(?:de|d['’]|dirigée?\s+par|fondée?\s+par|cofondée?\s+par|of|run\s+by|led\s+by|"
                                r"founded\s+by|co-?founded\s+by)\s*$", re.IGNORECASE)
_PERSONS_COMPANY = re.compile(rf"['’]s?\s+(?:{_AI}\s+)?{_COMPANY_NOUN}(?![\w'’])", re.IGNORECASE)


def _loose(key: str, lex: Lexicon):
    k = re.sub(r"[\s\u00a0-]+", " ", key)
    if lex.entity_loose:
        return lex.entity_loose.get(k)
    for surface, hit in lex.entity_of.items():
        if re.sub(r"[\s\u00a0-]+", " ", surface) == k:
            return hit
    return None


def find_anaphors(text: str, lang: str, taken: list[Mention]) -> list[Mention]:
    """Words that refer back ("the company", « elle », "its") outside the named mentions."""
    spans = [(m.start, m.end) for m in taken]
    out = []
    table = _ANAPHOR_RE.get(lang, _ANAPHOR_RE["en"])
    for kind in ("subject", "possessive"):
        for m in table[kind].finditer(text):
            if any(s <= m.start() < e for s, e in spans):
                continue
            word = m.group(0).lower()
            if kind == "subject" and word in ("it", "il") and _impersonal(text, m.end()):
                continue
            if kind == "subject" and " " in word.strip() and _NAMED_NEXT.match(text, m.end()):
                continue   # "the startup Mistral AI", « la start-up parisienne Mistral AI »: a description heading a
                # name, the named company (ours or not), no word referring back
            if lang == "fr" and kind == "subject" and word[:3] in ("du ", "au "):
                # « un investissement du fabricant »: « le fabricant » after « de », a complement (never the subject)
                out.append(Mention(m.start() + 3, m.end(), None, "anaphor", "le " + m.group(0)[3:]))
                continue
            out.append(Mention(m.start(), m.end(), None, "anaphor" if kind == "subject" else "possessive", m.group(0)))
    out.sort(key=lambda x: x.start)
    return out


# A name right after a description, up to two adjectives between: "the startup Mistral AI", « la start-up parisienne
# Mistral AI », « le fonds émirati MGX »
_NAMED_NEXT = re.compile(
    r"(?:\s+(?!(?:that|which|who|whose|on|in|at|for|to|of|and|or|has|had|have|is|was|were|are|said|says|with|by|from|"
    r"qui|que|dont|a|au|aux|en|le|la|les|de|du|des|et|ou|est|sur|pour|dans|avec|par|chez|selon|a|an|the)\b)"
    r"(?-i:[a-zéèêàâîôûç])[\w-]*){0,2}\s+"
    r"(?!(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|"
    r"Wednesday|Thursday|Friday|Saturday|Sunday|Janvier|Février|Mars|Avril|Mai|Juin|Juillet|Août|Septembre|Octobre|"
    r"Novembre|Décembre|Lundi|Mardi|Mercredi|Jeudi|Vendredi|Samedi|Dimanche)\b)"
    r"(?-i:[A-Z])[\w&.'’-]*(?-i:[a-zA-Z0-9])")


def _impersonal(text: str, end: int) -> bool:
    """« il y a », « il faut », "it is expected": no entity behind the pronoun."""
    return bool(re.match(r"\s+(?:y\b|faut|s'agit|s’agit|est (?:probable|possible|prévu)|is (?:expected|likely|possible|"
                         r"unclear|not clear)|was (?:expected|reported)|would be|has been reported|remains)", text[end:end + 30]))


_OWNER_GAP = re.compile(r"['’]s?(?:\s+[\w-]+){0,3}\s*")


def owner_before(text: str, pos: int, mentions: list[Mention]) -> Mention | None:
    """The entity written as owner right before `pos`: "Nvidia's record ...", "OpenAI's annualized ..."."""
    best = None
    for m in mentions:
        if m.end <= pos and _OWNER_GAP.fullmatch(text, m.end, pos):
            best = m
    if best is not None and any(best.end < m.start and m.end <= pos for m in mentions):
        return None   # "Microsoft's filing implies OpenAI lost": another name stands between the owner and `pos`
    return best


def owner_after(text: str, pos: int, mentions: list[Mention]) -> Mention | None:
    """The entity written as owner right after `pos`: « la perte d'OpenAI », "the valuation of Anthropic",
    "revenue at OpenAI", « les pertes chez OpenAI »."""
    for m in mentions:
        if m.start >= pos and re.fullmatch(r"(?:\s+[\w-]+){0,2}?\s*(?:de la|de l['’]|du|des|de|d['’]|of|at|chez)\s*"
                                           r"(?:la |le |l['’])?",
                                           text[pos:m.start], re.IGNORECASE):
            return m
    return None
